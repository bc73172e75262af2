"""Rules read from redteam-hb to -he (twenty-fifth session), after their first, blind run at
967a300 (gx-ha in the corpus, both classifiers retrained): names 97.7%, places 97.5%, dates of
birth 156 of 166 (94.0%), postcodes 58 of 60, case numbers 142 of 144, 8 of 488 clean passages
flagged. Read in full the same session. All text invented.
"""
from __future__ import annotations

import pytest

from scanning import found


@pytest.mark.parametrize(("text", "value"), [
    # an age or a school year after a date, agreeing with its year
    ("household: child 1 - Tyler - 19.10.2009 (14) | child 2 - Mason - 07.07.2013 (10)", "07.07.2013"),
    ("Kasia (mum, 14.06.1990) / Julia (01.05.2016, 7) / Kacper (17.11.2018, 5)", "17.11.2018"),
    ("tommo (23/11/07, 16) in custody at the station", "23/11/07"),
    ("the children as Jacob Ferguson, 19/09/2012, Year 7; and Isla Ferguson, 08/01/2019, Reception.", "08/01/2019"),
    # a numbered conference list, each item's row ending before the next number
    ("conf list: 1. kaloyan ivanov - 05/06/2017 - CP (neglect) 2. teodora ivanova - 11/11/2020 - CP (neglect).",
     "11/11/2020"),
])
def test_births(text: str, value: str) -> None:
    assert ("date-of-birth", value) in found(text)


@pytest.mark.parametrize(("text", "date"), [
    ("review 12/03/2024 (3) done, all seen", "12/03/2024"),
    ("contact 12/03/2024, 2 hrs supervised", "12/03/2024"),
    ("visit 12/03/2024 (y10 assembly)", "12/03/2024"),
])
def test_events_stay_events(text: str, date: str) -> None:
    assert ("exact-date", date) in found(text)


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("Police log ref 0733/040324 describes her hiding", "case-number", "0733/040324"),
    ("MASH contact 24-03317 | source: school (dsl)", "case-number", "24-03317"),
    ("addr check - likely the lakatos family, nn3. open EH.", "postcode", "nn3"),
    ('last seen w/ "Smiler" down SA1 by the flats.', "postcode", "SA1"),
])
def test_structured(text: str, kind: str, value: str) -> None:
    assert any(value in v for k, v in found(text) if k == kind)


def test_a_ten_digit_07_number_is_no_phone_without_a_cue() -> None:
    assert [v for k, v in found("Police log ref 0733/040324 describes her") if k == "phone-number"] == []
    assert ("phone-number", "07700 90012") in found("ring 07700 90012 now")   # a hurried slip, with its cue


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("Ellis said was with 'Tank' and 'Mad Dog' at a flat", "personal-name", "Mad Dog"),
    ("placement stable. Destiny calls carers 'Nana and Pops'.", "personal-name", "Destiny"),
    ("note to file: bill (the carer's husband) wants to be assessed", "personal-name", "bill"),
    ("won't give address. Ash (YP's worker) to check w/ housing", "personal-name", "Ash"),
    ("Sunny - Y9 at the academy - school says attendance dipped", "personal-name", "Sunny"),
    ("Child's voice: \"Grace is the only one who rang me\"", "personal-name", "Grace"),
    ("HV: 2yr review. jasmine not talking, approx 5 words", "personal-name", "jasmine"),
    ("sch: will in yr 6 told TA dad sleeps in the car", "personal-name", "will"),
    ("family ct - LA v lakatoš & horváth - ICO hearing", "personal-name", "lakatoš"),
    ('txt from connor (15) "tell her im not coming back"', "personal-name", "connor"),
    ("DSL email: 'Kotlár children not in. Dad came to the office'", "personal-name", "Kotlár"),
    ("he's up at Teesside Mags tomorrow, any probs give us a bell", "named-place", "Teesside Mags"),
    ("nursery (Kiddies Kingdom, Berwick Hills): bruise L cheek", "named-place", "Kiddies Kingdom"),
    ('whatsapp from mum: "im stopping at me mates in dormo til he calms down x"', "named-place", "dormo"),
    ('Mum gave her address as "ts17 0lh", which is a Thornaby postcode', "named-place", "Thornaby"),
])
def test_read_in_full(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize(("text", "kind"), [
    ("resi - room 6 window restrictor broken, YP climbed out", "personal-name"),
    ('mum completed "Who\'s in Charge" session 4', "named-place"),
    ("an exception report to Early Help in West Northamptonshire.", "personal-name"),
    ("gp: 'was not brought' x3 (imms 12m, dev check, audiology)", "personal-name"),
    ('he now answers the phone with "Helo, pwy sy\'n siarad?"', "personal-name"),
    ("shared with the Hywel Dda perinatal mental health team", "personal-name"),
    ("ch F got a seren aur (gold star) for reading", "personal-name"),
    ("sw + mum did the Sam Tân jigsaw", "personal-name"),
    ("Grace 2 weeks late on the plan.", "personal-name"),
    ("minutes CIN: present mum, dad, SW, school (HoY), LAC nurse", "named-place"),
    ("ref from school (PT Guidance). YP S3 disclosed", "named-place"),
    ("he missed his cousins in Aleppo and the mosque", "named-place"),
    ("ARAP family reunion query via HO", "personal-name"),
])
def test_read_in_full_quiet(text: str, kind: str) -> None:
    assert [v for k, v in found(text) if k == kind] == []
