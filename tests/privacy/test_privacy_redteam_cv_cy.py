"""Rules read from the blind splits redteam-cv (North Wales; disabled children and fostering),
-cw (Derby and Derbyshire; domestic abuse), -cx (North London; exploitation) and -cy (Dorset,
Poole and Wiltshire; neglect and Armed Forces families), measured unread and then read in the
fourteenth session. Identifiers: the next date of a list of dates of birth ("DOB check: child
11-09-2017, sib 2.2.20"), a London or two-letter district in lower case after a word of coming
or living ("hes from n17"), a name written with letters beyond ASCII in lower case ("mum gül",
"ayşe"), a hospital of the gazetteer of hospitals ("Pinderfields", "Good Hope"). What is no
identifier: a sentence or a quote in Welsh, known by its words (data/words_cy.txt), "the" before a lower-case first name ("used the alexa"), an
age in health visitors' notation ("baby 4/12"), a period of building ("a damp Victorian
terrace"), Armed Forces charities, accented words of food ("pastéis", "żurek").
All text is invented."""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py

FIRES = [
    ("date-of-birth", "DOB check: child 11-09-2017, sib 2.2.20, mum 24.", "2.2.20"),
    ("postcode", 'txt: "hes from n17 hes safe"', "n17"),
    ("postcode", '"i begged them to move us out of n9, nobody listened"', "n9"),
    ("personal-name", "home visit. mum gül v anxious, says men been knocking", "gül"),
    ("personal-name", "pls make sure ayşe is home. thx", "ayşe"),
    ("personal-name", "the nowak kids seen at school", "nowak"),
    ("personal-name", "05/04/23 - ymweliad cartref. gweld eira a sioned (mam). chwarae efo lego.", "sioned"),
    ("named-place", "seen at Pinderfields A&E overnight, discharged", "Pinderfields"),
    ("named-place", "mum taken to Good Hope, kids with nan", "Good Hope"),
]

QUIET = [
    "mum said dad used the alexa to listen in when she was on the phone.",
    "HV - baby 4/12, wt now 9th centile (was 25th). mum tearful.",
    "Scores are explained with examples from the damp Victorian terrace.",
    "no coats at home, asked SSAFA re a grant.",
    "Little Troopers resources were shared with the school.",
    "carer brought pastéis de nata and żurek to the review.",
    "he is in y10 at school now.",
    # Welsh, by its words (data/words_cy.txt), in a note and quoted in English
    "ymweliad cartref. gweld plentyn A a mam. plentyn A yn hapus, chwarae efo lego. mam wedi blino, dim cwsg "
    "ers wythnosau. cyfeirio at y tîm iechyd meddwl.",
    'Nain told the auditor, "mae o\'n hapus yno, chwarae teg", and the plan reflects it.',
    'voicemail from mam (welsh): "helo, fi sy \'ma, mam y fechan, jyst isio deud bo ni di symud, ffonia fi nôl, diolch"',
]


@pytest.mark.parametrize("kind, text, span", FIRES)
def test_fires(kind: str, text: str, span: str) -> None:
    assert any(k == kind and span in s for k, s in found(text)), found(text)


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert found(text) == []


def test_a_later_date_after_a_birth_is_no_birth() -> None:
    kinds = [k for k, _ in found("DOB 3/4/2015. Visit on 9/9/2023 went well")]
    assert kinds == ["date-of-birth", "exact-date"]
