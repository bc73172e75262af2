"""Golden output of each lint format, on one small broken record."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = Path(__file__).parent / "report_golden"
RECORD = """\
id: DDA-2026-001
status: qa-checked
title: Neglect - a record with problems, for the report formats
summary: A short summary naming PS 4.12, which does not exist.
themes: [neglet]
actions:
  - {action: "Update the plan, with the family", by: Team Manager}
"""


@pytest.mark.parametrize("fmt", ["text", "json", "github"])
def test_format_matches_golden(fmt: str, tmp_path: Path) -> None:
    (tmp_path / "audits" / "2026").mkdir(parents=True)
    (tmp_path / "standards").symlink_to(ROOT / "standards")
    (tmp_path / "audits" / "2026" / "DDA-2026-001.yml").write_text(RECORD, encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "generator", "lint", "--format", fmt], cwd=tmp_path,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 1
    golden = GOLDEN / f"report.{fmt}"
    if os.environ.get("AUDITKB_UPDATE_GOLDEN"):
        golden.write_text(out.stdout, encoding="utf-8")
    assert out.stdout == golden.read_text(encoding="utf-8")
