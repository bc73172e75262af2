"""The benchmark's targets (issue 7) and its Markdown report."""

from __future__ import annotations

from typing import Any, Callable

# (id, what the issue asks, N it is judged at, value, wall-clock value or None, limit, "max"/"min", unit).
# Times are judged on CPU time (user + system): auditkb and MkDocs are single-threaded and
# CPU-bound, so on a quiet machine CPU time is the wall-clock time, and on a busy one it is
# still comparable. The wall-clock figure is shown beside it.
TARGETS: list[tuple] = [
    ("own-stages", "auditkb's stages <= 20% of MkDocs' build, from cold", 1000,
     lambda r: r.get("ratio_cpu"), lambda r: r.get("ratio"), 0.20, "max", "ratio"),
    ("incremental", "regenerate after one edit <= 3% of MkDocs' build", 1000,
     lambda r: r.get("incremental", {}).get("ratio_cpu"), lambda r: r.get("incremental", {}).get("ratio"),
     0.03, "max", "ratio"),
    ("lint-throughput", "lint >= 500 records/s from cold", 1000,
     lambda r: r.get("lint_records_per_s_cpu"), lambda r: r.get("lint_records_per_s"), 500, "min", "records/s"),
    ("page-weight", "one audit page's HTML <= 60 KB (largest page)", 5000,
     lambda r: r.get("sizes", {}).get("audit_page_kb_max"), None, 60, "max", "KB"),
    ("search-download", "what the browser downloads to search <= 2 MB", 5000,
     lambda r: r.get("sizes", {}).get("search_download_mb"), None, 2.0, "max", "MB"),
    ("peak-memory", "peak memory < 1 GB (auditkb and MkDocs processes)", 5000,
     lambda r: max(r.get("auditkb", {}).get("peak_mb", 0), r.get("mkdocs", {}).get("peak_mb", 0))
     if "mkdocs" in r else None, None, 1024, "max", "MB"),
    ("serve-latency", "`auditkb serve` shows an edit in <= 2 s (regenerate + MkDocs rebuild)", 1000,
     lambda r: r.get("incremental", {}).get("serve_latency_cpu"),
     lambda r: r.get("incremental", {}).get("serve_latency_s"), 2.0, "max", "s"),
]


def check_targets(rows: list[dict]) -> list[dict]:
    """PASS, FAIL or SKIP (not measured at the N the issue names) for each target."""
    by_n = {r["n"]: r for r in rows}
    out = []
    for tid, text, n, get, get_wall, limit, kind, unit in TARGETS:
        row = by_n.get(n)
        value = get(row) if row else None
        if value is None:
            why = f"N={n} not measured" if row is None else "not measured (site stages skipped?)"
            out.append({"id": tid, "target": text, "n": n, "status": "SKIP", "value": None, "detail": why})
            continue
        ok = value <= limit if kind == "max" else value >= limit
        wall = get_wall(row) if get_wall else None
        detail = _fmt(value, unit) + (" by CPU time" if get_wall else "")
        if wall is not None:
            detail += f" (wall clock {_fmt(wall, unit)})"
        detail += f"; {'limit' if kind == 'max' else 'at least'} {_fmt(limit, unit)}"
        out.append({"id": tid, "target": text, "n": n, "status": "PASS" if ok else "FAIL", "value": value,
                    "wall": wall, "detail": detail})
    site = [r for r in rows if "mkdocs" in r]
    if site:
        warned = [r["n"] for r in site if r["mkdocs"]["warnings"]]
        out.append({"id": "links", "target": "MkDocs' link and anchor checks pass on the synthetic KB", "n": None,
                    "status": "FAIL" if warned else "PASS", "value": not warned,
                    "detail": f"MkDocs warned at N={warned}" if warned else
                    f"no MkDocs warnings at N={[r['n'] for r in site]}"})
        checked = [r for r in site if r.get("deterministic") is not None]
        varied = [r["n"] for r in checked if not r["deterministic"]]
        void = [r["n"] for r in site if r.get("source_changed")]
        status = "SKIP" if not checked else "FAIL" if varied else "PASS"
        detail = (f"build/ differed between runs at N={varied}" if varied else
                  f"identical build/ across runs at N={[r['n'] for r in checked]}" if checked else
                  "not checked" + ("" if void else ": needs two runs at one N"))
        if void:
            detail += f"{'; not checked' if checked else ''} at N={void}: auditkb's code changed while the benchmark ran"
        out.append({"id": "deterministic", "target": "the same input gives the same build/", "n": None,
                    "status": status, "value": not varied if checked else None, "detail": detail})
    return out


def _fmt(value: float, unit: str) -> str:
    if unit == "ratio":
        return f"{value * 100:.1f}%"
    if unit == "records/s":
        return f"{value:,.0f} records/s"
    return f"{value:,.2f} {unit}"


def _s(value: Any) -> str:
    return "-" if value is None else f"{value:.2f}"


def _pair(data: dict, wall: str, cpu: str) -> str:
    return "-" if wall not in data else f"{data[wall]:.2f} ({data[cpu]:.2f})"


def _wc(data: dict, key: str) -> str:
    """`wall (cpu)` for one stage."""
    if key not in data:
        return "-"
    cpu = data.get(f"{key}_cpu")
    return f"{data[key]:.2f}" + (f" ({cpu:.2f})" if cpu is not None else "")


def markdown(result: dict) -> str:
    m = result["machine"]
    lines = [
        f"# auditkb benchmark ({result['date']})", "",
        f"Machine: {m['cpu']}, {m['cores']} cores, {m['memory_gb']} GB; Python {m['python']}; "
        + ", ".join(f"{k} {v}" for k, v in m["packages"].items() if v) + "; load average "
        + " -> ".join("?" if x is None else f"{x:.1f}" for x in m.get("load_average") or []) + ".",
        "Synthetic knowledge bases (`generator.synthetic`, seed "
        f"{result['seed']}); every run in a fresh process; times in seconds, medians of the runs; "
        "peak memory is each process's peak RSS (`os.wait4`).", "",
        "## Cold build", "",
        "Wall-clock seconds, median of the runs; CPU seconds (user + system) in brackets.", "",
        "| N | runs | load | lint | index | render | write | auditkb stages | MkDocs build | auditkb / MkDocs "
        "| lint records/s |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in result["rows"]:
        a, mk = r["auditkb"], r.get("mkdocs", {})
        render = "render" if "render" in a else "generate"
        ratio = f"{r['ratio'] * 100:.1f}% ({r['ratio_cpu'] * 100:.1f}%)" if "ratio" in r else "-"
        rate = (f"{r['lint_records_per_s']:,.0f} ({r['lint_records_per_s_cpu']:,.0f})"
                if r.get("lint_records_per_s") else "-")
        lines.append(
            f"| {r['n']:,} | {r['repeats']} | {_wc(a, 'load')} | {_wc(a, 'lint')} | {_wc(a, 'index')} "
            f"| {_wc(a, render)} | {_wc(a, 'write')} | {_wc(a, 'stages')} | {_wc(mk, 'build')} "
            f"| {ratio} | {rate} |")
    lines += ["", "## Size and memory", "",
              "| N | auditkb peak MB | MkDocs peak MB | site MB | files | audit page KB (median / max) "
              "| search index MB (gzip) | search download MB |",
              "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for r in result["rows"]:
        z = r.get("sizes", {})
        page = (f"{z['audit_page_kb_median']:.1f} / {z['audit_page_kb_max']:.1f}"
                if "audit_page_kb_max" in z else "-")
        gz = f" ({z['search_index_gzip_mb']:.2f})" if "search_index_gzip_mb" in z else ""
        lines.append(
            f"| {r['n']:,} | {r['auditkb']['peak_mb']:.0f} | {_s(r.get('mkdocs', {}).get('peak_mb'))} "
            f"| {_s(z.get('total_mb'))} | {z.get('files', '-')} | {page} "
            f"| {_s(z.get('search_index_mb'))}{gz} | {_s(z.get('search_download_mb'))} |")
    inc = [r for r in result["rows"] if "incremental" in r]
    if inc:
        lines += ["", "## One record edited", "",
                  "auditkb's regenerate in a warm process (what `auditkb serve` runs after a save), and MkDocs "
                  "rebuilding in a warm process, as its live server does; wall (CPU) seconds.", "",
                  "| N | auditkb regenerate | files rewritten | regenerate / MkDocs build | MkDocs rebuild "
                  "| MkDocs dirty build | serve latency (regenerate + rebuild) |",
                  "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
        for r in inc:
            i = r["incremental"]
            lines.append(f"| {r['n']:,} | {_pair(i, 'regenerate_s', 'regenerate_cpu')} "
                         f"| {i['files_written']:.0f} | {i['ratio'] * 100:.1f}% ({i['ratio_cpu'] * 100:.1f}%) "
                         f"| {_wc(i, 'mkdocs_rebuild')} | {_wc(i, 'mkdocs_dirty')} "
                         f"| {_pair(i, 'serve_latency_s', 'serve_latency_cpu')} |")
    skipped = [r for r in result["rows"] if "site_error" in r["auditkb"]]
    for r in skipped:
        lines += ["", f"N={r['n']}: page generation and MkDocs were skipped: {r['auditkb']['site_error']}"]
    lines += ["", "## Targets (issue 7)", ""]
    for t in result["targets"]:
        at = f" at N={t['n']:,}" if t["n"] else ""
        lines.append(f"- **{t['status']}** {t['target']}{at}: {t['detail']}")
    return "\n".join(lines) + "\n"
