"""Rules read from the blind splits redteam-cn (Birmingham and the Black Country; leaving
care), -co (Leeds and Bradford; disabled children), -cp (Northern Ireland; child protection)
and -cq (Swansea and Carmarthenshire; children looked after), measured unread and then read
in the fourteenth session. Identifiers: an ordinal day before a verb ("on the 3rd noted"), a
chronology line's day and month before its event ("3/4 cp conf."), a phone number after a
ward's number, a district after a lower-case street, a date an identity document shows, a
district after an address in lower case ("188 coventry rd, small heath"), a Welsh street
("27 heol y nant"), a hospital's initials in lower case after a word of care ("adm ward 51
lgi"), a district of the gazetteer in lower case with a word no list knows ("hyson green"), a
name of the communities the first-name lists lacked ("harinder", "menna", "rach"). What is no
identifier: short sentences and quoted phrases beside Welsh ones, "letter sent 1st class",
"for 3/4 nights", case law named after an authority ("the Hillingdon judgment"), a town's
CAMHS, seas and places of faith stories, colours that are names ("hazel eyes"), "(cp)".
All text is invented."""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py

FIRES = [
    ("exact-date", "Management oversight: Supervision on the 3rd noted that Mum was tired.", "3rd"),
    ("exact-date", "RO, can we move the review to the 23rd? call me", "23rd"),
    ("exact-date", "The supervision record dated the 14th notes only a discussion.", "14th"),
    ("exact-date", "3/4 cp conf. attendees: chair, SW, HV", "3/4"),
    ("exact-date", "17.11 strat disc (police DS, health, SW)", "17.11"),
    ("exact-date", "13.11 - transport booked to respite", "13.11"),
    ("exact-date", "wellbeing check - book for 14/5.", "14/5"),
    ("exact-date", "contact w/ mum 22/9 - lovely moment", "22/9"),
    ("phone-number", "pls call sister on ward 21 0121 496 0558 asap", "0121 496 0558"),
    ("postcode", "found 0200 at an address on nowell mount LS9. strat disc req.", "LS9"),
    ("postcode", "so semi-indep in B9 then own tenancy.", "B9"),
    ("date-of-birth", "for example, he shows as 01.01.2007 on his BRP and differently elsewhere", "01.01.2007"),
    ("date-of-birth", "passport: 3/5/2006, HO have another", "3/5/2006"),
    ("date-of-birth", "you removed the DOB from paragraph two, but it's still in the table on page six (22.9.2015).",
     "22.9.2015"),
    ("date-of-birth", "The date of birth is recorded in two ways across the file: 03/04/2009, 04/03/2009.", "04/03/2009"),
    ("personal-name", "assessors jo/harinder, interp by phone", "harinder"),
    ("personal-name", "family plan: mam-gu (menna) to have the children weekdays", "menna"),
    ("personal-name", "supervision - tm jas: case drifting.", "jas"),
    ("personal-name", "escalated to rach for sign off", "rach"),
    ("personal-name", 'He said "Seren yr wythnos" was Mabli.', "Mabli"),
    ("named-place", 'In his own words: "In Dudley nobody speaks Tigrinya."', "Dudley"),
    ("named-place", "takeaway at 188 coventry rd, small heath, 'never go school'.", "small heath"),
    ("named-place", "address 27 heol y nant, cwmgors. checks: known to CS", "cwmgors"),
    ("street-address", "address 27 heol y nant, cwmgors. checks: known to CS", "27 heol y nant"),
    ("street-address", "landlord changing locks. address 9 maes y coed, SA5 7HQ.", "9 maes y coed"),
    ("named-place", "hosp: adm ward 51 lgi via a&e 19:40, status epilepticus.", "lgi"),
    ("named-place", "IHA @ qmc, wt on the 2nd centile", "qmc"),
    ("named-place", "yp hangs about hyson green most nights", "hyson green"),
]

QUIET = [
    "nodyn ymweliad: plentyn A yn hapus, wedi bod yn chwarae yn yr eira gyda'r ci. Mam-gu yn dweud bod "
    "popeth yn iawn a'i fod yn bwyta'n dda. dim pryderon. ymweliad nesaf ymhen 4 wythnos.",
    'The child now takes part in the Urdd eisteddfod and was "seren yr wythnos" in her class twice this term.',
    "voicemail left for dad. letter sent 1st class + recorded. interpreter booked.",
    "moved to the 3rd floor flat with a lift.",
    "out for 3/4 nights at a time, no pattern.",
    "sentenced for 3/4 offences in the youth court.",
    "hv visit. baby feeding well. wt 5.2kg (50th centile). next contact 3/12.",
    "The PA has correctly explained the Hillingdon judgment and his entitlements.",
    "Given his age the Southwark duties applied and should have been cited.",
    "bradford camhs letter - yp discharged after 6 sessions cbt.",
    "He said his brother drowned in the Mediterranean. Bereavement support followed.",
    "school nativity - child A played the innkeeper at Bethlehem and said his line.",
    "the class teacher: hazel eyes ringed with dark circles, a holly-green cardigan worn every day",
    "hv - baby 6 wks, feeding well. older child (cp) at school. dad present.",
    "botox to calves being considered by the physio.",
    "dad shouting 'catch yerselves on' at the door.",
    "bring her wee bear and her blankie x",
    "yp admits 40+ contacts she doesn't know irl. online safety session arranged.",
    "bday - yp turned 18 today, cake + gift from carers.",
    "seen at school, page moss on the menu board",
]

NOT_BIRTH = [
    "BRP expires 12/04/2027, renewal to be booked",
    "passport appt booked 14/03/2024 at the office",
]


@pytest.mark.parametrize("kind, text, span", FIRES)
def test_fires(kind: str, text: str, span: str) -> None:
    assert any(k == kind and span in s for k, s in found(text)), found(text)


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert found(text) == []


def test_what_follows_an_address_is_no_district_when_it_is_english() -> None:
    assert found("visit to the flat, 12 mill lane, seen both kids.") == [("street-address", "12 mill lane")]


@pytest.mark.parametrize("text", NOT_BIRTH)
def test_a_document_s_own_date_is_no_birth(text: str) -> None:
    kinds = [k for k, _ in found(text)]
    assert "exact-date" in kinds and "date-of-birth" not in kinds
