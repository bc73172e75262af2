"""WCAG 2.x A and AA, as axe-core judges it, on the pages readers use, in the states
Material's defaults fail: the search dialog with results, and the phone drawer."""

from __future__ import annotations

import pytest
from conftest import DESKTOP, PHONE
from pages import PAGE_NAMES, STANDARD, checked_pages, goto, open_drawer, open_search
from sitecheck import assert_accessible


@pytest.mark.parametrize("name", PAGE_NAMES)
@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_page_has_no_axe_violations(name, viewport, site_dir, server, open_context):
    path = checked_pages(site_dir)[name]
    page = open_context(viewport).new_page()
    goto(page, server.origin + path)
    assert_accessible(page, f"{path} ({viewport['width']} px wide)")


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_search_dialog_with_results_has_no_axe_violations(viewport, server, open_context):
    page = open_context(viewport).new_page()
    goto(page, server.origin + "/")
    open_search(page, "neglect")
    assert_accessible(page, f"the search dialog showing results ({viewport['width']} px wide)")


def test_phone_navigation_drawer_has_no_axe_violations(server, open_context):
    page = open_context(PHONE).new_page()
    goto(page, f"{server.origin}/standards/{STANDARD}/")
    open_drawer(page)
    assert_accessible(page, "the navigation drawer open on a phone")


def test_phone_navigation_drawer_subsection_has_no_axe_violations(server, open_context):
    """The drawer's nested panel of the standards, with its own title bar."""
    page = open_context(PHONE).new_page()
    goto(page, f"{server.origin}/")
    open_drawer(page)
    section = page.locator(".md-sidebar--primary .md-nav__container", has_text="Practice standards").first
    section.locator("label.md-nav__link").click()
    page.wait_for_timeout(400)
    assert page.locator(".md-sidebar--primary label.md-nav__title", has_text="Practice standards").first.is_visible()
    assert_accessible(page, "the drawer's Practice standards panel on a phone")
