"""Writing the engine-neutral tree in build/: the Markdown, the assets, the derived mkdocs.yml.

Only files whose content changed are rewritten (so MkDocs' live server reloads
only for real changes), and files this generator wrote before but no longer
makes are deleted. Output is deterministic: the same input gives the same bytes.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..problems import ConfigError
from ..project import Project
from . import urls
from .settings import SiteSettings

# The folders of build/ that belong to the generator: anything in them that it did
# not write this time is stale and is deleted. Other files in build/ are left alone.
MANAGED = ("docs", "overrides")
CONFIG = "mkdocs.yml"

# Link and anchor checks that make a dead link fail `mkdocs build --strict`. Audit
# pages are deliberately left out of the navigation, so MkDocs is told not to list them.
VALIDATION = {
    "nav": {"omitted_files": "ignore", "not_found": "warn", "absolute_links": "info"},
    "links": {"not_found": "warn", "anchors": "warn", "absolute_links": "warn", "unrecognized_links": "warn"},
}


@dataclass
class WriteReport:
    written: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    unchanged: int = 0


def write_tree(build: Path, files: dict[str, bytes], previous: dict[str, bytes] | None = None) -> WriteReport:
    """Make build/ hold `files` (paths relative to build/), touching only what changed.

    `previous` is what the last call wrote: a file whose bytes are the same as then,
    and still there, is not read back to be compared.
    """
    report = WriteReport()
    previous = previous or {}
    folders: set[Path] = set()
    for rel in sorted(files):
        path = build / rel
        data = files[rel]
        before = previous.get(rel)
        exists = path.is_file()
        if exists and before is not None and (before is data or before == data):
            report.unchanged += 1
            continue
        if exists and path.read_bytes() == data:
            report.unchanged += 1
            continue
        if path.parent not in folders:
            path.parent.mkdir(parents=True, exist_ok=True)
            folders.add(path.parent)
        if exists:  # replaced in one step: a watcher (MkDocs' live server) never reads half a file
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
            with os.fdopen(fd, "wb") as out:
                out.write(data)
            os.chmod(tmp, 0o644)
            os.replace(tmp, path)
        else:
            path.write_bytes(data)
        report.written.append(rel)
    for folder in MANAGED:
        root = build / folder
        if not root.is_dir():
            continue
        for path in sorted(root.rglob("*"), reverse=True):
            rel = path.relative_to(build).as_posix()
            if path.is_file() and rel not in files:
                path.unlink()
                report.deleted.append(rel)
            elif path.is_dir() and not any(path.iterdir()):
                path.rmdir()
        if not any(root.iterdir()):
            root.rmdir()
    return report


# --- the derived mkdocs.yml --------------------------------------------------------

class _Tagged:
    """A value with a YAML tag we do not interpret (`!ENV`, `!!python/name:`), kept as written."""

    def __init__(self, tag: str, value: Any) -> None:
        self.tag, self.value = tag, value


class _Loader(yaml.SafeLoader):
    pass


def _construct_tagged(loader: yaml.SafeLoader, tag_suffix: str, node: yaml.Node) -> _Tagged:
    if isinstance(node, yaml.ScalarNode):
        value: Any = loader.construct_scalar(node)
    elif isinstance(node, yaml.SequenceNode):
        value = loader.construct_sequence(node, deep=True)
    else:
        value = loader.construct_mapping(node, deep=True)
    return _Tagged(node.tag, value)


_Loader.add_multi_constructor("!", _construct_tagged)
_Loader.add_multi_constructor("tag:yaml.org,2002:python/", _construct_tagged)


class _Dumper(yaml.SafeDumper):
    pass


def _represent_tagged(dumper: yaml.SafeDumper, data: _Tagged) -> yaml.Node:
    if isinstance(data.value, list):
        return dumper.represent_sequence(data.tag, data.value)
    if isinstance(data.value, dict):
        return dumper.represent_mapping(data.tag, data.value)
    return dumper.represent_scalar(data.tag, data.value)


_Dumper.add_representer(_Tagged, _represent_tagged)


def read_site_config(project: Project) -> dict[str, Any]:
    """The maintainer's mkdocs.yml at the root of the project."""
    path = project.mkdocs_yml
    if not path.exists():
        raise ConfigError(f"{path}: missing (it holds the site's name, theme and Markdown settings)")
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as err:
        raise ConfigError(f"{path}: not valid YAML: {err}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping of settings")
    return data


def derive_config(root_config: dict[str, Any], nav: list[Any], *, extra_css: list[str],
                  extra_javascript: list[str], custom_dir: bool) -> bytes:
    """build/mkdocs.yml: the maintainer's settings, plus what the generated tree needs."""
    cfg = dict(root_config)
    for key in ("docs_dir", "site_dir", "nav", "use_directory_urls"):
        cfg.pop(key, None)
    theme = cfg.get("theme") or {"name": "material"}
    theme = dict(theme) if isinstance(theme, dict) else {"name": theme}
    if custom_dir:
        theme["custom_dir"] = "overrides"
    else:
        theme.pop("custom_dir", None)
    validation = dict(VALIDATION)
    for key, value in (cfg.get("validation") or {}).items():
        validation[key] = {**validation.get(key, {}), **value} if isinstance(value, dict) else value
    out: dict[str, Any] = {}
    out.update(cfg)
    out["theme"] = theme
    out["docs_dir"] = "docs"
    out["site_dir"] = "../site"
    out["use_directory_urls"] = True
    out["extra_css"] = _add(cfg.get("extra_css"), extra_css)
    out["extra_javascript"] = _add(cfg.get("extra_javascript"), extra_javascript)
    out["validation"] = validation
    out["nav"] = nav
    # MkDocs adds Material's search plugin when `plugins` is missing; the site's search is
    # Pagefind's (search_index.py), so an unset list means no plugins at all.
    if out.get("plugins") is None:
        out["plugins"] = []
    head = ("# Generated by auditkb from the project's mkdocs.yml and site_config/site.yml:\n"
            "# edit those, not this file. The generated tree builds with `mkdocs build` here.\n")
    body = yaml.dump(out, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=1000, default_flow_style=False)
    return (head + body).encode("utf-8")


def _add(existing: Any, more: list[str]) -> list[Any]:
    items = list(existing or [])
    return items + [m for m in more if m not in items]


def navigation(fw_standards: list[Any], settings: SiteSettings, content_pages: list[tuple[str, str]]) -> list[Any]:
    """The navigation: the indexes, the standards, the hand-written pages. Never every audit."""
    labels = settings.nav
    standards: list[Any] = [urls.STANDARDS.page]
    standards += [{f"{st.number}. {st.heading.rstrip('.')}": urls.standard(st.number).page} for st in fw_standards]
    nav: list[Any] = [
        {labels.home: urls.HOME.page},
        {labels.standards: standards},
        {labels.themes: urls.THEMES.page},
        {labels.learning: urls.LEARNING.page},
        {labels.good_practice: urls.GOOD_PRACTICE.page},
        {labels.audits: urls.AUDITS.page},
    ]
    nav += [{title: path} for path, title in content_pages]
    nav.append({labels.rules: urls.RULES.page})
    return nav
