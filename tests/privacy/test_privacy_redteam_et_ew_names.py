"""Rules read from the names, places and clean text of redteam-et to -ew (twenty-second
session), whose run before reading gave names 97.8% (ew 95.5%), places 98.8% and 10 of 491
clean passages flagged (et 3.1%, eu 4.1%):

- names: "jasmine to be seen at", "ruby's not back" and "rubys not back", "Frank is autistic",
  "Rose is the eldest of five", "Justice, whose" / "Marvellous, who", "Frank (the maternal
  grandfather)", "Sunny (a nickname ...)", "Smokey aka Kyrell Thompson", "partner 'Big T'",
  "fam: Quispe", '"frank here, just want u to know"', 'stopped at "shez\'s"', "sw will
  covering", "kids: lily, poppy + jack", "jack and finley - anon caller", "nanna bet rang",
  "vale (6)", and the people of a birth list whose word is an English one ("Goodness 30/03/2020");
- places: "the beacon shopping centre", "south tyneside district hospital";
- dates (a warning): "core grp 19/4", "seen 22/1 w/ mum", "heard 24/4", "FGC 14/12:", "curfew
  breach 12/8", "found the 9th 03:00", "visit on the 9th is", "contact on the 12th'";
- quiet: "the Grace and Favour arrangement", "a blue corsa", '"mint" 10/10', "at mggm house",
  "at breaktimes", "Imms: up to date", "i wil be there", "copy to Torbay Council", "The Southwark
  judgment", "a Latin American Saturday school", "SW chase housing".

All text invented; every rule has text that fires and text that does not.
"""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py

NAMED = [
    ("camhs ref accepted. jasmine to be seen at the clinic. waiting list 14 wks", "jasmine"),
    ('text from mum 22:47 "ruby\'s not back, she went up the park"', "ruby"),
    ('text from mum 22:47 "rubys not back, she went up the park"', "ruby"),
    ("Frank is autistic and uses a small number of Makaton signs.", "Frank"),
    ("Worries: Rose is the eldest of five and does most of the caring.", "Rose"),
    ("a warm relationship with Marvellous, who told her she wants to be a lawyer", "Marvellous"),
    ("Learning summary: Frank (the maternal grandfather) was allowed unsupervised contact", "Frank"),
    ('Child\'s voice: Sunny (a nickname his mum gave him because "he was always smiling")', "Sunny"),
    ("case discussion w/ YOT. Smokey aka Kyrell Thompson - arrested in town", "Smokey"),
    ("concerns re mum's new partner 'Big T' - police chk requested.", "Big T"),
    ("EH team mtg mins - fam: Quispe. attendees: mum, interp (spanish)", "Quispe"),
    ('msg rec\'d 21:30: "frank here, just want u to know i aint signing nothing"', "frank"),
    ('return interview - kai said he\'d stopped at "shez\'s" and been on the xbox', "shez"),
    ("sw will covering - visited at contact centre. mum calm", "will"),
    ("conf - decision: CP plan, cat neglect. kids: lily, poppy + jack. next rcpc in 3 months", "lily"),
    ("NFA'd at MASH. jack and finley - anon caller said kids left alone", "jack"),
    ("contact log: nanna bet rang, upset about the weekend", "bet"),
    ("kids home alone after sch. santi (10) looking after vale (6). referred to holiday club.", "vale"),
    ("sibling list (pasted): Precious 02/07/2016; Favour 11/12/2017; Goodness 30/03/2020; baby due", "Goodness"),
]


@pytest.mark.parametrize(("text", "name"), NAMED)
def test_names(text: str, name: str) -> None:
    assert ("personal-name", name) in found(text)


@pytest.mark.parametrize(("text", "place"), [
    ("fc log: yp went to the beacon shopping centre w/ friends + came back 2 hrs late", "beacon shopping centre"),
    ("CP-IS alert: attended A&E south tyneside district hospital w/ head injury", "south tyneside district hospital"),
])
def test_places(text: str, place: str) -> None:
    assert ("named-place", place) in found(text)


@pytest.mark.parametrize(("text", "date"), [
    ("core grp 19/4 present: sw, hv, dsl, mum", "19/4"),
    ("gp letter, seen 22/1 w/ mum. night terrors, bedwetting", "22/1"),
    ("MARAC heard 24/4. vic (30s), 3 ch. perp on tag", "24/4"),
    ("FGC 14/12: family plan agreed", "14/12"),
    ("YOT notes: curfew breach 12/8. tag shows him out at 01:00", "12/8"),
    ("missing from res home 22:00, found the 9th 03:00 at the bus stn", "9th"),
    ("His home visit on the 9th is particularly good", "9th"),
    ("text to SW: 'can u ring me before 3 i need to no about contact on the 12th'", "12th"),
])
def test_exact_dates(text: str, date: str) -> None:
    assert ("exact-date", date) in found(text)


@pytest.mark.parametrize("text", [
    "the Grace and Favour arrangement with the housing provider is a short reprieve",
    "yr9 girl - disclosed bf is 19 and picks her up from school in a blue corsa. RAG amber.",
    'LAC review | IFA carers | 3rd review | ch says placement is "mint" 10/10 | wants more contact',
    "d/a incident over xmas at mggm house. uncle and stepdad fighting in garden",
    "The school has set up a safe space at breaktimes and a daily check-in with a key adult",
    "Weight: 31kg (25th) | Vision: 6/6 | Hearing: pass | Imms: up to date | Dental: registered",
    'dad\'s txt: "i wil be there at 2 dont start without me"',
    "bus pass approved from next term. copy to Torbay Council not needed, wrong LA.",
    "The Southwark judgment is not referenced in the reasoning.",
    "mum says kids go to a Latin American Saturday school. dad works nights",
    "action list: 1) SW chase housing re mould 2) HV re-weigh",
    "we're fine, the baby's just gone down. promise x",
    "the carers hope to be seen as family",
    "keys not back yet from the agency",
    "worried about hope and the future",
])
def test_quiet(text: str) -> None:
    assert found(text) == []


def test_a_date_of_the_same_list_after_a_quote_is_still_a_date() -> None:
    # a score needs its quoted word right before it; a meeting's date keeps its reading
    assert ("exact-date", "10/10") in found("TAF mtg @ the family hub 10/10, all present")
