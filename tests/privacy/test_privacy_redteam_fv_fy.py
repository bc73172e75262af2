"""Rules read from redteam-fv to -fy. The twenty-third session read their structured misses, after
their first, blind run at the session's last commit but these rules: case numbers 137 of 141,
dates of birth 173 of 181 (95.6%), postcodes 57 of 60. The twenty-fourth read the rest, after
measuring their names, places and clean text unread at 906b15c: names 96.1%, places 94.6%,
5 of 490 clean passages flagged. All text invented.
"""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py


@pytest.mark.parametrize(("text", "kind", "value"), [
    # a lower-case full postcode whose inward code reads like an ordinal; Glasgow's districts
    ("SCD contact: anon caller reports weans left alone in flat, g33 4nd, caller says", "postcode", "g33 4nd"),
    ("kicked out of the hostel, now sofa surfing at a pal's in g31. housing options appt made.", "postcode", "g31"),
    ("anon caller says 2 girls from a kids home 'up ne9' being picked up", "postcode", "ne9"),
    # police logs by their number and day
    ("The police incident number (1482 of 11/09/23) is the only trace on file.", "case-number", "incident number (1482"),
    ("missing at 21:00 per protocol. ref 1409 of 12/08.", "case-number", "ref 1409"),
    ("although the police log, 0612 of 23/08/23, is noted.", "case-number", "log, 0612"),
    ("checks: adult linked (nominal SX1180245). outcome: info to police", "case-number", "SX1180245"),
    # births
    ("yp told keyworker it's Keeley's 16th on 4th may and she wants a party at the unit.", "date-of-birth", "4th may"),
    ("The file states that Child G was born on 14 March 2014; the Hearing papers give 14 May 2014.", "date-of-birth",
     "14 May 2014"),
    ("Worries: both siblings are recorded with the same date of birth on the placement plan. Tyler's is 21 March 2011 "
     "and Amber's is 3 October 2012 according to the birth certificates on file.", "date-of-birth", "3 October 2012"),
    ("The Home Office records the DOB as 01.01.2006; the age assessment gave a date of birth of 12/09/2007. The two have "
     "never been reconciled, and the school holds a third date, 1 September 2007.", "date-of-birth", "1 September 2007"),
])
def test_structured(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize(("text", "date"), [
    ('"a girl born 17 April 2019" ... IRH listed on 9 February 2024 before the judge.', "9 February 2024"),
    ("severe) - hearing listed 12 June at the magistrates. baby born 2/2/24", "12 June"),
    ("born 3/3/2015. For example, the note of 5 January 2024 opens with the visit.", "5 January 2024"),
])
def test_events_stay_events(text: str, date: str) -> None:
    assert ("exact-date", date) in found(text)


def test_ordinals_and_capital_inward_codes() -> None:
    assert ("postcode", "B37 5TH") in found("yp in chelmsley wood B37 5TH, new flat w/ mom.")
    assert [k for k, _ in found("on the 2nd floor, seen 3 2nd time") if k == "postcode"] == []


@pytest.mark.parametrize(("text", "kind", "value"), [
    # names: a staff list, a worker from a team, a nickname between names or quoted with a description
    ("RI visit: restraint x3 this wk. staff involved: chris, naz. no injuries.", "personal-name", "naz"),
    ("RPI (standing) - 1 min. staff: ash, ellie. debrief 17.09.", "personal-name", "ash"),
    ("VM 09:10 - sue from hillside primary says lacey-mai not in again", "personal-name", "sue"),
    ("What is working well: Dawn from the family support team built a strong relationship", "personal-name", "Dawn"),
    ("Worries: Mum's partner, Wayne 'Spider' Lovatt, uses a second surname", "personal-name", "Spider"),
    ("places she goes: the beach, nan's. friends: 'shorty', kenzie.", "personal-name", "shorty"),
    ('duty log: Tiegan not home, last seen w/ "Snowy" (adult male, white van) near the park.', "personal-name", "Snowy"),
    ("yp name: Sky Holloway; preferred name/pronouns: Sky, they/them; current loc", "personal-name", "Sky"),
    ("strat disc - s47 agreed. police: DC Ibekwe. health: nurse khan. ed: DSL", "personal-name", "khan"),
    ("SL review mins: host Bernadette + yp Fin. going well", "personal-name", "Fin"),
    ("security called. mark left before police arrived. TM informed", "personal-name", "mark"),
    ("School nurse: Harpreet - ruby wt 19.4kg (0.4th centile)", "personal-name", "ruby"),
    ("hold: 2 person - staff: L. Crozier, M. Lowes - yp injury: carpet burn", "personal-name", "L. Crozier"),
    ("[14:02] Lorraine H: anyone seen rio's phone charger??", "personal-name", "rio"),
    ("inc no SP-230314-0311. victim kerry, perp ex dazz. 3 ch in property", "personal-name", "dazz"),
    ('mum txt: "Paris says shes at tianas but tianas mum says she aint.', "personal-name", "Paris"),
    ("| Amber | 05/05/2009 | BN23 6PW | CP - neglect |", "personal-name", "Amber"),
    # places: a home named by its owner, then "in"; secure units, stations, a house before its street
    ('mum: "ill take kai to me mams in leek and u wont see him"', "named-place", "leek"),
    ('"hiya its shelley, im at me mums in chell and hes kicking off"', "named-place", "chell"),
    ('txt from yp 23:47 "im safe im at marcys in ore dont tell mum x"', "named-place", "ore"),
    ("HO disputes. placed SL hove", "named-place", "hove"),
    ("worker worried re yp in secure (kibble) - self harm x2 this wk", "named-place", "kibble"),
    ("yp punched wall in unit, taken to IRH minor injuries. xray clear.", "named-place", "IRH"),
    ("Location found: Concord bus stn | Returned by: police", "named-place", "Concord bus stn"),
    ("new placement addr: the willows, 3 grange terr, sr2 8lj", "named-place", "the willows"),
    ("not brought to 6-8 wk check x2. home maw green, CW1 4PR. asks for joint visit.", "named-place", "maw green"),
    ('Mum said she is better "when she goes to the Beacon". The Beacon is the recovery café', "named-place", "Beacon"),
    ("The auditor traced the family's moves: Ore until 2019, then Silverhill, then a refuge", "named-place", "Ore"),
    ("kian reported missing by lodgings host 22:30, last seen county mall", "named-place", "county mall"),
    ("police notif: CC-23-0098712 / macc - call from neighbour", "named-place", "macc"),
    # a street named only after its house number; a date with its day and month swapped by a slip
    ("the book includes his old address at 8 Dunston Bank, which he shows", "street-address", "8 Dunston Bank"),
    ("| Amber | 05/05/2009 | BN23 6PW | CP - neglect |", "date-of-birth", "05/05/2009"),
    ("school gives his date of birth as 2008-05-13, health gives 2008-13-05.", "date-of-birth", "2008-13-05"),
])
def test_read_in_full(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize(("text", "kind"), [
    # the clean passages flagged, and what the new rules must leave alone
    ("the plan itself has not been reviewed since Q2. Will this be enough to keep her safe", "personal-name"),
    ("review at end of Q3. Mark as urgent for finance.", "personal-name"),
    ("age assessmt - yp says 16. 1st session done, 2nd booked, 2 qualified SWs.", "personal-name"),
    ("age assessmt - yp says 16. 1st session done, 2nd booked, 2 qualified SWs.", "exact-date"),
    ("stop/search: yp 16 had 0.5g cannabis, £20 note, lighter, rizla. community resolution.", "personal-name"),
    ("rota: 1 agency on lates. gas bill came, in office tray.", "personal-name"),
    ("the case moved to the Macclesfield Family Safeguarding Team in Q3", "personal-name"),
    ("staff: agency, bank. debrief done", "personal-name"),
    ("kinship fin assess: carer to send payslips", "personal-name"),
    ("Audit finding: the chronology pasted from PARIS shows an incident", "personal-name"),
    ("The children's guardian endorsed the plan at the IRH.", "named-place"),
    ("referred to the Food Bank on 3 occasions; attended 3 Food Bank sessions", "named-place"),
    ("referred to the Food Bank on 3 occasions; attended 3 Food Bank sessions", "street-address"),
    ("MASH enquiry: addr check SL1 2QA - 2 adults", "named-place"),
    ("Address: see file, BS11 0RT", "named-place"),
    ("| Review | 05/05/2023 | BN23 6PW | done |", "personal-name"),
    ("he lives in hope that she comes back", "named-place"),
    ("a mark left on her arm, photographed", "personal-name"),
    ("nurse advice given re feeds", "personal-name"),
])
def test_read_in_full_quiet(text: str, kind: str) -> None:
    assert [v for k, v in found(text) if k == kind] == []


def test_earlier_ordinal_keeps_a_day_after_the() -> None:
    assert ("exact-date", "21st") in found("the first visit is recorded on the 21st, which is outside")
    assert ("personal-name", "S2. Cody") in found("Pupil support notes - Menzieshill High, S2. Cody-Lee. Attendance 71%")
