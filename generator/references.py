"""Statement references written inline in free text: "PS 4.7", "practice standard 4.7", "standard 4.7".

One finder for the linter (which reports references to statements that do not
exist) and for the pages (which turn the rest into links), so both agree on what
counts as a reference.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

_NUMBER = r"\d+\.\d+[a-z]?"
# A prefix, then one or more statement numbers: "PS 2.3, 2.5 and 5.1".
_REFERENCE = re.compile(
    rf"\b(?:PS|practice\s+standards?|standards?)\s*(?P<list>{_NUMBER}(?:\s*(?:,|&|/|and|or)\s*{_NUMBER})*)(?![\w.]*\d)",
    re.IGNORECASE,
)
_ONE = re.compile(_NUMBER)
# Every reference holds a statement number; most text holds none, and this is cheaper to rule out.
_ANY_NUMBER = re.compile(r"\d\.\d")


@dataclass(frozen=True)
class InlineReference:
    start: int
    end: int
    """Offsets of the statement number (not the prefix) in the text."""
    statement: str


def may_refer(text: str) -> bool:
    """False when the text cannot hold a reference (it has no statement number): cheap."""
    return _ANY_NUMBER.search(text) is not None


def find_references(text: str) -> Iterator[InlineReference]:
    """Every statement number that an inline reference names, in order."""
    if _ANY_NUMBER.search(text) is None:
        return
    for match in _REFERENCE.finditer(text):
        base = match.start("list")
        for number in _ONE.finditer(match.group("list")):
            yield InlineReference(base + number.start(), base + number.end(), number.group(0).lower())
