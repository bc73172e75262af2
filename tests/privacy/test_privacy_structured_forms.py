"""Structured identifiers in forms that hurried notes use and no corpus held yet: dates of
birth after "d/o/b", "birth:", a birth's verbs and a child's word, or written without
separators; a local phone number after a word of phoning; an email address spelt out.
Each with near-misses that stay quiet. All text is invented."""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py

FIRES = [
    ("date-of-birth", "d/o/b 3.4.15 per the referral", "3.4.15"),
    ("date-of-birth", "birth: 14-Feb-2016", "14-Feb-2016"),
    ("date-of-birth", "gave birth to baby on 14.02.24 at 39 weeks", "14.02.24"),
    ("date-of-birth", "baby delivered on 3/11/2023 by c-section", "3/11/2023"),
    ("date-of-birth", "due date 14/12/2023, baby arrived 2/12/2023", "2/12/2023"),
    ("date-of-birth", "birth cert shows 12/12/2012", "12/12/2012"),
    ("date-of-birth", "yp 15 (14.09.2008) seen at college", "14.09.2008"),
    ("date-of-birth", "Child B - 05/06/2017 - Year 3", "05/06/2017"),
    ("date-of-birth", "DOB:03042015 NHS to follow", "03042015"),
    ("phone-number", "landline 496 0123 (leeds code)", "496 0123"),
    ("phone-number", "tel: 4960123", "4960123"),
    ("email", "kayla dot b at example dot com", "kayla dot b at example dot com"),
    ("email", "email mum at kayla.b(at)example.com", "kayla.b(at)example.com"),
]

QUIET_KINDS = [
    # (text, a kind that must not be found in it)
    ("child A - 05/06/2023 - seen at home", "date-of-birth"),
    ("yp 15 (seen 14.09.2023)", "date-of-birth"),
    ("sibling - 12/03/2024 - contact at the centre", "date-of-birth"),
    ("the review should be 14/02/2025 not later", "date-of-birth"),
    ("the parcel was delivered on 3/11/2023", "date-of-birth"),
    ("his score 496 0123 on the test", "phone-number"),
    ("call 1000 times a day", "phone-number"),
    ("Mosaic 03042015", "date-of-birth"),
    ("dob 99042015 looks wrong", "date-of-birth"),
    ("we met at school dot gate", "email"),
]


@pytest.mark.parametrize("kind, text, span", FIRES)
def test_fires(kind: str, text: str, span: str) -> None:
    assert any(k == kind and span in s for k, s in found(text)), found(text)


@pytest.mark.parametrize("text, kind", QUIET_KINDS)
def test_not_that_kind(text: str, kind: str) -> None:
    assert kind not in [k for k, _ in found(text)], found(text)
