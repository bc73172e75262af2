"""Rules read from redteam-fr to -fu (twenty-third session), after their first, blind run at
480c99f: names 98.0%, places 98.1%, case numbers 137 of 138, dates of birth 185 of 186 (99.5%),
postcodes 59 of 61, clean flagged 12 of 495 (fr 5.0%). All text invented.
"""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("chron:\n03/01/24 contact - mum rang\n04/01/24 MFH report 2401-0027\n05/01/24 found", "case-number", "2401-0027"),
    ("notes: Hamid - HO DOB 01.01.2005, claims 21/03/2007 (Afghan calendar 1 Hamal 1386). interp used", "date-of-birth",
     "1 Hamal 1386"),
    ("ASB reports re older sib + mates on bikes round WA9, youths throwing stones", "postcode", "WA9"),
    ("disclosed mum's bf hit her w a belt. school = st peter's c of e, ls9.", "postcode", "ls9"),
])
def test_structured(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize(("text", "value"), [
    ("Learning summary: Bill is Child A's maternal grandfather and a registered carer.", "Bill"),
    ("sms to yp 16:02 'hi kezia its faith ur sw, cn u ring me on the work phone'", "faith"),
    ("summary / mum Hayley / ch Rio + Reign / ref EH-22014", "Reign"),
])
def test_names(text: str, value: str) -> None:
    assert ("personal-name", value) in found(text)


@pytest.mark.parametrize(("text", "value"), [
    ("please remove the reference to 'the Colliers Arms in Ferndale' where Dad drinks", "Colliers Arms"),
    ("names his local, the Running Horses, as the place where incidents start", "Running Horses"),
])
def test_places(text: str, value: str) -> None:
    assert ("named-place", value) in found(text)


@pytest.mark.parametrize("text", [
    "The Virtual School's work is exemplary and the Kirklees IRO Service's footnotes show real challenge.",
    "kirklees iro service - midway check via teams. yp happy",
    "wakefield cla team duty - carer rang re yp's bike",
    "the St Helens MASH should be told if risk increases.",
    "mum discharged from psych ward. mid Feb - GP review",
    "s47 strat disc booked 15:00 w police cait team + health.",
    "The case had transferred in from Rhondda Cynon Taf, and the team repeated the assessment.",
    "the Neath Port Talbot IRO service has challenged drift twice",
    "age disputed, merton assmt booked w 2 sw's + interpreter",
    "iro = same iro as brother. carers = long-term fc x2, dog (friendly)",
    "he was running horses at the farm",
])
def test_quiet(text: str) -> None:
    assert [f for f in found(text) if f[0] in ("personal-name", "named-place")] == []


@pytest.mark.parametrize(("text", "value"), [
    ("Handover: Harley (CIN) - visit due Thurs", "Harley"),
    ("minutes LAC review - present: azad (YP), sam fenton (IRO), nadia (SW)", "fenton"),
])
def test_a_team_word_after_a_person_keeps_the_person(text: str, value: str) -> None:
    assert ("personal-name", value) in found(text)
