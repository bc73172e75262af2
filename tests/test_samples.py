"""The sample knowledge base loads cleanly, lints clean and fits the JSON Schema."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import jsonschema
import pytest

from generator.lint import lint_paths, load_settings
from generator.records import load_record, record_files
from generator.schema import SCHEMA_PATH, record_schema
from generator.yamlsource import read_file

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = record_files([ROOT / "audits"])


def _as_editor_reads(path: Path):
    """The record as yaml-language-server sees it (YAML 1.2, JSON types)."""
    return json.loads(json.dumps(read_file(path).data))


@pytest.fixture(scope="module")
def validator(framework):
    schema = json.loads((ROOT / SCHEMA_PATH).read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def test_committed_schema_is_generated_from_the_model(framework) -> None:
    committed = json.loads((ROOT / SCHEMA_PATH).read_text(encoding="utf-8"))
    assert committed == record_schema(framework), "run `auditkb schema --write`"
    jsonschema.Draft202012Validator.check_schema(committed)
    assert committed["$schema"] == "https://json-schema.org/draft/2020-12/schema"


@pytest.mark.parametrize("path", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_sample_loads_cleanly_and_fits_the_schema(path: Path, validator) -> None:
    loaded = load_record(path, ROOT)
    assert loaded.problems == []
    assert loaded.record is not None and path.stem == loaded.record.id
    assert path.read_text(encoding="utf-8").startswith(
        "# yaml-language-server: $schema=../../schema/audit-record.schema.json\n")
    errors = [e.message for e in validator.iter_errors(_as_editor_reads(path))]
    assert errors == []


@pytest.mark.parametrize("key", ["dob", "name", "ics_no", "child_name", "date_of_birth"])
def test_schema_rejects_identifying_keys(key: str, validator) -> None:
    data = _as_editor_reads(SAMPLES[0])
    assert validator.is_valid(data)
    data[key] = "anything"
    assert not validator.is_valid(data)
    data.pop(key)
    data["case"][key] = "anything"
    assert not validator.is_valid(data)


def test_every_sample_lints_clean(project, framework) -> None:
    result = lint_paths([project.audits], project.root, framework, load_settings(project.site_config / "lint.yml"))
    published_errors = [f"{p.file}:{p.line}: {p.rule} {p.message}" for p in result.problems
                        if p.severity == "error"]
    assert published_errors == []


def test_samples_cover_the_framework(framework) -> None:
    records = [load_record(p, ROOT).record for p in SAMPLES]
    moderated = [r for r in records if r.status == "moderated"]
    assert len(moderated) >= 30
    assert {r.audit_date.year for r in moderated} == {2025, 2026}
    assert {"draft", "qa-checked"} <= {r.status for r in records}
    kinds = {(r.case.type, r.case.category or r.case.legal_status) for r in moderated}
    assert ("CIN", None) in kinds
    for category in framework.vocabularies["cp_categories"]:
        assert ("CP", category) in kinds
    for status in ("s20", "ICO", "CO"):
        assert ("LA", status) in kinds
    assert {r.moderation.final_grade for r in moderated} == set(framework.vocabularies["grades"])
    assert any(not r.moderation.agrees for r in moderated)
    assert len({t for r in moderated for t in r.themes}) >= 10
    assert any(r.child_views.obtained for r in moderated) and any(not r.child_views.obtained for r in moderated)
    assert any(r.parent_views.obtained for r in moderated) and any(not r.parent_views.obtained for r in moderated)
    assert Counter(len(r.actions) for r in moderated).most_common(1)[0][0] >= 2
