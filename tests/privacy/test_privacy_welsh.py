"""Sentences written in Welsh (``generator/privacy/welsh.py``): their words pass, the names in
them do not. All text is invented."""
from __future__ import annotations

import pytest

from generator.privacy import welsh
from generator.privacy.tokens import lower_words
from scanning import found  # tests/privacy/scanning.py

QUIET = [
    "Nodyn: Haf diwethaf roedd y plant yn aros gyda Mamgu. Mae Mam wedi dweud ei bod hi'n gobeithio "
    "bydd pethau'n well eleni.",
    "cofnodion: 'Cytunwyd y bydd Mam yn mynychu'r cwrs rhianta bob dydd Mawrth. Adolygu mewn chwe wythnos.'",
    "Child's voice (recorded in Welsh, translated): \"Dwi'n hoffi mynd i'r ysgol achos mae fy ffrindiau "
    "yna a dwi'n cael cinio poeth.\" (I like going to school.)",
]

FIRES = [
    ("personal-name", "Gwelwyd y plant (Mabli a Cai) yn yr ysgol gyda Mrs Hughes.", "Cai"),
    ("personal-name", "Gwelwyd y plant (Mabli a Cai) yn yr ysgol gyda Mrs Hughes.", "Hughes"),
    ("personal-name", "msg from mamgu: 'Diolch bach am heddiw. Seren wedi cysgu fel babi.'", "Seren"),
    # English around a Welsh word is read as English
    ("personal-name", "seen hoffi and kai at home, both well", "kai"),
]


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("kind, text, span", FIRES)
def test_fires(kind: str, text: str, span: str) -> None:
    assert any(k == kind and span in s for k, s in found(text)), found(text)


def test_an_english_sentence_is_not_welsh() -> None:
    low = "mum said she and dad are in the house on monday and the school rang."
    assert welsh.stretches(low, lower_words(low)) == []
