"""Rules read from the structured misses of redteam-fv to -fy (twenty-third session), after their
first, blind run at the session's last commit but these rules: case numbers 137 of 141, dates of
birth 173 of 181 (95.6%), postcodes 57 of 60. Their names, places and clean text are unread, for
the next session's first measure. All text invented.
"""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py


@pytest.mark.parametrize(("text", "kind", "value"), [
    # a lower-case full postcode whose inward code reads like an ordinal; Glasgow's districts
    ("SCD contact: anon caller reports weans left alone in flat, g33 4nd, caller says", "postcode", "g33 4nd"),
    ("kicked out of the hostel, now sofa surfing at a pal's in g31. housing options appt made.", "postcode", "g31"),
    ("anon caller says 2 girls from a kids home 'up ne9' being picked up", "postcode", "ne9"),
    # police logs by their number and day
    ("The police incident number (1482 of 11/09/23) is the only trace on file.", "case-number", "incident number (1482"),
    ("missing at 21:00 per protocol. ref 1409 of 12/08.", "case-number", "ref 1409"),
    ("although the police log, 0612 of 23/08/23, is noted.", "case-number", "log, 0612"),
    ("checks: adult linked (nominal SX1180245). outcome: info to police", "case-number", "SX1180245"),
    # births
    ("yp told keyworker it's Keeley's 16th on 4th may and she wants a party at the unit.", "date-of-birth", "4th may"),
    ("The file states that Child G was born on 14 March 2014; the Hearing papers give 14 May 2014.", "date-of-birth",
     "14 May 2014"),
    ("Worries: both siblings are recorded with the same date of birth on the placement plan. Tyler's is 21 March 2011 "
     "and Amber's is 3 October 2012 according to the birth certificates on file.", "date-of-birth", "3 October 2012"),
    ("The Home Office records the DOB as 01.01.2006; the age assessment gave a date of birth of 12/09/2007. The two have "
     "never been reconciled, and the school holds a third date, 1 September 2007.", "date-of-birth", "1 September 2007"),
])
def test_structured(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize(("text", "date"), [
    ('"a girl born 17 April 2019" ... IRH listed on 9 February 2024 before the judge.', "9 February 2024"),
    ("severe) - hearing listed 12 June at the magistrates. baby born 2/2/24", "12 June"),
    ("born 3/3/2015. For example, the note of 5 January 2024 opens with the visit.", "5 January 2024"),
])
def test_events_stay_events(text: str, date: str) -> None:
    assert ("exact-date", date) in found(text)


def test_ordinals_and_capital_inward_codes() -> None:
    assert ("postcode", "B37 5TH") in found("yp in chelmsley wood B37 5TH, new flat w/ mom.")
    assert [k for k, _ in found("on the 2nd floor, seen 3 2nd time") if k == "postcode"] == []
