"""Reference rules: every statement a record cites exists."""

from __future__ import annotations

from typing import Any, Iterator

from ..references import find_references, may_refer
from .rule import Hit, RecordContext, rule


def free_text(data: Any, path: tuple = ()) -> list[tuple[tuple, str]]:
    """Every string in a record with its path, in document order (walked with a stack:
    a recursive generator passes each string up through every level)."""
    out: list[tuple[tuple, str]] = []
    stack: list[tuple[tuple, Any]] = [(path, data)]
    while stack:
        where, value = stack.pop()
        if isinstance(value, str):
            out.append((where, value))
        elif isinstance(value, dict):
            stack.extend(reversed([(where + (k,), v) for k, v in value.items()]))
        elif isinstance(value, list):
            stack.extend(reversed([(where + (i,), v) for i, v in enumerate(value)]))
    return out


@rule("R101", "unknown-statement", category="reference")
def unknown_statement(ctx: RecordContext) -> Iterator[Hit]:
    """A `standards:` list names a statement that does not exist.

    ## What it does
    Checks every entry of the `standards:` lists of areas and learning items against
    the statements under `standards/practice-standards.yml`.

    ## Why it matters
    Backlinks are built from these lists: a reference to 4.12 links nowhere and the
    learning never reaches the statement's page.

    ## Example
    ```yaml
    standards: ["4.12"]
    ```

    ## Instead
    ```yaml
    standards: ["4.1", "4.2"]
    ```
    """
    known = ctx.framework.statements
    r = ctx.record
    lists = [(("areas", area, "standards"), entry.standards) for area, entry in r.areas.items()]
    lists += [(("learning", i, "standards"), item.standards) for i, item in enumerate(r.learning)]
    for path, refs in lists:
        for j, ref in enumerate(refs):
            if ref not in known:
                yield ctx.hit(path + (j,), f"statement `{ref}` does not exist in the practice standards")


@rule("R102", "unknown-statement-inline", category="reference")
def unknown_statement_inline(ctx: RecordContext) -> Iterator[Hit]:
    """Free text refers to a statement that does not exist ("PS 4.12").

    ## What it does
    Finds inline references such as "PS 4.7", "practice standard 4.7" or
    "standard 4.7" in any free text and checks that the statement exists.

    ## Why it matters
    Inline references become links on the site; one to a statement that does not
    exist would be a dead link, so the build refuses it.

    ## Example
    ```yaml
    analysis: Safety planning met PS 4.12.
    ```

    ## Instead
    ```yaml
    analysis: Safety planning met PS 4.8.
    ```
    """
    known = ctx.framework.statements
    for path, text in free_text(ctx.loaded.data):
        if path and path[-1] == "standards" or (len(path) > 1 and path[-2] == "standards"):
            continue
        if not may_refer(text):
            continue
        for ref in find_references(text):
            if ref.statement not in known:
                yield ctx.hit(path, f"an inline reference names statement {ref.statement}, which does not exist",
                              start=ref.start, end=ref.end)
