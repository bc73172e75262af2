"""The audits index in pages (/audits/page/2/) with its filter: a choice narrows every
published audit, not only the page's, on the site and in the offline copy (file://).

Built from a synthetic knowledge base of 120 records (three pages of 50), once."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import yaml
from conftest import DESKTOP, KNOWLEDGE_BASE, ROOT
from sitecheck import StaticServer

from generator.synthetic import generate_records

N = 120
THEME = "neglect"


@pytest.fixture(scope="module")
def paged(tmp_path_factory) -> dict:
    out = tmp_path_factory.mktemp("paged")
    kb = out / "kb"
    for name in KNOWLEDGE_BASE:
        source = ROOT / name
        if name == "audits":
            continue
        if source.is_dir():
            shutil.copytree(source, kb / name)
        elif source.is_file():
            kb.mkdir(exist_ok=True)
            shutil.copyfile(source, kb / name)
    records = generate_records(N, seed=1)
    themed = set()
    for rel, text in records.items():
        path = kb / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        if THEME in (yaml.safe_load(text).get("themes") or []):
            themed.add(Path(rel).stem)
    site = out / "site"
    proc = subprocess.run(
        [sys.executable, "-m", "generator", "--root", str(kb), "build", "--offline", "--site-dir", str(site)],
        cwd=kb, capture_output=True, text=True, timeout=600, check=False,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))})
    if proc.returncode != 0:
        pytest.fail(f"auditkb build --offline failed ({proc.returncode}):\n{proc.stderr[-4000:]}", pytrace=False)
    (zipped,) = sorted(out.glob("*.zip"))
    offline = out / "offline"
    with zipfile.ZipFile(zipped) as zf:
        zf.extractall(offline)
    (folder,) = [p for p in offline.iterdir() if p.is_dir()]
    with StaticServer(site) as server:
        yield {"site": site, "server": server, "offline": folder, "themed": themed}


def _shown(page) -> list[str]:
    """The audit ids of the table's visible rows."""
    return page.eval_on_selector_all(
        "article table tbody tr:not([hidden]) td:first-child a",
        "els => els.filter(e => e.offsetParent !== null).map(e => e.textContent.trim())")


def _pagers_visible(page) -> bool:
    """Whether the page links (a paragraph above the table and one below) are on show."""
    assert page.locator("article p.akb-pager").count() == 2
    return page.eval_on_selector_all("article p.akb-pager", "els => els.every(e => e.offsetParent !== null)")


def test_the_index_is_in_pages(paged) -> None:
    site = paged["site"]
    assert (site / "audits" / "page" / "2" / "index.html").is_file()
    assert (site / "audits" / "page" / "3" / "index.html").is_file()
    assert not (site / "audits" / "page" / "4").exists()
    assert (site / "assets" / "js" / "audits-data.js").is_file()


@pytest.mark.parametrize("where", ["site", "offline"])
def test_a_choice_narrows_every_audit_from_any_page(where, paged, open_context) -> None:
    if where == "site":
        rec = open_context(DESKTOP)
        base = paged["server"].origin + "/audits/page/2/"
    else:
        rec = open_context(DESKTOP, allowed=("file://",))
        base = (paged["offline"] / "audits" / "page" / "2.html").as_uri()
    page = rec.new_page()
    page.goto(base, wait_until="load")
    page.locator("form.akb-filter").wait_for(state="visible")
    on_page = _shown(page)
    assert len(on_page) == 50 and _pagers_visible(page)

    page.select_option("#akb-filter-theme", THEME)
    page.wait_for_function("() => /Showing \\d+ of \\d+ audits\\./.test("
                           "document.querySelector('.akb-filter__count').textContent)")
    found = _shown(page)
    assert sorted(found) == sorted(paged["themed"]), "the filter should list every audit with the theme"
    assert len(found) > len(set(found) & set(on_page)), "the filter should reach beyond this page"
    assert not page.eval_on_selector_all("article p.akb-pager", "els => els.some(e => e.offsetParent !== null)")
    status = page.locator(".akb-filter__count").inner_text()
    assert status == f"Showing {len(found)} of {N} audits."
    assert f"theme={THEME}" in page.url

    # A row made from the data links to its audit's page.
    link = page.locator("article table tbody tr:not([hidden]) td:first-child a").first
    target = link.inner_text().strip()
    link.click()
    page.wait_for_load_state("load")
    assert target in page.url and page.locator("article h1").count() == 1

    # The shared address opens narrowed; clearing the choice gives the page back.
    page.goto(base + f"?theme={THEME}", wait_until="load")
    page.wait_for_function("() => /Showing \\d+ of \\d+ audits\\./.test("
                           "document.querySelector('.akb-filter__count').textContent)")
    assert sorted(_shown(page)) == sorted(paged["themed"])
    page.select_option("#akb-filter-theme", "")
    assert _shown(page) == on_page and _pagers_visible(page)
    assert not [u for u in rec.requests if not u.startswith(("http://127.0.0.1:", "file://", "data:", "about:"))]
