"""Places found beside places already found (``generator/privacy/nearplaces.py``), the rules
added in the ninth session: the words after "at" and before a town's comma when they end in a
place's head word ("caravan @ sandy bay, yarmouth"), and a town after a dash in a subject line
("Missing - Charlie T - Taunton"). Each fires where it should and stays quiet where it should
not. All text is invented."""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py

FIRES = [
    ("named-place", "02:15 sat: police attended caravan @ sandy bay, yarmouth. dad arrested.", "sandy bay"),
    ("named-place", "kinship visit @ the pan estate, newport. nan there", "pan estate"),
    ("named-place", "Subj: Missing - Charlie T - Taunton. Last seen 21:00", "Taunton"),
]

QUIET = [
    "seen at the local park, hull was busy",
    "met at the caravan park, then went home",
    "Leeds - the team met on Tuesday",
]


@pytest.mark.parametrize("kind, text, span", FIRES)
def test_fires(kind: str, text: str, span: str) -> None:
    assert any(k == kind and span in s for k, s in found(text)), found(text)


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    spans = [s for k, s in found(text) if k == "named-place"]
    assert not any(w in s for s in spans for w in ("local park", "caravan park", "Leeds")), spans
