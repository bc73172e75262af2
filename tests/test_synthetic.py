"""The synthetic knowledge base: deterministic, the right size, loads cleanly and lints clean."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from generator.framework import load_framework
from generator.lint import lint_paths, load_settings
from generator.lint.combinations import combination
from generator.records import load_record
from generator.references import find_references
from generator.synthetic import generate_records, write_knowledge_base
from generator.synthetic.banks import Voice, bank, text_of
from generator.synthetic.plan import plan_records

N = 40


@pytest.fixture(scope="module")
def kb(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("synthetic")
    write_knowledge_base(root, N, seed=7)
    return root


@pytest.fixture(scope="module")
def loaded(kb):
    return [load_record(path, kb) for path in sorted((kb / "audits").rglob("*.yml"))]


def test_same_seed_same_bytes_other_seed_other_records() -> None:
    first = generate_records(12, seed=3)
    assert first == generate_records(12, seed=3)
    other = generate_records(12, seed=4)
    assert set(first.values()).isdisjoint(other.values())


@pytest.mark.parametrize("n", [0, 1, 2, 7, 40])
def test_count_and_paths(n: int) -> None:
    records = generate_records(n, seed=1)
    assert len(records) == n
    for rel, text in records.items():
        match = re.fullmatch(r"audits/(\d{4})/(DDA-(\d{4})-\d{3})\.yml", rel)
        assert match and match.group(1) == match.group(3)
        assert f"\nid: {match.group(2)}\n" in text


def test_ids_fit_the_format_at_scale() -> None:
    """More records than one year's three-digit ids hold are spread over more years."""
    skeletons = plan_records(5000, seed=1)
    ids = [s.id for s in skeletons]
    assert len(set(ids)) == 5000 and all(re.fullmatch(r"DDA-\d{4}-\d{3}", i) for i in ids)
    assert all(s.id[4:8] == str(s.audit_date.year) for s in skeletons)
    assert max(s.moderation_date for s in skeletons).isoformat() <= "2026-11-20"


def test_every_record_loads_without_problems(kb, loaded) -> None:
    assert len(loaded) == N
    for record in loaded:
        assert record.problems == [], record.display
        assert record.record is not None and record.record.status == "moderated"


def test_the_synthetic_knowledge_base_lints_clean(kb) -> None:
    framework = load_framework(kb / "standards")
    result = lint_paths([kb / "audits"], kb, framework, load_settings(kb / "site_config" / "lint.yml"))
    assert len(result.records) == N
    findings = [f"{p.file}:{p.line}: {p.severity} {p.rule} {p.message}" for p in result.problems]
    assert findings == []


def test_every_case_combination_is_shared(loaded) -> None:
    counts = Counter(combination(r.record) for r in loaded)
    assert min(counts.values()) >= 2


def test_records_are_varied_and_audit_sized(loaded) -> None:
    records = [r.record for r in loaded]
    assert len({r.case.type for r in records}) == 3
    assert len({r.moderation.final_grade for r in records}) >= 3
    assert len({t for r in records for t in r.themes}) >= 15
    assert any(not r.moderation.agrees for r in records)
    assert len({r.title for r in records}) >= N * 0.9
    words = [len(path.read_text(encoding="utf-8").split()) for path in (r.path for r in loaded)]
    assert 1200 <= sum(words) / len(words) <= 2400
    for r in records:
        inline = {ref.statement for area in r.areas.values() for ref in find_references(area.analysis or "")}
        listed = {s for area in r.areas.values() for s in area.standards}
        assert inline and inline == listed


def test_banks_use_the_framework_vocabulary(framework) -> None:
    case = bank("case")
    vocab = framework.vocabularies
    for profile in case["profiles"]:
        assert profile["type"] in vocab["case_types"]
        assert profile["detail"] is None or profile["detail"] in vocab["cp_categories"] + vocab["legal_statuses"]
        assert set(profile["ages"]) <= set(vocab["age_bands"])
        assert set(profile["services"]) <= set(vocab["services"])
        assert set(profile["themes"]) <= set(case["themes"])
    assert set(case["themes"]) <= set(vocab["themes"])
    assert {t for ts in case["practice_themes"].values() for t in ts} <= set(vocab["themes"])
    assert set(case["children"]) == set(vocab["age_bands"])


def _entries(node):
    if isinstance(node, list):
        for item in node:
            yield from _entries(item)
    elif isinstance(node, dict) and "text" in node:
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from _entries(value)
    elif isinstance(node, str):
        yield node


def test_every_sentence_fills_and_cites_real_statements(framework) -> None:
    words = {k: "x" for k in ("child", "partner", "parent", "other", "carer", "pronoun", "worker", "plan",
                             "meeting", "review", "chair", "concern", "concern2", "auditor_grade",
                             "final_grade", "changed_area")}
    voice = Voice(words)
    skip = {"profiles", "children", "case_words", "practice_themes", "timescales"}
    for name in ("case", "areas"):
        data = {k: v for k, v in bank(name).items() if k not in skip}
        for entry in _entries(data):
            text = voice.fill(text_of(entry))
            assert "$" not in text
            for ref in find_references(text):
                assert ref.statement in framework.statements, text
