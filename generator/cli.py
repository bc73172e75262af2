"""The command line: `auditkb` (and `python -m generator`).

Exit codes: 0 no errors, 1 errors found (or a failed build), 2 bad usage or
configuration. Bad input gets a message, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Sequence

from . import __version__
from .problems import AuditkbError, BuildError, ConfigError
from .project import Project


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="auditkb",
        description="Anonymised case audits and practice standards, as a cross-linked knowledge base.",
    )
    parser.add_argument("--version", action="version", version=f"auditkb {__version__}")
    parser.add_argument("--root", type=Path, default=None,
                        help="the knowledge base's folder (default: the nearest one above here)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("lint", help="check records (all of audits/ by default)")
    p.add_argument("paths", nargs="*", type=Path, metavar="PATH")
    p.add_argument("--format", choices=["text", "json", "github"], default="text")

    p = sub.add_parser("build", help="lint, hold back records with errors, generate build/, run MkDocs")
    p.add_argument("--site-dir", type=Path, default=None)
    p.add_argument("--strict", action="store_true", help="fail on any lint error")
    p.add_argument("--offline", action="store_true", help="also write a zip that works from file://")

    p = sub.add_parser("serve", help="build live on 127.0.0.1, rebuilding on every change")
    p.add_argument("--port", type=int, default=8000)

    sub.add_parser("rules", help="list the lint rules")
    p = sub.add_parser("explain", help="show one lint rule's documentation")
    p.add_argument("rule", metavar="RULE")

    p = sub.add_parser("new", help="start a new record with every section of the form")
    p.add_argument("--print", dest="print_only", action="store_true",
                   help="print the new record instead of writing it")

    p = sub.add_parser("schema", help="print the JSON Schema of the record")
    p.add_argument("--check", action="store_true",
                   help="exit 1 if schema/audit-record.schema.json is not up to date")
    p.add_argument("--write", action="store_true", help="write schema/audit-record.schema.json")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    project = Project(args.root.resolve()) if args.root else Project.find()
    try:
        from . import commands
        from .workspace import tune_gc

        tune_gc()
        return getattr(commands, args.command)(project, args)
    except ConfigError as err:
        print(f"auditkb: configuration problem: {err}", file=sys.stderr)
        return 2
    except BuildError as err:
        print(f"auditkb: build failed: {err}", file=sys.stderr)
        return 1
    except AuditkbError as err:
        print(f"auditkb: {err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
