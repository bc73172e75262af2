"""What a change to a data list does to clean text: the findings clean passages gain.

Shared by the scripts that cut a hand-written list before it joins the scanner's data
(``neighbourhoods_needed.py``, ``first_names_needed.py``): a name that makes a clean passage
flag is left out, so a list can only add findings where text identifies someone.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from generator.privacy import PrivacyScanner, lexicon  # noqa: E402
from privacy_recall import load_corpus  # noqa: E402

DEFAULT_CLEAN = [ROOT / "tests" / "privacy_corpus", ROOT / "tests" / "privacy_open"]


def clean_texts(dirs: list[Path]) -> list[str]:
    """The clean passages (no labels) of the corpora under ``dirs``."""
    return [p.text for d in dirs for p in load_corpus(d) if not p.labels]


def gained_spans(clean: list[str], change: Callable[[], None]) -> list[str]:
    """The text of each finding that a clean passage gains once ``change`` has rewritten a
    data file (the lexicon is reloaded between the two scans), in lower case."""
    lexicon.load_lexicon.cache_clear()
    before = PrivacyScanner().scan_many(clean)
    change()
    lexicon.load_lexicon.cache_clear()
    after = PrivacyScanner().scan_many(clean)
    out: list[str] = []
    for text, old, new in zip(clean, before, after):
        for s, e in {(f.start, f.end) for f in new} - {(f.start, f.end) for f in old}:
            out.append(text[s:e].lower())
    return out
