"""Rules added after reading the blind redteam-z split (a South Yorkshire-style steel town, a Kent
coast-style town, Scottish border and Northern Ireland-style areas), the last measure of the
sixth session: a title, initials with full stops and a surname ("Ms D. Achterberg"), pubs by
their kind ("the Furnace Arms", "the anchor inn", "the dolphin (pub)"), hospital initials after
"@ the", a word-name with "(the baby)", a town in closing quotes; and what is no identifier: a
chain with no branch even where the place classifier would claim it, an email header's "Date:",
northern dialect in a child's words, an anonymised "Mr A." before a new sentence. The eighth
session added, from the same split: a word-name a parent says comes "from housing", "has been
missing", "came into office"; and a jade green wall. Each fires where it should and stays quiet
where it should not. All text is invented."""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py

FIRES = [
    ("personal-name", "referral from Ms D. Achterberg, SENCO, Eastcliff Infants", "D. Achterberg"),
    ("personal-name", "cc: Mr H. Oduya, Deputy Head", "H. Oduya"),
    ("personal-name", "Dr J. R. Smith rang the duty line", "J. R. Smith"),
    ("named-place", "when his stepdad comes back from the Furnace Arms. This should", "Furnace Arms"),
    ("named-place", "contact address for dad: c/o the anchor inn, eyemouth.", "anchor inn"),
    ("named-place", "dad took the kids to the dolphin (pub) on sunday", "dolphin"),
    ("named-place", "cp medical @ the ngh - paed to review bruising", "ngh"),
    ("named-place", "they moved out, gone to 'her mams in kimberworth'.", "kimberworth"),
    ("personal-name", "actions carried fwd. grace (the baby) now rolling.", "grace"),
    # added in the eighth session, from the same split
    ("personal-name", "forest school. mum said frank from housing is coming mon re repairs", "frank"),
    ("personal-name", "hope has been missing 4 times since the summer", "hope"),
    ("personal-name", "storm came into office asking for help with his phone", "storm"),
]

QUIET = [
    "yp seen at McDonald's in town. said she's staying with a friend",
    "From: Headteacher\nDate: Monday 08:15\nSubject: school update",
    "child seen alone in bedroom. said 'it's alreet here, i just don't like it when they shout'",
    "The review was chaired by Mr A. Then the meeting moved to the plan.",
    "the local inn; the same inn; the arms of her mum",
    "the storm came into the garden; hope has been restored; Jade green walls and a new carpet",
]


@pytest.mark.parametrize("kind, text, span", FIRES)
def test_fires(kind: str, text: str, span: str) -> None:
    assert any(k == kind and span in s for k, s in found(text)), found(text)


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert found(text) == []
