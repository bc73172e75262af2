"""The benchmark's target checks and report (no timing here: the benchmark checks the targets)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("bench_report", ROOT / "benchmarks" / "report.py")
report = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(report)


def _row(n: int, **over) -> dict:
    row = {"n": n, "repeats": 1, "ratio": 0.1, "ratio_cpu": 0.1, "lint_records_per_s": 800,
           "lint_records_per_s_cpu": 800, "deterministic": True,
           "auditkb": {"load": 1.0, "load_cpu": 1.0, "lint": 0.5, "stages": 2.0, "stages_cpu": 2.0, "peak_mb": 200.0},
           "mkdocs": {"build": 20.0, "build_cpu": 19.0, "peak_mb": 400.0, "warnings": 0, "wall": 21.0},
           "sizes": {"audit_page_kb_max": 40.0, "audit_page_kb_median": 35.0, "search_download_mb": 1.5,
                     "total_mb": 100.0, "files": 10},
           "incremental": {"ratio": 0.01, "ratio_cpu": 0.01, "serve_latency_s": 1.5, "serve_latency_cpu": 1.4,
                           "regenerate_s": 0.2, "regenerate_cpu": 0.2, "files_written": 1}}
    row.update(over)
    return row


def _status(targets: list[dict]) -> dict[str, str]:
    return {t["id"]: t["status"] for t in targets}


def test_targets_pass_fail_and_skip() -> None:
    rows = [_row(1000), _row(5000, sizes={"audit_page_kb_max": 75.0, "search_download_mb": 1.0})]
    status = _status(report.check_targets(rows))
    assert status["own-stages"] == "PASS" and status["lint-throughput"] == "PASS"
    assert status["page-weight"] == "FAIL" and status["search-download"] == "PASS"
    assert status["links"] == "PASS" and status["deterministic"] == "PASS"
    only_small = _status(report.check_targets([_row(50)]))
    assert {s for k, s in only_small.items() if k not in ("links", "deterministic")} == {"SKIP"}


def test_site_checks_fail_on_warnings_or_nondeterminism() -> None:
    assert _status(report.check_targets([_row(1000, deterministic=False)]))["deterministic"] == "FAIL"
    assert _status(report.check_targets([_row(1000, deterministic=None, source_changed=True)]))[
        "deterministic"] == "SKIP"
    warned = _row(1000)
    warned["mkdocs"] = {**warned["mkdocs"], "warnings": 2}
    assert _status(report.check_targets([warned]))["links"] == "FAIL"


def test_markdown_lists_every_target() -> None:
    rows = [_row(1000)]
    result = {"date": "2026-11-26T00:00:00", "seed": 1, "rows": rows, "targets": report.check_targets(rows),
              "machine": {"cpu": "x", "cores": 2, "memory_gb": 4, "python": "3.11", "packages": {},
                          "load_average": [0.1, 0.2]}}
    text = report.markdown(result)
    assert text.count("- **") == len(result["targets"])
    assert "| 1,000 |" in text


def test_times_are_judged_by_wall_clock_with_cpu_shown() -> None:
    # two cores: auditkb's wall time is under the limit though its CPU time is not
    row = _row(1000, ratio=0.15, ratio_cpu=0.28)
    target = next(t for t in report.check_targets([row]) if t["id"] == "own-stages")
    assert target["status"] == "PASS" and "28.0%" in target["detail"]
    assert _status(report.check_targets([_row(1000, ratio=0.25, ratio_cpu=0.1)]))["own-stages"] == "FAIL"
