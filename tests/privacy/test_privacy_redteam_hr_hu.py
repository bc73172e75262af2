"""Rules read from redteam-hr to -hu (twenty-sixth session), after their first, blind run at
f34ae9e (hn-hp in the corpus, both classifiers retrained): names 96.7%, places 96.3%, case
numbers 143 of 146 (97.9%), dates of birth 175 of 181 (96.7%), postcodes 62 of 64 (96.9%), 1 of
497 clean passages flagged. All text invented.
"""
from __future__ import annotations

import pytest

from scanning import found


@pytest.mark.parametrize(("text", "kind", "value"), [
    # dates of birth
    ("his date of birth is nine March two thousand fifteen, please ring me back", "date-of-birth",
     "date of birth is nine March two thousand fifteen"),
    ("says her son's birthday is 'twenty-one may two thousand eight', wants", "date-of-birth",
     "twenty-one may two thousand eight"),
    ("household:\nmum Kerry Found 03/04/1993 (30)\nTia 05/08/2011 (11)", "date-of-birth", "03/04/1993"),
    ("police ref - Jordan Pascoe 14.02.2005 arrested on the seafront", "date-of-birth", "14.02.2005"),
    ("CP list: Reid M 04/06/09 neglect | Reid J 12/12/12 neglect | Kerr D 01/02/14 EA", "date-of-birth", "12/12/12"),
    # case numbers and postcodes
    ("CAD 21:40 ref 3318 - female 15 reports being locked out", "case-number", "3318"),
    ("tm to chase sheriff ct re B204/24.", "case-number", "B204/24"),
    ("on licence, exclusion zone covers TQ2.", "postcode", "TQ2"),
    ("we at my cousin now, its da8 something, near the broadway", "postcode", "da8"),
    # names
    ("mum gave dob for tyrone as 3/4/10 on the form", "personal-name", "tyrone"),
    ("young carer app. faith 13 (dob 2 may 2010) mum unwell", "personal-name", "faith"),
    ("present: mum, dad, sw grace o, IRO, school", "personal-name", "grace o"),
    ("present mum, fsw (precious t), yr head", "personal-name", "precious t"),
    # places (and hq's, read)
    ("3 yp found drinking outside harbour bar portrush, one unconscious", "named-place", "harbour bar"),
])
def test_read_in_full(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize(("text", "kind"), [
    ("about twenty May 2024 visits were missed", "exact-date"),
    ("visits: Monday 03/05/23 done | Tuesday 04/05/23 done", "date-of-birth"),
    ("Team Meeting 24.12.2023 arrested", "date-of-birth"),
    ("in room B12/23 at 3pm", "case-number"),
    ("mum moved to a refuge, wont give addy", "personal-name"),
    ("the summer 12 weeks ago", "personal-name"),
    ("ate a twix bar and a snack bar, hit with an iron bar", "named-place"),
])
def test_read_in_full_quiet(text: str, kind: str) -> None:
    assert [v for k, v in found(text) if k == kind] == []
