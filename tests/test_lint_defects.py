"""Issue 4's bar: a copy of a sample with any one defect exits 1 with a finding on that field."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "audits" / "2026" / "DDA-2026-004.yml"

# name: (text to replace in the sample, replacement, field the finding must name)
DEFECTS = {
    "required answer removed": ("  complete: yes\n", "  complete:\n", "qa.complete"),
    "score of 11": (None, None, "child_views.listened"),
    "unknown grade": ("final_grade: good", "final_grade: excellent", "moderation.final_grade"),
    "file check no without comment": (None, None, "file_check.basic_details.answer"),
    "statement 4.12": (None, None, "areas.risk.standards.0"),
    "unknown theme": ("themes: [", "themes: [neglet, ", "themes.0"),
    "dates out of order": (None, None, "qa.date"),
    "action without owner": (None, None, "actions.0.by"),
    "misspelt key": ("\nsummary:", "\nsumary:", "sumary"),
}


def _edit(text: str, name: str) -> str:
    old, new, _ = DEFECTS[name]
    if old is not None:
        assert old in text, f"the sample no longer has {old!r}"
        return text.replace(old, new, 1)
    import yaml  # structural edits: load, change, dump (the sample's wording does not matter)

    data = yaml.safe_load(text)
    if name == "score of 11":
        data["child_views"]["listened"] = 11
    elif name == "file check no without comment":
        data["file_check"]["basic_details"] = {"answer": "no"}
    elif name == "statement 4.12":
        data["areas"]["risk"]["standards"] = ["4.12"]
    elif name == "dates out of order":
        data["qa"]["date"] = data["audit_date"].replace(year=data["audit_date"].year - 1)
    elif name == "action without owner":
        data["actions"][0].pop("by")
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True)


def _lint(folder: Path) -> tuple[int, dict]:
    out = subprocess.run([sys.executable, "-m", "generator", "--root", str(folder), "lint", "--format", "json"],
                         capture_output=True, text=True, timeout=120)
    assert "Traceback" not in out.stderr
    return out.returncode, json.loads(out.stdout)


@pytest.fixture
def kb(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "standards", tmp_path / "standards")
    (tmp_path / "audits" / "2026").mkdir(parents=True)
    return tmp_path


def test_the_untouched_copy_is_clean(kb: Path) -> None:
    shutil.copy(SAMPLE, kb / "audits" / "2026" / SAMPLE.name)
    code, report = _lint(kb)
    assert code == 0 and [f for f in report["findings"] if f["severity"] == "error"] == []


@pytest.mark.parametrize("name", sorted(DEFECTS))
def test_one_defect_exits_1_with_a_finding_on_its_field(name: str, kb: Path) -> None:
    target = kb / "audits" / "2026" / SAMPLE.name
    target.write_text(_edit(SAMPLE.read_text(encoding="utf-8"), name), encoding="utf-8")
    code, report = _lint(kb)
    assert code == 1
    fields = {f["field"] for f in report["findings"] if f["severity"] == "error"}
    assert DEFECTS[name][2] in fields, fields


def test_duplicated_id_exits_1(kb: Path) -> None:
    shutil.copy(SAMPLE, kb / "audits" / "2026" / SAMPLE.name)
    shutil.copy(SAMPLE, kb / "audits" / "2026" / "DDA-2026-099.yml")
    code, report = _lint(kb)
    assert code == 1
    rules = {(f["file"], f["rule"], f["field"]) for f in report["findings"]}
    assert ("audits/2026/DDA-2026-004.yml", "I101", "id") in rules
    assert ("audits/2026/DDA-2026-099.yml", "I101", "id") in rules
