"""What a lint rule is, and what it sees.

A rule has a code (`V101`), a name that names the bad pattern
(`unknown-vocabulary-value`), a category, a default severity, options with
defaults, and documentation: its docstring, under the fixed headings
"What it does", "Why it matters", "Example" and "Instead".
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator

from ..framework import Framework
from ..problems import Problem
from ..records import LoadedRecord, dotted
from ..record import Record
from ..yamlsource import Path_


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    category: str
    severity: str
    check: Callable[..., Iterable["Hit"]]
    scope: str = "record"
    """`record`: sees one record; `collection`: sees all records at once."""
    options: dict[str, Any] = field(default_factory=dict)

    @property
    def doc(self) -> str:
        return inspect.cleandoc(self.check.__doc__ or "")

    @property
    def summary(self) -> str:
        return self.doc.splitlines()[0] if self.doc else ""


@dataclass(frozen=True)
class Hit:
    """What a rule reports: a place in a record and a message (positions come later)."""

    loaded: LoadedRecord
    path: Path_
    message: str
    start: int | None = None
    end: int | None = None
    key: bool = False
    """Point at the key rather than the value (for unknown or missing keys)."""
    advisory: bool = False
    """Report at most as a warning (a draft may be incomplete)."""


@dataclass
class RecordContext:
    """What a record-scope rule sees."""

    loaded: LoadedRecord
    framework: Framework
    options: dict[str, Any]
    shared: dict[str, Any] = field(default_factory=dict)
    """Per-run state rules share: the site_config folder, caches."""

    @property
    def record(self) -> Record:
        assert self.loaded.record is not None
        return self.loaded.record

    def hit(self, path: Path_, message: str, **kw: Any) -> Hit:
        return Hit(self.loaded, tuple(path), message, **kw)


@dataclass
class CollectionContext:
    """What a collection-scope rule sees: every record that loaded."""

    records: list[LoadedRecord]
    framework: Framework
    options: dict[str, Any]
    shared: dict[str, Any] = field(default_factory=dict)

    def hit(self, loaded: LoadedRecord, path: Path_, message: str, **kw: Any) -> Hit:
        return Hit(loaded, tuple(path), message, **kw)


REGISTRY: dict[str, Rule] = {}


def rule(code: str, name: str, *, category: str, severity: str = "error", scope: str = "record",
         **options: Any) -> Callable[[Callable[..., Iterator[Hit]]], Callable[..., Iterator[Hit]]]:
    """Register a check function as a rule."""

    def register(func: Callable[..., Iterator[Hit]]) -> Callable[..., Iterator[Hit]]:
        if code in REGISTRY:
            raise RuntimeError(f"rule code {code} registered twice")
        REGISTRY[code] = Rule(code, name, category, severity, func, scope, dict(options))
        return func

    return register


def to_problem(rule_: Rule, hit: Hit, severity: str) -> Problem:
    line, column = hit.loaded.position(hit.path, key=hit.key)
    if hit.advisory:
        severity = "warning"
    return Problem(
        file=hit.loaded.display, line=line, column=column, rule=rule_.code, rule_name=rule_.name,
        category=rule_.category, severity=severity,  # type: ignore[arg-type]
        message=hit.message, field=dotted(hit.path) or None, start=hit.start, end=hit.end,
    )
