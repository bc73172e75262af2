"""The checks fail when they should: each plants one defect in a copy of the built site
(an axe violation, a request to another host, a broken link, a page nothing links to)
and runs the same assertion the real tests make, which must fail and name it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import DESKTOP
from pages import STANDARD, first_child, goto
from sitecheck import (
    StaticServer,
    assert_accessible,
    assert_every_page_reached,
    assert_links_resolve,
    assert_private,
    crawl_site,
)


@pytest.fixture
def copy(site_dir: Path, tmp_path: Path) -> Path:
    out = tmp_path / "site"
    shutil.copytree(site_dir, out)
    return out


def plant(page_file: Path, html: str) -> None:
    """Put html at the end of the page's main content."""
    text = page_file.read_text(encoding="utf-8")
    marker = "</article>"
    assert marker in text, f"{page_file} has no <article>"
    page_file.write_text(text.replace(marker, html + marker, 1), encoding="utf-8")


def page_file(site: Path, path: str) -> Path:
    return site / path.strip("/") / "index.html" if path != "/" else site / "index.html"


def test_axe_check_fails_on_an_image_without_alt_and_low_contrast_text(copy, site_dir, open_context):
    path = first_child(site_dir, "audits")
    plant(page_file(copy, path),
          '<p><img src="data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==" '
          'width="40" height="40"></p>'
          '<p style="color:#bbbbbb;background:#ffffff">Text too pale to read</p>')
    with StaticServer(copy) as srv:
        page = open_context(DESKTOP).new_page()
        goto(page, srv.origin + path)
        with pytest.raises(AssertionError) as failed:
            assert_accessible(page, path)
    message = str(failed.value)
    assert "image-alt" in message
    assert "color-contrast" in message and "Text too pale" in message


def test_privacy_check_fails_on_requests_to_other_hosts(copy, open_context):
    path = f"/standards/{STANDARD}/"
    plant(page_file(copy, path),
          '<script src="https://cdn.example.com/analytics.js"></script>'
          '<img alt="" src="http://203.0.113.7/pixel.gif">'
          '<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Roboto">')
    with StaticServer(copy) as srv:
        ctx = open_context(DESKTOP)
        page = ctx.new_page()
        goto(page, srv.origin + path)
        with pytest.raises(AssertionError) as failed:
            assert_private(ctx.requests, srv.origin, path)
    message = str(failed.value)
    for host in ("cdn.example.com", "203.0.113.7", "fonts.googleapis.com"):
        assert host in message


def test_privacy_check_fails_on_a_request_made_by_a_script(copy, open_context):
    """A request a script makes after the page loaded (a beacon), not only markup."""
    plant(page_file(copy, "/"), "<script>fetch('https://beacon.example.net/hit?page=' + location.pathname)"
                                ".catch(() => {})</script>")
    with StaticServer(copy) as srv:
        ctx = open_context(DESKTOP)
        goto(ctx.new_page(), srv.url)
        with pytest.raises(AssertionError, match="beacon.example.net"):
            assert_private(ctx.requests, srv.origin, "/")


def test_offline_privacy_check_fails_on_a_non_file_request(offline_dir, tmp_path, open_context):
    copy = tmp_path / "offline"
    shutil.copytree(offline_dir, copy)
    plant(copy / "index.html", '<img alt="" src="https://unpkg.com/iframe-worker/shim">')
    ctx = open_context(DESKTOP, allowed=("file://",))
    ctx.new_page().goto((copy / "index.html").as_uri(), wait_until="load")
    with pytest.raises(AssertionError, match="unpkg.com"):
        assert_private(ctx.requests, None, "the offline copy")


def test_link_check_fails_on_broken_links_and_anchors(copy):
    plant(page_file(copy, "/"),
          '<p><a href="standards/99/">no such standard</a> '
          f'<a href="standards/{STANDARD}/#{STANDARD}.99">no such statement</a> '
          '<a href="#nowhere">no such section</a> '
          '<img alt="missing" src="assets/missing.png"></p>')
    with StaticServer(copy) as srv:
        crawl = crawl_site(srv.url)
    with pytest.raises(AssertionError) as failed:
        assert_links_resolve(crawl)
    message = str(failed.value)
    assert "standards/99/" in message and "HTTP 404" in message
    assert f"'{STANDARD}.99'" in message
    assert "'nowhere'" in message
    assert "assets/missing.png" in message


def test_link_check_fails_on_a_link_to_another_host(copy):
    plant(page_file(copy, "/"), '<p><a href="https://www.example.org/">elsewhere</a></p>')
    with StaticServer(copy) as srv:
        crawl = crawl_site(srv.url)
    with pytest.raises(AssertionError, match="www.example.org"):
        assert_links_resolve(crawl)


def test_crawl_check_fails_on_a_page_nothing_links_to(copy):
    orphan = copy / "orphan" / "index.html"
    orphan.parent.mkdir()
    shutil.copyfile(copy / "index.html", orphan)
    with StaticServer(copy) as srv:
        crawl = crawl_site(srv.url)
    with pytest.raises(AssertionError, match="/orphan/"):
        assert_every_page_reached(crawl, copy)
