"""Search and navigation as a reader uses them: search finds a theme and a statement,
a backlink from a statement lands on the right part of the audit, and the keyboard
alone reaches the main content and works the search (test_browser_search.py has the
rest of the search's own tests)."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from conftest import DESKTOP, PHONE
from pages import SEARCH_RESULT_LINK, STANDARD, STATEMENT, goto, open_search, search_result_links

# The part of the page from an element to the next heading of its level or above:
# what a link to that element's id is about.
SECTION_LINKS_JS = """(id) => {
  const start = document.getElementById(id);
  if (!start) return null;
  const level = /^H[1-6]$/.test(start.tagName) ? Number(start.tagName[1]) : 7;
  const links = [];
  for (let el = start.nextElementSibling; el; el = el.nextElementSibling) {
    if (/^H[1-6]$/.test(el.tagName) && Number(el.tagName[1]) <= level) break;
    el.querySelectorAll('a[href]').forEach(a => links.push(a.href));
  }
  return links;
}"""

# The link to a URL (resolved) in the section of an element.
SECTION_LINK_JS = """([id, url]) => {
  const start = document.getElementById(id);
  const level = Number(start.tagName[1]) || 7;
  for (let el = start.nextElementSibling; el; el = el.nextElementSibling) {
    if (/^H[1-6]$/.test(el.tagName) && Number(el.tagName[1]) <= level) break;
    const a = Array.from(el.querySelectorAll('a[href]')).find(a => a.href === url);
    if (a) return a;
  }
  return null;
}"""

IN_VIEW_JS = """(id) => {
  const el = document.getElementById(id);
  if (!el) return null;
  const r = el.getBoundingClientRect();
  const header = document.querySelector('.md-header');
  const covered = header ? header.getBoundingClientRect().bottom : 0;
  return {top: r.top, bottom: r.bottom, covered: covered, height: window.innerHeight};
}"""


def _path(url: str) -> str:
    return urlsplit(url).path


@pytest.mark.parametrize("slug", ["neglect", "engaging-fathers", "private-fostering"])
def test_searching_for_a_theme_finds_its_page(slug, site_dir, server, open_context):
    page = open_context(DESKTOP).new_page()
    goto(page, f"{server.origin}/themes/{slug}/")
    title = page.locator("article h1").first.inner_text().strip()
    goto(page, server.origin + "/")
    open_search(page, title)
    found = {_path(u) for u in search_result_links(page)}
    assert f"/themes/{slug}/" in found, f"searching for {title!r} did not find its theme page: {sorted(found)}"


def test_searching_for_a_statement_number_finds_the_statement(server, open_context):
    page = open_context(DESKTOP).new_page()
    goto(page, server.origin + "/")
    open_search(page, STATEMENT)
    links = search_result_links(page)
    hits = [u for u in links if _path(u) == f"/standards/{STANDARD}/" and urlsplit(u).fragment == STATEMENT]
    assert hits, f"searching for {STATEMENT!r} found no link to /standards/{STANDARD}/#{STATEMENT}: {links[:12]}"
    # Following the result lands on the statement.
    page.locator(f"{SEARCH_RESULT_LINK}[href$='/standards/{STANDARD}/#{STATEMENT}']").first.click()
    page.wait_for_url(re.compile(rf"/standards/{STANDARD}/.*#{re.escape(STATEMENT)}$"))
    _assert_in_view(page, STATEMENT)


def _statement_backlinks(page) -> list[str]:
    links = page.evaluate(SECTION_LINKS_JS, STATEMENT)
    assert links is not None, f"no element with id {STATEMENT!r} on the standard page"
    return [u for u in links if "/audits/DDA-" in _path(u) and urlsplit(u).fragment]


def _assert_in_view(page, anchor: str) -> None:
    page.wait_for_timeout(300)   # let a smooth scroll finish
    box = page.evaluate(IN_VIEW_JS, anchor)
    assert box is not None, f"no element with id {anchor!r} on {page.url}"
    assert box["top"] >= box["covered"] - 2, f"#{anchor} is hidden under the header: {box}"
    assert box["bottom"] <= box["height"], f"#{anchor} is not in view: {box}"


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_backlink_from_a_statement_lands_on_the_right_section(viewport, server, open_context):
    page = open_context(viewport).new_page()
    goto(page, f"{server.origin}/standards/{STANDARD}/#{STATEMENT}")
    backlinks = _statement_backlinks(page)
    assert backlinks, f"statement {STATEMENT} has no backlinks to audits"
    # One backlink of each kind: to a learning item, and to an audit area.
    kinds = {}
    for u in backlinks:
        kinds.setdefault("learning" if urlsplit(u).fragment.startswith("learning-") else "area", u)
    assert set(kinds) == {"learning", "area"}, f"expected backlinks to learning and to an area: {backlinks}"
    for kind, url in sorted(kinds.items()):
        goto(page, f"{server.origin}/standards/{STANDARD}/#{STATEMENT}")
        href = urlsplit(url)
        link = page.evaluate_handle(SECTION_LINK_JS, [STATEMENT, url]).as_element()
        assert link is not None, f"no link to {url} under statement {STATEMENT}"
        link.scroll_into_view_if_needed()
        link.click()
        page.wait_for_url(f"**{href.path}#{href.fragment}")
        page.wait_for_load_state("load")
        anchor = href.fragment
        _assert_in_view(page, anchor)
        # The section it lands on is about that statement (or its standard).
        section = page.evaluate(SECTION_LINKS_JS, anchor)
        cites = [u for u in section if _path(u) == f"/standards/{STANDARD}/"
                 and urlsplit(u).fragment in ("", STATEMENT)]
        assert cites, f"the {kind} section #{anchor} of {href.path} does not cite standard {STANDARD}: {section}"


@pytest.mark.parametrize("path", ["/", "/audits/", f"/standards/{STANDARD}/"])
def test_keyboard_alone_reaches_the_main_content(path, server, open_context):
    page = open_context(DESKTOP).new_page()
    goto(page, server.origin + path)
    page.keyboard.press("Tab")
    skip = page.evaluate("""() => { const a = document.activeElement;
        const r = a.getBoundingClientRect();
        return {cls: a.className, href: a.getAttribute('href'), text: a.textContent.trim(),
                w: r.width, h: r.height, top: r.top}; }""")
    assert "md-skip" in skip["cls"], f"the first Tab on {path} does not reach a skip link: {skip}"
    assert skip["w"] > 0 and skip["h"] > 0 and skip["top"] >= 0, f"the focused skip link is not visible: {skip}"
    page.keyboard.press("Enter")
    page.wait_for_timeout(200)
    target = skip["href"].lstrip("#")
    in_main = page.evaluate(
        "(id) => !!document.getElementById(id) && !!document.getElementById(id).closest('.md-content')", target)
    assert in_main, f"the skip link's target #{target} is not in the main content"
    page.keyboard.press("Tab")
    focus = page.evaluate("""() => { const a = document.activeElement;
        return {inMain: !!a.closest('.md-content'), html: a.outerHTML.slice(0, 120)}; }""")
    assert focus["inMain"], f"after the skip link, Tab goes to {focus['html']}, not into the main content"
