"""The checks the browser tests make, as plain functions that return what they found.

Each check is used twice: on the built site, where it must find nothing, and on a
copy of the site with a defect planted in it, where it must find that defect
(test_checks_bite.py). The functions know nothing about pytest.

    server = StaticServer(site_dir)            # 127.0.0.1, a free port, threaded
    violations = run_axe(page)                 # axe-core's WCAG 2.x A/AA violations
    foreign = foreign_requests(urls, allowed)  # requests that left the local server
    crawl = crawl_site(server.url)             # pages reached, broken links and anchors
"""

from __future__ import annotations

import functools
import http.server
import threading
import urllib.error
import urllib.request
from collections.abc import Iterable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

import axe_playwright_python

# axe-core, from the PyPI package that bundles it: injected into the page as a
# script's text, so loading it makes no request at all.
AXE_JS = Path(axe_playwright_python.__file__).with_name("axe.min.js")
# The WCAG 2.x levels the site must meet (UK public sector: WCAG 2.2 AA).
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


# --- a static server ---------------------------------------------------------------

class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-store")
        super().end_headers()


class StaticServer:
    """site_dir served on 127.0.0.1 at a free port, in a thread, like any static host."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        handler = functools.partial(_QuietHandler, directory=str(self.root))
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.origin = f"http://127.0.0.1:{self.port}"
        self.url = self.origin + "/"
        self._thread = threading.Thread(target=self.httpd.serve_forever, name=f"static:{self.port}", daemon=True)
        self._thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> StaticServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# --- accessibility ---------------------------------------------------------------

def run_axe(page, context: str | dict | None = None) -> list[dict]:
    """axe-core's WCAG 2.x A and AA violations on the page as it is now."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(content=AXE_JS.read_text(encoding="utf-8"))
    options = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}
    result = page.evaluate(
        "([context, options]) => axe.run(context || document, options)", [context, options])
    return result["violations"]


def describe_violations(violations: list[dict], limit: int = 5) -> str:
    """A readable account of axe's violations: the rule, why, and where."""
    lines = []
    for v in violations:
        lines.append(f"- {v['id']} ({v.get('impact')}): {v['help']} [{v.get('helpUrl', '')}]")
        for node in v["nodes"][:limit]:
            target = " ".join(str(t) for t in node.get("target", []))
            summary = " ".join((node.get("failureSummary") or "").split())
            lines.append(f"    at {target}: {summary[:300]}")
            lines.append(f"       {node.get('html', '')[:200]}")
        if len(v["nodes"]) > limit:
            lines.append(f"    ... and {len(v['nodes']) - limit} more")
    return "\n".join(lines)


# --- privacy -----------------------------------------------------------------------

# Requests that go nowhere: the page's own inline data and in-memory objects.
_LOCAL_SCHEMES = {"data", "blob", "about", "javascript"}


def foreign_requests(urls: Iterable[str], allowed_origin: str | None) -> list[str]:
    """The requests that did not go to allowed_origin (an http origin), or, when it is
    None, that were not for a file:// URL. data:, blob: and about: never leave the page."""
    foreign = []
    for u in urls:
        parts = urlsplit(u)
        if parts.scheme in _LOCAL_SCHEMES:
            continue
        if allowed_origin is None:
            ok = parts.scheme == "file" and parts.netloc in ("", "localhost")
        else:
            ok = f"{parts.scheme}://{parts.netloc}" == allowed_origin
        if not ok:
            foreign.append(u)
    return foreign


# --- links -------------------------------------------------------------------------

class _PageParser(HTMLParser):
    """The links (a, area), the resources (link, script, img, source, iframe) and the
    ids and names that a fragment can land on."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.resources: list[str] = []
        self.ids: set[str] = set()
        self.base: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: (v or "") for k, v in attrs}
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "a" and "name" in a:
            self.ids.add(a["name"])
        if tag in ("a", "area") and "href" in a:
            self.links.append(a["href"])
        elif tag == "link" and "href" in a:
            self.resources.append(a["href"])
        elif tag in ("script", "img", "source", "iframe", "audio", "video") and a.get("src"):
            self.resources.append(a["src"])
        elif tag == "base" and "href" in a:
            self.base = a["href"]


@dataclass
class Crawl:
    """What a crawl found: every page reached (path -> ids on it) and every problem."""

    pages: dict[str, set[str]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    external: set[str] = field(default_factory=set)
    """Links to other hosts: not followed (there is no network) and not requested."""


def _fetch(url: str) -> tuple[int, str, bytes, str]:
    """Status, content type, body and final URL (after redirects) of url: http through
    urllib, file:// from disk."""
    parts = urlsplit(url)
    if parts.scheme == "file":
        path = Path(unquote(parts.path))
        if not path.is_file():
            return 404, "", b"", url
        ctype = "text/html" if path.suffix in (".html", ".htm") else "application/octet-stream"
        return 200, ctype, path.read_bytes(), url
    try:
        with urllib.request.urlopen(url, timeout=10) as resp:
            return resp.status, resp.headers.get_content_type(), resp.read(), resp.url
    except urllib.error.HTTPError as err:
        return err.code, "", b"", url


def crawl_site(start: str) -> Crawl:
    """Follow every link from start that stays under it; check every link, resource and
    #anchor on every page reached. Works on http://127.0.0.1 and on file:// (where a
    link must name a file: a browser shows a folder as a listing, not its index.html)."""
    root = start if start.endswith("/") else start.rsplit("/", 1)[0] + "/"
    crawl = Crawl()
    fetched: dict[str, tuple[int, str]] = {}  # url -> (status, final url after redirects)
    parsed: dict[str, _PageParser] = {}       # final url of each HTML page -> what is on it

    def visit(url: str) -> tuple[int, str]:
        if url not in fetched:
            code, ctype, body, final = _fetch(url)
            fetched[url] = (code, final)
            if code == 200 and ctype == "text/html" and final not in parsed:
                parser = _PageParser()
                parser.feed(body.decode("utf-8", errors="replace"))
                parsed[final] = parser
        return fetched[url]

    # Pass 1: every page reachable by following links, and the ids on each.
    queue = [start]
    seen = {start}
    while queue:
        code, final = visit(queue.pop(0))
        parser = parsed.get(final)
        if code != 200 or parser is None or final in crawl.pages:
            continue
        crawl.pages[final] = parser.ids
        for href in parser.links:
            target = _resolve(final, href, parser.base, crawl)
            if target and target.startswith(root) and target not in seen:
                seen.add(target)
                queue.append(target)
    # Pass 2: every link, resource and anchor on those pages resolves.
    for url in list(crawl.pages):
        parser = parsed[url]
        for kind, hrefs in (("link", parser.links), ("resource", parser.resources)):
            for href in hrefs:
                full = _resolve(url, href, parser.base, crawl, keep_fragment=True)
                if full is None:
                    continue
                target, fragment = urldefrag(full)
                code, final = visit(target)
                if code != 200:
                    crawl.problems.append(f"{_short(url, root)}: {kind} {href!r} -> HTTP {code}")
                    continue
                if kind == "link" and fragment:
                    ids = parsed[final].ids if final in parsed else set()
                    if unquote(fragment) not in ids:
                        crawl.problems.append(f"{_short(url, root)}: link {href!r} -> no element with id "
                                              f"{unquote(fragment)!r} on {_short(final, root)}")
    return crawl


def _resolve(page: str, href: str, base: str | None, crawl: Crawl, keep_fragment: bool = False) -> str | None:
    """The absolute URL an href on page points at, or None when it is not ours to check."""
    href = href.strip()
    if not href or href.startswith(("mailto:", "tel:", "javascript:", "data:")):
        return None
    full = urljoin(urljoin(page, base) if base else page, href)
    parts = urlsplit(full)
    here = urlsplit(page)
    if (parts.scheme, parts.netloc) != (here.scheme, here.netloc):
        crawl.external.add(full)
        return None
    if keep_fragment:
        return full
    return urldefrag(full)[0]


def _short(url: str, root: str) -> str:
    return "/" + url[len(root):] if url.startswith(root) else url


def html_pages(site_dir: Path) -> set[str]:
    """Every page of a built site with directory URLs, as its path: '/', '/standards/4/'."""
    out = set()
    for path in Path(site_dir).rglob("index.html"):
        rel = path.parent.relative_to(site_dir).as_posix()
        out.add("/" if rel == "." else f"/{rel}/")
    return out


# --- the assertions the tests make (and test_checks_bite.py proves fail) ------------

def assert_accessible(page, what: str) -> None:
    violations = run_axe(page)
    assert not violations, f"axe-core found WCAG A/AA violations on {what}:\n{describe_violations(violations)}"


def assert_private(requests: list[str], allowed_origin: str | None, what: str) -> None:
    assert requests, f"no request was recorded on {what}: the recorder is not working"
    foreign = foreign_requests(requests, allowed_origin)
    where = allowed_origin or "file://"
    assert not foreign, f"{what} made requests to somewhere other than {where}:\n" + "\n".join(
        f"  {u}" for u in foreign)


def assert_links_resolve(crawl: Crawl) -> None:
    assert not crawl.problems, f"{len(crawl.problems)} broken link(s):\n" + "\n".join(
        f"  {p}" for p in crawl.problems)
    assert not crawl.external, "links to other hosts:\n" + "\n".join(f"  {u}" for u in sorted(crawl.external))


def assert_every_page_reached(crawl: Crawl, site_dir: Path) -> None:
    reached = {urlsplit(u).path for u in crawl.pages}
    generated = html_pages(site_dir)
    unreached = sorted(generated - reached)
    assert not unreached, "pages that no link from the home page leads to:\n" + "\n".join(
        f"  {p}" for p in unreached)
    assert reached <= generated, f"pages reached that are no folder's index.html: {sorted(reached - generated)}"
