"""Rules read from the structured misses of redteam-gd to -gg (twenty-fourth session), after their
first, blind run at 664288e: dates of birth 159 of 168 (94.6%), postcodes 56 of 62 (90.3%), case
numbers 147 of 147. All text invented.
"""
from __future__ import annotations

import pytest

from scanning import found


@pytest.mark.parametrize(("text", "kind", "value"), [
    # outward codes where someone may be, or at a sentence's end after a comma
    ('The last contact note says "mum thinks somewhere cr0, maybe near the park".', "postcode", "cr0"),
    ("prev address 18 Mill Lane. new addr TBC somewhere ll12.", "postcode", "ll12"),
    ("no fixed abode, last known CH7.", "postcode", "CH7"),
    ('The referrer gave the address only as "ll18, near the prom", and it took', "postcode", "ll18"),
    ("chron 22/05/2023 YP moved from foster care to kinship w uncle, GL4", "postcode", "GL4"),
    # births: lists with the surname first, a role in brackets, a colon after the name, a note in brackets
    ("siblings (from school SIMS):\nPEREIRA, Martim 14.02.2016\nPEREIRA, Beatriz 30.07.2019\nPEREIRA, Lara 05.11.2022",
     "date-of-birth", "30.07.2019"),
    ("DOBs from GP registration (copy):\nSabrina Loveridge (mother) 13/08/1994\nTyson Loveridge 26/01/2013",
     "date-of-birth", "13/08/1994"),
    ("children per the assessment:\n1. Levi: 03/03/2011\n2. Vashti: 19/12/2013\n3. Righteous: 27/05/2018",
     "date-of-birth", "27/05/2018"),
    ("FS list: Kaiden Hughes 04/07/21; Lola Hughes 04/07/21 (twins); Mia Price 22/12/20 - all on caseload",
     "date-of-birth", "22/12/20"),
    ("The household lists Jonas Petrauskas (father, 11.05.1986), Ruta Petrauskiene (mother, 23.09.1990)",
     "date-of-birth", "23.09.1990"),
    ("Sibling group: | Child | DOB | Plan | / | Child A | 04/06/2015 | fostering | / | Child B | 22/10/2017 | adoption |",
     "date-of-birth", "22/10/2017"),
])
def test_structured(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize(("text", "kind"), [
    ("met at school, PE1.", "postcode"),
    ("Kai (seen, 12.03.2024) said he was fine", "date-of-birth"),
])
def test_quiet(text: str, kind: str) -> None:
    assert [v for k, v in found(text) if k == kind] == []
