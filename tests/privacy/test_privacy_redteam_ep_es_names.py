"""Rules read from the names, places and clean text of redteam-ep to -es (twenty-first session),
whose first run had given names 96.2%, places 98.3% and 7 of 480 clean passages flagged:

- a possessive with its apostrophe dropped ("Callums IDP review", "asked about jacks school"),
  and a word before "'s UPN" ("including Rubel's UPN");
- a word of kin and a first name in lower case ("at aunty pearl yard"), "Patient: MIAH, Rubel";
- nicknames: "known on the estate as 'K-Dot'", "known aliases ('K-Dot', 'Bigga')", "she calls
  'Jazz'", a chat's sender after its time stamp ("[21:03] K-Dot:"), a lower-case speaker
  ('florin: "they call me');
- word-names with what only a person does or is: "Dawn was not asked whether", "Summer turned
  up at", "Jimmy has not been in education", "Hope has a consistent worker", "jack not
  collected", "faith on waitlist", "grace 4.1kg", "summer 2y";
- "frm Manchester";
- quiet: "killin us" and "mekin' me" (a dropped g), "in this case", "Afro hair", "Kirati",
  "watching Bluey in PJs", "naewhere tae go" ("in hitchin" stays a town); "rhi" in notes is a
  return home interview, so it is not taken as a short form of Rhiannon.

All text invented; every rule has text that fires and text that does not.
"""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py

NAMED = [
    ("Callums IDP review at school, ALNCo says he has settled", "Callums"),   # (the span has its "s")
    ("ALN: tomass UPN on file, school Meadowbank", "tomass"),
    ("mins: chair asked about jacks school and attendance", "jacks"),
    ("TM asked why nabils review still not booked", "nabils"),
    ("neighbour said family 'gone up to Amirs brother' last wk", "Amirs"),
    ("the school's return, including Rubel's UPN and the name of his previous school", "Rubel"),
    ("im safe now im at aunty pearl yard", "pearl"),
    ("pasted from health: Patient: MIAH, Rubel NHS no: on file", "MIAH, Rubel"),
    ("Kemar is known on the estate as 'K-Dot' and several reports", "K-Dot"),
    ("known aliases ('K-Dot', 'Bigga') are recorded on the file", "Bigga"),
    ("threats from an older boy she calls 'Jazz'. screenshot to police", "Jazz"),
    ("screenshot fwd by sch: [21:03] K-Dot: u man bare shook", "K-Dot"),
    ('florin: "they call me names at school"', "florin"),
    ('sw tasha to mo: "I\'ll pick you up at 3"', "mo"),
    ("non-molestation order. Dawn was not asked whether she knew of it.", "Dawn"),
    ("Worries: Summer turned up at the hospital at 2am.", "Summer"),
    ("Worries: Jimmy has not been in education for most of the year.", "Jimmy"),
    ("What is working well: Hope has a consistent worker.", "Hope"),
    ("nursery - jack not collected til 18:20, mum not answering", "jack"),
    ('WhatsApp from mum: "jimmy not come home again"', "jimmy"),
    ("camhs accepted, faith on waitlist approx 18 wks", "faith"),
    ("6-8wk chk. grace 4.1kg (25th centile). mum tearful", "grace"),
    ("ED 23:40 - summer 2y, head lac, mum says fell", "summer"),
]


@pytest.mark.parametrize(("text", "name"), NAMED)
def test_names(text: str, name: str) -> None:
    assert ("personal-name", name) in found(text)


@pytest.mark.parametrize("text", [
    "In this case the SW assumed that the family had moved.",
    "she hopes school will help with the bullying",
    "we all pay the bills mum said",
    "nan will come to the review",
    "uncle and aunt came to the meeting",
    "I hope not come what may",
    "last summer 2wks away with the carers",
    "summer 2yrs ago we had a holiday",
    "a 2kg bag of rice",
    "what she calls 'the bad place'",
    "a new tenancy, which she calls 'destiny'",
    "found 02:10 in park by pol. rhi to be offered",   # a return home interview, not Rhiannon
    'text from dad: "she will not come today"',
    "The programme, known locally as 'Brighter', runs on Tuesdays.",
    "the carers school run is at 8",
    'mum said "the bill for the gas is killin us" - ref to welfare rights',
    "mum said 'a bostin lad, always mekin' me a cuppa'",
    "we found a hairdresser who knows Afro hair",
    "the family are Hindu and also follow Kirati traditions",
    "tidy, kids in PJs watching Bluey",
    'says "nae school, naewhere tae go" - ref to holiday prog',
])
def test_quiet(text: str) -> None:
    assert found(text) == []


def test_a_town_after_frm() -> None:
    assert ("named-place", "Manchester") in found("transfer in frm Manchester: records requested")


def test_a_town_that_drops_a_g_is_a_town_after_in() -> None:
    assert ("named-place", "hitchin") in found("i'm at me sister's in hitchin, the kids are fine")
