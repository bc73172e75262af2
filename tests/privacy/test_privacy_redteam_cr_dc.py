"""Rules read from the blind splits redteam-cr to -cu and -cz to -dc, measured unread in the
fourteenth session and read in the fifteenth. Identifiers: an outward code written again
after it was found ("postcode district, S9 ... the S9 lads"), an outward code after an address
and before a colon ("5 Cazenove Road N16: seen"), a police number after the police's phone
number ("rang 101, ref 1120"), dates of birth after "should be", an initial and a surname in
lower case ("chair: s. khan"), an English word as a surname before "family" ("the Bandy
family"), names spelt with Romanian letters ("Ștefan"), a town before "town centre" that a
football club's name held ("Swindon town centre"), and cities by their short names ("moved
to sheff"). What is no identifier: a town in the name of an authority's own service ("the
Wigan Kinship Team", "the Tower Hamlets CIN team"), a quoted modal verb ('Dad "will"
attend'), multiple sclerosis in capitals ("MS relapse"), a record's codes for its children
("CB (11)"), youth justice's "ROH: low", people of a place of worship ("gurdwara leaders"), a
RAG colour in lower case, charities and sayings with a name in them.
All text is invented."""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py

FIRES = [
    ("postcode", 'the postcode district, S9, is used throughout ("the S9 lads", "S9 girls").', "S9"),
    ("postcode", "home visit 5 Cazenove Road N16: seen the children", "N16"),
    ("case-number", "dsl rang 101, ref 1120 given", "1120"),
    ("date-of-birth", "DOB for the 3 kids on referral is wrong - should be 14/02/2015, 30/11/2017 + 8/8/2020.",
     "14/02/2015"),
    ("personal-name", "minutes: icpc. chair: s. khan. concerns - neglect", "s. khan"),
    ("personal-name", "seen by j. bellamy on the ward", "j. bellamy"),
    ("personal-name", 'Please take out "the Bandy family from Eastwood", which was missed.', "Bandy"),
    ("personal-name", "three sessions of direct work with Ștefan using the three houses", "Ștefan"),
    ("named-place", "found in Swindon town centre with a large quantity of cash", "Swindon"),
    ("named-place", "panel Thurs 17:00 Dewsbury Town Hall? panel: 2 x CPMs", "Dewsbury"),
    ("named-place", "neighbour says 'moved to sheff'", "sheff"),
    ("named-place", "phone call w aunt in bham, says she'd have the boys", "bham"),
    ("personal-name", "seen by MS okafor today", "okafor"),
    ("named-place", "seen at ROH for her hip", "ROH"),
    ("personal-name", "his mate 'will' said it was fine", "will"),
    ("personal-name", "RAG done. amber said she was fine", "amber"),
]

QUIET = [
    "email from the Wigan Kinship Team: training moved to the autumn.",
    "the referral into the Sunderland Young Carers Service was made promptly.",
    "led by the Forest of Dean Early Help team manager.",
    "The case now sits with the Tower Hamlets CIN team, with a Barnardo's worker alongside.",
    'Worries: The plan says Dad "will" attend a perpetrator programme, but there is no start date.',
    "GP letter rec'd re mum's deterioration (MS relapse). recommends YC support for eldest.",
    'ssw note: carer says CB (11) was offered a vape by an older lad. cb says it was a "one off". ca did a dance.',
    "ROH: low. RoSH: medium. RoC: high. countersigned: TM.",
    "Mosque, church and gurdwara leaders in two of the five cases were willing to help.",
    "RAG for attendance = amber (89.6%). next TAC after half term.",
    "gp requesting yc + bereavement support via macmillan + marie curie. consent given.",
    "kids had tea (chips + fish fingers w/ hendersons relish).",
    "carers' ruby wedding do on sat. penny hasnt dropped re consequences.",
    "yp says mum watches corrie + emmerdale all evening",
    "family tree (from geno): MGM abroad, mum, dad, yp 15.",
    "yp voice: 'i dont want to go back to the flat, theres always blokes there'",
    "Parent contact: on system | Cond: mam - MS, dad - works away",
    'she said yp "bahut badal gaya hai" (has changed a lot)',
    "he supports Swindon Town and goes with his uncle.",
    "We met the Extended family and the Wider family at the FGC.",
]


@pytest.mark.parametrize("kind, text, span", FIRES)
def test_fires(kind: str, text: str, span: str) -> None:
    assert any(k == kind and span in s for k, s in found(text)), found(text)


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert found(text) == []


def test_a_repeated_outward_code_is_found_only_in_its_own_text() -> None:
    from scanning import SCANNER
    texts = ["moved to OL9 last year; the OL9 estates", "OL9 was mentioned", "S9 girls"]
    assert [[t[f.start:f.end] for f in fs] for t, fs in zip(texts, SCANNER.scan_many(texts))] == [["OL9", "OL9"], [], []]


def test_should_be_makes_a_birth_only_in_a_sentence_about_one() -> None:
    assert found("the review should be 14/02/2025 not later") == [("exact-date", "14/02/2025")]
