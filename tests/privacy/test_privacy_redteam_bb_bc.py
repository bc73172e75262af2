"""Rules read from the blind splits redteam-bb (the North of England and North Wales) and
redteam-bc (southern England and the South West), measured unread at the end of the tenth
session and then read. Identifiers: a second date in a list of dates of birth, a CHI number
whose cue stands a few words before it, a word-name happy or hitting milestones at contact, a
word-name's birthday or response. What is no identifier: a form's abbreviations ("ehm - TAF
closed", "LbP timescales"), a leaving-care grant. All text is invented."""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py

FIRES = [
    ("date-of-birth", "the children's full dates of birth (04.11.2014, 19.07.2017) in the text", "19.07.2017"),
    ("nhs-number", "CHI no. for Callum (prev Scottish GP): 0703114271. transferring GP", "0703114271"),
    ("personal-name", "mum late 20 mins. brought maccies. poppy v happy to see her", "poppy"),
    ("personal-name", "both v giggly. mum brought gifts for summer's bday", "summer"),
    ("personal-name", "letter to mum re partner's DA hist. jade's response \"i already knew\"", "jade"),
]

QUIET = [
    "ehm - TAF closed. outcomes achieved: att 95%, mum in work",
    "PLO mtg: mum's sol asked for extension - declined, LbP timescales explained",
    "yp passed driving theory test!! leaving care grant won't cover lessons",
]


@pytest.mark.parametrize("kind, text, span", FIRES)
def test_fires(kind: str, text: str, span: str) -> None:
    assert any(k == kind and span in s for k, s in found(text)), found(text)


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert found(text) == []
