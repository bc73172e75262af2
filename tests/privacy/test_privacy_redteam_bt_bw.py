"""Rules read from the blind splits redteam-bt (West Yorkshire; leaving care), -bu (Merseyside;
youth justice and exploitation), -bv (Kent; unaccompanied children and disabled children) and
-bw (Bristol and Somerset; early help), measured unread in the twelfth session and then read.
Identifiers: a date years past right after a name, dates of birth listed from records or converted
from another calendar, a date of the Afghan, Iranian or Ethiopian calendar; a day and month after a time ("20:30 22/10"), after a notice served, a
consultation, a week's end or a panel ("CAWN served 10/11", "next MACE 6/7"), or opening a
sentence before a dash; a lower-case name right after an opening quote ("fc: 'kibrom been
brilliant"). What is no identifier: slang a name list also holds ("scally", "me arl fella",
"not sayin"), a pupil's "Miss" before a verb ("Miss ain't nosy"), a colour key ("green =
nan's"), a trade after "dad =" ("host dad = baker"), baby rice, Care Leavers, a verb with its
consonant doubled ("screenshotted"), drugs by their stems ("baclofen"), dishes ("kisra",
"sambusa"). All text is invented."""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py

FIRES = [
    ("exact-date", "police: yp victim of robbery (phone + jacket) in the park 20:30 22/10. yp knew offenders", "22/10"),
    ("exact-date", "MACE actions carried fwd: CAWN served 10/11. remand.", "10/11"),
    ("exact-date", "agreed s47 single agency police. NRM to be submitted by SW. next MACE 6/7", "6/7"),
    ("exact-date", "superv w/ TM 3/4 - disc risk re dad drinking", "3/4"),
    ("exact-date", "EDT placed kids w/ mat aunt. 27/12 - handover to day team.", "27/12"),
    ("exact-date", "notes stable staffing, 0 agency shifts in wk ending 12/4.", "12/4"),
    ("exact-date", "yp says he pushed her in kitchen. LADO consulted 9/10, threshold met", "9/10"),
    ("personal-name", "fc: 'kibrom been brilliant this week, cooked for everyone'", "kibrom"),
    # dates of birth: a date years past right after a name, a list of a record's dates of birth,
    # a date converted from another calendar, a date of the Afghan or Ethiopian calendar
    ("date-of-birth", "s47 outcome: substantiated. alleged perp stepdad Lee Tucker 11/04/1989. ICPC to be booked.",
     "11/04/1989"),
    ("date-of-birth", "three different dates of birth for the baby across health and social care records: "
                      "12/10/2023, 10/12/2023 and 12 Oct 22.", "10/12/2023"),
    ("date-of-birth", "his tazkira gives his birth date as 15 Hamal 1388, which the assessors converted to "
                      "4 April 2009 and then set aside", "4 April 2009"),
    ("date-of-birth", "small boat in the autumn. claimed dob 1 mizan 1390.", "1 mizan 1390"),
]

QUIET = [
    "His words are recorded: \"She doesn't look at me like I'm a scally.\"",
    "The young person said, \"Me arl fella would sort it, he's not arsed.\"",
    "yp: \"they took me phone and me trabs. i'm not sayin who. i'll sort it meself\"",
    "His words: \"Miss ain't nosy, she just sorts it.\"",
    "yp drew his safe map: green = nan's, school (some days), the gym. amber = town.",
    "PF: student w/ host family. host mum = nurse, host dad = baker. no concerns.",
    "weaning: baby rice, mashed banana, a bit of plantain.",
    "the Local Offer for Care Leavers has been explained to her",
    "Mum screenshotted this and reported it to police.",
    "meds: keppra 250mg bd, baclofen 5mg tds, omeprazole od.",
    "yp misses his mum's cooking (ful + kisra); family open fast w/ dates, sambusa + shaah.",
    "superv - TM wants to close, i disagree.",
    # scores and months stay what they were
    "scaling 8/10 from family, 5/10 from SW",
    "next review in the spring; scores 7/10 at the last one",
    "asked about mehr and the tir in the assessment",
]


@pytest.mark.parametrize("kind, text, span", FIRES)
def test_fires(kind: str, text: str, span: str) -> None:
    assert any(k == kind and span in s for k, s in found(text)), found(text)


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert found(text) == []


def test_a_recent_date_after_a_name_is_an_event() -> None:
    """Only a date years past is a birth: "seen Kai 12/03/2024" is the visit's."""
    import datetime
    year = datetime.date.today().year - 1
    assert ("exact-date", f"12/03/{year}") in found(f"seen Kai Bond 12/03/{year} at school")
