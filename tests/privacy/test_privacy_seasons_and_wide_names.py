"""Two name rules of the thirteenth session, read from the open splits' misses as a whole
rather than from one writer: a capitalised "Summer" or "Autumn" in mid-sentence is a child
(British English writes the seasons in lower case), and a first name of the wider lists that
no dictionary holds is a name in lower case too ("ref ifeoma 14 - self harm").
All text is invented."""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py

FIRES = [
    ("Each supervision entry for Summer reads the same.", "Summer"),
    ("The foster carer has arranged for Summer to visit her old nursery.", "Summer"),
    ("the family support worker saw Summer and Jack at home", "Summer"),
    ("gp letter re ifeoma 14 - self harm, refer camhs", "ifeoma"),
    ("roma fam, 4 ch, eldest florina 13, no school place yet", "florina"),
    ("dc rang re abe for roza, booked for the morning", "roza"),
]

QUIET = [
    "We look forward to Summer.",
    "Contact is planned for Summer and Autumn.",
    "He starts the Summer Reading Challenge next week.",
    "Attendance fell over the Summer and again in Autumn 2024.",
    "Summer term was hard for the whole family.",
    "Records show the Summer holidays were hard.",
    "yp wants to go to church for meskel and wear his white gabi.",
]


@pytest.mark.parametrize("text, span", FIRES)
def test_fires(text: str, span: str) -> None:
    assert ("personal-name", span) in found(text), found(text)


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert found(text) == []
