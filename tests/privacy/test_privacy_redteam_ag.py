"""Rules added after reading the blind redteam-ag split (Northern Ireland, Lincolnshire, the
Sussex coast, East London), measured once blind in the eighth session: a hospital's initials
after "paed,", a message's writer after a greeting ("hiya its jade"), a first name's house
after "im at", a nickname in quotes after a partner or kin ("bf 'Tiny'"), a school named for
Our Lady, the block a flat is in; and what is none: a chronology of months and two-digit years
("Jan 23 - referral ... Dec 23 - RCPC"), "a few bob", Gillick/Fraser, a quoted word after a
parent, a day after a flat's number. Each fires where it should and stays quiet where it should
not. All text is invented."""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py

FIRES = [
    ("named-place", "Strategy: DC Lavery, Dr Shah (paed, RBHSC). Children: twins", "RBHSC"),
    ("personal-name", "screenshot on file: 'hiya its jade. cant get back tonight'", "jade"),
    ("personal-name", "text: 'im at kyles cant get back tonight'", "kyle"),
    ("personal-name", "Believed with bf 'Tiny' near the station.", "Tiny"),
    ("personal-name", "went to stay with uncle \"Big Dave\" for the weekend", "Big Dave"),
    ("named-place", "moved school mid-year, from Our Lady's in Newry to a school nearby", "Our Lady's"),
    ("named-place", "police call-outs to flat 41, Tanner Point, each time", "Tanner Point"),
    ("exact-date", "visit on Jan 23 went well", "Jan 23"),
]

QUIET = [
    "Chrono:\nJan 23 - Referral from school (neglect)\nMar 23 - CIN plan agreed\nDec 23 - RCPC, plan continued",
    "Chrono: Oct 23 - Mum arrested. Nov 23 - caution. Dec 23 - Mum cancelled the package",
    "The electric has come and she hasn't a few bob left to pay it.",
    "13yo who is pregnant. Consider Gillick/Fraser. Age of partner unknown.",
    "mum 'Fine' she said; she prays to Our Lady every night",
    "he was at marks and sparks with his mum",
]


@pytest.mark.parametrize("kind, text, span", FIRES)
def test_fires(kind: str, text: str, span: str) -> None:
    assert any(k == kind and span in s for k, s in found(text)), found(text)


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert found(text) == []
