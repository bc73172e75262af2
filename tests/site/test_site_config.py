"""Site settings, the derived mkdocs.yml, and the live-preview plumbing (without a server)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator.problems import ConfigError
from generator.project import Project
from generator.site import generate, load_site_settings
from generator.site.mkdocs_driver import watched
from generator.site.write import derive_config, read_site_config

from sitekit import copy_project, load_fixtures


def test_defaults_without_site_yml(tmp_path: Path) -> None:
    s = load_site_settings(Project(tmp_path))
    assert s.small_number_threshold == 5 and s.suppressed_text() == "fewer than 5"
    assert s.latest_learning_count == 5


def test_project_site_yml_is_valid(settings) -> None:
    assert settings.content_pages and settings.area_names["risk"] == "Risk"


def test_unknown_setting_is_a_config_error(tmp_path: Path) -> None:
    (tmp_path / "site_config").mkdir()
    (tmp_path / "site_config" / "site.yml").write_text("small_numbers: 5\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="small_numbers"):
        load_site_settings(Project(tmp_path))


def test_threshold_setting_changes_what_pages_show(tmp_path: Path, framework, settings) -> None:
    project = copy_project(tmp_path)
    generate(project, framework, load_fixtures(), settings.model_copy(update={"small_number_threshold": 0}))
    page = (project.build / "docs" / "themes" / "neglect.md").read_text(encoding="utf-8")
    assert "| Neglect | 0 | 2 | 1 | 0 | 3 |" in page


def test_derived_config_keeps_tags_and_overrides_paths(tmp_path: Path) -> None:
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: X\ndocs_dir: elsewhere\nnav: [a.md]\nextra:\n  key: !ENV [KB_KEY, none]\n", encoding="utf-8")
    cfg = read_site_config(Project(tmp_path))
    out = derive_config(cfg, [{"Home": "index.md"}], extra_css=["assets/extra.css"], extra_javascript=[],
                        custom_dir=False).decode("utf-8")
    assert "!ENV" in out and "elsewhere" not in out and "a.md" not in out
    assert "docs_dir: docs" in out and "- Home: index.md" in out


def test_content_page_cannot_shadow_a_generated_page(tmp_path: Path, framework, settings) -> None:
    project = copy_project(tmp_path)
    (project.content / "learning.md").write_text("# Mine\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="learning.md"):
        generate(project, framework, load_fixtures(), settings)


def test_content_pages_listed_in_site_yml_must_exist(tmp_path: Path, framework, settings) -> None:
    project = copy_project(tmp_path)
    (project.content / "about.md").unlink()
    with pytest.raises(ConfigError, match="about.md"):
        generate(project, framework, load_fixtures(), settings)


def test_content_pages_are_in_the_navigation(tmp_path: Path, framework, settings) -> None:
    project = copy_project(tmp_path)
    generate(project, framework, load_fixtures(), settings)
    nav = yaml.safe_load((project.build / "mkdocs.yml").read_text(encoding="utf-8"))["nav"]
    pages = [next(iter(item.values())) for item in nav]
    for page in settings.content_pages:
        assert page.file in pages


def test_serve_watches_the_sources(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    assert set(watched(project)) == {project.audits, project.standards, project.site_config, project.content,
                                     project.mkdocs_yml}
