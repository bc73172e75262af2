"""Rules read from redteam-fz to -gc (twenty-fourth session), after their first, blind run at
58477b5: names 98.1%, places 96.2% (gb 91.4%), case numbers 137 of 139, dates of birth 197 of 204
(96.6%), phone numbers 43 of 44, postcodes 58 of 59, street addresses 59 of 60, 14 of 481 clean
passages flagged (gb 4.2%, fz 3.3%). Read in full the same session. All text invented.
"""
from __future__ import annotations

import pytest

from scanning import found, found_many  # tests/privacy/scanning.py


@pytest.mark.parametrize(("text", "kind", "value"), [
    # a Reporter's reference with a serial of seven digits
    ("sched: CSO review hearing Thurs 28/3. SCRA 2024/0102294. transport booked 9am.", "case-number", "SCRA 2024/0102294"),
    # an outward code where a family is heading
    ("moved on from the site, thought to be heading PH33. dad not with them.", "postcode", "PH33"),
    # a number read out with its hundreds
    ("can you ring me back on oh seven seven hundred nine hundred three three one, ta", "phone-number",
     "oh seven seven hundred nine hundred three three one"),
    # a Cornish street of joined words before its town
    ("Form F. home: 4 Chy-an-Dour, Penzance TR18 3LG. medicals back", "street-address", "4 Chy-an-Dour"),
    # births: a sibling list with a surname that is a word; items parted by a bar and the next surname;
    # a person's row after a label; the six digits a CHI number opens with
    ("sibling list:\n- aiden bell 04/03/2012\n- kayden bell 04/03/2012 (twin)\n- esme bell-thompson 11/11/2018",
     "date-of-birth", "04/03/2012"),
    ("fam: ward, tommy (dad) | ward, bridget (mum) | ward, tommy jnr 09/10/2010 | ward, kathleen 14/01/2013.",
     "date-of-birth", "09/10/2010"),
    ("Child: Ross Munro | 11/11/2009 | Alness | SCN 209847561 | excl x2", "date-of-birth", "11/11/2009"),
    ("LAC med: Erlend Drever, 080705, CHI 0807055417. imms up to date.", "date-of-birth", "080705"),
])
def test_structured(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


def test_births_after_names_read_the_same_alone_and_joined() -> None:
    # the rule's gate read scan_many's joined texts (their commas): alone, the births were events
    text = "DOB chk for hearing: mum Raonaid 4 Apr 96; kids Niall 12.3.16 and Oighrig 7 Jan 2018. all correct now."
    assert ("date-of-birth", "12.3.16") in found(text)
    assert found_many(["seen at home today, all well.", text, "no concerns."])[1] == found(text)


@pytest.mark.parametrize(("text", "kind"), [
    ("scored nine hundred points on the game", "phone-number"),
    ("visits: jack went home 03/05/23, review 04/06/23", "date-of-birth"),
    ("| Review | 05/05/2023 | REF 2094756 | done |", "date-of-birth"),
    ("heading SW for the summer", "postcode"),
])
def test_quiet(text: str, kind: str) -> None:
    assert [v for k, v in found(text) if k == kind] == []


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("SL host app: applicant mrs b. angove, dob 17/04/1968, 3 bed semi", "personal-name", "b. angove"),
    ("mum (crystal) & step-dad (mark) arguing in front of kids.", "personal-name", "mark"),
    ("RHI summary: says bossman's real name is 'kay-dee'. intel shared", "personal-name", "kay-dee"),
    ("the chronology records only '23/7 Summer seen at home'", "personal-name", "Summer"),
    ("OOH: ellie (11) rang childline. mum's partner ken shouting.", "personal-name", "ken"),
    ("strategy: faith 15, preg, EDD 03/04/24.", "personal-name", "faith"),
    ("school nurse - summer wt 29kg. BMI 98th centile.", "personal-name", "summer"),
    ("Josh is now at HMP Exeter on remand.", "personal-name", "Josh"),
    ("'i want to stay at grandad bills and go to the big school'", "personal-name", "bill"),
    ("found 02:15 in hull city centre by patrol.", "named-place", "hull"),
    ("gran-gran lives derby, pauline lives mansfield.", "named-place", "mansfield"),
    ("chronology: 2015 - born kings mill. 2017 - moved away.", "named-place", "kings mill"),
    ("court: IRH listed 13/11/23 at derby CJC, case no DE23C00412.", "named-place", "derby"),
    ("the home is 'a three-bed terrace on Pear Tree Road, Derby' with black mould", "named-place", "Derby"),
    ("the fight outside the Kingfisher in Radford.", "named-place", "Kingfisher"),
    ("A&E notification - lri CDU 03:20 sun. 4yo", "named-place", "lri"),
    ("reg 44 / ofsted: home is 'the laurels', wrawby rd, brigg.", "named-place", "the laurels"),
    ("short breaks (gav). jasmin doing well at birch meadow, sleep still poor.", "named-place", "birch meadow"),
])
def test_read_in_full(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize(("text", "kind"), [
    ("The minutes record the child's wishes, the carers' views and the reasons for the timing.", "personal-name"),
    ("the main carer for Mum on the days Mum cannot get out of bed.", "personal-name"),
    ("just needs feeding every 2 hrs like a baby bird", "personal-name"),
    ("RHI - says stayed w/ 'mates', no names.", "personal-name"),
    ("police intel: yp linked to a 'line' running from the city", "personal-name"),
    ("hsg: cl on bidding system, band B. cl said she'd do her bit", "personal-name"),
    ('she said "everybody ken\'s Mum there"', "personal-name"),
    ("sw notes: mum's new partner (known as 'T') - checks requested.", "personal-name"),
    ("Dad reads Gurmukhi and Mum reads Shahmukhi, and the SW noticed", "personal-name"),
    ("The family spent several years in Dadaab before resettlement.", "named-place"),
    ("gurdwara langar - family attends every sun", "named-place"),
    ("school attendance: autumn 1 - 81%, autumn 2 - 76%.", "personal-name"),
    ("Clare's Law disclosure to be made to Mum this week.", "personal-name"),
    ("neighbour (wants anon): 'theres always shouting at number 14'", "personal-name"),
    ("the PLO letter was sent to the old address, 22 Cragside Walk, despite", "named-place"),
    ("returned 02:30 by police. rhi offered, declined.", "personal-name"),
])
def test_read_in_full_quiet(text: str, kind: str) -> None:
    assert [v for k, v in found(text) if k == kind] == []


def test_a_family_by_its_name_still_read() -> None:
    assert ("personal-name", "coopers") in found("faith turns 18. staying put w/ the coopers agreed.")
    assert ("personal-name", "wheelers") in found("placed with foster carers (the wheelers)")
