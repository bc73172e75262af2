"""A page's key: a hash of what its template is given, so that an unchanged page is not rendered again.

`auditkb serve` re-renders after every save. Most pages do not change: an index page
shows counts and the newest few items; after one record's edit, most stay the same.
A page's context is walked and hashed, cheaply, because of how the site's data is made:

- a published audit (`AuditInfo`) stands for its record by the record's content hash,
  so the walk never descends into a record;
- the framework's models and the site's settings are the same for the whole run (the
  workspace drops every cached page when standards/ or site_config/ change), so they
  count by their type and id only;
- anything else a page is given is plain data (text, numbers, dates, targets, figures,
  tables, and dataclasses of those), walked in full.

A record's own model met anywhere else makes the page unkeyable: it is rendered every time.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from typing import Any

from pydantic import BaseModel

from .index import AuditInfo

# Models whose content is fixed for a whole run: the framework and the site's settings.
_FIXED_MODULES = ("generator.framework", "generator.site.settings")


class Unkeyable(TypeError):
    pass


def context_key(template: str, context: dict[str, Any]) -> str | None:
    """A hash of the template's name and its context, or None when the context cannot be keyed."""
    parts: list[Any] = [template]
    try:
        _walk(context, parts.append)
    except Unkeyable:
        return None
    return hashlib.blake2b(repr(parts).encode("utf-8"), digest_size=16).hexdigest()


def _walk(value: Any, out: Any) -> None:
    if value is None or isinstance(value, (str, int, float, bool, dt.date)):
        out(value)
    elif isinstance(value, AuditInfo):
        if not value.loaded.digest:
            raise Unkeyable("an audit without a content hash")
        out(("audit", value.id, value.loaded.digest))
    elif isinstance(value, (list, tuple, frozenset, set)):
        out(("[", len(value)))
        for item in (sorted(value, key=repr) if isinstance(value, (set, frozenset)) else value):
            _walk(item, out)
    elif isinstance(value, dict):
        out(("{", len(value)))
        for key, item in value.items():
            _walk(key, out)
            _walk(item, out)
    elif isinstance(value, BaseModel):
        if not type(value).__module__.startswith(_FIXED_MODULES):
            raise Unkeyable(f"a record's {type(value).__name__}")
        out((type(value).__name__, getattr(value, "id", None), getattr(value, "number", None)))
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        out(type(value).__name__)
        for f in dataclasses.fields(value):
            _walk(getattr(value, f.name), out)
    else:
        raise Unkeyable(type(value).__name__)
