"""Rules read from redteam-il to -io (twenty-seventh session), after their first, blind run at
a1ec4cd: names 97.1%, places 95.8%, case numbers 148 of 149, dates of birth 143 of 150 (95.3%),
postcodes 64 of 68 (94.1%), 12 of 493 clean passages flagged (2.4%). All text invented.
"""
from __future__ import annotations

import pytest

from scanning import found


@pytest.mark.parametrize(("text", "kind", "value"), [
    # dates of birth
    ("household: mum - danielle rowe (dob 17/02/1993); child a - 11/11/2012; child b - 02/05/2016; partner - nk",
     "date-of-birth", "02/05/2016"),
    ('nan on phone: "our Codie, she were born on bonfire night, 2012, so she\'s eleven now"', "date-of-birth",
     "born on bonfire night, 2012"),
    ('Q to mum re dad\'s DOB - "eh, he\'s March the fifth, eighty-six ah think"', "date-of-birth", "March the fifth, eighty-six"),
    ('dad (via interp): "my son is born fourteen of June, 2011". school record differs', "date-of-birth",
     "born fourteen of June, 2011"),
    ("he is fifteen, his birthday is second November, please somebody call", "date-of-birth", "second November"),
    ("certificat de naștere: 'Prenumele: Sebastian / Data nașterii: 12.05.2015 / Locul nașterii: Craiova'",
     "date-of-birth", "Data nașterii: 12.05.2015"),
    # postcodes
    ("MACE mins: yp discussed - jayden o. (SG2), dovydas p. (MK42), connor m.", "postcode", "SG2"),
    ("txt: 'im in hemel init dont tell mum. wd24 tmrw' - fwd to police", "postcode", "wd24"),
    ("i see them going in at night, romanian i think, its lu2'", "postcode", "lu2"),
    # case numbers
    ("the referral from the hospital (ED attendance 23/114870) says", "case-number", "ED attendance 23/114870"),
    # towns joined to a town found
    ("the county line running between Slough and Swindon.", "named-place", "Slough"),
    ("the men came 'from London and Luton'.", "named-place", "Luton"),
])
def test_read_in_full(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize(("text", "kind"), [
    ("edt log boxing day 1930: fc rang, yp not returned", "date-of-birth"),
    ("fireworks on bonfire night were loud", "date-of-birth"),
    ("ED attendance 02:15 for an overdose", "case-number"),
    ("Reading and writing improved this term", "named-place"),
    ("Dad is a serving Royal Marine and is due back in the autumn.", "named-place"),
    ("the nine days of mourning after Papu's death.", "personal-name"),
    ("the lady at the hospital who was kind to Mamaia.", "named-place"),
    ("they go to Mass at a Roman Catholic church, which helps", "named-place"),
    ("s17 fuel voucher given. warm bank hub info left.", "named-place"),
    ("pc caught yp shoplifting reese's from the co-op", "personal-name"),
])
def test_read_in_full_quiet(text: str, kind: str) -> None:
    assert [v for k, v in found(text) if k == kind] == []
