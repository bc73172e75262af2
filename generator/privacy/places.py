"""Named places (schools, nurseries, surgeries, wards, homes, estates, parks ...) and street
addresses, read from the capitalised tokens.

A place word ("Primary", "Surgery", "Road") makes the capitalised words before it a named
place when at least one of them is not a generic word from ``data/place_generic.txt``:
"Oakfield Primary" fires, "the Virtual School" does not. Adding a place word or a generic
word is an edit to the lists below or to that file.

Other rules read around the place word or the capitalised token in other ways:

- a lower-case place word after a capitalised name: "Little Acorns nursery", "at Riverside
  school", "Meadowbank children's home" (``find_cap_lower_places``);
- a capitalised word that no list knows after "at", "in", "to" ... ("on roll at
  Hillcrest"): ``locative.py``;
- an abbreviated street word after a house number: "23 Foxglove Cl", "23 foxglove cl".

Farms, suites, dentists and chemists are place words too ("Windmill Hill Farm", "the Rainbow
Suite", "Smile Dental"); "Royal" after a town's or unknown name ("Castleford Royal") or before
one and a lower-case hospital word ("Royal Lancashire maternity"); lower-case place words
after a name include "bus stn", "shopping centre", "short breaks unit" and "the Gorsey Bank
area" (an area only with a word no list knows). Northern street words ("Orchard Hey", "Brow",
"Wynd") and quays are streets.

Hurried notes add: place words in capitals ("ON LISTER WARD": only the one or two words
before, each no English word or a name), hospitals and recreation grounds with no other
place word ("Ashbrook General", "Tanners Rec"), villages with a Latin second word ("Ashworth
Magna") and a lower-case flat before a house number ("flat 9, 221 Kingsway North").

Rural and Welsh text adds: a named Traveller or caravan site ("Spring Meadow Traveller site"),
a hospital named by "Royal" and a county, a town or a word no list knows ("born Royal
Gwent"); a capitalised preposition ("Missing From Home") makes a title, not a place.

Place words that come first ("Ysgol Glan yr Afon", Welsh farm and street names such as
"Cae Mawr"), venues named with "The" ("at The Hive"), towns after an address and names
before "supported accommodation" are read in ``venues.py``.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from .lexicon import DET as DET_CLASS
from .lexicon import CAL, FIRSTS, NAME, PERSON_NOUN, ROLE, SURNAME, SURNAME_AMB, TITLE, VOCAB, Lexicon, english_form
from .tokens import Cap, occurrences, prev_word, sentence_initial
from .welsh import welsh_words

Span = tuple[str, int, int]
SURNAME_BITS = SURNAME | SURNAME_AMB

PLACE_HEADS = {
    "Primary", "School", "Academy", "Nursery", "College", "Centre", "Center", "Surgery", "Ward",
    # cut short in notes: "DSL Haygrove Sch", "St Anne's Prim"
    "Sch", "Prim", "Acad",
    "Unit", "House", "Lodge", "Estate", "Park", "Hospital", "Infirmary", "Clinic", "Mosque",
    "Church", "Gurdwara", "Temple", "Chapel", "PRU", "Preschool", "Pre-school", "Playgroup",
    "Juniors", "Infants", "Home", "Tots", "Tinies", "Kindergarten", "Creche", "Crèche", "Daycare",
    "Playschool", "Hospice", "Hostel", "Foyer", "Tower", "Towers", "Flats",
    # faith venues, clubs and public buildings: "Shri Ram Mandir", "Westside Youth Club"
    "Mandir", "Synagogue", "Cathedral", "Masjid", "Madrasa", "Madrasah", "Madrassa", "Club",
    "Library", "Gym", "Baths", "Prison", "Hotel", "Motel", "Refuge", "Hub",
    # a garrison, where service families live: "Gaza Barracks"
    "Barracks",
    # a university a young person goes to or is offered: "uni offer Kingston University"
    "University", "Polyclinic",
    # a family contact centre: "contact record - Sunflower FCC, room 2"
    "FCC",
    # farms (a foster placement), suites of a hospital, dentists and chemists
    "Farm", "Suite", "Dental", "Dentist", "Dentists", "Pharmacy", "Chemist", "Chemists", "Opticians",
    # childminders, pubs and inns: "Happy Hearts Childminding", "the Wharf Tavern", "Premier Inn"
    "Childminding", "Childminders", "Inn", "Tavern", "Villa", "Cottage",
    # businesses and providers, where a parent works or a carer is employed: "Greenfields Care
    # Ltd", "Greyhound Logistics", "Swift Access Travel"
    "Ltd", "Limited", "LLP", "Plc", "PLC", "Logistics", "Haulage", "Travel", "Taxis", "Recruitment",
    "Takeaway", "Restaurant", "Cafe", "Café", "Salon", "Barbers", "Store", "Stores",
    # food shops named by their trade: "Majestic Kebabs" (not "Fostering": "Long Term Fostering",
    # "Kinship Fostering" are kinds of care far more often than agencies)
    "Kebab", "Kebabs", "Pizza", "Pizzeria", "Chippy", "Grill", "Diner", "Bakery",
}
# "Thornbury High", "Kingsford Grammar": a place only after a word that is no English word
WEAK_PLACE_HEADS = {"High", "Grammar", "Comprehensive", "Comp", "Practice", "General", "Royal"}
# before a school or a practice named by English words: "at Kingfisher High", "(Y10, Kingfisher High)"
WEAK_CUE = re.compile(r"(?:\b(?:at|attends|attended|attending|to|from)|\b(?:y|yr|year) ?\d{1,2},?) $", re.IGNORECASE)
GP_CUE = re.compile(r"\b(?:gp|doctors?['’]?|registered|reg|registration|surgery)\b[\w ]{0,20}$", re.IGNORECASE)
# "Royal Lancashire maternity", "the Royal Oldham A&E": a hospital named by "Royal" first
ROYAL_HOSPITAL = re.compile(
    r"((?: [A-Z][a-z]+){1,2}) (?:maternity|hospital|infirmary|a&e|a and e|children's|childrens|paediatric|neonatal)\b")
# "Royal Gwent", "Royal Glamorgan": a hospital named by "Royal" and a county (a town or a word
# no list knows also names one: "Royal Oldham", "Royal Brackenby")
ROYAL_REGIONS = frozenset("gwent glamorgan berkshire cornwall devon surrey sussex lancaster lancashire derbyshire "
                          "hampshire cheshire".split())
# "Ashworth Magna", "Bere Regis": the Latin second word of an English village's name
VILLAGE_HEADS = {"Magna", "Parva", "Regis", "Episcopi", "Abbotts"}
# "Attorney General", "Major General": offices and ranks, not hospitals
RANKS = {"attorney", "solicitor", "secretary", "director", "surgeon", "inspector", "postmaster", "governor",
         "major", "brigadier", "lieutenant", "adjutant", "consul", "registrar", "accountant", "auditor", "vicar"}
# "Tanners Rec": a recreation ground after any word that is not generic (not "Rec 3:")
REC_HEADS = {"Rec"}
# place words written in capitals: "ON LISTER WARD", "AT OAKFIELD PRIMARY"
CAPS_HEADS = {
    "PRIMARY": "named-place", "SCHOOL": "named-place", "ACADEMY": "named-place", "NURSERY": "named-place",
    "COLLEGE": "named-place", "SURGERY": "named-place", "WARD": "named-place", "HOSPITAL": "named-place",
    "INFIRMARY": "named-place", "CLINIC": "named-place", "ESTATE": "named-place", "LODGE": "named-place",
    "HOUSE": "named-place", "CENTRE": "named-place", "PARK": "named-place", "GENERAL": "named-place",
    "ROAD": "street-address", "STREET": "street-address", "AVENUE": "street-address", "LANE": "street-address",
    "CRESCENT": "street-address", "TERRACE": "street-address", "DRIVE": "street-address", "CLOSE": "street-address",
    # a police log's abbreviations: "LAST SEEN 2215HRS FREEMAN ST GRIMSBY" (a saint's "ST" is read apart)
    "ST": "street-address", "RD": "street-address", "AVE": "street-address", "LN": "street-address",
    "GDNS": "street-address",
}
# "23 Foxglove Cl", "44 Brierley St": abbreviated street words, only after a house number
STREET_ABBR = {
    "Cl", "Cres", "Dr", "St", "Ln", "Gdns", "Gr", "Gro", "Grv", "Ct", "Pl", "Sq", "Tce", "Terr",
    "Pde", "Wy", "Blvd", "Hts", "Cotts", "Wlk", "Av", "Rd", "Ave",
}
LOWER_STREET_ABBR = re.compile(
    r"\d{1,4}[a-z]?,?\s+(?:[a-z]{3,}(?:\s+[a-z]{3,})?\s+"
    r"(?:cl|cres|dr|st|ln|gdns|gr|ct|pl|sq|tce|terr|pde|rd|ave|av)\b(?!['’-])"
    # a Welsh street, its word first: "27 heol y nant", "9 maes y coed", "4 ffordd las"
    r"|(?:heol|ffordd|stryd|lon|lôn|maes|cae|bryn|parc|llys|clos|rhodfa|cwrt|teras)\s+(?:(?:y|yr|'r)\s+)?[a-zâêôŵŷ]{3,}"
    r"(?:\s+(?!and\b|the\b|with\b|for\b)(?P<tail>[a-zâêôŵŷ]{3,})(?=[,.;]|$))?)"
)
STRONG_STREET = {
    "Road", "Rd", "Street", "Avenue", "Ave", "Lane", "Crescent", "Terrace", "Drive", "Mews",
    "Gardens", "Grove", "Parade", "Boulevard", "Close", "Heights", "Wharf", "Villas", "Cottages",
}
WEAK_STREET = {
    "Court", "Way", "Place", "Walk", "Square", "Row", "Hill", "View", "Rise", "Vale", "Green",
    "Croft", "Fold", "Gate", "Chase", "Mount", "Meadows", "Yard", "Circus", "Approach",
    # northern and Scottish street words, and quays: "17 Orchard Hey", "Lockside Quay"
    "Hey", "Brow", "Wynd", "Quay", "Wharf", "Loan", "Garth",
    # fenland droves: "2 Fen Drove" ("Side" is a district's: "Moss Side")
    "Drove",
    # through roads and sea fronts: "Phoenix Parkway", "Saxon Crossway", "Marine Promenade"
    "Parkway", "Crossway", "Causeway", "Promenade", "Esplanade",
}
# street words that are streets only straight after a house number: "8 Dunston Bank"
NUMBERED_STREET = {"Bank", "Banks", "Side", "Top", "End", "Walks"}
SURNAME_HEADS = {"Ward", "Park", "Hall", "Lane", "Hill", "Green", "Chase", "Court", "Way"}
CONNECTORS = {"of", "and", "&", "on", "upon", "de", "la", "le", "in"}
TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "st"}
COURT_WORDS = {
    "family", "crown", "high", "county", "magistrates", "magistrates'", "youth", "supreme",
    "appeal", "coroner's", "coroners", "civil", "criminal", "district", "juvenile", "designated",
}
STREET_GENERIC = {
    "the", "a", "an", "this", "that", "our", "their", "his", "her", "its", "same", "other",
    "one", "best", "right", "wrong", "only", "middle", "safe", "easy", "hard", "every", "no",
    "each", "any", "some", "which", "what", "mr", "mrs", "ms", "miss", "dr", "mx",
} | (COURT_WORDS - {"county", "crown"})   # "County Road" and "Crown Street" are streets
NUMBER_BEFORE = re.compile(r"(?:(?:Flat|Apartment|Apt|Unit)\s+\d+[A-Za-z]?,?\s+)?\d{1,4}[A-Za-z]?,?\s+$|(?:Flat|Apartment|Apt|Unit)\s+\d+[A-Za-z]?,?\s+$")
PREPOSITION = re.compile(r"\b(?:on|in|at|off|along|near|from|to|into|of|lives|lived|living|address|moved|round)\s+$", re.IGNORECASE)
WARD_NUMBER = re.compile(r"\s+\d{1,2}[A-Za-z]?\b")
# street words that follow a house number in hurried lower case: "17 kestrel way", "12 sea view
# parade"; the weaker ones ("way", "drive", "walk", "row") only after words that are no time,
# distance or count ("a 10 minute drive", "2 days in a row", "5 mins walk")
LOWER_WEAK_STREETS = frozenset(
    "way walk parade drive close view drove row place rise green vale court hey brow wharf quay villas cottages "
    "heights side square hill crossway parkway causeway wynd brae vennel croft fold garth chase mount".split())
LOWER_HEADS = frozenset(
    "primary academy nursery college coll surgery infirmary estate road street avenue lane crescent terrace mews gardens grove".split()
) | LOWER_WEAK_STREETS
LOWER_STREETS = {"road", "street", "avenue", "lane", "crescent", "terrace", "mews", "gardens", "grove"} | LOWER_WEAK_STREETS
NOT_STREET_WORDS = frozenset(
    "minute minutes min mins hour hours hr hrs day days week weeks wk wks month months year years yr yrs mile miles "
    "metre metres km times time point points in a an the of to at and or per more out other way ways car bus "
    "lane lanes storey bed bedroom mins' people children kids took take takes taking taken first second third "
    "buses cars trains each every both either".split())
YEAR_NUMBER = re.compile(r"(?:19|20)\d\d\b")
NUMBER_LOWER = re.compile(r"\d{1,4}[a-z]?,?\s+(?:[a-z]+\s+){1,2}$")
FLAT = re.compile(r"(?:Flat|Apartment|Apt)\s+\d+[A-Za-z]?\b")
# hurried lower case: "flat 9, 221 Kingsway North" (a house number must follow)
FLAT_WORDS = ("Flat", "Apartment", "Apt", "flat", "apartment", "apt")
FLAT_LOWER = re.compile(
    r"(?:flat|apartment|apt)\.?\s+\d{1,4}[A-Za-z]?,?\s+\d{1,4}[A-Za-z]?(?:,?\s+[A-Z][\w'’-]*){0,3}"
    # and the street's word in lower case after its name: "flat 2, 40 Romford rd"
    r"(?: (?:rd|st|ln|ave|road|street|lane|close|way|drive|court|ct|cl|gdns)\b)?")


ALL_HEADS = frozenset(PLACE_HEADS | WEAK_PLACE_HEADS | REC_HEADS | VILLAGE_HEADS | STREET_ABBR | STRONG_STREET | WEAK_STREET
                      | {"St", "St."} | set(CAPS_HEADS))


def _run_before(text: str, caps: list[Cap], k: int, limit: int = 5) -> int:
    """Index of the first capitalised token of the name run that ends just before caps[k]."""
    j = k
    while j > 0 and k - j < limit:
        gap = text[caps[j - 1].end + (2 if caps[j - 1].poss else 0):caps[j].start]
        words = gap.split()
        if gap.strip(" -") == "" or (len(words) == 1 and words[0] in CONNECTORS):
            if caps[j - 1].poss and gap.strip() != "":
                break
            j -= 1
        else:
            break
    return j


def _continues(text: str, caps: list[Cap], k: int, lex: Lexicon) -> bool:
    """The capitalised phrase goes on past caps[k] with an ordinary word that is no head."""
    cap, nxt = caps[k], caps[k + 1]
    if cap.poss or text[cap.end:nxt.start] != " ":
        return False
    base = nxt.base
    if len(base) < 3 or base.isupper():
        return False
    if base in PLACE_HEADS or base in STRONG_STREET or base in WEAK_STREET or base in ("School", "Academy"):
        return False
    if base.lower() in lex.calendar or base.rstrip(".").lower() in WEEKDAY_ABBR:
        return False   # "Phoenix Recovery Hub Weds.": a day after the place
    if cap.base in STRONG_STREET and (base.lower() in lex.towns or base.lower() in lex.word_towns):
        return False   # "34 Morris Road Poplar": the street, then its district
    return base.lower() in lex.words and not lex.cls(base) & FIRSTS


WEEKDAY_ABBR = frozenset("mon tue tues wed weds thu thur thurs fri sat sun".split())


def _key(cap: Cap) -> str:
    return cap.base.lower()


# capitalised words of a title phrase, never of a place's name: "Missing From Home protocol"
TITLE_WORDS = frozenset("from with without into for by about after before against".split())


def _is_named(words: list[Cap], lex: Lexicon) -> bool:
    if any(_key(w) in TITLE_WORDS for w in words):
        return False
    for w in words:
        low = _key(w)
        if low in lex.place_generic or low in TITLES or w.base in lex.abbreviations or w.base in PLACE_HEADS:
            continue   # "Boxing Club and Breakfast Club": a place word names nothing
        return True
    return False


def _first_named(words: list[Cap], lex: Lexicon) -> int:
    for w in words:
        if _key(w) not in lex.place_generic and w.base not in PLACE_HEADS:
            return w.start
    return words[0].start


def _all_first_names(words: list[Cap], lex: Lexicon) -> bool:
    if words and words[0].base.lower().rstrip(".") in TITLES and len(words) > 1:
        words = words[1:]   # "Mrs Bridget Ward": a person
    return bool(words) and all(lex.cls(w.base) & FIRSTS for w in words)


def find_places(text: str, caps: list[Cap], lex: Lexicon) -> list[Span]:
    """Longest first, so that "Oakfield Primary School" wins over "Oakfield Primary"."""
    found = list(_places(text, caps, lex))
    if len(found) > 1:
        found.sort(key=lambda f: f[1] - f[2])
    return found


def _places(text: str, caps: list[Cap], lex: Lexicon) -> Iterator[Span]:
    heads = ALL_HEADS | NUMBERED_STREET   # (the proper-noun rules read ALL_HEADS without them: "the Food Bank")
    for k in [k for k, cap in enumerate(caps) if cap.base in heads]:   # few tokens are place words
        cap = caps[k]
        head = cap.base
        if head in CAPS_HEADS:
            if head == "ST" and k + 1 < len(caps) and caps[k + 1].start == cap.end + 1 \
                    and lex.classes.get(caps[k + 1].base.lower(), 0) & FIRSTS:
                continue   # "ST MARY": a saint's
            span = _caps_place(text, caps, k, lex)
            if span >= 0:
                yield CAPS_HEADS[head], span, cap.end
            continue
        if k + 1 < len(caps) and head not in ("St", "St.") and _continues(text, caps, k, lex):
            continue   # "Return Home Interview", "Hope House Project": the phrase goes on
        if head in PLACE_HEADS:
            if head == "Ward":
                w = WARD_NUMBER.match(text, cap.end)
                if w:
                    yield "named-place", cap.start, w.end()
                    continue
            j = _run_before(text, caps, k)
            words = caps[j:k]
            if not words or not _is_named(words, lex):
                continue
            if head in SURNAME_HEADS and _all_first_names(words, lex):
                continue   # "Kayla Ward" is a person; the name rule reports it
            yield "named-place", _first_named(words, lex), cap.end
        elif head in WEAK_PLACE_HEADS:
            j = _run_before(text, caps, k, 4)
            words = caps[j:k]
            after = text[cap.end:cap.end + 2]
            if head == "Royal" and after == " " + after[1:2] and after[1:2].isupper():
                m = ROYAL_HOSPITAL.match(text, cap.end)
                if m:
                    yield "named-place", cap.start, m.end(1)   # "Royal Lancashire maternity"
                elif k + 1 < len(caps) and caps[k + 1].start == cap.end + 1:
                    nb = caps[k + 1].base
                    low_nb = nb.lower()
                    if nb[1:].islower() and (low_nb in lex.towns or low_nb in lex.known_places and low_nb in ROYAL_REGIONS
                                             or unknown_word(nb, lex)):
                        yield "named-place", cap.start, caps[k + 1].end   # "born Royal Gwent", "the Royal Oldham"
                continue
            if after[:1] == "-" or (after[:1] == " " and after[1:2].isupper()):
                continue   # "High Court", "High-risk"
            if words and any(unknown_word(w.base, lex) or w.base.lower() in lex.towns for w in words):
                yield "named-place", words[0].start, cap.end
            elif head in ("High", "Practice") and words and not words[0].poss and _is_named(words, lex) \
                    and (WEAK_CUE if head == "High" else GP_CUE).search(text, max(0, words[0].start - 32), words[0].start) \
                    and (head == "Practice" or not any(lex.cls(w.base) & ~(FIRSTS | SURNAME_BITS) for w in words)):
                yield "named-place", words[0].start, cap.end   # "GP reg at Canal Side Practice", "(Y10, Kingfisher High)"
            elif head == "General" and words and len(words[-1].base) > 3 and not lex.is_abbreviation(words[-1].base) \
                    and not lex.cls(words[-1].base) & ~FIRSTS and words[-1].base.lower() not in RANKS and (
                        words[-1].base.lower() not in lex.words
                        or PREPOSITION.search(text, max(0, words[-1].start - 12), words[-1].start)):
                yield "named-place", words[-1].start, cap.end   # "at Riverside General", not "Attorney General"
        elif head in VILLAGE_HEADS:
            words = caps[_run_before(text, caps, k, 2):k]
            if words and not words[-1].poss and not words[-1].base.isupper() and _is_named(words, lex):
                yield "named-place", words[0].start, cap.end
        elif head in REC_HEADS:
            words = caps[_run_before(text, caps, k, 3):k]
            after = text[cap.end:cap.end + 2].strip()
            if words and not after[:1].isdigit() and after[:1] not in (":", "-") and all(
                    not w.base.isupper() and not lex.is_abbreviation(w.base) for w in words) and _is_named(words, lex):
                yield "named-place", _first_named(words, lex), cap.end
        elif head in STREET_ABBR and head not in STRONG_STREET and _abbr_street(text, caps, k):
            words = caps[_run_before(text, caps, k, 4):k]
            numbered = NUMBER_BEFORE.search(text, max(0, words[0].start - 24), words[0].start)
            yield "street-address", numbered.start(), cap.end
        elif head in UNNUMBERED_ABBR and _unnumbered_street(text, caps, k, lex):
            yield "named-place", caps[_run_before(text, caps, k, 3)].start, cap.end
        elif head in STRONG_STREET or head in WEAK_STREET or head in NUMBERED_STREET:
            j = _run_before(text, caps, k, 4)
            words = caps[j:k]
            if not words:
                continue
            start = words[0].start
            numbered = NUMBER_BEFORE.search(text, max(0, start - 24), start)
            lows = [_key(w) for w in words]
            if head == "Court" and any(w in COURT_WORDS for w in lows):
                continue
            real = [w for w in lows if w not in STREET_GENERIC]
            if not real and not numbered:
                continue
            if not numbered and head in SURNAME_HEADS and _all_first_names(words, lex) and not (
                    head in ("Lane", "Way") and all(_key(w) in lex.words for w in words)
                    and PREPOSITION.search(text, max(0, start - 12), start)):
                continue   # "Kayla Green"; but "on Marsh Lane", a word-name after a preposition, is a street
            if head in WEAK_STREET and not numbered and not PREPOSITION.search(text, max(0, start - 12), start):
                continue
            if head in NUMBERED_STREET and not (numbered and PREPOSITION.search(text, max(0, numbered.start() - 12), numbered.start())):
                continue   # "address at 8 Dunston Bank", not "at the Food Bank" or "3 Food Bank sessions"
            yield "street-address", numbered.start() if numbered else start, cap.end
        elif head == "St" or head == "St.":
            if k + 1 < len(caps) and caps[k + 1].start - cap.end <= 2 and text[cap.end:caps[k + 1].start].strip(". ") == "":
                nxt = caps[k + 1]
                yield "named-place", cap.start, nxt.end + (2 if nxt.poss else 0)
    for word in FLAT_WORDS:
        i = text.find(word)
        while i >= 0:
            m = (FLAT if word[0].isupper() else FLAT_LOWER).match(text, i)
            if m and not (i and (text[i - 1].isalnum() or text[i - 1] == "_")):
                yield "street-address", i, m.end()
            i = text.find(word, i + 3)


def _caps_place(text: str, caps: list[Cap], k: int, lex: Lexicon) -> int:
    """Start of the name before a place word in capitals ("LISTER WARD"), or -1 for none.

    In shouted text every word is in capitals, so only the one or two words right before
    the place word count, and each must be no English word or a name ("ON LISTER WARD",
    not "TO SECONDARY SCHOOL" nor "AT THE SCHOOL")."""
    start = -1
    j = k
    while j > 0 and k - j < 2:
        prev = caps[j - 1]
        if prev.poss or text[prev.end:caps[j].start] != " " or not prev.base.isupper() or len(prev.base) < 3:
            break
        low = prev.base.lower()
        c = lex.classes.get(low, 0)
        if lex.is_abbreviation(prev.base) or low in lex.place_generic or low in lex.known_places \
                or low in TITLES or c & ~NAME or (low in lex.words and not c & NAME):
            break
        start = prev.start
        j -= 1
    return start


def find_lower_streets(text: str, low: str, runs, lex: Lexicon) -> Iterator[Span]:
    """"23 foxglove cl", "4 mill ln": hurried lower case with an abbreviated street word.

    ``runs`` are the runs of digits of ``identifiers.clusters``; a house number is one."""
    match = LOWER_STREET_ABBR.match
    welsh = welsh_words()
    for s, e, _ in runs:
        if e - s <= 4 and (text[e:e + 1] in (" ", ",") or text[e + 1:e + 2] == " " and text[e:e + 1].isalpha()):
            m = match(low, s)
            # (the name may keep its capital while the street word loses it: "112 Barking rd, E16")
            if m and not (s and (text[s - 1].isalnum() or text[s - 1] in ".,/:-")) \
                    and not text[m.end() - 2:m.end()].strip()[:1].isupper():
                end = m.end()
                tail = m.group("tail")
                # a Welsh street's last word may be the sentence's: "12 Cae Gwyn now."
                if tail and tail in lex.words and tail not in welsh:
                    end = len(low[:m.start("tail")].rstrip())
                yield "street-address", s, end


# "seen at station rd", "home all day wren st.", "gp @ marsh ln", "at tower gdns": a lower-case
# word and "rd", "st", "ln", "gdns", "tce" or "cres", no number
# ("the st", "1st" and "3rd" are no streets)
LOWER_RD_ST = re.compile(r"(?<![\w'’./-])([a-z]{3,}) (?:rd|st|ln|gdns|tce|cres|sq(?! ?(?:m|ft|feet|metres?|meters?|km|mi|in|yds?)\b))"
                         r"(?![\w-])(?!['’]\w)(?!\.[a-z])")   # (a closing quote may follow: "at the magistrates, market st'")
NOT_STREET_NAME = frozenset("the and for was has had his her our one any via per not but nor yet off out all two six ten "
                            "who its are can may did get got see saw ref re".split())


def find_lower_rd_st(text: str, low: str, words: set[str]) -> Iterator[Span]:
    if "rd" not in words and "st" not in words and "ln" not in words and "sq" not in words \
            and "gdns" not in words and "tce" not in words and "cres" not in words:
        return   # the common case
    for m in LOWER_RD_ST.finditer(text):
        if m.group(1) not in NOT_STREET_NAME and not (m.group(1) in ("high", "main") and prev_word(low, m.start())[0] == "the"):
            yield "street-address", m.start(), m.end()   # (not "last seen on the high st": every town's)


def find_the_streets(text: str, low: str) -> Iterator[Span]:
    """"8 the spinney, dereham", "41 The Crescent": a house number, "the" and a word British
    streets are named with alone is an address, in any case; and an old lane's end after a
    house number ("22 Felmores End": with no number, "Mile End" is a district's)."""
    if " End" in text:
        for m in NUMBERED_END.finditer(text):
            yield "street-address", m.start(), m.end()
    if " the " not in low:
        return
    for m in THE_STREET.finditer(low):
        yield "street-address", m.start(), m.end()


def find_capital_streets(text: str) -> Iterator[Span]:
    """"Location: HIGH STREET, NORMANBY": a street in a police system's capitals, its name a
    word or two of capitals and its full street word (a field's capitals, "PLAN REVIEW", are no
    street: the street word must end it)."""
    if not CAPITAL_STREET_GATE.search(text):
        return
    for m in CAPITAL_STREET.finditer(text):
        yield "named-place", m.start(), m.end()


CAPITAL_STREET_GATE = re.compile(r"[A-Z]{3} (?:STREET|ROAD|LANE|AVENUE|DRIVE|CLOSE|CRESCENT|TERRACE|GROVE|GARDENS)\b")
# (not a heading's words run on in capitals: "STREET TEAM REVIEW")
CAPITAL_STREET = re.compile(r"(?<![\w'’-])(?:[A-Z]{3,15}['’]?S? ){1,2}(?:STREET|ROAD|LANE|AVENUE|DRIVE|CLOSE|CRESCENT|TERRACE|"
                            r"GROVE|GARDENS)(?![\w'’-]| [A-Z]{2,})")
NUMBERED_END = re.compile(r"(?<![\w/.:£$-])\d{1,4}[a-z]? [A-Z][a-z]{2,15}(?:['’]?s)? End\b")


# streets called "The X" (a house number before: "3 the chase", not "on the green")
THE_STREET_WORDS = (
    "crescent green avenue drive close spinney paddock paddocks orchard orchards meadows meadow grove chase glade "
    "croft mews maltings willows limes laurels cedars hollies beeches oaks firs poplars elms square parade ridgeway "
    "rise dell coppice copse heights nook brambles pastures fairway boulevard street sidings causeway crossways "
    "hawthorns larches rowans sycamores chestnuts pines birches hazels leas fold garth wynd courtyard hollow hollows "
    "dingle knoll glebe firs")
# (from a digit, a charset the engine skips to fast; the lookbehind after it reads the
# character before the number)
THE_STREET = re.compile(r"\d(?<![\w/.:£$-]\d)\d{0,2}[a-z]? the (?:" + "|".join(THE_STREET_WORDS.split()) + r")(?![\w'’-])")


# a hospital ward by its number, in any case: "ward 7b, Queens", "on Ward 12"
WARD = re.compile(r"(?<![\w-])[Ww]ard \d{1,2}[A-Za-z]?(?![\w/:.-]\d?)(?!\s+(?:days?|weeks?|nights?|hours?|hrs?|times?|mins?)\b)")


# a ward by its name after lower-case "ward": "(ward Paddington)", "on ward Rainbow"
WARD_NAMED = re.compile(r"(?<![\w-])ward ([A-Z][a-z]{2,15})(?![\w'’-])")
NOT_WARD_NAME = frozenset("round rounds manager managers staff clerk meeting meetings team review sister nurse nurses "
                          "councillor councillors member members doctor doctors based level entrance reception".split())


def find_wards(text: str, words: set[str], lex: Lexicon) -> Iterator[Span]:
    if "ward" in words:
        for m in WARD.finditer(text):
            yield "named-place", m.start(), m.end()
        for m in WARD_NAMED.finditer(text):
            w = m.group(1).lower()
            if w not in NOT_WARD_NAME and not (lex.classes.get(w, 0) & (ROLE | TITLE | DET_CLASS | PERSON_NOUN | CAL)):
                yield "named-place", m.start(), m.end()


# abbreviated street words that may name a street with no house number after a preposition:
# "seen on Freeman St, Grimsby", "lives off Tower Gdns" (not "Dr": a title)
UNNUMBERED_ABBR = frozenset({"St", "St.", "Ln", "Gdns", "Cl", "Cres", "Tce", "Pde", "Sq", "Wlk"})
SEEN_BEFORE = re.compile(r"\b(?:seen|found|spotted|nr|down|up|by)\s+$", re.IGNORECASE)
# what may follow such a street: a mark, the text's end, a lower-case word or a town
AFTER_ABBR_STREET = re.compile(r"\.?(?:$|[,;:)!?\n\x00]| [a-z]| [-–]|\. )")


def _unnumbered_street(text: str, caps: list[Cap], k: int, lex: Lexicon) -> bool:
    """"on Freeman St, Grimsby", "from Freeman St Grimsby": a named street's abbreviated word
    after a preposition with no house number, then no saint's name ("near St Anne's")."""
    cap = caps[k]
    j = _run_before(text, caps, k, 3)
    words = caps[j:k]
    if not words or cap.poss or any(w.poss or w.base.isupper() or lex.is_abbreviation(w.base) or w.base in PLACE_HEADS
                                    or lex.cls(w.base) & (ROLE | TITLE) for w in words) \
            or not (PREPOSITION.search(text, max(0, words[0].start - 12), words[0].start)
                    or SEEN_BEFORE.search(text, max(0, words[0].start - 12), words[0].start)):
        return False
    if AFTER_ABBR_STREET.match(text, cap.end):
        return True
    if k + 1 < len(caps) and caps[k + 1].start == cap.end + 1:
        nb = caps[k + 1].base.lower()
        return nb in lex.towns and not lex.classes.get(nb, 0) & FIRSTS and "st " + nb not in lex.known_places \
            and "st " + nb not in lex.towns   # "Freeman St Grimsby", not "College St Austell"
    return False


def _abbr_street(text: str, caps: list[Cap], k: int) -> bool:
    """"23 Foxglove Cl", "44 Brierley St." after a house number; not "Dr Patel", "St Anne's"."""
    cap = caps[k]
    words = caps[_run_before(text, caps, k, 4):k]
    if not words or cap.poss or not NUMBER_BEFORE.search(text, max(0, words[0].start - 24), words[0].start):
        return False
    if cap.base in ("St", "Dr"):
        rest = text[cap.end:cap.end + 30].lstrip(".")
        if rest[:1] == " " and rest[1:2].isupper() and not re.match(r" [A-Z]{1,2}\d", rest):
            return False   # "12 Church St Mary's", "Year 9 Maths Dr Okafor": a title follows
    return True


def unknown_word(tok: str, lex: Lexicon) -> bool:
    """A capitalised word no list knows: not English, not a name, not a known place."""
    low = tok.lower()
    return (
        len(tok) > 2 and not tok.isupper() and low not in lex.words and not lex.classes.get(low, 0)
        and low not in lex.place_generic and low not in lex.known_places and tok not in lex.abbreviations
        and tok.isalpha()
    )


# lower-case place words after a capitalised name: "Little Acorns nursery", "at Riverside
# school", "Meadowbank children's home"
CAP_THEN_LOWER_HEADS = frozenset(
    "primary academy nursery college surgery infirmary estate school hospital ward home centre "
    "clinic hostel mosque church gurdwara temple mandir synagogue chapel club library refuge hotel "
    "unit station stn farm maternity area site pub takeaway restaurant cafe shop store scheme shops parade "
    "park hub sch acad coll".split()   # "Leek high sch", "Bicester Learning Acad", "Lagan Coll"
)
# businesses are named with ordinary words ("the Royal Oak pub", "the Fairway shops"): before
# these, any capitalised word that is no generic word, role or abbreviation names the place
COMMERCIAL_HEADS = frozenset("pub takeaway restaurant cafe shop store shops parade".split())
# "site" is a place only after one of these: "Spring Meadow Traveller site", "the Oakley caravan site"
SITE_WORDS = frozenset("traveller travellers traveller's gypsy gypsies caravan caravans travelling mobile".split())
# lower-case words that may stand between the name and such a place word, besides the
# generic place words: "Meadowgate bus stn", "Millgate shopping centre"
EXTRA_BRIDGES = frozenset("bus train railway rail coach police fire shopping town sports medical mother and short breaks "
                          "retail business industrial trading family caravan holiday skate chip fish kebab pizza corner "
                          "charity betting nail coffee sandwich vape high car".split())   # ("Priory car park")
# "home" and "centre" are places only with a word of their own kind before them
HOME_BRIDGES = {"children's", "childrens", "children’s", "children", "care", "residential", "group", "nursing", "foster"}
CENTRE_BRIDGES = {"children's", "childrens", "children’s", "children", "family", "medical", "health", "community",
                  "contact", "leisure", "youth", "day", "resource", "shopping", "town", "sports", "job"}
# "unit" is a place only after a word of care: "Brambles short breaks unit", "the Cedars mother and baby unit"
UNIT_BRIDGES = {"breaks", "respite", "assessment", "secure", "baby", "psychiatric", "adolescent", "inpatient",
                "maternity", "neonatal", "paediatric", "mental", "health", "residential", "care"}
# after a lower-case word no list knows, these name a place too: "greenfields shops", "welby practice"
LOWER_NAMED_HEADS = frozenset("shops parade school practice park flats centre clinic pub takeaway cafe".split())
HEAD_WORDS = LOWER_HEADS | CAP_THEN_LOWER_HEADS | LOWER_NAMED_HEADS
COMMERCIAL_NOT = VOCAB | ROLE | TITLE | DET_CLASS
GRADES = {"outstanding", "good", "requires", "improvement", "inadequate", "satisfactory"}


def head_hits(low: str, words: set[str]) -> list[tuple[int, int, str]]:
    """Whole-word occurrences of the lower-case place words, shared by the two rules below."""
    heads = HEAD_WORDS.intersection(words)
    hits = list(occurrences(low, heads)) if heads else []
    if "café" in low:   # the only head with an accent: lower_words holds ASCII words
        hits += [(s, e, "cafe") for s, e, _ in occurrences(low, ("café",))]
    hits.sort()   # in text order, not the order the set of heads happened to iterate in
    return hits


def find_cap_lower_places(text: str, hits: list[tuple[int, int, str]], caps: list[Cap], lex: Lexicon) -> Iterator[Span]:
    """"Little Acorns nursery", "at Riverside school", "Meadowbank children's home"."""
    if not hits or not caps:
        return
    bridges_ok = lex.place_bridges
    ends: list[int] = []
    for s, end, head in hits:
        if head not in CAP_THEN_LOWER_HEADS or s < 3 or text[s - 1] != " " or not text[s].islower():
            continue
        if head == "site":
            span = _site(text, s, end, caps, lex)
            if span:
                yield span
            continue
        p = s
        bridge = ""
        seen_bridges = set()
        for _ in range(4):
            lo = max(0, p - 40)
            ws = text.rfind(" ", lo, p - 1) + 1
            if ws == 0 and lo:
                word = ""
                break   # no word of sensible length before
            word = text[ws:p - 1]
            if not word or word[0].isupper():
                break
            lw = word.lower()
            if (lw not in bridges_ok and lw not in EXTRA_BRIDGES) or ws == 0:
                p = -1
                break
            bridge = lw   # "children's" of "Meadowbank children's home"
            seen_bridges.add(lw)
            p = ws
        if p < 0 or not word or not word[0].isupper() or word[-1:].isupper() or word[-1:].isdigit():
            continue   # no capitalised word before, or an abbreviation ("SEN school")
        if head == "home" and bridge not in HOME_BRIDGES:
            continue
        if head == "centre" and bridge not in CENTRE_BRIDGES:
            continue
        if head == "unit" and seen_bridges.isdisjoint(UNIT_BRIDGES):
            continue
        if head == "scheme" and seen_bridges.isdisjoint(UNIT_BRIDGES) or "and" in seen_bridges and "baby" not in seen_bridges:
            continue   # "Maple Leaf short breaks scheme", "the Cedars mother and baby unit"
        if not ends:
            ends = [c.end for c in caps]
        i = bisect_left(ends, p - 1)
        if i >= len(caps) or caps[i].end != p - 1:
            continue
        k = i
        if caps[k].poss:
            continue   # "Kayla's nursery": the name rule
        j = k
        while j > 0 and k - j < 3 and text[caps[j - 1].end:caps[j].start] == " " and not caps[j - 1].poss:
            j -= 1
        strong = []
        for c in caps[j:k + 1]:
            lw = c.base.lower()
            cls = lex.classes.get(lw, 0)
            if (c.base.isupper() or lex.is_abbreviation(c.base) or lw in lex.place_generic or lw in GRADES
                    or lw in lex.known_places):
                continue
            if cls & ~FIRSTS and not cls & FIRSTS and not (head in COMMERCIAL_HEADS and not cls & COMMERCIAL_NOT):
                continue
            strong.append(c)
        if not strong:
            continue
        if head == "area" and not any(unknown_word(c.base, lex) or c.base.lower() in lex.towns for c in strong):
            continue   # "the Gorsey Bank area", not "the North area"
        named = (
            any(unknown_word(c.base, lex) for c in strong) or len(strong) >= 2
            or not sentence_initial(text, strong[0].start)
        )
        if named:
            first = next((c for c in caps[j:k + 1] if not lex.classes.get(c.base.lower(), 0) & DET_CLASS), strong[0])
            yield "named-place", min(first.start, strong[0].start), end


def _site(text: str, s: int, end: int, caps: list[Cap], lex: Lexicon) -> Span | None:
    """"Spring Meadow Traveller site", "the Oakley caravan site": a named Traveller or caravan site."""
    word, sep, ws = prev_word(text, s)
    if sep != " " or word.lower() not in SITE_WORDS:
        return None
    ends = {c.end: i for i, c in enumerate(caps)}
    k = ends.get(ws - 1)
    if k is None or text[ws - 1:ws] != " " or caps[k].poss:
        return None
    j = k
    while j > 0 and k - j < 2 and text[caps[j - 1].end:caps[j].start] == " " and not caps[j - 1].poss:
        j -= 1
    named = [c for c in caps[j:k + 1] if not (c.base.isupper() or lex.is_abbreviation(c.base)
             or lex.classes.get(c.base.lower(), 0) & DET_CLASS or c.base.lower() in lex.known_places)]
    if not named or all(c.base.lower() in lex.place_generic for c in named):
        return None
    return "named-place", named[0].start, end


def find_lower_places(text: str, hits: list[tuple[int, int, str]], lex: Lexicon,
                      known: frozenset[str] = frozenset()) -> list[Span]:
    """``_lower_places`` in order, the longest first where two start together ("12 sea view
    parade" over "12 sea view"), whatever order the heads' set gave the hits in."""
    return sorted(_lower_places(text, hits, lex, known), key=lambda sp: (sp[1], -sp[2]))


def _lower_places(text: str, hits: list[tuple[int, int, str]], lex: Lexicon,
                  known: frozenset[str] = frozenset()) -> Iterator[Span]:
    """Hurried lower case: "went to oakfield primary", "lives at 14 acacia avenue",
    "greenfields shops", "welby practice".

    ``hits`` are the occurrences of the place words (``head_hits``); before the heads of
    ``LOWER_NAMED_HEADS`` the word must be on no list at all (``known``: "frontline practice")."""
    for s, end, head in hits:
        if head not in LOWER_HEADS and head not in LOWER_NAMED_HEADS or not text[s].islower():
            continue
        if head in LOWER_STREETS:
            n = NUMBER_LOWER.search(text, max(0, s - 40), s)
            # (not a time's minutes: "bus 7:40 from the lane end")
            if n and (n.start() == 0 or not text[n.start() - 1].isalnum() and text[n.start() - 1] not in ":.") and not (
                    head in LOWER_WEAK_STREETS and not NOT_STREET_WORDS.isdisjoint(n.group().split()[1:])) \
                    and not YEAR_NUMBER.match(n.group()):   # "2004 drink drive", "SGO granted 2021, family court"
                yield "street-address", n.start(), end
            continue
        word, sep, ws = prev_word(text, s)
        if word and sep.strip() == "" and len(word) >= 4 and not lex.is_abbreviation(word) \
                and not any(c.isdigit() for c in word):   # (not "2hrs school nights": a count's unit)
            lw = word.lower()
            if lw not in lex.words and lw not in lex.place_generic and not lex.cls(lw) & ~FIRSTS \
                    and (head in LOWER_HEADS or lw not in known) and not (word.islower() and english_form(lw, lex.words)):
                yield "named-place", ws, end   # "oakfield primary", "the Beechwood estate"
