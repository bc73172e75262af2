"""Rules added after the blind redteam-n split (ordinary audit text, East of England and an
inner-city Midlands borough): lower-case names before a place word, wards by number, a pub of
two words, word-names reported missing or found, nicknames after "linked to", a business after
a comma, hospital numbers after "hosp no", a role's abbreviation before a name. Each fires
where it should and stays quiet where it should not. All text is invented."""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py

FIRES = [
    ("named-place", "youth workers saw her at greenfields shops with older lads", "greenfields shops"),
    ("named-place", "not registered with a GP; welby practice has a closed list.", "welby practice"),
    ("named-place", "Rianna – ward 7b, Queens. CAMHS liaison seen.", "ward 7b"),
    ("named-place", "Dad comes back from the Red Lion most nights.", "Red Lion"),
    ("named-place", "She stayed at a flat above the Crown for a week.", "Crown"),
    ("named-place", "She was found working in a nail bar, Luxe Nails, on the high street.", "Luxe Nails"),
    ("personal-name", "Summer missing from her placement again overnight.", "Summer"),
    ("personal-name", "Summer was reported missing from her placement.", "Summer"),
    ("personal-name", "Mercy was found by Border Force in a lorry.", "Mercy"),
    ("personal-name", "Leaving care. Tayo – pathway plan due.", "Tayo"),
    ("personal-name", "Mum is under CMHT, CPN Martin Hale visits.", "Martin Hale"),
    ("personal-name", "strat: J (17) linked to \"Tiny\" – county lines", "Tiny"),
    ("case-number", "seen in ED / hosp no M4471902 – bloods taken", "hosp no M4471902"),
]

QUIET = [
    "He was on the ward 2 days before discharge.",
    "Summer missing episodes are a theme in the holidays.",
    "He was at the pub, Mum said, until late.",
    "at the gym, Strength and Conditioning sessions helped",
    "the local shops and the school were both close by",
    "The programme, linked to 'Early Help', ran all year.",
]


@pytest.mark.parametrize("kind, text, span", FIRES)
def test_fires(kind: str, text: str, span: str) -> None:
    assert (kind, span) in found(text), found(text)


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert found(text) == []
