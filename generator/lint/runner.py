"""Running the rules over records: load, check, apply settings and waivers."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from ..framework import Framework
from ..problems import Problem
from ..records import LoadedRecord, load_record, record_files
from .rule import REGISTRY, CollectionContext, RecordContext, Rule, to_problem
from .settings import LintSettings


@dataclass
class LintResult:
    records: list[LoadedRecord]
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> int:
        return sum(p.severity == "error" for p in self.problems)

    @property
    def warnings(self) -> int:
        return sum(p.severity == "warning" for p in self.problems)

    def problems_of(self, loaded: LoadedRecord) -> list[Problem]:
        return [p for p in self.problems if p.file == loaded.display]


def _waived(rule_: Rule, problem: Problem, loaded: LoadedRecord) -> bool:
    record = loaded.record
    if record is None or not record.waivers:
        return False
    if rule_.category == "privacy" and rule_.severity == "error":
        return False  # nothing identifying is published, whatever a record says
    for w in record.waivers:
        if w.rule != rule_.code:
            continue
        if w.field is None or (problem.field or "").startswith(w.field):
            return True
    return False


def _enabled(settings: LintSettings, scope: str) -> list[tuple[Rule, Any]]:
    out = []
    for rule_ in REGISTRY.values():
        setting = settings.of(rule_)
        if setting.severity != "off" and rule_.scope == scope:
            out.append((rule_, setting))
    return out


def record_problems(loaded: LoadedRecord, framework: Framework, settings: LintSettings,
                    shared: dict) -> list[Problem]:
    """Every enabled record-scope rule over one record that loaded, waivers applied.

    Depends on nothing but the record, the framework and the settings, so its result
    can be kept by the record's content hash (auditkb serve) or made in another process.
    """
    problems: list[Problem] = []
    if loaded.record is None:
        return problems
    for rule_, setting in _enabled(settings, "record"):
        for hit in rule_.check(RecordContext(loaded, framework, setting.options, shared)):
            problem = to_problem(rule_, hit, setting.severity)
            if not _waived(rule_, problem, loaded):
                problems.append(problem)
    return problems


def collection_problems(records: list[LoadedRecord], framework: Framework, settings: LintSettings,
                        shared: dict) -> list[Problem]:
    """Every enabled collection-scope rule (duplicate ids, rare combinations) over all records."""
    usable = [r for r in records if r.record is not None]
    by_display = {r.display: r for r in usable}
    problems: list[Problem] = []
    for rule_, setting in _enabled(settings, "collection"):
        for hit in rule_.check(CollectionContext(usable, framework, setting.options, shared)):
            problem = to_problem(rule_, hit, setting.severity)
            if not _waived(rule_, problem, by_display[problem.file]):
                problems.append(problem)
    return problems


def new_shared(settings: LintSettings) -> dict:
    """The per-run state rules share (the site_config folder; caches rules keep in it)."""
    return {"site_config": settings.site_config}


def run_rules(records: list[LoadedRecord], framework: Framework, settings: LintSettings) -> list[Problem]:
    """Every enabled rule over every record that loaded."""
    shared = new_shared(settings)
    problems: list[Problem] = []
    for loaded in records:
        problems += record_problems(loaded, framework, settings, shared)
    problems += collection_problems(records, framework, settings, shared)
    return problems


def lint_paths(paths: Iterable[Path], root: Path, framework: Framework, settings: LintSettings) -> LintResult:
    """Load every record under `paths` and run the rules."""
    records = [load_record(p, root) for p in record_files(paths)]
    result = LintResult(records)
    for loaded in records:
        result.problems += loaded.problems
    result.problems += run_rules(records, framework, settings)
    result.problems.sort(key=lambda p: (p.file, p.line, p.column, p.rule))
    return result
