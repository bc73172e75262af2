"""Rules added after reading the blind redteam-w split (a Greater Manchester-style mill town, a
Lincolnshire-style rural county, an inner London borough): word-names joined by "+" to another
or to kin, street words after a house number in lower case ("17 kestrel way", "2 fen drove"),
lower-case courts by their place, cafés and shops named by their owner, hospitals by initials
with no vowel after "from" or "to", a system's letters before its digits ("mosaic: M2218874"),
a list of births after names, a birthday without "on"; and what no longer counts: counties and
regions ("moved from Lincolnshire to Greater Manchester"), shops in lower case, lower-case
abbreviations and other languages' words for kin. Each fires where it should and stays quiet
where it should not. The eighth session added, from the same split: a name right before a
person's number ("ruby 993 518 1901"), a capitalised word-name with an age in brackets or opening
a sentence as a person ("Faith is a Nigerian British girl", "Summer's story"), a word-name after
kin before "at" or "v", a care leaver's name; and kinds of school written with capitals pass.
All text is invented."""
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
    ("personal-name", "icpc nhs list: ruby 993 518 1901; mason 9378657974", "ruby"),
    ("personal-name", "icpc nhs list: ruby 993 518 1901; mason 9378657974", "mason"),
    ("personal-name", "Case summary: Junior (12) lives with his grandma", "Junior"),
    ("personal-name", "Lived experience: Faith is a Nigerian British girl aged 15.", "Faith"),
    ("personal-name", "Learning: Faith was the only child in the house", "Faith"),
    ("personal-name", "Learning: Summer's story reminds us of the importance of", "Summer"),
    ("personal-name", "5/3 - not seen, 'asleep'. mum mercy v defensive. revisit 6/3", "mercy"),
    ("personal-name", "in hospital overnight. mum grace at bedside", "grace"),
    ("personal-name", "care leaver grace - café job going well", "grace"),
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
    "Hope is a theme in the mother's account; Joy is the word the foster carer used.",
    "Rose was the colour Child A chose; Will is the word the child used.",
    "She attends Junior School (Year 4) and moves up to Juniors in September.",
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


def test_a_role_or_a_modal_before_a_number_is_no_name() -> None:
    findings = found("mum 07700 900123 / tel 07700 900123 / will 07700 900123")
    assert [k for k, _ in findings] == ["phone-number"] * 3, findings

