"""Names, places and dates read from the identifier passages of the ninth session's blind
splits (`redteam-am`, `redteam-an`, `redteam-ao`): handles with digits or underscores,
"Lil" nicknames, word-names in lower case shown by a negated verb, a suspension, a school year
or a worker's role in brackets ("faith (YOT wkr)", "frank (P5)"), a month with an age
("may (15)"), a season's name joined to a name ("summer + rhys"), a town before a venue towns
have ("hull jobcentre"), a town after a pasted address with no comma, a hospital's initials
before a ward or after "admission", a place before a town's comma, and short dates after a
supervision, a health assessment, an arrival, or before "at". Each fires where it should and
stays quiet where it should not. All text is invented."""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py

FIRES = [
    ("personal-name", "minutes MACE: yp1 unnamed, yp2 t.bagz23, yp3 unnamed.", "t.bagz23"),
    ("personal-name", 'This file lists the child as "kaydz_x0" in the alias box', "kaydz_x0"),
    ("personal-name", "WhatsApp (screenshot): 'Lil Tizz: u owe me 2 bags bro'", "Lil Tizz"),
    ("personal-name", "yp said 'me n lil j went to the pier'", "lil j"),
    ("personal-name", 'txt from mum 21:14: "hope wont come in tonight"', "hope"),
    ("personal-name", "mum rang - jack suspended for vaping", "jack"),
    ("personal-name", "referral: sunny (y4) says 'dads friend hurts mum'", "sunny"),
    ("personal-name", "YOT: faith (YOT wkr) - NRM submitted.", "faith"),
    ("personal-name", "call from the school re frank (P5) - came in hungry 3 days", "frank"),
    ("personal-name", "may (15) missing overnight. found 06:10 by PSNI.", "may"),
    ("personal-name", "LAC review: summer + rhys w/ FC. contact monthly", "summer"),
    ("named-place", "sw to help w/ DWP appt at hull jobcentre", "hull"),
    ("named-place", "seen yp at barrow skatepark w/ mates", "barrow"),
    ("named-place", "Mother DOB withheld. Address 19 Lansdowne Rd Croydon", "Croydon"),
    ("named-place", "17/05/2023 | Health | Paeds appt YGC ward 19 | child seen", "YGC"),
    ("named-place", "MASH 7 march - admission NSECH 2yo, ingestion?", "NSECH"),
    ("exact-date", "cla review mins: 1. health - iha done 4/4. 2. educ - pep done", "4/4"),
    ("exact-date", "outcome cp plan - neglect. core group 26/1 at the children's centre", "26/1"),
    ("exact-date", 'SWET para 12 draft: "on the 3rd i visited and found him asleep"', "3rd"),
    ("exact-date", "26/12 post-adoption: adoptive mum rang, upset", "26/12"),
]

QUIET = [
    "see s.47 and v1.2 of the plan, e.g. the notes; file chronology_final_v2.docx",
    "my lil bro is fine, the lil one sleeps well",
    "there is no hope wont help anyone here",
    "the will isnt signed yet",
    "in may (2023) the plan changed",
    "she was reading library books at bedtime",
    "CP visits 3/4 in timescale this quarter.",
    "19/20 sessions attended; PEP targets met 2/3.",
]


@pytest.mark.parametrize("kind, text, span", FIRES)
def test_fires(kind: str, text: str, span: str) -> None:
    assert any(k == kind and span in s for k, s in found(text)), found(text)


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert found(text) == []


SECOND_ROUND = [
    ("personal-name", "PM to chase. partner stacey-lee's kids? she lives nearby", "stacey-lee"),
    ("personal-name", "adoption team - env had adopters name (vaughan-rees) on it!!", "vaughan-rees"),
    ("personal-name", 'YP last seen 22:00 w/ older male "dizzy". returned 03:40 by taxi.', "dizzy"),
    ("personal-name", "grace said mum crying a lot since bill moved out, quiet.", "bill"),
    ("personal-name", "hope's voice is clear in the plan", "hope"),
    ("named-place", "email from paed liaison royal stoke: child seen", "royal stoke"),
    ("named-place", "YP last seen castle sq swansea approx 22:00", "castle sq"),
    ("named-place", "lives nearby. school: central primary. SW to visit today.", "central primary"),
    ("named-place", "on site not in sch since easter. park: golden sands, nearby.", "golden sands"),
    ("named-place", 'Child\'s voice (Hull): "Me mam says I\'m nesh"', "Hull"),
]

SECOND_QUIET = [
    "the bill's total was paid; the storm moved east",
    "school: the local primary; nursery: private nursery",
    "site: unauthorised encampment.",
    "the royal family visited",
    "a well-being check and a long-term plan",
]


@pytest.mark.parametrize("kind, text, span", SECOND_ROUND)
def test_second_round_fires(kind: str, text: str, span: str) -> None:
    assert any(k == kind and span in s for k, s in found(text)), found(text)


@pytest.mark.parametrize("text", SECOND_QUIET)
def test_second_round_quiet(text: str) -> None:
    assert found(text) == []


def test_a_country_in_lower_case_is_no_name_but_a_name_that_is_a_country_is() -> None:
    assert ("personal-name", "spain") not in found("jack's dad in spain, no contact")
    assert ("personal-name", "jordan") in found("seen jordan at school, upset")


STRUCTURED = [
    ("case-number", "cumbria pol inc 93 of 17/04/23 - yp found drunk", "93"),
    ("case-number", "attempted shoplifting | nfa | 46/120334/22", "46/120334/22"),
    ("case-number", "The tribunal appeal (EH840/23/00127) was conceded by the local authority.", "EH840/23/00127"),
    ("date-of-birth", "the hospital bracelet from his birth on 14.11.2016 and his first school photo", "14.11.2016"),
]


@pytest.mark.parametrize("kind, text, span", STRUCTURED)
def test_structured_fires(kind: str, text: str, span: str) -> None:
    assert any(k == kind and span in s for k, s in found(text)), found(text)


@pytest.mark.parametrize("text", ["3 of 4/5 sessions were attended", "GCSE 2023/2024 results", "scored 2 of 5/10"])
def test_structured_quiet(text: str) -> None:
    assert found(text) == []


THIRD_ROUND = [
    ("named-place", "health: ED attendance qeh 02:30 - od 12 x paracetamol", "qeh"),
    ("personal-name", "iro dispute res stage 1 sent by p mcginn re plan drift", "mcginn"),
    ("named-place", "next review at hafod-y-wern family centre.", "hafod-y-wern family centre"),
    ("named-place", "SW to close once TAF mtg held at ysgol plas coch. nil further.", "ysgol plas coch"),
    # read from the open split redteam-w
    ("personal-name", "aunt - wants faith to stay for summer hols", "faith"),
    ("personal-name", "darren rang - mark moved to a flat nearby", "mark"),
    ("personal-name", "girls there fri. summer in bed 2pm", "summer"),
    ("personal-name", "caller: mum - will bullied on bus from school.", "will"),
    ("personal-name", "Gypsy-Rose + sisters - site visit overdue", "Gypsy-Rose"),
]

THIRD_QUIET = [
    "went to the after-school club; seen at mcdonalds",
    "moved to ysgol gymraeg in sept",
    "a Post-Christmas review; the storm moved to the east",
]


@pytest.mark.parametrize("kind, text, span", THIRD_ROUND)
def test_third_round_fires(kind: str, text: str, span: str) -> None:
    assert any(k == kind and span in s for k, s in found(text)), found(text)


@pytest.mark.parametrize("text", THIRD_QUIET)
def test_third_round_quiet(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text, span", [
    ("wants respite. jacks dad in spain, no contact", "jack"),
    ("older bro did it. hunters bro to be seen at school", "hunter"),
    ("PM to chase. partner stacey-lees kids? she lives nearby", "stacey-lee"),
])
def test_a_names_s_without_its_apostrophe_before_kin(text: str, span: str) -> None:
    # hurried notes drop the apostrophe: "jacks dad" is Jack's dad
    assert ("personal-name", span) in found(text), found(text)


@pytest.mark.parametrize("text", ["the marks dad left on the wall", "he visits mums house weekly",
                                  "trust eroded for this Mum and his nan"])
def test_no_names_s_where_the_word_is_no_name(text: str) -> None:
    assert found(text) == []


OPEN_STRUCTURED = [
    # read from the open splits' last structured misses (redteam-ad, -w, -y, -z)
    ("postcode", "arrived by lorry, placed at sunrise house, cv2. needs age ax + iha", "cv2"),
    ("postcode", "staying in caravan at golden bay, towyn LL22. site mgr rang", "LL22"),
    ("case-number", "33 hill st, middleton - police ref CAD 1123 22/02", "CAD 1123"),
    ("date-of-birth", "pathway plan o/d since 14/02/23. turns 18 30/5. pa not alloc", "30/5"),
    ("case-number", "His Home Office reference (D1 409 233) is in the case summary", "D1 409 233"),
    ("case-number", "chron: 2017-09-04 | police log 211 | DA incident at home", "211"),
]


@pytest.mark.parametrize("kind, text, span", OPEN_STRUCTURED)
def test_open_structured_fires(kind: str, text: str, span: str) -> None:
    assert any(k == kind and span in s for k, s in found(text)), found(text)


@pytest.mark.parametrize("text", ["the house, b12 injections weekly", "at the lodge, m1 motorway closed",
                                  "she turns 18 in 3/4 of a year", "the police log was not checked"])
def test_open_structured_quiet(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text", ["the field census_code and moderation.final_grade", "built with python3.11"])
def test_field_names_and_versions_are_no_handles(text: str) -> None:
    assert found(text) == []
