"""Running MkDocs on build/: the only module of auditkb that imports MkDocs.

`build_html` builds into a temporary folder beside the site folder, indexes it for
search with Pagefind (search_index.py, which is not MkDocs) and swaps it in only when
both succeeded: a failed build leaves the previous site exactly as it was. `serve` runs MkDocs' live server, regenerating build/ when a record, the
framework, a template or a content page changes and rebuilding only changed pages.
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

from ..problems import AuditkbError, BuildError
from ..project import Project
from .search_index import SearchIndexReport, index_site
from .write import WriteReport

log = logging.getLogger("auditkb.site")


@dataclass
class HtmlBuild:
    """What a successful build_html did."""

    site_dir: Path
    seconds: float
    warnings: list[str] = field(default_factory=list)
    """MkDocs' warnings (none in a strict build, which fails on them)."""
    search: SearchIndexReport | None = None
    """What Pagefind indexed (build_html); None for the offline copy, which keeps Material's search."""


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
    """Build build/mkdocs.yml into site_dir with its Pagefind search index, all or nothing.
    Raises BuildError on failure."""
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
    try:
        search = index_site(staging)
    except BaseException as err:
        shutil.rmtree(staging, ignore_errors=True)
        if isinstance(err, BuildError):
            raise BuildError(f"{err}\n{site_dir} was left as it was") from None
        raise
    seconds = time.monotonic() - start
    _swap(staging, site_dir)
    return HtmlBuild(site_dir, seconds, collect.messages(logging.WARNING), search)


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


class SiteRebuilder:
    """MkDocs building one site folder again and again, each time only what changed.

    The first build is full. After that, given what regenerate() wrote to build/,
    MkDocs builds `dirty` (only pages whose Markdown is newer than their HTML) and
    the HTML of deleted pages is removed; a change to mkdocs.yml or the theme
    overrides, which frame every page, builds everything again.
    """

    def __init__(self, project: Project, site_dir: Path, site_url: str | None = None) -> None:
        self.config_file = str(project.build / "mkdocs.yml")
        self.site_dir = Path(site_dir)
        self.site_url = site_url
        self.built = False
        logging.getLogger("mkdocs.commands.build").addFilter(_quiet_dirty_warning)

    def __call__(self, written: WriteReport | None) -> str:
        """Build; returns "full", "dirty" or "none". Raises BuildError when MkDocs fails."""
        from mkdocs import exceptions
        from mkdocs.commands.build import build
        from mkdocs.config import load_config

        changed = [] if written is None else written.written + written.deleted
        full = not self.built or written is None or any(not rel.startswith("docs/") for rel in changed)
        if not full and not changed:
            return "none"
        try:
            config = load_config(config_file=self.config_file, site_dir=str(self.site_dir))
            if self.site_url:
                config.site_url = self.site_url
            build(config, serve_url=self.site_url, dirty=not full)
        except (exceptions.MkDocsException, exceptions.ConfigurationError, SystemExit, OSError) as err:
            raise BuildError(f"MkDocs could not build the site: {str(err) or type(err).__name__}") from None
        if not full and written is not None:
            _remove_built(self.site_dir, written.deleted)
        self.built = True
        return "full" if full else "dirty"


def serve(project: Project, regenerate: Callable[[], WriteReport], host: str = "127.0.0.1", port: int = 8000,
          after_build: Callable[[Path], None] | None = None) -> None:
    """A live-reloading server: after a save, only what the save touched is done again.

    MkDocs' live server (its LiveReloadServer) watches the sources (audits/, standards/,
    site_config/, content/, mkdocs.yml) and, once a burst of saves has settled, calls
    the builder here: regenerate() redoes only what changed (see workspace.py) and
    says which files of build/ it rewrote, and SiteRebuilder builds only those pages
    before the browser reloads. `after_build(site_dir)` runs after each build.
    """
    from mkdocs.livereload import LiveReloadServer, _serve_url

    site_dir = Path(tempfile.mkdtemp(prefix="auditkb-serve-"))
    rebuild = SiteRebuilder(project, site_dir, _serve_url(host, port, "/"))
    behind = _InBackground(after_build, site_dir) if after_build is not None else None

    def builder() -> None:
        start = time.monotonic()
        try:
            written = regenerate()
            how = rebuild(written)
        except AuditkbError as err:  # keep serving the last good site: the next save may fix it
            log.error("%s", err)
            return
        if how == "none":
            log.info("no page changed")
            return
        log.info("%s %d changed file(s) in %.2f s", "built" if how == "full" else "rebuilt",
                 len(written.written) + len(written.deleted), time.monotonic() - start)
        if behind is not None:
            behind.request()

    server = LiveReloadServer(builder=builder, host=host, port=port, root=str(site_dir))

    def error_page(code: int) -> bytes | None:
        page = site_dir / f"{code}.html"
        return page.read_bytes() if code in (404, 500) and page.is_file() else None

    server.error_handler = error_page
    mkdocs_log = logging.getLogger("mkdocs")
    if not mkdocs_log.handlers:  # used as a library, MkDocs would say nothing; say where it serves
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
        for name in ("mkdocs", "auditkb"):
            logging.getLogger(name).addHandler(handler)
            logging.getLogger(name).setLevel(logging.INFO)
    try:
        builder()
        if not rebuild.built:
            raise BuildError("the site could not be built; fix the problems above and run auditkb serve again")
        for path in watched(project):
            server.watch(str(path))
        try:
            server.serve()
        except KeyboardInterrupt:
            log.info("shutting down")
        finally:
            server.shutdown()
    finally:
        shutil.rmtree(site_dir, ignore_errors=True)


class _InBackground:
    """Runs work(site_dir) in a thread after builds, so that the browser reloads without
    waiting for it (the search index takes seconds); requests made while it runs are
    folded into one more run."""

    def __init__(self, work: Callable[[Path], None], site_dir: Path) -> None:
        self.work, self.site_dir = work, site_dir
        self._lock = threading.Lock()
        self._running = self._again = False

    def request(self) -> None:
        with self._lock:
            if self._running:
                self._again = True
                return
            self._running = True
        threading.Thread(target=self._loop, daemon=True, name="auditkb-after-build").start()

    def _loop(self) -> None:
        while True:
            try:
                self.work(self.site_dir)
            except AuditkbError as err:
                log.error("%s", err)
            except Exception as err:  # keep serving; say what failed without a traceback
                log.error("after the build: %s: %s", type(err).__name__, err)
            with self._lock:
                if not self._again:
                    self._running = False
                    return
                self._again = False


def _quiet_dirty_warning(record: logging.LogRecord) -> bool:
    """MkDocs warns on every dirty build that links may be stale; auditkb serve builds
    fully whenever the navigation or the theme changes, so the warning says nothing."""
    return "'dirty' build" not in record.getMessage()


def _remove_built(site_dir: Path, deleted: list[str]) -> None:
    """Delete the HTML of pages whose Markdown is gone (a dirty build leaves it)."""
    for rel in deleted:
        if not rel.startswith("docs/"):
            continue
        source = Path(rel[len("docs/"):])
        if source.suffix == ".md":
            folder = source.parent if source.stem in ("index", "README") else source.with_suffix("")
            built = site_dir / folder / "index.html"
        else:
            built = site_dir / source
        built.unlink(missing_ok=True)
        if built.parent != site_dir and built.parent.is_dir() and not any(built.parent.iterdir()):
            built.parent.rmdir()


def build_offline_html(project: Project, site_dir: Path, polyfills: list[str]) -> HtmlBuild:
    """Build build/mkdocs.yml into site_dir as a copy that works opened from file://.

    The same tree as build_html, with Material's own `search` plugin and its `offline`
    plugin added: page URLs become files (`use_directory_urls: false`, so
    `standards/4.html`) and the search index is also written as a script, because a
    page opened from file:// cannot fetch JSON (nor Pagefind's index, which the online
    site uses; the header shows Material's search box when its plugin is on). The
    offline plugin would add a shim from a CDN to run the search worker from file://;
    `polyfills` lists local replacements (one must name iframe-worker) and the caller
    puts those files into site_dir. Raises BuildError on failure.
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
        plugins = list(raw.get("plugins") or [])
        names = [p if isinstance(p, str) else next(iter(p), "") for p in plugins]
        if not any(n in ("search", "material/search") for n in names):
            plugins.append("material/search")
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
