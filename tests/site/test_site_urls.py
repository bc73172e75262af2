"""The one place for paths and anchors: the architecture's URL table, exactly."""

from __future__ import annotations

from generator.site import urls


def test_urls_match_the_architecture() -> None:
    assert urls.url(urls.HOME) == "/"
    assert urls.url(urls.STANDARDS) == "/standards/"
    assert urls.url(urls.statement(4, "4.7")) == "/standards/4/#4.7"
    assert urls.url(urls.statement(3, "3.2b")) == "/standards/3/#3.2b"
    assert urls.url(urls.AUDITS) == "/audits/"
    assert urls.url(urls.audit("DDA-2026-014")) == "/audits/DDA-2026-014/"
    assert urls.url(urls.THEMES) == "/themes/"
    assert urls.url(urls.theme("neglect")) == "/themes/neglect/"
    assert urls.url(urls.LEARNING) == "/learning/"
    assert urls.url(urls.GOOD_PRACTICE) == "/good-practice/"
    assert urls.url(urls.audit_area("DDA-2026-014", "risk")) == "/audits/DDA-2026-014/#risk"


def test_relative_links_between_source_files() -> None:
    page = urls.audit("DDA-2026-014").page
    assert urls.relative(page, urls.statement(4, "4.7")) == "../standards/4.md#4.7"
    assert urls.relative(page, urls.theme("neglect")) == "../themes/neglect.md"
    assert urls.relative(urls.HOME.page, urls.AUDITS) == "audits/index.md"
    assert urls.relative(urls.standard(4).page, urls.statement(4, "4.7")) == "4.md#4.7"
    assert urls.relative(urls.standard(4).page, urls.statement(3, "3.2b")) == "3.md#3.2b"
    assert urls.relative(urls.AUDITS.page, urls.audit("DDA-2026-014")) == "DDA-2026-014.md"


def test_area_ids_do_not_clash_with_section_anchors(framework) -> None:
    anchors = {anchor for anchor, _ in urls.AUDIT_SECTIONS.values()}
    assert not anchors & {a.id for a in framework.areas}
