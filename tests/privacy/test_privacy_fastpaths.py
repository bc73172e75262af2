"""The scanner's fast paths give what the regex scans they replace give (invented text)."""
from __future__ import annotations

import re

import pytest
from scanning import found  # tests/privacy/scanning.py

from generator.privacy import cuedrefs, gazetteer, identifiers, openers, slots, tokens, venues
from generator.privacy.scanner import BOUNDARY

TEXTS = [
    'Mum said. ("Kayla said she was fine") - Jo (Kim said x; Amy is here',
    "\x00Bob was seen 12/3 and 04.05.2021 at 10:30; ref 123 456 7890." + BOUNDARY + "-Ann is 9",
    "a.(Bob is late. ((Kay is (Jo is; :   Zed told the SW 3 times",
    "Ève is with Émile; 12 3/4 ٣ digits; O'Neill said, McKay was, iPhone, x_Abc",
    "her nana kay's flat; aunt auntie's; grandmanan bob's; uncle nanny's gran sue said",
    "the first of March, 1st of jan; Christmas Day, new year's eve, st george's day",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_fast_paths_equal_regex(text: str) -> None:
    low = text.lower()
    accented = {w for w in tokens.ACCENTED_WORD.findall(low) if not w.isascii()}   # "émile" whole, beside "mile"
    assert tokens.lower_words(low) == set(tokens.LOWER_WORD.findall(low)) | accented
    cap = tokens.CAP_ASCII if text.isascii() else tokens.CAP_TOKEN
    assert [m.span() for m in tokens._cap_matches(text)] == [m.span() for m in cap.finditer(text)]
    num = identifiers.CLUSTER_ASCII if text.isascii() else identifiers.CLUSTER
    assert identifiers.clusters(text) == [(m.start(), m.end(), m.group()) for m in num.finditer(text)]
    assert [m.span() for m in slots._kin_matches(low)] == [m.span() for m in slots.KIN_LOWER.finditer(low)]
    fast = openers._sent_triggers(text, tokens.cap_tokens(text)) or []
    assert [m.span() for m in fast] == [m.span() for m in openers.SENT_TRIGGER.finditer(text)]


# the whole-text regexes the anchored searches replaced, kept here as the reference
OWNED_KIND_SCAN = re.compile(r"(?:(?:['’]s|\b(?:his|her|their|new|old|previous|prev|current)) |^|(?<=[\n\x00]))(?:school|"
                             r"nursery|college|academy|surgery|GP|placement|hostel|club|church|mosque) "
                             r"((?:[A-Z][a-z'’]+ ){0,2}[A-Z][a-z'’]+)(?=[.;)]| [-–] |, ([A-Z][a-z]+)|$)")
VENUE_TEXTS = [
    "child's school White Spire, Bletchley. Her nursery Little Acorns.",
    "school Oak Hill\x00his GP Dr Patel; this school Green Lane. their club Eastfield Rovers - fine",
    "the preschool Busy Bees; her previous placement Ashdown House) and prev hostel The Grange",
    "nursery Little Acorns",
    "",
]


@pytest.mark.parametrize("text", VENUE_TEXTS)
def test_owned_kind_at_its_anchors_equals_the_scan(text: str) -> None:
    want = [(m.span(1), m.group(2)) for m in OWNED_KIND_SCAN.finditer(text)]
    assert [(m.span(1), m.group(2)) for m in venues._owned_kind_matches(text)] == want


WORD_TEXTS = [
    ("Angel said. Angel's mum; Angela, angel-fish, 'Angel'. Angel", "Angel"),
    ("jack's jacket, jack-in-box, jack_x, jack, jack's. jack’s jack’ss", "jack"),
    ("sky\x00sky's phone off, skys, sky", "sky"),
]


@pytest.mark.parametrize(("text", "word"), WORD_TEXTS)
def test_word_spans_equals_a_whole_word_regex(text: str, word: str) -> None:
    plain = re.compile(rf"(?<![\w'’-]){word}(?![\w'’-])")
    owned = re.compile(rf"(?<![\w'’-]){word}(?:(?![\w'’-])|(?=['’][sS](?!\w)))")
    for lo, hi in ((0, len(text)), (4, len(text) - 2), (0, len(text) + 5)):
        part = text[lo:hi]
        assert list(tokens.word_spans(text, word, lo, hi)) == [(lo + m.start(), lo + m.end()) for m in plain.finditer(part)]
        assert list(tokens.word_spans(text, word, lo, hi, possessive=True)) == \
            [(lo + m.start(), lo + m.end()) for m in owned.finditer(part)]


def test_a_lower_case_name_found_once_is_found_again_in_its_possessive() -> None:
    text = "vis 14:00, jack + dad. jack's sensory room nearly done, grandad fitting it."
    assert found(text) == [("personal-name", "jack"), ("personal-name", "jack")]
    # not where a determiner makes it a word
    assert found("vis 14:00, jack + dad. the jack's broken on the car so dad walked.") == [("personal-name", "jack")]


def test_gazetteer_options_by_second_word_keep_their_order() -> None:
    options = gazetteer._Options([("st", "marys", "road"), ("st", "mary", "hill"), ("st", "marys"), ("st", "johns")])
    assert options.trying("marys") == [("st", "marys", "road"), ("st", "mary", "hill"), ("st", "marys")]
    assert options.trying("johns") == [("st", "johns")]
    assert options.trying("pauls") == []


def test_the_anchored_reference_patterns_still_fire_and_stay_quiet() -> None:
    assert [s[1:] for s in cuedrefs.find_hyphened_refs("gave them the log no from last wk 2311-0299")] == [(34, 43)]
    assert list(cuedrefs.find_hyphened_refs("the log covers 2019-2020 and 0900-1700")) == []
    assert [s[1:] for s in cuedrefs.find_letter_serials("Home Office reference held. At present H1047729 appears")] == [(39, 47)]
    # up to four capitals since the twentieth session ("NFRC2303115577"); never glued to a digit or a fifth capital
    assert [s[1:] for s in cuedrefs.find_letter_serials("Home Office ref ABC1047729 and 1H1047729")] == [(16, 26)]
    assert list(cuedrefs.find_letter_serials("Home Office ref ABCDE1047729 and 1H1047729")) == []
    assert [s[1:] for s in cuedrefs.find_nine_in_threes("SCN 162 004 887")] == [(4, 15)]
    assert list(cuedrefs.find_nine_in_threes("ref £162 004 887 and 1162 004 887")) == []
