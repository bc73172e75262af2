"""The words of everyday life (``data/everyday_words.txt``, ``data/everyday_phrases.txt``):
brands, shows, medicines, faiths' words and dialect pass; a brand that is also a name or a
town is still reported when it is used as one. All text is invented."""
from __future__ import annotations

import pytest

from generator.privacy.lexicon import DATA, _items, _words, uk_place_words
from scanning import found  # tests/privacy/scanning.py

QUIET = [
    "the carer's log: laughed at Gogglebox, asked about his brother",
    "she hoards Dairylea triangles and bread rolls in her room",
    "contact w/ YP at the chippy, ate 2 wraps + a McFlurry",
    "lives on Monster, Sunny D + Pot Noodles, no proper meals",
    "hv: mum asks about sunny d in bottle - advised no",
    "Employer: self-employed, Kumon franchisee",
    "Calpol given at 2am, Sudocrem for the rash",
    "yp ate 2 plates of sadza + muriwo; mum cooks bifanas and kibinai on Sundays",
    "nani watching Star Plus in the front room",
    "Mum attends Narcotics Anonymous weekly and Dad goes to Gamblers Anonymous.",
    "family asked not to visit over Shabbos or Yom Tov; dad at shul / kollel all day",
    "he came to the house over Deepavali with string hoppers and sweets",
    "\"I'm no' gyaan back tae the peedie hoose,\" she said.",
    "mum says \"he's nivver been like this afore, summat's up\"",
]

FIRES = [
    # a named congregation, a court or a fair says where the family goes: a place
    ("named-place", "Favour's mum attends Christ Apostolic Church in Peckham.", "Christ Apostolic Church"),
    ("named-place", "order made at Derby County Court last spring", "Derby"),
    # a pub, a nursery and a ward named like a show or a brand stay places
    ("named-place", "police welfare check. mum at work (the Crown).", "Crown"),
    ("named-place", "Bella (4) attends Tiny Tots nursery in the village.", "Tiny Tots"),
    ("named-place", "when Child B was admitted to the Rainbow ward at JPH", "Rainbow"),
    ("named-place", "YP words: 'I aint goin back to Brookside its a dump and the staff are snakes'", "Brookside"),
    # a name is not a derived form of an everyday word ("bishy" + "al")
    ("personal-name", "The plan for Bishal is generic and could apply to any child.", "Bishal"),
    ("personal-name", "Flora said she wanted to stay with her nan.", "Flora"),
    ("personal-name", "seen Tyler and his mum; Tyler said Kenzo was at the house", "Kenzo"),
]


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("kind, text, span", FIRES)
def test_fires(kind: str, text: str, span: str) -> None:
    assert any(k == kind and span in s for k, s in found(text)), found(text)


def test_no_everyday_word_is_a_name_or_a_town() -> None:
    """A word on a name list or in the gazetteer would pass everywhere; such brands belong in
    the phrases file, inside their phrase ("Grace Foods")."""
    names = set()
    for name in ("names_first.txt", "names_first_wordlike.txt", "names_surnames.txt", "names_surnames_wordlike.txt"):
        names |= {line.split()[0] for line in _items(DATA / name)}
    words = _words(DATA / "everyday_words.txt")
    assert sorted(words & (names | uk_place_words())) == []


def test_no_everyday_phrase_is_a_town_s_club() -> None:
    """"Hull City": a city's council has the club's name, so clubs named by a town stay out."""
    towns = uk_place_words()
    clubs = [p for p in _items(DATA / "everyday_phrases.txt")
             if len(p.split()) == 2 and p.split()[0].lower() in towns
             and p.split()[1] in ("City", "Town", "United", "Rovers", "County", "Athletic", "Albion")]
    assert clubs == []


def test_no_rejected_entry_is_on_the_lists() -> None:
    """What was reviewed and left out (scripts/vocabulary_rejected.txt) stays out."""
    from pathlib import Path
    rejected = {line.strip().lower() for line in
                (Path(__file__).resolve().parents[2] / "scripts" / "vocabulary_rejected.txt").read_text().splitlines()
                if line.strip() and not line.startswith("#")}
    listed = {w.lower() for w in _words(DATA / "everyday_words.txt")} | {
        p.lower() for p in _items(DATA / "everyday_phrases.txt")}
    assert sorted(rejected & listed) == []
