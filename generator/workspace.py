"""One knowledge base's inputs and what auditkb made of them, kept between runs.

`auditkb build` and `auditkb lint` run a Workspace once, from cold; `auditkb serve`
keeps one and runs it again after every save. Only what changed is done again:

- a record is read, validated and linted again when its bytes change (files are
  checked by size and modification time, then by a hash of their content);
- an audit page's Markdown is rendered again when its record changed;
- everything is dropped when anything else that shapes the results changes: the
  framework (standards/), site_config/ (lint settings, privacy lists, templates,
  site settings), content/ or mkdocs.yml.

Rules over the whole collection (duplicate ids, rare combinations) and the site
index depend on every record, so they run on every pass; they are cheap.

From cold, the per-record work (load, record rules) and the rendering of audit
pages are shared between processes (`jobs`): MkDocs uses one core, and a QA
team's laptop has more.
"""

from __future__ import annotations

import gc
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from .framework import Framework, load_framework
from .lint import LintResult, LintSettings, load_settings
from .parallel import load_and_work
from .lint.runner import collection_problems, new_shared, record_problems
from .problems import ConfigError, Problem
from .project import Project
from .publication import Publication, decide
from .records import LoadedRecord, load_record, record_files

# Below this many records a second process costs more than it saves.
PARALLEL_FROM = 150


def tune_gc() -> None:
    """Collect cycles less often. A knowledge base is millions of small objects that live
    for the whole run (records, their text, the index), and Python's cycle collector
    walks them all on each full collection: at 1,000 audits that was a third of a
    regenerate. auditkb's data makes few cycles; reference counting frees the rest."""
    gc.set_threshold(50_000, 20, 100)


@dataclass
class Checked:
    """The result of loading and linting every record."""

    framework: Framework
    settings: LintSettings
    result: LintResult
    publication: Publication
    reloaded: int = 0
    """How many records were read and linted again on this run (the rest came from the cache)."""


@dataclass
class _Entry:
    signature: tuple[int, int]
    """(size, modification time in ns) when the file was last read."""
    loaded: LoadedRecord
    problems: list[Problem]
    """Reading problems and record-rule problems, waivers applied."""


@dataclass
class Workspace:
    project: Project
    jobs: int = 1
    _inputs: tuple | None = None
    _framework: Framework | None = None
    _settings: LintSettings | None = None
    _shared: dict[str, Any] = field(default_factory=dict)
    _records: dict[Path, _Entry] = field(default_factory=dict)
    site_cache: dict[str, Any] = field(default_factory=dict)
    """What the site generator keeps between runs (rendered pages, what was written)."""
    timings: dict[str, float] = field(default_factory=dict)
    """Wall-clock seconds of the last check(): `load`, `lint` (for the benchmark)."""

    # --- inputs other than records ------------------------------------------------

    def _inputs_signature(self) -> tuple:
        """Size and modification time of every file that shapes results other than records."""
        p = self.project
        entries = []
        for folder in (p.standards, p.site_config, p.content):
            if folder.is_dir():
                for path in sorted(folder.rglob("*")):
                    if path.is_file():
                        st = path.stat()
                        entries.append((str(path), st.st_size, st.st_mtime_ns))
        if p.mkdocs_yml.is_file():
            st = p.mkdocs_yml.stat()
            entries.append((str(p.mkdocs_yml), st.st_size, st.st_mtime_ns))
        return tuple(entries)

    def _refresh_inputs(self) -> None:
        signature = self._inputs_signature()
        if signature == self._inputs and self._framework is not None:
            return
        project = self.project
        if not project.standards.is_dir():
            raise ConfigError(f"no standards/ folder in {project.root}; run auditkb inside a knowledge base "
                              "or pass --root")
        framework = load_framework(project.standards)
        settings = load_settings(project.site_config / "lint.yml")
        self._framework, self._settings = framework, settings
        self._shared = new_shared(settings)
        self._records.clear()
        self.site_cache.clear()
        self._inputs = signature

    @property
    def framework(self) -> Framework:
        self._refresh_inputs()
        assert self._framework is not None
        return self._framework

    # --- records ----------------------------------------------------------------

    def check(self, paths: Iterable[Path] | None = None) -> Checked:
        """Load and lint the records under `paths` (default: audits/), reusing what is unchanged."""
        self._refresh_inputs()
        framework, settings = self._framework, self._settings
        assert framework is not None and settings is not None
        files = record_files(list(paths) if paths is not None else [self.project.audits])
        entries: dict[Path, _Entry] = {}
        stale: list[tuple[Path, tuple[int, int]]] = []
        for path in files:
            signature = _signature(path)
            entry = self._records.get(path)
            if entry is not None and signature is not None and entry.signature == signature:
                entries[path] = entry
            else:
                stale.append((path, signature or (-1, -1)))
        started = time.perf_counter()
        fresh = self._load_and_lint([p for p, _ in stale])
        for (path, signature), (loaded, problems) in zip(stale, fresh):
            old = self._records.get(path)
            if old is not None and loaded.digest and old.loaded.digest == loaded.digest:
                entries[path] = _Entry(signature, old.loaded, old.problems)  # touched, not changed
            else:
                entries[path] = _Entry(signature, loaded, problems)
        if paths is None:
            self._records = entries  # forget files that were deleted
        else:
            self._records.update(entries)
        records = [entries[p].loaded for p in files]
        result = LintResult(records)
        for path in files:
            result.problems += entries[path].problems
        result.problems += collection_problems(records, framework, settings, self._shared)
        result.problems.sort(key=lambda p: (p.file, p.line, p.column, p.rule))
        self.timings["lint"] = time.perf_counter() - started - self.timings["load"]
        return Checked(framework, settings, result, decide(result), reloaded=len(stale))

    def _load_and_lint(self, paths: list[Path]) -> list[tuple[LoadedRecord, list[Problem]]]:
        framework, settings, root, shared = self._framework, self._settings, self.project.root, self._shared
        if not paths:
            self.timings["load"] = 0.0
            return []
        # the first record runs in this process, so that what rules build once (the
        # privacy scanner and its word lists) is there before any worker is forked
        started = time.perf_counter()
        first = load_record(paths[0], root)
        self.timings["load"] = time.perf_counter() - started
        first_problems = first.problems + record_problems(first, framework, settings, shared)
        rest = paths[1:]

        def lint(records: list[LoadedRecord]) -> list[list[Problem]]:
            return [r.problems + record_problems(r, framework, settings, shared) for r in records]

        jobs = self.jobs if len(rest) >= PARALLEL_FROM else 1
        loaded, lists, loading = load_and_work(rest, lambda p: load_record(p, root), lint, jobs)
        self.timings["load"] += loading
        return [(first, first_problems)] + list(zip(loaded, lists))


def _signature(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns)
