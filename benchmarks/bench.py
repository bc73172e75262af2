"""auditkb's benchmark: its own stages beside MkDocs' build, at N = 100, 1,000 and 5,000.

    .venv/bin/python benchmarks/bench.py              # N = 100, 1000, 5000 (about 10 minutes on 2 cores)
    .venv/bin/python benchmarks/bench.py --sizes 1000 # one size
    .venv/bin/python benchmarks/bench.py --quick      # N = 50, one run: a smoke test for CI
    .venv/bin/python benchmarks/bench.py --check      # exit 1 when a target of issue 7 fails
    .venv/bin/python benchmarks/bench.py --profile    # also cProfile both children at the largest N

For each N it writes a synthetic knowledge base (`generator.synthetic`, seed 1) and
runs, each in a fresh process: auditkb's load, lint, index, render and write
(`stages.py auditkb`), then MkDocs' build of the generated tree (`stages.py mkdocs`).
Times are medians of repeated cold runs (3 for N <= 1,000, 1 above). Peak memory
is each child's peak resident set size, from `os.wait4` (ru_maxrss; psutil is not
used). Then one record is edited and auditkb's regenerate (what `auditkb serve`
runs after a save) is timed against MkDocs' full build.

Results go to benchmarks/results/latest.json and latest.md; the table is printed.
The exit status is 0 unless --check is given and a target fails.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import hashlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
RESULTS = HERE / "results"
sys.path.insert(0, str(REPO))

from report import check_targets, markdown  # noqa: E402  (benchmarks/report.py)


def child(args: list[str], cwd: Path) -> tuple[dict, float, float]:
    """Run stages.py in a fresh process: (its JSON, wall seconds, its peak RSS in MB)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen([sys.executable, str(HERE / "stages.py"), *args], cwd=cwd, stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if proc.returncode != 0:
            raise RuntimeError(f"stages.py {' '.join(args)} failed:\n{err.read().decode()[-3000:]}")
        data = json.loads(out.read().decode().strip().splitlines()[-1])
    return data, wall, usage.ru_maxrss / 1024  # ru_maxrss is in kilobytes on Linux


def measure(n: int, repeats: int, root: Path, seed: int, serve_like: bool, profile: bool) -> dict:
    from generator.synthetic import write_knowledge_base

    kb = root / f"kb-{n}"
    source = _source_hash()
    start = time.perf_counter()
    write_knowledge_base(kb, n, seed)
    row: dict = {"n": n, "repeats": repeats, "synthesise_s": time.perf_counter() - start}
    runs, mk_runs, hashes = [], [], []
    for _ in range(repeats):
        shutil.rmtree(kb / "build", ignore_errors=True)
        shutil.rmtree(kb / "site", ignore_errors=True)
        data, wall, peak = child(["auditkb", str(kb)], kb)
        runs.append({**data, "wall": wall, "peak_mb": peak})
        hashes.append(data.get("build_hash"))
        if "site_error" in data or not (kb / "build" / "mkdocs.yml").exists():
            continue
        data, wall, peak = child(["mkdocs", str(kb)], kb)
        mk_runs.append({**data, "wall": wall, "peak_mb": peak})
    a = row["auditkb"] = _medians(runs)
    a["peak_mb"] = max(r["peak_mb"] for r in runs)
    for key in ("records", "published", "errors", "warnings", "site_error"):
        if key in runs[-1]:
            a[key] = runs[-1][key]
    split = ("index", "render", "write") if "index" in a else ("generate",)  # generate when it cannot be split
    for suffix in ("", "_cpu"):
        a[f"stages{suffix}"] = sum(a.get(f"{k}{suffix}", 0.0) for k in ("load", "lint") + split)
        row[f"lint_records_per_s{suffix}"] = n / (a[f"load{suffix}"] + a[f"lint{suffix}"]) if n else None
    row["deterministic"] = len(set(hashes)) == 1 if len(hashes) > 1 and hashes[0] else None
    if _source_hash() != source:
        row["deterministic"] = None
        row["source_changed"] = True
        print(f"  N={n}: auditkb's code or site settings changed during the runs; "
              "the determinism check is void and the times mix two versions", file=sys.stderr)
    if not mk_runs:
        print(f"  N={n}: MkDocs stages skipped: {runs[-1].get('site_error', 'no build/mkdocs.yml was written')}",
              file=sys.stderr)
        return row
    mk = row["mkdocs"] = _medians(mk_runs)
    mk["peak_mb"] = max(r["peak_mb"] for r in mk_runs)
    mk["warnings"] = mk_runs[-1]["warnings"]
    mk["warning_samples"] = mk_runs[-1]["warning_samples"]
    row["ratio"] = a["stages"] / mk["build"]
    row["ratio_cpu"] = a["stages_cpu"] / mk["build_cpu"]
    row["search_index"] = index_search(kb / "site")
    row["sizes"] = site_sizes(kb / "site")

    # One record changes: auditkb's regenerate (warm, as in `auditkb serve`) against MkDocs,
    # and at N <= 1,000 the whole of what `auditkb serve` does before the browser reloads.
    data, _, _ = child(["auditkb", str(kb), "--edits", "3"] + (["--serve"] if serve_like else []), kb)
    regen = _medians(data["regenerate"])
    inc = row["incremental"] = {"edited": data["edited"], "regenerate_s": regen["total"],
                                "regenerate_cpu": regen["total_cpu"], "files_written": regen.get("written", 0),
                                "records_read": regen.get("reloaded"), "pages_rendered": regen.get("rendered"),
                                "stages": regen}
    inc["ratio"] = inc["regenerate_s"] / mk["build"]
    inc["ratio_cpu"] = inc["regenerate_cpu"] / mk["build_cpu"]
    if serve_like:
        inc["mkdocs_rebuild"], inc["mkdocs_rebuild_cpu"] = regen["mkdocs"], regen["mkdocs_cpu"]
        inc["mkdocs_rebuild_kind"] = data["regenerate"][-1].get("mkdocs_build")
        inc["serve_latency_s"] = inc["regenerate_s"] + regen["mkdocs"]
        inc["serve_latency_cpu"] = inc["regenerate_cpu"] + regen["mkdocs_cpu"]
    if profile:
        for what in ("auditkb", "mkdocs"):
            out = RESULTS / f"profile-{what}-{n}.txt"
            child([what, str(kb), "--profile", str(out)], kb)
            print(f"  profile written to {out.relative_to(REPO)}", file=sys.stderr)
    return row


def _source_hash() -> str:
    """What the measured code and settings are, to notice edits made while the benchmark runs."""
    digest = hashlib.sha256()
    for folder, pattern in (("generator", "*.py"), ("generator", "*.j2"), ("site_config", "*"), (".", "mkdocs.yml")):
        for path in sorted((REPO / folder).rglob(pattern) if folder != "." else [REPO / pattern]):
            if path.is_file():
                digest.update(path.as_posix().encode() + path.read_bytes())
    return digest.hexdigest()


def _medians(runs: list[dict]) -> dict:
    """The median of every number that all runs report."""
    keys = [k for k, v in runs[0].items() if isinstance(v, (int, float)) and not isinstance(v, bool)]
    return {k: statistics.median(r[k] for r in runs) for k in keys if all(k in r for r in runs)}


def index_search(site: Path) -> dict:
    """Pagefind over the site MkDocs built, as `auditkb build` runs it after MkDocs (once;
    it is a separate program, so its CPU time is that of child processes)."""
    from generator.site.search_index import index_site

    before = os.times()
    start = time.perf_counter()
    report = index_site(site)
    after = os.times()
    return {"index": time.perf_counter() - start,
            "index_cpu": (after.children_user - before.children_user) + (after.children_system - before.children_system),
            "pages": report.pages, "words": report.words,
            # Pagefind runs once per bundle, one after another: its peak is the largest run's.
            "peak_mb": report.peak_mb, "bundles": len(report.bundles) or 1,
            "bundle_pages_max": max((b.pages for b in report.bundles), default=report.pages)}


def site_sizes(site: Path) -> dict:
    """Total size, audit page sizes, and what a browser downloads to search."""
    files = [p for p in site.rglob("*") if p.is_file()]
    audits = sorted(p.stat().st_size for p in (site / "audits").glob("DDA-*/index.html"))
    out = {"total_mb": sum(p.stat().st_size for p in files) / 1e6, "files": len(files),
           "audit_pages": len(audits)}
    if audits:
        out["audit_page_kb_median"] = statistics.median(audits) / 1e3
        out["audit_page_kb_max"] = audits[-1] / 1e3
    index = site / "search" / "search_index.json"
    if (site / "pagefind").is_dir():
        # Pagefind: the bytes Chromium fetches to show the first results of typical
        # queries, and the whole folder (benchmarks/search_download.py says how).
        import search_download

        out["search"] = "pagefind"
        out.update(search_download.measure_site(site))
    elif index.is_file():
        # Material's search: every reader downloads the whole index and the worker.
        out["search"] = "material"
        workers = list((site / "assets" / "javascripts" / "workers").glob("search.*.js"))
        data = index.read_bytes()
        out["search_index_mb"] = len(data) / 1e6
        out["search_index_gzip_mb"] = len(gzip.compress(data, 6)) / 1e6
        out["search_download_mb"] = (len(data) + sum(p.stat().st_size for p in workers)) / 1e6
    return out


def machine() -> dict:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = None
    try:
        mem = round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1)
    except (ValueError, OSError):
        pass
    versions = {}
    for pkg in ("mkdocs", "mkdocs-material", "pagefind", "PyYAML", "pydantic", "Jinja2"):
        try:
            versions[pkg] = metadata.version(pkg)
        except metadata.PackageNotFoundError:
            versions[pkg] = None
    return {"cpu": cpu, "cores": os.cpu_count(), "memory_gb": mem, "python": platform.python_version(),
            "platform": platform.platform(), "packages": versions, "load_average": _load()}


def _load() -> float | None:
    """The one-minute load average: figures taken on a busy machine are not comparable."""
    try:
        return os.getloadavg()[0]
    except OSError:
        return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100,1000,5000", help="comma-separated N (default 100,1000,5000)")
    parser.add_argument("--quick", action="store_true", help="N = 50, one run: a smoke test")
    parser.add_argument("--repeats", type=int, default=None, help="runs per N (default 3 for N <= 1000, else 1)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--check", action="store_true", help="exit 1 when a target fails")
    parser.add_argument("--profile", action="store_true", help="cProfile auditkb and MkDocs at the largest N")
    parser.add_argument("--workdir", type=Path, default=None,
                        help="where the synthetic knowledge bases go (default: a temporary folder, removed after)")
    parser.add_argument("--output", type=Path, default=RESULTS, help="folder for latest.json and latest.md")
    args = parser.parse_args(argv)
    sizes = [50] if args.quick else [int(s) for s in args.sizes.split(",") if s.strip()]
    root = args.workdir or Path(os.environ.get("TMPDIR", "/tmp")) / f"auditkb-bench-{os.getpid()}"
    root.mkdir(parents=True, exist_ok=True)
    args.output.mkdir(parents=True, exist_ok=True)
    busy = _load()
    if busy is not None and busy > 0.5 * (os.cpu_count() or 1):
        print(f"warning: the machine is busy (load average {busy:.1f} on {os.cpu_count()} cores); "
              "times will be slower and noisier than on a quiet machine", file=sys.stderr)
    rows = []
    try:
        for n in sizes:
            repeats = args.repeats or (1 if args.quick or n > 1000 else 3)
            print(f"N={n}: {repeats} run(s) ...", file=sys.stderr)
            rows.append(measure(n, repeats, root, args.seed, serve_like=n <= 1000,
                                profile=args.profile and n == max(sizes)))
    finally:
        if args.workdir is None:
            shutil.rmtree(root, ignore_errors=True)
    targets = check_targets(rows)
    info = machine()
    info["load_average"] = [busy, _load()]  # at the start and at the end
    result = {"date": dt.datetime.now().isoformat(timespec="seconds"), "machine": info,
              "quick": args.quick, "seed": args.seed, "rows": rows, "targets": targets}
    (args.output / "latest.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    text = markdown(result)
    (args.output / "latest.md").write_text(text, encoding="utf-8")
    print(text)
    failed = [t for t in targets if t["status"] == "FAIL"]
    return 1 if args.check and failed else 0


if __name__ == "__main__":
    sys.exit(main())
