"""generate() without MkDocs: what it writes, what it leaves out, how it reports."""

from __future__ import annotations

import os
import re
from pathlib import Path

import yaml

from generator.records import load_record, record_files
from generator.site import generate

from sitekit import copy_project, tree_bytes


def _published(project):
    return [load_record(p, project.root) for p in record_files([project.audits])]


def test_generate_writes_every_page_kind(tmp_path: Path, framework, settings) -> None:
    project = copy_project(tmp_path)
    generate(project, framework, _published(project), settings)
    docs = project.build / "docs"
    for page in ("index.md", "standards/index.md", "standards/4.md", "standards/3.md", "audits/index.md",
                 "audits/DDA-2024-901.md", "themes/index.md", "themes/neglect.md", "learning.md",
                 "good-practice.md", "about.md", "assets/extra.css", "assets/js/audit-filter.js"):
        assert (docs / page).is_file(), page
    assert len(list((docs / "standards").glob("*.md"))) == len(framework.standards) + 1
    assert len(list((docs / "themes").glob("*.md"))) == len(framework.themes) + 1


def test_two_runs_give_byte_identical_trees(tmp_path: Path, framework, settings) -> None:
    project = copy_project(tmp_path)
    generate(project, framework, _published(project), settings)
    first = tree_bytes(project.build)
    generate(project, framework, list(reversed(_published(project))), settings)
    assert tree_bytes(project.build) == first


def test_only_changed_files_are_rewritten_and_stale_ones_deleted(tmp_path: Path, framework, settings) -> None:
    project = copy_project(tmp_path)
    generate(project, framework, _published(project), settings)
    docs = project.build / "docs"
    stamp = 1_000_000_000
    for p in docs.rglob("*"):
        if p.is_file():
            os.utime(p, (stamp, stamp))
    stale = docs / "audits" / "DDA-1999-001.md"
    stale.write_text("left over", encoding="utf-8")
    (project.build / "notes.txt").write_text("not ours", encoding="utf-8")

    published = [r for r in _published(project) if r.record.id != "DDA-2024-902"]
    generate(project, framework, published, settings)

    assert not stale.exists()
    assert not (docs / "audits" / "DDA-2024-902.md").exists()
    assert (project.build / "notes.txt").exists()
    untouched = docs / "about.md"
    assert untouched.stat().st_mtime == stamp
    assert (docs / "audits" / "index.md").stat().st_mtime != stamp


def test_a_record_not_passed_in_gets_no_page_and_no_backlinks(tmp_path: Path, framework, settings) -> None:
    project = copy_project(tmp_path)
    published = [r for r in _published(project) if r.record.id != "DDA-2024-902"]
    generate(project, framework, published, settings)
    for path in (project.build / "docs").rglob("*.md"):
        assert "DDA-2024-902" not in path.read_text(encoding="utf-8"), path


def test_diversity_never_appears_on_an_audit_page(tmp_path: Path, framework, settings) -> None:
    project = copy_project(tmp_path)
    generate(project, framework, _published(project), settings)
    labels = {g.id: g.label for g in framework.ethnicity_groups}
    for loaded in _published(project):
        page = (project.build / "docs" / "audits" / f"{loaded.record.id}.md").read_text(encoding="utf-8")
        assert "diversity" not in page.lower() and "ethnicity" not in page.lower()
        assert "disability" not in page.lower()
        if loaded.record.diversity and loaded.record.diversity.ethnicity:
            assert labels[loaded.record.diversity.ethnicity] not in page


def test_unknown_inline_reference_is_a_problem_not_a_link(tmp_path: Path, framework, settings) -> None:
    project = copy_project(tmp_path)
    problems = generate(project, framework, _published(project), settings)
    assert [(p.rule, p.field, p.category) for p in problems] == [("R102", "areas.risk.analysis", "reference")]
    text = load_record(project.audits / "DDA-2024-903.yml", project.root).record.areas["risk"].analysis
    assert text[problems[0].start:problems[0].end] == "4.12"
    page = (project.build / "docs" / "audits" / "DDA-2024-903.md").read_text(encoding="utf-8")
    assert "4.12" in page and "4.12](" not in page and "#4.12" not in page


def test_navigation_lists_indexes_not_audits(tmp_path: Path, framework, settings) -> None:
    project = copy_project(tmp_path)
    generate(project, framework, _published(project), settings)
    config = yaml.safe_load((project.build / "mkdocs.yml").read_text(encoding="utf-8"))
    flat = yaml.safe_dump(config["nav"])
    assert "audits/index.md" in flat and "DDA-" not in flat
    for st in framework.standards:
        assert f"standards/{st.number}.md" in flat
    assert config["docs_dir"] == "docs" and config["use_directory_urls"] is True
    assert config["theme"]["font"] is False
    assert config["plugins"] == []   # search is Pagefind's, run after MkDocs (search_index.py)


def test_every_page_has_one_h1_and_headings_in_order(tmp_path: Path, framework, settings) -> None:
    project = copy_project(tmp_path)
    generate(project, framework, _published(project), settings)
    for path in (project.build / "docs").rglob("*.md"):
        text = re.sub(r"^(?: {4}|\t).*$", "", path.read_text(encoding="utf-8"), flags=re.M)
        levels = [len(m.group(1)) for m in re.finditer(r"^(#{1,6}) ", text, flags=re.M)]
        assert levels.count(1) == 1 and levels[0] == 1, path
        for before, after in zip(levels, levels[1:]):
            assert after <= before + 1, path
