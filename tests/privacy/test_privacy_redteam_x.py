"""Rules added after reading the blind redteam-x split (a West Midlands-style city, a Welsh
valleys-style borough, a Hampshire/Dorset-style coast; half careful prose): word-names with a
role in brackets, after "baby" or before "attending"/"struggling", quoted first names after kin,
hospital initials last in a bracket, pubs named for sailors, police logs known by their day, a
system's letters with a serial and a year, birthdays; and what no longer counts: a chain with
no branch named ("works at Greggs"), a country after "to" that is no first name, Welsh and other
languages' words for kin. Each fires where it should and stays quiet where it should not. All
text is invented."""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py

FIRES = [
    ("personal-name", "dawn (fsw) did rtn home visit, house ok", "dawn"),
    ("personal-name", "baby rose - born 10/10/23 - 34wks", "rose"),
    ("personal-name", "baby grace was born at home", "grace"),
    ("personal-name", "cg mins 9/5: hope attending school 96%", "hope"),
    ("personal-name", "report to follow. mark struggling with reading", "mark"),
    ("personal-name", "mum says dad 'billy' helps at night.", "billy"),
    ("personal-name", "Action - SW Mo to visit Jordan in custody", "Jordan"),
    ("named-place", "present: Dr Bell (paeds, KCH), SW Ayesha, TM", "KCH"),
    ("named-place", "Child A was found at the Jolly Sailor in Hythe at 2am", "Jolly Sailor"),
    ("named-place", "met YP at Greggs in the bus stn", "Greggs"),
    ("named-place", "Kieran seen at McDonald's, Four Lane Ends.", "McDonald"),
    ("named-place", "met Tiegan at greggs, metro centre. she had cash", "greggs"),
    ("case-number", "Children (A, B) present. Log 0417 14/02.", "Log 0417"),
    ("case-number", "The police log (1802 of 03/03/2024) records a DA incident", "1802"),
    ("case-number", "CP no: CP/0456/23 | Category: Neglect", "CP/0456/23"),
    ("date-of-birth", "yp's bday 3/7 - turns 16. carers planning tea", "3/7"),
]

QUIET = [
    "baby will be born in May; a mother-and-baby foster placement",
    "mum 'mardy' and dad 'sound', she said",
    "YP works shifts at Greggs and is proud of it.",
    "yp seen at mcdonalds, ate + chatted. says gf is pregnant",
    "16 next month - carers planning tea at Nando's. sw to drop card.",
    "dad threatening to take kids to Spain. passports held by mum",
    "Mamgu has been the constant in this family; tata hits mama",
    "we logged 1234 visits; the log of the visits",
    "(mum, dad, DSL) attended; the visit (dsl) was good",
]

NOT_OF_KIND = [
    # the day after a police log stays an event's date
    ("case-number", "Children (A, B) present. Log 0417 14/02.", "14/02"),
]


@pytest.mark.parametrize("kind, text, span", FIRES)
def test_fires(kind: str, text: str, span: str) -> None:
    assert any(k == kind and span in s for k, s in found(text)), found(text)


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("kind, text, span", NOT_OF_KIND)
def test_not_of_kind(kind: str, text: str, span: str) -> None:
    kinds = {k for k, s in found(text) if s == span}
    assert kinds and kind not in kinds, found(text)
