"""Rules added after red-team split C (hurried notes): each fires where it should and stays
quiet where it should not. The examples are invented and are not the split's passages."""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py


FIRES = [
    # word-names as the subject of a verb of seeing or feeling, and in shouted notes
    ("personal-name", "HOPE SEEN AT HOME WITH MUM", "HOPE"),
    ("personal-name", "Faith was upset after contact.", "Faith"),
    ("personal-name", "Blossom was born in the spring of that year.", "Blossom"),
    # a name beside another, across an age in brackets
    ("personal-name", "Autumn (5) & Kayla (3) were in bed.", "Autumn"),
    # a word-name joined to a role or to names joined in themselves
    ("personal-name", "She lives with Mum and Honour now.", "Honour"),
    ("personal-name", "Grace, Hope and Faith were seen together.", "Grace"),
    # a word in capitals that no list knows, in a name position
    ("personal-name", "SW VISITED - MUM (ZORBELLE) SAID NO", "ZORBELLE"),
    ("personal-name", "Niamh Ní Bhriain rang the duty desk.", "Ní Bhriain"),
    # a relative clause of a person
    ("personal-name", "Carys, who is in Year 4, drew her family.", "Carys"),
    # lower-case titles, Gaelic and Celtic surnames with the first name before them
    ("personal-name", "complaint from cllr o'driscoll passed on", "o'driscoll"),
    ("personal-name", "spoke to mrs adeyinka at the door", "adeyinka"),
    ("personal-name", "Seonaidh MacAoidh chaired the meeting.", "Seonaidh MacAoidh"),
    # places with no English place word, or in capitals
    ("named-place", "seen at Marshgate Rec after school", "Marshgate Rec"),
    ("named-place", "admitted to Hillcote General overnight", "Hillcote General"),
    ("named-place", "SEEN ON FARNLEY WARD OVERNIGHT", "FARNLEY WARD"),
    ("named-place", "STARTED AT BRIDGEFIELD ACADEMY IN SEPT", "BRIDGEFIELD ACADEMY"),
    ("named-place", "CHILD SEEN AT NURSERY (OAKENBROOK) - NO MARKS", "OAKENBROOK"),
    ("named-place", "dad has moved to THORNBRIDGE with his partner", "THORNBRIDGE"),
    ("named-place", "Nain lives in Llanwddyfan and visits often.", "Llanwddyfan"),
    ("named-place", "Moved to Sutton Parva in the summer.", "Sutton Parva"),
    # family-court numbers, short dates, a lower-case flat before the house number
    ("case-number", "Court ref LV25P00342 was left in.", "LV25P00342"),
    ("case-number", "care proceedings no. ab23c01234", "ab23c01234"),
    ("exact-date", "went missing again 22/05 and was found", "22/05"),
    ("exact-date", "strat held 04/11: agreed s47", "04/11"),
    ("exact-date", "RHI done on Tues 9/3 by the worker", "9/3"),
    ("street-address", "Mum now lives at flat 4, 37 Marlow Gardens.", "flat 4, 37 Marlow Gardens"),
]


@pytest.mark.parametrize("kind,text,span", FIRES, ids=[f[2] for f in FIRES])
def test_fires(kind: str, text: str, span: str) -> None:
    assert (kind, span) in found(text)


PASSES = [
    "She rated her mood 6/10, up from 2/10 on the same scale.",
    "The scaling question moved from 3/10 in March to 7/10.",
    "Support is available 24/7 and 1/2 of the visits were joint.",
    "Attended 9/12 sessions of the group.",
    "He wears his kara and kesh every day.",
    "The Safety House and the Three Houses were used with both children.",
    "The Attorney General's guidance and the General Data Protection Regulation apply.",
    "Rec 3: the plan should be reviewed. See Rec 4 too.",
    "CHILD SEEN ALONE AT SCHOOL, NO CONCERNS. FAMILY HOUSE TIDY. SECONDARY SCHOOL AWARE.",
    "REFERRED TO CAMHS CLINIC AND SAFEGUARDING TRAINING BOOKED.",
    "KAYLA TOLD TEACHER HE WAS HUNGRY",
    "Hope was expressed that the plan would hold.",
    "June (7), July (4) and August (2) had the most visits.",
    "THE PCSO SAID THE NSPCC AND CAFCASS WERE INFORMED.",
    "THE SOFTWARE IS PROVIDED AS IS, INCLUDING THE WARRANTIES OF MERCHANTABILITY.",
    "Mum and Dad agreed; the SW and IRO were told.",
]


@pytest.mark.parametrize("text", PASSES, ids=[t[:40] for t in PASSES])
def test_passes(text: str) -> None:
    got = found(text)
    if text.startswith("KAYLA"):
        assert got == [("personal-name", "KAYLA")]   # the name, not the pronoun after a role
    else:
        assert got == []
