"""Rules read from the blind splits redteam-bx (Greater Manchester; a MASH), -by (Norfolk and
Suffolk; fostering and young carers), -bz (South Wales; child protection and court) and -ca
(Leicester, Coventry and Nottingham; adolescents), measured unread in the twelfth session and
then read. Identifiers: an outward code after "live", a Home Office reference after "ref for
mum:", a hospital by its initials ("QMC", "UHCW", "the N&N"), a word-name in a visit's roll call ("hv - grace in, hope at school").
What is no identifier: a tool's name with its version ("MACA-YC18", "PANOC-YC20"), "Skills to
Foster", Wales's "Care and Support" level, Jains. (Welsh sentences: test_privacy_welsh.py.)
All text is invented."""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py

FIRES = [
    # (from redteam-bu to -ca's structured misses) an outward code after "live"; a Home Office
    # reference after "ref for mum:"; hospitals by their initials (data/hospital_initials.txt)
    ("postcode", "mum asking for respite. family live CT20.", "CT20"),
    ("case-number", "HO ref for mum: H1198273/002. asylum claim pending", "H1198273/002"),
    ("named-place", "Child A was seen in the children's emergency department at QMC and discharged.", "QMC"),
    ("named-place", "Worries: three attendances at UHCW in six weeks.", "UHCW"),
    ("named-place", "Mum had been admitted to the N&N twice that term.", "N&N"),
    ("personal-name", "hv - grace in, hope at school. mum seems low.", "grace"),
    ("personal-name", "visit: kai at school, mum says all fine", "kai"),
]

QUIET = [
    "A MACA-YC18 score of 21 and a PANOC-YC20 score of 14 suggest significant negative impact.",
    "The carers have completed Skills to Foster and paediatric first aid.",
    "The case has been open for 18 months at Care and Support level with no change in the plan.",
    "The family are practising Jains: they do not eat meat, eggs, onions or garlic.",
    "joy at contact today - kids ran to dad.",
    "there was hope at school that it would work",
    "the plan has hope in, it seems",
    "they live B12 to the end of the road",
    "sick kids off school all week",
]


@pytest.mark.parametrize("kind, text, span", FIRES)
def test_fires(kind: str, text: str, span: str) -> None:
    assert any(k == kind and span in s for k, s in found(text)), found(text)


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert found(text) == []
