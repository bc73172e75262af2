"""What is no identifier, read from the clean passages of the blind split redteam-ap (West
Yorkshire, Bristol and Gloucestershire, Nottingham and Derby, Sunderland), measured once blind
in the ninth session as its closing measure and then read: household safety words
("stairgate"), "gatekeeping", the Three Houses tool's "House of Good Things", a Kingdom Hall,
Pontefract cakes, the Mockingbird model, CEOP's Thinkuknow, Barnahus, Robux, Moncler, Pahari-
Pothwari, a Geordie "divvint", a centile's ordinal before "centile", "Dawn was when", "nan
(mat)", and the Front Door or MASH of a metropolitan borough; with the names and places next to
each still reported. All text is invented."""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py

QUIET = [
    "Graded Care Profile level 4, and the stairgate promised in March 2023 has still not been fitted.",
    "The case would have benefited from earlier legal gatekeeping.",
    "Child A filled the House of Good Things with a trampoline and a dog.",
    "photographs from the Kingdom Hall outing; a bag of Pontefract cakes at the family session",
    "FGC referral, ask commissioning re Mockingbird hub.",
    "The school's online safety lead used the CEOP Thinkuknow resources; a Barnahus-style model was discussed.",
    "the adult sent her Robux and a Nintendo Switch; designer clothes (Moncler, TN trainers)",
    "Mum speaks Pahari-Pothwari as her first language.",
    'tel from mam. "ye divvint understand, he\'s not like that"',
    "The baby's weight rose from the 2nd to the 25th centile over 4 months.",
    "What is working well: Dawn was when most incidents happened, so visits moved.",
    "tel call from nan (mat) - v worried.",
    "The contact was screened by the Calderdale MASH; the Kirklees Front Door received four more.",
]

FIRES = [
    ("personal-name", "call from Pat (nan) - v worried", "Pat"),
    ("personal-name", "Dawn was seen at school and said she was hungry", "Dawn"),
    ("named-place", "she moved to Calderdale last year", "Calderdale"),
    ("exact-date", "seen on the 2nd at the clinic", "2nd"),
]


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("kind, text, span", FIRES)
def test_fires(kind: str, text: str, span: str) -> None:
    assert any(k == kind and span in s for k, s in found(text)), found(text)
