"""Rules read from redteam-ex to -fa (twenty-second session), after their first, blind run
(names 97.2%, places 94.4%, dates of birth 148 of 154, CHI/NHS 23 of 24, postcodes 56 of 58,
case numbers 141 of 141, clean 11 of 504):

- structured: a CHI list's later number ("CHI list: Ellie-Mae 2812193026, Brooklyn
  0504137190"), a table's rows run together by "||" under a "dob" header, the records that give
  a child's dates of birth ("3 diff DOBs (01/01/2013 HO / 14/06/2012 school / 14.6.12 GP)"), a
  birth's date as a worker "entered" it, and "It appears only in the ... letter as" a birth's,
  "moved over to S65", "moved within S5";
- names: "Key worker: J Firth", "w/ wragg family", "| Amber Wood | DOB", "poppy's targets",
  "will (her eldest)", '"Will is at risk"', "Ameer's National Insurance number", "grace at
  placement", "grace showed me", "frank's made her", "1) will to go to", "aidens PA", a man "she
  called 'Tiny'" or "knew as 'J-Money'";
- places: "Villa Rd, Handsworth B19" (the team rule read "mash" past the sentence's end),
  "in Buckie" (an allow phrase for the drink had let the town through), "west brom B70" (the
  club's allow phrase had let the town through), "wood end primary", "firth pk academy",
  "teesside uni", "at little acorns", "Location: HIGH STREET";
- quiet: "traffic light: green (age-appropriate)", 'call her "precious"', "mekin me poorly",
  "poppy seed rolls", "dawn-to-dusk", "chn in jammies", "f/u. burns clinic", "review in 1/12",
  "mair than once a month" (Scots; Mair the Welsh name stays a name), "the young fella's gone",
  "the prison's family liaison officer", "on the Buckie", "supports West Brom".

All text invented; every rule has text that fires and text that does not.
"""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py


@pytest.mark.parametrize(("text", "kind", "what"), [
    ("CHI list for CPPM: Ellie-Mae 2812193026, Brooklyn 0504137190, baby tbc.", "nhs-number", "0504137190"),
    ("child | dob | school || Leighton | 06/08/15 | Mill Lane Primary || Skye | 21/04/18 | nursery", "date-of-birth", "21/04/18"),
    ("sib | dob | where || lacey-rose | 5/5/17 | nan's || kian | 12/8/19 | w/ mum", "date-of-birth", "12/8/19"),
    ("sib | dob | where || lacey-rose | 5/5/17 | nan's || kian | 12/8/19 | w/ mum", "personal-name", "lacey-rose"),
    ("child amira - 3 diff DOBs on systems (01/01/2013 HO / 14/06/2012 school / 14.6.12 GP).", "date-of-birth", "14.6.12"),
    ("Health: Leo was born on 29th February 2016, which the case system rejected, so the worker entered 1 March 2016 "
     "instead.", "date-of-birth", "1 March 2016"),
    ("The auditor was unable to find a date of birth for the youngest sibling on the child's own record. It appears "
     "only in the health visitor's pasted letter as 17/08/2021.", "date-of-birth", "17/08/2021"),
    ("The visit was on 3 March 2016. The worker entered 4 March 2016 instead.", "exact-date", "4 March 2016"),
    ("family moved over to S65 last month per mum", "postcode", "S65"),
    ("The family moved within S5 twice in six months", "postcode", "S5"),
])
def test_structured(text: str, kind: str, what: str) -> None:
    assert (kind, what) in found(text)


@pytest.mark.parametrize(("text", "name"), [
    ("NHS No: on file\nGP: the surgery\nKey worker: J Firth", "J Firth"),
    ("reflective sup - sw feeling stuck w/ wragg family. agreed GCP2 before RCPC", "wragg"),
    ("ICS: on file | CP-N | Amber Wood | DOB 06/11/2012 | the academy", "Amber Wood"),
    ("PEP - designated teacher present. poppy's targets: reading age 7.2", "poppy"),
    ("mum rang - says will (her eldest) has moved to his dad's", "will"),
    ('the TM\'s reflection: "Will is at risk of being lost in this family\'s chaos."', "Will"),
    ("Worries: Ameer's National Insurance number appears in the case summary", "Ameer"),
    ("visit to grace at placement. grace showed me her room, new duvet", "grace"),
    ('text 21:40: "kyla settled. frank\'s made her a hot choc x"', "frank"),
    ("childs plan review. actions: 1) will to go to breakfast club daily 2) mum to attend", "will"),
    ('vm: "its kerry-ann, aidens PA, cant do tmrw, ring us back"', "aidens"),
    ('driven to a flat by an adult male she called "Tiny" and given vodka', "Tiny"),
    ('taken to a house party by a man she knew as "J-Money". The disclosure was recorded', "J-Money"),
])
def test_names(text: str, name: str) -> None:
    assert ("personal-name", name) in found(text)


@pytest.mark.parametrize(("text", "place"), [
    ("mash contact: addr 42 Villa Rd, Handsworth B19 1NH. mash ref on file", "Handsworth"),
    ("the kinship carer has cared for both children in Buckie since the interim CSO", "Buckie"),
    ("curfew 7pm-7am at 26 beeches rd, west brom B70 6QE. tag fitted", "west brom"),
    ("edu - wood end primary attendance 81%.", "wood end primary"),
    ("vm 16:47 from the DSL @ firth pk academy: about year 8", "firth pk academy"),
    ("care leaver started at teesside uni in september", "teesside uni"),
    ("GCP2 booked. youngest at little acorns 3 days/wk, nursery no concerns", "little acorns"),
    ("Offence: ABH Location: HIGH STREET, on the way home", "HIGH STREET"),
])
def test_places(text: str, place: str) -> None:
    assert ("named-place", place) in found(text)


@pytest.mark.parametrize("text", [
    "drop in - asked about contraception. brook traffic light: green (age-appropriate). signposted",
    'yp says older lads call her "precious" and give her vapes. CSE screening tool done',
    'mum relieved - "it\'s been mekin me poorly worrying"',
    "mum brought victoria sponge + poppy seed rolls. kids pleased",
    "It reflects dawn-to-dusk commitment and has informed the care plan.",
    "cold, no heating. £20 fuel voucher given. chn in jammies at 4pm.",
    "mum brought in promptly. paeds no conc. HV to f/u. burns clinic in 3/7.",
    "DSL suggests genogram + ecomap w mum, also consider FGDM ref. review in 1/12.",
    'the young person wrote: "I jist want tae see ma wee brother mair than once a month."',
    'voicemail - "hiya its mam, the young fella\'s gone off with his cousins for the day"',
    "the SW set up letterbox contact through the prison's family liaison officer.",
    "found on the Buckie again with older lads",
    "he supports West Brom and goes to games with his uncle",
    "at little cost to the family",
    "PARENTING WAY FORWARD",
])
def test_quiet(text: str) -> None:
    assert found(text) == []


def test_mair_is_still_a_welsh_name() -> None:
    assert ("personal-name", "mair") in found("fgc - attended: nain, taid, anti mair, uncle dafydd, mum")


def test_a_section_of_the_act_after_moved_to_is_no_postcode() -> None:
    assert found("yp moved to S20 placement last week") == []
