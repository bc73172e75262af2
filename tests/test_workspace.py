"""The workspace: what is done again after an edit, and that it gives the same results as from cold."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from generator import parallel, workspace
from generator.framework import load_framework
from generator.lint import lint_paths, load_settings
from generator.project import Project
from generator.site import generate_site, load_site_settings, render_tree
from generator.synthetic import write_knowledge_base
from generator.workspace import Workspace

ROOT = Path(__file__).resolve().parent.parent


def _copy(dest: Path) -> Project:
    for name in ("standards", "site_config", "content", "audits"):
        shutil.copytree(ROOT / name, dest / name)
    shutil.copy(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    return Project(dest)


def _cold_lint(project: Project) -> list:
    framework = load_framework(project.standards)
    result = lint_paths([project.audits], project.root, framework, load_settings(project.site_config / "lint.yml"))
    return result.problems


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _a_record(project: Project) -> Path:
    return sorted(project.audits.rglob("*.yml"))[0]


def test_a_second_run_reads_nothing_and_an_edit_reads_one_record(tmp_path: Path) -> None:
    project = _copy(tmp_path)
    ws = Workspace(project)
    first = ws.check()
    assert first.reloaded == len(first.result.records) > 30
    assert ws.check().reloaded == 0
    record = _a_record(project)
    _edit(record, "title: ", "title: Edited ")
    again = ws.check()
    assert again.reloaded == 1
    assert again.result.problems == _cold_lint(project)


def test_a_new_lint_problem_appears_and_goes_with_the_edit(tmp_path: Path) -> None:
    project = _copy(tmp_path)
    ws = Workspace(project)
    clean = ws.check().result.problems
    record = _a_record(project)
    original = record.read_text(encoding="utf-8")
    record.write_text(original + "surprise_key: 1\n", encoding="utf-8")
    broken = ws.check().result.problems
    assert len(broken) > len(clean)
    assert broken == _cold_lint(project)
    record.write_text(original, encoding="utf-8")
    assert ws.check().result.problems == clean


def test_deleted_and_added_records_are_noticed(tmp_path: Path) -> None:
    project = _copy(tmp_path)
    ws = Workspace(project)
    count = len(ws.check().result.records)
    record = _a_record(project)
    copy = record.with_name("copy-of-" + record.name)
    shutil.copy(record, copy)
    checked = ws.check()
    assert len(checked.result.records) == count + 1 and checked.reloaded == 1
    assert any(p.rule == "I101" for p in checked.result.problems)  # the copy repeats the id
    copy.unlink()
    checked = ws.check()
    assert len(checked.result.records) == count
    assert checked.result.problems == _cold_lint(project)


def test_a_settings_change_drops_everything(tmp_path: Path) -> None:
    project = _copy(tmp_path)
    ws = Workspace(project)
    count = len(ws.check().result.records)
    lint_yml = project.site_config / "lint.yml"
    lint_yml.write_text(lint_yml.read_text(encoding="utf-8") + "\n# a comment\n", encoding="utf-8")
    assert ws.check().reloaded == count


def test_parallel_results_equal_serial_results(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if not parallel.can_fork():
        pytest.fail("this platform cannot fork; the parallel path is untested here")
    project = _copy(tmp_path)
    monkeypatch.setattr(workspace, "PARALLEL_FROM", 2)
    serial = Workspace(project, jobs=1).check()
    forked = Workspace(project, jobs=2).check()
    assert forked.result.problems == serial.result.problems
    assert [r.display for r in forked.result.records] == [r.display for r in serial.result.records]


def _newest(project: Project) -> Path:
    """The record of the newest audit: it is on every index page's "newest" lists."""
    return max(project.audits.rglob("*.yml"),
               key=lambda p: next(line for line in p.read_text(encoding="utf-8").splitlines()
                                  if line.startswith("audit_date:")))


@pytest.mark.parametrize("edit", ["title", "learning", "grade", "held back"])
def test_cached_pages_are_the_pages_a_cold_run_makes(tmp_path: Path, edit: str) -> None:
    project = Project(tmp_path / "kb")
    write_knowledge_base(project.root, 40, seed=3)
    ws = Workspace(project)
    settings = load_site_settings(project)
    checked = ws.check()
    first = generate_site(project, checked.framework, checked.publication.published, settings,
                          cache=ws.site_cache)
    audits = len(checked.publication.published)
    assert first.rendered > audits
    record = _newest(project)
    text = record.read_text(encoding="utf-8")
    if edit == "title":
        _edit(record, "title: ", "title: Edited ")
    elif edit == "learning":
        _edit(record, "  - kind: ", "  - kind: good-practice\n    text: A new item of good practice.\n  - kind: ")
    elif edit == "grade":
        grade = next(line for line in text.splitlines() if line.strip().startswith("final_grade:"))
        other = "inadequate" if "inadequate" not in grade else "good"
        _edit(record, grade, grade.split(":")[0] + f": {other}")
    else:
        _edit(record, "status: moderated", "status: draft")
    checked = ws.check()
    second = generate_site(project, checked.framework, checked.publication.published, settings,
                           cache=ws.site_cache)
    # no audit page but the edited one is rendered again, nor any page that does not show it
    assert second.rendered < first.rendered - audits + 1
    cold, _ = render_tree(project, checked.framework, checked.publication.published, settings)
    written = {rel: (project.build / rel).read_bytes() for rel in cold}
    assert written == cold
    assert not [p for p in (project.build / "docs").rglob("*") if p.is_file()
                and p.relative_to(project.build).as_posix() not in cold]


def test_parallel_rendering_gives_the_same_tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib

    generate_module = importlib.import_module("generator.site.generate")

    project = Project(tmp_path / "kb")
    write_knowledge_base(project.root, 30, seed=5)
    checked = Workspace(project).check()
    settings = load_site_settings(project)
    serial, _ = render_tree(project, checked.framework, checked.publication.published, settings)
    monkeypatch.setattr(generate_module, "PARALLEL_FROM", 2)
    generate_site(project, checked.framework, checked.publication.published, settings, jobs=2)
    assert {rel: (project.build / rel).read_bytes() for rel in serial} == serial


def test_files_not_rewritten_keep_their_times(tmp_path: Path) -> None:
    project = _copy(tmp_path)
    ws = Workspace(project)
    settings = load_site_settings(project)
    checked = ws.check()
    generate_site(project, checked.framework, checked.publication.published, settings, cache=ws.site_cache)
    home = project.build / "docs" / "standards" / "index.md"
    os.utime(home, ns=(1_000_000_000, 1_000_000_000))
    checked = ws.check()
    report = generate_site(project, checked.framework, checked.publication.published, settings,
                           cache=ws.site_cache).written
    assert report.written == [] and report.deleted == []
    assert home.stat().st_mtime_ns == 1_000_000_000


def _square_all(chunk: list) -> list:
    if 13 in chunk:
        raise ValueError("thirteen")
    return [x * x for x in chunk]


def test_load_and_work_keeps_order_and_reports_a_worker_error() -> None:
    loaded, results, _ = parallel.load_and_work(list(range(40)), lambda x: x + 100, _square_all, jobs=2)
    assert loaded == list(range(100, 140)) and results == [x * x for x in range(100, 140)]
    with pytest.raises(ValueError, match="thirteen"):
        parallel.load_and_work(list(range(40)), lambda x: x, _square_all, jobs=2)
