"""The site's search index: Pagefind, run over the built HTML.

Material's own search writes one JSON file of every page's text, which every reader
downloads before the first result (133 MB at 5,000 audits). Pagefind splits the index
into chunks and fragments, and a browser fetches only the few that a query needs.
It runs after MkDocs, on the HTML, so it is not MkDocs and lives outside the driver:

    report = index_site(site_dir)        # writes site_dir/pagefind/, all or nothing

`auditkb build` calls it on the staging folder before swapping the site in; `auditkb
serve` can call it after each rebuild. The search box (site_config/overrides) loads
pagefind/pagefind-ui.js only when a reader opens it, and says that search is not
available yet when the folder is missing, so a site without an index still works.
The offline copy (offline.py) keeps Material's own search, which works from file://.

Pagefind indexes only the article of each page (Material's `article.md-content__inner`):
not the navigation, the table of contents, the header or the footer. It leaves out the
permalink marks beside headings, the audits filter's form, and the 404 page. A result's
title is the page's h1; its sub-results link to the headings under it (`#4.7`).

Pagefind holds every page it indexes in memory until it writes the index (4.4 GB for the
11,521 pages of 5,000 audits), so a large site is indexed in bundles of at most
BUNDLE_PAGES pages, one Pagefind run after another: its peak is that of the largest
bundle, whatever the size of the site. Page i of the sorted list goes to bundle i mod k,
so every bundle holds a like mix of audits and other pages (and like word statistics,
which keeps the merged ranking fair). Each run sees a folder of hard links to just its
pages, at their paths in the site, so its results carry the site's URLs. The first bundle
is pagefind/ itself (scripts, wasm, index); the others are pagefind/bundle-2/, -3/ ...,
listed in pagefind/akb-bundles.json, which the search dialog reads to hand them to
Pagefind's UI as `mergeIndex`: a query then fetches each bundle's entry file, metadata
and the chunks its words fall in, and the fragments of the results shown. A site of
BUNDLE_PAGES pages or fewer has one bundle (and an empty list), as before. Everything is
built in a work folder and moved in with one rename, so bundles of an earlier, larger
site go with the old folder.
"""

from __future__ import annotations

import json
import math
import os
import re
import shutil
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from ..problems import BuildError

# The folder under the site that holds the index and Pagefind's scripts.
FOLDER = "pagefind"
# The part of each page that is indexed: Material's article (the page's own content).
ROOT_SELECTOR = "article.md-content__inner"
# Inside the article, what is not worth finding: the permalink mark (¶) beside every
# heading, which would end every title, and the audits index's filter form.
EXCLUDE_SELECTORS = ".headerlink, .akb-filter"
# Pages only: 404.html (and any other file not called index.html) is left out.
GLOB = "**/index.html"
PAGE_NAME = "index.html"
# The most pages one Pagefind run indexes. Its peak memory grows with the pages of a run,
# about 0.39 MB a page: 0.45 GB for 1,152 pages, 0.75 GB for 1,921 (under the 1 GB of
# issue 7 at any N). Each bundle costs a query its entry file, metadata and chunks, so
# fewer, larger bundles download less: 10 bundles of 1,152 pages made a 4-word query
# fetch 2.15 MB at 5,000 audits, 6 of 1,921 pages 1.86 MB (target 2 MB). See
# docs/contributing/performance.md.
BUNDLE_PAGES = 2000
# The bundles after the first, inside FOLDER: bundle-2/, bundle-3/ ...
BUNDLE_PREFIX = "bundle-"
# The list of those bundles (paths relative to FOLDER) that the search dialog merges.
MANIFEST = "akb-bundles.json"
TIMEOUT_S = 900

_INDEXED = re.compile(r"Indexed\s+([\d,]+)\s+(pages?|words?)")


@dataclass
class SearchIndexReport:
    """What index_site wrote: pages and words are summed over the bundles (a word found in
    two bundles counts twice), files and bytes are the whole pagefind/ folder's."""

    site_dir: Path
    pages: int
    words: int
    files: int
    bytes: int
    seconds: float
    peak_mb: float | None = None
    """Pagefind's peak memory (its resident set), where the system says: the largest of
    its runs, one per bundle."""
    bundles: list[BundleReport] = field(default_factory=list)
    """One per Pagefind run, the first being pagefind/ itself."""


@dataclass
class BundleReport:
    """One Pagefind run: its folder (relative to the site), pages, words and cost."""

    path: str
    pages: int
    words: int
    seconds: float
    peak_mb: float | None = None


def pagefind_command() -> list[str]:
    """The command that runs Pagefind's binary (from the `pagefind[bin]` package)."""
    try:
        from pagefind_bin import get_executable
    except ImportError:
        raise BuildError("Pagefind is not installed, so the site cannot get its search index: "
                         "install auditkb's dependencies again (pip install -e . brings `pagefind[bin]`)") from None
    try:
        return [str(get_executable())]
    except (FileNotFoundError, OSError) as err:
        raise BuildError(f"Pagefind's binary is missing from its package ({err}): reinstall `pagefind[bin]`") from None


def index_site(site_dir: Path) -> SearchIndexReport:
    """Write site_dir/pagefind/ from the HTML in site_dir, replacing any index there.

    Over BUNDLE_PAGES pages, the index is written in bundles (see the module's docstring).
    It is all written in a work folder beside the site and moved in only when every
    Pagefind run succeeded, so a failure leaves the site (and its previous index, if any)
    as it was. Raises BuildError, saying why, when Pagefind fails or finds no page to index.
    """
    site_dir = Path(site_dir).resolve()
    if not (site_dir / "index.html").is_file():
        raise BuildError(f"cannot index {site_dir} for search: it holds no built site (no index.html)")
    start = time.monotonic()
    work = Path(tempfile.mkdtemp(prefix=f".{site_dir.name}.pagefind-", dir=site_dir.parent))
    try:
        groups = bundles_of(pages_to_index(site_dir))
        out = work / FOLDER
        runs: list[_Run] = []
        for i, group in enumerate(groups):
            bundle_out = out if i == 0 else work / f"run-{i + 1}"
            if len(groups) == 1:
                source = site_dir   # one bundle: Pagefind reads the site itself, as it always did
            else:
                source = work / f"pages-{i + 1}"
                _link_pages(site_dir, group, source)
            runs.append(_index(source, bundle_out, work, site_dir))
            if source != site_dir:
                shutil.rmtree(source, ignore_errors=True)
        # Bundles in which Pagefind found nothing to index (no page has the article) are
        # left out; the first one that has pages is pagefind/ itself.
        kept = [(i, r) for i, r in enumerate(runs) if r.pages]
        if not kept:
            raise BuildError(f"Pagefind found no page to index in {site_dir} (it indexes the element "
                             f"{ROOT_SELECTOR!r} of the pages matching {GLOB!r}):\n" + _tail(runs[0].log))
        if kept[0][0] != 0:
            shutil.rmtree(out, ignore_errors=True)
            os.replace(work / f"run-{kept[0][0] + 1}", out)
        reports = [BundleReport(FOLDER + "/", kept[0][1].pages, kept[0][1].words, kept[0][1].seconds,
                                kept[0][1].peak_mb)]
        for number, (i, r) in enumerate(kept[1:], start=2):
            name = f"{BUNDLE_PREFIX}{number}"
            os.replace(work / f"run-{i + 1}", out / name)
            reports.append(BundleReport(f"{FOLDER}/{name}/", r.pages, r.words, r.seconds, r.peak_mb))
        (out / MANIFEST).write_text(
            json.dumps({"bundles": [r.path[len(FOLDER) + 1:] for r in reports[1:]]}) + "\n", encoding="utf-8")
        files = [p for p in out.rglob("*") if p.is_file()]
        size = sum(p.stat().st_size for p in files)
        peaks = [r.peak_mb for r in reports if r.peak_mb is not None]
        _replace(out, site_dir / FOLDER)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return SearchIndexReport(site_dir, sum(r.pages for r in reports), sum(r.words for r in reports), len(files),
                             size, time.monotonic() - start, max(peaks) if peaks else None, reports)


def pages_to_index(site_dir: Path) -> list[str]:
    """The pages Pagefind indexes (GLOB: every index.html, so not the 404 page), as
    sorted paths relative to site_dir; its own folder holds none."""
    return sorted(p.relative_to(site_dir).as_posix() for p in site_dir.rglob(PAGE_NAME)
                  if p.is_file() and p.relative_to(site_dir).parts[0] != FOLDER)


def bundles_of(pages: list[str], limit: int | None = None) -> list[list[str]]:
    """The pages in as few bundles of at most `limit` (BUNDLE_PAGES) pages as it takes,
    page i of the sorted list in bundle i mod k: the same site always gives the same
    bundles, of sizes that differ by one at most."""
    limit = limit or BUNDLE_PAGES
    count = max(1, math.ceil(len(pages) / limit))
    return [pages[i::count] for i in range(count)]


def _link_pages(site_dir: Path, pages: list[str], into: Path) -> None:
    """A folder holding just these pages, at their paths in the site: hard links where the
    file system allows them, copies where not."""
    link = True
    for rel in pages:
        target = into / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        if link:
            try:
                os.link(site_dir / rel, target)
                continue
            except OSError:
                link = False
        shutil.copy2(site_dir / rel, target)


@dataclass
class _Run:
    pages: int
    words: int
    seconds: float
    peak_mb: float | None
    log: str   # what Pagefind printed


def _index(source: Path, out: Path, cwd: Path, site_dir: Path) -> _Run:
    """One Pagefind run over the pages in source, writing its bundle to out."""
    start = time.monotonic()
    command = pagefind_command() + [
        "--site", str(source), "--output-path", str(out),
        "--root-selector", ROOT_SELECTOR, "--exclude-selectors", EXCLUDE_SELECTORS,
        "--glob", GLOB,
    ]
    returncode, log, peak_mb = _run(command, cwd)
    counts = {kind.rstrip("s"): int(n.replace(",", "")) for n, kind in _INDEXED.findall(log)}
    pages = counts.get("page", 0)
    if returncode != 0 and pages:
        raise BuildError(f"Pagefind could not index {site_dir} (exit {returncode}):\n" + _tail(log))
    if pages and not (out / "pagefind.js").is_file():
        raise BuildError(f"Pagefind wrote no index for {site_dir}:\n" + _tail(log))
    return _Run(pages, counts.get("word", 0), time.monotonic() - start, peak_mb, log)


def _run(command: list[str], cwd: Path) -> tuple[int, str, float | None]:
    """Run Pagefind: its exit status, what it printed, and its peak memory in MB (from
    os.wait4, where there is one). Raises BuildError when it cannot start or takes too long."""
    timed_out = threading.Event()
    with tempfile.TemporaryFile(mode="w+", encoding="utf-8", errors="replace") as out:
        try:
            proc = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, cwd=cwd,
                                    env={**os.environ, "NO_COLOR": "1"})
        except OSError as err:
            raise BuildError(f"could not run Pagefind ({err}); the site has no new search index") from None

        def stop() -> None:
            timed_out.set()
            proc.kill()

        timer = threading.Timer(TIMEOUT_S, stop)
        timer.daemon = True
        timer.start()
        peak_mb = None
        try:
            if hasattr(os, "wait4"):
                _, status, usage = os.wait4(proc.pid, 0)
                proc.returncode = os.waitstatus_to_exitcode(status)
                peak_mb = usage.ru_maxrss / 1024  # kilobytes on Linux
            else:
                proc.wait()
        except BaseException:  # KeyboardInterrupt: stop Pagefind too
            proc.kill()
            proc.wait()
            raise
        finally:
            timer.cancel()
        if timed_out.is_set():
            raise BuildError(f"Pagefind took more than {TIMEOUT_S} s; the site has no new search index")
        out.seek(0)
        return proc.returncode, out.read(), peak_mb


def _replace(new: Path, target: Path) -> None:
    """Put the new index at target with renames; the old one, if any, goes."""
    os.chmod(new, 0o755)
    old = None
    if target.exists():
        old = target.with_name(f".{target.name}.old-{os.getpid()}")
        shutil.rmtree(old, ignore_errors=True)
        os.replace(target, old)
    try:
        os.replace(new, target)
    except OSError:
        if old is not None:
            os.replace(old, target)
        raise BuildError(f"could not move the new search index into {target}; the previous one was kept") from None
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def _tail(log: str, lines: int = 20) -> str:
    kept = [line for line in log.strip().splitlines() if line.strip()][-lines:]
    return "\n".join(f"  {line}" for line in kept) or "  (Pagefind printed nothing)"
