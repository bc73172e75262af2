"""Rules read from the structured misses of the fresh blind splits redteam-ej (Sunderland and
Durham), -ek (Bristol), -el (Stoke), -em (Medway and Kent), -en (Cumbria) and -eo (Bradford,
Calderdale and Kirklees), twentieth session, after their first run (case numbers 296 of 306,
dates of birth 164 of 173, a postcode of 46 missed); their names, places and clean text were
not read:

- case numbers: after an intelligence submission ("intel sub 0412/24"), "no." before the
  number ("cafcass no. 12-4493-8820", "YJ no. YJ23-0488", "old CF no. 44718"), a system's
  slashed letters ("ref ST/MARAC/24/119"), a force's code, a serial and a year ("OIS
  55/1192/23"), up to four capitals with ten digits or a slashed part after a court, a fraud
  report or an asylum team ("crown ct T20237041", "action fraud NFRC2303115577",
  "S1287734/003");
- dates of birth: a list of names each with a dated year ("1. Bailey - 02/09/08  2. Kieran -
  17/05/11"), "born on ..., Ilhan on ... and Yusuf on ...", the birth's date written again
  before its DOB word ("chron: 01.06.22 | ... dob ... as 01.06.22");
- postcodes: an outward code in capitals right after a place's word ("walk-in centre ME8").

Then their names, places and clean text were read too:

- names: a word-name before "is thriving" or "has a significant speech delay";
- places: "the grey horse" (a pub);
- quiet: a town's team with a hyphenated name ("the Stoke-on-Trent MASH", and no "Trent" inside
  the town's name; a locality's team is still reported: it tells where), "the labrador after school",
  "2hrs school nights", "never miss parents' evening", "attendance - green (94%)", "refurb".

All text invented; every rule has text that fires and text that does not.
"""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py

FIRES = [
    ("case-number", "car reg passed to police (intel sub 0412/24). risk: significant", "0412/24"),
    ("case-number", "MARAC 11/04 - case heard (ref ST/MARAC/24/119). victim: mum", "ST/MARAC/24/119"),
    ("case-number", "ICS ref 00938112 / old CF no. 44718 (paper file) - archived", "44718"),
    ("case-number", "police: OIS 55/1192/23 - concern for welfare", "55/1192/23"),
    ("case-number", "crown ct T20237041 - pleaded not guilty", "T20237041"),
    ("case-number", "action fraud NFRC2303115577 - mum scammed out of £900", "NFRC2303115577"),
    ("case-number", "no trace on PNC or local checks. cafcass no. 12-4493-8820.", "12-4493-8820"),
    ("case-number", "YOT ref: YJ no. YJ23-0488, court next month", "YJ23-0488"),
    ("case-number", "transfer summary from the asylum team as S1287734/003, and the outcome", "S1287734/003"),
    ("date-of-birth", "sibling list (from CP conf report): 1. Bailey - 02/09/08  2. Kieran - 17/05/11  3. Sienna - 26/10/16",
     "17/05/11"),
    ("date-of-birth", "Sibling group: Hodan was born on 7th April 2010, Ilhan on 23rd November 2012 and Yusuf on 1st March 2016.",
     "1st March 2016"),
    ("date-of-birth", "chron: 01.06.22 | health | baby born at 37/40. dob recorded on birth notification as 01.06.22.",
     "01.06.22"),
    ("postcode", "seen at walk-in centre ME8 - burn to hand", "ME8"),
    ("personal-name", "Worries: Sunny has a significant speech delay that the plan misses.", "Sunny"),
    ("personal-name", "What is working well: Will is thriving at school and in placement.", "Will"),
    ("named-place", "dad finally seen outside the grey horse, agreed to meet", "grey horse"),
]

QUIET = [
    "the plan (AB1234567), the form code M4471903",
    "took the no. 12 bus; Sub 1234 players",
    "weighed 12345 g at birth",
    "went to school Y10 today",
    "Moderation: The Stoke-on-Trent MASH applied the threshold correctly.",
    "walks the neighbour's labrador after school now; screen time 2hrs school nights",
    "really supportive parents who never miss parents' evening.",
    "1) bedtime routine - amber 2) attendance - green (94%) 3) home conditions - red",
    "playgroup closed for refurb so baby w mum",
    "The economy is thriving; the garden has a significant delay in planting.",
]


@pytest.mark.parametrize(("kind", "text", "span"), FIRES)
def test_fires(kind: str, text: str, span: str) -> None:
    assert (kind, span) in found(text)


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert found(text) == []


def test_a_locality_team_is_still_a_place_and_a_quoted_miss_still_a_name() -> None:
    assert ("named-place", "Newcastle") in found("The transfer to the Newcastle district team was handled well.")
    assert any(k == "personal-name" and t.startswith("grace") for k, t in found("yp calls sw 'miss grace' - fine but"))


def test_event_dates_stay_events() -> None:
    # an event's day and month with no year after a name is no birth; a different date is no birth
    assert ("exact-date", "02/09") in found("Kyle - 02/09 seen; Mia - 03/09 seen")
    assert ("exact-date", "01.06.22") in found("visit 01.06.22. DOB 02.06.22")
