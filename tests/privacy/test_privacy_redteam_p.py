"""Rules added after the blind redteam-p split (ordinary audit text, a South West county and a
Home Counties borough): a date of birth before a name and "born", a previous authority after
"LA:", a town before "city centre", an outward code after an address and a town, pubs named
like "the Mermaid", a café with its accent, a hospital number in brackets after its cue, a
closing quote after a possessive; and the name classifier no longer decides a sentence's first
word. Each fires where it should and stays quiet where it should not. All text is invented."""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py

FIRES = [
    ("personal-name", "chron: 02/02/2011 Kieran born at the maternity unit.", "Kieran"),
    ("date-of-birth", "chron: 02/02/2011 Kieran born at the maternity unit.", "02/02/2011"),
    ("named-place", "Previous LA: Bristol (2 children adopted).", "Bristol"),
    ("named-place", "Missing overnight. Found Plymouth city centre.", "Plymouth"),
    ("postcode", "DA at 17 Lime Grove, Kingsmere SL6. V: Mum.", "SL6"),
    ("postcode", "temp accom at the Bayview B&B, Porthlowen TR20.", "TR20"),
    ("named-place", "Nan said Mum is in the Mermaid from opening time.", "Mermaid"),
    ("named-place", "Photos from the beach and the Pirate Cove café.", "Pirate Cove café"),
    ("case-number", "The hospital number for baby Theo (RK0229371) is listed.", "RK0229371"),
]

QUIET = [
    "Will this be corrected before the next review?",
    "Hope is a word the children used often in the sessions.",
    "Faith group leader is a safe adult for the young person.",
    "Dawn raid at the flat the same week.",
    "Bill from the letting agent shows arrears.",
    "Rose-gold phone seen, not known to Mum.",
    "Grace period on curfew ends on Friday.",
    "pre-birth - Mum EDD in May.",
    "No access twice; a neighbour said the family had 'gone to Gran's'.",
    "The Plymouth city council plan was shared.",
    "the plan (AB1234567) was signed",
]


@pytest.mark.parametrize("kind, text, span", FIRES)
def test_fires(kind: str, text: str, span: str) -> None:
    assert (kind, span) in found(text), found(text)


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert found(text) == []
