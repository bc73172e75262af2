"""Rules added after the blind redteam-r split (ordinary audit text, a West Yorkshire district
and a London borough): outward codes after a street or a place and a comma, "occ" as a police
cue, a system's records before a bracketed reference and the same shape again in the text,
"dates of birth" in the plural, a town after "between ... and" (Halifax is a town, not only a bank). Each fires where it should and stays quiet where it should
not. All text is invented."""
from __future__ import annotations

import pytest

from generator.privacy import PrivacyScanner
from scanning import found  # tests/privacy/scanning.py

FIRES = [
    ("postcode", "staying w/ friend, Marsh Lane, SE15.", "SE15"),
    ("postcode", "absconded, found Greenbank rec, LS12.", "LS12"),
    ("case-number", "police occ 13/88412/24 – stopped with cash.", "occ 13/88412/24"),
    ("case-number", "the Liquidlogic records for the boy (LL0073391) and his sister (LL0073392) differ",
     "LL0073392"),
    ("date-of-birth", "two dates of birth for their mother, 8 April 1994 on one record", "8 April 1994"),
    ("named-place", "County lines activity between Petley and Halifax.", "Halifax"),
    ("named-place", "The chronology omits the Halifax police referral.", "Halifax"),
    ("named-place", "They live on the top floor of Kestrel Tower.", "Kestrel Tower"),
    ("named-place", "rio – found halifax bus stn 3am, staff collected.", "halifax"),
    ("named-place", "missing ep – found at royal oak 02:00, RHI offered.", "royal oak"),
]

QUIET = [
    "He scored 3, PS12 on the scale.",
    "Grades: English, GC15 in the mock.",
    "A Halifax bank account was opened for her savings.",
    "The plan was agreed between Mum and Dad.",
    "Kent police shared the intelligence.",
    "she went to the green hub after school",
    "they met at the old mill with friends",
]


@pytest.mark.parametrize("kind, text, span", FIRES)
def test_fires(kind: str, text: str, span: str) -> None:
    assert any(k == kind and span in s for k, s in found(text)), found(text)


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert found(text) == []


def test_a_shape_is_carried_only_within_its_own_text() -> None:
    """scan_many joins texts: a reference's shape found in one must not mark another's token."""
    scanner = PrivacyScanner()
    texts = ["hospital no. M4471902 recorded.", "The form code M4471903 is printed on the leaflet."]
    assert scanner.scan_many(texts) == [scanner.scan(t) for t in texts]
    assert scanner.scan(texts[1]) == []
