"""What each command does; `cli.py` parses arguments and maps errors to exit codes."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

from .framework import Framework, load_framework
from .lint import REGISTRY
from .problems import BuildError, ConfigError
from .project import Project
from .parallel import ChildFailed, default_jobs, in_child
from .report import FORMATS, summary_line
from .schema import SCHEMA_PATH, schema_text
from .workspace import Workspace


def _framework(project: Project) -> Framework:
    if not project.standards.is_dir():
        raise ConfigError(f"no standards/ folder in {project.root}; run auditkb inside a knowledge base "
                          "or pass --root")
    return load_framework(project.standards)


def lint(project: Project, args: argparse.Namespace) -> int:
    paths = args.paths or [project.audits]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        print(f"auditkb lint: no such file or folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    result = Workspace(project, jobs=default_jobs()).check(paths).result
    sys.stdout.write(FORMATS[args.format](len(result.records), result.problems))
    return 1 if result.errors else 0


def _print_problems(problems: list, errors_only: bool = False) -> None:
    for p in problems:
        if not errors_only or p.severity == "error":
            print(f"{p.file}:{p.line}:{p.column}: {p.severity} {p.rule} {p.message}", file=sys.stderr)


def build(project: Project, args: argparse.Namespace) -> int:
    started = time.perf_counter()
    # Records, index and Markdown are made in a child process whose memory is returned
    # before MkDocs runs: at 5,000 audits, holding both would double the build's peak.
    try:
        prepared = in_child(lambda: _prepare_build(project, args))
    except ChildFailed as err:
        raise BuildError(str(err)) from None
    if prepared is None:
        return 1
    published, held_back = prepared
    from .site.mkdocs_driver import build_html

    site_dir = (args.site_dir or project.site).resolve()
    build_html(project, site_dir, strict=True)
    print(f"Published {published} audit(s) to {site_dir}", file=sys.stderr)
    _print_held_back(held_back)
    if args.offline:
        from .site.offline import write_offline_zip

        zip_path = write_offline_zip(project, site_dir)
        print(f"Offline copy: {zip_path}", file=sys.stderr)
    print(f"Built in {time.perf_counter() - started:.1f} s. Open {site_dir / 'index.html'} "
          "or run `auditkb serve`.", file=sys.stderr)
    return 0


def _prepare_build(project: Project, args: argparse.Namespace) -> tuple[int, list] | None:
    """Lint and generate build/: (how many audits are published, the records held back),
    or None when --strict stops the build."""
    workspace = Workspace(project, jobs=default_jobs())
    checked = workspace.check()
    result, publication = checked.result, checked.publication
    _print_problems(result.problems, errors_only=True)
    print(summary_line(len(result.records), result.problems), file=sys.stderr)
    if args.strict and result.errors:
        print("auditkb build --strict: lint errors found; site/ left as it was", file=sys.stderr)
        return None
    from .site import generate_site, load_site_settings

    generated = generate_site(project, checked.framework, publication.published, load_site_settings(project),
                              cache=workspace.site_cache, jobs=workspace.jobs)
    _print_problems(generated.problems)
    if args.strict and any(p.severity == "error" for p in generated.problems):
        return None
    return len(publication.published), publication.held_back


def _print_held_back(held_back: list) -> None:
    if held_back:
        print(f"Held back {len(held_back)} record(s):", file=sys.stderr)
        for h in held_back:
            print(f"  {h.display}: {h.reason}", file=sys.stderr)


def serve(project: Project, args: argparse.Namespace) -> int:
    """Build once, serve, and after each save redo only what the save touched (see workspace.py)."""
    from .site import generate_site, load_site_settings
    from .site.mkdocs_driver import serve as serve_site

    workspace = Workspace(project, jobs=default_jobs())
    reported: set[tuple] = set()

    def regenerate():
        started = time.perf_counter()
        checked = workspace.check()
        generated = generate_site(project, checked.framework, checked.publication.published,
                                  load_site_settings(project), cache=workspace.site_cache, jobs=workspace.jobs)
        # forking is for the first, cold run: later runs are small and the server's threads are running
        workspace.jobs = 1
        # say which errors are new since the last save, not every error again
        errors = [p for p in checked.result.problems + generated.problems if p.severity == "error"]
        _print_problems([p for p in errors if (p.file, p.line, p.rule, p.message) not in reported])
        reported.clear()
        reported.update((p.file, p.line, p.rule, p.message) for p in errors)
        print(f"{summary_line(len(checked.result.records), checked.result.problems).rstrip()} "
              f"(read {checked.reloaded}, rendered {generated.rendered}, wrote {len(generated.written.written)} "
              f"in {time.perf_counter() - started:.2f} s)", file=sys.stderr)
        return generated.written

    def search_index(site_dir: Path) -> None:
        from .site.search_index import index_site

        report = index_site(site_dir)
        print(f"Search index updated ({report.pages:,} pages, {report.seconds:.1f} s)", file=sys.stderr)

    serve_site(project, regenerate, host="127.0.0.1", port=args.port, after_build=search_index)
    return 0


def rules(project: Project, args: argparse.Namespace) -> int:
    width = max(len(r.name) for r in REGISTRY.values())
    for r in sorted(REGISTRY.values(), key=lambda r: r.code):
        print(f"{r.code}  {r.name:<{width}}  {r.category:<12} {r.severity:<8} {r.summary}")
    return 0


def explain(project: Project, args: argparse.Namespace) -> int:
    wanted = args.rule
    r = REGISTRY.get(wanted.upper()) or next((r for r in REGISTRY.values() if r.name == wanted), None)
    if r is None:
        print(f"auditkb explain: no rule `{wanted}`; `auditkb rules` lists them", file=sys.stderr)
        return 2
    print(f"{r.code} {r.name}  ({r.category}, {r.severity} by default)\n")
    print(r.doc)
    if r.options:
        print("\n## Options")
        for key, value in r.options.items():
            print(f"- `{key}`: default {value!r}")
    return 0


def new(project: Project, args: argparse.Namespace) -> int:
    from .newrecord import create, next_id, render_new_record

    framework = _framework(project)
    if args.print_only:
        today = dt.date.today()
        rid = next_id(project, today.year)
        sys.stdout.write(render_new_record(framework, rid, today, f"audits/{today.year}/{rid}.yml"))
        return 0
    path = create(project, framework)
    print(f"Wrote {path.relative_to(project.root)}: fill it in, then `auditkb lint {path.relative_to(project.root)}`.")
    return 0


def schema(project: Project, args: argparse.Namespace) -> int:
    text = schema_text(_framework(project))
    target = project.root / SCHEMA_PATH
    if args.check:
        current = target.read_text(encoding="utf-8") if target.exists() else ""
        if current != text:
            print(f"{SCHEMA_PATH} is out of date: run `auditkb schema --write`", file=sys.stderr)
            return 1
        print(f"{SCHEMA_PATH} is up to date")
        return 0
    if args.write:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        print(f"Wrote {SCHEMA_PATH}", file=sys.stderr)
        return 0
    sys.stdout.write(text)
    return 0
