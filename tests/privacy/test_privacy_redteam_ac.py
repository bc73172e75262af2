"""Rules added after reading the blind redteam-ac split (a West Yorkshire-style city, Thames
Valley-style towns, a Somerset/Isle of Wight-style county), measured once blind in the seventh
session: a message's sender ("text from kaz"), a name before its birth in brackets, a family
of carers by its plural surname, a lower-case name before "'s dad", a word-name that "turns 18"
or "called," a name in brackets after kin, nicknames after "names given", hospital initials
after a specialty in brackets, a pub after "of the", a town after a comma after a place; and
what is none: a heading of the form, a verb after a modal ("he'll jack it in"), holds, foods,
brands, force names and Merton assessments, festivals and dialect, a chain in lower case
("a mcdonald's"), "innit" after a pub's word, a call from a foster carer, a field's verdict.
Each fires where it should and stays quiet where it should not. All text is invented."""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py

FIRES = [
    ("personal-name", 'text from kaz: "yo its kaz new numbr', "kaz"),
    ("personal-name", "Child's voice: Precious (born 12th March 2014) said,", "Precious"),
    ("personal-name", "mo (dob 2/2/10) back at school", "mo"),
    ("personal-name", "her carers, the Dyers, are supported to apply", "Dyers"),
    ("personal-name", "3 kids to emergency carers (the wheelers)", "wheelers"),
    ("personal-name", "bishal's dad posted abroad for 6 months", "bishal"),
    ("personal-name", "faith turns 18 on 3/9. staying put", "faith"),
    ("personal-name", "holly called, upset, says staff at the home", "holly"),
    ("personal-name", "nursery called nan (june) to collect", "june"),
    ("personal-name", "party at a flat. names given: 'ash', 'kez'. passed to CSE", "kez"),
    ("named-place", "SW Mark T, Dr Ahmed (paeds, BRI ward 30). bruise", "BRI"),
    ("named-place", "in the car park of the Red Lion at Bierley.", "Red Lion"),
    ("named-place", "UASC placed kenmore hostel, reading. HO ref", "reading"),
    ("named-place", "lives at 14 elm grove, slough.", "slough"),
]

QUIET = [
    "Summary Of The Child's Journey: the child has been known",
    "Dad has said he will jack in his job if contact is moved",
    "dad says he'll jack it in if they keep changing his hours",
    "a seated hold, not a half nelson as he described",
    "a picnic of cheddar sandwiches and a bakewell tart",
    "Avon and Somerset Police shared information promptly",
    "The family's Sky subscription and two mobile phones",
    "the children made rangoli patterns on the doorstep",
    'yp: "av told yer, am not goin back there"',
    "age dispute - merton compliant assessment to start",
    'yp: "wallahi i didnt do nuffin, it was the olders innit"',
    "contact at a mcdonald's - mum v late (45 mins)",
    "EDT log 23:50 sat - call from foster carer, yp not returned",
    "call from school: ok",
    "played with the greens and blues",
    "met at the park today, reading his book",
    "the sky was grey, storm came in",
]


@pytest.mark.parametrize("kind, text, span", FIRES)
def test_fires(kind: str, text: str, span: str) -> None:
    assert any(k == kind and span in s for k, s in found(text)), found(text)


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert found(text) == []
