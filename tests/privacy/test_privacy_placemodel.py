"""The place classifier (generator/privacy/placemodel.py). All text is invented."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from generator.privacy import PrivacyConfigError, PrivacyScanner, placemodel
from generator.privacy.tokens import cap_tokens

ROOT = Path(__file__).resolve().parents[2]
for name in ("train_name_model", "train_place_model"):
    if name not in sys.modules:
        sys.path.insert(0, str(ROOT / "scripts"))
        _spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
        module = importlib.util.module_from_spec(_spec)
        sys.modules[name] = module
        _spec.loader.exec_module(module)
trainer = sys.modules["train_place_model"]

SCANNER = PrivacyScanner()
MODEL = SCANNER.places_model


def model_places(text: str) -> list[str]:
    return [text[s:e] for s, e in MODEL.find(text, cap_tokens(text), lambda s, e: True)]


def test_runs_join_words_with_small_words_and_hyphens() -> None:
    text = "Seen at the Church of St Aidan and at Pen-y-Bryn, then Mum's flat."
    got = [" ".join(c.base for c in r) for r in placemodel.runs(text, cap_tokens(text))]
    assert got == ["Seen", "Church St Aidan", "Pen Bryn", "Mum"]


@pytest.mark.parametrize("text, place", [
    ("The YP has been seen hanging around Cedar Point most evenings.", "Cedar Point"),
    ("Dad drinks at the Golden Fleece most nights.", "Golden Fleece"),
    ("She was found at Kingfisher Retail Park by police.", "Kingfisher Retail Park"),
])
def test_reads_places_named_with_ordinary_words(text: str, place: str) -> None:
    assert any(place in p for p in model_places(text)), model_places(text)


@pytest.mark.parametrize("text", [
    "Dad completed the Caring Dads programme and attends Alcoholics Anonymous.",
    "The worker used Mind of My Own and Signs of Safety mapping.",
    "The Education Welfare Service issued a Fixed Penalty Notice.",
    "Mum is Polish and the children speak English at school.",
    "The Children's Guardian supported the plan at the IRH.",
    "She is in Long Term Fostering now.",
])
def test_leaves_the_sectors_terms(text: str) -> None:
    assert model_places(text) == []


def test_sector_words_alone_are_not_asked() -> None:
    text = "Mum and Dad met the IRO in March; The SW agreed."
    asked = [r for r in placemodel.runs(text, cap_tokens(text)) if MODEL.asked(text, r)]
    assert asked == []


def test_features_stop_at_a_joined_text_boundary() -> None:
    """scan_many joins texts with NULs: a run's features must not see the other text."""
    alone = "Seen at Cedar Point late."
    joined = "The plan is at Good Hope" + "\x00" * 64 + alone
    run_alone = placemodel.runs(alone, cap_tokens(alone))[1]
    run_joined = [r for r in placemodel.runs(joined, cap_tokens(joined)) if r[0].base == "Cedar"][0]
    assert MODEL.features(joined, run_joined) == MODEL.features(alone, run_alone)


def test_scanner_reports_what_only_the_model_finds(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "The YP has been seen hanging around Cedar Point most evenings."
    assert ("named-place", "Cedar Point") in [(f.kind, text[f.start:f.end]) for f in SCANNER.scan(text)]
    monkeypatch.setattr(placemodel, "ENABLE_PLACE_MODEL", False)
    assert PrivacyScanner().scan(text) == []


def test_committed_model_is_the_one_the_corpus_trains(tmp_path: Path) -> None:
    """Retrain from tests/privacy_corpus and the rule tests' lists: every example's answer must
    match the committed model's (run scripts/train_place_model.py after changing either)."""
    import pycrfsuite

    passages = trainer.load_corpus(ROOT / "tests" / "privacy_corpus") + trainer.hard_cases(trainer.PLACE_RULE_TESTS)
    fresh = tmp_path / "fresh.crfsuite"
    trainer.train(passages, fresh)
    xs, _ = trainer.examples(passages)
    committed, retrained = pycrfsuite.Tagger(), pycrfsuite.Tagger()
    committed.open(str(placemodel.MODEL_PATH))
    retrained.open(str(fresh))

    def answers(tagger) -> list[bool]:
        out = []
        for x in xs:
            tagger.set([x])
            out.append(tagger.marginal("P", 0) >= placemodel.THRESHOLD)
        return out

    assert answers(committed) == answers(retrained)


def test_a_missing_or_damaged_model_is_a_clear_error(tmp_path: Path) -> None:
    """PrivacyConfigError is what the linter turns into a one-line message (no traceback)."""
    damaged = tmp_path / "damaged.crfsuite"
    damaged.write_text("not a model", encoding="utf-8")
    for path in (tmp_path / "absent.crfsuite", damaged):
        with pytest.raises(PrivacyConfigError, match="place classifier"):
            PrivacyScanner(place_model_path=path)
