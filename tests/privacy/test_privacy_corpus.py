"""The labelled corpus meets the recall and false-positive targets (benchmarks/privacy_recall.py)."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("privacy_recall", ROOT / "benchmarks" / "privacy_recall.py")
bench = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("privacy_recall", bench)
_spec.loader.exec_module(bench)

PASSAGES = bench.load_corpus(ROOT / "tests" / "privacy_corpus")


def test_corpus_size_and_balance() -> None:
    labelled = [p for p in PASSAGES if p.labels]
    clean = [p for p in PASSAGES if not p.labels]
    assert len(PASSAGES) >= 300
    assert len(labelled) >= 150 and len(clean) >= 150


@pytest.mark.parametrize("split", sorted({p.split for p in PASSAGES}) + ["all"])
def test_targets(split: str) -> None:
    passages = PASSAGES if split == "all" else [p for p in PASSAGES if p.split == split]
    report = bench.score(passages)
    assert report.failures() == []


def test_benchmark_cli_exit_code(tmp_path: Path) -> None:
    (tmp_path / "c.yml").write_text(
        "- text: 'Kayla said so.'\n  labels: [{kind: personal-name, text: Kayla}]\n"
        "- text: 'The IRO agreed.'\n  labels: []\n",
        encoding="utf-8",
    )
    assert bench.main([str(tmp_path)]) == 0
    (tmp_path / "d.yml").write_text("- text: 'The IRO agreed.'\n  labels: [{kind: personal-name, text: IRO}]\n", encoding="utf-8")
    assert bench.main([str(tmp_path)]) == 1
    (tmp_path / "e.yml").write_text("- text: 'x'\n  labels: [{kind: nope, text: x}]\n", encoding="utf-8")
    assert bench.main([str(tmp_path)]) == 2
