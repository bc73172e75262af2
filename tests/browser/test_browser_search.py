"""The online site's search: Pagefind's index (generator/site/search_index.py) and the
header's search dialog (site_config/overrides), as a reader uses them.

The index holds each page's article and nothing else, comes out the same for the same
site, and finds a sample audit by its title; the dialog opens from the button, from the
keyboard and from ?q= in the address, closes with Esc, fits a phone, and says so when the
index is missing (`auditkb serve` before its first index) instead of failing.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from conftest import DESKTOP, PHONE
from pages import (
    SEARCH_DIALOG,
    SEARCH_INPUT,
    SEARCH_OPENER,
    first_child,
    goto,
    open_search,
    search_result_links,
)
from sitecheck import StaticServer, assert_accessible, assert_private, html_pages

from generator.problems import BuildError
from generator.site.search_index import FOLDER, index_site


def _tree(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def _fragments(index: Path) -> list[dict]:
    """Pagefind's page fragments: gzip, then a signature, then JSON."""
    out = []
    for path in sorted((index / "fragment").glob("*.pf_fragment")):
        data = gzip.decompress(path.read_bytes())
        assert data.startswith(b"pagefind_dcd"), path
        out.append(json.loads(data[len(b"pagefind_dcd"):]))
    return out


@pytest.fixture(scope="module")
def reindexed(site_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """A copy of the built site without its index, indexed twice by index_site."""
    copy = tmp_path_factory.mktemp("reindex") / "site"
    shutil.copytree(site_dir, copy, ignore=shutil.ignore_patterns(FOLDER))
    first = index_site(copy)
    tree = _tree(copy / FOLDER)
    second = index_site(copy)
    return {"site": copy, "first": first, "second": second, "tree": tree}


def test_index_site_indexes_every_page_but_the_404(reindexed):
    site, report = reindexed["site"], reindexed["first"]
    pages = html_pages(site)
    assert report.pages == len(pages) > 20
    assert report.words > 500 and report.files > 5 and report.bytes > 0
    urls = {f["url"] for f in _fragments(site / FOLDER)}
    assert urls == pages, sorted(urls ^ pages)[:10]
    assert not (site / FOLDER / "pagefind-entry.json").is_symlink()
    assert sorted(p.name for p in site.parent.iterdir()) == ["site"], "index_site left work files behind"


def test_index_is_the_same_for_the_same_site(reindexed, site_dir):
    """Byte for byte, so a rebuild of an unchanged site changes no file (and the
    deterministic-build check need not leave Pagefind's hashed files out)."""
    assert _tree(reindexed["site"] / FOLDER) == reindexed["tree"]
    assert _tree(site_dir / FOLDER) == reindexed["tree"]


def test_index_holds_the_article_only(reindexed):
    """Not the navigation, the table of contents, the footer, the permalink marks or
    the audits filter; and every result is titled by its page's h1."""
    fragments = _fragments(reindexed["site"] / FOLDER)
    by_url = {f["url"]: f for f in fragments}
    home = by_url["/"]
    assert home["meta"]["title"] == "Practice Learning Library"
    for f in fragments:
        text = f["content"]
        assert "Table of contents" not in text, f["url"]
        assert "Do not share outside the organisation" not in text, f["url"]   # the footer
        assert "¶" not in text and "¶" not in f["meta"]["title"], f["url"]
        assert f["meta"]["title"].strip(), f["url"]
    audits = by_url["/audits/"]["content"]
    assert "Any theme" not in audits and "Narrow the list" not in audits, "the filter form was indexed"


def test_index_site_fails_clearly(tmp_path: Path):
    with pytest.raises(BuildError, match="no built site"):
        index_site(tmp_path / "nowhere")
    bare = tmp_path / "bare"
    bare.mkdir()
    (bare / "index.html").write_text("<html><body><p>no article here</p></body></html>", encoding="utf-8")
    with pytest.raises(BuildError) as err:
        index_site(bare)
    assert "found no page to index" in str(err.value) and "article.md-content__inner" in str(err.value)
    assert not (bare / FOLDER).exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bare"], "a failed index left work files behind"


def test_a_sample_audit_is_found_by_its_title(site_dir, server, open_context):
    """A term from a sample audit, found through Pagefind's own output in the browser."""
    path = first_child(site_dir, "audits")
    page = open_context(DESKTOP).new_page()
    goto(page, server.origin + path)
    title = page.locator("article h1").first.inner_text().strip()
    goto(page, server.origin + "/")
    open_search(page, title)
    found = [urlsplit(u).path for u in search_result_links(page)]
    assert path in found, f"searching for {title!r} did not find {path}: {found[:10]}"
    first = page.locator(f"{SEARCH_DIALOG} .pagefind-ui__result-title").first.inner_text()
    assert "¶" not in first


def test_keyboard_opens_search_and_esc_gives_focus_back(server, open_context):
    page = open_context(DESKTOP).new_page()
    goto(page, server.origin + "/")
    opener = page.locator(SEARCH_OPENER)
    assert opener.is_visible()
    assert opener.get_attribute("aria-haspopup") == "dialog"
    opener.focus()
    page.keyboard.press("Enter")
    page.locator(SEARCH_INPUT).wait_for(state="visible")
    page.wait_for_function("() => document.activeElement && "
                           "document.activeElement.matches('.pagefind-ui__search-input')")
    page.keyboard.type("neglect", delay=20)
    page.locator(f"{SEARCH_DIALOG} .pagefind-ui__result-link").first.wait_for(state="visible")
    status = page.locator(f"{SEARCH_DIALOG} [role=status]")
    page.wait_for_function("() => /\\d+ results? for/.test("
                           "document.querySelector('#akb-search [role=status]').textContent)")
    assert "neglect" in status.inner_text()
    # Tab leaves the box for the results (Pagefind's Clear button first).
    for _ in range(3):
        page.keyboard.press("Tab")
    assert page.evaluate("() => !!document.activeElement.closest('#akb-search')"), "focus left the dialog"
    page.keyboard.press("Escape")
    page.wait_for_function("() => !document.getElementById('akb-search').open")
    assert page.evaluate("() => document.activeElement.matches('button.akb-search-open')"), \
        "closing the search did not give focus back to its button"
    # "/" opens it again from anywhere but a form field.
    page.locator("article").click(position={"x": 5, "y": 5})
    page.keyboard.press("/")
    page.wait_for_function("() => document.getElementById('akb-search').open")
    page.wait_for_function("() => document.activeElement.matches('.pagefind-ui__search-input')")


def test_query_in_the_address_opens_search_with_results(server, open_context):
    page = open_context(PHONE).new_page()
    goto(page, server.origin + "/?q=neglect")
    page.locator(f"{SEARCH_DIALOG} .pagefind-ui__result").first.wait_for(state="visible")
    assert page.locator(SEARCH_INPUT).input_value() == "neglect"
    box = page.locator(SEARCH_DIALOG).bounding_box()
    assert box and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"] + 1, \
        f"the search dialog does not fit a phone's width: {box}"
    # A result closes the dialog and lands on its page.
    page.locator(f"{SEARCH_DIALOG} a.pagefind-ui__result-link").first.click()
    page.wait_for_load_state("load")
    assert urlsplit(page.url).path != "/"
    assert not page.evaluate("() => document.getElementById('akb-search').open")


@pytest.fixture
def without_index(site_dir: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "site"
    shutil.copytree(site_dir, copy, ignore=shutil.ignore_patterns(FOLDER))
    return copy


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_search_without_an_index_says_so(viewport, without_index, open_context):
    """Before Pagefind has run (`auditkb serve` may show the site first), the box says
    search is not available yet: no script error, nothing broken, still accessible."""
    with StaticServer(without_index) as srv:
        ctx = open_context(viewport)
        page = ctx.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        goto(page, srv.origin + "/")
        page.locator(SEARCH_OPENER).click()
        notice = page.locator(f"{SEARCH_DIALOG} .akb-search__unavailable")
        notice.wait_for(state="visible")
        assert "not available yet" in notice.inner_text()
        assert "not available yet" in page.locator(f"{SEARCH_DIALOG} [role=status]").inner_text()
        assert errors == [], f"script errors without an index: {errors}"
        assert_accessible(page, f"the search dialog without an index ({viewport['width']} px wide)")
        page.keyboard.press("Escape")
        page.wait_for_function("() => !document.getElementById('akb-search').open")
        assert_private(ctx.requests, srv.origin, "the search without an index")


# --- a site indexed in bundles (search_index.BUNDLE_PAGES) --------------------------

SMALL_BUNDLE = 20


@pytest.fixture(scope="module")
def bundled(site_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """A copy of the sample site indexed in bundles of at most SMALL_BUNDLE pages: first
    in smaller ones (an earlier, larger site's many bundles), then twice at SMALL_BUNDLE."""
    from generator.site import search_index

    copy = tmp_path_factory.mktemp("bundled") / "site"
    shutil.copytree(site_dir, copy, ignore=shutil.ignore_patterns(FOLDER))
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(search_index, "BUNDLE_PAGES", SMALL_BUNDLE // 2)
        earlier = index_site(copy)
        mp.setattr(search_index, "BUNDLE_PAGES", SMALL_BUNDLE)
        first = index_site(copy)
        tree = _tree(copy / FOLDER)
        second = index_site(copy)
    groups = search_index.bundles_of(search_index.pages_to_index(copy), SMALL_BUNDLE)
    return {"site": copy, "earlier": earlier, "first": first, "second": second, "tree": tree, "groups": groups}


def _bundle_dirs(index: Path) -> list[Path]:
    extra = json.loads((index / "akb-bundles.json").read_text(encoding="utf-8"))["bundles"]
    return [index] + [index / name for name in extra]


def test_a_large_site_is_indexed_in_bundles(bundled):
    site, report, groups = bundled["site"], bundled["first"], bundled["groups"]
    pages = html_pages(site)
    assert len(groups) == len(report.bundles) == -(-len(pages) // SMALL_BUNDLE) > 2
    assert max(len(g) for g in groups) <= SMALL_BUNDLE and sum(len(g) for g in groups) == len(pages)
    assert report.pages == sum(b.pages for b in report.bundles) == len(pages)
    assert report.peak_mb is None or report.peak_mb == max(b.peak_mb for b in report.bundles)
    assert [b.path for b in report.bundles] == [f"{FOLDER}/"] + [
        f"{FOLDER}/bundle-{i}/" for i in range(2, len(groups) + 1)]
    # Every page is in exactly one bundle, at its URL in the site; each bundle is whole.
    dirs = _bundle_dirs(site / FOLDER)
    assert [d.relative_to(site).as_posix() + "/" for d in dirs] == [b.path for b in report.bundles]
    seen: list[str] = []
    for d, group in zip(dirs, groups):
        assert (d / "pagefind-entry.json").is_file() and list(d.glob("*.pf_meta")), d
        urls = [f["url"] for f in _fragments(d)]
        assert sorted(urls) == sorted("/" + p[:-len("index.html")] for p in group), d
        seen += urls
    assert sorted(seen) == sorted(pages)
    assert sorted(p.name for p in site.parent.iterdir()) == ["site"], "index_site left work files behind"


def test_bundles_are_the_same_for_the_same_site_and_old_ones_go(bundled):
    assert _tree(bundled["site"] / FOLDER) == bundled["tree"], "indexing the same site twice differed"
    earlier = len(bundled["earlier"].bundles)
    now = len(bundled["first"].bundles)
    assert earlier > now
    left = sorted(p.name for p in (bundled["site"] / FOLDER).glob("bundle-*"))
    assert left == sorted(f"bundle-{i}" for i in range(2, now + 1)), "bundles of the earlier index were left"


def test_search_finds_pages_of_every_bundle(bundled, open_context):
    """In Chromium: the dialog merges the bundles (Pagefind's mergeIndex), so an audit in
    the first bundle and one in the last are both found by their titles."""
    site, groups = bundled["site"], bundled["groups"]

    def an_audit(group: list[str]) -> str:
        return "/" + next(p for p in group if p.startswith("audits/DDA-"))[:-len("index.html")]

    with StaticServer(site) as srv:
        ctx = open_context(DESKTOP)
        page = ctx.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        for path in (an_audit(groups[0]), an_audit(groups[-1])):
            goto(page, srv.origin + path)
            title = page.locator("article h1").first.inner_text().replace("¶", "").strip()
            goto(page, srv.origin + "/")
            open_search(page, title)
            found = [urlsplit(u).path for u in search_result_links(page)]
            assert path in found, f"searching for {title!r} did not find {path}: {found[:10]}"
        last = f"/{FOLDER}/bundle-{len(groups)}/"
        assert any(u.startswith(srv.origin + last) and u.endswith(".pf_index") for u in ctx.requests), \
            f"the search did not read the last bundle's index ({last})"
        assert errors == [], f"script errors: {errors}"
        assert_private(ctx.requests, srv.origin, "the search over bundles")
