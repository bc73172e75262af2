"""Informal words of notes that no dictionary has (data/words_informal.txt, cut by
scripts/informal_words_needed.py): dialect, slang, medicines and loanwords are no names in
lower case, and the script keeps out every word a name list or a corpus label holds.
All text is invented."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from scanning import found  # tests/privacy/scanning.py

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import informal_words_needed as needed  # noqa: E402

QUIET = [
    "dad said 'she's proper mithering me' and walked off.",
    "calpol given at 6pm, oramorph not needed.",
    "yp says 'ngl it was peng' about the new flat.",
]


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert found(text) == []


def test_names_stay_names() -> None:
    assert ("personal-name", "jayden") in found("seen jayden + mia at home")


def test_the_script_cuts_what_it_must(tmp_path: Path) -> None:
    lst = tmp_path / "list.txt"
    lst.write_text("# section\nzzqxword\njayden\ntable\nok\nleeds\ncentile\n", encoding="utf-8")
    kept = needed.candidates([lst])
    assert kept == ["zzqxword"]   # a name, an English word, too short, a town, a sector word: out


def test_a_word_of_a_label_is_dropped(tmp_path: Path) -> None:
    split = tmp_path / "split"
    split.mkdir()
    (split / "a.yml").write_text('- text: "seen tia-mai at home"\n  labels: [{kind: personal-name, text: "tia-mai"}]\n',
                                 encoding="utf-8")
    assert {"tia", "mai"} <= needed.labelled_words([split])


def test_every_word_in_the_file_is_one_the_script_keeps() -> None:
    words = list(needed._items(needed.OUT))
    assert len(words) > 5000
    lex = needed.lexicon.load_lexicon()
    for w in words:
        assert w == w.lower() and len(w) >= 3, w
        assert not lex.classes.get(w, 0) & needed.lexicon.NAME, w
