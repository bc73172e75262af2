"""Rules read from redteam-hn to -hq (twenty-sixth session), after their first, blind run at
7b9f214 (hj-hm in the corpus, both classifiers retrained): names 97.8%, places 94.9%, case
numbers 138 of 138, dates of birth 191 of 195 (97.9%), postcodes 62 of 67 (92.5%), 9 of 480
clean passages flagged. All text invented.
"""
from __future__ import annotations

import pytest

from scanning import found


@pytest.mark.parametrize(("text", "kind", "value"), [
    # postcodes
    ("MARAC list:\n3 | Ieva P. | PE2 | high | children: 1\n4 | Dana R. | PE15 | medium", "postcode", "PE2"),
    ('yp says "the n15 man dem dont come round no more"', "postcode", "n15"),
    ('said he got jumped by the EN3 lot by the station', "postcode", "EN3"),
    # dates of birth
    ("referral: 'Child: Kacey | D.O.B.: fourteenth of May two thousand and seventeen (dad gave verbally) |",
     "date-of-birth", "fourteenth of May two thousand and seventeen"),
    ("yp dob per HO 01.01.2006 (age assessed), per yp 11.04.2007.", "date-of-birth", "11.04.2007"),
    ("Household: Mother - Lina Petrauskiene - 38 | Jonas - 21/03/2009 - 14 | Ema - 05/10/2012 - 11 |",
     "date-of-birth", "21/03/2009"),
    # names
    ('txt from will 23:10: "cant sleep"', "personal-name", "will"),
    ("return home int: summer wdnt engage, said it was nothing", "personal-name", "summer"),
    ("mum's p'ner \"spud\" is known to police", "personal-name", "spud"),
    ("his older cousin, 'Smokey', picks him up", "personal-name", "Smokey"),
    ("name on LCS is Mohammed but goes by 'Mo' or 'Moey'.", "personal-name", "Moey"),
    ("worry re older males, 'Dre' + 'Skeng'. plan: refer", "personal-name", "Skeng"),
    # places
    ("Placement: residential, Oakview Lodge\nIRO: Ngozi", "named-place", "Oakview Lodge"),
    ("booked at North Mid. prev child removed", "named-place", "North Mid"),
    ("ED attendance north mid 02:30 - 15yo", "named-place", "north mid"),
    ("both legs broken, conveyed to causeway. psni ref", "named-place", "causeway"),
    ("[Address] 4 Station Road, March", "named-place", "March"),
])
def test_read_in_full(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize(("text", "kind"), [
    ("visits: 03/05/2023 - 2, 14/06/2023 - 3", "date-of-birth"),
    ("dob confirmed. visit per mum 12/03/2024", "date-of-birth"),
    ("police - 1 prior DA incident, 2021. health - no concerns", "case-number"),
    ("the Young Farmers club has been a protective factor", "named-place"),
    ("dc team duty: mum rang re short break", "personal-name"),
    ("drinking on the beach, buckie + vodka, brought home", "named-place"),
    ("allocate to Coleraine FIT.", "named-place"),
    ("strat disc - PPB (DS), school VP, SW, TL (chair).", "personal-name"),
    ("referral to DAISY made.", "personal-name"),
    ("visit to 12 Elm Road, March 2023.", "named-place"),
    ("they moved from north mid wales", "named-place"),
    ("says partner 'lifted' by psni yday", "personal-name"),
    ("text from ictg 08:02: 'Morning'", "personal-name"),
    ("the plan refers to this as \"Phase Two\"", "personal-name"),
    ("walked along the causeway to the island", "named-place"),
])
def test_read_in_full_quiet(text: str, kind: str) -> None:
    assert [v for k, v in found(text) if k == kind and v not in ("Elm Road", "12 Elm Road")] == []
