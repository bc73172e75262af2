"""The word-like name classifier (generator/privacy/namemodel.py). All text is invented."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from generator.privacy import PrivacyScanner, namemodel
from generator.privacy.lexicon import load_lexicon
from generator.privacy.tokens import lower_words

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("train_name_model", ROOT / "scripts" / "train_name_model.py")
trainer = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("train_name_model", trainer)
_spec.loader.exec_module(trainer)

MODEL = namemodel.NameModel(load_lexicon())
SCANNER = PrivacyScanner()


def model_names(text: str) -> list[str]:
    low = text.lower()
    return [text[s:e] for s, e in MODEL.find(text, low, lower_words(low))]


def scanned(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start:f.end]) for f in SCANNER.scan(text)]


@pytest.mark.parametrize("text, name", [
    ("The plan says Sunny is to be seen by the school nurse before the next review.", "Sunny"),
    ("The SW notes that Will and Sonny share a room at the carers' home.", "Sonny"),
    ("At nursery today Poppy settled quickly and ate her lunch.", "Poppy"),
    ("Her teacher describes Grace as quiet and kind.", "Grace"),
    ("Since September Precious has started Year 7 and likes art.", "Precious"),
])
def test_reads_word_names_used_as_names(text: str, name: str) -> None:
    assert name in model_names(text)


@pytest.mark.parametrize("text", [
    "Will they attend the review? The plan will be reviewed in March.",
    "Grace periods for rent arrears were agreed with the housing provider.",
    "Precious little was recorded about the father's views.",
    "Hope was evident in the way the family spoke about the future.",
    "Patience and warmth were shown by the carers throughout the summer.",
    "The young person said the foster home felt safe.",
])
def test_leaves_words_used_as_words(text: str) -> None:
    assert model_names(text) == []


@pytest.mark.parametrize("text", [
    "Will this be corrected before the next review?",
    "Dawn raid at the flat the same week.",
    "Grace period on the curfew ends on Friday.",
    "Grace is described by her teacher as quiet and kind.",   # the rules' cues decide here, not the model
])
def test_a_sentences_first_word_is_not_asked(text: str) -> None:
    assert model_names(text) == []


def test_lower_case_surnames_are_not_asked() -> None:
    text = "the young people were seen; foster carers said it was good"
    low = text.lower()
    assert MODEL.candidates(text, low, lower_words(low)) == []


def test_features_stop_at_a_joined_text_boundary() -> None:
    """scan_many joins texts with NULs: the features of a word must not see the other text."""
    alone = "Grace told the nurse."
    joined = "The plan is Good" + "\x00" * 64 + alone
    s = joined.index("Grace")
    assert MODEL.features(joined, s, s + 5) == MODEL.features(alone, 0, 5)


@pytest.mark.parametrize("text, name", [
    ("The SW notes that Will and Sonny share a room at the carers' home.", "Sonny"),
    ("Since September Precious has started Year 7 and likes art.", "Precious"),
])
def test_scanner_reports_what_only_the_model_finds(monkeypatch: pytest.MonkeyPatch, text: str, name: str) -> None:
    assert ("personal-name", name) in scanned(text)
    monkeypatch.setattr(namemodel, "ENABLE_NAME_MODEL", False)
    assert ("personal-name", name) not in [(f.kind, text[f.start:f.end]) for f in PrivacyScanner().scan(text)]


def test_committed_model_is_the_one_the_corpus_trains(tmp_path: Path) -> None:
    """Retrain from tests/privacy_corpus and the current lists: the answers must match the
    committed model's on every example (run scripts/train_name_model.py after changing either)."""
    import pycrfsuite

    passages = trainer.load_corpus(ROOT / "tests" / "privacy_corpus") + trainer.hard_cases()
    fresh = tmp_path / "fresh.crfsuite"
    trainer.train(passages, fresh)
    xs, _ = trainer.examples(namemodel.NameModel(load_lexicon(), model_path=None), passages)
    committed, retrained = pycrfsuite.Tagger(), pycrfsuite.Tagger()
    committed.open(str(namemodel.MODEL_PATH))
    retrained.open(str(fresh))
    assert [committed.tag([x]) for x in xs] == [retrained.tag([x]) for x in xs]


def test_a_missing_or_damaged_model_is_a_clear_error(tmp_path: Path) -> None:
    """PrivacyConfigError is what the linter turns into a one-line message (no traceback)."""
    from generator.privacy import PrivacyConfigError

    damaged = tmp_path / "damaged.crfsuite"
    damaged.write_text("not a model", encoding="utf-8")
    for path in (tmp_path / "absent.crfsuite", damaged):
        with pytest.raises(PrivacyConfigError, match="name classifier"):
            namemodel.NameModel(load_lexicon(), path)
