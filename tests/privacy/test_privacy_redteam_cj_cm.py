"""Rules read from the blind splits redteam-cj (Hull and the East Riding; youth justice), -ck
(Manchester and Trafford; domestic abuse), -cl (Cornwall, Plymouth and Devon; neglect) and
-cm (Glasgow and Edinburgh; Scottish child protection), measured unread in the thirteenth
session and then read. Identifiers: a bare age after a name ("Jasmine 15 intoxicated"), a
name that is someone's sister ("Hope is her younger sister"), a season's name after "pal" or
before a possessive's noun, a name before a bracket of an agency ("Sunny (housing) rang"), a
coded reference of capitals and digits ("PLY-MIS-2309-0114"). What is no identifier: a
rating ("from Medium to High"), "yp appeared youth court", "ABH", a pasted record's "Lang:",
"case sys fields", "Rodda's", Scots "hadnae", "don't", "Summer's me favourite", Apgars.
All text is invented."""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py

FIRES = [
    ("personal-name", "EDT call from A&E: Jasmine 15 intoxicated, brought in by ambulance", "Jasmine"),
    ("personal-name", "leaving care - destiny 18 next month. PA helping w UC claim", "destiny"),
    ("personal-name", "spent night in car. chloe 7 + max 3. SW out of hours", "max"),
    ("personal-name", "Transition: Destiny turns 18 this summer.", "Destiny"),
    ("personal-name", "Hope is her younger sister, aged 5.", "Hope"),
    ("personal-name", "she misses her dog and her pal Summer from her old school.", "Summer"),
    ("personal-name", "the teacher's observations of Summer's sleepiness were never heard.", "Summer"),
    ("personal-name", "SW note: Sunny (housing) rang - emergency band agreed", "Sunny"),
    ("case-number", "no food since school. missing episode PLY-MIS-2309-0114", "PLY-MIS-2309-0114"),
    ("case-number", "sheriff ct - proof on grounds, case PAI-B87-23, adjourned.", "PAI-B87-23"),
]

QUIET = [
    "The RoSH rating went from Medium to High and then back to Medium.",
    "court duty: yp appeared youth court 10am. pleaded guilty.",
    "PNC summary: 1 x criminal damage (age 12), 1 x ABH (age 13).",
    "pasted: Ethnicity: Black British - Caribbean Lang: English Religion: Christian",
    "case sys fields pasted: Name: [redacted] | DOB: [redacted]",
    "tea was a pasty each from the garage. Rodda's tub in the fridge, nothing else.",
    "school: pupil came in 09:40, no breakfast, hadnae had tea last night either.",
    'said "i was at me mate\'s, don\'t mither me". missing episode no. 4 this month.',
    "Child A said: 'Summer's me favourite cos there's no school'.",
    "HV: new birth visit, baby 3.2kg. Apgars 8 and 9 per red book.",
    "coded as ICD-10-CM in the letter",
    "Grace 2 weeks late on the plan.",
    "should be max 6 hours on screens",
]


@pytest.mark.parametrize("kind, text, span", FIRES)
def test_fires(kind: str, text: str, span: str) -> None:
    assert any(k == kind and span in s for k, s in found(text)), found(text)


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert found(text) == []
