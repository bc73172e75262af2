"""The given names of communities the generated lists lacked (data/names_first_communities.txt,
cut by scripts/first_names_needed.py): "harinder", "menna", "rach" are first names in any
casing, after a role or in a list. The script's cuts are checked on its own functions.
All text is invented."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from scanning import found  # tests/privacy/scanning.py

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import first_names_needed as needed  # noqa: E402

FIRES = [
    ("assessors jo/harinder, interp by phone", "harinder"),
    ("family plan: mam-gu (menna) to have the children weekdays", "menna"),
    ("escalated to rach for sign off", "rach"),
    ("seen siblings at home - shwan asleep, others at school", "shwan"),
    ("Harinder told the auditor that she felt listened to.", "Harinder"),
]

QUIET = [
    "dinnae want nae mair bother fae the polis, said dad.",
    "The family celebrated with tika and sweets at the temple.",
    "the PA checked his evisa online; status confirmed.",
]


@pytest.mark.parametrize("text, span", FIRES)
def test_fires(text: str, span: str) -> None:
    assert ("personal-name", span) in found(text), found(text)


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert found(text) == []


def test_the_script_cuts_what_it_must(tmp_path: Path) -> None:
    lst = tmp_path / "list.txt"
    lst.write_text("# Section\nHarinder\nPrecious |word\nJo\nOliver\nTable\nLeeds\nŁukasz\nZzqxname\n", encoding="utf-8")
    kept = set(needed.candidates([lst])) | set(needed._items(needed.OUT))
    assert "precious" not in kept          # marked as an English word
    assert "jo" not in kept                # too short
    assert "oliver" not in kept            # a name list holds it already
    assert "table" not in kept             # an English word
    assert "leeds" not in kept             # a town
    assert "lukasz" in kept or needed.lexicon.load_lexicon().classes.get("lukasz")   # folded
    assert "zzqxname" in needed.candidates([lst])


def test_a_name_that_flags_clean_text_is_dropped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "names.txt"   # the lexicon reads the file the script writes, here a copy
    monkeypatch.setattr(needed, "OUT", out)
    monkeypatch.setattr(needed.lexicon, "COMMUNITY_NAMES", out)
    clean = ["dinnae want nae mair bother, said dad.", "seen at school, all fine."]
    try:
        assert needed.flagged_clean(["mair", "zzqxname"], clean) == {"mair"}
    finally:
        monkeypatch.undo()
        needed.lexicon.load_lexicon.cache_clear()


def test_every_name_in_the_file_is_one_the_script_keeps() -> None:
    names = list(needed._items(needed.OUT))
    assert len(names) > 10000
    lex = needed.lexicon.load_lexicon()
    for name in names:
        assert name == name.lower() and len(name) >= 3, name
        assert name not in lex.words, name
