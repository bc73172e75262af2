"""What is no identifier, read from the clean passages of the blind split redteam-aq (Scotland,
Merseyside, Leicester, Somali and Gujarati families), measured blind twice in the ninth session
and once at the start of the tenth, then read: roles in the languages of UK families ("Hooyo",
"Ba and Dada", "seanmhair"), "cyp" for a child or young person, Scots words, greetings and
blessings, a product after a drinking verb or a container ("drinks Jack Daniel's", "a bottle
of Glen's"), a name that starts a protocol's name ("the Philomena Protocol"), allowed phrases
joined in one run ("Mellow Parenting and Mellow Bumps"), regions abroad ("back home in
Gujarat"), professional football clubs, churches and denominations, and an English noun that
is also a town ("loves the croft"); with the names and places beside each still reported.
All text is invented."""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py

QUIET = [
    "The worker met Hooyo with an interpreter; Abti and Ayeeyo are key supports, and Aabo agreed.",
    "Child A's Ba and Dada are central to her life.",
    "seanmhair says mum not right since the winter. cyp said \"oidhche mhath\" at the door",
    "att officer: FPN not issued - cyp is young carer (mum disabled).",
    "police: cannabis found in cyp's bag at school, 2g. no charge.",
    'duty: call from neighbour - "weans screamin, she\'s blootered again". jeelie piece for tea',
    'Mum said "Assalamu alaikum" and "Inshallah" at the door; Dad said "Sat Sri Akal".',
    "Dad drinks Jack Daniel's at weekends and Mum buys Frosty Jack's.",
    "given vapes and a bottle of Glen's by older boys",
    "a bag of Everton mints on the side for the kids",
    "They were drinking Lambrini and White Lightning in the park.",
    "The Philomena Protocol was not in place for this placement.",
    "Referred to Mellow Parenting and Mellow Bumps; Mum attends Mellow Parenting on Tuesdays.",
    "Gran attends Al-Anon and Child A goes to Alateen.",
    'an engagement was being talked about "back home in Gujarat"',
    "He supports Aston Villa, his brother Leeds United and his cousin Celtic.",
    "The family attend the Free Church and ask that visits avoid the Sabbath.",
    "Child A loves the croft and helping with the sheep.",
    "She likes Mrs Brown's Boys and Still Game; Mum has been robbing Peter to pay Paul.",
    "ED: 15yo f, EtOH intox, GCS 14/15. mins to follow",
]

FIRES = [
    ("personal-name", "a bag of Tyler's clothes was left at the door", "Tyler"),
    ("personal-name", "Mum (Bridie) declines imms", "Bridie"),
    ("personal-name", "he was drinking with Kyle in the park", "Kyle"),
    ("personal-name", "seen eating chips with Jayden outside the shop", "Jayden"),
    ("named-place", "he trains with the under-11s at Heaton Rovers", "Heaton Rovers"),
    ("named-place", "IRH listed, Preston FC, case no. to follow", "Preston"),
    ("named-place", "SW JV to the dingle - mum not in", "dingle"),
    ("named-place", "transfer to Leicester City - Rushey Mead team", "Leicester"),
    ("named-place", "the family moved from Govan to Easterhouse", "Easterhouse"),
    # the place side of redteam-aq
    ("street-address", "stayed at a flat off County Road. The interview", "County Road"),
    ("named-place", "admitted to the children's ward at the LRI over Eid", "LRI"),
    ("named-place", "seen at the BRI children's ward", "BRI"),
    ("named-place", "The school, Crown Hills, has agreed a homework club.", "Crown Hills"),
    ("named-place", "her nursery, Little Acorns, said she was fine", "Little Acorns"),
    ("named-place", "decision: JII. school = holyrood sec. DI lead", "holyrood"),
    ("named-place", "Hairmyres paeds - 9yo, scald, delay in presenting", "Hairmyres"),
    ("named-place", "the skeletal survey at the Sick Kids was completed", "Sick Kids"),
]

QUIET_PLACES = [
    "risk of County Lines; the County Council and County Hall; Crown Court",
    "The school, however, said no; the school, CAMHS, and the GP met.",
    "wait a sec. ok",
]


@pytest.mark.parametrize("text", QUIET_PLACES)
def test_quiet_places(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("kind, text, span", FIRES)
def test_fires(kind: str, text: str, span: str) -> None:
    assert any(k == kind and span in s for k, s in found(text)), found(text)
