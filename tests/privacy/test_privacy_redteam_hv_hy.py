"""Rules read from redteam-hv to -hy (twenty-sixth session), after their first, blind run at
2f7dc82 (hr-hu in the corpus, both classifiers retrained): names 97.4%, places 97.2%, case
numbers 148 of 149, dates of birth 200 of 206 (97.1%), postcodes 61 of 65 (93.8%), 5 of 480 clean
passages flagged. All text invented.
"""
from __future__ import annotations

import pytest

from scanning import found


@pytest.mark.parametrize(("text", "kind", "value"), [
    # postcodes
    ("sister says hes at uncle's in b71. sw to do welfare check", "postcode", "b71"),
    ("'im at my mates in l36, ill come to the meeting'", "postcode", "l36"),
    ("currently in the B21 hotel pending placement.", "postcode", "B21"),
    ("whatsapp 'im no goin back tae FK2, stayin at my pals'", "postcode", "FK2"),
    # case numbers
    ("SCRA ref 2011/03317/SRT for the older boy; 2015/00912/HT for his sister.", "case-number", "2015/00912/HT"),
    # dates of birth
    ("household: Dana Reid | mum | 02/03/1990 || Kai Reid | son | 11/06/2015 || Mya | dtr | 19/09/2019 ||",
     "date-of-birth", "19/09/2019"),
    ("CP register list: 1. K.R. (03/04/16) neglect 2. L.M. 21/09/12 neglect 3. D.W. 05/05/11 EA", "date-of-birth", "21/09/12"),
    ("vm: 'it's her gran. her birthday's the ninth o' March, she'll be six'", "date-of-birth", "birthday's the ninth o' March"),
])
def test_read_in_full(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize(("text", "kind"), [
    ("| Visit | mum | 12/03/2024 | seen |", "date-of-birth"),
    ("visits by J.S. 12/03/24 and K.L. 14/03/24", "date-of-birth"),
    ("she is on b12 tablets now", "postcode"),
    ("support grp meets 1st wed of the month.", "exact-date"),
    ("hair clip + jade bracelet from birth mum lost in the move", "personal-name"),
    ("adopter voicemail: 'Hi, it's the adoptive mum'", "personal-name"),
    ("can sumbody phone me back", "personal-name"),
])
def test_read_in_full_quiet(text: str, kind: str) -> None:
    assert [v for k, v in found(text) if k == kind] == []
