"""Named places of two words or more from the gazetteer (generator/privacy/gazetteer.py):
their words are ordinary words or names, so only the list knows them (invented sentences)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from generator.privacy.gazetteer import PhraseGazetteer, norm
from generator.privacy.lexicon import load_lexicon, uk_place_words
from scanning import found  # tests/privacy/scanning.py

ROOT = Path(__file__).resolve().parents[2]

FIRES = [
    ("The YP was found at Merry Hill by police at 23:40.", "Merry Hill"),
    ("Mum has moved to Tower Hamlets with the baby.", "Tower Hamlets"),
    ("He was stopped in Stoke-on-Trent with two older males.", "Stoke-on-Trent"),
    ("Placed with carers near King's Lynn since the summer.", "King's Lynn"),
    ("Placed with carers near Kings Lynn since the summer.", "Kings Lynn"),
    ("Missing overnight; last seen near St. Helens.", "St. Helens"),
    ("She hangs about at Moss Side precinct after school.", "Moss Side"),
    # a possessive stays outside the span
    ("Security at Merry Hill's car park called police.", "Merry Hill"),
    # connectors in either case
    ("The family lived in Newcastle Upon Tyne before the move.", "Newcastle Upon Tyne"),
    ("Dad now lives in Barking and Dagenham.", "Barking and Dagenham"),
]

QUIET = [
    # in lower case the words are words ("merry", "tower"), and no context is asked for
    "the merry hill of paperwork grew over the summer",
    "a tower of boxes in the hall was a trip hazard",
    # counties, regions and police forces name an authority, not a family's place
    "West Midlands Police shared the intelligence the same day.",
    "The North Yorkshire protocol for missing children was followed.",
    # practice terms that share a word with a place
    "The Family Hub worker used the Graded Care Profile 2 with Mum.",
    "The Early Help Assessment was signed off by the TM.",
]


@pytest.mark.parametrize("text,span", FIRES)
def test_gazetteer_phrases_fire(text, span):
    assert ("named-place", span) in found(text)


@pytest.mark.parametrize("text", QUIET)
def test_ordinary_words_and_authorities_stay_quiet(text):
    assert found(text) == []


def test_norm_folds_saint_apostrophes_and_full_stops():
    assert norm("Saint") == norm("St.") == norm("st") == "st"
    assert norm("King’s") == norm("Kings") == "kings"


def test_phrases_need_capitals_on_content_words():
    gaz = PhraseGazetteer(load_lexicon())
    from generator.privacy.tokens import cap_tokens
    text = "seen at Merry hill today"
    assert list(gaz.find(text, cap_tokens(text))) == []


def test_one_word_names_join_the_towns():
    # one-word places of GeoNames' list become towns, read with a place's context
    words = uk_place_words()
    assert {"middlesbrough", "wakefield", "harehills"} <= words
    assert found("Callum was found in Cleckheaton by police.") == [("personal-name", "Callum"), ("named-place", "Cleckheaton")]


def test_build_script_keeps_british_places_only(tmp_path):
    cities = {
        "1": {"name": "Brackenby Moor", "countrycode": "GB"},
        "2": {"name": "Lyon", "countrycode": "FR"},
        "3": {"name": "Ashworth", "countrycode": "GB"},
    }
    src = tmp_path / "cities500.json"
    src.write_text(json.dumps(cities), encoding="utf-8")
    out = tmp_path / "places.txt"
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_gazetteer.py"), "--geonames", str(src),
                          "--output", str(out)], capture_output=True, text=True, check=True)
    assert "2 places" in run.stdout
    lines = [ln for ln in out.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    assert lines == ["Ashworth", "Brackenby Moor"]
