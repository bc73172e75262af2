"""Rules added after reading the blind redteam-ae split (Glasgow/Lanarkshire, Hull/East
Riding, Milton Keynes/Luton), measured once blind at the end of the seventh session: a Scottish
CHI number, an outward code in brackets after a place, a town joined to a place by "and" or
"from ... to", a town after an address's comma before a date, a date of birth a sentence speaks
of ("appears as"), a first name's house without its apostrophe, a month that is a name and
speaks, a capitalised word-name with an age or as an action point's subject, a word-name that
kicks off; and what is none: Scots words, "guardian ad litem", tai chi, toys and a clinical
word after "from". Each fires where it should and stays quiet where it should not. All text is
invented."""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py

FIRES = [
    ("nhs-number", "CHI 0712153381 - baby seen by HV", "0712153381"),
    ("nhs-number", "chi no. 2207094812 on the front sheet", "2207094812"),
    ("postcode", "confirm whether he is still living in Cottingham (HU16).", "HU16"),
    ("named-place", "including relatives from Lewsey Farm and Birmingham.", "Birmingham"),
    ("named-place", "The family moved from Withernsea to Hull in the spring.", "Hull"),
    ("named-place", "moving to flat at 2 Victoria Dock Walk, Hull 1 Aug.", "Hull"),
    ("date-of-birth", "the date of birth is not consistent; it appears as 14/03/2012 on the plan", "14/03/2012"),
    ("personal-name", "txt: \"i want 2 stay at jades tnite pls\"", "jade"),
    ("personal-name", "may said she wants to see her dad. contact in may went well", "may"),
    ("personal-name", "Summary: Faith is fifteen and has been in four placements.", "Faith"),
    ("personal-name", "action: Precious to attend the women's group on thursday", "Precious"),
    ("personal-name", "carer rang 8.40 - patience kicked off at breakfast", "patience"),
]

QUIET = [
    "wean wis greetin cos da didnae turn up. maw furious. a gift fae a pal",
    "child said 'the social wifie took me tae the park'",
    "reporter + panel + SW + guardian ad litem. kinship placement continues",
    "Mum goes to a tai chi class on Tuesdays; played lily pad game; upset re jack in the box toy",
    "The recordings show a gradual shift from hypervigilance to play.",
    "Hope is one of the values of the service; Hope is two of the things we look for.",
    "the review in may said the plan was working; you may tell her.",
    "Hope to see him again before the next review.",
    "the review in June said the plan was working well.",
]

# what is found, but not as the kind a looser rule would make of it
NOT_AS = [
    ("named-place", "placed in Leeds and Reading Recovery is helping him.", "Reading"),
    ("date-of-birth", "no dob on file; visit 12/03/24 went ok", "12/03/24"),
]


@pytest.mark.parametrize("kind, text, span", FIRES)
def test_fires(kind: str, text: str, span: str) -> None:
    assert any(k == kind and span in s for k, s in found(text)), found(text)


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("kind, text, span", NOT_AS)
def test_not_as(kind: str, text: str, span: str) -> None:
    findings = found(text)
    assert findings and not any(k == kind and span in s for k, s in findings), findings
