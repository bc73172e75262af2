"""Rules added after reading the blind redteam-ah split (South Wales, Bristol and
Gloucestershire, the Black Country, Teesside), measured once blind in the eighth session: a
first name and one initial ("Amir K"), two capitalised first names joined by a hyphen, a town
after a street's compass word ("Rd East, Canton"), a hospital's initials after "medical @", a
capitalised word-name opening a log's sentence with what a person does ("Ivy wet the bed"), a
word no list knows that a parent speaks of ("says ste is back"), a vitamin's outward code after
an address and its district ("Balsall Heath B12"); and what is none: a role's colon before a
verb ("TM: chase the GP"), an endearment ("my little angel"), sweets, a dog's breed, a bargain
hunter, an abstract noun that remains ("Hope remains strong"), a letter after a plan. Each
fires where it should and stays quiet where it should not. All text is invented."""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py

FIRES = [
    ("personal-name", "Subject: Amir K - placement disruption", "Amir K"),
    ("personal-name", "Learning summary: the neglect of Summer-Rose was visible to several agencies", "Summer-Rose"),
    ("named-place", "DA incident 02:30 at 14 Cowbridge Rd East, Canton. Victim present", "Canton"),
    ("named-place", "CP medical @ uhw 16:30. 3 x fingertip bruises", "uhw"),
    ("personal-name", "FC log Thurs: Ivy wet the bed again.", "Ivy"),
    ("personal-name", "Foster carer log, Weds: Hunter v unsettled after contact.", "Hunter"),
    ("personal-name", "mum had been crying. says ste is back from prison next week", "ste"),
    ("postcode", "staying with aunty, 19 Clifton Rd, Balsall Heath B12. since Sat", "B12"),
    ("personal-name", "Grace remains in placement with her carers.", "Grace"),
]

QUIET = [
    "Supervision. TM: chase the GP re health assessment. SW: young person placed out of area.",
    "Mum calls the baby her blessing and \"my little angel\". Mum relaxed.",
    "She told me how your nani makes the best ladoos.",
    "The carers' Skye terrier followed him everywhere; proper bargain hunter, gets his food cheap.",
    "Hope remains strong. Faith continues to matter to the family.",
    "Plan B is agreed; Section B of the form; vitamin D and B12 levels checked",
    "Mid-May review; May-June holidays",
]


@pytest.mark.parametrize("kind, text, span", FIRES)
def test_fires(kind: str, text: str, span: str) -> None:
    assert any(k == kind and span in s for k, s in found(text)), found(text)


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert found(text) == []
