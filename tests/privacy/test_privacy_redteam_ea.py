"""Rules read from the blind split redteam-ea (Surrey and west London; disabled children and
residential homes), eighteenth session, after it was measured unread (names 98.3%, places 97.7%,
a case number of 19 missed, no clean passage flagged):

- case numbers: a police log's own letters glued to its digits ("no offences. CAD7731");
- names: a word-name with "(PA)" after it ("sunny (PA) rang"), a message's sign-off ("pls
  confirm. Tony, passenger transport"), a word-name at a sentence's start before a disability
  only a person has ("Grace has profound and multiple learning disabilities");
- quiet: an appropriate adult's initials before "(PA)", a provider's name holding "PA", "Hope,
  the team", "Will has to be made".

All text invented; every rule has text that fires and text that does not.
"""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py

FIRES = [
    ("case-number", "police: welfare check, teen distressed, no offences. CAD7731", "CAD7731"),
    ("personal-name", "duty - sunny (PA) rang, says mum in hosp", "sunny"),
    ("personal-name", "mum says they're at nan's? pls confirm. Tony, passenger transport", "Tony"),
    ("personal-name", "Grace has profound and multiple learning disabilities.", "Grace"),
    ("personal-name", "Mark has severe autism and no speech.", "Mark"),
]

QUIET = [
    "interviewed w/ AA (PA). released under investigation",
    "Hope, the team agreed, is not a plan.",
    "Will has to be made by a solicitor.",
    "Frank, honest and open.",
]


@pytest.mark.parametrize(("kind", "text", "span"), FIRES)
def test_fires(kind: str, text: str, span: str) -> None:
    assert (kind, span) in found(text)


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert found(text) == []


def test_a_provider_holding_pa_stays_one_place() -> None:
    assert found("direct payments; provider Bright Futures PA Services.") == [
        ("named-place", "Bright Futures PA Services")]
