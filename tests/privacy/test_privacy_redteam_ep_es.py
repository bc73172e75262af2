"""Rules read from the structured misses of the second fresh batch of the twentieth session,
redteam-ep (Wolverhampton, Walsall, Dudley), -eq (Southampton, Portsmouth, Isle of Wight), -er
(Glasgow, North Lanarkshire, Inverclyde) and -es (Cardiff, Newport, the Rhondda), after their
first run (case numbers 219 of 220, dates of birth 137 of 150, postcodes 23 of 25); their
names, places and clean text were not read:

- dates of birth in an age dispute: what the Home Office has or says, what the young person
  says or claims, an approximate date, the first of January the Home Office assigns ("HO say
  01/01/2006, YP says 20/08/2008", "HO ref ... - still 1/1/05 on system");
- the second cell of two or more rows of a pasted table ("Child A | 2014-11-03 | ...");
- a date after a name and its comma, before an NHS number ("Asmita, 28.01.22. NHS ...");
- a Home Office residence card's number after "ARC";
- an outward code after an address and a writer's doubt ("22 Kates Hill Rd?? (check), DY1").

All text invented; every rule has text that fires and text that does not.
"""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py

FIRES = [
    ("date-of-birth", "uasc: HO ref T1182203 - still 1/1/05 on system. action: ask HO", "1/1/05"),
    ("date-of-birth", 'says 15 ("my mother told me"), HO has 01/01/2005. placed in hotel', "01/01/2005"),
    ("date-of-birth", "disputed age - HO say 01/01/2006, YP says 20/08/2008. age assessment booked", "20/08/2008"),
    ("date-of-birth", "claimed dob 15 Hamal 1391 (approx 04/04/2012?? sw to check w/ interpreter)", "04/04/2012"),
    ("date-of-birth", "HO has her as 1/1/08, needs correcting.", "1/1/08"),
    ("date-of-birth", "health ref: Asmita, 28.01.22. NHS 387 981 1350. 2yr review", "28.01.22"),
    ("date-of-birth", "household table (pasted from SA):\nChild A | 2014-11-03 | junior school\nChild B | 2017-06-21 | nursery",
     "2017-06-21"),
    ("case-number", "guardian aware. ARC ZBG0091377 seen", "ZBG0091377"),
]


@pytest.mark.parametrize(("kind", "text", "span"), FIRES)
def test_fires(kind: str, text: str, span: str) -> None:
    assert (kind, span) in found(text)


@pytest.mark.parametrize(("text", "date"), [
    ("meeting on 01/01/2024 with HO about the claim", "01/01/2024"),   # a recent first of January is a day
    ("14/03/2023 | visit | seen\n15/03/2023 | call | no answer", "15/03/2023"),   # a table's first cell: the event's day
    ("HO say the interview is on 20/08/2025", "20/08/2025"),   # a date to come is no birth
])
def test_event_dates_stay_events(text: str, date: str) -> None:
    assert ("exact-date", date) in found(text)


def test_an_outward_code_after_an_address_in_doubt() -> None:
    assert ("postcode", "DY1") in found("asylum accom 22 Kates Hill Rd?? (check), DY1. mum ?DA")
    assert [k for k, _ in found("rated 22 out of 30?? (check), B12 vitamin")] == []


def test_the_context_of_a_birth_is_each_texts_own() -> None:
    # scan_many joins a record's fields: one field's Home Office or table rows must not make
    # another field's first of January or table cell a birth
    from scanning import SCANNER
    texts = ["HO ref T1182203 - asylum claim noted", "review on 01/01/2005 at the office",
             "Child A | 2014-11-03 | school", "Child B | 2017-06-21 | nursery"]
    assert SCANNER.scan_many(texts) == [SCANNER.scan(t) for t in texts]
