"""Rules read from the blind splits redteam-bd (the North East), -be (the East Midlands), -bf
(London) and -bg (Scotland), measured unread at the start of the eleventh session and then
read. Identifiers: a title with a full stop before the name ("Rev. Oyewole"); a brand's name
after a title ("Miss Hennessy"); a town that is an English word in lower case after a word of
place ("in derby,", "moved to hackney"); initials of a hospital after a word of care ("refer
dietician at jcuh", "born at qe"); a name given after a word of naming ('gave name as
"smurf"', "a boy called Chance"); a district after an address or a place with no comma
("34 Morris Road Poplar"); an English-word district after "from" ("from Bow to Mile End"); a
CHI number split after its date; one or two capitals glued to a reference. What is no
identifier: Geordie and Scots words, children's health words, Scotland's services, a child in
need's category ("N1 changed to N2"), "b&b." before a month, a rank's verb ("PCSO gave
advice"), "the dawn shift". All text is invented."""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py

FIRES = [
    ("personal-name", "the pastor, Rev. Oyewole, was part of the safety network", "Oyewole"),
    ("personal-name", "Dr. Oyewole saw him in clinic", "Oyewole"),
    ("personal-name", "Sevgi told her teacher, Miss Hennessy, that she was cold", "Hennessy"),
    ("named-place", "said \"just out wiv the mandem in derby, aint nobody groomin me\"", "derby"),
    ("named-place", "fam moved to hackney last year", "hackney"),
    ("named-place", "hv to refer dietician at jcuh.", "jcuh"),
    ("named-place", "baby born at qe 32/40, 1.9kg, scbu", "qe"),
    ("named-place", "cp medical booked gnch 10am tmrw", "gnch"),
    ("named-place", "within a month she had attended A&E at the RVI twice", "RVI"),
    ("personal-name", "w/ 2 older males, 1 gave name as \"smurf\". yp taken home", "smurf"),
    ("personal-name", "a WhatsApp chat with an adult saved as \"Big Rich\"", "Big Rich"),
    ("personal-name", "mum now calling herself \"kez\" on fb", "kez"),
    ("personal-name", "she had been out with a boy called Chance. No attempt was made", "Chance"),
    ("personal-name", "met men called Abz + Tee. given vodka", "Tee"),
    ("named-place", "fam's TA at 34 Morris Road Poplar ends 31/5", "Poplar"),
    ("named-place", "Referrer: Christ Apostolic Church Plumstead / Reason: neglect", "Plumstead"),
    ("named-place", "the family moved hostels twice, from Bow to Mile End", "Bow"),
    ("nhs-number", "the record shows only his CHI number (140309 4519)", "140309 4519"),
    ("case-number", "HO ref needed - mum has T9982101 on her ARC card", "T9982101"),
    ("postcode", "fam moved to N2 last year", "N2"),
]

QUIET = [
    "Child G told the SW, \"me dad's a radgie when he's had a drink but he's mint when he's not.\"",
    "txt from mum: \"dinnit send that woman again. the bairn is FINE\"",
    "Worries: the baby has a flat head (plagiocephaly) and is described as always in the car seat.",
    "baby in a clean babygro, asleep in moses basket",
    "He had been robbed at knifepoint twice.",
    "Child E said: \"Ah don't want tae go tae the Hearin if ma da's gonnae be there.\"",
    "The young person opened a bank account and applied for his Young Scot card.",
    "The Throughcare team will check every plan.",
    "advised of right to appeal within 21 days, gave advocacy and Clan Childlaw info.",
    "Dad completed the Caledonian programme (22 sessions).",
    "the parish's St Vincent de Paul group provided a cooker",
    "police: dad arrested for breach of bail. due at Sheriff Court tomorrow.",
    "cin category N1 (abuse or neglect) changed to N2 at review.",
    "chron: march 2023 - fam presented homeless. april 2023 - b&b. june 2023 - hostel.",
    "police intel: PCSO gave advice. yp polite but gave no details.",
    "will chase the dawn shift manager at the care home re dad's rota",
    "holiday club (haf funded) 4 days/wk",
    "baby in bath. dog was barking. progress in reading.",
    "the app is on his phone; the contact is saved as \"boss\"",
]


@pytest.mark.parametrize("kind, text, span", FIRES)
def test_fires(kind: str, text: str, span: str) -> None:
    assert any(k == kind and span in s for k, s in found(text)), found(text)


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert found(text) == []
