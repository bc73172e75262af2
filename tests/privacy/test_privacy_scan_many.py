"""PrivacyScanner.scan_many returns exactly what scan returns for each text, offsets and all."""
from __future__ import annotations

import hashlib
import importlib.util
import sys
from pathlib import Path

import pytest

from generator.lint.privacy import prose
from generator.privacy import PrivacyScanner
from generator.records import load_record

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("privacy_recall", ROOT / "benchmarks" / "privacy_recall.py")
bench = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("privacy_recall", bench)
_spec.loader.exec_module(bench)

CORPUS = bench.load_corpus(ROOT / "tests" / "privacy_corpus")
# the splits read but not yet meeting their targets too: their text is the hardest there is
OPEN = [p.text for d in sorted((ROOT / "tests" / "privacy_open").iterdir()) if d.is_dir() for p in bench.load_corpus(d)]
PASSAGES = [p.text for p in CORPUS] + OPEN


def _same(scanner: PrivacyScanner, texts: list[str]) -> None:
    assert scanner.scan_many(texts) == [scanner.scan(t) for t in texts]


@pytest.fixture(scope="module")
def scanner() -> PrivacyScanner:
    return PrivacyScanner.from_config(ROOT / "site_config")


@pytest.mark.parametrize("size", [2, 33])
def test_tuning_corpus(scanner: PrivacyScanner, size: int) -> None:
    # each passage next to others, in two groupings and in reverse order
    for texts in (PASSAGES, PASSAGES[::-1]):
        for i in range(0, len(texts), size):
            _same(scanner, texts[i:i + size])


def test_sample_records(scanner: PrivacyScanner) -> None:
    files = sorted((ROOT / "audits").rglob("*.yml"))
    assert files
    for path in files:
        loaded = load_record(path)
        texts = [t for _, t in prose(loaded.data)]
        _same(scanner, texts)


def test_edges(scanner: PrivacyScanner) -> None:
    _same(scanner, [])
    _same(scanner, ["", "a", "Kayla said so.", " ", "x\x00y Kayla said", "Kayla", "İstanbul trip with Kayla"])
    _same(scanner, ["Seen on", "14 March 2025 at home", "born", "12/03/2015", "Mosaic ID", "4471920", "in", "Govan"])
    _same(scanner, ["RAG rated", "Amber said she was fine", "rated 7/10", "15/1 review", "see the", "Oakfield nursery"])


def test_site_lists() -> None:
    """Deny-list phrases, hashed names and the allow list, across texts."""
    name = hashlib.sha256("zebedee quarrington".encode()).hexdigest()
    s = PrivacyScanner(allow=["Hope House Project"], deny=[], name_hashes=frozenset({bytes.fromhex(name)}))
    texts = ["Zebedee Quarrington called.", "zebedee", "quarrington was there", "the Hope House Project met Kayla"]
    _same(s, texts)
    from generator.privacy.config import DenyTerm
    s = PrivacyScanner(allow=["Larkspur Fields Youth Club"], deny=[DenyTerm("Larkspur Fields"), DenyTerm("Quarry Lane", "street-address")])
    _same(s, ["Moved to Larkspur Fields last year.", "Larkspur", "Fields", "at Larkspur Fields Youth Club", "14 Quarry Lane"])


def test_hashed_names_and_deny_terms_over_the_corpus() -> None:
    """The corpus's labelled names as hashed names, and some of its places as deny terms."""
    from generator.privacy.config import DenyTerm
    names = {" ".join(p.text[s:e].lower().split()) for p in CORPUS for k, s, e in p.labels if k == "personal-name"}
    places = sorted({p.text[s:e] for p in CORPUS for k, s, e in p.labels if k == "named-place"})[::3]
    scanner = PrivacyScanner(
        allow=["Hope House Project"], deny=[DenyTerm(t) for t in places],
        name_hashes=frozenset(hashlib.sha256(n.encode()).digest() for n in names),
    )
    found = 0
    for i in range(0, len(PASSAGES), 25):
        texts = PASSAGES[i:i + 25]
        many = scanner.scan_many(texts)
        assert many == [scanner.scan(t) for t in texts]
        found += sum(f.kind == "local-term" for fs in many for f in fs)
    assert found > 100


def test_one_texts_welsh_words_leave_anothers_quote_alone(scanner: PrivacyScanner) -> None:
    """The Welsh-sentence gate reads each joined text's own words: a Portuguese quote stays
    what it is beside a text that holds a Welsh word (all text invented)."""
    texts = ["I think this is a really good piece of work by Fola, honestly. She stuck with Dad through the "
             "winter when he'd shut the door on everyone else. The twins are thriving at nursery in Sheringham now.",
             'The HV noted that Mum, who speaks Portuguese, had not been offered an interpreter. Mum told the '
             'auditor: "Eu não percebia nada" - "I understood nothing."']
    _same(scanner, texts)
    _same(scanner, texts[::-1])


def test_a_roles_initials_at_a_joined_texts_start(scanner: PrivacyScanner) -> None:
    """"IRO JM - CLA review": the role's start was looked for after a space only, so a text
    that opens with it lost the initials when joined after another (all text invented)."""
    texts = ["home visit done, all well.", "IRO JM - CLA review 3 (virtual). yp present w/ interp."]
    assert ("personal-name", "JM") in [(f.kind, texts[1][f.start:f.end]) for f in scanner.scan(texts[1])]
    _same(scanner, texts)
    _same(scanner, ["notes\nIRO JM - review", *texts])


def test_a_family_centre_beside_a_text_about_court(scanner: PrivacyScanner) -> None:
    """The lower-case court rule read "isle family centre" as a court whenever another joined
    text held "court" (its gate); a family centre is no court (all text invented)."""
    texts = ["worker to attend court 11th dec for FH.", "sessions at belle isle family centre."]
    _same(scanner, texts)
    _same(scanner, texts[::-1])


def test_a_neighbours_semicolon_opens_no_initials_rule(scanner: PrivacyScanner) -> None:
    # the initials-before-a-role rule's gate is its own text's ";": "(LP, HV)" beside a text
    # that has one was once read as initials
    _same(scanner, ["CG 02/04/24: mum agreed to the plan; dad not invited (bail conds).",
                    "minute of LP mtg: attendees — worker (LP, HV), dad, mum, SW, EP."])


def test_a_word_name_named_in_one_text_is_not_named_in_the_next(scanner: PrivacyScanner) -> None:
    # "seen will + faith" names Will in its own text; "will v quiet" in the next is not him
    _same(scanner, ["12.10.23 seen will + faith @ school.", "will v quiet, wouldnt say why."])
    # and a list numbered by role is one of births only by its own text's date of birth
    _same(scanner, ["dobs:\nchild 1 - 04/11/2012 (dob)\nchild 2 - 17/05/2015", "visits:\nchild 1 - 04/11/2023 seen\nchild 2 - 17/05/2024 seen"])
