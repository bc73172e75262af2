"""`auditkb build --offline`: a zip of the site that works opened from file://, with
no network, search included, and no request to any host."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from urllib.parse import unquote, urlsplit

from conftest import DESKTOP, PHONE
from pages import SEARCH_OPENER, STANDARD, STATEMENT, material_search_result_links, open_drawer, open_material_search
from sitecheck import assert_private

# Only file:// may be loaded; anything else is recorded and stopped.
FILE_ONLY = ("file://",)


def test_zip_holds_one_folder_with_the_site(built):
    with zipfile.ZipFile(built["zip"]) as zf:
        names = zf.namelist()
    tops = {n.split("/", 1)[0] for n in names}
    assert len(tops) == 1, f"the zip should unpack into one folder, not {sorted(tops)[:5]}"
    (top,) = tops
    assert f"{top}/index.html" in names
    assert f"{top}/standards/{STANDARD}.html" in names, "pages are files in the offline copy"
    assert f"{top}/search/search_index.js" in names, "the search index as a script, for file://"
    assert f"{top}/assets/javascripts/iframe-worker/shim.js" in names


# What in a page or stylesheet would load something from another host.
_MARKUP_URL = re.compile(rb"""(?:src|href|srcset|poster|action)\s*=\s*["']?\s*(?:https?:)?//""", re.IGNORECASE)
_CSS_URL = re.compile(rb"""(?:url\(|@import)\s*["']?\s*(?:https?:)?//""", re.IGNORECASE)


def _offenders(folder: Path) -> list[str]:
    out = []
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        if path.suffix == ".html":
            data = path.read_bytes()
            if _MARKUP_URL.search(data) or _CSS_URL.search(data):
                out.append(f"{rel}: names another host")
            # Material's bundle loads mermaid from unpkg.com for any diagram on a page.
            if re.search(rb"""class=["'][^"']*\bmermaid\b""", data):
                out.append(f"{rel}: a mermaid diagram (Material loads mermaid from a CDN)")
        elif path.suffix == ".css" and _CSS_URL.search(path.read_bytes()):
            out.append(f"{rel}: names another host")
    return out


def test_offline_copy_names_no_other_host(offline_dir: Path):
    """No page or stylesheet loads anything from another host. (Material's script names
    unpkg.com for two things this site never uses: a ResizeObserver polyfill for old
    browsers and mermaid diagrams; the browser tests show no request leaves.)"""
    assert _offenders(offline_dir) == []
    assert "unpkg.com" not in (offline_dir / "index.html").read_text(encoding="utf-8")


def test_site_names_no_other_host(site_dir: Path):
    assert _offenders(site_dir) == []


def test_normal_site_keeps_directory_urls(site_dir: Path):
    assert (site_dir / "standards" / str(STANDARD) / "index.html").is_file()
    assert not (site_dir / "standards" / f"{STANDARD}.html").exists()
    assert "iframe-worker" not in (site_dir / "index.html").read_text(encoding="utf-8")


def test_the_two_copies_carry_their_own_search(built, site_dir: Path):
    """The site searches with Pagefind (no Material index to download); the offline
    copy with Material's, and carries no Pagefind index it could not fetch."""
    assert (site_dir / "pagefind" / "pagefind-entry.json").is_file()
    assert not (site_dir / "search" / "search_index.json").exists()
    with zipfile.ZipFile(built["zip"]) as zf:
        names = zf.namelist()
    assert not [n for n in names if "/pagefind/" in n]
    assert [n for n in names if n.endswith("/search/search_index.json")]


def _open(page, path: Path) -> None:
    page.goto(path.as_uri(), wait_until="load")


def test_offline_search_works_from_file_with_no_network(offline_dir, open_context):
    ctx = open_context(DESKTOP, allowed=FILE_ONLY)
    page = ctx.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    _open(page, offline_dir / "index.html")
    # Pagefind cannot fetch its index from file://: the copy keeps Material's search.
    assert page.locator(SEARCH_OPENER).count() == 0, "the offline copy shows the online site's search box"
    open_material_search(page, STATEMENT)
    links = material_search_result_links(page)
    want = (offline_dir / "standards" / f"{STANDARD}.html").as_uri()
    hits = [u for u in links if u.split("?")[0].split("#")[0] == want and urlsplit(u).fragment == STATEMENT]
    assert hits, f"offline search for {STATEMENT!r} found no link to {want}#{STATEMENT}: {links[:10]}"
    page.locator(f".md-search-result__list a.md-search-result__link[href*='#{STATEMENT}']").first.click()
    page.wait_for_url(re.compile(rf"standards/{STANDARD}\.html.*#{re.escape(STATEMENT)}$"))
    assert page.locator(f"[id='{STATEMENT}']").is_visible()
    assert errors == [], f"script errors in the offline copy: {errors}"
    assert any(u.endswith("/search/search_index.js") for u in ctx.requests), \
        "the offline copy did not load its search index as a script"
    assert_private(ctx.requests, None, "the offline copy while searching")


def test_offline_navigation_works_on_a_phone(offline_dir, open_context):
    """Pages open as files: following the drawer's links from file:// lands on pages."""
    ctx = open_context(PHONE, allowed=FILE_ONLY)
    page = ctx.new_page()
    _open(page, offline_dir / "index.html")
    open_drawer(page)
    page.locator(".md-sidebar--primary a.md-nav__link", has_text="Shared learning").first.click()
    page.wait_for_load_state("load")
    assert unquote(urlsplit(page.url).path).endswith("/learning.html")
    assert page.locator("article h1").first.is_visible()
    assert_private(ctx.requests, None, "the offline copy's navigation")
