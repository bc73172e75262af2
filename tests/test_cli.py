"""The command line as a user runs it: exit codes, formats, no tracebacks."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=120)


@pytest.fixture
def kb(tmp_path: Path) -> Path:
    """A copy of the knowledge base's framework with an empty audits/ folder."""
    shutil.copytree(ROOT / "standards", tmp_path / "standards")
    shutil.copytree(ROOT / "schema", tmp_path / "schema")
    (tmp_path / "audits" / "2026").mkdir(parents=True)
    return tmp_path


BROKEN = {
    "syntax": "id: DDA-2026-001\nstatus: draft\nsummary: [oops\n",
    "duplicate": "id: DDA-2026-001\nstatus: draft\nsummary: a\nsummary: b\n",
    "type": "id: DDA-2026-001\nstatus: draft\nthemes: neglect\n",
}


@pytest.mark.parametrize("kind", sorted(BROKEN))
def test_lint_reports_problems_with_positions_and_exits_1(kind: str, kb: Path) -> None:
    path = kb / "audits" / "2026" / "DDA-2026-001.yml"
    path.write_text(BROKEN[kind], encoding="utf-8")
    out = run("lint", str(path), cwd=kb)
    assert out.returncode == 1
    assert "Traceback" not in out.stdout + out.stderr
    (first,) = [line for line in out.stdout.splitlines() if ": error " in line]
    assert first.startswith("audits/2026/DDA-2026-001.yml:")
    line, column = first.split(":")[1:3]
    assert int(line) >= 3 and int(column) >= 1
    assert out.stdout.splitlines()[-1].startswith("1 file checked: 1 error,")


def test_lint_json_format(kb: Path) -> None:
    path = kb / "audits" / "2026" / "DDA-2026-001.yml"
    path.write_text(BROKEN["duplicate"], encoding="utf-8")
    out = run("lint", "--format", "json", cwd=kb)
    assert out.returncode == 1
    report = json.loads(out.stdout)
    assert report["files"] == 1
    (finding,) = [f for f in report["findings"] if f["severity"] == "error"]
    assert finding == {"file": "audits/2026/DDA-2026-001.yml", "line": 4, "column": 1, "rule": "S001",
                       "category": "syntax", "severity": "error", "field": "summary",
                       "message": "duplicate key `summary` (first written at line 3)"}


def test_lint_samples_exits_0() -> None:
    out = run("lint")
    assert out.returncode == 0, out.stdout[-2000:]
    assert out.stdout.strip().splitlines()[-1].endswith("checked: no problems.") or " 0 errors" in out.stdout


def test_bad_usage_exits_2(kb: Path) -> None:
    assert run("lint", "no/such/file.yml", cwd=kb).returncode == 2
    assert run("explain", "NOPE", cwd=kb).returncode == 2
    assert run("frobnicate", cwd=kb).returncode == 2


def test_broken_framework_exits_2_without_traceback(kb: Path) -> None:
    (kb / "standards" / "grades.yml").write_text("grades: [oops\n", encoding="utf-8")
    out = run("lint", cwd=kb)
    assert out.returncode == 2
    assert "grades.yml:" in out.stderr and "Traceback" not in out.stderr


def test_schema_prints_draft_2020_12() -> None:
    out = run("schema")
    assert out.returncode == 0
    schema = json.loads(out.stdout)
    assert schema["$schema"].endswith("2020-12/schema")
    assert run("schema", "--check").returncode == 0


def test_new_writes_every_section_at_the_next_free_id(kb: Path) -> None:
    (kb / "audits" / "2026" / "DDA-2026-007.yml").write_text("id: DDA-2026-007\nstatus: draft\n")
    out = run("new", cwd=kb)
    assert out.returncode == 0, out.stderr
    year = __import__("datetime").date.today().year
    expected = kb / "audits" / str(year) / (f"DDA-{year}-008.yml" if year == 2026 else f"DDA-{year}-001.yml")
    assert expected.exists()
    text = expected.read_text(encoding="utf-8")
    for section in ("summary:", "file_check:", "practitioner:", "child_views:", "parent_views:", "areas:",
                    "risk:", "impact:", "overall:", "views:", "actions:", "learning:", "qa:", "moderation:"):
        assert f"\n{section}" in text or f"  {section}" in text
    lint = run("lint", str(expected), cwd=kb)
    assert "S00" not in lint.stdout, lint.stdout  # loads and fits the record format


def test_rules_and_explain() -> None:
    out = run("rules")
    assert out.returncode == 0 and "V101" in out.stdout
    out = run("explain", "V101")
    assert out.returncode == 0
    for heading in ("## What it does", "## Why it matters", "## Example", "## Instead"):
        assert heading in out.stdout
