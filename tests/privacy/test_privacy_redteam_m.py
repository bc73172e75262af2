"""Rules added after the blind redteam-m split (ordinary audit text, Midlands and south coast):
towns that are English words, courts named by town, venue words after "the", lower-case
places and streets in hurried notes, nicknames in quotes, a baby's age, a note opening with
a name and a dash, family-court numbers of any kind and a number before a date. Each fires
where it should and stays quiet where it should not. All text is invented."""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py

FIRES = [
    ("named-place", "He is CLA and placed out of area in Derby.", "Derby"),
    ("named-place", "Mum now lives in Bath with her sister.", "Bath"),
    ("named-place", "The order was made at Derby County Court last year.", "Derby County Court"),
    ("named-place", "Mum was waiting to finish her shift at the Crown.", "Crown"),
    ("named-place", "mum at work (the Crown) so no answer.", "Crown"),
    ("named-place", "He spends most days at the Arches skatepark.", "Arches"),
    ("named-place", "mum says they were at nan's in brackenfield all weekend.", "brackenfield"),
    ("named-place", "\"he hangs about at parkview with the older lot\"", "parkview"),
    ("street-address", "seen outside the chippy on station rd with older males", "station rd"),
    ("street-address", "home all day wren st. mum works.", "wren st"),
    ("personal-name", "She came home with two adult males, one known as \"Tricky\".", "Tricky"),
    ("personal-name", "missing again, contact w/ \"Smurf\" (adult male).", "Smurf"),
    ("personal-name", "Hope is three weeks old and was discharged home.", "Hope"),
    ("personal-name", "Kezia - sw visit same eve, staying with nan.", "Kezia"),
    ("case-number", "Child arrangements order, case DE22F00318, made in June.", "DE22F00318"),
    ("case-number", "dv incident, police log CAD 1432 14/02/24, kids present.", "log CAD 1432"),
]

QUIET = [
    "He is in Reading Recovery at school and it is helping.",
    "The family enjoy Rugby League on Saturdays.",
    "The case went to the Crown Court for sentencing.",
    "The Crown decided not to charge Dad.",
    "the st and rd were not recorded on the form",
    "She was on the 1st floor and the 3rd room.",
    "A programme called \"Caring Dads\" was offered to Dad.",
    "What she called \"the bad house\" was the old flat.",
    "Update - sw visit same eve, no concerns.",
    "April was a difficult month for the family.",
    "visits were at fortnightly intervals in supervision",
]


@pytest.mark.parametrize("kind, text, span", FIRES)
def test_fires(kind: str, text: str, span: str) -> None:
    assert (kind, span) in found(text), found(text)


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert found(text) == []
