"""Rules read from the blind splits redteam-ar, -as, -at and -au (North West England, Wales and
the South West, London and the South East, the Midlands and the East), written in the tenth
session and measured blind before they were read. Identifiers: a Merlin reference, a custody
record's letters and serial, a police log's number after "police informed", a town after
"between" or a northern "went", a word-name street after a preposition ("on Marsh Lane"), a
hospital's name before a bracketed town, hospital initials after "conveyed to", word-names
joined to one the classifier found, a word-name's case or health, a quoted name before its
date of birth, the owner of a number, a chat's speaker. What is no identifier: a digit-glued
"mo" (months), "Union Jack", PE kit, "before dawn", a dog's breed, Wi-Fi, a Pokemon. All text
is invented."""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py

FIRES = [
    ("case-number", "merlin 23MIS019284: reported missing from placement", "23MIS019284"),
    ("case-number", "custody rec CU/47/2304118 - arrested for ABH", "CU/47/2304118"),
    ("case-number", "school, phone off. police informed log 1932.", "1932"),
    ("named-place", "linked to a line running between Birmingham and Taunton", "Birmingham"),
    ("named-place", 'C1 said "me and my mate went Blackpool on the train"', "Blackpool"),
    ("named-place", "Worries: Child A moved from Dumfries with his mother.", "Dumfries"),
    ("street-address", 'described as "the end house on Marsh Lane by the docks"', "Marsh Lane"),
    ("named-place", "health: IHA done at the Lister (Stevenage).", "Lister"),
    ("named-place", "intox, w/ 2 adult males, conveyed to QMC. missing since 17:00.", "QMC"),
    ("personal-name", "RCPC mins: Precious & Gift (twins, 6). pastor present", "Precious"),
    ("personal-name", "Learning summary: Autumn's case was audited twice, and", "Autumn"),
    ("personal-name", "Summer's asthma review is listed as overdue", "Summer"),
    ("personal-name", "pnc/pnd hits on partner - 'darren pike', dob 19/04/1988", "darren pike"),
    ("personal-name", "TM informed. vinny's no. 07700 900951", "vinny"),
    ("personal-name", 'whatsapp: "jojo: u comin out 2nite" / "C1: cant im grounded"', "jojo"),
]

QUIET = [
    "A&E notif: 4mo attended 02:30, mum says baby rolled off bed.",
    "hv - Union Jack bunting still up from the street party; pe kit missing again",
    "found on a park bench by a dog walker just before dawn. mum contacted",
    "she is frightened of the Staffie next door; Mum's spaghetti bolognese",
    'the best thing about her home is "the dog and the Wi-Fi"',
    'says he has "a shiny charizard worth like £200"',
    "mum's no. 07700 900951; dad's mob 07700 900952",
    "chron: see file\nedt: call from police\nHandover: see notes",
    "County Court hearing listed; the County Council and County Hall",
    "seen by the Hospital at Home team",
]


@pytest.mark.parametrize("kind, text, span", FIRES)
def test_fires(kind: str, text: str, span: str) -> None:
    assert any(k == kind and span in s for k, s in found(text)), found(text)


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    spans = found(text)
    assert all(k in ("phone-number",) for k, _ in spans), spans
