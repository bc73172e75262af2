"""Rules read from redteam-gt to -gw (twenty-fifth session), after their first, blind run at
2b08c50: names 97.5%, places 98.6%, dates of birth 158 of 170 (92.9%), postcodes 64 of 69
(92.8%), case numbers 155 of 155, 9 of 496 clean passages flagged. Read in full the same session.
All text invented.
"""
from __future__ import annotations

import pytest

from scanning import found


@pytest.mark.parametrize(("text", "value"), [
    # an age right before a date, the two agreeing: a household's table, a conference's list
    ("household: mum ama boateng 27 (11/07/1996) | kojo 4 (15.03.2019) | baby efua 6 wks (29.01.24)", "11/07/1996"),
    ("household: mum ama boateng 27 (11/07/1996) | kojo 4 (15.03.2019) | baby efua 6 wks (29.01.24)", "15.03.2019"),
    ("household: mum ama boateng 27 (11/07/1996) | kojo 4 (15.03.2019) | baby efua 6 wks (29.01.24)", "29.01.24"),
    ("household (Mosaic): Abdi (M, 9) 14-02-2014 | Hodan (F, 6) 30-09-2017", "30-09-2017"),
    ("conf list: kyrell (15) 14.08.08; kwabena (11) 02.01.13; mum - not given", "02.01.13"),
    # the children's dates after the parents' in one sentence of dates of birth
    ("The table gives the parents' dates of birth as 19.04.1989 and 07.12.1992, and the children's as "
     "30.06.2014 and 15.01.2019.", "15.01.2019"),
])
def test_births_by_age(text: str, value: str) -> None:
    assert ("date-of-birth", value) in found(text)


@pytest.mark.parametrize(("text", "date"), [
    ("Placement moves: (1) 02/04/24 emergency carers; (2) 19/04/24 resi", "02/04/24"),
    ("visit 3 (12/03/2024) done, all seen", "12/03/2024"),
    ("mum paid 20 (12/03/2024) towards the debt", "12/03/2024"),
])
def test_numbers_before_dates_stay_events(text: str, date: str) -> None:
    assert ("exact-date", date) in found(text)


@pytest.mark.parametrize(("text", "said"), [
    ("her name's blessing, her date of birth is the fourteenth of the eighth two thousand and one, she's in",
     "the fourteenth of the eighth two thousand and one"),
    ("ringing about our Jordan, he's born third of May twenty eleven if you need it", "third of May twenty eleven"),
    ("gives his date of birth as the nineteenth of the first oh-nine, says his", "the nineteenth of the first oh-nine"),
])
def test_spoken_births(text: str, said: str) -> None:
    spans = [v for k, v in found(text) if k == "date-of-birth"]
    assert any(said in v for v in spans)


@pytest.mark.parametrize("text", [
    "the first of the second half was better",
    "on the third of May twenty people came",
])
def test_spoken_dates_need_a_spoken_year(text: str) -> None:
    assert [v for k, v in found(text) if k == "date-of-birth"] == []


@pytest.mark.parametrize(("text", "value"), [
    ("hv says family now living in M6 somewhere, no full address", "M6"),
    ("perp, 2 ch, address ta1 rural. HIGH risk", "ta1"),
    ("fam moved to whitnash, pc cv31 something", "cv31"),
    ("mum in refuge, area wr5. womens aid ref", "wr5"),
])
def test_outward_codes(text: str, value: str) -> None:
    assert ("postcode", value) in found(text)


def test_motorway_stays_a_road() -> None:
    assert [v for k, v in found("stuck on the M6 for hours") if k == "postcode"] == []


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("tell gareth im not coming if summers mum is there", "personal-name", "summers"),
    ("HV handover: Sunny (baby, 8wks) + Rose (mum) moved", "personal-name", "Sunny"),
    ("sch - Precious Y2 - often asleep in class", "personal-name", "Precious"),
    ("they go to the flat with 'Kez' and 'Biggs' who give them vapes", "personal-name", "Biggs"),
    ("DSL - Mr P Sully; police apols.", "personal-name", "Sully"),
    ("MARAC: victim V. Lock, perp J Lock, 2 ch", "personal-name", "J Lock"),
    ("PS 5.2 asks whether the plan addresses the risks. For Ocean the risk is clearly exploitation", "personal-name", "Ocean"),
    ("What is working well: Grace (the young person's older sister) has become the", "personal-name", "Grace"),
    ("threshold met, issue at birth. unborn daley. court next wk", "personal-name", "daley"),
    ('intel "the rocco line" runs from the city into town', "personal-name", "rocco"),
    ('yp said "man called ezza gave me the ting"', "personal-name", "ezza"),
    ("pat grandad - bill (deceased), dad - wayne", "personal-name", "bill"),
    ("me n jak got a lift off some guy", "personal-name", "jak"),
    ("court list 10:00 Taunton Crown & County Crt, Crt 2", "named-place", "Taunton Crown & County Crt"),
    ("excluded from Haygrove Sch (fight)", "named-place", "Haygrove Sch"),
])
def test_read_in_full(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize(("text", "kind"), [
    ("supervision - discussed baby's wt (below 9th), mum's low mood", "exact-date"),
    ("LAC review (3rd). YP said 8/10 for placement", "exact-date"),
    ("the house of worries filled with 'money', 'Dad's back', 'the cows'", "personal-name"),
    ("The service should agree a protocol with Mears and Migrant Help", "personal-name"),
    ('says boys call him "gypo" + "pikey" because he\'s a Traveller', "personal-name"),
    ("Parents didn't attend. Conf went ahead. Decision: CP plan", "personal-name"),
    ("Sch (Y10 Head of Year): YP at 68% attendance", "personal-name"),
    ("09/05 - unborn asmt allocated (sw)", "personal-name"),
    ("the bus line runs late", "personal-name"),
    ("grandad - will visit on sat", "personal-name"),
])
def test_read_in_full_quiet(text: str, kind: str) -> None:
    assert [v for k, v in found(text) if k == kind] == []


@pytest.mark.parametrize(("text", "kind", "value"), [
    # a day of the last century in an audit of children is a parent's birth, whatever stands before it
    ("mum 03/04/1991, dad 12/12/1988; kids at nan's", "date-of-birth", "12/12/1988"),
    ("household: mum ama (11/07/1996) | kojo", "date-of-birth", "11/07/1996"),
    # but not a parent's own event of that century
    ("married 12/06/1998 in Lagos, came to the UK later", "exact-date", "12/06/1998"),
    ("dad convicted 03.03.1999 of ABH", "exact-date", "03.03.1999"),
])
def test_last_century(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)
