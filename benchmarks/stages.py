"""The measured work of the benchmark, run in a fresh process per measurement.

    python benchmarks/stages.py auditkb KB [--edits K] [--profile OUT]
    python benchmarks/stages.py mkdocs KB [--serve-like PAGE] [--profile OUT]

`bench.py` starts these as child processes, so that every run is cold (nothing
imported, nothing cached) and so that each child's peak memory can be read on its
own (`os.wait4`). Each prints one line of JSON on stdout: times in seconds, each
stage as wall-clock time (`x`) and CPU time, user + system (`x_cpu`).

auditkb: load (framework, lint settings, records), lint (the rules), index,
render and write (`generator.site.generate`, split by wrapping the module's own
`build_index` and `write_tree`), like `auditkb build` up to MkDocs. With
`--edits K` it then edits one record K times and times the regenerate that
`auditkb serve` runs after a save (load + lint + generate), counting the files it
rewrote. mkdocs: one full build of KB/build/mkdocs.yml into KB/site; with
`--serve-like PAGE` also a second full build in the same process (what `mkdocs
serve` does after a change) and a `dirty` build after touching PAGE.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import importlib
import json
import pstats
import sys
import time
from pathlib import Path

EDITS = (
    "The plan was reviewed again after the audit and the actions were confirmed.",
    "The team manager has since confirmed that the review will take place as planned.",
    "The family were told about the audit findings at the following visit.",
)


def _auditkb(kb: Path, edits: int) -> dict:
    t0 = time.perf_counter()
    from generator.framework import load_framework
    from generator.lint import LintResult, load_settings, run_rules
    from generator.project import Project
    from generator.publication import decide
    from generator.records import load_record, record_files

    out: dict = {"import": time.perf_counter() - t0}
    project = Project(kb)
    try:
        from generator.site import generate, load_site_settings

        # the module, not the package's `generate` function of the same name
        gen_mod = importlib.import_module("generator.site.generate")
    except ImportError as err:
        gen_mod = None
        out["site_error"] = f"generator.site is not available ({err})"

    clock: dict[str, float] = {}
    report: dict = {}
    if gen_mod is not None and hasattr(gen_mod, "build_index") and hasattr(gen_mod, "write_tree"):
        def timed(name, fn):
            def wrapper(*args, **kwargs):
                start, cpu = time.perf_counter(), time.process_time()
                try:
                    result = fn(*args, **kwargs)
                finally:
                    clock[name] = clock.get(name, 0.0) + time.perf_counter() - start
                    clock[f"{name}_cpu"] = clock.get(f"{name}_cpu", 0.0) + time.process_time() - cpu
                if name == "write":
                    report["written"] = len(result.written)
                    report["deleted"] = len(result.deleted)
                return result
            return wrapper
        gen_mod.build_index = timed("index", gen_mod.build_index)
        gen_mod.write_tree = timed("write", gen_mod.write_tree)

    def run() -> dict:
        clock.clear()
        report.clear()
        times: dict = {}
        cpu = time.process_time()
        start = time.perf_counter()
        framework = load_framework(project.standards)
        settings = load_settings(project.site_config / "lint.yml")
        records = [load_record(p, project.root) for p in record_files([project.audits])]
        times["load"] = time.perf_counter() - start
        times["load_cpu"] = time.process_time() - cpu
        cpu = time.process_time()
        start = time.perf_counter()
        result = LintResult(records)
        for loaded in records:
            result.problems += loaded.problems
        result.problems += run_rules(records, framework, settings)
        result.problems.sort(key=lambda p: (p.file, p.line, p.column, p.rule))
        published = decide(result).published
        times["lint"] = time.perf_counter() - start
        times["lint_cpu"] = time.process_time() - cpu
        cpu = time.process_time()
        times["records"], times["published"] = len(records), len(published)
        times["errors"], times["warnings"] = result.errors, result.warnings
        if gen_mod is not None:
            start = time.perf_counter()
            site_settings = load_site_settings(project)
            generate(project, framework, published, site_settings)
            total = time.perf_counter() - start
            times["generate_cpu"] = time.process_time() - cpu
            if "index" in clock:
                for key in ("index", "write", "index_cpu", "write_cpu"):
                    times[key] = clock.get(key, 0.0)
                times["render"] = total - times["index"] - times["write"]
                times["render_cpu"] = times["generate_cpu"] - times["index_cpu"] - times["write_cpu"]
            else:
                times["generate"] = total
            times.update(report)
        return times

    out.update(run())
    if gen_mod is not None and (project.build / "docs").is_dir():
        out["build_hash"] = _tree_hash(project.build)
    if edits:
        target = sorted(project.audits.rglob("*.yml"))[0]
        original = target.read_text(encoding="utf-8")
        regenerate = []
        try:
            for i in range(edits):
                target.write_text(original.replace("summary: >\n", f"summary: >\n  {EDITS[i % len(EDITS)]}\n", 1),
                                  encoding="utf-8")
                start, cpu = time.perf_counter(), time.process_time()
                times = run()
                times["total"] = time.perf_counter() - start
                times["total_cpu"] = time.process_time() - cpu
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


def _mkdocs(kb: Path, serve_like: str | None) -> dict:
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
    if serve_like:
        one("rebuild")
        (kb / "build" / "docs" / serve_like).touch()
        one("dirty", dirty=True)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("what", choices=["auditkb", "mkdocs"])
    parser.add_argument("kb", type=Path)
    parser.add_argument("--edits", type=int, default=0)
    parser.add_argument("--serve-like", default=None, metavar="PAGE")
    parser.add_argument("--profile", type=Path, default=None, metavar="OUT")
    args = parser.parse_args(argv)
    kb = args.kb.resolve()
    work = (lambda: _auditkb(kb, args.edits)) if args.what == "auditkb" else (lambda: _mkdocs(kb, args.serve_like))
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
