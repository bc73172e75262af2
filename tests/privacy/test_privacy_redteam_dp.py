"""Rules read from the blind splits redteam-dp (Tyneside youth justice) and redteam-ds (a Welsh
disabled children's team; its flagged clean passages only), sixteenth session:
an authority's youth justice service after its town is no place ("the North Tyneside Youth
Justice Service", "newcastle YOS duty"); the UK's police forces are agencies ("Northumbria
Police"); Geordie's "dee" (do) after "'ll" or a negation is a verb; a word of "-ing" with its g
dropped ("fastin") is no name; a search's "pat down" and a solicitor's "sol" are words; an
outward code before "addresses" is a postcode; a hospital's initials in lower case after "at
the" are a place; a Welsh word of a bilingual form's label ("Enw / Name", "Rhif GIG / NHS no")
or the Welsh for an anonymised child ("Plentyn A") is no name, nor a Welsh word in lower case
("where coleg is") unless a place's kind follows it ("glan cynon med centre"); "the Active Offer"
and "Welsh-medium" pass. All text invented; every rule has text that fires and text that does not.
"""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py

FIRES = [
    ("postcode", "NE6 addresses linked to the line: two flats.", "NE6"),
    ("named-place", "txt 23:10: we're at the rvi, please come", "rvi"),
    ("named-place", "went to the ed at the lgi with mam", "lgi"),
    ("personal-name", "DSL mr parkin rang back re the exclusion", "parkin"),
    ("personal-name", "seen calvin + dustin at the flat, both quiet", "calvin"),
    ("personal-name", "sms from carer: will cai be staying wk after next?", "cai"),
    ("personal-name", "spoke to dee (mum) on phone, she was calm", "dee"),
    ("personal-name", "Enw / Name: Seren Price | Iaith / Language: Cymraeg", "Seren Price"),
    ("personal-name", "new gp = glan cynon med centre, reg done", "glan"),
    ("nhs-number", "Rhif GIG / NHS no: 943 476 5919", "943 476 5919"),
]

QUIET = [
    "Strong partnership with the North Tyneside Youth Justice Service; joint visits with the Northumbria Police officer.",
    "tc from newcastle YOS duty: yp's tag was cut off overnight.",
    "Referral made to the Gateshead Youth Offending Team for an AssetPlus assessment.",
    "Cleveland Police and Durham Constabulary shared intelligence at the MACE meeting.",
    "vm from sol's office re court tmrw 10am, duty sol to attend.",
    "yp stopped + searched 23:30, pat down, nil found.",
    "mam says 'aa cannit dee owt wi him, he's gannin oot every neet'",
    "Child's voice: \"Whey aye, aa'll dee the course if it gets us oot.\"",
    "says 'its just what you dee roond here', explained CCE.",
    "played uno, talked re ramadan + fastin at school.",
    "WCCIS fields | Enw / Name: Child A | Dyddiad geni / DOB: [removed] | Crefydd / Religion: Church in Wales",
    "form (bilingual) | Enw'r plentyn / Child's name: Plentyn A / Child A | Ysgol / School: Welsh-medium primary",
    "txt from YP: \"dont tell my dad where coleg is. pls\" - noted.",
    "The Active Offer should extend to the assessment itself.",
]


@pytest.mark.parametrize(("kind", "text", "span"), FIRES)
def test_fires(kind: str, text: str, span: str) -> None:
    assert (kind, span) in found(text)


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert found(text) == []
