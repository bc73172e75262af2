"""Rules read from the blind splits redteam-bh (Wales and the Marches), -bi (Northern Ireland
and Cumbria), -bj (the West Midlands) and -bk (the East of England), measured unread twice in
the eleventh session and then read. Identifiers: a capitalised word before an age in brackets
("Sterling (9)"), a word after kin used as a title ("Uncle Tee"), a name in an "Alias:" field,
a serial and a year after a system's letters ("PPN 0544/24"), four groups of four digits (a UAN),
two capitals before nine digits or more (a PSNI reference), an outward code after "out of",
towns named like their counties ("Armagh", "Durham"), Welsh names of towns ("Caerffili"), towns
in a route ("walsall->cannock"). What is no identifier: Welsh, Ulster and Black Country words,
a county named with "County" or "Co.", a council named in Welsh ("Cyngor Caerdydd"), a TV
programme, an app, a football or rugby team, a preposition after a rank ("DS from CID"), a
form's "Addr:" label. All text is invented."""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py

FIRES = [
    ("personal-name", "Worries: the file shows that Sterling (9) was excluded for three days", "Sterling"),
    ("personal-name", "Malachi said \"Uncle Tee is the only one who takes me to football.\"", "Tee"),
    ("personal-name", "records her as \"Nanny Dot, lives nearby\"", "Dot"),
    ("personal-name", "ICS | Person ID: [hidden] | Alias: 'Sharky' | Lang: Dari", "Sharky"),
    ("case-number", "police PPN 0544/24: DA incident at home of care leaver", "0544/24"),
    ("case-number", "fwd from HO: UAN 3312-0044-8821-1973, claimant's age assessed", "3312-0044-8821-1973"),
    ("case-number", "caught w cannabis at the park. CC2024050400188. parents informed.", "CC2024050400188"),
    ("postcode", "the family \"just needed a move out of CF5\" was accepted", "CF5"),
    ("named-place", "said he'll be at Armagh court. gave him solicitor list", "Armagh"),
    ("named-place", "family moved to Durham last year", "Durham"),
    ("named-place", "home visit at Flat 3, 12 Mill Road, Caerffili. stepdad there", "Caerffili"),
    ("named-place", "intel he's running lines walsall->cannock->rugeley", "cannock"),
]

QUIET = [
    "Child's voice (spoken in Welsh): \"Dw i eisiau aros gyda Nain a Taid dros yr haf achos roedd ŵyn bach yna.\"",
    "parent views: \"very happy, diolch am bopeth\"",
    "the minister lets him work the projector for the Plygain service, and Cyw on the iPad at bedtime",
    "\"I'm bealin' about the new school, so I am,\" said Child A.",
    "says \"it's bostin here, I'm lucky\". new duvet + Villa poster",
    "His carers cook kabuli pulao with him most Fridays.",
    "emergency £40 via paypoint. finance to fix.",
    "explained how to contact the advocate (VOYPIC); case to step down to FSH at next review",
    "kids watching Gavin & Stacey w/ Bampi, tea on",
    "safety plan: code word w/ PA, Hollie Guard app installed",
    "strat disc: SW, DS from CID, HV, GP. agreed S47 + joint visit",
    "case fields: Mosaic ID [hidden] | Addr: [hidden] | Lang: Cymraeg",
    "he grew up in County Armagh; police in Co. Antrim were informed",
    "Cyngor Caerdydd social services took the referral",
    "the children, Child A (9) and Child B (7); Dogs (2) in the garden; Eldest (15) at school",
    "he likes Aunt Sally and Granny Smith apples",
]


@pytest.mark.parametrize("kind, text, span", FIRES)
def test_fires(kind: str, text: str, span: str) -> None:
    assert any(k == kind and span in s for k, s in found(text)), found(text)


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert found(text) == []
