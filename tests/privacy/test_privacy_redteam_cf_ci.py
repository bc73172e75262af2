"""Rules read from the blind splits redteam-cf (Teesside and County Durham; children's homes
and exploitation), -cg (South Yorkshire; pre-birth and court work), -ch (Oxfordshire,
Berkshire and Swindon; early help and schools) and -ci (the Potteries, Shropshire and
Worcestershire; disabled children and rural neglect), measured unread in the thirteenth
session and then read. Identifiers: a date years past right after a name or its comma; the
second of two postcode districts ("within TS3 or TS6"); a note's capitalised subject before an
event ("Florin - session 3"); a chat's speakers pasted in one line; names joined by "/"; a
name before a bracket of staff ("Nkem (night staff)"); a name after a role and a long dash
("HV gill —"); a police note's "female = destiny"; a month's or a season's name that
refuses or vomits; "Leek high sch". What is no identifier: "miles" away, "drew" a picture, a
"global dev delay", the Philomena form, Sarahs Law without its apostrophe, MS, "Th" in a
register, "DNA'd", a language that is also a name ("in Shona"), a clinic of a specialty,
anti-epileptic drugs, and a health letter's "review 3/12" (three months).
All text is invented."""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py

FIRES = [
    ("date-of-birth", "YOT referral: Ryan Cummings 3/8/08, address on file.", "3/8/08"),
    ("date-of-birth", "details in full: \"Lee Biggins, 12.06.1998, known to frequent the pubs\"", "12.06.1998"),
    ("postcode", "do not place within TS3 or TS6 without SM agreement.", "TS6"),
    ("personal-name", "Florin - session 3 - met at the skate park. talked about school.", "Florin"),
    ("personal-name", "ciarán - secure unit - visit in jan. seen alone.", "ciarán"),
    ("personal-name", 'rota chat: Bev: can any1 cover sat nite?? Kez: can do til 10 duck. Bev: ta u star x', "Kez"),
    ("personal-name", "slept til 06:50. staff: Mandy/Rose.", "Rose"),
    ("personal-name", "Zara woke distressed. Nkem (night staff) did obs every 15 min.", "Nkem"),
    ("personal-name", "birth planning mtg. Patience (safeguarding mw) confirmed baby to stay on the ward", "Patience"),
    ("personal-name", "HV gill — 2nd visit. mum's mood low", "gill"),
    ("personal-name", "found in a vehicle w/ 2 males. female = destiny. males spoken to", "destiny"),
    ("personal-name", "respite log: Summer refused tea, vomited after evening meds.", "Summer"),
    ("personal-name", "left card. Hope not seen 4 wks.", "Hope"),
    ("named-place", "MASH contact fr Leek high sch DSL re the child", "Leek high sch"),
]

QUIET = [
    'Child\'s voice: "I divvent like it at the home, it\'s miles from me mates."',
    "In the house of worries the child drew his mum in bed. In the house of dreams he drew himself.",
    "5yo (global dev delay) in soiled nappy, sore.",
    "ctc w/ young carers - yp (11) - mum MS, relapse. yp doing big shop every sat.",
    "sarahs law enquiry made by nan re lodger. disclosure declined.",
    "action log: 1) SW to update philomena w new photo 2) review in 4 wks",
    "att register wk: M / / N N | T / / N N | Th I I / / | F / L / /",
    "tel call from comm paeds - child DNA'd x3 appts, concerns re growth",
    "chron: HV NFA'd. ED attend - burn to hand.",
    "mum low mood, wants to talk to someone in Shona. signposted to a community group.",
    "Letters should be translated into Polish, Urdu or Shona as needed.",
    "I reviewed this young man in the neurodisability clinic; seizures are not controlled on clobazam.",
    "Plan: increase levetiracetam to 750mg bd; review 3/12. Yours sincerely, Consultant Paediatrician",
    "Reason: neglect. Action: SW to visit. Outcome: NFA.",
    "Chronol: YP arrested. Released under investigation. Notes: see file.",
    "risk: female = high, male = low",
]


@pytest.mark.parametrize("kind, text, span", FIRES)
def test_fires(kind: str, text: str, span: str) -> None:
    assert any(k == kind and span in s for k, s in found(text)), found(text)


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert found(text) == []


def test_a_case_meeting_review_is_still_a_date() -> None:
    # "LAC review 3/12" is a day in December, whatever health words are near
    assert ("exact-date", "3/12") in found("LAC review 3/12 at the school, meds discussed")
