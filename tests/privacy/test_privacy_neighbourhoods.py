"""The gazetteer of neighbourhoods, estates and local landmarks (data/places_gb_neighbourhoods.txt,
cut by scripts/neighbourhoods_needed.py): a district, an estate or a street known as an area is
a named place where the national gazetteer of towns had nothing, in capitals with no cue and
in lower case after a word of place. The script's cuts are checked on its own functions.
All text is invented."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from scanning import found  # tests/privacy/scanning.py

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import neighbourhoods_needed as needed  # noqa: E402

FIRES = [
    ("The auditor found that the family moved from Blackbird Leys to Greater Leys in the autumn.", "Greater Leys"),
    ('yp said "got jumped on cargo fleet lane". didnt want police.', "cargo fleet lane"),
    ("said he went teesside park then round the back of the cinema", "teesside park"),
    ("Mum has moved back to Knowle West and is staying with her sister.", "Knowle West"),
    ("mum says cot is at her mates in revoe", "revoe"),
]

QUIET = [
    "The visit took place in the town centre after school.",
    "Mum was told to look out for signs of exploitation.",
    "He was mardy all evening and went to bed early.",
    "Contact is at the family centre on the retail park.",
]


@pytest.mark.parametrize("text, span", FIRES)
def test_fires(text: str, span: str) -> None:
    assert ("named-place", span) in found(text), found(text)


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert found(text) == []


def test_the_script_cuts_what_it_must(tmp_path: Path) -> None:
    lst = tmp_path / "list.txt"
    lst.write_text("# Town\nGreater Leys\nThe Meadows\nTown Centre\nIntake\nLeeds\nRetail Park\nZq\nKnowle West\n",
                   encoding="utf-8")
    kept = needed.candidates([lst])
    assert "Town Centre" not in kept and "Retail Park" not in kept   # only generic words
    assert "Intake" not in kept and "Meadows" not in kept            # an English word alone
    assert "Leeds" not in kept and "Zq" not in kept                  # held already; too short
    assert "Greater Leys" in kept or "greater leys" in {n.lower() for n in needed.existing()}


def test_every_name_in_the_file_is_one_the_script_keeps() -> None:
    names = [line for line in needed._items(needed.OUT)]
    assert len(names) > 10000
    lex = needed.lexicon.load_lexicon()
    for name in names:
        assert name[:1].isupper(), name
        if " " not in name and "-" not in name:
            assert name.lower() not in lex.words, name


def test_every_hospital_in_its_gazetteer_is_one_the_script_keeps() -> None:
    names = list(needed._items(needed.HOSPITALS_OUT))
    assert len(names) > 1000
    lex = needed.lexicon.load_lexicon()
    for name in names:
        assert name[:1].isupper() or name[:1].isdigit(), name
        if " " not in name and "-" not in name:
            assert name.lower() not in lex.words, name


def test_the_hospitals_switch_writes_the_hospitals_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(needed, "OUT", needed.OUT)
    monkeypatch.setattr(needed, "HEADER", needed.HEADER)
    needed._hospitals()
    assert needed.OUT == needed.HOSPITALS_OUT and "Hospitals" in needed.HEADER
