"""Patterns added after red-team split B: each fires where it should and stays quiet where
it should not. Spans are checked exactly where the pattern decides where a finding ends."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from generator.privacy import PrivacyScanner

SCANNER = PrivacyScanner()


def found(text: str, scanner: PrivacyScanner = SCANNER) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start:f.end]) for f in scanner.scan(text)]


# UK phone numbers in every layout: brackets round a 3-, 4- or 5-digit code, hyphens, full
# stops, no spaces, an extension
PHONES = [
    ("Ring PGF on (0113) 496 0782 before contact.", "(0113) 496 0782"),
    ("Call Dad on (0161) 496 0000 after 5pm.", "(0161) 496 0000"),
    ("Call (020) 7946 0958 today.", "(020) 7946 0958"),
    ("Office: (01632) 960123 today.", "(01632) 960123"),
    ("Call (0113) 496-0782 today.", "(0113) 496-0782"),
    ("Office: 0161-496-0000 today.", "0161-496-0000"),
    ("Office: 0161.496.0000 today.", "0161.496.0000"),
    ("Mum: 07700.900.124 or so.", "07700.900.124"),
    ("Office: 0113 496 0782 ext. 214 today.", "0113 496 0782 ext. 214"),
    ("Ring the school on (01632) 960 123 ext 45.", "(01632) 960 123 ext 45"),
    ("Office: 01632 960 123 x214.", "01632 960 123 x214"),
    ("Dad (07700 900123) called.", "07700 900123"),
    ("Mob: 0044 7700 900218 ok", "0044 7700 900218"),
    ("Dad on +44 (0)7700 900123.", "+44 (0)7700 900123"),
    ("Helpline 0800 123 4567 or 0300 123 4567.", "0800 123 4567"),
    ("Ring tel.01632960123 today.", "01632960123"),
    ("Ring 0161 496 0000/0161 496 0001 today.", "0161 496 0001"),
]


@pytest.mark.parametrize("text,number", PHONES, ids=[p[1] for p in PHONES])
def test_uk_phone_layouts(text: str, number: str) -> None:
    assert ("phone-number", number) in found(text)


@pytest.mark.parametrize("text", [
    "Scores were 07 08 09 10 11 12 across the year.",
    "Seen 07.04.2023 and 01/02/2023 at 09.30 - 10.45.",
    "The plan was reviewed at 0.5 FTE; the ratio was 0.25.",
    "Ext. 214 is the duty desk.",
])
def test_phone_lookalikes_pass(text: str) -> None:
    assert not any(k == "phone-number" for k, _ in found(text))


FIRES = [
    # a place word first: Welsh, Gaelic, Arabic, prisons
    ("named-place", "Gwenllian's Welsh-medium school, Ysgol Glan yr Afon, reported.", "Ysgol Glan yr Afon"),
    ("named-place", "She attends Ysgol Gymraeg Bro Teifi now.", "Ysgol Gymraeg Bro Teifi"),
    ("named-place", "He is at Coleg Sir Gâr doing plumbing.", "Coleg Sir Gâr"),
    ("named-place", "Seen at Canolfan Deulu Caerau on Monday.", "Canolfan Deulu Caerau"),
    ("named-place", "He goes to Masjid Al-Noor on Fridays.", "Masjid Al-Noor"),
    ("named-place", "Dad is held at HMP Thornley.", "HMP Thornley"),
    # a town or village after an address and a comma
    ("named-place", "Placement address 7 Heron Court, Upper Thornley - carers have a dog.", "Upper Thornley"),
    ("named-place", "He lives at 12 Mill Lane, Ashbury, with his nan.", "Ashbury"),
    ("named-place", "Placed at 5 Rose Court, Thornley Green, with carers.", "Thornley Green"),
    # a name before a word of supported housing
    ("named-place", "He was placed at Cedars supported accommodation.", "Cedars supported accommodation"),
    ("named-place", "He moved to the Maple foyer in June.", "Maple foyer"),
    ("named-place", "He moved to Birchwood semi-independent in June.", "Birchwood semi-independent"),
    # faith venues, clubs, refuges, hotels and surgeries, capitalised or not
    ("named-place", "Family attend the Sikh temple and Shri Ram Mandir.", "Shri Ram Mandir"),
    ("named-place", "He attends the Guru Nanak gurdwara weekly.", "Guru Nanak gurdwara"),
    ("named-place", "Westside Youth Club staff raised a concern.", "Westside Youth Club"),
    ("named-place", "He goes to Westside youth club on Tuesdays.", "Westside youth club"),
    ("named-place", "Mum was in the Elms refuge for a month.", "Elms refuge"),
    ("named-place", "Placed in B&B at the Grange Hotel.", "Grange Hotel"),
    ("named-place", "Seen at the Ashgrove Medical Practice.", "Ashgrove Medical Practice"),
    ("named-place", "Mum takes her to Thornley Family Hub.", "Thornley Family Hub"),
    # names: a word-name before an age in brackets, two-letter names after a role
    ("personal-name", "Brook (12) said she was scared of the dark.", "Brook"),
    ("personal-name", "Liberty (aged 9) was seen alone.", "Liberty"),
    ("personal-name", "June (7) said she was happy.", "June"),
    ("personal-name", "Brook, 12, said she was scared.", "Brook"),
    ("personal-name", "Brook (Y7) was seen alone.", "Brook"),
    ("personal-name", "Hope (Year 10) was seen alone.", "Hope"),
    ("personal-name", "The SW met with Grace and Hope.", "Hope"),
    ("personal-name", "tm jo said to close the case", "jo"),
    ("personal-name", "Paddy O’Neill (stepdad) was present.", "Paddy O’Neill"),
    ("personal-name", "Mr Islam attended the meeting.", "Islam"),
    ("personal-name", "Art said he would go.", "Art"),
    ("personal-name", "Mark, the worker, said she was fine.", "Mark"),
    # references: four digits after "log", slashes after "crime ref"
    ("case-number", "Police log 1234 of 12/03/2024 was read.", "log 1234"),
    ("case-number", "The crime ref 14/56789/24 is on file.", "crime ref 14/56789/24"),
    # references with letters in their parts, and a system's record
    ("case-number", "Strategy discussion, S47 ref 2025/S47/0093, was timely.", "ref 2025/S47/0093"),
    ("case-number", "Eclipse record 771-2093 shows a duplicate.", "Eclipse record 771-2093"),
    ("case-number", "CAD 4471 was raised by the police.", "CAD 4471"),
    # an outward code after an address and a comma
    ("postcode", "Nan's address: 88 Kelvedon Rd, L17", "L17"),
    ("postcode", "Moved to Apt 12, Lockside Quay, M3 - PA to visit.", "M3"),
    # towns and districts after a word of place, or after a place and a comma
    ("named-place", "Their old flat in Govan was damp.", "Govan"),
    ("named-place", "MGM lives nearby (lives Sparkbrook).", "Sparkbrook"),
    ("named-place", "The family lived in the Gorsey Bank area of Wirksworth.", "Wirksworth"),
    ("named-place", "The family lived in the Gorsey Bank area of Wirksworth.", "Gorsey Bank area"),
    ("named-place", "Foodbank at Elim Pentecostal Church, Halton Moor, on Tuesdays.", "Halton Moor"),
    ("named-place", "Placed out of area, Telford", "Telford"),
    ("named-place", "Plan: attend Fusion youth club (Tinshill) on Thursdays.", "Tinshill"),
    ("named-place", "yp seen @ Millgate shopping centre with an older male.", "Millgate shopping centre"),
    ("named-place", "Found at Meadowgate bus stn by BTP.", "Meadowgate bus stn"),
    # place words: farms, suites, dentists, Royal hospitals, St ...'s
    ("named-place", "Placement at Windmill Hill Farm is stable.", "Windmill Hill Farm"),
    ("named-place", "The medical was at the Rainbow Suite.", "Rainbow Suite"),
    ("named-place", "Dental check at Smile Dental is overdue.", "Smile Dental"),
    ("named-place", "Baby was born at Castleford Royal on a Sunday.", "Castleford Royal"),
    ("named-place", "Born at Royal Lancashire maternity, NAS obs.", "Royal Lancashire"),
    ("named-place", "The youth club at St Saviour's church hall.", "St Saviour's"),
    ("named-place", "In respite at Brambles short breaks unit.", "Brambles short breaks unit"),
    ("named-place", "She volunteers at Gurdwara Sahib Leamington.", "Gurdwara Sahib Leamington"),
    ("street-address", "Bail address: 17 Orchard Hey, Ely.", "17 Orchard Hey"),
    # one name, one person; the family of a surname; a lower-case name with an age
    ("personal-name", "Summer's mum is unwell and Summer often cares for her brothers.", "Summer"),
    ("personal-name", "She has been placed with the Amadi family since 2024.", "Amadi"),
    ("personal-name", "grace (8) + sibs seen at after-school club", "grace"),
    # a day and month after a meeting of the case
    ("exact-date", "Core group 2/12: attended by Mum.", "2/12"),
    ("exact-date", "PLO mtg 20/2 @ the civic centre.", "20/2"),
    ("exact-date", "Complete the plan with Mum by 19.12 as agreed.", "19.12"),
]


@pytest.mark.parametrize("kind,text,span", FIRES, ids=[f[2] for f in FIRES])
def test_fires(kind: str, text: str, span: str) -> None:
    assert (kind, span) in found(text)


PASSES = [
    # faith, subject and Welsh agency words are no names
    "He is learning about Islam at school; Islam is important to the family.",
    "She wants to go to Art college; he studies Art, Drama and Music at GCSE.",
    "Cafcass Cymru were notified; Cyngor Sir Powys and Cyngor Gwynedd were consulted.",
    "Year 6 SATs went well; worried about SATs, she cried; GCSEs are next.",
    "Mark, the worker wrote, was the child's own word for the bruise.",
    "Hope, the worker felt, was what the family lacked.",
    "Visits: May (3), June (4) and July (2). By May, 3, 4 and 5 were done.",
    "The Justice (2) count was checked.",
    "The SW worked with Faith and Hope Trust; she spoke about Health and Safety.",
    "The MASH Hub, the Front Door Hub, the Early Help Hub and the Family Hub were told.",
    "Sir Gâr is how the county is named in Welsh.",
    # generic places and kinds of club
    "She attends Ysgol Gymraeg now; the Jamia Masjid is the central mosque.",
    "He goes to Homework Club, Boxing Club and Breakfast Club; she joined the Scouts.",
    "Seen at the Toy Library; the Community Centre and Leisure Centre are nearby.",
    "The Mosque and the Church offered support; she goes to the Catholic church.",
    "Good Practice and Social Work Practice guidance; Refuge and Women's Aid were called.",
    "The young person moved into supported accommodation and then to a foyer.",
    "Temporary accommodation was found. Her supported accommodation is good.",
    "Dad was in HMP for 2 years.",
    # after an address: a role, a month, a known city
    "He lives at 12 Mill Lane, Mum said.",
    "Placed at 5 Rose Court, Tuesday was the visit.",
    "In case 2024 changes, the log 2023 review ran to 1234 pages.",
    # rare-word names at a sentence's start before a noun; plural days; a possessive role
    "Destiny is not fixed by early adversity. Crystal meth use was noted. Ivy covering the fence.",
    "Dawn visits were considered by the panel. Contact was usually Mondays and Fridays.",
    "The child's Wellbeing Scale score rose; Young Carers should be offered an assessment.",
    # towns named for an inquiry; counts and fractions; rooms every building has
    "Learning from Rotherham and Telford inquiries shaped the screening.",
    "CP visits 3/4 in timescale; 2/3 of the actions were complete; rated 7/10 at review.",
    "The ABE was held in the Video Interview Suite; the Sensory Suite helped.",
    "Review by Fri; the Civic Centre was used for the meeting.",
]


@pytest.mark.parametrize("text", PASSES, ids=[t[:40] for t in PASSES])
def test_passes(text: str) -> None:
    assert [(k, s) for k, s in found(text) if k != "street-address"] == []


def _hashed(tmp_path: Path, *names: str, max_words: int = 3) -> PrivacyScanner:
    digests = "".join(f"  - {hashlib.sha256(n.encode()).hexdigest()}\n" for n in names)
    (tmp_path / "privacy").mkdir(exist_ok=True)
    (tmp_path / "privacy" / "deny.yml").write_text(
        f"name_hashes:\n{digests}name_hash_max_words: {max_words}\n", encoding="utf-8")
    return PrivacyScanner.from_config(tmp_path)


def test_hashed_names_in_any_layout(tmp_path: Path) -> None:
    scanner = _hashed(tmp_path, "zebedee quartermaine", "anna van der berg", "jo", "o'neill", max_words=4)
    text = ("ZEBEDEE QUARTERMAINE's report; Anna van der Berg and tm jo spoke; "
            "Ms O’Neill came. Zebedee, Quartermaine.")
    hits = [s for k, s in found(text, scanner) if k == "local-term"]
    assert hits == ["ZEBEDEE QUARTERMAINE", "Anna van der Berg", "jo", "O’Neill", "Zebedee, Quartermaine"]


def test_hashed_names_respect_the_word_limit_and_ordinary_words(tmp_path: Path) -> None:
    scanner = _hashed(tmp_path, "anna van der berg", "the worker", max_words=3)
    text = "Anna van der Berg met the worker."
    assert not any(k == "local-term" for k, _ in found(text, scanner))   # four words; "the" is no name


def test_hashed_name_starting_with_an_english_word_needs_a_capital(tmp_path: Path) -> None:
    scanner = _hashed(tmp_path, "will smith", "grace", "zebedee quartermaine")
    assert [s for k, s in found("Will Smith and GRACE came; zebedee quartermaine too.", scanner)
            if k == "local-term"] == ["Will Smith", "GRACE", "zebedee quartermaine"]
    # "will" and "grace" in lower case are the English words
    assert not any(k == "local-term" for k, _ in found("she will smith it; by grace alone.", scanner))


def test_hashed_name_answers_are_kept_between_scans(tmp_path: Path) -> None:
    scanner = _hashed(tmp_path, "zebedee quartermaine")
    for _ in range(2):
        assert ("local-term", "Zebedee Quartermaine") in found("Zebedee Quartermaine rang.", scanner)
    assert scanner._hash_seen["zebedee quartermaine"] is True
