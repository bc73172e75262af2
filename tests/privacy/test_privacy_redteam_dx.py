"""Rules read from the blind split redteam-dx (Kent and Medway; unaccompanied children and care
leavers), eighteenth session, after it was measured unread:

- names: a word no list knows joined by "+" or "&" to a name found ("haidar + milad"), a
  word-name at a sentence's start before an adverb and a verb of a person ("Faith always
  answers");
- places: a street with no number before a town's comma ("on High Street, Sittingbourne"), a
  town after a person's name and "of" ("Ms Adeyemi of Canterbury"), a college or hospital by
  its initials before its town ("at EKC Dover");
- dates of birth: a date "it" is recorded as, the sentence after one about a date of birth
  ("The Home Office has recorded it as 01/01/2005");
- postcodes, read again from the open splits' misses: an outward code standing as a note's
  sentence ("left alone til late. LS12. allocated"), after "across", after a home visit's "HV" in
  quotes ("'HV LE5 - all fine'");
- quiet: a verb between "go" and its object ("go rob a bike"), a season "to come", a service's
  word ("child dev centre"), the anonymised "Young Person X", a role or a word joined to a name ("haidar + sibs"),
  a court in its town, a known service before a town ("CAMHS Dover"), "Hope always wins".

All text invented; every rule has text that fires and text that does not.
"""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py

FIRES = [
    ("personal-name", "shift: boys settled after tea. haidar + milad playing fifa till 10.", "milad"),
    ("personal-name", "Somebody who answers the phone. Faith always answers. Even when busy.", "Faith"),
    ("named-place", "BRP collected from post office on High Street, Sittingbourne. buzzin", "High Street"),
    ("named-place", "His solicitor, Ms Temitope Adeyemi of Canterbury, attended the review.", "Canterbury"),
    ("named-place", "ed note: YP enrolled ESOL entry 2 at EKC Dover. tutor happy", "EKC"),
    ("date-of-birth", "Worries: Child B's date of birth is disputed. The Home Office has recorded it as "
                      "01/01/2005 while the local authority accepted his claimed age.", "01/01/2005"),
    ("postcode", "anon caller: kids left alone til late. 3rd call this month. LS12. allocated for S47", "LS12"),
    ("postcode", "intelligence links him to supply across HU7.", "HU7"),
    ("personal-name", "asked rob to come in on monday", "rob"),
    ("personal-name", "wants grace to come home", "grace"),
    ("postcode", "visits are recorded simply as 'HV LE5 - all fine' with no evidence", "LE5"),
]

QUIET = [
    "The plan lists known associates (anonymised as Young Person X and Adult Y) and places.",
    "Hope always wins in this family's story.",
    "Pat answers such as 'all fine' in reviews were challenged.",
    "Timetable: Year 9. PE2. Maths. Level: L2.",
    "SDQ 14. CP2. Reviewed.",
    # read from the open splits' flagged clean passages
    'yp said he was told to "go rob a bike" by older lads',
    "Child's voice: 'I want summer to come so I can go to the park'",
    "refer to dietitian + child dev centre. will review in 2 wks",
    "The review was late. The IRO recorded it as overdue.",
]

# a name is found, and nothing else is
ONLY_THE_NAME = [
    ("seen haidar + sibs at contact", "haidar"),
    ("haidar & ksa staff on shift", "haidar"),
]


@pytest.mark.parametrize(("kind", "text", "span"), FIRES)
def test_fires(kind: str, text: str, span: str) -> None:
    assert (kind, span) in found(text)


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "name"), ONLY_THE_NAME)
def test_only_the_name(text: str, name: str) -> None:
    assert found(text) == [("personal-name", name)]


def test_a_court_in_its_town_is_no_street() -> None:
    assert found("heard at the Family Court, Canterbury") == [("named-place", "Canterbury")]


def test_a_known_service_before_a_town_is_not_a_place() -> None:
    assert ("named-place", "CAMHS") not in found("referred to CAMHS Dover")
    assert ("named-place", "CDS") not in found("referred to CDS Penzance")   # a service it is sent to


def test_a_role_joined_to_a_name_is_no_name() -> None:
    assert ("personal-name", "aunt") not in found("check haidar + aunt's partner on pnc")
