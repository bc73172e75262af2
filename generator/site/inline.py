"""Free text from a record, made into safe Markdown for the pages.

Record text is Markdown (paragraphs, lists, emphasis), but it must never bring
its own HTML, links, images or attributes onto a page:

- `&`, `<` and `>` become entities, so `<script>` and `<img onerror=...>` show as text;
- `[`, `]`, `{`, `}`, `|`, backslash and backtick are escaped, so a record cannot
  make a link, an image, a table or an attribute list (`{: onclick=...}`);
- a line that would turn into a heading (`# ...`, or a setext underline) is kept as text.

References to statements written inline ("PS 4.7", "(PS 3.2b)", "practice standard
4.7", "standard 4.7", and lists such as "PS 4.1, 4.8") become links to the statement.
generator/references.py finds them, for the linter and the pages alike: the number
is the link.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from ..references import find_references

_CHAR_ESCAPES = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    "\\": "\\\\",
    "`": "\\`",
    "[": "\\[",
    "]": "\\]",
    "{": "\\{",
    "}": "\\}",
    "|": "\\|",
}
_CHARS = re.compile("[" + re.escape("".join(_CHAR_ESCAPES)) + "]")
_EMPHASIS = re.compile(r"[*_]")
_HEADING_LINE = re.compile(r"^( {0,3})#", re.MULTILINE)
_SETEXT_LINE = re.compile(r"^( {0,3})([=-])(?=[=-]*[ \t]*$)", re.MULTILINE)
_LIST_START = re.compile(r"^( {0,3})([-+*]|[0-9]+\.)(?=\s)", re.MULTILINE)


def _escape_chars(text: str) -> str:
    return _CHARS.sub(lambda m: _CHAR_ESCAPES[m.group()], text)


def _escape_lines(markdown: str) -> str:
    markdown = _HEADING_LINE.sub(r"\1\\#", markdown)
    return _SETEXT_LINE.sub(lambda m: m.group(1) + ("&#61;" if m.group(2) == "=" else "&#45;"), markdown)


def prose(text: str | None, link: Callable[[str], str | None]) -> str:
    """Free text as safe Markdown; `link(statement_id)` gives a reference's link, or None.

    A reference to a statement that does not exist stays plain text (the index
    reports it as a problem); it never becomes a dead link.
    """
    if not text:
        return ""
    text = text.strip()
    out: list[str] = []
    pos = 0
    for ref in find_references(text):
        out.append(_escape_chars(text[pos:ref.start]))
        shown = _escape_chars(text[ref.start:ref.end])
        href = link(ref.statement)
        out.append(f"[{shown}]({href})" if href else shown)
        pos = ref.end
    out.append(_escape_chars(text[pos:]))
    return _escape_lines("".join(out))


def one_line(markdown: str) -> str:
    """Markdown fit for a table cell: paragraphs run together on one line."""
    return " ".join(line.strip() for line in markdown.splitlines() if line.strip())


@lru_cache(maxsize=16384)
def _plain(text: str) -> str:
    escaped = _escape_chars(" ".join(text.split()))
    escaped = _EMPHASIS.sub(lambda m: "\\" + m.group(), escaped)
    escaped = _LIST_START.sub(lambda m: m.group(1) + ("\\" + m.group(2) if not m.group(2)[0].isdigit()
                                                       else m.group(2)[:-1] + "\\."), escaped)
    return _escape_lines(escaped)


def plain(text: object) -> str:
    """A value shown as it is (a title, a label, a role): nothing in it is Markdown."""
    if text is None:
        return ""
    return _plain(str(text))


_ATTR_VALUE = re.compile(r"^[A-Za-z0-9 ._-]*$")


def attr_value(value: str) -> str:
    """A value for an attribute list (`{ data-grade="good" }`): ids only, checked."""
    if not _ATTR_VALUE.match(value):
        raise ValueError(f"not usable as an attribute value: {value!r}")
    return value


def link_title(text: str) -> str:
    """Text for a Markdown link title (`[4.7](url "title")`): no quotes, brackets or markup."""
    return _escape_chars(" ".join(text.split())).replace('"', "&quot;")
