"""Each kind of identifier: passages that fire and passages that must not."""
from __future__ import annotations

import pytest

from generator.privacy import KINDS, PrivacyScanner

SCANNER = PrivacyScanner()


def kinds_at(text: str, sub: str) -> set[str]:
    """Kinds of the findings that overlap the first occurrence of ``sub``."""
    s = text.index(sub)
    e = s + len(sub)
    return {f.kind for f in SCANNER.scan(text) if f.start < e and s < f.end}


FIRES = [
    # personal names: casing, possessives, roles, titles, initials, word-names
    ("personal-name", "Kayla told the SW she was scared.", "Kayla"),
    ("personal-name", "The SW saw jayden at school.", "jayden"),
    ("personal-name", "JAYDEN was seen alone.", "JAYDEN"),
    ("personal-name", "Kayla's nan attended.", "Kayla"),
    ("personal-name", "SW Priya visited on time.", "Priya"),
    ("personal-name", "Transferred to TM Mr Okafor.", "Okafor"),
    ("personal-name", "MGM, Jean, said she would help.", "Jean"),
    ("personal-name", "Dr Patel raised a concern.", "Patel"),
    ("personal-name", "Referred by J. Smith from school.", "Smith"),
    ("personal-name", "Referred by J Smith from school.", "Smith"),
    ("personal-name", "Hope told the SW she was happy.", "Hope"),
    ("personal-name", "Grace's mum did not attend.", "Grace"),
    ("personal-name", "The SW visited Will at home.", "Will"),
    ("personal-name", "Bill, the maternal uncle, was assessed.", "Bill"),
    ("personal-name", "Rose said she misses her dad.", "Rose"),
    ("personal-name", "Direct work with Amber went well.", "Amber"),
    ("personal-name", "Jack and his sister were seen.", "Jack"),
    ("personal-name", "The FSW, Sunny, built trust.", "Sunny"),
    ("personal-name", "Summer's school called.", "Summer"),
    ("personal-name", "Precious, aged 9, was seen alone.", "Precious"),
    ("personal-name", "Faith and her brother were placed together.", "Faith"),
    ("personal-name", "The young person is known as Kaz.", "Kaz"),
    ("personal-name", "A sibling named Zorbelle was missed.", "Zorbelle"),
    ("personal-name", "Her brother Will was not seen.", "Will"),
    ("personal-name", "Oluwaseun, Wojciech and Hodan attended.", "Wojciech"),
    ("personal-name", "The health visitor, Aisling Murphy, recorded it.", "Murphy"),
    ("personal-name", "June said she wanted to go home.", "June"),
    ("personal-name", "Mrs Baker chaired the meeting.", "Baker"),
    # dates of birth
    ("date-of-birth", "Child B DOB 03/04/2015 is not mentioned.", "03/04/2015"),
    ("date-of-birth", "The baby was born 3rd April 2015.", "3rd April 2015"),
    ("date-of-birth", "d.o.b. 3.4.15 copied across.", "3.4.15"),
    ("date-of-birth", "date of birth: 2015-04-03", "2015-04-03"),
    ("date-of-birth", "Her brother was born on the 3rd of April.", "3rd of April"),
    ("date-of-birth", "The eldest (b. 2015) lives with PGM.", "2015"),
    # exact dates
    ("exact-date", "The strategy meeting on 14/03/2025 agreed s47.", "14/03/2025"),
    ("exact-date", "The ICPC was held on 14 March 2025.", "14 March 2025"),
    ("exact-date", "Seen on 14th March with Mum.", "14th March"),
    ("exact-date", "Seen on March 14th with Mum.", "March 14th"),
    ("exact-date", "Case note 2025-03-14 records poor conditions.", "2025-03-14"),
    # case numbers
    ("case-number", "See ICS 1234567 for history.", "1234567"),
    ("case-number", "See ICS no. 123456 for history.", "123456"),
    ("case-number", "Concerns on LCS ref 445566 were not read.", "445566"),
    ("case-number", "The record (Mosaic ID 7788990) shows neglect.", "7788990"),
    ("case-number", "Eclipse 123456 holds the referral.", "123456"),
    ("case-number", "Linked case no 12345678 was closed.", "12345678"),
    ("case-number", "Filed under 4455667 on the system.", "4455667"),
    ("case-number", "Old number 5260181590 on the front sheet.", "5260181590"),
    # NHS, NI
    ("nhs-number", "NHS number 943 476 5919 recorded.", "943 476 5919"),
    ("nhs-number", "Number 9434765919 on the letter.", "9434765919"),
    ("ni-number", "NI number AB123456C on the form.", "AB123456C"),
    ("ni-number", "Dad's NI is ab 12 34 56 c apparently.", "ab 12 34 56 c"),
    # postcodes, streets
    ("postcode", "Moved to M1 1AE in spring.", "M1 1AE"),
    ("postcode", "Address sw1a1aa recorded.", "sw1a1aa"),
    ("postcode", "Lives near SW1A 1AA now.", "SW1A 1AA"),
    ("street-address", "Lives at 14 Acacia Avenue with Mum.", "14 Acacia Avenue"),
    ("street-address", "Tenancy at Flat 3, Mill Court is new.", "Flat 3, Mill Court"),
    ("street-address", "Boys meet on Station Road after school.", "Station Road"),
    # phones, emails
    ("phone-number", "Mum is on 07700 900123 mostly.", "07700 900123"),
    ("phone-number", "School line 0161 496 0000 for concerns.", "0161 496 0000"),
    ("phone-number", "Dad (+44 7700 900456) was called.", "+44 7700 900456"),
    ("phone-number", "Landline 020-7946-0958 disconnected.", "020-7946-0958"),
    ("email", "Email t.hughes@council.example.gov.uk today.", "t.hughes@council.example.gov.uk"),
    # named places
    ("named-place", "She attends Oakfield Primary School.", "Oakfield Primary School"),
    ("named-place", "He left St Mary's C of E Primary in Year 6.", "St Mary's C of E Primary"),
    ("named-place", "On roll at Brookvale Academy.", "Brookvale Academy"),
    ("named-place", "Thornfield High School reported absence.", "Thornfield High School"),
    ("named-place", "Little Acorns Nursery made a referral.", "Little Acorns Nursery"),
    ("named-place", "Studying at Westmoor College.", "Westmoor College"),
    ("named-place", "The GP at Riverside Medical Centre agreed.", "Riverside Medical Centre"),
    ("named-place", "Records from Hillcrest Surgery came late.", "Hillcrest Surgery"),
    ("named-place", "Admitted to Rainbow Ward overnight.", "Rainbow Ward"),
    ("named-place", "Admitted to Ward 7B overnight.", "Ward 7B"),
    ("named-place", "Moved to Harrison House in May.", "Harrison House"),
    ("named-place", "Boys on the Larkspur Fields Estate.", "Larkspur Fields Estate"),
    ("named-place", "Found in Jubilee Park at night.", "Jubilee Park"),
    ("named-place", "Born at Royal Ashworth Infirmary.", "Royal Ashworth Infirmary"),
    ("named-place", "Seen at Eastgate Hospital A&E.", "Eastgate Hospital"),
    ("named-place", "she goes to oakfield primary now", "oakfield primary"),
    # red-team split A: abbreviated streets, "(0)" and foreign phones, outward codes alone,
    # "b.2016", places after "at"/"in", lower-case place words after a capitalised name
    ("street-address", "Mum at 23 Foxglove Cl. Baby seen.", "23 Foxglove Cl"),
    ("street-address", "Lives at 44 Brierley St, near the park.", "44 Brierley St"),
    ("street-address", "lives at 23 foxglove cl now", "23 foxglove cl"),
    ("phone-number", "Carer on +44 (0)7700 900 218 today.", "+44 (0)7700 900 218"),
    ("phone-number", "PGF abroad on +353 87 123 4567.", "+353 87 123 4567"),
    ("postcode", "The family live in the BD7 area.", "BD7"),
    ("postcode", "Dad moved to OL9 with a new partner.", "OL9"),
    ("date-of-birth", "Child B (b.2016) was not seen.", "2016"),
    ("named-place", "Jayden is on roll at Hillcrest this term.", "Hillcrest"),
    ("named-place", "A hotel in Upper Thornley for 3 months.", "Upper Thornley"),
    ("named-place", "Staff at Meadowbank children's home called.", "Meadowbank"),
    ("named-place", "Little Acorns nursery reported bruising.", "Little Acorns"),
    ("named-place", "Her teacher at Thornbury High called.", "Thornbury High"),
    ("named-place", "She loves going to Rainbow Tots.", "Rainbow Tots"),
]


@pytest.mark.parametrize("kind,text,sub", FIRES, ids=[f"{k}:{t[:30]}" for k, t, _ in FIRES])
def test_fires(kind: str, text: str, sub: str) -> None:
    assert kind in kinds_at(text, sub)


PASSES = [
    # word-names used as words, and sentence-initial ordinary words
    "There is hope that things will improve.",
    "She handled it with grace.",
    "Mum will attend the next core group.",
    "Bill arrears are a worry.",
    "In summer the children see their dad more.",
    "Concerns rose after the missing episode.",
    "Risk remains Amber on the RAG rating.",
    "Precious little analysis is recorded.",
    "Will the plan be stepped down?",
    "Faith and culture matter to the family.",
    "Jack-knife searches were stopped.",
    # roles, agencies, tools, law, standards, festivals, numbers
    "Child A and Child B were seen by the allocated worker.",
    "Mum, Dad, the Maternal Grandmother and MGM attended.",
    "The IRO, the CP Chair, CAMHS, MASH, the LADO and Cafcass were informed.",
    "A Graded Care Profile 2 and Signs of Safety mapping were used.",
    "Three Houses, Words and Pictures and Safe and Together all featured.",
    "The Brook Traffic Light Tool and the DASH checklist were completed.",
    "Section 47 and s47 of the Children Act 1989 apply.",
    "Working Together to Safeguard Children 2023 sets this out.",
    "A Clare's Law disclosure and a Sarah's Law request were discussed.",
    "PS 4.7 and practice standard 4.7 are met; standard 3.2b is partly met.",
    "Visits paused over Christmas, Easter, Ramadan and Eid.",
    "Ofsted, Early Help, the Family Group Conference and the Public Law Outline were considered.",
    "The Team Around the Family met; the Virtual School and the Youth Justice Service attended.",
    "The NHS, the GP, the Police and the Local Authority shared information.",
    "She has Level 3 and is in Year 6.",
    "Agreed within 10 working days; scored 8/10 and 4 on the 0-10 scale.",
    "The audit covers 2025 and Q3 2025, and the review was in March.",
    "The Child Protection Conference, Core Group and Legal Planning Meeting agreed the plan.",
    "The Strengths and Difficulties Questionnaire was completed.",
    "LA, CP, CG, CAO, ICO, PA, AP and ASC all have two meanings.",
    "The plan costs £1,200 a month and 3.2 visits a month on average.",
    "Monday and Tuesday visits in January, February and April were missed.",
    "The audit id is DDA-2025-003 and the period ends in September.",
    "Nursery staff noticed the change. School reported good attendance.",
    "The child attends the local primary school and the Virtual School supports her PEP.",
    "The Family Court and the Crown Court both heard the case.",
    "Birth parents wrote a later-life letter.",
    "The baby was born before the conference.",
    # section numbers, vitamins, levels, workers and motorways are no postcodes
    "Accommodated under S20 since March; the S47 found low levels of B12.",
    "Stepped down to L2 at review; SW2 was allocated; Dad drove on the M62.",
    "Scored +2 on the wellbeing scale and -1 on sleep.",
    # rare words and typos after "to" or "in" are no places
    "She goes to Taekwondo and was referred to Audiology.",
    "Seen in Feburary and at Chirstmas; the family came from Nepal and Moldova.",
    "Agree with the school's DSL; seen at school; a Catholic primary school; a Good nursery.",
    "An Out of Area children's home; the Mother and Baby unit; Labour ward.",
]


@pytest.mark.parametrize("text", PASSES, ids=[t[:40] for t in PASSES])
def test_passes(text: str) -> None:
    assert SCANNER.scan(text) == []


def test_every_kind_is_exercised() -> None:
    assert {k for k, _, _ in FIRES} >= set(KINDS) - {"local-term"}


def test_invalid_nhs_number_is_a_case_number() -> None:
    text = "Number 5260181590 on the letter."
    assert kinds_at(text, "5260181590") == {"case-number"}


@pytest.mark.parametrize("text", ["NI AB123456Q", "Prefix GB123456A is not issued.", "Code QQ123456C here."])
def test_ni_prefix_rules(text: str) -> None:
    assert not any(f.kind == "ni-number" for f in SCANNER.scan(text))


def test_ambiguous_role_abbreviation_does_not_let_a_name_through() -> None:
    for text, name in [("The CP chair, Priya, agreed.", "Priya"), ("PA Jean visited.", "Jean"),
                       ("AP Zorbelle visited.", "Zorbelle"), ("LA worker Kayla visited.", "Kayla")]:
        assert "personal-name" in kinds_at(text, name), text


def test_month_alone_passes_but_exact_date_warns() -> None:
    findings = SCANNER.scan("In March 2025 the plan ended; on 14 March 2025 the case closed.")
    assert [(f.kind, f.severity) for f in findings] == [("exact-date", "warning")]
