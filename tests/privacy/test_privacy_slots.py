"""Rules added after red-team split G: names in person slots and in file names, references
after a cue, towns before a postcode, courts and venue fields. Each fires where it should
and stays quiet where it should not (invented text)."""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py


FIRES = [
    # "_" parts words in pasted file names; an initial glued to a surname
    ("personal-name", "See Review_Okafor_final.docx for detail.", "Okafor"),
    ("personal-name", "Saved as Notes_KBaker_v2.docx today.", "KBaker"),
    ("ni-number", "Scanned: Letter_JT123456A.pdf on file.", "JT123456A"),
    # possessive before a word of kin, with any capitalised word
    ("personal-name", "Harmony's nan attended the review.", "Harmony"),
    # apposition of birth order
    ("personal-name", "The SW notes that Maverick, the eldest, was upset.", "Maverick"),
    # word-names before a predicate of a child in care
    ("personal-name", "2. Sunny to be offered an advocate.", "Sunny"),
    ("personal-name", "The IRO noted that Will and Sonny were placed together.", "Sonny"),
    ("personal-name", "At nursery – Poppy settled quickly.", "Poppy"),
    # a word-name and one initial; initials before a speech verb; "tj said"
    ("personal-name", "Pt: Faith O. (age 9) seen in ED.", "Faith O."),
    ("personal-name", "Drop-in – K.L. disclosed worries at home.", "K.L."),
    ("personal-name", "jb said he was scared of the older boys.", "jb"),
    # a lower-case word-name after a word of kin
    ("personal-name", "i want to stay at aunty grace's house", "grace"),
    # references after a cue, with a bracket, a comma or dashes
    ("case-number", "Hospital no. K7781234 added to the alert.", "Hospital no. K7781234"),
    ("case-number", "the patient number (RX5512093) was in the plan", "patient number (RX5512093"),
    ("case-number", "Crime ref 0412-55871-24 noted.", "Crime ref 0412-55871-24"),
    ("case-number", "only a crime reference, 14/66120/25, was given", "crime reference, 14/66120/25"),
    # a town between a street and a postcode, even an English word or a bank's name
    ("named-place", "found at Mercer Street, Hull HU3 2AB with adults", "Hull"),
    # courts named by their place; venue fields
    ("named-place", "He appeared at Teesside Youth Court on remand.", "Teesside Youth Court"),
    ("named-place", "Contact Centre: Brambleford (Sat 10-12).", "Brambleford"),
    ("named-place", "Refuge: Brightwater House (out of area).", "Brightwater House"),
]

QUIET = [
    "Chronology_Template_2025.xlsx is the current version.",
    "Patience has been shown by the carers throughout.",
    "Hope is a recurring theme in the mother's account.",
    "Will they attend the review? Grace periods are not allowed.",
    "Children's mother and baby units were considered.",
    "The Council's parents' forum was consulted.",
    "However, the youngest, aged 4, was not seen alone.",
    "Progress was seen in the second quarter.",
    "Plan B. was agreed if contact broke down.",
    "The G.P. said the referral was late.",
    "he said he would attend; gp said no.",
    "his uncle will collect him on Friday.",
    "The case was referred in 2024-25 and again in 2025/2026.",
    "Scored 7/10 on the wellbeing scale.",
    "The Family Court and the High Court were mentioned.",
    "Placement: Foster care with connected carers.",
    "School: Good attendance this term.",
]


@pytest.mark.parametrize("kind,text,span", FIRES)
def test_fires(kind: str, text: str, span: str) -> None:
    assert (kind, span) in found(text), found(text)


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert found(text) == []


def test_offsets_hold_with_underscores() -> None:
    text = "Attached: PSR_Nowak_K_court.pdf and j_smith@example.org"
    kinds = found(text)
    assert ("personal-name", "Nowak") in kinds
    assert ("email", "j_smith@example.org") in kinds


def test_month_before_predicate_is_quiet() -> None:
    assert found("a handover visit in August is referred to in an email") == []
