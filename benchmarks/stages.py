"""The measured work of the benchmark, run in a fresh process per measurement.

    python benchmarks/stages.py auditkb KB [--edits K [--serve]] [--profile OUT]
    python benchmarks/stages.py mkdocs KB [--profile OUT]

`bench.py` starts these as child processes, so that every run is cold (nothing
imported, nothing cached) and so that each child's peak memory can be read on its
own (`os.wait4`). Each prints one line of JSON on stdout: times in seconds, each
stage as wall-clock time (`x`) and CPU time, user + system (`x_cpu`).

auditkb: what `auditkb build` does up to MkDocs, through the same Workspace:
load and lint (in as many processes as `auditkb build` uses; CPU time includes
the workers'), then index, render and write (`generator.site.generate`, split by
wrapping the module's own `build_index` and `write_tree`). With `--edits K` it
then edits one record K times and times the regenerate that `auditkb serve` runs
after a save, in the same warm process; with `--serve` also MkDocs' first build
and, after each edit, the rebuild of what changed (`SiteRebuilder`, as `auditkb
serve` runs it). mkdocs: one full build of KB/build/mkdocs.yml into KB/site.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import importlib
import json
import pstats
import resource
import sys
import time
from pathlib import Path

EDITS = (
    "The plan was reviewed again after the audit and the actions were confirmed.",
    "The team manager has since confirmed that the review will take place as planned.",
    "The family were told about the audit findings at the following visit.",
)


def _cpu() -> float:
    """CPU seconds (user + system) of this process and of the workers it forked and waited for."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _auditkb(kb: Path, edits: int, serve: bool) -> dict:
    t0 = time.perf_counter()
    from generator.parallel import default_jobs
    from generator.project import Project
    from generator.workspace import Workspace, tune_gc

    tune_gc()  # as the command line does
    out: dict = {"import": time.perf_counter() - t0, "jobs": default_jobs()}
    project = Project(kb)
    try:
        from generator.site import generate_site, load_site_settings

        # the module, not the package's `generate` function of the same name
        gen_mod = importlib.import_module("generator.site.generate")
    except ImportError as err:
        gen_mod = None
        out["site_error"] = f"generator.site is not available ({err})"

    clock: dict[str, float] = {}
    report: dict = {}
    if gen_mod is not None:
        def timed(name, fn):
            def wrapper(*args, **kwargs):
                start, cpu = time.perf_counter(), _cpu()
                try:
                    result = fn(*args, **kwargs)
                finally:
                    clock[name] = clock.get(name, 0.0) + time.perf_counter() - start
                    clock[f"{name}_cpu"] = clock.get(f"{name}_cpu", 0.0) + _cpu() - cpu
                if name == "write":
                    report["written"] = len(result.written)
                    report["deleted"] = len(result.deleted)
                return result
            return wrapper
        gen_mod.build_index = timed("index", gen_mod.build_index)
        gen_mod.write_tree = timed("write", gen_mod.write_tree)

    workspace = Workspace(project, jobs=default_jobs())

    def run() -> tuple[dict, object]:
        clock.clear()
        report.clear()
        times: dict = {}
        cpu, start = _cpu(), time.perf_counter()
        checked = workspace.check()
        times["check"] = time.perf_counter() - start
        times["check_cpu"] = _cpu() - cpu
        times["load"] = workspace.timings.get("load", 0.0)
        times["lint"] = times["check"] - times["load"]
        # CPU split in proportion: loading runs here, linting partly in workers
        share = times["load"] / times["check"] if times["check"] else 0.0
        times["load_cpu"], times["lint_cpu"] = times["check_cpu"] * share, times["check_cpu"] * (1 - share)
        times["reloaded"] = checked.reloaded
        result, published = checked.result, checked.publication.published
        times["records"], times["published"] = len(result.records), len(published)
        times["errors"], times["warnings"] = result.errors, result.warnings
        written = None
        if gen_mod is not None:
            cpu, start = _cpu(), time.perf_counter()
            generated = generate_site(project, checked.framework, published, load_site_settings(project),
                                      cache=workspace.site_cache, jobs=workspace.jobs)
            total = time.perf_counter() - start
            total_cpu = _cpu() - cpu
            for key in ("index", "write", "index_cpu", "write_cpu"):
                times[key] = clock.get(key, 0.0)
            times["render"] = total - times["index"] - times["write"]
            times["render_cpu"] = total_cpu - times["index_cpu"] - times["write_cpu"]
            times["rendered"] = generated.rendered
            times.update(report)
            written = generated.written
        return times, written

    cold, _ = run()
    out.update(cold)
    workspace.jobs = 1  # what `auditkb serve` does after its first run
    if gen_mod is not None and (project.build / "docs").is_dir():
        out["build_hash"] = _tree_hash(project.build)
    if edits:
        rebuild = None
        if serve:  # `auditkb serve`'s first build, then a dirty build after each edit
            from generator.site.mkdocs_driver import SiteRebuilder

            rebuild = SiteRebuilder(project, kb / "serve-site")
            start, cpu = time.perf_counter(), _cpu()
            rebuild(None)
            out["serve_first_build"] = time.perf_counter() - start
        target = sorted(project.audits.rglob("*.yml"))[0]
        original = target.read_text(encoding="utf-8")
        regenerate = []
        try:
            for i in range(edits):
                target.write_text(original.replace("summary: >\n", f"summary: >\n  {EDITS[i % len(EDITS)]}\n", 1),
                                  encoding="utf-8")
                start, cpu = time.perf_counter(), _cpu()
                times, written = run()
                times["total"] = time.perf_counter() - start
                times["total_cpu"] = _cpu() - cpu
                if rebuild is not None:
                    start, cpu = time.perf_counter(), _cpu()
                    times["mkdocs_build"] = rebuild(written)
                    times["mkdocs"] = time.perf_counter() - start
                    times["mkdocs_cpu"] = _cpu() - cpu
                regenerate.append(times)
        finally:
            target.write_text(original, encoding="utf-8")
        out["regenerate"] = regenerate
        out["edited"] = target.relative_to(project.root).as_posix()
    return out


def _tree_hash(root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _mkdocs(kb: Path) -> dict:
    import logging

    t0 = time.perf_counter()
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    out: dict = {"import": time.perf_counter() - t0}
    warnings: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if record.levelno >= logging.WARNING:
                warnings.append(record.getMessage())

    logging.getLogger("mkdocs").addHandler(Collect())
    config_file = str(kb / "build" / "mkdocs.yml")
    site_dir = str(kb / "site")

    def one(name: str, dirty: bool = False) -> None:
        start, cpu = time.perf_counter(), time.process_time()
        config = load_config(config_file=config_file, site_dir=site_dir, strict=False)
        build(config, dirty=dirty)
        out[name], out[f"{name}_cpu"] = time.perf_counter() - start, time.process_time() - cpu

    one("build")
    out["warnings"] = len(warnings)
    out["warning_samples"] = warnings[:5]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("what", choices=["auditkb", "mkdocs"])
    parser.add_argument("kb", type=Path)
    parser.add_argument("--edits", type=int, default=0)
    parser.add_argument("--serve", action="store_true", help="with --edits: also MkDocs' builds, as auditkb serve")
    parser.add_argument("--profile", type=Path, default=None, metavar="OUT")
    args = parser.parse_args(argv)
    kb = args.kb.resolve()
    work = (lambda: _auditkb(kb, args.edits, args.serve)) if args.what == "auditkb" else (lambda: _mkdocs(kb))
    if args.profile:
        profiler = cProfile.Profile()
        result = profiler.runcall(work)
        with open(args.profile, "w", encoding="utf-8") as f:
            stats = pstats.Stats(profiler, stream=f)
            stats.sort_stats("cumulative").print_stats(45)
            stats.sort_stats("tottime").print_stats(30)
    else:
        result = work()
    sys.stdout.write("\n" + json.dumps(result) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
