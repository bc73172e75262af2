"""Rules read from the blind splits redteam-du (Glasgow's east end and Lanarkshire; Children's
Hearings) and redteam-dw (Cornwall and Plymouth; neglect and health), eighteenth session, after
both had been measured unread in the seventeenth and again at this session's start:

- names: a lower-case name right after an opening quote ("'reece ran off"), the short forms a
  note writes in lower case ("dinnae like kev"), names with ages in a bracketed list ("kids (lily
  6, max 4)"), a word-name with the kin it is in brackets ("frank (papa)"), a word-name in
  apposition with who it is in the household ("Frank, the lodger,"), "Will" before what only a
  person is or does ("'Will was v upset");
- places: a pub in quotes ("'always down the Cornish Arms'"), a ward by its number after a word of
  admission ("admitted ward 3C");
- postcodes: an outward code before a word of a neighbourhood ("across the ML2 cluster");
- quiet: a grade quoted after "agree with", a team leader ("SW TL"), a ward round, "Op
  Encompass", a role's possessive after a colon ("HV: baby's hip check"), the
  anonymised child after "school:", "the mrs will be there", and what is no person's list of
  ages ("(min 2, max 4)").

All text invented; every rule has text that fires and text that does not.
"""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py

FIRES = [
    ("personal-name", "text fr carer 19:02: 'reece ran off at the park'", "reece"),
    ("personal-name", "said 'it's awright, ah jist dinnae like kev'. bruise L forearm", "kev"),
    ("personal-name", "dad arrested | impact: kids (lily 6, max 4) hid in bathroom", "max"),
    ("personal-name", "dad arrested | impact: kids (lily 6, max 4) hid in bathroom", "lily"),
    ("personal-name", "note: frank (papa) v upset, says they're not listening", "frank"),
    ("personal-name", "What is working well: Frank, the lodger, has been DBS checked.", "Frank"),
    ("personal-name", "sch: 'Will was v upset this am, said nan shouted'", "Will"),
    ("named-place", "said dad's 'always down the Cornish Arms'. DSL informed.", "Cornish Arms"),
    ("named-place", "paeds on call informed. IRD same day. admitted ward 3C.", "ward 3C"),
    ("postcode", "Delays of this kind are a theme across the ML2 cluster.", "ML2"),
    ("street-address", "The family lives at 12 Cae Gwyn now.", "12 Cae Gwyn"),
]

QUIET = [
    "Moderation comment: agree with 'inadequate' for Standard 2.",
    "IRD mins - present: SW TL, DS, paed, ed (named person).",
    "psych reviewing meds. SW to attend ward round.",
    "DA incident: notification to MASH + school (Op Encompass).",
    "call from HV: baby's hip check at 6wks missed. re-referred",
    "school: Child A Yr 4 - falling asleep in class, no PE kit",
    "can we do the meeting monday?? the mrs will be there anyways",
    "contact: (min 2, max 4) sessions a week; group size 6, max 8",
    "The coat of arms' design was on the letter.",
]


@pytest.mark.parametrize(("kind", "text", "span"), FIRES)
def test_fires(kind: str, text: str, span: str) -> None:
    assert (kind, span) in found(text)


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert found(text) == []
