"""The framework under standards/ is the seed form, word for word, as data."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.framework import load_framework
from generator.problems import ConfigError
from generator.record import ChildViews, ParentViews

# A copy of the seed form (shared/seed/deep-dive-audit-form.txt), kept with the tests so the
# check never depends on what lies beside the repository.
SEED = Path(__file__).resolve().parent / "fixtures" / "deep-dive-audit-form.txt"


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def _seed_statements() -> list[tuple[str, str]]:
    text = SEED.read_text(encoding="utf-8")
    section = text[text.index("Practice Standard One"):]
    return [(m.group(1), _squash(m.group(2)))
            for m in re.finditer(r"^\s*(\d\.\d+)\s+(.+)$", section, flags=re.MULTILINE)]


def test_every_seed_statement_is_in_standards_word_for_word(framework) -> None:
    seed = _seed_statements()
    assert len(seed) == 60
    ours = [(s.shown, _squash(s.text)) for st in framework.standards for s in st.statements]
    assert ours == seed


def test_nine_standards_and_the_second_3_2(framework) -> None:
    assert [st.number for st in framework.standards] == list(range(1, 10))
    _, second = framework.statements["3.2b"]
    _, first = framework.statements["3.2"]
    assert second.shown == first.shown == "3.2"
    assert second.note and "3.2b" in second.note
    assert "Genograms" in second.text and "chronologies" in first.text


def test_areas_follow_the_form(framework) -> None:
    assert [(a.id, a.standards) for a in framework.areas] == [
        ("risk", [4]), ("oversight", [9]), ("voice", [1, 2]), ("assessment", [3, 8]),
        ("plans", [1, 7]), ("networks", [5]), ("partnership", [6]), ("impact", [])]
    assert all(a.title for a in framework.areas)


def test_grades_best_first_with_descriptors(framework) -> None:
    assert [g.id for g in framework.grades] == ["outstanding", "good", "requires-improvement", "inadequate"]
    assert all(g.descriptor.startswith("The experience") for g in framework.grades)


def test_views_questions_match_the_record_keys(framework) -> None:
    child = [q.id for q in framework.form.child_views.questions]
    parent = [q.id for q in framework.form.parent_views.questions]
    assert set(child) <= set(ChildViews.model_fields)
    assert set(parent) <= set(ParentViews.model_fields)
    assert framework.vocabularies["scale:frequency"] == ["always", "usually", "sometimes", "rarely", "never"]
    assert framework.vocabularies["scale:life"][0] == "much-better"


def test_vocabularies(framework) -> None:
    themes = {t.id: t for t in framework.themes}
    assert len(themes) >= 40
    assert themes["neglect"].census_code == "16A"
    for practice in ("voice-of-the-child", "drift-and-delay", "management-oversight", "multi-agency-working"):
        assert themes[practice].facet == "practice"
    assert all(t.description.endswith(".") for t in themes.values())
    assert framework.vocabularies["case_types"] == ["CIN", "CP", "LA"]
    assert {"s20", "ICO", "CO"} <= set(framework.vocabularies["legal_statuses"])
    assert len(framework.vocabularies["cp_categories"]) == 5


def test_a_broken_framework_is_a_clear_config_error(tmp_path: Path, framework) -> None:
    src = Path(__file__).resolve().parents[1] / "standards"
    for f in src.glob("*.yml"):
        (tmp_path / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    grades = tmp_path / "grades.yml"
    grades.write_text(grades.read_text(encoding="utf-8").replace("letter:", "leter:", 1), encoding="utf-8")
    (tmp_path / "services.yml").unlink()
    with pytest.raises(ConfigError) as err:
        load_framework(tmp_path)
    assert "services.yml: missing" in str(err.value)
    with pytest.raises(ConfigError) as err:
        (tmp_path / "services.yml").write_text((src / "services.yml").read_text(encoding="utf-8"))
        load_framework(tmp_path)
    assert "grades" in str(err.value) and "leter" in str(err.value)
