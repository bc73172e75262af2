"""Golden lint fixtures: one file per rule, with cases that fire and cases that do not.

A fixture (tests/lint_fixtures/CODE.yml) holds `cases`; each case patches a copy of
`_base.yml` (a complete, moderated, lint-clean record) with `set` (merged in) and
`remove` (dotted paths), or gives the file's whole `text`; `files` adds more records
(by id, each a patch of the base) for rules that look across records. `expect` lists
the exact findings of the fixture's rule: "field: severity CODE message".
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.lint import REGISTRY, lint_paths, load_settings

HERE = Path(__file__).parent / "lint_fixtures"
ROOT = HERE.parents[1]
BASE = yaml.safe_load((HERE / "_base.yml").read_text(encoding="utf-8"))
FIXTURES = sorted(p for p in HERE.glob("*.yml") if not p.name.startswith("_"))


def _merge(target: dict, patch: dict) -> None:
    for key, value in patch.items():
        if isinstance(value, dict) and isinstance(target.get(key), dict):
            _merge(target[key], value)
        else:
            target[key] = value


def _remove(target: Any, dotted: str) -> None:
    *parents, last = dotted.split(".")
    for part in parents:
        target = target[int(part)] if isinstance(target, list) else target[part]
    if isinstance(target, list):
        del target[int(last)]
    else:
        del target[last]


def _record(case: dict, record_id: str) -> str:
    if "text" in case:
        return case["text"]
    data = copy.deepcopy(BASE)
    data["id"] = record_id
    _merge(data, case.get("set", {}))
    for path in case.get("remove", []):
        _remove(data, path)
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)


def _cases():
    for fixture in FIXTURES:
        spec = yaml.safe_load(fixture.read_text(encoding="utf-8"))
        for case in spec["cases"]:
            yield pytest.param(spec["rule"], case, id=f"{fixture.stem}-{case['name']}")


@pytest.mark.parametrize("code, case", list(_cases()))
def test_lint_fixture(code: str, case: dict, tmp_path: Path, framework) -> None:
    folder = tmp_path / "audits" / "2026"
    folder.mkdir(parents=True)
    name = case.get("file", "DDA-2026-001.yml")
    (folder / name).write_text(_record(case, "DDA-2026-001"), encoding="utf-8")
    for extra_name, patch in (case.get("files") or {}).items():
        (folder / extra_name).write_text(_record(patch, patch.get("id", Path(extra_name).stem)), encoding="utf-8")
    settings = load_settings(ROOT / "site_config" / "lint.yml")  # the shipped settings and word lists
    result = lint_paths([tmp_path / "audits"], tmp_path, framework, settings)
    got = [f"{p.field or '-'}: {p.severity} {p.rule} {p.message}" for p in result.problems
           if p.rule == code and p.file == f"audits/2026/{name}"]
    assert got == case["expect"]


def test_base_record_is_clean(tmp_path: Path, framework) -> None:
    folder = tmp_path / "audits" / "2026"
    folder.mkdir(parents=True)
    for rid in ("DDA-2026-001", "DDA-2026-002"):  # a pair, so the combination rule has company
        (folder / f"{rid}.yml").write_text(_record({}, rid), encoding="utf-8")
    result = lint_paths([tmp_path / "audits"], tmp_path, framework, load_settings(tmp_path / "none.yml"))
    assert [f"{p.rule} {p.field} {p.message}" for p in result.problems] == []


@pytest.mark.parametrize("code", sorted(REGISTRY))
def test_every_rule_is_documented_and_has_both_kinds_of_fixture(code: str) -> None:
    rule = REGISTRY[code]
    for heading in ("## What it does", "## Why it matters", "## Example", "## Instead"):
        assert heading in rule.doc, f"{code} documentation lacks {heading}"
    fixture = HERE / f"{code}.yml"
    assert fixture.exists(), f"{code} has no fixture file"
    spec = yaml.safe_load(fixture.read_text(encoding="utf-8"))
    assert spec["rule"] == code
    assert any(c["expect"] for c in spec["cases"]), f"{code} has no case that fires"
    assert any(not c["expect"] for c in spec["cases"]), f"{code} has no case that stays quiet"
