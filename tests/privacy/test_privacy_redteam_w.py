"""Rules added after reading the blind redteam-w split (a Greater Manchester-style mill town, a
Lincolnshire-style rural county, an inner London borough): word-names joined by "+" to another
or to kin, street words after a house number in lower case ("17 kestrel way", "2 fen drove"),
lower-case courts by their place, cafés and shops named by their owner, hospitals by initials
with no vowel after "from" or "to", a system's letters before its digits ("mosaic: M2218874"),
a list of births after names, a birthday without "on"; and what no longer counts: counties and
regions ("moved from Lincolnshire to Greater Manchester"), shops in lower case, lower-case
abbreviations and other languages' words for kin. Each fires where it should and stays quiet
where it should not. All text is invented."""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py

FIRES = [
    ("personal-name", "faith + joy - sch nurse says both have head lice", "joy"),
    ("personal-name", "sw visit sun - hope + grace at nan's", "grace"),
    ("personal-name", "storm + dad @ the contact centre. good interaction", "storm"),
    ("personal-name", "left card. grace not seen 4 wks", "grace"),
    ("personal-name", "carl not to attend; pcso wright present", "wright"),
    ("street-address", "hv called - no answer at 17 kestrel way. left card", "17 kestrel way"),
    ("street-address", "lives 2 fen drove, wrangle PE22 9QX", "2 fen drove"),
    ("street-address", "flat 14 jubilee walk. jamal + sibs seen", "14 jubilee walk"),
    ("street-address", "bail cond not to attend 38 park view. mum allowed him back", "38 park view"),
    ("named-place", "court 27/6 at thames youth court. ref to follow", "thames youth court"),
    ("named-place", "care leaver - jenny's café job going well", "jenny's café"),
    ("named-place", "ap: to chase nmgh re discharge summary", "nmgh"),
    ("named-place", "sky did not attend the group in louth tues", "louth"),
    ("case-number", "mosaic: M2218874 / dob on file", "mosaic: M2218874"),
    ("date-of-birth", "Kai's d.o.b 19-07-2013, Maisie 02-12-2016.", "02-12-2016"),
    ("date-of-birth", "dob 01/02/2015, Maisie 03/04/2016 and Jack 05/06/2018", "05/06/2018"),
    ("date-of-birth", "Kai (12/03/2015), Maisie 03/04/2016", "03/04/2016"),
    ("date-of-birth", "pathway plan o/d. turns 18 30/05/2024. pa not allocated", "30/05/2024"),
]

QUIET = [
    "love + care; hope & faith are values; will + testament",
    "a 10 minute drive; 2 days in a row; 5 mins walk; 3 other way; scored 3 in maths",
    "Out of 12 planned visits, 10 took place and 2 were cancelled by the family.",
    "at the youth court; the local crown court; the family court; mum's café; the hospital's café",
    "the bath; to the sch; in mth; from tch; nth of the county",
    "The family moved from Lincolnshire to Greater Manchester in the summer.",
    "ref to citizens advice + food bank (tesco voucher given)",
    "tc w/ midwife - scan ok, edd early march. dad wants to attend",
    "child a says tata hits mama. s47 to be opened",
]

NOT_OF_KIND = [
    # an event's date after a birth and a name, not in a list of births
    ("date-of-birth", "dob 01/02/2015, Maisie seen 03/04/2024", "03/04/2024"),
]


@pytest.mark.parametrize("kind, text, span", FIRES)
def test_fires(kind: str, text: str, span: str) -> None:
    assert any(k == kind and span in s for k, s in found(text)), found(text)


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("kind, text, span", NOT_OF_KIND)
def test_not_of_kind(kind: str, text: str, span: str) -> None:
    kinds = {k for k, s in found(text) if s == span}
    assert kinds and kind not in kinds, found(text)
