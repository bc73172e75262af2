"""Rules read from redteam-hz to -ic (twenty-seventh session), after their first, blind run at
28d09a9: names 98.1%, places 97.5%, case numbers 155 of 160, dates of birth 186 of 195 (95.4%),
postcodes 73 of 74, 3 of 483 clean passages flagged. All text invented.
"""
from __future__ import annotations

import pytest

from scanning import found


@pytest.mark.parametrize(("text", "kind", "value"), [
    # dates of birth: the household's people, in a row, a bracket or a pasted list
    ("Household: Mum - Dana Pike 24/10/1999 | Child - Ollie Pike 02/02/2018 | Child - Wren Pike 27/07/2021 | Partner - nk",
     "date-of-birth", "27/07/2021"),
    ("the assessment lists 'Jonah (brother) 19/02/2009' in the body text", "date-of-birth", "19/02/2009"),
    ("the list was pasted: 'Child 1 - Harlow (14, 02/05/2009); Child 2 - Ruby (11, 17/11/2011)'", "date-of-birth", "02/05/2009"),
    ("call fr police. nasir (8/3/08, 15 per HO) found sleeping on the common", "date-of-birth", "8/3/08"),
    ("ICPC list\n2. Ruby + Alfie SHARPE (22/01/16, 13/08/18)\n3. RCPC", "date-of-birth", "13/08/18"),
    # case numbers
    ("contact from police, ppn 2303-1147 - DA at home addr", "case-number", "2303-1147"),
    ("four call-outs (incident numbers 2305-0412, 2307-1189 and 2311-0902) relating to alcohol", "case-number", "2305-0412"),
    ("four call-outs (incident numbers 2305-0412, 2307-1189 and 2311-0902) relating to alcohol", "case-number", "2311-0902"),
    ("victim: N. HOLLIS, perp: C. TACKLE. MRC/W/2298. children: 2", "case-number", "MRC/W/2298"),
    ("ics/23/00841 - closed to CSC - step down to EH", "case-number", "ics/23/00841"),
    # postcodes
    ("yr 9 girl, missing overnight, found HU6 by police 06:10", "postcode", "HU6"),
    # names in capitals, as police and conference notes write them
    ("victim: N. HOLLIS, perp: C. TACKLE. children present", "personal-name", "C. TACKLE"),
    ("DA - Nicola HOLLIS v Craig TACKLE. children present x2.", "personal-name", "Craig TACKLE"),
    # places
    ("pathway plan review. Abel 19, uni offer Kingston University (nursing)", "named-place", "Kingston University"),
    ("dad drinks daily at the Bird i' th' Hand most nights", "named-place", "Bird i' th' Hand"),
])
def test_read_in_full(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize(("text", "kind"), [
    ("no toys seen. telly on throughout.", "personal-name"),
    ('txt fr yp "miss i am ok, back tomoro" - fc aware', "personal-name"),
    ("The PA in the Sutton leaving care team did not know about the suspension.", "personal-name"),
    ("she studies with the Open University in the evenings", "named-place"),
])
def test_read_in_full_quiet(text: str, kind: str) -> None:
    assert [v for k, v in found(text) if k == kind] == []


def test_names_in_capitals_stop_at_an_acronym() -> None:
    assert [v for k, v in found("mum referred to Kieran DVS. IDVA allocated") if "DVS" in v] == []
    assert [v for k, v in found("told Craig NOT to come") if "NOT" in v] == []
    assert [v for k, v in found("Jess AWOL since 19:10, seen at the bus station") if "AWOL" in v] == []


def test_an_unborn_child_is_no_name_of_a_birth_list() -> None:
    text = "Child: Baby Baptiste | Unborn EDD 10/11/23 | Mother: Chantelle Baptiste DOB 05/04/1999"
    assert [v for k, v in found(text) if k == "personal-name" and "Unborn" in v] == []
