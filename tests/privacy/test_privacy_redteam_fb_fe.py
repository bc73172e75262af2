"""Rules read from the structured misses of redteam-fb to -fe (twenty-second session), after
their first, blind run at 121cd50 (dates of birth 134 of 144, case numbers 137 of 138,
postcodes 58 of 59; their names, places and clean text are unread):

- a list of children each with a sex or an age before the date, the date in brackets, parted
  by a bar or a numbered list's next number ("dilan 11 (22.04.12), roj 8 (17.10.15)", "Mabli F
  04.11.2017 | Tomos M 21.06.2013 | Llŷr M 09.09.2020", "1. Hamza M 2012-04-19 2. Maryam F ...");
- a pasted row's date years past, one short field after a name ("| Rowan Jenkins | M |
  31/10/2015 |", "| Semhar Tesfay | UASC | 12/05/2007 |").

Event dates in the same shapes stay exact dates.

Then, read in full (twenty-third session): an age dispute's sources each giving a birth; a
form's four-digit reference; a district with its sector in brackets; word-names in an action
list, after a kin word and an adverb, after "tell" in a message, after "me and"; "our shauns";
"T-J 14"; a Welsh verb the name rule took with a name; a household's son named in commas; the
L&D (a hospital, after a word of place) and a "jamia masjid". Quiet: faith as religion, Filipino
kin words, "vic" in a MARAC note, Greater Manchester's Complex Safeguarding Hub, Practice Week,
"had mandy", grade ranges. All text invented.
"""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py


@pytest.mark.parametrize(("text", "date"), [
    ("sibs: dilan 11 (22.04.12), roj 8 (17.10.15), bahar 3 (1.1.20) - all at home w/ mum", "17.10.15"),
    ("Sibling list: Mabli F 04.11.2017 | Tomos M 21.06.2013 | Llŷr M 09.09.2020 - all at home w/ mum.", "09.09.2020"),
    ("sibs from referral: 1. Hamza M 2012-04-19 2. Maryam F 2014-08-30 3. Yusuf M 2019-01-07", "2014-08-30"),
    ("| Semhar Tesfay | UASC | 12/05/2007 | the hostel | PA Tom |", "12/05/2007"),
    ("ID: 1029384 | Rowan Jenkins | M | 31/10/2015 | 5 Pen y Bryn | LL41 3EN", "31/10/2015"),
])
def test_births(text: str, date: str) -> None:
    assert ("date-of-birth", date) in found(text)


@pytest.mark.parametrize(("text", "date"), [
    ("| Kai Jones | visit | 12/05/2024 |", "12/05/2024"),
    ("visits: review (03/05/23), visit (19/10/23)", "19/10/23"),
    ("ICPC 03/05/23, RCPC 19/10/23", "19/10/23"),
])
def test_events_stay_events(text: str, date: str) -> None:
    assert ("exact-date", date) in found(text)


# --- read from the whole of redteam-fb to -fe (twenty-third session), after the measure at ddb8b55:
# names 98.0%, places 97.4% (fb 92.1%), clean flagged 9 of 504 (fe 3.3%)

@pytest.mark.parametrize(("text", "kind", "value"), [
    # an age dispute's sources, each giving a birth
    ("Age dispute: the Home Office letter of 11/09/2023 treats Liban as 19, on the basis of a DOB of 01.01.2004 "
     "taken at screening. Liban's own account and his school report give 6 June 2007; the authority agreed.",
     "date-of-birth", "6 June 2007"),
    # a form's reference of four digits; a district and its sector in brackets
    ("youth worker worried. reported via CE form CE-0934.", "case-number", "CE-0934"),
    ("case transfer summary: Ava + Ruby moved from Boughton (CH2 3) to Shotton.", "postcode", "CH2 3"),
])
def test_structured(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize(("text", "value"), [
    ("actions: - grace to book interp (romanian) for tues 14th; - TM to review", "grace"),
    ("adoption medical: baby rose wt 7.1kg. birth mum summer still consenting under s20.", "summer"),
    ('txt fr dad: "can u tell frank at the contact centre im runnin 10 mins late"', "frank"),
    ("msg from yp: 'ave lost me phwn agen, tell deb al be at review'", "deb"),
    ("carer txt: 'hiya gem, just to let u kno all fine now'", "gem"),
    ("whatsapp (mum > SW): 'hes stopin at our shauns tonight dont panic'", "shauns"),
    ('faith said "me and hope share a bed". 3 girls 1 room.', "hope"),
    ("ED attendance 02:15: T-J 14 - alcohol. brought in by friends mum.", "T-J"),
    ("Ymweliad cartref. Gwelwyd Elis ar ei ben ei hun. Mae'n hapus yn yr ysgol. Nain yn byw yn agos, mae o'n aros "
     "yno bob penwythnos.", "Elis"),
    ("The DBS check for the adult son of the household, Rubel, was not completed.", "Rubel"),
])
def test_names(text: str, value: str) -> None:
    assert ("personal-name", value) in found(text)


@pytest.mark.parametrize(("text", "value"), [
    ("12/03/24 MASH contact rec'd from ED L&D - baby brought in by mum", "L&D"),
    ("the assessment was not signed off until after the birth at the L&D, which meant", "L&D"),
    ("hv - dad not home, at jamia masjid for maghrib. baby seen asleep", "jamia masjid"),
])
def test_places(text: str, value: str) -> None:
    assert ("named-place", value) in found(text)


@pytest.mark.parametrize("text", [
    "note re faith: family attend a pentecostal church, pastor supportive. no concerns re faith-based practices.",
    "mum speaks Tagalog. kids cheerful, lola on video call from Manila.",
    "MARAC - vic mum, perp ex. actions: IDVA, sanctuary scheme.",
    "in line with the Complex Safeguarding Hub's guidance. passed to CSH analyst.",
    "The team discussed May's audit findings at Practice Week in June.",
    'RHI: yp said she was at a party, "bare people, someone had mandy, i didnt have none".',
    "booked on the L&D safeguarding course; attended the L&D training in May.",
    "grades A-C 5 subjects, rated A-E 3 times",
    "actions: - hope to book a slot at the next panel",
    "Family attend the local mosque and the boys go to madrassa there every weekday after school.",
])
def test_quiet(text: str) -> None:
    assert [f for f in found(text) if f[0] in ("personal-name", "named-place")] == []


def test_an_action_list_names_its_worker() -> None:
    assert ("personal-name", "ana") in found("actions: 1) ana to visit nour at school")
