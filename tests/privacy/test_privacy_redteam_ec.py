"""Rules read from the blind split redteam-ec (Cumbria; young carers, parental mental health and
substance misuse), eighteenth session, after it was measured unread (names 97.9%, places 98.5%,
a case number of 17 missed, 5 of 120 clean passages flagged):

- quiet: a town that is also a word in its service's name ("the Barrow Safeguarding Hub"), a
  town before a service's initials and "team" ("the Workington CSW team"), "sunny day", a
  tractor ("the old Massey Ferguson"), "a bit of charlie";
- names: a baby's lower-case name before its age in days ("baby nova 6 days"), a word-name with
  an age and what the person is doing ("Josh 15 doing the milking"), a word-name before a colon
  and a quote in the first person ('Josh: "if ah divn't dee it"');
- places: a pub "down the" pub ("gans down the Brown Cow");
- case numbers: a police log's three digits at a note's end, after an incident ("perp A L. 3
  children present. log 245.").

All text invented; every rule has text that fires and text that does not.
"""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py

FIRES = [
    ("personal-name", "HV new birth visit. baby nova 6 days. feeding well", "nova"),
    ("personal-name", "at the farm w/ the YC wkr. Josh 15 doing the milking before school", "Josh"),
    ("personal-name", "mum in hospital. Josh: \"if ah divn't do it the beasts gan hungry\"", "Josh"),
    ("named-place", "dad's trying, but he still gans down the Brown Cow every night", "Brown Cow"),
    ("case-number", "DA incident. victim and perp both adults. 3 children present. log 245.", "log 245"),
]

QUIET = [
    "Liaison between the Kendal Early Help team, the Barrow Safeguarding Hub and the long-term team.",
    "checks: open CIN, call passed to the Workington CSW team + allocated SW.",
    "hv 14:30. mum + 3 cyp seen. sunny day, kids in garden, baby inside asleep",
    "after milking, dad in yard w/ the old Massey Ferguson, mum in kitchen.",
    'drinks a bottle of cider a day + "a bit of charlie at weekends". wants detox',
    "baby boy 6 days, feeding well",
    "reading log 245 pages this term; sleep log 245 mins",
    'Review. Hope: "a better life for the children" is the plan\'s aim.',
    'Outcome. Total 15 doing well in the group; Summary: "fine"',
]


@pytest.mark.parametrize(("kind", "text", "span"), FIRES)
def test_fires(kind: str, text: str, span: str) -> None:
    assert (kind, span) in found(text)


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert found(text) == []
