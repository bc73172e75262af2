"""generate(): published records and the framework in, build/ out.

Reads top to bottom as a pipeline: index (two passes), pages, render, assets and
hand-written content, the derived mkdocs.yml, write. Returns the problems found;
raises ConfigError when the site's own configuration cannot be used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..framework import Framework
from ..parallel import map_slices
from ..problems import ConfigError, Problem
from ..project import Project
from ..records import LoadedRecord
from . import pages as page_set
from . import urls
from .index import build_index
from .page_key import context_key
from .render import Renderer
from .settings import SiteSettings
from .write import WriteReport, derive_config, navigation, read_site_config, write_tree

_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)
_H1 = re.compile(r"^#\s+(.+?)\s*#*\s*$", re.MULTILINE)
_TITLE = re.compile(r"^title:\s*(.+?)\s*$", re.MULTILINE)


@dataclass
class Generated:
    problems: list[Problem]
    written: WriteReport
    rendered: int
    """Pages rendered on this run (the others came from the cache)."""


def generate(project: Project, framework: Framework, published: list[LoadedRecord],
             settings: SiteSettings) -> list[Problem]:
    """Write build/docs/** and build/mkdocs.yml for the records passed in (and no others)."""
    return generate_site(project, framework, published, settings).problems


def generate_site(project: Project, framework: Framework, published: list[LoadedRecord],
                  settings: SiteSettings, *, cache: dict | None = None, jobs: int = 1) -> Generated:
    """generate(), saying what it did. `cache` (kept by the caller between runs; see
    workspace.py) holds audit pages by their record's hash and what was written last
    time; `jobs` > 1 renders from cold in that many processes."""
    files, problems, rendered = _render(project, framework, published, settings, cache, jobs)
    report = write_tree(project.build, files, previous=cache.get("written") if cache is not None else None)
    if cache is not None:
        cache["written"] = files
    return Generated(problems, report, rendered)


def render_tree(project: Project, framework: Framework, published: list[LoadedRecord],
                settings: SiteSettings) -> tuple[dict[str, bytes], list[Problem]]:
    """Everything generate() writes, as {path under build/: bytes}, without writing it."""
    files, problems, _ = _render(project, framework, published, settings, None, 1)
    return files, problems


def _render(project: Project, framework: Framework, published: list[LoadedRecord], settings: SiteSettings,
            cache: dict | None, jobs: int) -> tuple[dict[str, bytes], list[Problem], int]:
    index = build_index(framework, published, settings, memo=cache.setdefault("index", {}) if cache is not None else None)
    home_text = _home_text(project.content / "index.md")
    renderer = Renderer(project.templates, index, cache.get("jinja") if cache is not None else None)
    if cache is not None:
        cache["jinja"] = renderer.env  # compiled templates, reused while the templates are unchanged
    files: dict[str, bytes] = {}
    kept: dict[tuple[str, str], bytes] = cache.get("pages", {}) if cache is not None else {}
    keep: dict[tuple[str, str], bytes] = {}
    todo: list[page_set.Page] = []
    for page in page_set.all_pages(index, home_text):
        if page.key is None and cache is not None and isinstance(page.context, dict):
            page.key = context_key(page.template, page.context)
        cached = kept.get((page.path, page.key)) if page.key else None
        if cached is not None:
            files[f"docs/{page.path}"] = keep[(page.path, page.key)] = cached
        else:
            todo.append(page)
    jobs = jobs if len(todo) >= PARALLEL_FROM else 1
    for page, data in zip(todo, map_slices(_render_slice, (renderer, todo), len(todo), jobs)):
        files[f"docs/{page.path}"] = data
        if page.key:
            keep[(page.path, page.key)] = data
    if cache is not None:
        cache["pages"] = keep

    content_pages = _copy_content(project.content, files)
    extra_css = _copy(project.site_config / "extra.css", urls.EXTRA_CSS, files)
    scripts = []
    js_dir = project.site_config / "js"
    for js in sorted(js_dir.glob("*.js")) if js_dir.is_dir() else []:
        scripts += _copy(js, f"{urls.JS_DIR}/{js.name}", files)
    overrides = project.site_config / "overrides"
    if overrides.is_dir():
        for path in sorted(p for p in overrides.rglob("*") if p.is_file()):
            files[f"overrides/{path.relative_to(overrides).as_posix()}"] = path.read_bytes()

    nav = navigation(framework.standards, settings, _content_nav(project.content, content_pages, settings))
    files["mkdocs.yml"] = derive_config(read_site_config(project), nav, extra_css=extra_css,
                                        extra_javascript=scripts, custom_dir=overrides.is_dir())
    return files, sorted(index.problems), len(todo)


# Below this many pages to render, a second process costs more than it saves.
PARALLEL_FROM = 150


def _render_slice(work: tuple[Renderer, list[page_set.Page]], start: int, stop: int) -> list[bytes]:
    renderer, pages = work
    return [renderer.render(page).encode("utf-8") for page in pages[start:stop]]


def _home_text(path: Path) -> str:
    if not path.exists():
        return "# Practice Learning Library"
    return _FRONT_MATTER.sub("", path.read_text(encoding="utf-8"), count=1).strip()


def _copy(source: Path, dest: str, files: dict[str, bytes]) -> list[str]:
    """Copy one asset into docs/; the list of what was copied (for mkdocs.yml)."""
    if not source.is_file():
        return []
    files[f"docs/{dest}"] = source.read_bytes()
    return [dest]


def _copy_content(content: Path, files: dict[str, bytes]) -> list[str]:
    """Hand-written pages and their images, as they are; the Markdown pages copied."""
    copied = []
    if not content.is_dir():
        return copied
    for path in sorted(p for p in content.rglob("*") if p.is_file()):
        rel = path.relative_to(content).as_posix()
        if rel == "index.md" or any(part.startswith(".") for part in Path(rel).parts):
            continue
        dest = f"docs/{rel}"
        if dest in files:
            raise ConfigError(f"{path}: the generated page {rel} has this path; rename the hand-written page")
        files[dest] = path.read_bytes()
        if rel.endswith(".md"):
            copied.append(rel)
    return copied


def _content_nav(content: Path, copied: list[str], settings: SiteSettings) -> list[tuple[str, str]]:
    """(path, title) of the hand-written pages, in navigation order."""
    if settings.content_pages is not None:
        missing = [p.file for p in settings.content_pages if p.file not in copied]
        if missing:
            raise ConfigError("site_config/site.yml lists content pages that content/ does not have: "
                              + ", ".join(missing))
        return [(p.file, p.title) for p in settings.content_pages]
    out = []
    for rel in copied:
        text = (content / rel).read_text(encoding="utf-8")
        front = _FRONT_MATTER.match(text)
        title = _TITLE.search(front.group()) if front else None
        h1 = _H1.search(_FRONT_MATTER.sub("", text, count=1))
        name = title.group(1).strip("\"'") if title else h1.group(1) if h1 else Path(rel).stem.replace("-", " ").capitalize()
        out.append((rel, name))
    return out


__all__ = ["generate", "generate_site", "render_tree", "Generated", "WriteReport"]
