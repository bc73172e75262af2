"""Problems: what every stage returns instead of stopping at the first.

A problem points at a place in a file (1-based line and column) and, for findings
about a span of a field's text, at character offsets into that text. Messages
describe what is wrong; they never quote text that a privacy rule matched.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Literal, NamedTuple

Severity = Literal["error", "warning"]
CATEGORIES = ("syntax", "schema", "completeness", "consistency", "reference", "privacy")


class Position(NamedTuple):
    """Where a value (or key) starts in its source file, 1-based.

    A named tuple rather than a dataclass: the loader makes one per key and value,
    and tuples are several times cheaper to create.
    """

    line: int
    column: int


@dataclass(frozen=True, order=True)
class Problem:
    """One finding about one file."""

    file: str
    line: int
    column: int
    rule: str
    category: str
    severity: Severity
    message: str
    field: str | None = None
    start: int | None = None
    end: int | None = None
    # Kept out of ordering and equality: the rule's name, for humans.
    rule_name: str = dataclasses.field(default="", compare=False)

    def as_json(self) -> dict:
        out = {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "rule": self.rule,
            "category": self.category,
            "severity": self.severity,
            "field": self.field,
            "message": self.message,
        }
        if self.start is not None:
            out["start"] = self.start
            out["end"] = self.end
        return out


class AuditkbError(Exception):
    """Base of auditkb's own exceptions; the command line turns them into messages."""


class ConfigError(AuditkbError):
    """Raised when the framework or site settings cannot be used (exit code 2)."""


class BuildError(AuditkbError):
    """Raised when the site cannot be built (exit code 1); the old site/ is kept."""
