"""The scanner's fast paths give what the regex scans they replace give (invented text)."""
from __future__ import annotations

import pytest

from generator.privacy import identifiers, openers, slots, tokens
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
