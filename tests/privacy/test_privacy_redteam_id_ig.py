"""Rules read from redteam-id to -ig (twenty-seventh session), after their first, blind run at
94d6bf9: names 98.9%, places 98.1%, case numbers 148 of 148, dates of birth 147 of 157 (93.6%),
postcodes 59 of 59, 16 of 480 clean passages flagged (3.3%). All text invented.
"""
from __future__ import annotations

import pytest

from scanning import found


@pytest.mark.parametrize(("text", "kind", "value"), [
    # Welsh dates, with their ordinal and the month mutated after "o", and "dyddiad geni"
    ("manylion plentyn: Tomos ap Iwan, dyddiad geni 17eg o Dachwedd 2012, cyfeiriad", "date-of-birth",
     "dyddiad geni 17eg o Dachwedd 2012"),
    ("The Welsh version of the plan records his date of birth as 2il o Ebrill 2015.", "date-of-birth",
     "date of birth as 2il o Ebrill 2015"),
    ("cyfarfod grŵp craidd 14eg o Fawrth, Ysgol Cae Bryn", "exact-date", "14eg o Fawrth"),
    # a birth confirmed, worked out or converted after the text speaks of it
    ("mum didnt know kids dobs. said 'after bonfire night' - SW confirmed w/ GP as 06/11/2017.", "date-of-birth", "06/11/2017"),
    ("age dispute: YP's dob on tazkira 1/1/1388, conv 21/03/2009. YP says spring", "date-of-birth", "21/03/2009"),
    ("he maintains he was born in the month of Hamal and calculates this as 4 April 2008.", "date-of-birth", "4 April 2008"),
    # the household's next birth after a line with none, and another's or another record's version
    ("Household:\nFather - Neil SHARPE - 19/10/1979\nChild - Cal - see linked record\nChild - Ellie-May - 23/06/2016",
     "date-of-birth", "23/06/2016"),
    ("the DOBs (Amira 05/05/2012, Yusuf 19/09/2014, and the baby's as 23.12.2021) match", "date-of-birth", "23.12.2021"),
    ("the DOBs (Amira 05/05/2012, Yusuf 19/09/2014) match, but the school has Yusuf's as 09/19/2014", "date-of-birth",
     "09/19/2014"),
])
def test_read_in_full(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize(("text", "kind"), [
    ("SP w linda confirmed, SP agreement signed 06/11/23. HB claim to go in asap", "date-of-birth"),
    ("the review confirmed the visit as 12/03/2024", "date-of-birth"),
    ("kids get themselves up + ready, bus 7:40 from the lane end.", "street-address"),
    ("At dawn she still walks the dog to the top of the hill, which she says is 'my meeting'.", "named-place"),
    ("The kinship carers are Bampi and Nan. Bampi is 74 and has Parkinson's.", "personal-name"),
    ("This was first raised ym mis Medi.", "personal-name"),
    ("mum engaged w Barod but still using wknds", "personal-name"),
    ("the children speak broad Cumbrian and the SW has not tidied this up", "personal-name"),
    ("reminder - coffee morning at the family centre, bring the littlies", "personal-name"),
    ("A&E attendance - 13yo F, abdo pain, urinary symptoms.", "personal-name"),
    ("EWO to check via the School to School system within 10 school days", "named-place"),
])
def test_read_in_full_quiet(text: str, kind: str) -> None:
    assert [v for k, v in found(text) if k == kind] == []
