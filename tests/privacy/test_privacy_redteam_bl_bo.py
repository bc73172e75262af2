"""Rules read from the blind splits redteam-bl (the South West; children's homes), -bm
(Yorkshire and the Humber; court work), -bn (the North West; SEND and schools) and -bo (the
South East; adoption), measured unread in the eleventh session and then read. Identifiers: a
short police number after its word with the police named near ("police called inc 0773"), a
system's letters and a serial ("INT/44918"), a letterbox reference ("LB2231"), a word-name
before a school year ("lily yr8", "Faith (Yr 7"), a town that is an English word before a
quotation ("gone to hull \"to her mam's\""). What is no identifier: South Asian words of kin
and honour, West Country and Lancashire words, faiths in the plural, cities of Kurdistan, a
charity, apps and schemes of schools, EHCP sections, conditions named after a person, "2 buses
each way", a g-dropped word ("sortin home school"), an authority of two towns ("the Brighton
and Hove Front Door"), a county's virtual school. All text is invented."""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py

FIRES = [
    ("case-number", "4 hold, knife removed. police called inc 0773.", "0773"),
    ("case-number", "The police log number, 0532, is recorded without any outcome.", "0532"),
    ("case-number", "'YP out of window 02:10, called police, ref 1047', yet", "1047"),
    ("case-number", "log passed to police intel INT/44918.", "INT/44918"),
    ("case-number", "LB2231 - birth aunt sent a card", "LB2231"),
    ("personal-name", "cpoms 14:22 Safeguarding - online. lily yr8 showed friend snapchat msgs", "lily"),
    ("personal-name", "CPOMS summary: Faith (Yr 7) - 14 entries since Sept", "Faith"),
    ("named-place", "neighbour said family gone to hull \"to her mam's\". left calling card.", "hull"),
    # (from redteam-bh) a date with its year in the field after a name and its initial
    ("date-of-birth", "short breaks allocation: Summer-Rose W. / 07.05.2016 / 2 nights pcm", "07.05.2016"),
]

QUIET = [
    "Mum spoke about biradari and izzat, and the rishta her family had arranged.",
    "He said he would be home by dimpsy, and Mum was mitherin about it.",
    "Dad said the Catholics at the parish had helped with food.",
    "The family fled from Erbil in 2019 and claimed asylum.",
    "Referral made to Children and Families Across Borders for the checks abroad.",
    "He uses Times Tables Rock Stars and Seneca at home; the Boxall Profile was completed.",
    "Section E of the plan is vague and Section F does not quantify the provision.",
    "He has Duchenne muscular dystrophy and uses a powered chair.",
    "school is 2 buses each way so attendance is poor",
    "txt from dad: \"im sortin home school myself\"",
    "Referral passed to the Brighton and Hove Front Door the same day.",
    "The Cornwall Virtual School attended the PEP.",
    "supv with TM: caseload 18, onesie for the baby from the donations helpdesk",
    "she will be in year 9 and hopes to do well",
]


@pytest.mark.parametrize("kind, text, span", FIRES)
def test_fires(kind: str, text: str, span: str) -> None:
    assert any(k == kind and span in s for k, s in found(text)), found(text)


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert found(text) == []
