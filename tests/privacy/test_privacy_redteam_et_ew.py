"""Rules read from the structured misses of the third fresh batch of the twenty-first session,
redteam-et (Tyneside, Northumberland, Durham), -eu (Bristol, Plymouth, Cornwall), -ev (West
Yorkshire) and -ew (South London, Medway), after their first run (case numbers 164 of 166,
dates of birth 145 of 158, postcodes 61 of 63); their names, places and clean text were not read:

- a list of people each with a full date ("brooklyn 03/05/12, paisley 19/10/14, frankie
  07/07/19", "Precious 02/07/2016; Favour 11/12/2017; Goodness 30/03/2020"), the rows of a pasted
  table ("Kai Tregenza    12/02/2009   M" on each line, rows run together by " / "), read from
  the list's shape whether or not the name rules know the words (``birthlists``);
- "dobs" before two dates joined by "and";
- a date "per" another source after a date of birth of its year ('dob per mum "about 2014",
  per school 06/06/2014');
- a prisoner's number ("A4471CP"), a reference after "quoting";
- an outward code after "lives elsewhere -" or "lives out".

All text invented; every rule has text that fires and text that does not.
"""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py

FIRES = [
    ("date-of-birth", "in household: brooklyn 03/05/12, paisley 19/10/14, frankie 07/07/19. all at one address",
     "07/07/19"),
    ("date-of-birth", "list (pasted from assessment): Precious 02/07/2016; Favour 11/12/2017; Goodness 30/03/2020",
     "30/03/2020"),
    ("date-of-birth", "other children in household: Amelia-Rose 12/02/2016; Theo 28/06/2018; Ivy 09/01/2022",
     "09/01/2022"),
    ("date-of-birth", "sibs (pasted):\nKai Tregenza    12/02/2009   M\nTegan Tregenza   30/07/2012   F", "30/07/2012"),
    ("date-of-birth", "pasted table: Name | DOB | NHS no. / Jaylen Grant | 14/05/2018 | on file / Jada Grant | "
     "2016-02-09 | on file", "2016-02-09"),
    ("date-of-birth", "brooke + storm - siblings, dobs 2/7/17 and 14/4/20. both at nursery", "14/4/20"),
    ("date-of-birth", 'ibrahim dob per mum "about 2014", per school 06/06/2014. living with mum', "06/06/2014"),
    ("case-number", "call from prison: dad (A4471CP) wants contact", "A4471CP"),
    ("case-number", "pls call the team quoting MK/CSE/0451.", "MK/CSE/0451"),
    ("postcode", "dad lives elsewhere - NE15. mum declined EH", "NE15"),
    ("postcode", 'her bf known as "smiler", lives out BS13 way.', "BS13"),
]


@pytest.mark.parametrize(("kind", "text", "span"), FIRES)
def test_fires(kind: str, text: str, span: str) -> None:
    assert (kind, span) in found(text)


@pytest.mark.parametrize(("text", "date"), [
    ("ICPC 03/05/23, RCPC 19/10/23", "19/10/23"),   # events: abbreviations
    ("review 03/05/23, visit 19/10/23", "19/10/23"),   # events: English words
    ("Review 03/05/23, Visit 19/10/23", "19/10/23"),   # capitalised words alone make no list of people
    ("seen 02/07/2024 per school, the dob is on file", "02/07/2024"),
])
def test_event_dates_stay_events(text: str, date: str) -> None:
    assert ("exact-date", date) in found(text)


def test_the_people_of_a_list_of_births_are_names() -> None:
    got = found("DOBs per mum: dylan 20.04.15, lola 01.09.17.")
    assert ("personal-name", "dylan") in got and ("date-of-birth", "20.04.15") in got   # (the cue's span gives way)
    assert ("personal-name", "paisley") in found("in household: brooklyn 03/05/12, paisley 19/10/14.")


def test_no_prison_number_in_a_postcode_or_a_word() -> None:
    assert not any(k == "case-number" for k, _ in found("lives at 4 Hill Rd, NE15 8AB; plan A1234 approved"))
