"""Rules read from redteam-ih to -ik (twenty-seventh session), after their first, blind run at
168e44a: names 97.2%, places 96.1%, case numbers 143 of 145, dates of birth 132 of 145 (91.0%),
postcodes 54 of 55, 16 of 489 clean passages flagged (3.3%). All text invented.
"""
from __future__ import annotations

import pytest

from scanning import found


@pytest.mark.parametrize(("text", "kind", "value"), [
    # a household's births by their school year, England's or Scotland's
    ("Household table: Child A - Precious - 02/04/2011 - Y8 / Child B - Blessing - 29/11/2013 - Y5", "date-of-birth",
     "29/11/2013"),
    ("panel papers list: Connor Watt 16.10.10 S4 Northfield Academy; Lily Watt 05.03.08 left school.", "date-of-birth",
     "05.03.08"),
    ("Hearing papers, sibling table: Brooke | 17.04.2013 | S1; Robin | 02.08.2015 | P5; Frank | 21.12.2018 | P1.",
     "date-of-birth", "21.12.2018"),
    # a list whose first name follows a word of the sentence
    ("the grounds list the children as Lily Watt (05/03/2008), Connor Watt (16/10/2010) and Daisy Watt (29/01/2016).",
     "date-of-birth", "29/01/2016"),
    ("MARAC case 14: victim S. Doherty, ch x3 (12/08/09, 30/06/12, 07/01/16). actions: IDVA", "date-of-birth", "30/06/12"),
    # a table's births found already count among its rows
    ("household table:\nChild A | 2014-11-03 | Hollybrook Junior\nChild B | 2017-06-21 | nursery\nMum | 1990-02-09 | n/a",
     "date-of-birth", "2014-11-03"),
    # references and districts
    ("the Sheriff's decision on appeal (ref ABN-B112/22) underlines", "case-number", "B112/22"),
    ("actions: 2) chase outcome CC2023061400873 3) hv thurs", "case-number", "CC2023061400873"),
    ("his current area (ST16) appears in the audit summary", "postcode", "ST16"),
    # workers and places
    ("strat disc 15:00 today. chair TM L Cope. police DS Begum", "personal-name", "L Cope"),
    ("a letter from the paediatrician at the Hove Polyclinic.", "named-place", "Hove Polyclinic"),
    ("missing 19:30. found 02:00 in brunswick sq hove.", "named-place", "hove"),
])
def test_read_in_full(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize(("text", "kind"), [
    ("review 12/03/2024 p1 of the plan agreed", "date-of-birth"),
    ("seen by CAMHS liaison, dc home w/ safety plan.", "personal-name"),
    ("ASB warning letter issued, PCSO follow up", "personal-name"),
    ('has been stopped twice with "blues" and cash.', "personal-name"),
    ("present: mum, EH worker, HOY, school nurse.", "personal-name"),
    ("the handover to our Peterhead Children and Families Team was well documented", "named-place"),
    ("family support worker from a children's charity, Aberlour Children's Charity, and a parents' group", "personal-name"),
    ("she has joined the after-school Eco Club and the choir.", "named-place"),
    ("vm: \"ey up it's his dad, 'e's not bin wom since Sat'dy, ring us back duck\"", "personal-name"),
    ('SW feels YP "parentified", doing all the shopping', "personal-name"),
    ("dutysw: yp turned up at office 16:50", "personal-name"),
])
def test_read_in_full_quiet(text: str, kind: str) -> None:
    assert [v for k, v in found(text) if k == kind] == []


def test_a_list_does_not_open_on_a_word_of_the_record() -> None:
    """"dob on tazkira 1/1/1388, conv 21/03/2009": no list of people named "tazkira" and "conv"."""
    names = [v for k, v in found("age dispute: YP's dob on tazkira 1/1/1388, conv 21/03/2009. YP says") if k == "personal-name"]
    assert names == []


def test_a_referral_s_date_before_a_birth_stays_an_event() -> None:
    got = found("GP ref fairlight surg (dr mehta) 1/8/23. kayden dob 15.04.19. wt <0.4th")
    assert ("exact-date", "1/8/23") in got and ("date-of-birth", "dob 15.04.19") in got
