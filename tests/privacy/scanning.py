"""What the rule tests share: one scanner with the built-in lists, and what it found as
(kind, text) pairs, so that a test can say which words fired (the product never prints them)."""
from __future__ import annotations

from generator.privacy import PrivacyScanner

SCANNER = PrivacyScanner()


def found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start:f.end]) for f in SCANNER.scan(text)]


def found_many(texts: list[str]) -> list[list[tuple[str, str]]]:
    """``found`` for each of ``texts``, scanned together as the linter scans a record's fields."""
    return [[(f.kind, t[f.start:f.end]) for f in fs] for t, fs in zip(texts, SCANNER.scan_many(texts))]
