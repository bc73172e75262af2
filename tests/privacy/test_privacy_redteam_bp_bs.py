"""Rules read from the blind splits redteam-bp (Cumbria; health), -bq (outer London; faith
communities), -br (Lincolnshire and the Humber) and -bs (the Highlands and Islands), measured
unread at the start of the twelfth session and then read. Identifiers: a word-name shown by a
relative "who" ("for Summer, who has ..."), by a school year, a class or kin in brackets
("Rose (y8)", "storm (rec)", "Mark (Mum's partner)"), by a person's thing after its "'s" with a
word between ("Summer's class teacher"), by a caller naming herself ("it's will fae the
fishing"), or by how a baby is at a visit ("baby grace settled"); a hospital's mixed-case
initials after a word of care ("ED attendance DPoW"). What is no identifier: an acronym
written with small letters ("MenACWY", "HoY", "SEEMiS"), one unknown word after "a", "an" or
"no" ("a McFlurry"). All text is invented."""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py

FIRES = [
    ("personal-name", "The LAC nurse adapted the RHA for Summer, who has a learning disability.", "Summer"),
    ("personal-name", "s/n note: Rose (y8) says she wants a bed of her own", "Rose"),
    ("personal-name", "school nurse pls note: storm (rec) toileting accidents daily", "storm"),
    ("personal-name", "Worries: Mark (Mum's partner) has convictions for assault.", "Mark"),
    ("personal-name", "What is working well: Summer's class teacher keeps a daily log.", "Summer"),
    ("personal-name", "ph call w/ hope's foster carer - placement stable", "hope"),
    ("personal-name", "v/m 11:03 \"aye hello it's will fae the fishing, I'm back on Friday\"", "will"),
    ("personal-name", "voicemail: hi its dawn from the nursery, can you ring back", "dawn"),
    ("personal-name", "HV visit: mum flat. baby grace settled, good eye contact.", "grace"),
    # first names of the wider lists, in lower case, by the same cues
    ("personal-name", "case note: seen magnus at home, room tidy", "magnus"),
    ("personal-name", "v/m: just tae say wee rowan came in wi a mark on his cheek", "rowan"),
    ("named-place", "chronology | Health | ED attendance DPoW - child (2) ingested tablets", "DPoW"),
    # a name on a list keeps its rules after "a": "Mabli a Cai" is Welsh "Mabli and Cai"
    ("personal-name", "Gwelwyd y plant (Mabli a Cai) yn yr ysgol.", "Cai"),
    ("named-place", "He attends a Hartcliffe school and is doing well.", "Hartcliffe"),
]

QUIET = [
    "The immunisation record shows no MenACWY and no teenage booster.",
    "minutes CIN: present mum, dad, SW, school (HoY), LAC nurse. plan: GP appt re sleep.",
    "pasted from SEEMiS: S3 | att 48% | ASN yes | exclusions 2",
    "Worries: the school's CofE ethos was discussed with the family.",
    "contact w/ YP, ate 2 wraps and a Zorblat. says he's fine.",
    "it's hope from the start that keeps them going",
    "txt from carer: it's sunny here today, kids in the garden",
    "mum: it's will, not want, that matters",
    "Summer's end brought a change of school.",
    "Last summer's holiday was the first in years.",
    "There was hope, who knows why, that the plan would hold.",
    "parent and baby foster placement settled well",
    "the rowan tree in the garden came down in the storm",
    "The paternal grandmother lives in Cork and joined by video.",
    "CP conf: plan: GCP2 repeat in 3 months, dawn visits not needed.",
    "Moderation comment: the auditor notes that 'Dawn visits' were carried out.",
    "brook clinic appt for yp (15) re contraception - worker to take.",
    "mum bedsharing 'only when he's poorly'. moses basket given.",
    "case summary field: [Ethn] Afghan [Relig] Muslim [Disab] none",
    "The family are of Sri Lankan Tamil heritage.",
]


@pytest.mark.parametrize("kind, text, span", FIRES)
def test_fires(kind: str, text: str, span: str) -> None:
    assert any(k == kind and span in s for k, s in found(text)), found(text)


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert found(text) == []
