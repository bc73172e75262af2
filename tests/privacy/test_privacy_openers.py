"""Rules added after red-team split H: names at a sentence's or a field's start, initials and
user names, businesses and venues before a type noun, pupil numbers and police references,
dates of birth given twice or in another calendar, ordinal days. Each fires where it should
and stays quiet where it should not (invented text)."""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py


FIRES = [
    # a word no list knows at a sentence's or field's start, with a cue of a person
    ("personal-name", "Zerihun is clear that he wants to stay.", "Zerihun"),
    ("personal-name", "Tesfay's DOB is disputed by the council.", "Tesfay"),
    ("personal-name", "Age assessment - Dawit - completed last week.", "Dawit"),
    ("personal-name", "Contact note - Wiktoria + dad @ the family centre", "Wiktoria"),
    ("personal-name", "Positive: Shilan, a Kurmanji speaker, had an interpreter.", "Shilan"),
    # word-names at a sentence's start before a strong predicate of a person
    ("personal-name", "June was seen alone at school.", "June"),
    ("personal-name", "Autumn is 15 and wants to return home.", "Autumn"),
    ("personal-name", "Faith was not on the ICPC invitation list.", "Faith"),
    ("personal-name", "Rome is 14 and attends a PRU.", "Rome"),
    ("personal-name", "june did not attend contact. may was fine.", "june"),
    ("personal-name", "Visit note - Ember & Storm - both seen.", "Storm"),
    ("personal-name", "WILLIAMS, Florence / b. 2 May 2011", "Florence"),
    # initials before a role; user names and file names
    ("personal-name", "Present: DK (SW), PL (HV), AB (dad).", "PL"),
    ("personal-name", "Invited (GH, SW; NW, TM; the DSL).", "NW"),
    ("personal-name", "Author: TMORGAN | Manager: approved", "TMORGAN"),
    ("personal-name", "See JonesK_plan_v2.docx for the draft.", "JonesK"),
    ("personal-name", "the post said #justiceforbrayden and more", "brayden"),
    ("personal-name", "review: leighton-jai's plan is out of date", "leighton-jai"),
    # businesses and venues
    ("named-place", "He drives for Kestrel Haulage most weekends.", "Kestrel Haulage"),
    ("named-place", "HR at Harbourside Care Ltd was informed.", "Harbourside Care Ltd"),
    ("named-place", "They were seen at the Golden Lotus takeaway late.", "Golden Lotus takeaway"),
    ("named-place", "moved to Heather Court semi-independent in May", "Heather Court semi-independent"),
    ("named-place", "the Willow Tree short breaks scheme offered days", "Willow Tree short breaks scheme"),
    ("named-place", "GP registration at Mill Lane Practice is done.", "Mill Lane Practice"),
    ("named-place", "PEP: (Y9, Heron High) tutoring agreed.", "Heron High"),
    ("named-place", "mum will go to Horizon Recovery Hub Thurs.", "Horizon Recovery Hub"),
    # references
    ("case-number", "EHCP issued (UPN K123456789012) last term.", "K123456789012"),
    ("case-number", "Police log PND 4471 was cited.", "PND 4471"),
    ("case-number", "Home Office CID 2231-9876 on file.", "CID 2231-9876"),
    # dates of birth
    ("date-of-birth", "his papers give his birth date as 3 Hamal 1390 in error", "birth date as 3 Hamal 1390"),
    ("date-of-birth", "the Home Office assigned her 1 January 2008 at screening", "assigned her 1 January 2008"),
    ("date-of-birth", "DOB given as 5.6.10 by mum and 6.5.10 by the school.", "6.5.10"),
    # exact dates
    ("exact-date", "Next visit Thurs 12th at home.", "Thurs 12th"),
    ("exact-date", "The strategy meeting was held on the 14th, with police.", "14th"),
    ("exact-date", "Threshold met. ICM 3rd.", "3rd"),
    ("exact-date", "She went missing on Christmas Eve.", "Christmas Eve"),
    ("exact-date", "5/6 09:15 call from school", "5/6"),
    ("exact-date", "chron: 7/8 dad arrested", "7/8"),
]

QUIET = [
    "April was a difficult month for the family.",
    "Summer is the busiest time for the team.",
    "Hope that the plan would be reviewed was not realised.",
    "Patience has been shown by the carers throughout.",
    "Score is 16 and rising.",
    "She is seen alone at school and at home.",
    "YJ: OoCD panel – Youth Caution was given.",
    "Attendees: DSL (school), SW, IRO and the HV.",
    "Review of Section 20 - Child & Family - outcome agreed.",
    "The plan was reviewed on the 3rd floor of the office.",
    "Bonfire Night and Halloween were flagged as risky times.",
    "The Children's Services department was restructured.",
    "Good Practice forums were attended by the managers.",
    "She attends the 2nd session of the group.",
]


@pytest.mark.parametrize("kind,text,span", FIRES)
def test_fires(kind: str, text: str, span: str) -> None:
    assert (kind, span) in found(text), found(text)


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert found(text) == []


def test_second_date_of_another_year_is_an_event() -> None:
    kinds = found("DOB 3.4.09, seen on 4.5.24 and 6.5.24.")
    assert ("exact-date", "6.5.24") in kinds
    assert ("date-of-birth", "6.5.24") not in kinds
