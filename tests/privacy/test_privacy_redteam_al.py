"""Rules added after reading the blind redteam-al split (Birmingham and Solihull, Lancashire,
Suffolk, Aberdeen and Dundee), measured once blind in the eighth session and read in the ninth:
a word-name with a role in brackets after it ("Frank (carer)"); and what is none: a count of a
course's parts ("attended 5/6 sessions"), an English word with an ending that no list holds
("cuckooing", "restrictors"), text speak ("tonite"), "Perp" for the perpetrator, a colour or an
injury before a word-name ("red mark seen"), "my own destiny", and the brands, games and stories
children talk about. Each fires where it should and stays quiet where it should not. All text
is invented."""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py

FIRES = [
    ("personal-name", "FC log Tues - Frank (carer) took the child to the dentist", "Frank"),
    ("personal-name", "phone call from Hope (mum), upset about contact", "Hope"),
    ("exact-date", "Mum attended on 5/6 with the SW.", "5/6"),
    ("exact-date", "Mum attended 5/6, no sessions since", "5/6"),
    ("personal-name", "seen mark at school, quiet", "mark"),
    ("personal-name", "she wants to see jayden tonite", "jayden"),
    ("personal-name", "Dad and Will (brother) were in the flat", "Will"),
]

QUIET = [
    "Mum attended 5/6 Freedom Programme sessions. Engaging well.",
    "3/4 visits in timescale this quarter.",
    "Worries: the children were exposed to cuckooing at the family home on the estate.",
    "Fell from first-floor window. Minor injuries. No window restrictors. s47 threshold not met.",
    "texts from older boy: 'u comin out tonite' / 'cant carers said no'",
    "DA incident, children present (aged 4 and 7). DASH standard. Perp left before police arrived.",
    "says dad hit him w/ belt last night. Red mark seen on back. Doesn't want to go home.",
    "YP says she wants to 'choose my own destiny', not have adults decide.",
    "Came back 01:20 by taxi, new Nike trainers and a North Face coat. Wouldn't say where.",
    "Family time: Sibling 1 wanted Uno, mum joined in. Then Jenga and Connect 4.",
    "Weekend log: lovely day, played Mario Kart all afternoon, watched a film on Sky.",
    "Bedtime: wanted The Very Hungry Caterpillar and Room on the Broom, settled by 19:30.",
    "Asked for slippers like in The Wizard of Oz for her birthday.",
    "Diet is mostly Pot Noodles, Haribo and Red Bull; no fruit in the house.",
]


@pytest.mark.parametrize("kind, text, span", FIRES)
def test_fires(kind: str, text: str, span: str) -> None:
    assert any(k == kind and span in s for k, s in found(text)), found(text)


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert found(text) == []
