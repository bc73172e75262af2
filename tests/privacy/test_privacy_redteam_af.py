"""Rules added after reading the blind redteam-af split (Cornwall, the Potteries, Norfolk,
Cumbria), measured once blind early in the eighth session: where the police went ("police
attended Mile Cross"), a town in brackets after a place, a town and an outward code together
("barrow LA14"), a town after "through", Polish short forms and nicknames, a capitalised name
joined to a name by "and", a month's word as a name after kin and before "'s", a message's
writer naming herself, a baby's weight after her name; and what is none: a centile's ordinal,
a tantrum, a fire, a strategy discussion, vitamins and levels. Each fires where it should and
stays quiet where it should not. All text is invented."""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py

FIRES = [
    ("named-place", "Worries: on the 4th police attended Mile Cross after neighbours heard a child", "Mile Cross"),
    ("named-place", "chron - Sun 7th - police called to Raffles by neighbour", "Raffles"),
    ("named-place", "Nathan moved Hope House -> Oak Lodge (Stoke) 14:00.", "Stoke"),
    ("named-place", "can u bring my stuff tonight? barrow LA14", "barrow"),
    ("postcode", "can u bring my stuff tonight? barrow LA14", "LA14"),
    ("named-place", "arrived unaccompanied through Dover and has had three placements", "Dover"),
    ("personal-name", "\"Morning its Ola. Zuzia sick today not going school.\"", "Zuzia"),
    ("personal-name", "Home visit: Mum, Storm and Blaze present.", "Blaze"),
    ("personal-name", "in Kent. Paddy (14) and his sister have had", "Paddy"),
    ("personal-name", "\"i want to live at nanny jan's and have my own room\"", "jan"),
    ("personal-name", "sw: hi hun its faye ur sw, r we still ok for 4pm", "faye"),
    ("personal-name", "hv to gp - baby precious wt dropped from 50th to 9th centile.", "precious"),
]

QUIET = [
    "Weight now on the 9th centile, up from the 2nd. Mum going to baby massage.",
    "he threw a paddy at tea time; the barn fire was a blaze",
    "police attended Strategy Discussion and shared their checks",
    "takes vitamin B12 daily; stepped down to L2 support",
    "its fine, im tired. its june already",
    "stoke the fire before bed",
]


@pytest.mark.parametrize("kind, text, span", FIRES)
def test_fires(kind: str, text: str, span: str) -> None:
    assert any(k == kind and span in s for k, s in found(text)), found(text)


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert found(text) == []
