"""Rules read from the structured misses of redteam-fb to -fe (twenty-second session), after
their first, blind run at 121cd50 (dates of birth 134 of 144, case numbers 137 of 138,
postcodes 58 of 59; their names, places and clean text are unread):

- a list of children each with a sex or an age before the date, the date in brackets, parted
  by a bar or a numbered list's next number ("dilan 11 (22.04.12), roj 8 (17.10.15)", "Mabli F
  04.11.2017 | Tomos M 21.06.2013 | Llŷr M 09.09.2020", "1. Hamza M 2012-04-19 2. Maryam F ...");
- a pasted row's date years past, one short field after a name ("| Rowan Jenkins | M |
  31/10/2015 |", "| Semhar Tesfay | UASC | 12/05/2007 |").

Event dates in the same shapes stay exact dates. All text invented.
"""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py


@pytest.mark.parametrize(("text", "date"), [
    ("sibs: dilan 11 (22.04.12), roj 8 (17.10.15), bahar 3 (1.1.20) - all at home w/ mum", "17.10.15"),
    ("Sibling list: Mabli F 04.11.2017 | Tomos M 21.06.2013 | Llŷr M 09.09.2020 - all at home w/ mum.", "09.09.2020"),
    ("sibs from referral: 1. Hamza M 2012-04-19 2. Maryam F 2014-08-30 3. Yusuf M 2019-01-07", "2014-08-30"),
    ("| Semhar Tesfay | UASC | 12/05/2007 | the hostel | PA Tom |", "12/05/2007"),
    ("ID: 1029384 | Rowan Jenkins | M | 31/10/2015 | 5 Pen y Bryn | LL41 3EN", "31/10/2015"),
])
def test_births(text: str, date: str) -> None:
    assert ("date-of-birth", date) in found(text)


@pytest.mark.parametrize(("text", "date"), [
    ("| Kai Jones | visit | 12/05/2024 |", "12/05/2024"),
    ("visits: review (03/05/23), visit (19/10/23)", "19/10/23"),
    ("ICPC 03/05/23, RCPC 19/10/23", "19/10/23"),
])
def test_events_stay_events(text: str, date: str) -> None:
    assert ("exact-date", date) in found(text)
