"""Rules read from the structured misses of redteam-fj to -fm (twenty-third session), after their
first, blind run with the rules of redteam-ff to -fi (the tree of the session's second commit):
case numbers 169 of 169, postcodes 60 of 60, dates of birth 181 of 196 (92.3%).

Every miss was a date of birth: lists of children in shapes the list rule did not read (a
lower-case surname and sex, "sibling list:" items on numbered lines, "child 2 - ..."), and births
a passage speaks of ("amended from 01/01/2006 to 21/09/2007", "SW calc = 24/03/2007", "converted
this to 24 March 2008", "the 4th of Hamal", "the birth at Pilgrim Hospital on", a birth's dates
listed across a file's records, the day and month swapped). All text invented.
"""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py


@pytest.mark.parametrize(("text", "date"), [
    ("yp and bro placed together - sibling list: omar al-hariri m 02/06/2009, yasmin al-hariri f 19/12/2011. "
     "parents deceased", "19/12/2011"),
    ("sibling list (from CIN plan p2):\n1. Child A - subject\n2. Mercy - 11/06/2009\n3. Emmanuel - 02/12/2012\n"
     "4. Praise - dob not known", "11/06/2009"),
    ("sibling list:\n1. caoimhe mc - 14.02.11\n2. oisin mc - 03/09/14\n3. baby (name tbc) - dob 27/11/22", "14.02.11"),
    ("dobs v SOSCARE:\nchild 1 - 04/11/2012 (school) / 11/04/2012 (SOS)\nchild 2 - 17/05/2015 both\nEWO to get birth certs.",
     "17/05/2015"),
    ('corr from HO: "the applicant\'s DOB has been amended from 01/01/2006 to 21/09/2007 following LA age assessment '
     'dated 02/05/2023".', "21/09/2007"),
    ('DOB per tazkira (transl): "born 4 Hamal 1386". SW calc = 24/03/2007. yp insists he is 16 not 17', "24/03/2007"),
    ('"My mother wrote my birthday in the Quran at home, it is the 4th of Hamal." The social worker converted this to '
     '24 March 2008 and recorded it alongside the assessed DOB.', "24 March 2008"),
    ("Learning summary: the claimed DOB and the assessed DOB should never both sit in the chronology. The file gives "
     "01/01/2006 on the front sheet, 12 Mar 2006 in the health assessment and 12/03/2008 in the Home Office letter.",
     "12 Mar 2006"),
    ("The MASH search was run against 12/11/2014, the date on the referral, and returned no trace; the child's actual "
     "date of birth was 11/12/2014.", "12/11/2014"),
    ("The chronology is well maintained. Entries include the birth at Pilgrim Hospital on 23rd August 2016 at 29 weeks.",
     "23rd August 2016"),
])
def test_births(text: str, date: str) -> None:
    assert ("date-of-birth", date) in found(text)


def test_the_other_calendar_s_day_with_no_year_is_a_date() -> None:
    assert ("date-of-birth", "birthday in the Quran at home, it is the 4th of Hamal") in found(
        "My mother wrote my birthday in the Quran at home, it is the 4th of Hamal.")


@pytest.mark.parametrize(("text", "date"), [
    # events in the same shapes
    ("visits: jack went home 03/05/23, mia 19/10/23 seen at school", "03/05/23"),
    ("review 1 - 04/11/2023\nreview 2 - 17/05/2024", "17/05/2024"),
    ("The meeting was held on 12/11/2024 in the family centre; the plan was reviewed on 11/12/2024.", "11/12/2024"),
    ("baby born 3/2/24. ICPC moved from 01/03/2024 to 08/03/2024 at mum's request.", "08/03/2024"),
])
def test_events_stay_events(text: str, date: str) -> None:
    assert ("exact-date", date) in found(text)


# --- then read in full: names, places and clean text

@pytest.mark.parametrize(("text", "value"), [
    ("happy for yp to go to summer's (other carer in deal) for 5 nights.", "summer"),
    ("MASH contact: UK-born female 16 (summer) placed w/ same carer", "summer"),
    ("DOB field blank. HO says 08.08.2006. filled in, checked by mark.", "mark"),
    ("supervision notes (sunny): caseload 24, 9 UASC.", "sunny"),
    ("Management oversight: Mark signed off the Pathway Plan without a review.", "Mark"),
    ("The PA's recording is warm. Sky, as the young person prefers to be called, told her PA", "Sky"),
    ("'me ma's new fella shouts at wee dot all the time'", "dot"),
    ("vm from teacher: 'it's about wee grace, she's came in wi' a black eye'", "grace"),
    ('the worker wrote "father has relapsed". Grace from the Family Support Hub had already raised it', "Grace"),
    ("Worries: Mark is not the children's father; he is Mum's new partner", "Mark"),
])
def test_names(text: str, value: str) -> None:
    assert ("personal-name", value) in found(text)


@pytest.mark.parametrize(("text", "value"), [
    ("Good practice; Cathal attends Gaelscoil na bhFál and the worker asked his teacher", "Gaelscoil na bhFál"),
    ("strat disc - attendees psni, hv, school (lagan coll). threshold met", "lagan coll"),
    ("teenager found in derelict house off the fountain estate w/ 2 adult males", "fountain estate"),
    ("vm 11:40 from teacher, holy trinity ps: 'it's about the wee one'", "holy trinity ps"),
    ("next LAC review set 14 march @ 2pm, venue woodlands jjc (YP on remand)", "woodlands jjc"),
    ("the young person was placed in a hotel with adults on The Leas, CT20, for nine days.", "Leas"),
])
def test_places(text: str, value: str) -> None:
    assert ("named-place", value) in found(text)


@pytest.mark.parametrize("text", [
    "the Local Offer page now explains eligibility in plain English",
    'He calls her "Mama" and she calls him "my lad".',
    "yp asked alexa to play his music and calmed within 10 mins",
    "the young person told the auditor, 'Ach, they're dead on, but they never tell me nothin'",
    "after the move out of County Tyrone. The worker must update the records.",
    "child gave her a card w/ a robin + holly on it he made at school.",
    "mum's msg 07:30: 'bill came in the post, cant pay it, electric goin off'",
    "verbal arg between parents over a car jack left in the hall",
    "The chronology copies in the full police Merlin, including the victim's details.",
    'email from HoY 15:02: "YP was seen with a knife in the toilets"',
    "brook TLT = amber (6yo, sexualised play w/ younger cousin)",
    "advice to mum re supervision + Pantosaurus resources (NSPCC)",
    "which the Newry Gateway team has already used twice.",
    "a detective sergeant from the MIT and the paediatric registrar",
    "3) 1st session of merton AA to be booked",
    "transfer to the Kent Intake Unit. The welfare interview was completed within 24 hours.",
    "mum says she's our wee ray of sunshine",
    "school attendance (autumn): 71% and 83%",
    "Hope from the Start programme is well used",
    "evidence against trinity ps 4.7 is strong; hope ps see you soon",
])
def test_quiet(text: str) -> None:
    assert [f for f in found(text) if f[0] in ("personal-name", "named-place")] == []


def test_esol_entry_levels_are_no_postcodes() -> None:
    assert [k for k, _ in found("dentist done, ESOL up to E3, PEP current.") if k == "postcode"] == []
    assert ("postcode", "E3") in found("family moved to E3 last year")
