"""Rules added after reading the blind redteam-aj split (Essex, Nottingham and Derbyshire,
Hampshire and the Isle of Wight, Tyneside; the hardest clean text), measured once blind in the
eighth session: a police log of three digits before its day, a town that is an English word
after "from" before a comma or "to", a town and its outward code after a comma, a town before
"to" and a place, "has been offered", "mason in today", initials after "aka", a worker's login;
and what is none: the Exploitation Hub, a Solihull group, children's books, films and games, a
baby walker, DofE, a chain "on Saturdays", conditions named alone (Irlen, Perthes), a police
rank before "but". Each fires where it should and stays quiet where it should not. All text is
invented."""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py

FIRES = [
    ("case-number", "Reported missing to police, log no 318 of 04/06.", "log no 318"),
    ("named-place", "when the family moved from Derby to the Isle of Wight there was a gap", "Derby"),
    ("named-place", "The IDVA from Barking, a consistent presence, has been", "Barking"),
    ("named-place", "Children: three, all at home (Barking, IG11).", "Barking"),
    ("named-place", "County lines - Portsmouth to Newport IoW via ferry.", "Portsmouth"),
    ("personal-name", "for when she turns 18. Summer has been offered a tenancy", "Summer"),
    ("personal-name", "rang school - mason in today, seems ok.", "mason"),
    ("personal-name", "Baby's father - Jermaine (aka JJ), 22.", "JJ"),
    ("personal-name", "Reason: parent engaging w/ EH. Worker: j.bainbridge", "j.bainbridge"),
]

QUIET = [
    "The return home interviews were not shared with the Exploitation hub until the following week.",
    "Mum to attend Solihull group Tues am; GCP2 to be repeated.",
    "Mum brought Peppa Pig magazine + a Paw Patrol toy; reading 'Harry Potter', loves Pokémon cards.",
    "Mum using baby walker - advised against. Wants to do DofE next year.",
    "He takes me to McDonald's on Saturdays.",
    "Also query Irlen. Also flagged possible Perthes (limp).",
    "no connection to family per DS but mum v shaken.",
    "the dog was barking, then settled; Hope has been restored; hope in the plan; e.g. this; see p.123",
]


@pytest.mark.parametrize("kind, text, span", FIRES)
def test_fires(kind: str, text: str, span: str) -> None:
    assert any(k == kind and span in s for k, s in found(text)), found(text)


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert found(text) == []
