"""The unknown proper noun rule (generator/privacy/propernoun.py). All text is invented."""
from __future__ import annotations

import pytest

from generator.privacy import PrivacyScanner
from generator.privacy import propernoun

SCANNER = PrivacyScanner()


def found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start:f.end]) for f in SCANNER.scan(text)]


FIRES = [
    ("personal-name", "The carers said the boyfriend Zennor brought friends round.", "Zennor"),
    ("named-place", "Mum took her to Brackwell Lido twice.", "Brackwell Lido"),
    ("named-place", "The young person was seen at Greggs in Heaton Moor.", "Greggs"),
    ("named-place", "They lived at 9 The Larches, Bolton until spring.", "Bolton"),
    ("named-place", "School: ST BRIGID'S", "BRIGID'S"),
    ("personal-name", "Dad said Summer had fallen off the trampoline.", "Summer"),
    ("personal-name", "Quorin Bassetby phoned the duty team.", "Quorin Bassetby"),
]


@pytest.mark.parametrize("kind, text, span", FIRES)
def test_fires(kind: str, text: str, span: str) -> None:
    assert (kind, span) in found(text)


QUIET = [
    # a chain with no branch named is no local place (since the sixth session)
    "The young person was seen at Greggs in town.",
    "Multisystemic work started in May.",                       # a sentence's first word alone
    "After Iftar the family used WhatsApp; the SW drew a Genogram.",
    "The NYAS advocate and the LAAC review agreed.",            # acronyms in capitals
    "A Tesco voucher was given.",                               # a shop with no place cue
    "Learning from Rotherham and Telford inquiries shaped the screening.",
    "Seen in Feburary and at Chirstmas.",                       # typos of a month and a festival
    "The carers applied for the WaterSure scheme.",             # camel case of known words
    "She presents as the Parentified Child in the family.",     # a derived word
]


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert found(text) == []


def test_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    scanner = PrivacyScanner()
    text = "The young person was seen at Greggs in Zorbington."
    shop = ("named-place", 29, 35)   # "Greggs": only this rule reports a chain
    assert shop in [(f.kind, f.start, f.end) for f in scanner.scan(text)]
    monkeypatch.setattr(propernoun, "ENABLE_UNKNOWN_PROPER_NOUNS", False)
    assert shop not in [(f.kind, f.start, f.end) for f in scanner.scan(text)]
