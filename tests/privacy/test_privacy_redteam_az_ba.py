"""Rules read from the blind splits redteam-az (a MASH, a rural disabled children's team,
leaving care, youth justice) and redteam-ba (outer London, the Home Counties, the West
Midlands), measured unread in the tenth session and then read. Identifiers: a note's subject
before a dash ("bree - gas off", "summer - MFH again"), a word-name before a school year or an
age in months, a word-name that is someone's partner, kin with "daddy", a worker's caseload, a
court's number with its letters inside, a police log of an ordinal day, initials after "A&E",
a record's word and serial after "ref". What is no identifier: a time of day after "at", "max 6",
chains joined by "and", a PCSO, epilepsy medicines, "strat", Geordie "nee", "pre-birth - ".
All text is invented."""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py

FIRES = [
    ("personal-name", "bree - gas off since weds. hardship £50 approved", "bree"),
    ("personal-name", "summer - MFH again, found 23:40 outside the station", "summer"),
    ("personal-name", "10/10 school: faith (yr 8) disclosed to form tutor", "faith"),
    ("personal-name", "mash outcome: autumn (6mths) - bruise to forehead", "autumn"),
    ("personal-name", "Child's voice: Mark is the foster carer's partner", "Mark"),
    ("personal-name", "cases to be reallocated. grace's caseload 24, 6 CP.", "grace"),
    ("case-number", "court 03/10 - case no. 1901PC0099823 adjourned 4 wks", "1901PC0099823"),
    ("case-number", "Worries: The police log (1184 of the 4th) records that", "1184"),
    ("named-place", "referral from A&E UHW - 7mo w spiral # L femur", "UHW"),
    ("case-number", "found in town centre w/ 2 older males. MFH ref MISPER 0507-23.", "MISPER 0507-23"),
]

QUIET = [
    "mum rang at dawn (05:50) - baby floppy + hot. advised 999.",
    "family in TA, been there 9 wks (should be max 6).",
    "the card statement shows purchases at Primark and JD Sports that",
    "MASH 12:20 - call from PCSO re YP + 2 others seen at the train station",
    "Medication (sodium valproate, buccal midazolam) is listed with doses",
    "TM: strat disc by fri. consider neglect thresholds + GCP2.",
    "yp said: 'divvent want nee workers man, just want me own place'",
    "pre-birth - EDD end of Feb, booked at the maternity unit.",
    "will - CP plan review next week",
]


@pytest.mark.parametrize("kind, text, span", FIRES)
def test_fires(kind: str, text: str, span: str) -> None:
    assert any(k == kind and span in s for k, s in found(text)), found(text)


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert found(text) == []
