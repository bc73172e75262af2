"""No third party learns who reads what: every request a page makes, and every request
made while searching, goes to the server the site came from, and nowhere else."""

from __future__ import annotations

import pytest
from conftest import DESKTOP, PHONE
from pages import PAGE_NAMES, checked_pages, goto, open_drawer, open_search
from sitecheck import assert_private


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_page_requests_only_the_local_server(name, site_dir, server, open_context):
    path = checked_pages(site_dir)[name]
    ctx = open_context(DESKTOP)
    page = ctx.new_page()
    goto(page, server.origin + path)
    page.mouse.wheel(0, 20000)          # anything loaded lazily further down
    page.wait_for_load_state("networkidle")
    assert f"{server.origin}{path}" in ctx.requests
    assert_private(ctx.requests, server.origin, path)


def test_search_and_drawer_request_only_the_local_server(server, open_context):
    ctx = open_context(PHONE)
    page = ctx.new_page()
    goto(page, server.origin + "/")
    open_search(page, "neglect")
    page.keyboard.press("Escape")
    open_drawer(page)
    page.wait_for_load_state("networkidle")
    pagefind = [u for u in ctx.requests if u.startswith(f"{server.origin}/pagefind/")]
    for part in ("pagefind-entry.json", ".pf_index", ".pf_fragment"):
        assert any(part in u for u in pagefind), f"no {part} was requested: did search run? {pagefind}"
    assert_private(ctx.requests, server.origin, "searching and opening the drawer")
