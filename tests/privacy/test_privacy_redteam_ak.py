"""Rules added after reading the blind redteam-ak split (Merseyside, Cambridgeshire and
Peterborough, Shropshire and Telford, Edinburgh and Fife), measured once blind in the eighth
session: a name classifier that must be surer of a word in lower case, children listed with
their ages after a label, dates of birth listed with each child's name in brackets, a CHI number
"as" given, a police concern report's number, a long serial between letters and a year, a
postcode after a street's comma even where it reads like a level ("L4"), "rocky had
nightmare", "Summer's BMI", a capitalised word-name found once and opening a later sentence;
and what is none: residential shorthand ("Resi log"), a peace lily, daisy chains, "jack all",
Hunter wellies, films on Sky, an angel in the nativity, what a tenancy is called, a season
opening a line after "Aunt". Each fires where it should and stays quiet where it should not.
All text is invented."""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py

FIRES = [
    ("personal-name", "DA PPN: victim Mrs Aziz. Children: Rojhat 10, Hevi 7. Location given", "Hevi"),
    ("date-of-birth", "dates of birth as 03/04/2014 (Neema), 21/12/2016 (Baraka) and 09/09/2021 (Zawadi)", "09/09/2021"),
    ("nhs-number", "the Hearing papers list Ruaridh's CHI as 0209093714, which gives", "0209093714"),
    ("case-number", "Police Scotland concern report 0231/2024, 03/02/2024. Locus given", "0231/2024"),
    ("case-number", "The police reference given, CR/0455621/22, does not match", "CR/0455621/22"),
    ("postcode", "aunt from 3 Fernhill Close, L4. Last seen in the park", "L4"),
    ("personal-name", "Mon 13/11 - rocky had nightmare 2am, screaming", "rocky"),
    ("personal-name", "It notes that Summer's BMI has dropped since she moved", "Summer"),
    ("personal-name", "The tool was used well with Angel, 11. Angel named her safe adults", "Angel"),
]

QUIET = [
    "Resi log 21:45 - YP back 25 mins late. Resi: YP refused to get up for school.",
    "Kitchen clean, fridge had food, peace lily on windowsill watered.",
    "Loves the sand tray and making daisy chains outside. Says it has jack all furniture yet.",
    "New Hunter wellies for forest school. Watched films on Sky.",
    "Nursery: child much happier, played an angel in the nativity.",
    "a fresh start in a new tenancy, which she calls 'destiny'. The plan does not say",
    "Chronology\n2022 - children cared for by Maternal Aunt\nAutumn 2022 - school refer re older sib",
    "Children: 3, all at home",
]


@pytest.mark.parametrize("kind, text, span", FIRES)
def test_fires(kind: str, text: str, span: str) -> None:
    assert any(k == kind and span in s for k, s in found(text)), found(text)


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert found(text) == []


def test_days_with_weekdays_in_brackets_stay_event_dates() -> None:
    # a list of dates with a bracket after each is a list of births only after a birth
    assert found("visits on 03/04/2024 (Weds), 05/04/2024 (Fri) went well") == [
        ("exact-date", "03/04/2024"), ("exact-date", "05/04/2024")]
