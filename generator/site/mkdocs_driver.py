"""Running MkDocs on build/: the only module of auditkb that imports MkDocs.

`build_html` builds into a temporary folder beside the site folder and swaps it in
only when the build succeeded: a failed build leaves the previous site exactly as it
was. `serve` runs MkDocs' own live server on build/ and regenerates build/ when a
record, the framework, a template or a content page changes.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from ..problems import BuildError
from ..project import Project

log = logging.getLogger("auditkb.site")


@dataclass
class HtmlBuild:
    """What a successful build_html did."""

    site_dir: Path
    seconds: float
    warnings: list[str] = field(default_factory=list)
    """MkDocs' warnings (none in a strict build, which fails on them)."""


class _Collect(logging.Handler):
    """Keeps MkDocs' messages so that a failure can say what went wrong, without a traceback."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def messages(self, level: int) -> list[str]:
        return [r.getMessage() for r in self.records if r.levelno >= level]


def build_html(project: Project, site_dir: Path, strict: bool) -> HtmlBuild:
    """Build build/mkdocs.yml into site_dir, all or nothing. Raises BuildError on failure."""
    from mkdocs import exceptions
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    config_file = project.build / "mkdocs.yml"
    if not config_file.is_file():
        raise BuildError(f"{config_file} does not exist: generate the site before building it")
    site_dir = Path(site_dir).resolve()
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{site_dir.name}.building-", dir=site_dir.parent))
    logger = logging.getLogger("mkdocs")
    collect = _Collect()
    logger.addHandler(collect)
    start = time.monotonic()
    try:
        config = load_config(config_file=str(config_file), site_dir=str(staging), strict=strict)
        build(config)
    except (exceptions.MkDocsException, exceptions.ConfigurationError, SystemExit, OSError) as err:
        shutil.rmtree(staging, ignore_errors=True)
        raise _failure(err, collect, site_dir) from None
    except Exception as err:  # a theme or Markdown extension failing: still no traceback for the reader
        shutil.rmtree(staging, ignore_errors=True)
        raise _failure(err, collect, site_dir, unexpected=True) from None
    except BaseException:  # KeyboardInterrupt: clean up and stop
        shutil.rmtree(staging, ignore_errors=True)
        raise
    finally:
        logger.removeHandler(collect)
    seconds = time.monotonic() - start
    _swap(staging, site_dir)
    return HtmlBuild(site_dir, seconds, collect.messages(logging.WARNING))


def _failure(err: BaseException, collect: _Collect, site_dir: Path, unexpected: bool = False) -> BuildError:
    detail = "\n".join(f"  {m}" for m in collect.messages(logging.WARNING))
    reason = f"{type(err).__name__}: {err}" if unexpected else (str(err) or type(err).__name__)
    return BuildError(f"MkDocs could not build the site ({reason}); {site_dir} was left as it was"
                      + (f":\n{detail}" if detail else ""))


def _swap(staging: Path, site_dir: Path) -> None:
    """Put the new site in place of the old one with two renames."""
    os.chmod(staging, 0o755)
    old = None
    if site_dir.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{site_dir.name}.old-", dir=site_dir.parent))
        os.rmdir(old)
        os.replace(site_dir, old)
    try:
        os.replace(staging, site_dir)
    except OSError:
        if old is not None:
            os.replace(old, site_dir)
        raise BuildError(f"could not move the new site into {site_dir}; the previous site was kept") from None
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def watched(project: Project) -> list[Path]:
    """The source folders whose changes regenerate build/."""
    return [p for p in (project.audits, project.standards, project.site_config, project.content,
                        project.mkdocs_yml) if p.exists()]


class _Regenerator:
    """Calls regenerate() once a burst of file changes has settled (an editor saves in steps)."""

    def __init__(self, regenerate: Callable[[], None], delay: float = 0.3) -> None:
        self.regenerate = regenerate
        self.delay = delay
        self._timer: threading.Timer | None = None
        self._lock = threading.Lock()

    def changed(self, path: str) -> None:
        name = os.path.basename(path)
        if name.startswith(".") or name.endswith("~") or name.endswith(".swp"):
            return
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
            self._timer = threading.Timer(self.delay, self._run)
            self._timer.daemon = True
            self._timer.start()

    def _run(self) -> None:
        try:
            self.regenerate()
        except Exception as err:  # keep serving: the next save may fix it
            log.error("could not regenerate the site: %s", err)


def serve(project: Project, regenerate: Callable[[], None], host: str = "127.0.0.1", port: int = 8000) -> None:
    """MkDocs' live server on build/mkdocs.yml, regenerating build/ when a source changes.

    regenerate() re-runs load, lint and generate; generate rewrites only files whose
    content changed, and MkDocs, which watches build/, rebuilds and reloads the browser.
    """
    from mkdocs.commands.serve import serve as mkdocs_serve
    from watchdog.events import FileSystemEvent, FileSystemEventHandler
    from watchdog.observers import Observer

    regenerator = _Regenerator(regenerate)
    config_file = str(project.mkdocs_yml)

    class Handler(FileSystemEventHandler):
        def __init__(self, only: str | None = None) -> None:
            self.only = only  # watching the project's root: react to its mkdocs.yml alone

        def on_any_event(self, event: FileSystemEvent) -> None:
            if event.event_type in ("opened", "closed_no_write") or event.is_directory:
                return
            paths = [str(event.src_path), str(getattr(event, "dest_path", "") or "")]
            if self.only is not None and self.only not in paths:
                return
            regenerator.changed(next(p for p in reversed(paths) if p))

    observer = Observer()
    for path in watched(project):
        if path.is_dir():
            observer.schedule(Handler(), str(path), recursive=True)
        else:
            observer.schedule(Handler(only=config_file), str(path.parent), recursive=False)
    observer.daemon = True
    observer.start()
    mkdocs_log = logging.getLogger("mkdocs")
    if not mkdocs_log.handlers:  # used as a library, MkDocs would say nothing; say where it serves
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
        mkdocs_log.addHandler(handler)
        mkdocs_log.setLevel(logging.INFO)
    try:
        mkdocs_serve(config_file=str(project.build / "mkdocs.yml"), livereload=True,
                     dev_addr=f"{host}:{port}")
    finally:
        observer.stop()
        observer.join(timeout=5)


def build_offline_html(project: Project, site_dir: Path, polyfills: list[str]) -> HtmlBuild:
    """Build build/mkdocs.yml into site_dir as a copy that works opened from file://.

    The same tree as build_html, with Material's `offline` plugin added: page URLs
    become files (`use_directory_urls: false`, so `standards/4.html`) and the search
    index is also written as a script, because a page opened from file:// cannot
    fetch JSON. The plugin would add a shim from a CDN to run the search worker from
    file://; `polyfills` lists local replacements (one must name iframe-worker) and
    the caller puts those files into site_dir. Raises BuildError on failure.
    """
    from mkdocs import exceptions
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.utils.yaml import yaml_load

    config_file = project.build / "mkdocs.yml"
    if not config_file.is_file():
        raise BuildError(f"{config_file} does not exist: generate the site before building it")
    site_dir = Path(site_dir).resolve()
    collect = _Collect()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(collect)
    start = time.monotonic()
    try:
        with open(config_file, "rb") as f:
            raw = yaml_load(f)
        plugins = list(raw.get("plugins") or ["search"])
        names = [p if isinstance(p, str) else next(iter(p), "") for p in plugins]
        if not any(n in ("offline", "material/offline") for n in names):
            plugins.append("material/offline")
        extra = {**(raw.get("extra") or {}), "polyfills": list(polyfills)}
        config = load_config(config_file=str(config_file), site_dir=str(site_dir), strict=True,
                             use_directory_urls=False, plugins=plugins, extra=extra)
        build(config)
    except (exceptions.MkDocsException, exceptions.ConfigurationError, SystemExit, OSError) as err:
        detail = "\n".join(f"  {m}" for m in collect.messages(logging.WARNING))
        reason = str(err) or type(err).__name__
        raise BuildError(f"MkDocs could not build the offline copy ({reason})"
                         + (f":\n{detail}" if detail else "")) from None
    finally:
        logger.removeHandler(collect)
    return HtmlBuild(site_dir, time.monotonic() - start, collect.messages(logging.WARNING))
