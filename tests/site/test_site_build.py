"""End to end: the sample knowledge base through generate() and MkDocs (strict) into HTML.

Checks the built site the way the issue asks: statement anchors, learning on the
page of every statement it cites, every internal link and #anchor resolves, nothing
references another host, record HTML comes out escaped, builds are deterministic,
a failed build keeps the previous site, diversity data stays off audit pages, and a
record not passed in leaves no trace.
"""

from __future__ import annotations

import gzip
import posixpath
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from generator.problems import BuildError
from generator.references import find_references
from generator.site import generate
from generator.site.mkdocs_driver import build_html

from sitekit import FIXTURES, ROOT, copy_project, load_samples, publishable, tree_bytes

INJECTED_ID = "DDA-2099-001"
HELD_BACK_ID = "DDA-2099-002"
URL_ATTRS = {"src", "href", "srcset", "action", "formaction", "poster", "data", "xlink:href", "background"}


class Page(HTMLParser):
    """What the link checks need from one HTML file."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.urls: list[tuple[str, str, str]] = []  # (tag, attribute, value)
        self.tags: list[tuple[str, dict]] = []
        self.in_article = 0
        self.article_tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        attrs_d = {k: (v or "") for k, v in attrs}
        if "id" in attrs_d:
            self.ids.add(attrs_d["id"])
        if tag == "a" and "name" in attrs_d:
            self.ids.add(attrs_d["name"])
        for k, v in attrs_d.items():
            if k in URL_ATTRS:
                self.urls.append((tag, k, v))
        if tag == "article":
            self.in_article += 1
        if self.in_article:
            self.article_tags.append((tag, attrs_d))
        self.tags.append((tag, attrs_d))

    def handle_endtag(self, tag: str) -> None:
        if tag == "article" and self.in_article:
            self.in_article -= 1


def parse(path: Path) -> Page:
    page = Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


@pytest.fixture(scope="module")
def built(tmp_path_factory, framework, settings):
    """The samples plus one injected record and one held back, generated and built (strict)."""
    tmp = tmp_path_factory.mktemp("kb")
    project = copy_project(tmp, ROOT / "audits")
    injected = (FIXTURES / "audits" / "DDA-2024-903.yml").read_text(encoding="utf-8")
    injected = injected.replace("DDA-2024-903", INJECTED_ID).replace(
        "but see PS 4.12, which does not exist", "<script>alert('area')</script> <img src=x onerror=alert(3)>")
    (project.audits / "2099").mkdir()
    (project.audits / "2099" / f"{INJECTED_ID}.yml").write_text(injected, encoding="utf-8")
    held = (FIXTURES / "audits" / "DDA-2024-901.yml").read_text(encoding="utf-8").replace("DDA-2024-901", HELD_BACK_ID)
    (project.audits / "2099" / f"{HELD_BACK_ID}.yml").write_text(held, encoding="utf-8")

    loaded = load_samples(project.root)
    published = [r for r in loaded if publishable(r) and r.record.id != HELD_BACK_ID]
    assert len(published) >= 10
    problems = generate(project, framework, published, settings)
    assert problems == []
    first = tree_bytes(project.build)
    generate(project, framework, published, settings)
    site = tmp / "site"
    result = build_html(project, site, strict=True)
    pages = {p.relative_to(site).as_posix(): parse(p) for p in sorted(site.rglob("*.html"))}
    return {"project": project, "site": site, "published": published, "pages": pages,
            "first_tree": first, "result": result, "framework": framework}


def test_build_is_deterministic(built) -> None:
    assert tree_bytes(built["project"].build) == built["first_tree"]


def test_strict_build_has_no_warnings(built) -> None:
    assert built["result"].warnings == []


def test_every_statement_has_its_anchor(built) -> None:
    for st in built["framework"].standards:
        ids = built["pages"][f"standards/{st.number}/index.html"].ids
        for s in st.statements:
            assert s.id in ids, f"no anchor #{s.id} on /standards/{st.number}/"
    assert "3.2b" in built["pages"]["standards/3/index.html"].ids


def _statement_sections(html: str) -> dict[str, str]:
    """The HTML under each h2, by the h2's id."""
    parts = re.split(r'(?=<h2 id=")', html)
    out = {}
    for part in parts:
        m = re.match(r'<h2 id="([^"]+)"', part)
        if m:
            out[m.group(1)] = part
    return out


def _statement_pages(site: Path, number: int, sid: str) -> str:
    """The HTML of every page of a statement's own list of examples (/standards/4/4.7/, .../page/2/)."""
    folder = site / "standards" / str(number) / sid
    pages = [folder / "index.html"] + sorted(folder.glob("page/*/index.html"))
    return "".join(p.read_text(encoding="utf-8") for p in pages if p.is_file())


def test_every_learning_item_is_reached_from_each_statement_it_cites(built) -> None:
    """Under its statement on the standard's page, or on the statement's own page that
    the statement's section links to ("All N examples under 4.7")."""
    fw = built["framework"]
    checked = on_own_page = 0
    sections_by_page: dict[int, dict[str, str]] = {}
    for loaded in built["published"]:
        for i, item in enumerate(loaded.record.learning):
            cited = set(item.standards) | {r.statement for r in find_references(item.text or "")}
            for sid in cited:
                if sid not in fw.statements:
                    continue
                number = fw.statements[sid][0].number
                if number not in sections_by_page:
                    html = (built["site"] / "standards" / str(number) / "index.html").read_text(encoding="utf-8")
                    sections_by_page[number] = _statement_sections(html)
                section = sections_by_page[number][sid]
                if f'href="../../audits/{loaded.record.id}/#learning-{i + 1}"' not in section:
                    assert f'href="{sid}/"' in section, f"{sid} has no link to its own page"
                    own = _statement_pages(built["site"], number, sid)
                    assert f'audits/{loaded.record.id}/#learning-{i + 1}"' in own, \
                        f"{loaded.record.id} learning {i + 1} not under {sid}"
                    on_own_page += 1
                checked += 1
    assert checked > 20 and on_own_page > 0


def _resolve(page_path: str, href: str) -> tuple[str, str]:
    """A relative href on a page, as a site path to a file and an anchor."""
    parts = urlsplit(href)
    base = "/" + posixpath.dirname(page_path) + "/"
    path = posixpath.normpath(posixpath.join(base, unquote(parts.path))) if parts.path else "/" + page_path
    if parts.path.endswith("/") or parts.path in ("", ".", "./"):
        path = path.rstrip("/") + ("/index.html" if parts.path else "")
    return path.lstrip("/"), unquote(parts.fragment)


def test_every_internal_link_and_anchor_resolves(built) -> None:
    site, pages = built["site"], built["pages"]
    broken = []
    for page_path, page in pages.items():
        for tag, attr, value in page.urls:
            if attr not in ("href", "src") or re.match(r"^[a-z][a-z0-9+.-]*:", value) or value.startswith("//"):
                continue
            target, anchor = _resolve(page_path, value)
            file = site / target
            if file.is_dir():
                file, target = file / "index.html", target.rstrip("/") + "/index.html"
            if not file.is_file():
                broken.append(f"{page_path}: {value} (no {target})")
                continue
            if anchor and target.endswith(".html") and anchor not in pages[target].ids:
                broken.append(f"{page_path}: {value} (no #{anchor} on {target})")
    assert not broken, "\n".join(broken[:20])


def test_no_page_references_another_host(built) -> None:
    site, pages = built["site"], built["pages"]
    external = re.compile(r"^\s*(?:https?:)?//", re.I)
    found = [f"{p}: <{tag} {attr}={value}>" for p, page in pages.items()
             for tag, attr, value in page.urls if external.match(value)]
    for css in site.rglob("*.css"):
        text = css.read_text(encoding="utf-8")
        for url in re.findall(r"url\(\s*['\"]?([^'\")]+)", text) + re.findall(r"@import\s+['\"]([^'\"]+)", text):
            if external.match(url):
                found.append(f"{css.relative_to(site)}: {url}")
    for js in site.rglob("*.js"):
        text = js.read_text(encoding="utf-8")
        attr = re.findall(r"""(?:\bsrc|\bhref)\s*[:=]\s*["'`](?:https?:)?//[^"'`]+""", text)
        imports = re.findall(r"""importScripts\(\s*["'`](?:https?:)?//[^"'`]+""", text)
        found += [f"{js.relative_to(site)}: {m}" for m in attr + imports]
    own = built["project"].site_config / "js"
    for js in own.glob("*.js"):
        assert not re.search(r"https?://", js.read_text(encoding="utf-8")), js
    assert not found, "\n".join(found[:20])


def test_record_html_comes_out_escaped(built) -> None:
    html = (built["site"] / "audits" / INJECTED_ID / "index.html").read_text(encoding="utf-8")
    assert "<script>alert" not in html and "<img src=x" not in html and "<img src=\"x\"" not in html
    assert "&lt;script&gt;alert(&#x27;area&#x27;)&lt;/script&gt;" in html or "&lt;script&gt;alert('area')" in html
    assert "&lt;img src=x onerror=alert(3)&gt;" in html
    page = built["pages"][f"audits/{INJECTED_ID}/index.html"]
    handlers = [(t, k) for t, attrs in page.article_tags for k in attrs if k.startswith("on")]
    assert handlers == []
    assert not [t for t, _ in page.article_tags if t in ("script", "img", "iframe", "object")]
    assert not [v for t, a, v in page.urls if "example.invalid" in v]


def test_diversity_data_never_appears_on_an_audit_page(built) -> None:
    labels = {g.id: g.label for g in built["framework"].ethnicity_groups}
    for loaded in built["published"]:
        diversity = loaded.record.diversity
        html = (built["site"] / "audits" / loaded.record.id / "index.html").read_text(encoding="utf-8")
        main = html[html.index("<article"):html.index("</article>")]
        assert "Ethnicity" not in main and "Disability" not in main
        if diversity and diversity.ethnicity:
            label = labels[diversity.ethnicity]
            source = re.sub(r"(?ms)^diversity:.*?(?=^\S)", "", loaded.path.read_text(encoding="utf-8"))
            if label.lower() not in source.lower():
                assert label not in main, loaded.record.id


def test_a_record_not_passed_in_leaves_no_trace(built) -> None:
    site = built["site"]
    assert not (site / "audits" / HELD_BACK_ID).exists()
    for path in site.rglob("*.html"):
        assert HELD_BACK_ID not in path.read_text(encoding="utf-8"), path
    # Nor in the search index (Pagefind's page fragments: gzip, a signature, then JSON).
    fragments = sorted((site / "pagefind" / "fragment").glob("*.pf_fragment"))
    assert fragments
    for path in fragments:
        assert HELD_BACK_ID not in gzip.decompress(path.read_bytes()).decode("utf-8"), path
    assert INJECTED_ID in "".join(gzip.decompress(p.read_bytes()).decode("utf-8") for p in fragments)


def test_pages_are_accessible_in_structure(built) -> None:
    for page_path, page in built["pages"].items():
        if page_path == "404.html":
            continue
        tags = page.article_tags
        headings = [int(t[1]) for t, _ in tags if re.fullmatch(r"h[1-6]", t)]
        assert headings.count(1) == 1, page_path
        for before, after in zip(headings, headings[1:]):
            assert after <= before + 1, f"{page_path}: h{before} then h{after}"
        tables = sum(1 for t, _ in tags if t == "table")
        assert sum(1 for t, _ in tags if t == "thead") == tables, page_path
        for t, attrs in page.tags:
            if t == "img":
                assert attrs.get("alt"), f"{page_path}: an image without alt text"


def test_audit_pages_are_not_in_the_navigation(built) -> None:
    home = built["pages"]["index.html"]
    nav_links = [v for t, a, v in home.urls if t == "a" and "audits/DDA-" in v]
    assert nav_links == [] or all("#learning-" in v for v in nav_links)


def test_audits_index_carries_the_filter(built) -> None:
    page = built["pages"]["audits/index.html"]
    assert any(a == "src" and v.endswith("assets/js/audit-filter.js") for _, a, v in page.urls)
    rows = [attrs for t, attrs in page.tags if t == "a" and "data-grade" in attrs]
    assert len(rows) == len(built["published"])
    assert all("data-themes" in r and "data-case-type" in r for r in rows)


def test_a_failed_build_leaves_the_previous_site_as_it_was(tmp_path: Path, framework, settings) -> None:
    project = copy_project(tmp_path)
    published = [r for r in load_samples(project.root) if publishable(r)]
    generate(project, framework, published, settings)
    site = tmp_path / "site"
    build_html(project, site, strict=True)
    before = tree_bytes(site)

    about = project.build / "docs" / "about.md"
    about.write_text(about.read_text(encoding="utf-8") + "\n[a dead link](nowhere.md)\n", encoding="utf-8")
    with pytest.raises(BuildError) as err:
        build_html(project, site, strict=True)
    assert "nowhere.md" in str(err.value)
    assert "Traceback" not in str(err.value)
    assert tree_bytes(site) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".site")) == []

    generate(project, framework, published, settings)  # rewrites about.md
    build_html(project, site, strict=True)
    assert (site / "about" / "index.html").is_file()
    shutil.rmtree(site)
