"""Every page can be reached from the home page, and no link or #anchor is broken."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from sitecheck import Crawl, assert_every_page_reached, assert_links_resolve, crawl_site, html_pages


@pytest.fixture(scope="module")
def crawl(server) -> Crawl:
    return crawl_site(server.url)


def test_crawl_from_home_reaches_every_page(site_dir, crawl):
    assert len(html_pages(site_dir)) > 20, "the sample site is too small to say anything"
    assert_every_page_reached(crawl, site_dir)


def test_every_link_and_anchor_resolves(crawl):
    """Every link, resource and #anchor, on every page; and no link to another host,
    which would tell that host who followed it."""
    assert_links_resolve(crawl)


def test_offline_copy_links_resolve_as_files(offline_dir: Path):
    """From file:// a link must name a file (standards/4.html): a folder opens as a listing."""
    crawl = crawl_site((offline_dir / "index.html").as_uri())
    assert_links_resolve(crawl)
    reached = {Path(unquote(urlsplit(u).path)).relative_to(offline_dir).as_posix() for u in crawl.pages}
    generated = {p.relative_to(offline_dir).as_posix() for p in offline_dir.rglob("*.html")}
    assert sorted(generated - reached) == [], "pages of the offline copy that no link leads to"
