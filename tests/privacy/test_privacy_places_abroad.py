"""Towns and cities abroad are where a family came from, not a local place that identifies a
child: "Mum came from Mogadishu via Nairobi" passes, as "from Somalia" always has. The list
(``data/places_abroad.txt``, built from GeoNames by ``scripts/build_places_abroad.py``) leaves
out anything a British place, a name list or an English word list shares, so local places and
names are still reported. All text is invented."""
from __future__ import annotations

import pytest

from generator.privacy.lexicon import DATA, _words
from scanning import found  # tests/privacy/scanning.py

ABROAD = {w.lower() for w in _words(DATA / "places_abroad.txt")}

QUIET = [
    "Mum came from Mogadishu via Nairobi and says her faith kept her going.",
    "The SW phoned the paternal grandmother in Funchal with an interpreter.",
    "He wants to go back to Porto to play football.",
    "Dad lives in Gdansk; the child speaks to him on video every Sunday.",
    "The family fled from Kabul in 2021 and were placed in a hotel.",
    "Maternal family are in Harare and Lagos.",
]

FIRES = [
    # British towns, and towns abroad named as British ones are, are still places
    ("named-place", "She moved to Taunton with her aunt last spring.", "Taunton"),
    (None, "placed with carers in Boston, Lincs", "Boston"),   # a place or a name: reported
    ("named-place", "Visit to Elmhurst Short Breaks, where she stays monthly", "Elmhurst"),
    # a name that is also a town abroad stays a name
    ("personal-name", "Florence told her teacher she was scared", "Florence"),
]


@pytest.mark.parametrize("text", QUIET)
def test_places_abroad_pass(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("kind, text, span", FIRES)
def test_local_places_and_names_are_still_reported(kind: str | None, text: str, span: str) -> None:
    assert any(kind in (None, k) and span in s for k, s in found(text)), found(text)


@pytest.mark.parametrize("word", ["boston", "perth", "florence", "medina", "nice", "elmhurst", "abbotsford",
                                  "taunton", "victoria", "jordan"])
def test_the_list_leaves_out_british_places_names_and_words(word: str) -> None:
    assert word not in ABROAD


def test_the_list_holds_big_towns_abroad() -> None:
    assert {"mogadishu", "nairobi", "funchal", "porto", "gdansk", "gdańsk", "kabul", "lagos"} <= ABROAD
