"""Rules read from redteam-hf to -hi (twenty-fifth session), after their first, blind run at
0be3584 (hb-he in the corpus, both classifiers retrained): names 96.7%, places 96.7%, dates of
birth 196 of 199 (98.5%), postcodes 67 of 68, case numbers 148 of 149, 7 of 486 clean passages
flagged: every target met pooled, though not on every split. Read the same session. All text invented.
"""
from __future__ import annotations

import pytest

from scanning import found


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("gave the baby's date of birth as 29.01.24 and the mother's as 08.11.2005. The response", "date-of-birth", "08.11.2005"),
    ("dob in words on ref: 'born on the ninth of july twenty fifteen' = 09/07/2015. checked", "date-of-birth", "09/07/2015"),
    ("DOB discrepancy: LCS shows 08/08/2018, school 8/9/18. red book - correct is eighth of august 2018.",
     "date-of-birth", "eighth of august 2018"),
    ("the police log for the night the windows were broken (CC2024-0319-00812) describes", "case-number", "CC2024-0319-00812"),
    ("EHE row: C Ward | DoB 03.10.13 | Tewkesbury Rd site, gl20 | deregistered", "postcode", "gl20"),
    ("home visit. seen grace (5) + will (3). will had cold sore, grace said", "personal-name", "will"),
    ("from the juniors, just ringing about Summer, she's not in again today", "personal-name", "Summer"),
    ("Fam Ct 3: 10:00 GCC v Meek (GL24C00402) - ICO - Mother: K Meek;", "personal-name", "Meek"),
    ("Fam Ct 3: 10:00 GCC v Meek (GL24C00402) - ICO - Mother: K Meek;", "personal-name", "K Meek"),
    ('the maternal grandfather is named as Patrick "Paddy" Ward, which risks', "personal-name", "Ward"),
])
def test_read_in_full(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize(("text", "kind"), [
    ("carers in Co. Tyrone asking re holly + ivy for the xmas tree lol", "personal-name"),
    ("The family's faith is central to their lives. They are Jain and vegetarian", "personal-name"),
    ("Child B | Age: 7 | EHCP: Yes | Dx: ASD, GDD | Home lang: Polish", "personal-name"),
    ('the school ran a "Deployment Club" at lunchtimes', "named-place"),
    ("body map completed, photos on secure drive", "named-place"),
    ("transferred from the Basingstoke CIN team to the Andover Family Support Service, there was", "named-place"),
    ("EHE row: Tewkesbury Rd site, gl20 | deregistered", "named-place"),
])
def test_read_in_full_quiet(text: str, kind: str) -> None:
    assert [v for k, v in found(text) if k == kind and v != "Tewkesbury Rd"] == []


def test_a_long_code_needs_letters_and_digit_groups() -> None:
    assert [v for k, v in found("scored 2024-0319 in the test") if k == "case-number"] == []
