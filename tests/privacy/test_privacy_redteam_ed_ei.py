"""Rules read from the blind splits redteam-ed (Devon and Cornwall), -ee (Leicester), -ef
(Hull), -eg (Derby), -eh (Essex) and -ei (Cheshire), twentieth session, after each was
measured unread (pooled: names 97.3%, places 97.0%, 13 of 754 clean passages flagged):

- names: a capitalised nickname in quotes after a word of a person or a message's sender
  ("dad's mate 'Smudge'", "msg from 'Big Tone'", "known only as "Big Tel""), "big j", who a
  message is from ("hi its stace", "its big al"), children named in a bracket ("children
  (destiny, storm)"), a name before a bracket of its role ("gift (yp, 15)", "precious (sg)"),
  a role's abbreviation, a name and a deed ("sw will visited"), "Amber (ASD)", a full name
  before a date of birth ("Re: Terry Slack DOB ..."), and short forms the lists
  lacked (Ash, Biddy, Bola, Deklan, Marky, Stace);
- places: a pub's name before "pub" ("above the railway pub"), "pool academy", "the stow
  family centre", a first name after "the" before a venue's word ("the dawn centre"), an old
  lane's "End" after a house number ("22 Felmores End");
- quiet: a Lost Mary vape, Golden Time, holly and ivy, Finnegan scores, "baby in nicu", "stay
  at this school" (no "thi" with its apostrophe dropped), a caravan park, a head of year ("hoy
  says"), a phonebox, the foreshore, "3rd in 12 months", "the local pub".

All text invented; every rule has text that fires and text that does not.
"""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py

FIRES = [
    ("personal-name", "grp screenshot (placement) - msg from 'Big Tone' to yp: 'u still owe me'", "Big Tone"),
    ("personal-name", "good w/ baby. concerns re dad's mate 'Smudge' staying over.", "Smudge"),
    ("personal-name", "new trainers + 2 phones. yp said mate 'Sticks' bought them.", "Sticks"),
    ("personal-name", 'collected by a man the staff know only as "Big Tel". No checks done.', "Big Tel"),
    ("personal-name", 'yp said "big j and kai made me hold it, I didnt want to"', "big j"),
    ("personal-name", 'voicemail 18:20: "ye alright, its big al, jodie\'s uncle like"', "big al"),
    ("personal-name", 'txt from mum: "hi its stace the nursery rang me"', "stace"),
    ("personal-name", "arrested for possession. children (destiny, storm) taken to mgm's", "destiny"),
    ("personal-name", "arrested for possession. children (destiny, storm) taken to mgm's", "storm"),
    ("personal-name", 'gift (yp, 15) told sw "i dont want to go back"', "gift"),
    ("personal-name", "sw note: precious (sg) called - sgo allowance stopped", "precious"),
    ("personal-name", "12 jan: sw will visited. both children seen", "will"),
    ("personal-name", "hv: mum disclosed to hv that new bf (ash) gets handy after a drink", "ash"),
    ("personal-name", "supervision: worker (bola) feeling overwhelmed w/ caseload", "bola"),
    ("personal-name", "A&E LRI – deklan 6m, #L femur, mum says he rolled off the bed", "deklan"),
    ("personal-name", "home visit to the site: seen mikey and biddy w/ mum.", "biddy"),
    ("personal-name", "txt from yp: 'if marky asks ur not seen me'", "marky"),
    ("personal-name", "a & mum now carer for him + 3 kids inc. Amber (ASD).", "Amber"),
    ("personal-name", 'adult svcs email: "Re: Terry Slack DOB 03/07/1988 - Dad has mild LD', "Terry Slack"),
    ("named-place", 'VM 16:55: "hiya its donna from the dawn centre, just to say"', "dawn centre"),
    ("named-place", "mash: anon caller re flat above the railway pub - kids left alone", "railway"),
    ("named-place", "tel call from dsl @ pool academy - not in since mon", "pool academy"),
    ("named-place", "contact sheet: 2hrs, the stow family centre. m late 25 min.", "stow family centre"),
    ("street-address", "already £340 in arrears on her rent at 22 Felmores End.", "22 Felmores End"),
]

QUIET = [
    "returned 23:40 w new vape (lost mary, blueberry) + hoodie",
    "child A got Golden Time + made a victoria sponge in cookery",
    "church youth club thurs eves. holly & ivy wreath making w/ nan",
    "Finnegan scores peaked at 11 on day three.",
    "emergency strat: baby in nicu. m tested positive at birth",
    'B said she wanted to "stay at this school till Year 11"; go to this school',
    "Summary: the referral from the caravan park described three children",
    "mum rang duty from a phonebox (?!) says she's at the day centre",
    "found 04:10 by police on the foreshore w 2 other yp.",
    "repeat referral – 3rd in 12 months",
    "dad goes to the local pub most nights; the nearby pub shut",
    "The 'Young Carers' group meets weekly; she calls it 'the Big Shop'.",
    "its ok, its fine, it's mum",
    "children (both under 5) seen at home",
    "sw may need to visit again; hv also visited",
    "mum said 'Sound' when asked; her friend 'Mum' group",
    "the ash tree in the garden; an old biddy next door",
    "swimming at the pool on Saturdays",
    "school: hoy says yp has 54% attendance",
    "the school (SEN) and autism (ASD); RAG: Amber (ADHD pathway)",
    "fridge: nothing apart from milk + marg.",
    'placement is too far because "it\'s miles from my mates"',
    "Child A wrote a poem for the audit called 'Two Flags' about being Polish and British.",
    "She said: 'When I get big I will come back.'",
    "like my brother' (sibling, 11) says",
]


def test_a_district_ending_end_is_a_place_not_a_street() -> None:
    assert ("named-place", "Mile End") in found("football sessions at Mile End with his old friends")
    assert ("street-address", "27 Felmores End") in found("who can visit 27 Felmores End.")


@pytest.mark.parametrize(("kind", "text", "span"), FIRES)
def test_fires(kind: str, text: str, span: str) -> None:
    assert (kind, span) in found(text)


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert found(text) == []


def test_no_name_before_a_role_or_a_term_and_a_date_of_birth() -> None:
    assert [k for k, _ in found("Child A DOB 03/07/2018 | Summer Term DOB 01/09/2019")] == ["date-of-birth", "date-of-birth"]


def test_a_count_is_no_day_but_a_day_still_is() -> None:
    assert ("exact-date", "3rd") in found("referral received 3rd in the evening")
    assert found("repeat referral – 3rd in 12 months") == []
