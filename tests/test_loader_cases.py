"""Golden loader fixtures: each file in loader_cases/ holds an input and the exact problems expected.

Keys of a case file: `input` (text) or `input_hex` (raw bytes), and `expect`, a list
of "line:column: message" strings (an empty list: the input loads cleanly).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator.records import load_record

CASES = sorted((Path(__file__).parent / "loader_cases").glob("*.yml"))


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_loader_case(case: Path, tmp_path: Path) -> None:
    spec = yaml.safe_load(case.read_text(encoding="utf-8"))
    target = tmp_path / "DDA-2026-001.yml"
    if "input_hex" in spec:
        target.write_bytes(bytes.fromhex(spec["input_hex"].replace(" ", "").replace("\n", "")))
    else:
        target.write_text(spec["input"], encoding="utf-8")
    loaded = load_record(target, tmp_path)
    got = [f"{p.line}:{p.column}: {p.message}" for p in loaded.problems]
    assert got == spec["expect"]
    assert all(p.file == "DDA-2026-001.yml" for p in loaded.problems)


def test_every_kind_of_problem_has_a_case() -> None:
    names = {c.stem for c in CASES}
    for kind in ("syntax-error", "duplicate-key", "wrong-type", "number-as-reference", "yes-no",
                 "unknown-key", "identifying-key", "empty", "list-not-mapping", "binary",
                 "wrong-encoding", "alias-bomb", "deep-nesting", "off-scale", "clean"):
        assert kind in names, f"no loader case for {kind}"


def test_huge_file_is_refused_before_parsing(tmp_path: Path) -> None:
    target = tmp_path / "DDA-2026-001.yml"
    target.write_text("id: DDA-2026-001\nstatus: draft\nsummary: " + "word " * 400_000 + "\n", encoding="utf-8")
    loaded = load_record(target, tmp_path)
    assert [p.message for p in loaded.problems] == ["the file is 2,000 KB; a record is at most 1,000 KB"]
    assert loaded.record is None


def test_missing_file_is_a_problem_not_a_traceback(tmp_path: Path) -> None:
    loaded = load_record(tmp_path / "DDA-2026-404.yml", tmp_path)
    assert len(loaded.problems) == 1 and loaded.problems[0].message.startswith("cannot read the file")
