"""Golden files: the Markdown rendered for invented audits, a standard and a theme.

The fixtures under fixtures/audits/ are invented and stable; the framework and the
templates are the project's own. After an intended change to a template, regenerate:

    AUDITKB_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/site/test_site_golden.py

and read the diff of tests/site/golden/ before committing it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from generator.project import Project
from generator.site import render_tree

from sitekit import GOLDEN, ROOT, load_fixtures

UPDATE = os.environ.get("AUDITKB_UPDATE_GOLDEN") == "1"

PAGES = {
    "audit-DDA-2024-901.md": "docs/audits/DDA-2024-901.md",
    "audit-DDA-2024-903.md": "docs/audits/DDA-2024-903.md",
    "standard-4.md": "docs/standards/4.md",
    "theme-neglect.md": "docs/themes/neglect.md",
}


@pytest.fixture(scope="module")
def rendered(framework, settings):
    return render_tree(Project(ROOT), framework, load_fixtures(), settings)


def _check(name: str, actual: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
    assert path.exists(), f"{path} is missing: run with AUDITKB_UPDATE_GOLDEN=1 to create it"
    expected = path.read_text(encoding="utf-8")
    assert actual == expected, f"{name} differs from its golden file; if the change is intended, regenerate"


@pytest.mark.parametrize("golden", sorted(PAGES))
def test_page_matches_golden(rendered, golden: str) -> None:
    files, _ = rendered
    _check(golden, files[PAGES[golden]].decode("utf-8"))


def test_problems_match_golden(rendered) -> None:
    _, problems = rendered
    actual = json.dumps([p.as_json() for p in problems], indent=2, ensure_ascii=False) + "\n"
    _check("problems.json", actual)


def test_golden_files_are_all_used() -> None:
    names = {p.name for p in Path(GOLDEN).iterdir()}
    assert names <= set(PAGES) | {"problems.json"}, names - set(PAGES)
