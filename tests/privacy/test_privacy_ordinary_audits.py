"""Rules added after the blind redteam-j and redteam-k splits (ordinary audit text). All text is invented."""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py


FIRES_J = [
    # a kind of place, then its name in brackets or as an apposition
    ("named-place", "Mum works in the family's takeaway, the Silver Dragon, most evenings.", "Silver Dragon"),
    ("named-place", "He was moved to a children's home called Beech Lodge last year.", "Beech Lodge"),
    ("named-place", "Referral came from the nursery (Acorn Tots) after a bruise was seen.", "Acorn Tots"),
    # businesses named with ordinary words before a lower-case kind
    ("named-place", "Dad was seen outside the Red Lion pub with the older boys.", "Red Lion pub"),
    ("named-place", "The young people gather near the Moorside shops after school.", "Moorside shops"),
    # a word-name described as a child
    ("personal-name", "Summer is a lively six year old who loves her bike.", "Summer"),
    ("personal-name", "Hope is a young carer for her dad.", "Hope"),
    ("personal-name", "April was a quiet baby according to the HV.", "April"),
    # a reference after "reference is"
    ("case-number", "The police reference is CE/23/1187 and the file is closed.", "CE/23/1187"),
]


@pytest.mark.parametrize("kind, text, span", FIRES_J)
def test_fires(kind: str, text: str, span: str) -> None:
    assert any(k == kind and span in s for k, s in found(text)), found(text)


QUIET_J = [
    "The child attends the local nursery (two days a week).",
    "The placement (Special Guardianship Order) was confirmed at court.",
    "The nursery (Early Years Foundation Stage) tracking was shared.",
    "The placement (Section 20) continued while the assessment finished.",
    "The RAG rating moved from Red to Amber at the autumn review.",
    "Grace, humility and curiosity run through the worker's recording.",
    "Summer is a busy time for the team and visits slipped.",
    "Grace is a strength in this family's story.",
    "We met at the Christmas shop in town.",
    "The case is 2024/25 work for the team.",
]


@pytest.mark.parametrize("text", QUIET_J)
def test_quiet(text: str) -> None:
    assert found(text) == []


# rules added after the blind redteam-k split (ordinary audit text)
FIRES_K = [
    ("date-of-birth", "Jayden (14.02.2014) lives with his nan.", "14.02.2014"),
    ("named-place", "sib contact monthly @ Play Planet, supervised.", "Play Planet"),
    ("case-number", "refs: EH-55012 and the police log.", "EH-55012"),
    ("named-place", "placement: Brightstone Care - carers visited weekly.", "Brightstone Care"),
    ("named-place", "She said she was at Sultan Grill till late.", "Sultan Grill"),
]


@pytest.mark.parametrize("kind, text, span", FIRES_K)
def test_fires_k(kind: str, text: str, span: str) -> None:
    assert (kind, span) in found(text), found(text)


QUIET_K = [
    "The Review (08.06.2024) was held late.",              # an event's date in brackets stays an event's
    "The rating for this standard is Amber overall.",
    "Contact @ Mum's on Saturdays and @ School in term.",
    "COVID-19 restrictions limited visits.",
    "She is in Long Term Fostering now.",
    "the placement: foster care was stable",
]


@pytest.mark.parametrize("text", QUIET_K)
def test_quiet_k(text: str) -> None:
    assert [k for k, _ in found(text) if k != "exact-date"] == []
