"""Rules added after the blind redteam-o split (ordinary audit text, a North West borough and a
Welsh-border county): council areas named by a town a family came from or went to (counties
are no longer reported since the sixth session: a county is no local place), takeaways
named like pubs, a word-name before ", aged 6", a name before "born", initials after a role,
retail parks and family hubs named before their kind, a date of birth given after a sentence on
a missing one or recorded again with another year. Each fires where it should and stays
quiet where it should not. All text is invented."""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py

FIRES = [
    ("named-place", "The case was transferred from Wrexham and the team have not met Mum.", "Wrexham"),
    ("named-place", "tfer in - prev la Swansea, records requested.", "Swansea"),
    ("named-place", "The child hangs round the Golden Dragon with older males.", "Golden Dragon"),
    ("personal-name", "'She lets me feed the chickens.' – Summer, aged 6.", "Summer"),
    ("personal-name", "chron - 03/2023 Harley born at home, no midwife.", "Harley"),
    ("personal-name", "mgmt oversight TM SH: agree NFA at this time.", "SH"),
    ("named-place", "Often at a fast-food place in the Crossway retail park.", "Crossway retail park"),
    ("named-place", "Known to Early Help via the Brambles family hub.", "Brambles family hub"),
    ("date-of-birth", "note: no DOB on file for dad. mum gave 14/4/89 verbally.", "14/4/89"),
    ("date-of-birth", "DOB 2nd August 2004 per LCS - check, HV has 02/08/2005.", "02/08/2005"),
]

QUIET = [
    # counties and regions name no child by themselves
    "The case was transferred from Powys and the team have not met Mum.",
    "tfer in - prev la Shropshire, records requested.",
    "He was age-assessed in Kent before the transfer.",
    "The family moved from Lincolnshire to Greater Manchester in the summer.",
    "Kent Police shared the intelligence the same day.",
    "The Powys County Council protocol was followed.",
    "Known to Early Help via the local family hub.",
    "IRO TBC: to be allocated next week.",
    "SW MASH: referral screened the same day.",
    "Summer born children can find the start of school hard.",
    "Overall, aged care was not a factor for the family.",
    "Faith plays a big part in the family's week.",
    "Sky TV was on loudly at every visit.",
    "HV NBV – baby weighed and feeding well.",
]


@pytest.mark.parametrize("kind, text, span", FIRES)
def test_fires(kind: str, text: str, span: str) -> None:
    assert (kind, span) in found(text), found(text)


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert found(text) == []
