"""Rules added after the blind redteam-q split (ordinary audit text, a rural northern
authority and a northern city): a name's bracketed date with its source, a name before "dob",
nicknames after "suspects", shops in lower case after a word of place, a business named right
after its kind, venues after "on the" / "off the", more pub names, a baby's name and the date
after it. Each fires where it should
and stays quiet where it should not. All text is invented."""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py

FIRES = [
    ("date-of-birth", "UASC Hamid (01/01/2007 per HO) - age disputed.", "01/01/2007"),
    ("personal-name", "Mercy dob 07/05/2007. interpreter booked.", "Mercy"),
    ("personal-name", "CAD log noted. suspects \"Ash\" and another male.", "Ash"),
    ("named-place", "case note: met the YP at greggs on station rd after school.", "greggs"),
    ("named-place", "Working in nail bar Glam Nails on the high street.", "Glam Nails"),
    ("named-place", "The carer took him fishing off the Quay at weekends.", "Quay"),
    ("named-place", "He walks his dog on the Green at school closing time.", "Green"),
    ("named-place", "Dad works at the Black Bull most nights.", "Black Bull"),
    ("personal-name", "Kerry and her baby Reign were in temporary accommodation.", "Reign"),
    ("date-of-birth", "hv notes: baby Reign 02/02/2023 weighed at the clinic.", "02/02/2023"),
]

QUIET = [
    "The shop Manager said the child was not seen.",
    "The consultation on the Green Paper closed.",
    "went to the cafe Tuesday after school",
    "A Tesco voucher was given for food.",
    "Destiny is a word the young person used about her future.",
    "Dawn visits by police were planned for the week.",
    "The baby Massage group helped Mum bond with the baby.",
]


@pytest.mark.parametrize("kind, text, span", FIRES)
def test_fires(kind: str, text: str, span: str) -> None:
    assert (kind, span) in found(text), found(text)


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert [k for k, _ in found(text) if k != "exact-date"] == []


def test_an_events_bracketed_date_stays_an_event() -> None:
    text = "The review (08.06.2024 per the minutes) was late."
    assert found(text) == [("exact-date", "08.06.2024")]
