"""Rules read from redteam-gd to -gg (twenty-fourth session), after their first, blind run at
664288e: names 98.3%, places 97.4% (ge 93.8%), dates of birth 159 of 168 (94.6%), postcodes 56 of
62 (90.3%), case numbers 147 of 147, 6 of 497 clean passages flagged. All text invented.
"""
from __future__ import annotations

import pytest

from scanning import found


@pytest.mark.parametrize(("text", "kind", "value"), [
    # outward codes where someone may be, or at a sentence's end after a comma
    ('The last contact note says "mum thinks somewhere cr0, maybe near the park".', "postcode", "cr0"),
    ("prev address 18 Mill Lane. new addr TBC somewhere ll12.", "postcode", "ll12"),
    ("no fixed abode, last known CH7.", "postcode", "CH7"),
    ('The referrer gave the address only as "ll18, near the prom", and it took', "postcode", "ll18"),
    ("chron 22/05/2023 YP moved from foster care to kinship w uncle, GL4", "postcode", "GL4"),
    ("> 4 Fenland Close (2021-23) > c/o nan, South Lynn (current). pe30.", "postcode", "pe30"),
    # births: lists with the surname first, a role in brackets, a colon after the name, a note in brackets
    ("siblings (from school SIMS):\nPEREIRA, Martim 14.02.2016\nPEREIRA, Beatriz 30.07.2019\nPEREIRA, Lara 05.11.2022",
     "date-of-birth", "30.07.2019"),
    ("DOBs from GP registration (copy):\nSabrina Loveridge (mother) 13/08/1994\nTyson Loveridge 26/01/2013",
     "date-of-birth", "13/08/1994"),
    ("children per the assessment:\n1. Levi: 03/03/2011\n2. Vashti: 19/12/2013\n3. Righteous: 27/05/2018",
     "date-of-birth", "27/05/2018"),
    ("FS list: Kaiden Hughes 04/07/21; Lola Hughes 04/07/21 (twins); Mia Price 22/12/20 - all on caseload",
     "date-of-birth", "22/12/20"),
    ("The household lists Jonas Petrauskas (father, 11.05.1986), Ruta Petrauskiene (mother, 23.09.1990)",
     "date-of-birth", "23.09.1990"),
    ("Sibling group: | Child | DOB | Plan | / | Child A | 04/06/2015 | fostering | / | Child B | 22/10/2017 | adoption |",
     "date-of-birth", "22/10/2017"),
])
def test_structured(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize(("text", "kind"), [
    ("met at school, PE1.", "postcode"),
    ("Kai (seen, 12.03.2024) said he was fine", "date-of-birth"),
])
def test_quiet(text: str, kind: str) -> None:
    assert [v for k, v in found(text) if k == kind] == []


@pytest.mark.parametrize(("text", "kind", "value"), [
    ('mum said uncle dre stays "sometimes". nothing in fridge', "personal-name", "dre"),
    ("Standard 2: Promise's voice is absent from the conference report", "personal-name", "Promise"),
    ("big pat (grandad) v welcoming. paddy jnr off school to help w/ the horses", "personal-name", "paddy"),
    ("review @ primary. present: mum, class teacher (miss pegg), FSP.", "personal-name", "miss pegg"),
    ("translation issue: letter sent in english to sra. soares, she cant read it.", "personal-name", "soares"),
    ("LADO consult: allegation vs youth football coach (Smithy) - callum 12 says", "personal-name", "Smithy"),
    ("list from the assessment:\n1. Levi: 03/03/2011\n2. Vashti: 19/12/2013\n3. Righteous: 27/05/2018",
     "personal-name", "Righteous"),
    ("flying start referral rcvd from the school: Daisy 2yrs, speech delay.", "personal-name", "Daisy"),
    ("contact record - Sunflower FCC, room 2. F arrived 10:02.", "named-place", "Sunflower FCC"),
    ("says mum back on the drink, kids at aunty gift's in lee. aunty ok to keep them", "named-place", "lee"),
    ("outcome s47 single agency. medical at n&n tmrw 10am.", "named-place", "n&n"),
    ("| child | dob | school |\n| Lacey | 12/07/2012 | Alderman Peel |\n| Tyler | 04/04/2015 | Wells primary |",
     "named-place", "Alderman Peel"),
    ("kids screaming at 51 Magdalen Way Gorleston, officers attended 02:15", "named-place", "Gorleston"),
    ("Police from Diss attended the property at 3 Victoria Road", "named-place", "Diss"),
    ("says bailey told her hes being 'adopted away to Bath'. reassured", "named-place", "Bath"),
    ("Kayden - missing from the home overnight, found Gateshead 09:40.", "named-place", "Gateshead"),
])
def test_read_in_full(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize(("text", "kind"), [
    ("chron - DWP confirmed child benefit transferred. UC updated. backpay £340", "personal-name"),
    ('Child A told the social worker, in Welsh, that she feels "hapus" at Nain\'s house', "personal-name"),
    ("hv ok w/ explanation, bodymap done. gp aware.", "personal-name"),
    ("i know i let them down, i will go to the meeting, promise x", "personal-name"),
    ("Agency | Attended | Report\nSchool | Y | Y\nHV | Y | N\nYOT | n/a | n/a", "named-place"),
    ("| child | dob | placement |\n| C | 02/10/2010 | kinship - gran |\n| D | 18/07/2014 | MASH |", "named-place"),
    ("the worker (Happy) said", "personal-name"),
    ("worker (Fostering) rang", "personal-name"),
])
def test_read_in_full_quiet(text: str, kind: str) -> None:
    assert [v for k, v in found(text) if k == kind] == []
