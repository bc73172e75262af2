"""Lint output in the three formats: text, json and GitHub annotations.

No format prints text that a privacy rule matched: problems carry a description
and offsets, never the matched text, so there is nothing here to leak.
"""

from __future__ import annotations

import json
from typing import Iterable

from .problems import Problem


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def summary_line(files: int, problems: list[Problem]) -> str:
    errors = sum(p.severity == "error" for p in problems)
    warnings = len(problems) - errors
    if not problems:
        return f"{_plural(files, 'file')} checked: no problems."
    return f"{_plural(files, 'file')} checked: {_plural(errors, 'error')}, {_plural(warnings, 'warning')}."


def as_text(files: int, problems: list[Problem]) -> str:
    lines = [f"{p.file}:{p.line}:{p.column}: {p.severity} {p.rule} {p.message}"
             + (f" [{p.field}]" if p.field else "") for p in problems]
    lines.append(summary_line(files, problems))
    return "\n".join(lines) + "\n"


def as_json(files: int, problems: list[Problem]) -> str:
    return json.dumps({"files": files, "findings": [p.as_json() for p in problems]},
                      indent=1, ensure_ascii=False) + "\n"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def as_github(files: int, problems: Iterable[Problem]) -> str:
    """GitHub Actions workflow commands, one annotation per problem."""
    problems = list(problems)
    out = []
    for p in problems:
        level = "error" if p.severity == "error" else "warning"
        props = ",".join([
            f"file={_escape_property(p.file)}", f"line={p.line}", f"col={p.column}",
            f"title={_escape_property(f'{p.rule} {p.rule_name}'.strip())}",
        ])
        message = p.message + (f" [{p.field}]" if p.field else "")
        out.append(f"::{level} {props}::{_escape_data(message)}")
    out.append(summary_line(files, problems))
    return "\n".join(out) + "\n"


FORMATS = {"text": as_text, "json": as_json, "github": as_github}
