"""Loading audit records: YAML to typed Records, every problem kept with its position."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from pydantic import BaseModel, ValidationError

from .problems import Problem
from .record import IDENTIFYING_KEYS, Record
from .yamlsource import Path_, SourceMap, read_file


@dataclass(eq=False)
class LoadedRecord:
    """One file under audits/: what it held, where, and what went wrong loading it."""

    path: Path
    display: str
    """The path as messages show it (relative to the project when possible)."""
    record: Record | None
    source_map: SourceMap
    data: Any
    problems: list[Problem] = field(default_factory=list)
    digest: str = ""
    """A hash of the file's bytes (empty when it could not be read)."""

    def position(self, path: Path_, *, key: bool = False) -> tuple[int, int]:
        pos = self.source_map.position(path, key=key)
        return pos.line, pos.column


def dotted(path: Iterable[Any]) -> str:
    """`('actions', 2, 'by')` -> `actions.2.by` (list indexes count from 0)."""
    return ".".join(str(p) for p in path)


def _model_at(path: tuple, model: type[BaseModel] = Record) -> type[BaseModel] | None:
    """The model class that holds the mapping at `path`, if there is one."""
    current: Any = model
    skip_key = False  # the part after a dict-valued field is a free key
    for part in path:
        if isinstance(part, int) or current is None:
            continue
        if skip_key:
            skip_key = False
            continue
        info = getattr(current, "model_fields", {}).get(part) if isinstance(current, type) else None
        if info is None:
            return None
        skip_key = getattr(info.annotation, "__origin__", None) is dict or "dict[" in str(info.annotation)
        current = _inner_model(info.annotation)
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _inner_model(annotation: Any) -> Any:
    """Dig the BaseModel out of `X | None`, `list[X]`, `dict[str, X]`."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()) or ():
        found = _inner_model(arg)
        if found is not None:
            return found
    return None


def _message(err: dict, loc: tuple) -> str:
    kind = err["type"]
    name = loc[-1] if loc else "record"
    given = err.get("input")
    if kind == "extra_forbidden":
        if isinstance(name, str) and name.lower() in IDENTIFYING_KEYS:
            what = IDENTIFYING_KEYS[name.lower()]
            return (f"`{name}` must never be in a record: it would carry {what}. "
                    "Records identify nobody; see the record format for what replaces it")
        parent = _model_at(loc[:-1])
        known = list(parent.model_fields) if parent else []
        close = difflib.get_close_matches(str(name), known, n=1, cutoff=0.6)
        hint = f"; did you mean `{close[0]}`?" if close else ""
        return f"unknown key `{name}`{hint}"
    if kind == "missing":
        return f"`{name}` is required"
    if kind in ("string_type",):
        shown = getattr(given, "source", given)
        return f"expected text, found `{shown}`; put it in quotes if it is meant as text"
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return f"expected a whole number, found `{getattr(given, 'source', given)}`"
    if kind in ("less_than_equal", "greater_than_equal"):
        ctx = err.get("ctx", {})
        bound = ctx.get("le", ctx.get("ge"))
        return f"`{name}` is {given}, off the scale (0 to 10)" if bound in (0, 10) else err["msg"]
    if kind in ("date_from_datetime_parsing", "date_parsing", "date_type", "date_from_datetime_inexact"):
        return f"expected a date written YYYY-MM-DD, found `{given}`"
    if kind in ("dict_type", "model_type", "model_attributes_type"):
        return f"`{name}` should be a mapping of keys, found {_kind_of(given)}"
    if kind == "list_type":
        return f"`{name}` should be a list, found {_kind_of(given)}"
    if kind == "literal_error":
        return f"`{given}` is not allowed here; expected {err['ctx']['expected']}"
    if kind == "string_pattern_mismatch":
        if name == "id":
            return f"id `{given}` is not of the form DDA-YYYY-NNN"
        if loc and loc[0] in ("areas", "learning") or "standards" in loc:
            return f"`{given}` is not a statement reference such as \"4.7\" or \"3.2b\""
        return f"`{given}` does not have the expected form"
    if kind == "string_too_short":
        return f"`{name}` is too short; write the reason out"
    return err["msg"]


def _kind_of(value: Any) -> str:
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    return "text"


def _validation_problems(err: ValidationError, loaded: LoadedRecord) -> list[Problem]:
    out = []
    for e in err.errors(include_url=False):
        loc = tuple(p for p in e["loc"] if not (isinstance(p, str) and p.startswith("function-")))
        # dict keys that fail validation come as (..., key, '[key]')
        loc = tuple(p for p in loc if p != "[key]")
        is_key = e["type"] in ("extra_forbidden",)
        line, column = loaded.position(loc, key=is_key)
        out.append(Problem(
            file=loaded.display, line=line, column=column,
            rule="S002", rule_name="invalid-value", category="schema", severity="error",
            field=dotted(loc) or None, message=_message(e, loc),
        ))
    return out


def load_record(path: Path, root: Path | None = None) -> LoadedRecord:
    """Read and validate one record file. Never raises for bad input."""
    try:
        display = str(path.resolve().relative_to((root or Path.cwd()).resolve()))
    except ValueError:
        display = str(path)
    doc = read_file(path)
    loaded = LoadedRecord(path=path, display=display, record=None, source_map=doc.source_map, data=doc.data,
                          digest=doc.digest)
    for p in doc.problems:
        loaded.problems.append(Problem(
            file=display, line=p.line, column=p.column, rule="S001", rule_name="invalid-yaml",
            category="syntax", severity="error", field=dotted(p.path) or None, message=p.message))
    if doc.data is None:
        return loaded
    if not isinstance(doc.data, dict):
        loaded.problems.append(Problem(
            file=display, line=1, column=1, rule="S001", rule_name="invalid-yaml", category="syntax",
            severity="error", field=None,
            message=f"a record is a mapping of keys (id:, title:, status: ...); this file holds {_kind_of(doc.data)}"))
        return loaded
    try:
        loaded.record = Record.model_validate(doc.data)
    except ValidationError as err:
        loaded.problems += _validation_problems(err, loaded)
    loaded.problems.sort(key=lambda p: (p.line, p.column))
    return loaded


def record_files(paths: Iterable[Path]) -> list[Path]:
    """Expand folders to the .yml/.yaml files under them, sorted, each once."""
    found: dict[Path, None] = {}
    for p in paths:
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.suffix in (".yml", ".yaml") and f.is_file():
                    found[f] = None
        else:
            found[p] = None
    return list(found)
