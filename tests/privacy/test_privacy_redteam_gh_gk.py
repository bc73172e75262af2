"""Rules read from the structured misses of redteam-gh to -gk (twenty-fourth session), after their
first, blind run at 8950a2a: postcodes 59 of 66 (89.4%), dates of birth 201 of 207 (97.1%), case
numbers 153 of 154. All text invented.
"""
from __future__ import annotations

import pytest

from scanning import found


@pytest.mark.parametrize(("text", "kind", "value"), [
    # outward codes after a place and a doubt or a dash, where someone is staying, going back to;
    # a postcode whose inward code the writer did not know
    ('neighbour said family have "done a flit" to hartlepool, poss ts24? kids not in school', "postcode", "ts24"),
    ("refuge (addr withheld) -> 41 gainford rd, stockton -> now sofa surfing TS17", "postcode", "TS17"),
    ("DASH 21. v moved to redcar - ts10.", "postcode", "ts10"),
    ("moving on to appleby for the fair then back to dl14.", "postcode", "dl14"),
    ("with 'the brothers'. no address given. ME15 9?", "postcode", "ME15 9"),
    # births: a lower-case surname before a bracketed date years past; a household by roles;
    # an inline numbered list with a birth's word in one item; a claimed age
    ("police notif: VP/23/118842 - subject jacob hind (12.04.2009) - DA at 27 grey st", "date-of-birth", "12.04.2009"),
    ("household:\nmum - Claire Fenton - 11/10/1990\nchild 1 - Ellis - 02/05/2012\nchild 2 - Poppy - 23/09/2015",
     "date-of-birth", "02/05/2012"),
    ("siblings: 1. Kacper N. 14/02/2011 2. Zuzia d.o.b. 9.9.14 3. Antoni 30/01/2019 - all same address",
     "date-of-birth", "30/01/2019"),
    ("Mustafa says he is 15; the documents he brought from Italy give 14/03/2006 and an assessment",
     "date-of-birth", "14/03/2006"),
])
def test_structured(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize(("text", "kind"), [
    ("seen kai today (12.04.2024) at home, all well", "date-of-birth"),
    ("scored 12 9? times in the quiz", "postcode"),
])
def test_quiet(text: str, kind: str) -> None:
    assert [v for k, v in found(text) if k == kind] == []
