"""Screenshots for a person to look at: the home, a standard and an audit page, on a
desktop and on a phone, in test-artifacts/screenshots/ (not committed)."""

from __future__ import annotations

import pytest
from conftest import DESKTOP, PHONE
from pages import STANDARD, first_child, goto


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
