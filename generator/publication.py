"""Which records are published, and why each of the others is held back.

A record is published when its status is `moderated`, QA marked it complete, and
it has no lint errors. Nothing is dropped silently: every other record is held
back with its reason, and the build's report lists them.
"""

from __future__ import annotations

from dataclasses import dataclass

from .lint import LintResult
from .records import LoadedRecord


@dataclass(frozen=True)
class HeldBack:
    display: str
    record_id: str | None
    reason: str


@dataclass
class Publication:
    published: list[LoadedRecord]
    held_back: list[HeldBack]


def decide(result: LintResult) -> Publication:
    errors_by_file: dict[str, list] = {}
    for p in result.problems:
        if p.severity == "error":
            errors_by_file.setdefault(p.file, []).append(p)
    published, held = [], []
    for loaded in result.records:
        record = loaded.record
        rid = record.id if record else None
        errors = errors_by_file.get(loaded.display, [])
        if record is None:
            held.append(HeldBack(loaded.display, rid, f"cannot be read ({len(errors)} error(s))"))
        elif record.status != "moderated":
            held.append(HeldBack(loaded.display, rid, f"status is {record.status}, not moderated"))
        elif not (record.qa and record.qa.complete):
            held.append(HeldBack(loaded.display, rid, "QA has not marked it complete"))
        elif errors:
            privacy = sum(p.category == "privacy" for p in errors)
            why = f"{len(errors)} lint error(s)" + (f", {privacy} of them privacy" if privacy else "")
            held.append(HeldBack(loaded.display, rid, why))
        else:
            published.append(loaded)
    return Publication(published, held)
