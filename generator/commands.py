"""What each command does; `cli.py` parses arguments and maps errors to exit codes."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

from .framework import Framework, load_framework
from .lint import REGISTRY, LintResult, lint_paths, load_settings
from .problems import ConfigError
from .project import Project
from .publication import decide
from .report import FORMATS, summary_line
from .schema import SCHEMA_PATH, schema_text


def _framework(project: Project) -> Framework:
    if not project.standards.is_dir():
        raise ConfigError(f"no standards/ folder in {project.root}; run auditkb inside a knowledge base "
                          "or pass --root")
    return load_framework(project.standards)


def _lint(project: Project, paths: list[Path], framework: Framework) -> LintResult:
    settings = load_settings(project.site_config / "lint.yml")
    return lint_paths(paths, project.root, framework, settings)


def lint(project: Project, args: argparse.Namespace) -> int:
    framework = _framework(project)
    paths = args.paths or [project.audits]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        print(f"auditkb lint: no such file or folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    result = _lint(project, paths, framework)
    sys.stdout.write(FORMATS[args.format](len(result.records), result.problems))
    return 1 if result.errors else 0


def build(project: Project, args: argparse.Namespace) -> int:
    started = time.perf_counter()
    framework = _framework(project)
    result = _lint(project, [project.audits], framework)
    publication = decide(result)
    for p in result.problems:
        if p.severity == "error":
            print(f"{p.file}:{p.line}:{p.column}: {p.severity} {p.rule} {p.message}", file=sys.stderr)
    print(summary_line(len(result.records), result.problems), file=sys.stderr)
    if args.strict and result.errors:
        print("auditkb build --strict: lint errors found; site/ left as it was", file=sys.stderr)
        return 1
    from .site import generate, load_site_settings
    from .site.mkdocs_driver import build_html

    site_settings = load_site_settings(project)
    site_problems = generate(project, framework, publication.published, site_settings)
    for p in site_problems:
        print(f"{p.file}:{p.line}:{p.column}: {p.severity} {p.rule} {p.message}", file=sys.stderr)
    if args.strict and any(p.severity == "error" for p in site_problems):
        return 1
    site_dir = (args.site_dir or project.site).resolve()
    build_html(project, site_dir, strict=True)
    print(f"Published {len(publication.published)} audit(s) to {site_dir}", file=sys.stderr)
    if publication.held_back:
        print(f"Held back {len(publication.held_back)} record(s):", file=sys.stderr)
        for h in publication.held_back:
            print(f"  {h.display}: {h.reason}", file=sys.stderr)
    if args.offline:
        from .site.offline import write_offline_zip

        zip_path = write_offline_zip(project, site_dir)
        print(f"Offline copy: {zip_path}", file=sys.stderr)
    print(f"Built in {time.perf_counter() - started:.1f} s. Open {site_dir / 'index.html'} "
          "or run `auditkb serve`.", file=sys.stderr)
    return 0


def serve(project: Project, args: argparse.Namespace) -> int:
    framework_holder: dict = {}

    def regenerate() -> None:
        from .site import generate, load_site_settings

        framework = _framework(project)
        framework_holder["f"] = framework
        result = _lint(project, [project.audits], framework)
        publication = decide(result)
        generate(project, framework, publication.published, load_site_settings(project))
        print(summary_line(len(result.records), result.problems), file=sys.stderr)

    from .site.mkdocs_driver import serve as serve_site

    regenerate()
    serve_site(project, regenerate, host="127.0.0.1", port=args.port)
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
