"""Rules added after red-team split I: languages, two-word countries, lists of abstract nouns
and form labels that are not names (nonames.py); handles, initials and nicknames
(aliases.py); providers with a cued head, churches, carers' agencies, Travellers' sites and
lower-case pubs (providers.py); a town after a hotel (venues.py); days and months after a
record's events (dates.py). Each fires where it should and stays quiet where it should not
(invented text)."""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py


FIRES = [
    ("personal-name", "The IT team traced payments to account 'jo.k.77' last month.", "jo.k.77"),
    ("personal-name", "Police saw a Snapchat account, ruby.t.2008, messaging her.", "ruby.t.2008"),
    ("personal-name", "The referral says B.K. was seen at the walk-in centre.", "B.K."),
    ("personal-name", "We refer to her as TR (aged 13) in this report.", "TR"),
    ("personal-name", "We refer to her as TR (aged 13); TR's brother is 9.", "TR"),
    ("personal-name", "The boys call him by his nickname ('Biscuit') at school.", "Biscuit"),
    ("personal-name", "He said he had stayed at Chunky's.", "Chunky"),
    ("named-place", "Her sessions at Open Doors Therapy were cut.", "Open Doors Therapy"),
    ("named-place", "The worker from Lantern Youth Project visited.", "Lantern Youth Project"),
    ("named-place", "Mum attends Living Waters Fellowship on Sundays.", "Living Waters Fellowship"),
    ("named-place", "Mum met him in the Ferry Bar that night.", "Ferry Bar"),
    ("named-place", "He swims at Quarrybank Leisure each week.", "Quarrybank Leisure"),
    ("named-place", "Carers came from Hollybrook Fostering Agency.", "Hollybrook Fostering Agency"),
    ("named-place", "We visited Willow End Travellers' Site twice.", "Willow End Travellers' Site"),
    ("named-place", "meet me by the fox & hounds at 8", "fox & hounds"),
    ("named-place", "They were placed at the Kestrel Hotel in Ashby Fold for a week.", "Ashby Fold"),
    ("exact-date", "A&E attendance 14/11 - cut hand.", "14/11"),
    ("exact-date", "Letter forwarded to the school 3/12.", "3/12"),
]

QUIET = [
    "The family speak Romanes and some English at home.",
    "The grandfather came from Sri Lanka in the 1990s.",
    "Her mother grew up in Hong Kong.",
    "Destiny, fate, luck: the young person spoke of these often.",
    "Referral form\nReason: neglect concerns\nOutcome: NFA",
    "The YP, aged 16, is settled in her placement.",
    "She completed Cognitive Behavioural Therapy at school.",
    "The sessions at Family Therapy were helpful.",
    "He was working with the National Crime Agency.",
    "The plan is the bread and butter of the work.",
    "He rated his mood 4/10 and then 7/10.",
    "She likes staying at Dad's. She asked to stay at Nan's.",
    "The G.P. and the H.V. both attended.",
    "The meeting started at 9 A.M. and ended at noon.",
    "See the file e.g. the chronology.docx for details.",
]


@pytest.mark.parametrize("kind,text,span", FIRES)
def test_fires(kind: str, text: str, span: str) -> None:
    assert (kind, span) in found(text)


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert found(text) == []
