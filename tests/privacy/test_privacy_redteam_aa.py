"""Rules added after reading the blind redteam-aa split (a Lancashire-style mill town, a
Gloucestershire/Wiltshire-style county with a garrison, a Tyneside-style city), the last
measure of the seventh session: a date of birth in a pasted table, quoted nicknames in lower
case after "known as" or "nominal", initials after a field label or in brackets after "yp",
lower-case first names shown by kin, a role, "me and", a house or an action point, places in
brackets after a pub, a street or a relative's house, a school named by its street, homes
named by trees, hospital initials where the passage is about a hospital, a town after the
years lived there; and what is no identifier: a chain with no branch, a disease named after
a person, a kin word in quotes, medicines and slang, a shift in brackets after "pub", an email
header, a bus station after a comma, the end of a quotation after "Nan". Each fires where it
should and stays quiet where it should not. All text is invented."""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py

FIRES = [
    ("date-of-birth", "| Kai | 14/03/2012 | Y9 |", "14/03/2012"),
    ("personal-name", "known as 'mikey' round the estate", "mikey"),
    ("personal-name", "nominal 'jay' and 'mikey' seen together", "jay"),
    ("personal-name", "nominal 'jay' and 'mikey' seen together", "mikey"),
    ("personal-name", "yp (DJ) was spoken to", "DJ"),
    ("personal-name", "Child: A.K. seen at home", "A.K."),
    ("personal-name", "JJ's voice is not in the plan", "JJ"),
    ("personal-name", "Name: Zaz, lives with mum", "Zaz"),
    ("personal-name", "Mark is 11 and attends", "Mark"),
    ("personal-name", "sister naila picked her up", "naila"),
    ("personal-name", "placed with carer rose.", "rose"),
    ("personal-name", "foster carer summer has booked the dentist", "summer"),
    ("personal-name", "jen (fsw) to take mum to the appt", "jen"),
    ("personal-name", "me and kez were at the park", "kez"),
    ("personal-name", "stayed at shaz's on friday", "shaz"),
    ("personal-name", "actions: will to chase school. frank to bring kids", "frank"),
    ("named-place", "dad drinks at the pub (the crown, stroud)", "crown"),
    ("named-place", "chippy on stanley rd (the codfather)", "codfather"),
    ("named-place", "contact at nan's (gorse hill)", "gorse hill"),
    ("named-place", "brook lane infants called", "brook lane infants"),
    ("named-place", "placed @ the willows", "willows"),
    ("named-place", "seen by a&e at the QE sat night", "QE"),
    ("named-place", "lived 2020-22 Brierfield then moved", "Brierfield"),
    ("named-place", "works at the Golden Fry chip shop", "Golden Fry"),
    ("named-place", "case note: met her at greggs, metro centre. she had cash", "greggs"),
]

QUIET = [
    "stayed in a Premier Inn on the ring road",
    "Perthes disease diagnosed at 6",
    "'Aunty' visits on sundays",
    "on methylphenidate mane and nocte",
    "family from Azad Kashmir",
    "proper peng innit",
    "mum works at the pub (nights) - 2 younger kids",
    "Subject: FW: Child A concern",
    "met at McDonald's, the bus station",
    "at the FE college two days, was admitted",
    "a rose on the wall that Nan painted'. He wants to take it",
    "seen at 2am by police",
    "his sister was there; their cousin came",
    "seen with carer. rose early",
]


@pytest.mark.parametrize("kind, text, span", FIRES)
def test_fires(kind: str, text: str, span: str) -> None:
    assert any(k == kind and span in s for k, s in found(text)), found(text)


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert found(text) == []
