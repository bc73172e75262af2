"""Screenshots for a person to look at: the home, a standard and an audit page, and the
search with results, on a desktop and on a phone, in test-artifacts/screenshots/ (not
committed)."""

from __future__ import annotations

import pytest
from conftest import DESKTOP, PHONE
from pages import STANDARD, first_child, goto, open_search


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
@pytest.mark.parametrize("name", ["home", "standard", "audit"])
def test_screenshot(name, viewport, site_dir, server, open_context, artifacts):
    path = {"home": "/", "standard": f"/standards/{STANDARD}/", "audit": first_child(site_dir, "audits")}[name]
    page = open_context(viewport).new_page()
    goto(page, server.origin + path)
    kind = "desktop" if viewport is DESKTOP else "phone"
    for full in (False, True):
        target = artifacts / f"{name}-{kind}{'-full' if full else ''}.png"
        page.screenshot(path=str(target), full_page=full)
        assert target.stat().st_size > 10_000, f"{target} looks empty"


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_screenshot_of_search(viewport, server, open_context, artifacts):
    """The header's search dialog showing Pagefind's results."""
    page = open_context(viewport).new_page()
    goto(page, f"{server.origin}/standards/{STANDARD}/")
    open_search(page, "neglect")
    kind = "desktop" if viewport is DESKTOP else "phone"
    target = artifacts / f"search-{kind}.png"
    page.screenshot(path=str(target))
    assert target.stat().st_size > 10_000, f"{target} looks empty"
