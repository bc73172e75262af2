"""Rules read from the blind splits redteam-av (Yorkshire and the North East) and redteam-aw
(shire counties, coastal towns and Northern Ireland), measured unread in the tenth session and
then read. Identifiers: a crime number of a serial and a year with no cue, an outward code
after a person's age, a district in brackets after a postcode, a place after "Address:", an
officer's name after a collar number, a word-name with a negated verb or before a child's
injuries, "xmas day" and "Eid day", Derry. What is no identifier: a county's or a town's
authority-wide service ("Cumbria Safeguarding Hub", "the Bradford Early Help hub"), towns
abroad named like British places, a drug's street name after a word of drugs, an injury's
"mark", the Gurkhas, "Derry Girls", a Stanley knife. All text is invented."""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py

FIRES = [
    ("case-number", "custody: crime ref for the assault is 1900413/23. cps decision pending", "1900413/23"),
    ("postcode", "mash: yp Kyron (16) NR30, reported by ED", "NR30"),
    ("named-place", "new address 19 Lavender Walk, OX4 6PZ (Blackbird Leys). moved", "Blackbird Leys"),
    ("named-place", "Ethnicity: Irish Traveller | Address: Cottingley Springs site", "Cottingley Springs"),
    ("personal-name", "ring back from PC 4471 Grainger: crime ref to follow", "Grainger"),
    ("personal-name", "strategy: jack's injuries - 3 bruises left upper arm", "jack"),
    ("personal-name", "sunny hasnt been in school since monday", "sunny"),
    ("personal-name", "he was out with charlie last night", "charlie"),
    ("exact-date", "| no contact w/ family, xmas day", "xmas day"),
    ("exact-date", "Eid day - hv cancelled by family", "Eid day"),
    ("named-place", "chase UNOCINI from gateway (family in Derry til summer)", "Derry"),
]

QUIET = [
    "Cumbria Safeguarding Hub rag: AMBER. yp 14, known to CSE team.",
    "contact screened by the Bradford MASH, signposted to the Bradford Early Help hub.",
    "her links with her father's family in Montego Bay and an aunt in Cluj",
    "says dad is using again (crack + charlie). no address.",
    "disclosed stepdad hit him. mark seen on left arm approx 3cm. agreed s47",
    "Dad served with the Gurkhas for 15 years.",
    "watches Derry Girls w/ carer on Fridays; a Stanley knife was found in his bag",
]


@pytest.mark.parametrize("kind, text, span", FIRES)
def test_fires(kind: str, text: str, span: str) -> None:
    assert any(k == kind and span in s for k, s in found(text)), found(text)


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert found(text) == []
