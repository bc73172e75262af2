"""Which pages of the built site the browser tests visit, and how they work the search
(Pagefind's on the site, Material's in the offline copy) and the phone drawer. Paths
follow the architecture's URL table."""

from __future__ import annotations

from pathlib import Path

# A standard with statements, backlinks, good practice and learning (see the seed).
STANDARD = 4
STATEMENT = "4.7"


def first_child(site_dir: Path, folder: str) -> str:
    """The path of the first page under /folder/ (by name): '/audits/DDA-2025-001/'."""
    names = sorted(p.parent.name for p in (Path(site_dir) / folder).glob("*/index.html"))
    assert names, f"the built site has no pages under /{folder}/"
    return f"/{folder}/{names[0]}/"


# The pages the accessibility and privacy checks visit, by name.
PAGE_NAMES = ["home", "standards index", "standard", "audit", "theme", "learning", "good practice",
              "audits index"]


def checked_pages(site_dir: Path) -> dict[str, str]:
    """name -> path of every page the accessibility and privacy checks visit."""
    return {
        "home": "/",
        "standards index": "/standards/",
        "standard": f"/standards/{STANDARD}/",
        "audit": first_child(site_dir, "audits"),
        "theme": first_child(site_dir, "themes"),
        "learning": "/learning/",
        "good practice": "/good-practice/",
        "audits index": "/audits/",
    }


def goto(page, url: str) -> None:
    """Open url and wait until the page and its scripts are loaded."""
    page.goto(url, wait_until="load")
    page.wait_for_load_state("networkidle")


# The online site's search: Pagefind's UI in the header's dialog (site_config/overrides).
SEARCH_OPENER = "button.akb-search-open"
SEARCH_DIALOG = "dialog#akb-search"
SEARCH_INPUT = "dialog#akb-search input.pagefind-ui__search-input"
SEARCH_RESULT_LINK = "dialog#akb-search a.pagefind-ui__result-link"


def open_search(page, query: str) -> None:
    """Open the header's search, type query into Pagefind's box and wait for its results."""
    page.locator(SEARCH_OPENER).click()
    box = page.locator(SEARCH_INPUT)
    box.wait_for(state="visible")
    box.fill("")
    box.type(query, delay=20)
    page.locator(f"{SEARCH_DIALOG} .pagefind-ui__result").first.wait_for(state="visible")
    # Pagefind shows its count once the search is done; results then load their fragments.
    page.wait_for_function(
        "() => { const m = document.querySelector('#akb-search .pagefind-ui__message');"
        " return m && /\\d/.test(m.textContent); }")
    # Each result shows a placeholder until its fragment has loaded, one after another;
    # networkidle alone can come between two of them (a CI run read only the first result).
    page.wait_for_function(
        "() => !document.querySelector('#akb-search .pagefind-ui__loading')")
    page.wait_for_load_state("networkidle")


def search_result_links(page) -> list[str]:
    """The href of every search result (page and section), resolved."""
    return page.eval_on_selector_all(SEARCH_RESULT_LINK, "els => els.map(e => e.href)")


# The offline copy's search: Material's own, which works from file://.
def open_material_search(page, query: str) -> None:
    """Type query into Material's search and wait for its results to show."""
    opener = page.locator("label.md-header__button[for='__search']")
    if opener.is_visible():          # phone: the dialog opens from a button
        opener.click()
    else:
        page.locator("input.md-search__input").click()
    box = page.locator("input.md-search__input")
    box.fill("")
    box.type(query, delay=20)
    page.locator(".md-search-result__list li.md-search-result__item").first.wait_for(state="visible")
    # Results render in steps; wait until the count settles.
    page.wait_for_function(
        "() => { const m = document.querySelector('.md-search-result__meta');"
        " return m && /\\d/.test(m.textContent); }")


def material_search_result_links(page) -> list[str]:
    """The href of every result of Material's search (article and section), resolved."""
    return page.eval_on_selector_all(
        ".md-search-result__list a.md-search-result__link", "els => els.map(e => e.href)")


def open_drawer(page) -> None:
    """Open Material's navigation drawer from the header's menu button (phone width)."""
    page.locator("label.md-header__button[for='__drawer']").click()
    page.wait_for_function("() => document.getElementById('__drawer').checked")
    # The drawer slides in over 250 ms: wait for it to settle before judging colours.
    page.locator(".md-sidebar--primary").wait_for(state="visible")
    page.wait_for_timeout(400)
