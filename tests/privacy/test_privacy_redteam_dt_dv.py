"""Rules read from the blind splits redteam-dt (the Black Country's exploitation register) and
redteam-dv (east London's early help and housing), seventeenth session, after the batch they
came in was measured unread:

- postcodes: an outward code after a bail condition's "not to enter", in brackets after a person
  ("Auntie Rukhsana (E13)"), after an address whose street word is in lower case ("40 Romford rd,
  E7"), or in lower case after a lower-case address ("9 larkhill croft, b44");
- names: a role's initials, a lower-case name and a colon ("TM frank:"), two word-names seen
  together ("seen blessing & precious"), "someone called viper", a quoted nickname after "his
  mate", a name given in quotes in lower case ("gave name 'jay smith'"), a word-name before
  what is done to a person ("Sunny has not been seen alone", "Mark had only been missing-free");
- places: a school by its head teacher, DSL or SENCO ("HT from Marsden");
- dates: a day and month between a note's bracket and a colon ("(x@example.org) 4/6: unhappy");
  an ordinal after a count of sessions is a session ("offered 6 sessions. attended 1st");
- a short Welsh word in lower case may be a nickname ("calls himself 'dre'"), and a lower-case
  name with an age in brackets is a person ("(mercy, 14)");
- quiet: "Hope runs through this file", an Osman warning, "someone called the police", a
  borough's own Early Help Hub, "hometime".

All text invented; every rule has text that fires and text that does not.
"""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py

FIRES = [
    ("postcode", "bail: not to enter e17. refuge aware", "e17"),
    ("postcode", "fam at flat 2, 40 Romford rd, E7. pls visit", "E7"),
    ("street-address", "fam at flat 2, 40 Romford rd, E7. pls visit", "flat 2, 40 Romford rd"),
    ("postcode", "safe people: 'Auntie Rukhsana (E13), the neighbour'", "E13"),
    ("postcode", "HV note. address: 9 larkhill croft, b44.", "b44"),
    ("personal-name", "supervision - TM frank: case drifting, agree plan", "frank"),
    ("personal-name", "home visit - seen blessing & precious, both well", "blessing"),
    ("personal-name", "strat: DS, SW, HT from Marsden. agreed s47", "Marsden"),
    ("personal-name", "says he owes money to someone called viper", "viper"),
    ("personal-name", "yp + his mate 'tank' both on tags", "tank"),
    ("personal-name", "Sunny has not been seen alone since the review.", "Sunny"),
    ("personal-name", "Mark had only been missing-free for a month.", "Mark"),
    ("personal-name", "A&E: gave name 'jay smith', later identified by police", "jay smith"),
    ("exact-date", "email from IRO (k.fitch@example.org) 4/6: unhappy RHI not done", "4/6"),
    ("personal-name", "yp calls himself 'dre' on road, mum calls him andre", "dre"),
    ("personal-name", "MACE: case 5 (mercy, 14) - missing x5", "mercy"),
    ("exact-date", "6 sessions agreed. review by 14th.", "14th"),
]

QUIET = [
    "Auditor's analysis: Hope runs through this file.",
    "An Osman warning was served by police within a day.",
    "mum + 'sound' as ever, kids fine",
    "someone called the police at midnight",
    "Hope has not been lost by the family.",
    "The teacher from Poland and the head at Christmas both helped.",
    "took 2 tablets, b12",
    "What is working well: the Tower Hamlets Early Help Hub responded within 24 hours.",
    "seen outside the school at hometime",
    "Year group (Y7); Section 47 (S47)",
    "offered 6 sessions. yp attended 1st, DNA 2nd + 3rd. discharge letter pending",
    "(mum, 34) and (male, 15) present",
]


@pytest.mark.parametrize(("kind", "text", "span"), FIRES)
def test_fires(kind: str, text: str, span: str) -> None:
    assert (kind, span) in found(text) or kind == "personal-name" and ("named-place", span) in found(text)


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert found(text) == []
