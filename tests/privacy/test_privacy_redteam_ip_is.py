"""Rules read from redteam-ip to -is (twenty-seventh session), after their first, blind run at
6f2fc07: names 97.7%, places 95.7%, case numbers 141 of 145, dates of birth 139 of 151 (92.1%),
postcodes 68 of 70, 4 of 485 clean passages flagged (0.8%). All text invented.
"""
from __future__ import annotations

import pytest

from scanning import found


@pytest.mark.parametrize(("text", "kind", "value"), [
    # a list's middle birth, and the same birth written again or another record's after one
    ("household: mom kerry-ann round 11.1.91 / liberty 3.3.12 / mason 19/9/14 / baby (5 mths)", "date-of-birth", "3.3.12"),
    ("dob check: mom gave kenzie's dob as 'twelfth of august 2015' = 12/08/2015. old dob wrong", "date-of-birth", "12/08/2015"),
    ("Re: Kai & Shania Dunn | DOB 13.02.2018 / 29.09.2014 | ICO granted 19/04/24", "date-of-birth", "29.09.2014"),
    # a school's list with each child's year
    ("sibling list from school:\n- Matas Y4 30.9.15\n- Emilija Y7 14.6.12\n- Ugnė nursery 1/1/20", "date-of-birth", "1/1/20"),
    # a Lithuanian certificate's label
    ('the translated certificate gives "gimimo data: 2016-03-22", but the school form differs', "date-of-birth",
     "gimimo data: 2016-03-22"),
    # the Children's Reporter's references, with no cue
    ("Father: [C] d.o.b unknown | Address: [withheld] | SCRA: 16/IVN/30419", "case-number", "16/IVN/30419"),
    ("child | dob | grounds | 22/IVN/41108 | [B] | 13/09/2017 | s67(2)(j) |", "case-number", "22/IVN/41108"),
    # a group by its district
    ("snap msg: 'if u see lil T tell him CR0 man are looking for him'", "postcode", "CR0"),
])
def test_read_in_full(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize(("text", "kind"), [
    ("visits: 03/05/2024 / review 04/05/2024 / core group 06/05/2024", "date-of-birth"),
    ("DOB on file is wrong; review 12/03/2024 / visit 14/03/2024", "date-of-birth"),
])
def test_read_in_full_quiet(text: str, kind: str) -> None:
    assert [v for k, v in found(text) if k == kind] == []
