"""Helpers for the site tests: where things are, the invented records, a copied knowledge base."""

from __future__ import annotations

import shutil
from pathlib import Path

from generator.project import Project
from generator.records import LoadedRecord, load_record, record_files

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
GOLDEN = Path(__file__).resolve().parent / "golden"


def load_fixtures() -> list[LoadedRecord]:
    loaded = [load_record(p, ROOT) for p in record_files([FIXTURES / "audits"])]
    for item in loaded:
        assert not item.problems, item.problems
    return loaded


def publishable(loaded: LoadedRecord) -> bool:
    """The publication rule, as far as these tests need it (the lead's build also lints)."""
    r = loaded.record
    return (r is not None and not loaded.problems and r.status == "moderated"
            and r.qa is not None and r.qa.complete is True)


def load_samples(root: Path) -> list[LoadedRecord]:
    return [load_record(p, root) for p in record_files([root / "audits"])]


def copy_project(dest: Path, audits: Path | None = None) -> Project:
    """A knowledge base in `dest`: the project's framework, site config, content and
    mkdocs.yml, and the audits from `audits` (the fixtures by default)."""
    for name in ("standards", "site_config", "content"):
        shutil.copytree(ROOT / name, dest / name)
    shutil.copy(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    shutil.copytree(audits or FIXTURES / "audits", dest / "audits")
    return Project(dest)


def tree_bytes(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` by relative path, with its content."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}
