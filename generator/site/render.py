"""Pages to Markdown, through the Jinja2 templates in site_config/templates/.

Templates write the words and the Markdown; this module gives them filters for
what must be done one way only:

- `href(target)`: a link, from urls.py, relative to the page being rendered; a
  target that pass 1 did not register is an error, never a dead link;
- `prose`: a record's free text as safe Markdown, inline references linked;
  `cell` does the same on one line, for a table cell;
- `plain`: a title, label or role, shown as text;
- `month`, `yesno`, `attr`, `json` for dates, answers, attribute values, front matter.
"""

from __future__ import annotations

import json
import posixpath
import re
from pathlib import Path
from typing import Any

import jinja2

from ..problems import ConfigError
from . import audit_view, inline, urls
from .figures import Figure
from .index import SiteIndex
from .pages import Page
from .urls import Target

_BLANK_RUNS = re.compile(r"\n{3,}")
_TRAILING = re.compile(r"[ \t]+$", re.MULTILINE)
_TOC_UNSAFE = re.compile(r'["{}\\<>&]')


class Renderer:
    """A Jinja2 environment over one templates folder, for one site index."""

    def __init__(self, templates: Path, index: SiteIndex, env: jinja2.Environment | None = None) -> None:
        """`env`: an environment a previous Renderer made for the same folder, to reuse its
        compiled templates (Jinja2 recompiles a template whose file changed)."""
        if not templates.is_dir():
            raise ConfigError(f"{templates}: the page templates folder is missing")
        self.index = index
        self._prose_cache: dict[tuple[str, str | None], str] = {}
        self._items_cache: dict[tuple, str] = {}
        self.env = env or jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(templates)),
            autoescape=False,  # the output is Markdown; values go through the filters below
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )
        self.env.globals.update(href=self._href, anchor=_anchor, learning_item=self._learning_item, urls=urls, settings=index.settings,
                                fw=index.framework)
        self.env.filters.update(
            prose=self._prose, cell=self._cell, plain=inline.plain, month=audit_view.month,
            yesno=_yesno, attr=inline.attr_value, json=_json, figure=_figure,
            title_attr=inline.link_title, extract=_extract,
        )

    @jinja2.pass_context
    def _href(self, ctx: Any, target: Target) -> str:
        if target not in self.index.anchors:
            raise ConfigError(f"{ctx.name}: a link to {urls.url(target)}, which the site does not have")
        return urls.relative(ctx["page_path"], target)

    def _link_for(self, page_path: str):
        def link(statement_id: str) -> str | None:
            target = self.index.statement_target(statement_id)
            return urls.relative(page_path, target) if target else None
        return link

    def _prose_at(self, page_path: str, text: str | None) -> str:
        # The same text shows on many pages (a learning item is on its audit, its
        # standards, its themes): links depend only on the page's folder.
        key = (posixpath.dirname(page_path), text)
        if key not in self._prose_cache:
            self._prose_cache[key] = inline.prose(text, self._link_for(page_path))
        return self._prose_cache[key]

    @jinja2.pass_context
    def _prose(self, ctx: Any, text: str | None) -> str:
        return self._prose_at(ctx["page_path"], text)

    @jinja2.pass_context
    def _cell(self, ctx: Any, text: str | None) -> str:
        return inline.one_line(self._prose_at(ctx["page_path"], text))

    @jinja2.pass_context
    def _learning_item(self, ctx: Any, item: Any, show_kind: bool = False) -> str:
        """`_learning_item.md.j2` for one item; the same for every page in a folder, so made once."""
        page_path = ctx["page_path"]
        key = (posixpath.dirname(page_path), item.entry.audit.id, item.entry.index, show_kind)
        if key not in self._items_cache:
            template = self.env.get_template("_learning_item.md.j2")
            self._items_cache[key] = template.render(l=item, show_kind=show_kind, page_path=page_path)
        return self._items_cache[key]

    def render(self, page: Page) -> str:
        try:
            template = self.env.get_template(page.template)
            context = page.context() if callable(page.context) else page.context
            text = template.render(context, page_path=page.path)
        except jinja2.TemplateSyntaxError as err:
            raise ConfigError(f"{err.filename or err.name}:{err.lineno}: {err.message}") from None
        except jinja2.TemplateNotFound as err:
            raise ConfigError(f"page template {err.name} is missing from {self.env.loader.searchpath[0]}") from None
        except jinja2.UndefinedError as err:
            raise ConfigError(f"{page.template}: {err.message} (rendering {page.path})") from None
        return tidy(text)


def tidy(markdown: str) -> str:
    """No trailing spaces, no runs of blank lines, one newline at the end."""
    markdown = _TRAILING.sub("", markdown)
    return _BLANK_RUNS.sub("\n\n", markdown).strip("\n") + "\n"


def _anchor(anchor: str | None, toc: str | None = None) -> str:
    """An attribute list giving a heading its anchor, `{#4.7}` (Jinja reads `{#` as a comment),
    and optionally a shorter label for the page's table of contents."""
    label = f' data-toc-label="{_TOC_UNSAFE.sub("", toc)}"' if toc else ""
    return "{#" + inline.attr_value(anchor or "") + label + "}"


def _extract(key: str, mapping: dict) -> Any:
    return mapping[key]


def _yesno(value: bool | None) -> str:
    return "Not answered" if value is None else ("Yes" if value else "No")


def _json(value: Any) -> str:
    """A YAML-safe scalar for front matter (JSON is YAML)."""
    return json.dumps(value, ensure_ascii=False)


def _figure(value: Figure) -> str:
    return value.text
