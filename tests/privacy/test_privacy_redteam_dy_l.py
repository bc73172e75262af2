"""Rules read from the blind splits redteam-dy (Norfolk and Suffolk), -dz (Nottingham), -eb
(Lincolnshire) and -l, nineteenth session, after each was measured unread (pooled: names 97.3%,
places 95.6%, a case number and a date of birth missed, 9 of 503 clean passages flagged):

- case numbers: a system's letters with more letters or a year between them and the serial
  ("SCA/CG/2023/55812", an NRM decision); and from the structured misses of the fresh splits
  ef, eh and ei (read after their first run): three or four groups of digits after a word of a
  reference ("logged it under 2024-0316-0221", "log IML 0562-09-11"), a police log before a day
  with its month's word ("CAD 1187 12-Jan-24"), an operation's name and serial ("Op
  Kestrel/0093"), and "Child B's birth on 27th August 2022";
- dates of birth: a second date of a birth's year that another record "gives", past a
  semicolon; and a date of birth with its day and month swapped; a date before "baby Alayah
  born" no longer swallows the name;
- names: an accented name with its age in a bracket ("(žygis, 16)"), a lower-case first name
  and surname in a bracket after kin ("mum (lenda smith)"), word-names before "has since
  disclosed", "missing x3", "found at", "is doing well at nursery" (in a quotation too), a
  quoted nickname ("'Tiny' nickname"), "at lee's", "summer n storm", lower-case initials ("tj"),
  "Harry 15 assaulted", "Rocky came in", a name in brackets before an NHS number, "mason 3y",
  "partner frank slapped her";
- places: short names of towns and estates ("skeg", "nunny"), an abbreviated street with no
  number after a preposition ("on Freeman St, Grimsby", "FREEMAN ST GRIMSBY", "tower gdns"),
  "the jolly fisherman", a hospital's English first word after ED ("ED Pilgrim"), "the
  Arboretum", "by peoples park", "nr postwick", a setting named after its kind's word
  ("nursery Tiny Steps", "nursery (tiny tots, wymondham)"), and a place "at" before "in" and a
  town ("at Wild Duck in Belton");
- quiet: "Jack Wills", the Gangmasters and Labour Abuse Authority, the Edinburgh score, a
  "Merc", "uncle wkends", "tm: re-run", "School: YP Yr 9", "seen at school 1st", "A&E" before a
  capitalised word is no initial, "Art 21 accommodated", "after school Mon-Thurs".

All text invented; every rule has text that fires and text that does not.
"""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py

FIRES = [
    # the structured misses of the fresh splits ef, eh and ei, read after their first run
    ("case-number", "in the hour. The police logged it under 2024-0316-0221. This is exemplary.", "2024-0316-0221"),
    ("case-number", "police log IML 0562-09-11: officers attended the address", "IML 0562-09-11"),
    ("case-number", "police log CAD 1187 12-Jan-24: concern for welfare", "log CAD 1187"),
    ("case-number", "5 in household. agreed joint visit. ref Op Kestrel/0093.", "Op Kestrel/0093"),
    ("phone-number", "phone log: rang 0113-496-0123 twice", "0113-496-0123"),   # a phone's, not a log's
    ("date-of-birth", "The chronology opens with Child B's birth on 27th August 2022 at the hospital.",
     "birth on 27th August 2022"),
    ("case-number", "The NRM conclusive grounds letter (SCA/CG/2023/55812) was received late.", "SCA/CG/2023/55812"),
    ("case-number", "Home Office letter HOR/23/551204 was on file.", "HOR/23/551204"),
    ("date-of-birth", "The NRM form gives her date of birth as 3rd March 2008, which matches her passport; "
                      "the police report gives 03/08/2008, which is wrong.", "03/08/2008"),
    ("date-of-birth", "DOB 3rd August 2008 per LCS; the school has 08/03/2008", "08/03/2008"),
    ("personal-name", "chron: 06/06/2023 baby Alayah born at the hospital", "Alayah"),
    ("personal-name", 'mum (jurgita) says eldest (žygis, 16) is "always out"', "žygis"),
    ("personal-name", "visit with TES worker. mum (lenda smith) v welcoming, made tea.", "lenda smith"),
    ("personal-name", "held the tenancy. Faith has since disclosed that it was hers.", "Faith"),
    ("personal-name", "missing panel: Hope missing x3 this month, all from the same address", "Hope"),
    ("personal-name", "MISPER ref 4410. Poppy found at addr on Monks Rd, in a flat", "Poppy"),
    ("personal-name", 'The third note repeats the phrase "Summer is doing well at nursery" again.', "Summer"),
    ("personal-name", "SW discussed Kyle. worry re 'Tiny' nickname + new trainers/phone.", "Tiny"),
    ("personal-name", "mum v guarded. would only say 'it was at lee's' and 'near the bingo'.", "lee"),
    ("personal-name", "summer n storm at the bus stn 10pm, summer crying said her ex took her phone", "storm"),
    ("personal-name", "hiya its kerry from detached, tj turned up at youth club tonite w a split lip", "tj"),
    ("personal-name", "MASH: pvp - Harry 15 assaulted his mum", "Harry"),
    ("personal-name", "DSL - Rocky came in with a black eye, said he fell", "Rocky"),
    ("personal-name", "Medical Centre. NHS no (will) 285 690 0011", "will"),
    ("personal-name", "A&E - mason 3y burn to hand. mum says kettle", "mason"),
    ("personal-name", "says partner frank slapped her w/ remote", "frank"),
    ("named-place", "said hes been grafting down skeg all wk", "skeg"),
    ("named-place", "'u owe me dont make me come to nunny'", "nunny"),
    ("street-address", "LAST SEEN 2215HRS FREEMAN ST GRIMSBY. RISK MEDIUM.", "FREEMAN ST"),
    ("named-place", "seen on Freeman St, Grimsby with two older lads", "Freeman St"),
    ("named-place", "last seen Freeman St Grimsby", "Freeman St"),
    ("street-address", "finally opened up tonite at tower gdns said he owes them 800", "tower gdns"),
    ("named-place", "just seen aleks outside the jolly fisherman?? hes 16.", "jolly fisherman"),
    ("named-place", 'he "lives near the Arboretum". Police did not get this', "Arboretum"),
    ("named-place", "at the skatepark by peoples park bout 8", "peoples park"),
    ("named-place", "youths throwing stones from the bridge nr postwick. passed to yot", "postwick"),
    ("named-place", "nursery Tiny Steps raise concern re speech", "Tiny Steps"),
    ("named-place", "nursery (tiny tots, wymondham) report good progress", "tiny tots"),
    ("named-place", "The family's static caravan at Wild Duck in Belton was being used", "Wild Duck"),
]

QUIET = [
    "police log 12:30-13:30 today; crime ref to follow",
    "the rota runs 2019-2020-2021 without a gap; op shop visit",
    "Op Encompass notification received; the operation ended in May",
    "worry re the nickname the boys use for him; trainers and a new phone.",
    "nan (mat side) and mum (older sib) came; dad (not known).",
    "fish n chips for tea, mum n dad at the table",
    "Hope has grown over the year. April was a difficult month.",
    "Summer is doing us all good: long evenings.",
    "went to the old farmer for eggs; dad is a jolly farmer",
    "went to mum's after school; stayed at nan's",
    "the pilgrim way walk; seen in A&E last night",
    "near the cathedral by the big park",
    "the shop on the corner; nr miss on the road; nr 5 visits",
    "will raise at strat. new Jack Wills hoodie noted",
    "to involve the Gangmasters and Labour Abuse Authority which licenses labour providers",
    "mum tired, edinburgh score 11. safe sleep discussed",
    "bf drives a 'white Merc'. police informed",
    "school run mon-wed, aunt thurs-fri, uncle wkends. review in 6 wks.",
    "no contact w mum + exclusion zone. tm: re-run safety plan, inform school",
    "School: YP Yr 9. FTE x3 this term",
    "older child to be seen at school 1st, youngest at nursery",
    "Legal status: Art 21 accommodated | Placement: foster care",
    "Nan has kids after school Mon-Thurs.",
    "if the boy is home from school I'd like to see him",
    "nursery Christmas party; school Year 9 pupils; the school SENCO",
    "will hit the target; the bill hit 300 quid",
    "school SSCo rang: attendance 82% this half term",
    "Total 15 reported. Score 12 was high.",
]


@pytest.mark.parametrize(("kind", "text", "span"), FIRES)
def test_fires(kind: str, text: str, span: str) -> None:
    assert (kind, span) in found(text)


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "birth", "event"), [
    # a date of the birth's year, past a semicolon, that no record "gives" stays an event's
    ("DOB 3rd March 2008 per LCS; placed 04/08/2008.", "DOB 3rd March 2008", "04/08/2008"),
    # a date before the birth's word, with the birth's own date after it, is the visit's
    ("new birth visit 9/10 - baby boy born 26/09/2025 at home", "born 26/09/2025", "9/10"),
])
def test_birth_and_event_apart(text: str, birth: str, event: str) -> None:
    got = found(text)
    assert ("date-of-birth", birth) in got
    assert ("exact-date", event) in got


# the backstop for reference shapes no rule knows: a token of four digits or more, with letters,
# separators or six digits, after a word of a reference in its clause
CUED_TOKENS = [
    ("The case ref is ZX-44-99812 on file.", "ZX-44-99812"),
    ("police logged under 99/AB/1234.", "99/AB/1234"),
    ("LA ref 4492017 / CP since 10/2023", "4492017"),
    ("the crime was recorded as KB.2231.77 by the desk", "KB.2231.77"),
]
CUED_QUIET = [
    "hostel log: out past curfew 2215-2340, said he was at a mate's",
    "LA ref pending; CP since 10/2023, reviewed Q3/2024 and 2023/24",
    "claim no £393.45 a month; file note at 1705hrs; weight 3.45kg",
    "record 2019-2020 attendance 87.5%; case 2024-25 plan",
    "no 12-Jan-2024 meeting; ref 12/09/2023 letter",
    "the ref was a 4x4 vehicle; 2000 words in the file",
    "The audit id is DDA-2025-003; see audit ref DDA-2026-014 too.",
]


@pytest.mark.parametrize(("text", "span"), CUED_TOKENS)
def test_cued_token_is_a_case_number(text: str, span: str) -> None:
    from generator.privacy.cuedrefs import find_cued_tokens

    assert span in [text[s:e] for _, s, e in find_cued_tokens(text)]


@pytest.mark.parametrize("text", CUED_QUIET)
def test_cued_token_quiet(text: str) -> None:
    from generator.privacy.cuedrefs import find_cued_tokens

    assert list(find_cued_tokens(text)) == []


def test_hospital_after_emergency_department() -> None:
    """"ED Pilgrim": the hospital is reported (the place classifier may take "ED" with it)."""
    text = "ED Pilgrim 06/07: 14yo M, stab wound R thigh."
    assert any(kind == "named-place" and "Pilgrim" in span for kind, span in found(text))
    from scanning import SCANNER
    spans = list(SCANNER.hospital_names.find(text, text.lower(), set(text.lower().replace(":", " ").split())))
    assert ("named-place", 3, 10) in spans
    quiet = "the pilgrim way; ED City said no"
    assert list(SCANNER.hospital_names.find(quiet, quiet.lower(), set(quiet.lower().replace(";", " ").split()))) == []
