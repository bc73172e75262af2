"""A name found in one text of a record is reported wherever another text of it writes the
name (``PrivacyScanner.scan_record``), and only there: not in lower case when the name is an
English word, not where the sentence's start owes it its capital, not inside an allowed phrase
or a longer name, not a RAG colour on its scale. All text is invented."""
from __future__ import annotations

from generator.privacy import PrivacyScanner


def _found(texts: list[str], scanner: PrivacyScanner | None = None) -> list[list[str]]:
    scanner = scanner or PrivacyScanner()
    return [[t[f.start:f.end] for f in fs if f.kind == "personal-name"] for t, fs in zip(texts, scanner.scan_record(texts))]


def test_a_word_name_shown_once_is_a_name_in_the_other_texts() -> None:
    texts = ["Grace told the social worker she felt safer.", "home visit: Grace asleep, mum up."]
    assert PrivacyScanner().scan_many(texts)[1] == []   # alone, the second text has no cue
    assert _found(texts) == [["Grace"], ["Grace"]]


def test_a_name_no_list_holds_is_found_in_any_case() -> None:
    texts = ["Zebedy said no to the plan.", "the worries about zebedy are listed"]
    assert _found(texts)[1] == ["zebedy"]


def test_what_stays_a_word() -> None:
    texts = ["Rose told the social worker she felt safer.",
             "Costs rose sharply. Rose Cottage is a farm."]
    # lower case; a longer capitalised name
    assert _found(texts)[1] == []


def test_an_allowed_phrase_and_a_rag_colour_pass() -> None:
    scanner = PrivacyScanner(allow=["Amber Project"])
    texts = ["Amber told the social worker she was scared.",
             "She goes to the Amber Project. The rating moved from Red to Amber."]
    assert _found(texts, scanner)[1] == []


def test_nothing_found_changes_nothing() -> None:
    texts = ["The child was seen alone.", "Visits were timely."]
    assert PrivacyScanner().scan_record(texts) == PrivacyScanner().scan_many(texts)


def test_a_modal_opening_a_question_stays_a_verb() -> None:
    texts = ["Will told the social worker he felt safer.", "Will the plan be reviewed before March?"]
    assert _found(texts)[1] == []
