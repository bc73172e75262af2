"""Rules read from the structured misses of redteam-fz to -gc (twenty-fourth session), after their
first, blind run at 58477b5: case numbers 137 of 139, dates of birth 197 of 204 (96.6%), phone
numbers 43 of 44, postcodes 58 of 59, street addresses 59 of 60. All text invented.
"""
from __future__ import annotations

import pytest

from scanning import found, found_many  # tests/privacy/scanning.py


@pytest.mark.parametrize(("text", "kind", "value"), [
    # a Reporter's reference with a serial of seven digits
    ("sched: CSO review hearing Thurs 28/3. SCRA 2024/0102294. transport booked 9am.", "case-number", "SCRA 2024/0102294"),
    # an outward code where a family is heading
    ("moved on from the site, thought to be heading PH33. dad not with them.", "postcode", "PH33"),
    # a number read out with its hundreds
    ("can you ring me back on oh seven seven hundred nine hundred three three one, ta", "phone-number",
     "oh seven seven hundred nine hundred three three one"),
    # a Cornish street of joined words before its town
    ("Form F. home: 4 Chy-an-Dour, Penzance TR18 3LG. medicals back", "street-address", "4 Chy-an-Dour"),
    # births: a sibling list with a surname that is a word; items parted by a bar and the next surname;
    # a person's row after a label; the six digits a CHI number opens with
    ("sibling list:\n- aiden bell 04/03/2012\n- kayden bell 04/03/2012 (twin)\n- esme bell-thompson 11/11/2018",
     "date-of-birth", "04/03/2012"),
    ("fam: ward, tommy (dad) | ward, bridget (mum) | ward, tommy jnr 09/10/2010 | ward, kathleen 14/01/2013.",
     "date-of-birth", "09/10/2010"),
    ("Child: Ross Munro | 11/11/2009 | Alness | SCN 209847561 | excl x2", "date-of-birth", "11/11/2009"),
    ("LAC med: Erlend Drever, 080705, CHI 0807055417. imms up to date.", "date-of-birth", "080705"),
])
def test_structured(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


def test_births_after_names_read_the_same_alone_and_joined() -> None:
    # the rule's gate read scan_many's joined texts (their commas): alone, the births were events
    text = "DOB chk for hearing: mum Raonaid 4 Apr 96; kids Niall 12.3.16 and Oighrig 7 Jan 2018. all correct now."
    assert ("date-of-birth", "12.3.16") in found(text)
    assert found_many(["seen at home today, all well.", text, "no concerns."])[1] == found(text)


@pytest.mark.parametrize(("text", "kind"), [
    ("scored nine hundred points on the game", "phone-number"),
    ("visits: jack went home 03/05/23, review 04/06/23", "date-of-birth"),
    ("| Review | 05/05/2023 | REF 2094756 | done |", "date-of-birth"),
    ("heading SW for the summer", "postcode"),
])
def test_quiet(text: str, kind: str) -> None:
    assert [v for k, v in found(text) if k == kind] == []
