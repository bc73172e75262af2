"""Rules read from the blind splits redteam-ax (Scotland) and redteam-ay (unaccompanied
children and families of many heritages), measured unread in the tenth session and then read.
Identifiers: a gazetteer's district written in lower case after a word of place ("fam moved
from page hall"), a name before what the person is to the family in brackets ("bill (mat
grandad)", "JJ (real name unknown)"), a lower-case name after kin and before a verb ("uncle
paddy touched"), an outward code after "address in", a hospital's initials before "a&e". What
is no identifier: a medicine's brand, faiths and peoples, armed groups, Traveller words, Scots
negatives, an interpreter's "interp", congee, "Lang:" as a field, kin in quotes after "call
him", shea butter, saying grace. All text is invented."""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py

FIRES = [
    ("named-place", "cme - fam moved from small heath, back to slovakia?? per neighbour", "small heath"),
    ("named-place", "stayed at a flat outside kings cross w/ older males", "kings cross"),
    ("personal-name", "bill (mat grandad) says he'll pay for the uniform", "bill"),
    ("personal-name", "Big Mags (mum's pal) has keys and is minding the kids", "Big Mags"),
    ("personal-name", "JJ (real name unknown) seen w/ K at the shops", "JJ"),
    ("personal-name", "JII note: C (7) disclosed 'uncle paddy touched my private'.", "paddy"),
    ("postcode", "dad bailed to an address in S9", "S9"),
    ("named-place", "BRI a&e 03:40 - 4m baby, bruise to cheek", "BRI"),
    ("personal-name", "mum says grace is 'doing my head in'", "grace"),
]

QUIET = [
    "Mum has been honest about her use of street Valium and Xanax.",
    "he is Yazidi, and the placement's suggestion of the mosque over Eid was hurtful",
    "born 'the year the taliban came back to our village'",
    '"The gavvers come and move us on," the 12-year-old said.',
    "neighbour says 'she's in, she jist disnae answer the door tae naebody'.",
    "phone call from interp - yp likes congee + dumplings; duolingo streak 120 days",
    "LCS fields | Lang: Tigrinya | Interp req: Y",
    'the children call him "tata".',
    "His hair and skin care plan (shea butter, a barber every 3 weeks) is missing.",
    "fasting periods discussed. yp joins in saying grace before meals",
    "Dad (paternal grandad) attended; a lodger (mum's friend) stays",
]


@pytest.mark.parametrize("kind, text, span", FIRES)
def test_fires(kind: str, text: str, span: str) -> None:
    assert any(k == kind and span in s for k, s in found(text)), found(text)


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert found(text) == []
