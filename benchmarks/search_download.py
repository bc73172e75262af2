"""What a reader's browser downloads to run a search on a built site (Pagefind).

    .venv/bin/python benchmarks/search_download.py SITE [QUERY ...]

The honest measure is the browser's own: serve the site on 127.0.0.1 (as any static
host would, with no compression), open the home page in Chromium, open the header's
search, type a query, wait for the first page of results, and add up the files it
fetched under /pagefind/: the UI's script and styles, pagefind.js and its worker, the
wasm, pagefind-entry.json, the language's metadata, the index chunks the query's words
fall in, and the fragments of the results shown (5 at first); for a site indexed in bundles
(pagefind/bundle-2/ ..., see generator/site/search_index.py), also each further bundle's
entry file, metadata and chunks, and the list of bundles. The page itself and
Material's own assets are not counted: a reader has them whether or not they search.
The figure is the largest over a few typical queries (TYPICAL); a whole audit title
as the query, which touches many more chunks, is reported beside it.

It uses Playwright and Debian's Chromium, as the browser tests do. Where they are
missing, `from_files` estimates the same set from the folder instead: every file at the
top of pagefind/ that the UI loads, each further bundle's entry file and metadata, the
largest index chunk of every bundle and the five largest fragments (an upper bound for one
query of one word).
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import shutil
import sys
import threading
from pathlib import Path
from urllib.parse import unquote, urlsplit

# What the UI fetches before any query: its script and styles, the search library, its
# worker, the wasm for the site's language and the entry file. (Pagefind also writes a
# component UI, a modular UI and a highlighter, which this site does not load.)
UI_FILES = ("pagefind-ui.js", "pagefind-ui.css", "pagefind.js", "pagefind-worker.js", "pagefind-entry.json")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def bundles(site: Path) -> list[Path]:
    """The index's bundles: pagefind/ and, for a large site, pagefind/bundle-2/ ..."""
    pf = Path(site) / "pagefind"
    try:
        extra = json.loads((pf / "akb-bundles.json").read_text(encoding="utf-8")).get("bundles", [])
    except (OSError, ValueError):
        extra = []
    return [pf] + [pf / name for name in extra]


def folder_size(site: Path) -> dict:
    """The whole pagefind/ folder: what the server holds, not what a reader downloads."""
    pf = Path(site) / "pagefind"
    files = [p for p in pf.rglob("*") if p.is_file()]
    parts = bundles(site)
    return {"search_index_mb": sum(p.stat().st_size for p in files) / 1e6, "search_index_files": len(files),
            "search_index_bundles": len(parts),
            "search_index_chunks": sum(len(list((b / "index").glob("*"))) for b in parts),
            "search_index_fragments": sum(len(list((b / "fragment").glob("*"))) for b in parts)}


def from_files(site: Path) -> dict:
    """An estimate from the folder alone (no browser): see the module's docstring."""
    pf = Path(site) / "pagefind"
    parts = bundles(site)
    fixed = [pf / name for name in UI_FILES if (pf / name).is_file()]
    fixed += sorted(pf.glob("wasm.*.pagefind"))[:1] + sorted(pf.glob("*.pf_meta"))[:1]
    fixed += [p for b in parts[1:] for p in [b / "pagefind-entry.json", *sorted(b.glob("*.pf_meta"))[:1]]
              if p.is_file()]
    fixed += [pf / "akb-bundles.json"] if (pf / "akb-bundles.json").is_file() else []
    chunks = [max((p.stat().st_size for p in (b / "index").glob("*")), default=0) for b in parts]
    fragments = sorted((p.stat().st_size for b in parts for p in (b / "fragment").glob("*")), reverse=True)[:5]
    total = sum(p.stat().st_size for p in fixed) + sum(chunks) + sum(fragments)
    return {"search_download_mb": total / 1e6, "search_download_method": "files (estimate)"}


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def _chromium() -> str | None:
    path = os.environ.get("AUDITKB_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    return path if os.path.isfile(path) and os.access(path, os.X_OK) else None


def in_browser(site: Path, queries: list[str], timeout_ms: int = 60_000) -> dict:
    """For each query, the bytes of the files under /pagefind/ that Chromium fetched to
    show its first page of results (each query in a fresh browser context, cold cache)."""
    from playwright.sync_api import sync_playwright

    site = Path(site).resolve()
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    origin = f"http://127.0.0.1:{httpd.server_address[1]}"
    per_query = {}
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=_chromium(), headless=True, args=CHROMIUM_ARGS)
            try:
                for query in queries:
                    context = browser.new_context(service_workers="block")
                    context.set_default_timeout(timeout_ms)
                    urls: list[str] = []
                    context.on("requestfinished", lambda r: urls.append(r.url))
                    page = context.new_page()
                    page.goto(origin + "/", wait_until="networkidle")
                    page.locator("button.akb-search-open").click()
                    box = page.locator("#akb-search input.pagefind-ui__search-input")
                    box.fill(query)
                    page.wait_for_function(
                        "() => { const m = document.querySelector('#akb-search .pagefind-ui__message');"
                        " return m && /\\d/.test(m.textContent); }")
                    page.wait_for_load_state("networkidle")
                    page.wait_for_timeout(500)
                    results = page.locator("#akb-search .pagefind-ui__result").count()
                    message = page.locator("#akb-search .pagefind-ui__message").inner_text()
                    fetched = sorted({unquote(urlsplit(u).path) for u in urls
                                      if urlsplit(u).path.startswith("/pagefind/")})
                    sizes = {p: (site / p.lstrip("/")).stat().st_size for p in fetched}
                    per_query[query] = {"mb": sum(sizes.values()) / 1e6, "files": len(sizes),
                                        "results_shown": results, "message": message,
                                        "chunks": sum(1 for p in sizes if p.endswith(".pf_index")),
                                        "fragments": sum(1 for p in sizes if p.endswith(".pf_fragment"))}
                    context.close()
            finally:
                browser.close()
    finally:
        httpd.shutdown()
        httpd.server_close()
    worst = max(per_query.values(), key=lambda q: q["mb"])
    return {"search_download_mb": worst["mb"], "search_download_method": "Chromium (largest of the queries)",
            "search_queries": per_query}


def measure(site: Path, queries: list[str]) -> dict:
    """Folder size and download per query: in Chromium when it can, else from the files."""
    out = folder_size(site)
    try:
        import playwright  # noqa: F401
        browser_ok = _chromium() is not None
    except ImportError:
        browser_ok = False
    if browser_ok:
        try:
            out.update(in_browser(site, queries))
            return out
        except Exception as err:  # a broken browser should not lose the benchmark's other figures
            print(f"  search download: Chromium failed ({type(err).__name__}: {err}); estimating from the files",
                  file=sys.stderr)
    out.update(from_files(site))
    return out


# Typical queries: a theme, a two-word phrase, a few words. What a reader types.
TYPICAL = ["neglect", "domestic abuse", "voice of the child"]


def long_query(site: Path) -> str | None:
    """An audit's whole title (a dozen words or more, so many index chunks): not
    typical, but what a reader pays at worst."""
    import html as html_lib
    import re

    audits = sorted((Path(site) / "audits").glob("DDA-*/index.html"))
    if not audits:
        return None
    text = audits[len(audits) // 2].read_text(encoding="utf-8")
    m = re.search(r"<h1[^>]*>(.*?)</h1>", text, re.S)
    title = html_lib.unescape(re.sub(r"<[^>]+>", "", m.group(1))).replace("¶", "").strip() if m else ""
    return title or None


def measure_site(site: Path) -> dict:
    """measure() with the typical queries (the figure judged against the target) and,
    separately, one long query."""
    out = measure(site, TYPICAL)
    long = long_query(site)
    if long and out.get("search_queries"):
        extra = in_browser(site, [long])
        out["search_download_long_mb"] = extra["search_download_mb"]
        out["search_queries"].update(extra["search_queries"])
    return out


if __name__ == "__main__":
    site_arg = Path(sys.argv[1])
    print(json.dumps(measure(site_arg, sys.argv[2:]) if sys.argv[2:] else measure_site(site_arg), indent=2))
