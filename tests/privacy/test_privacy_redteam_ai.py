"""Rules added after reading the blind redteam-ai split (Greater Manchester, Kent, Devon,
Leeds and Bradford; the hardest clean text yet), measured once blind in the eighth session: a
town and its outward code before a full stop, a house number and a street of any last word
before a town, a town after "up" or "arrived", a word-name who "ran to him", a first name
before "and" and a name, a message's writer as initials, thanks to a person ("cheers kev");
and what is none: a region abroad, Munchausen's by proxy, a quarter and its year after Early
Help's letters, a chain named alone, a dog, "Meds", a Women's Aid refuge, a count before a
comma and a town. Each fires where it should and stays quiet where it should not. All text is
invented."""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py

FIRES = [
    ("postcode", "Placement: supported accomm, Bradford BD5. Review held in the autumn", "BD5"),
    ("street-address", "domestic at 17 Oak Bank, Rochdale OL12. Children present", "17 Oak Bank"),
    ("named-place", "Neighbour said family gone 'up Leeds' last wk.", "Leeds"),
    ("named-place", "DOB claimed. Arr. Folkestone by small boat.", "Folkestone"),
    ("personal-name", "Dad arrived 25 mins late. Sapphire ran to him. Dad brought KFC.", "Sapphire"),
    ("personal-name", "I like Fortnite and my cat. I live with Gill and Martin in town.", "Gill"),
    ("personal-name", "Snapchat msg to YOT worker: 'yo its AJ, the feds came'", "AJ"),
    ("personal-name", "text to PA: 'cheers kev for the food parcel'", "kev"),
    ("personal-name", "how Mum described her son. 'Zayn is my whole world, but since'", "Zayn"),
    ("personal-name", "consistent relationship with River. River now chooses to come back", "River"),
]

QUIET = [
    "Their dual heritage and Dad's family in West Africa are mentioned once, on the genogram.",
    "Worries: Munchausen's by proxy was raised by a paediatrician and not followed up.",
    "Chronology\nJune 2022 | referral from school | neglect | EH\nQ4 2022 | step up | CIN plan",
    "went to Primark and Asda for setting-up-home shopping, Costa after.",
    "Smoke alarm working. Dog (staffie) kept in kitchen. New ADHD diagnosis. Meds started.",
    "MASH: contact from Women's Aid refuge. Mum + 2 ch arrived from out of area.",
    "thanks so much; cheers mate; thank you for coming; yo its me",
    "a sapphire ring; fish breathe through a gill",
]

# found, but not as the kind a looser rule would make of it
NOT_AS = [
    ("street-address", "he was in Year 9 Maths, Leeds", "9 Maths"),
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
