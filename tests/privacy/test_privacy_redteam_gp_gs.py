"""Rules read from the structured misses of redteam-gp to -gs (twenty-fourth session), after their
first, blind run at 9dae260: dates of birth 189 of 197 (95.9%), postcodes 62 of 63, case numbers
150 of 150. Their names, places and clean text are unread. All text invented.
"""
from __future__ import annotations

import pytest

from scanning import found


@pytest.mark.parametrize(("text", "date"), [
    # a birth word right after its date, before a pregnancy's weeks
    ("health chron: 03.03.21 born 34/40, NICU 3wks / 14.05.21 6-8wk check not attended", "03.03.21 born"),
    # a record named before its date in a list of sources; records that disagree about a person
    ("age dispute - habib: HO dob 01/01/2007, hosp/vaccination card 17/04/2008, he says 'i am 15'", "17/04/2008"),
    ("There is a discrepancy in Habib's records. The Home Office letter gives 1 January 2007; the hospital "
     "record gives 17 April 2008.", "1 January 2007"),
    # a sister in a list of births; the day slipped by one; "and George of" a date after a birth
    ("children Tyrone (15/05/2008), Leah (02/10/2011) and a younger sister (26/12/2016) whose father", "26/12/2016"),
    ("birth cert shows Rhianna's dob as 14 July 2015; passport app was done with 15 July 2015.", "15 July 2015"),
    ("Sandra with a date of birth of 6 May 1951 and George of 19/11/1948, but there is", "19/11/1948"),
    # a parent's line after the children's
    ("DOBs (from care):\n- Niamh 08/06/2012\n- Conall 19/03/2015\n- Fiadh 24/12/2019\nmum: 02/02/1988", "02/02/1988"),
])
def test_births(text: str, date: str) -> None:
    assert ("date-of-birth", date) in found(text)


@pytest.mark.parametrize(("text", "date"), [
    ("health chron: 03.03.21 born 34/40, NICU 3wks / 14.05.21 6-8wk check not attended", "14.05.21"),
    ("his sister went on 26/12/2016 to the shops", "26/12/2016"),
])
def test_events_stay_events(text: str, date: str) -> None:
    assert ("exact-date", date) in found(text)
