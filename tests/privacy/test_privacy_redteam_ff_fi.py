"""Rules read from redteam-ff to -fi (twenty-third session), after their first, blind run at
193a7c4: names 98.5%, places 97.6%, case numbers 142 of 143, dates of birth 174 of 180 (96.7%),
street addresses 71 of 72, clean flagged 7 of 493.

Dates of birth missed blind for the fifth batch of six, each time in a new shape. The rules here
(``generator/privacy/birthtalk.py``) read a birth from what the passage is about rather than from
a word beside the date: a date a record or a person "gives", "reads", "shows" or "recorded" in a
stretch about a birth, an age dispute or an identity document; a date with the day and month of
a date of birth of the same text, a few years off; "born at <a long place's name> on". Events on
a child's birthday stay events. All text invented.
"""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py


@pytest.mark.parametrize(("text", "date"), [
    # a record's date in a passage about an age dispute
    ("Age dispute: the young person arrived without documents and gave his date of birth as 1 January 2008. "
     "The Home Office subsequently recorded 14 March 2005 under reference Y1187420.", "14 March 2005"),
    # each record's date, after a sentence about wrong dates of birth
    ("Learning summary: the audit found that DOBs were wrong on two of the five files. In one case the child's record "
     "shows 15/10/2008 when the birth certificate on file gives 15/10/2009; this affected the decision.", "15/10/2008"),
    ("Learning summary: the audit found that DOBs were wrong on two of the five files. In one case the child's record "
     "shows 15/10/2008 when the birth certificate on file gives 15/10/2009; this affected the decision.", "15/10/2009"),
    # the same day and month a year or two off, a clause or two after the date of birth
    ("Her mother gives her date of birth as 6 June 2011; the school has 06/06/2012 on its admissions form, which "
     "places her in the wrong year group; her passport, seen by the SW, reads 6 June 2010.", "6 June 2010"),
    ("There are two dates of birth for the youngest child: the health visitor records 11 May 2019 and the nursery "
     "enrolment form has 11/05/2018.", "11/05/2018"),
    # a correction
    ("body map nil. DOB on referral wrong: says 2/2/17, actually 2/12/17", "2/12/17"),
    # a long place's name between "born" and "on"
    ("Worries: the baby was born at the Norfolk and Norwich University Hospital on 4 February 2023 with neonatal "
     "abstinence syndrome.", "4 February 2023"),
])
def test_births_from_the_passage(text: str, date: str) -> None:
    assert ("date-of-birth", date) in found(text)


@pytest.mark.parametrize(("text", "date"), [
    # an event on the child's birthday, years from the birth
    ("cla review 18/12/23 - IRO present. dob on the paperwork wrong (says 18/12/2010, should be 18/12/2009)", "18/12/23"),
    ("ICPC tue 17 oct 10am, chair present. outcome CP - emotional. jordan dob 17-10-2011 (his bday!!)", "17 oct"),
    ("chron row: 19/07/23 - age assmt concluded. YP assessed as 16, DOB given 19/07/2007.", "19/07/23"),
    # a record's date in a passage about a birth, after an event between
    ("DOB 03/04/2015. The ICPC was held and the plan has 12/03/2024 as its review date.", "12/03/2024"),
    # the baby's discharge, not its birth
    ("baby born at the Norfolk and Norwich. discharged home on 4 February 2023 with mum.", "4 February 2023"),
])
def test_events_stay_events(text: str, date: str) -> None:
    assert ("exact-date", date) in found(text)


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("SCRA: 22/07718 | child: anon | hearing: 17/05/2023", "case-number", "SCRA: 22/07718"),
    ("kinship: mat gps – 12 mill wynd, brechin. pvg done", "street-address", "12 mill wynd"),
    ("lives at 4 kirk brae with nan", "street-address", "4 kirk brae"),
])
def test_structured(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize("text", ["a 2 fold increase in referrals", "paid back the 500 payday loan"])
def test_no_street(text: str) -> None:
    assert [k for k, _ in found(text) if k == "street-address"] == []
