"""A whole synthetic knowledge base: the repository's framework and site, plus n records."""

from __future__ import annotations

import shutil
from pathlib import Path

from .emit import record_yaml
from .plan import plan_records
from .prose import compose

REPO = Path(__file__).resolve().parents[2]
"""The repository this package sits in: where the framework and site settings are copied from."""
COPIED = ("standards", "content", "site_config", "schema")
"""Folders copied into a synthetic knowledge base, when the source has them (and mkdocs.yml)."""


def generate_records(n: int, seed: int) -> dict[str, str]:
    """`n` records as {relative path: YAML text}, byte-identical for the same n and seed."""
    if n < 0:
        raise ValueError("n must be zero or more")
    out = {}
    for skeleton in plan_records(n, seed):
        year = skeleton.id.split("-")[1]
        out[f"audits/{year}/{skeleton.id}.yml"] = record_yaml(compose(skeleton))
    return out


def write_knowledge_base(target: Path, n: int, seed: int, source: Path = REPO) -> dict[str, str]:
    """Write a complete knowledge base to `target`; returns the records written.

    Copies `standards/`, `content/`, `site_config/`, `schema/` and `mkdocs.yml` from
    `source` (whichever exist), replacing any earlier copy, and replaces `audits/`
    with the n records. `build/` and `site/` are left alone.
    """
    target = Path(target)
    target.mkdir(parents=True, exist_ok=True)
    for name in COPIED:
        if (source / name).is_dir():
            shutil.rmtree(target / name, ignore_errors=True)
            shutil.copytree(source / name, target / name,
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    if (source / "mkdocs.yml").is_file():
        shutil.copyfile(source / "mkdocs.yml", target / "mkdocs.yml")
    shutil.rmtree(target / "audits", ignore_errors=True)
    records = generate_records(n, seed)
    for rel, text in records.items():
        path = target / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return records
