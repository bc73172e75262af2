"""Places found beside places already found: the town after a place's comma ("the lodge,
Slough"), a town joined to a place ("from Withernsea to Hull"), the words between an address
and its postcode, a house number and words before a town ("17 Oak Bank, Rochdale"), a town
before an outward code ("barrow LA14") and an outward code after a place or an address.

Each function takes the text and the spans found so far (``scanner.PrivacyScanner._spans``)
and yields the new spans; the scanner claims them after every other rule.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from . import identifiers, lowerplaces
from .places import COURT_WORDS, STRONG_STREET, WEAK_STREET
from .propernoun import SHOPS
from .lexicon import CAL, DET, NAME, PERSON_NOUN, ROLE, TITLE, VOCAB, Lexicon
from .tokens import segment_bounds, sentence_initial

Span = tuple[str, int, int]


def towns_before_postcodes(text: str, spans: list[Span], lex: Lexicon) -> Iterator[Span]:
    """"4 rosebay ct, rock ferry CH42", "3 chapel row newlyn TR18 5HX": the words between a
    street address and its postcode are its town or district, whatever they are."""
    ends = [e for k, _, e in spans if k in ("street-address", "named-place")]
    for kind, s, e in spans:
        if kind != "postcode":
            continue
        m = next((m for m in (BETWEEN_ADDRESS_AND_POSTCODE.fullmatch(text, x, s) for x in ends if s - 30 <= x < s) if m), None)
        if not m and " " in text[s:e]:
            # "home maw green, CW1 4PR": the words between where one lives and a full postcode
            m = HOME_THEN_POSTCODE.search(text, max(0, s - 40), s)
        if m:
            words = m.group(1).split()
            if not any(lex.classes.get(w.lower(), 0) & (ROLE | DET) or w.lower() in NOT_TOWN_WORDS for w in words):
                yield "named-place", m.start(1), m.start(1) + len(m.group(1))


NOT_TOWN_WORDS = frozenset("and or then with at in on to from postcode post code pc is was nr near by of site estate flats "
                           "visit visits address addr same new old check see file as tbc tba unknown nk above below "
                           "given confirmed needed required withheld redacted previous current "
                           # a writer's doubt: "to hartlepool, poss ts24?"
                           "poss possibly prob probably maybe perhaps think thinks somewhere".split())
HOME_THEN_POSTCODE = re.compile(r"\b(?:home|lives|living|address|addr)\s*[:=-]?\s+([a-z][a-z'’-]+(?: [a-z][a-z'’-]+)?),? $",
                                re.IGNORECASE)
def towns_after_places(text: str, spans: list[Span], lex: Lexicon) -> Iterator[Span]:
    """"placed kenmore hostel, reading.", "the lodge, Slough": a town after a comma after a
    place or an address is its town, even a town that is an English word."""
    for kind, s, e in list(spans):
        if kind not in ("named-place", "street-address"):
            continue
        head = HEAD_THEN_COMMA.match(text, e)   # "kenmore hostel, reading": the place's head word
        if head and head.group(1) and head.group(1).strip().lower() not in lex.place_generic \
                and head.group(1).strip().lower() not in HEADS_BEFORE_TOWN:
            if kind == "street-address" and head.group(1).strip().lower() in lex.towns and head.group(1)[1:2].isupper():
                yield "named-place", head.start(1) + 1, head.end(1)   # "51 Magdalen Way Gorleston, officers"
            continue
        if not head and text[e:e + 1] == " ":
            # "Address 19 Lansdowne Rd Croydon", "34 Morris Road Poplar", "Christ Apostolic Church
            # Plumstead": no comma in a pasted field; a town that is an English word only after an address
            m = TITLE_WORD.match(text, e + 1)
            if m is None and text[s:e].islower() and STREET_END.search(text, s, e):
                m = LOWER_TOWN_ENDING.match(text, e + 1)   # "found 02:00 in brunswick sq hove."
            w = m.group(1).lower() if m else ""
            streetish = kind == "street-address" or STREET_END.search(text, s, e) is not None
            if w and (w in lex.towns or streetish and w in lex.word_towns) \
                    and not text[m.end(1):m.end(1) + 2].strip()[:1].isupper():
                yield "named-place", m.start(1), m.end(1)
        if head:
            m = TOWN_AFTER_COMMA.match(text, head.end())
            if not m and kind == "street-address" and not head.group(1):
                m = TITLE_WORD.match(text, head.end())   # "2 Victoria Dock Walk, Hull 1 Aug"
            w = m.group(1).lower() if m else ""
            if w and (w in lex.towns or w in lex.word_towns) and (m.group(1).islower() or m.group(1).istitle()) \
                    or w in MONTH_TOWNS and kind == "street-address" and m.group(1).istitle() \
                    and not text[m.end(1):m.end(1) + 3].strip()[:1].isdigit():
                yield "named-place", m.start(1), m.end(1)   # (a month that is a town: "12 Elm Road, March")


# a street's word ending a place found, after which a town that is an English word is the
# street's town: "found 02:00 in brunswick sq hove"
STREET_END = re.compile(r"\b(?i:rd|road|st|street|sq|square|ave|avenue|lane|ln|close|cl|way|drive|dr|crescent|cres|"
                        r"terrace|tce|place|pl|grove|gardens|gdns|parade|pde)$")


# a town in lower case ending the clause
LOWER_TOWN_ENDING = re.compile(r"([a-z]+)(?=\s*(?:[.,;:)\n\x00]|$))")


# the Fenland town that is a month: a town only after a street address and its comma, the clause ending
MONTH_TOWNS = frozenset({"march"})


def towns_joined_to_places(text: str, spans: list[Span], lex: Lexicon) -> Iterator[Span]:
    """"relatives from Lewsey Farm and Birmingham", "moved from Withernsea to Hull": a town
    joined to a place found is a place too, even a town that is an English word ("Hull")."""
    for kind, s, e in list(spans):
        if kind in ("personal-name", "street-address") and text[max(0, s - 8):s].lower() == "between ":
            m = TOWN_JOINED.match(text, e)   # "moves between Priddy and Cheddar": whatever the first was taken for
            if m and m.group(1) in ("and", "&") and m.group(2).lower() in lex.place_words:
                yield "named-place", m.start(2), m.end(2)
        if kind != "named-place":
            continue
        t = TOWN_THEN.search(text, max(0, s - 40), s)
        if t and t.group(1).lower() in lex.place_words:
            yield "named-place", t.start(1), t.end(1)   # "the family's moves: Ore until 2019, then Silverhill"
        b = TOWN_BEFORE_TO.search(text, max(0, s - 24), s)
        if b and (b.group(1).lower() in lex.towns or b.group(1).lower() in lex.word_towns
                  or b.group(1).lower() in lex.place_words and text[max(0, b.start() - 5):b.start()].lower() == "from "):
            yield "named-place", b.start(1), b.end(1)   # "county lines - Portsmouth to Newport", "from Bow to Mile End"
        b = TOWN_BEFORE_AND.search(text, max(0, s - 24), s)
        if b and (b.group(1).lower() in lex.towns or b.group(1).lower() in lex.word_towns) \
                and (text[s:e].lower() in lex.towns or text[s:e].lower() in lex.word_towns) and not sentence_initial(text, b.start(1)):
            yield "named-place", b.start(1), b.end(1)   # "between Slough and Swindon": two towns
        if text[max(0, s - 5):s].lower() == "from ":
            t = TO_THE_PLACE.match(text, e)   # "the move from Creggan to the Waterside": a district by its article
            if t and not lex.classes.get(t.group(1).lower(), 0) & (ROLE | VOCAB | DET | TITLE | CAL) \
                    and t.group(1).lower() not in lex.place_generic and t.group(1).lower() not in COMPASS_WORDS:
                yield "named-place", t.start(1), t.end(1)
        m = TOWN_JOINED.match(text, e) or TOWN_BRACKETED.match(text, e)
        if not m or m.group(1) == "to" and not text[max(0, s - 5):s].lower().endswith("from "):
            continue
        w = m.group(2).lower()
        if w in lex.towns or w in lex.word_towns:
            yield "named-place", m.start(2), m.end(2)


# "... and Birmingham", "... to Hull": a title-case town after a place, not before another
# capital ("and Reading Recovery"); "Oak Lodge (Stoke)": a town in brackets after it
TOWN_JOINED = re.compile(r" (and|or|&|to) ([A-Z][a-z]+)(?![\w-]|['’]\w| [A-Z])")   # (a quote may close: "from London and Luton'")
# a place in a chain of moves before one found: "Ore until 2019, then Silverhill"
TOWN_THEN = re.compile(r"(?<![\w'’-])([A-Z][a-z]+)(?: (?:until|till|to|in|from) (?:[A-Z][a-z]+ )?(?:19|20)\d\d)?,? then $")
TOWN_BEFORE_TO = re.compile(r"(?<![\w'’-])([A-Z][a-z]+) to $")
# a town joined before a town found: "the county line running between Slough and Swindon"
TOWN_BEFORE_AND = re.compile(r"(?<![\w'’-])([A-Z][a-z]+) (?:and|&|or|\+) $")
TO_THE_PLACE = re.compile(r" to the ([A-Z][a-z]+)(?![\w-]|['’]\w| [A-Z]| of )")
COMPASS_WORDS = frozenset("north south east west midlands coast city centre uk country area region mainland "
                          "continent island islands highlands borders valleys".split())
TOWN_BRACKETED = re.compile(r" (\()([A-Z][a-z]+)\)")


def numbered_before_towns(text: str, lex: Lexicon) -> Iterator[Span]:
    """"17 Oak Bank, Rochdale OL12": a house number and capitalised words before a comma and a
    town are an address, whatever the street's last word ("Bank", "Parkway", "Walk"); so are
    they before any capitalised word and a full postcode ("8 Grasslands, Jaywick, CO15 2QE")."""
    if ", " not in text:
        return
    for m in NUMBERED_BEFORE_TOWN.finditer(text):
        town = m.group(2).lower()
        first = m.group(1).split()[0].lower()
        words = m.group(1).split()
        before = text[max(0, m.start() - 8):m.start()].split()[-1:]
        coded = FULL_POSTCODE_AFTER.match(text, m.end())
        if (town in lex.towns or town in lex.word_towns or coded) and not lex.classes.get(first, 0) & (ROLE | DET | TITLE) \
                and first not in lex.calendar and first not in NOT_STREET_FIRST \
                and not (before and before[0].lower() in COUNT_BEFORE) \
                and not (len(words) == 1 and first.endswith("s") and first in lex.words
                         and not coded):   # "8 Grasslands, Jaywick, CO15 2QE"
            yield "street-address", m.start(), m.end(1)


# (a Cornish or Welsh street's joined words too: "4 Chy-an-Dour, Penzance", "2 Heol-y-Nant, Bala")
NUMBERED_BEFORE_TOWN = re.compile(r"\d(?<![\w/.:£$,-]\d)\d{0,2}[a-z]? ((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+(?:-[a-z]{1,4}-[A-Z][a-z]+)?), "
                                  r"([A-Z][a-z]+)\b")
# a full postcode after the town: the line is an address whatever its words
FULL_POSTCODE_AFTER = re.compile(r",? [A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b")
# a number before these counts something: "Year 9 Maths, Leeds", "3 Children, Leeds"
COUNT_BEFORE = frozenset("year yr yrs aged age scored got level grade stage step key".split())
NOT_STREET_FIRST = frozenset("year years children child kids weeks week days months hours visits sessions times "
                             "people members".split())


def towns_before_outward(text: str, lex: Lexicon) -> Iterator[Span]:
    """"barrow LA14", "Spalding PE11": a town, in any case, then an outward code in capitals
    is a place and its postcode district, even a town that is an English word."""
    for m in _towns_before_codes(text):
        w, code, area = m.group(1).lower(), m.group(2), m.group(3)
        if area not in identifiers.POSTCODE_AREAS or code in identifiers.OUTWARD_AMBIGUOUS \
                or area in identifiers.OUTWARD_AMBIGUOUS_AREAS or not (m.group(1).islower() or m.group(1).istitle()):
            continue
        if w in lex.towns or w in lex.word_towns:
            yield "named-place", m.start(1), m.end(1)
            yield "postcode", m.start(2), m.end(2)
        elif len(w) >= 4 and w not in lex.words and w not in lex.classes and not lex.is_abbreviation(m.group(1)) \
                and w not in lex.known_places:
            yield "postcode", m.start(2), m.end(2)   # "golden bay, towyn LL22": a town no list has, then its district
        elif m.group(1).istitle() and text[m.end(1):m.end(1) + 2] == ", " and w not in lex.known_places \
                and not lex.classes.get(w, 0) & (ROLE | TITLE | CAL) and LOCATIVE_THE.search(text, max(0, m.start(1) - 12), m.start(1)):
            yield "named-place", m.start(1), m.end(1)   # "a hotel on The Leas, CT20": a street or district by its name


# a town's station or police office, which says where the child was: "found 22:40 Reading
# station", "(Wick police office)", even a town that is an English word
TOWN_STATION = re.compile(r"(?<![\w'’-])([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?) (?:(train|bus|railway|coach|police) )?"
                          r"(?:station|stn|police office)\b")


def towns_of_stations(text: str, lex: Lexicon) -> Iterator[Span]:
    for m in TOWN_STATION.finditer(text):
        w = m.group(1).lower()
        # (with "bus", "train" or "coach", any name: "Location found: Concord bus stn")
        if w in lex.towns or w in lex.word_towns or m.group(2) and m.group(2) != "police" \
                and not lex.classes.get(w.split()[0], 0) & (DET | ROLE | TITLE) and w.split()[0] not in STATION_NOT_NAMES:
            yield "named-place", m.start(1), m.end()


# a town that is an English word, in lower case before its station: "last seen by barking stn"
# (other towns in lower case are the lower-case town rule's)
LOWER_WORD_TOWN_STATION = re.compile(r"(?<![\w'’-])([a-z]+) (?:(?:train|bus|railway|coach) )?(?:station|stn)\b")
WORD_TOWNS_NOT_STATIONS = frozenset("deal send stone street pool sale ware wells ham flint canton bray".split())


def lower_word_towns_of_stations(text: str, low: str, lex: Lexicon) -> Iterator[Span]:
    if " st" not in low:
        return
    for m in LOWER_WORD_TOWN_STATION.finditer(text):
        w = m.group(1)
        if w in lex.word_towns and w not in WORD_TOWNS_NOT_STATIONS:
            yield "named-place", m.start(1), m.end()


# capitalised words before "bus station" that name no place: "Local bus station", "Main train station"
STATION_NOT_NAMES = frozenset("the a local main nearest nearby new old same this that his her their our".split())


LOCATIVE_THE = re.compile(r"\b(?:on|in|at|off|near|from) The $")
TOWN_OUTWARD = re.compile(r"(?<![\w'’-])([A-Za-z][a-z]{2,}),? (([A-Z]{1,2})\d{1,2}[A-Z]?)(?![\w/-]|[.:]\d)")
# an outward code in capitals, found from its first capital (a charset the engine skips to fast)
OUTWARD_CAPS = re.compile(r"[A-Z][A-Z]?\d{1,2}[A-Z]?(?![\w/-]|[.:]\d)")


def _towns_before_codes(text: str) -> Iterator[re.Match]:
    """``TOWN_OUTWARD``'s matches, read from each code in capitals after a space."""
    for c in OUTWARD_CAPS.finditer(text):
        s = c.start()
        if s < 4 or text[s - 1] != " ":
            continue
        m = TOWN_OUTWARD.match(text, _word_start(text, s - 2 - (text[s - 2] == ",")), c.end())
        if m and m.end() == c.end():
            yield m


def _word_start(text: str, i: int) -> int:
    """Where the run of letters ending at ``i`` (inclusive) starts."""
    while i > 0 and text[i - 1].isalpha():
        i -= 1
    return i
HEADS_BEFORE_TOWN = lowerplaces.HEADS | frozenset("hostel hotel flats unit home centre east west north south upper "
                                                   "lower".split())   # "14 Cowbridge Rd East, Canton"
TITLE_WORD = re.compile(r"([A-Z][a-z]+)(?![\w'’-])")
HEAD_THEN_COMMA = re.compile(r"( [A-Za-z]+)?, ")
TOWN_AFTER_COMMA = re.compile(r"([A-Za-z][a-z]+(?:[ -][A-Za-z][a-z]+)?)(?=\s*(?:[.,;:)\n\x00]|$| -|['’\"”](?!\w)))")
# (after a street address: its comma and space, one to three words, a space)
BETWEEN_ADDRESS_AND_POSTCODE = re.compile(r",? ([A-Za-z][\w'’-]+(?: [A-Za-z][\w'’-]+){0,2}),? ")


def outward_after_places(text: str, spans: list[Span]) -> Iterator[Span]:
    """"58 cannon hill rd cv4", "sunrise house, cv2", "golden bay, towyn LL22": an outward
    code right after an address or a place is its postcode, in any case."""
    address_ends = {e for kind, _, e in spans if kind == "street-address"}
    for kind, s, e in list(spans):
        if kind in ("named-place", "street-address"):
            m = OUTWARD_AFTER_PLACE.match(text, e)
            g = 1 if m and m.group(1) else 3
            # "19 Clifton Rd, Balsall Heath B12": after an address and its district even a
            # vitamin's or a motorway's code is the postcode
            after_address = m is not None and kind == "street-address" and m.group(0)[:2] == ", " \
                or kind == "named-place" and any(0 < s - a <= 2 for a in address_ends)   # "3 Fernhill Close, L4"
            if m and m.group(g + 1).upper() in identifiers.POSTCODE_AREAS \
                    and (after_address or m.group(g).upper() not in identifiers.OUTWARD_AMBIGUOUS):
                yield "postcode", m.start(g), m.end(g)


# (and a hurried writer's doubt or note between: "22 Kates Hill Rd?? (check), DY1", "South Lynn (current). pe30.")
OUTWARD_AFTER_PLACE = re.compile(r"(?: (?:rd|road|st|street|ave|avenue|lane|ln|close|cl|way|drive|dr|ct|court)\.?"
                                 r"| (?:c of e|cofe|ce|rc|primary|prim|school|sch|academy|acad)"   # ("st peter's c of e, ls9")
                                 r"| (?:childrens|children's|children’s) home| (?:home|house|hostel|unit|centre|lodge))?"
                                 r"(?:\?{1,3})?(?: \((?:check|tbc|to check|unconfirmed|not confirmed|current|now|latest|\?+)\)\.?)?(?:,| -)? "
                                 # (or the writer's doubt before it: "to hartlepool, poss ts24?")
                                 r"(?:(?:poss|prob|possibly|probably|maybe|prob\.|poss\.) )?"
                                 r"(?:(([A-Za-z]{1,2})\d{1,2}[A-Za-z]?)(?![\w/-]|[.:]\d)"
                                 r"|\((([A-Za-z]{1,2})\d{1,2}[A-Za-z]?)\))")   # "living in Cottingham (HU16)"


def places_before_towns(text: str, spans: list[Span], lex: Lexicon) -> Iterator[Span]:
    """"caravan @ sandy bay, yarmouth", "visit @ the pan estate, newport": in hurried notes the
    words after "at" and before a town's comma are the place in that town, when they end in a
    place's head word ("bay", "estate") and say more than what kind of place it is (not "at
    the local park, hull", "at school, hull")."""
    for kind, s, e in list(spans):
        if kind != "named-place" or text[s - 2:s] != ", ":
            continue
        m = PLACE_BEFORE_TOWN.search(text, max(0, s - 48), s)
        if not m:
            continue
        words = m.group(1).lower().split()
        if words[-1] not in lowerplaces.HEADS or any(
                lex.classes.get(w, 0) & (ROLE | DET | TITLE) or w in lex.calendar for w in words):
            continue
        if all(w in lowerplaces.HEADS or w in lex.place_generic or w in KIND_OF_PLACE for w in words):
            continue
        yield "named-place", m.start(1), m.end(1)


def streets_before_towns(text: str, spans: list[Span], lex: Lexicon) -> Iterator[Span]:
    """"collected from post office on High Street, Sittingbourne": a street with no number
    before a town's comma is the street in that town, even a street every town has."""
    for kind, s, e in list(spans):
        if kind != "named-place" or text[s - 2:s] != ", ":
            continue
        m = STREET_BEFORE_TOWN.search(text, max(0, s - 48), s)
        if m and not any(lex.classes.get(w.lower(), 0) & (ROLE | TITLE) for w in m.group(1).split()) \
                and not (m.group(1).endswith("Court") and m.group(1).split()[0].lower() in COURT_WORDS):   # (not "the Family Court, Canterbury")
            yield "named-place", m.start(1), m.end(1)


def towns_after_names(text: str, spans: list[Span], lex: Lexicon) -> Iterator[Span]:
    """"his solicitor, Ms Temitope Adeyemi of Canterbury, attended": a town after a person's
    name and "of" is where the person is."""
    for kind, s, e in list(spans):
        if kind == "personal-name" and text[e:e + 4] == " of ":
            m = CAP_WORD.match(text, e + 4)
            if m and m.group(1).lower() in lex.towns:
                yield "named-place", m.start(1), m.end(1)


def initials_before_towns(text: str, spans: list[Span], lex: Lexicon) -> Iterator[Span]:
    """"enrolled ESOL at EKC Dover", "admitted to QEQM Margate": capitals no list knows between
    "at" and a town are that town's college, school or hospital by its initials."""
    for kind, s, e in list(spans):
        if kind == "named-place" and text[s - 1:s] == " ":
            m = INITIALS_BEFORE_TOWN.search(text, max(0, s - 20), s)
            if m and not lex.is_abbreviation(m.group(1)) and not lex.classes.get(m.group(1).lower(), 0) & (ROLE | TITLE | VOCAB):
                yield "named-place", m.start(1), m.end(1)


INITIALS_BEFORE_TOWN = re.compile(r"\b(?:at|attends|attending|attended)\s+([A-Z]{2,5}) $")   # (not "referred to CDS Penzance": a service)
CAP_WORD = re.compile(r"([A-Z][a-z'’-]{2,})(?![\w'’-])")


def districts_after_postcodes(text: str, spans: list[Span], lex: Lexicon) -> Iterator[Span]:
    """"19 Lavender Walk, OX4 6PZ (Blackbird Leys)": capitalised words in brackets right after
    a postcode are its district, whatever they are (not a role, a generic word or a list's word)."""
    for kind, s, e in list(spans):
        if kind != "postcode":
            continue
        m = BRACKETED_RUN.match(text, e)
        if m and not all(lex.classes.get(w.lower(), 0) & (ROLE | DET | TITLE | VOCAB | CAL) or w.lower() in lex.place_generic
                         or w.isupper() for w in m.group(1).split()):
            yield "named-place", m.start(1), m.end(1)


BRACKETED_RUN = re.compile(r" \(([A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2})\)")


def outward_after_ages(text: str) -> Iterator[Span]:
    """"mash: yp Kyron (16) NR30, reported by": an outward code right after a person's age in
    brackets is where the person lives; and "bailed to an address in S9": after an address's
    word and "in", even a code that reads as something else elsewhere ("S9", "B12")."""
    if ") " in text:
        for m in OUTWARD_AFTER_AGE.finditer(text):
            code, area = m.group(1).upper(), m.group(2).upper()
            if area in identifiers.POSTCODE_AREAS and code not in identifiers.OUTWARD_AMBIGUOUS \
                    and area not in identifiers.OUTWARD_AMBIGUOUS_AREAS:
                yield "postcode", m.start(1), m.end(1)
    if "ddress in" in text:
        for m in OUTWARD_AFTER_ADDRESS.finditer(text):
            if m.group(2).upper() in identifiers.POSTCODE_AREAS:
                yield "postcode", m.start(1), m.end(1)


OUTWARD_AFTER_ADDRESS = re.compile(r"\b[Aa]ddress in (([A-Za-z]{1,2})\d{1,2}[A-Za-z]?)(?![\w/-])")


OUTWARD_AFTER_AGE = re.compile(r"\((?:aged? )?\d{1,2}(?: ?y/?o)?\) (([A-Z]{1,2})\d{1,2}[A-Z]?)(?=[,.;:)]|\s|$)")


def places_before_bracketed_towns(text: str, spans: list[Span], lex: Lexicon) -> Iterator[Span]:
    """"IHA done at the Lister (Stevenage)": a capitalised name after "at the" and before a
    town in brackets is a place in that town (not a generic word, a role or a list's word:
    "at the Hospital (Leeds)", "at the MASH (Hull)")."""
    for kind, s, e in list(spans):
        if kind != "named-place" or text[s - 1:s] != "(" or text[e:e + 1] != ")":
            continue
        m = THE_PLACE_BEFORE_BRACKET.search(text, max(0, s - 48), s)
        if not m:
            continue
        words = [w.lower().removesuffix("'s").removesuffix("’s") for w in m.group(1).split()]
        if all(w in lex.place_generic or w in lowerplaces.HEADS or w in lex.known_places or w in lex.words and w not in lex.towns
               or lex.classes.get(w, 0) & (ROLE | DET | TITLE | VOCAB | CAL) for w in words):
            continue
        yield "named-place", m.start(1), m.end(1)


THE_PLACE_BEFORE_BRACKET = re.compile(r"(?:@|\b(?:at|in|to|from|near|into))\s+the\s+([A-Z][a-z'’]+(?: [A-Z][a-z'’]+){0,2}) \($")
STREET_BEFORE_TOWN = re.compile(r"\b(?:on|in|at|near|from|off|along|down|up)\s+(?:the\s+)?((?:[A-Z][a-z'’]+\s+){1,2}"
                                r"(?:" + "|".join(sorted(STRONG_STREET | WEAK_STREET)) + r")), $")
PLACE_BEFORE_TOWN = re.compile(r"(?:@|\b(?:at|in|near|from|to|visit|visited))\s+(?:the\s+)?((?:[a-z][a-z'’]+\s+){1,2}[a-z][a-z'’]+), $")
# words that say what kind of place, not which: "at the local park, hull", "at the new build estate"
KIND_OF_PLACE = frozenset("local nearby new old big small main same other family childrens children's kids "
                          "youth community holiday caravan static council private housing build retail "
                          "industrial shopping leisure sports play skate".split())


def outward_after_heads(text: str) -> Iterator[Span]:
    """"placed at sunrise house, cv2": an outward code, in any case, after a comma after a
    place's head word is that place's postcode district, found or not; and one in capitals
    right after a place's word ("seen at walk-in centre ME8")."""
    if " " in text:
        for m in OUTWARD_AFTER_HEAD.finditer(text):
            code, area = m.group(1), m.group(2)
            if area in identifiers.POSTCODE_AREAS and code not in identifiers.OUTWARD_AMBIGUOUS \
                    and area not in identifiers.OUTWARD_AMBIGUOUS_AREAS \
                    and HEAD_BEFORE_SPACE.search(text, max(0, m.start() - 12), m.start()):
                yield "postcode", m.start(1), m.end(1)
    if ", " not in text:
        return
    for m in OUTWARD_AFTER_COMMA.finditer(text):
        code, area = m.group(1).upper(), m.group(2).upper()
        if HEAD_BEFORE_COMMA.search(text, max(0, m.start() - 10), m.start()) and area in identifiers.POSTCODE_AREAS and code not in identifiers.OUTWARD_AMBIGUOUS \
                and area not in identifiers.OUTWARD_AMBIGUOUS_AREAS:
            yield "postcode", m.start(1), m.end(1)


# read from ", " and the code (a literal the regex engine finds fast), then the head word before
# (read from the code, a capital after a space, then the place's word before it)
OUTWARD_AFTER_HEAD = re.compile(r"(?<= )(([A-Z]{1,2})\d{1,2}[A-Z]?)(?![\w/-]|[.:]\d| \d[A-Z]{2}\b)")
HEAD_BEFORE_SPACE = re.compile(r"\b(?:centre|clinic|surgery|hospital|school|station|hostel|hotel|practice|academy|nursery) $")
OUTWARD_AFTER_COMMA = re.compile(r", (([A-Za-z]{1,2})\d{1,2}[A-Za-z]?)(?![\w/-]|[.:]\d)")
HEAD_BEFORE_COMMA = re.compile(r"\b(?:[Hh]ouse|[Cc]ourt|[Ee]state|[Ll]odge|[Cc]lose|[Ff]arm|[Bb]ay|[Vv]iew|[Hh]ostel|[Hh]otel|"
                               r"[Ff]lats|[Gg]ardens|[Mm]ews|[Cc]rescent|[Tt]errace)$")


def repeated_outward_codes(text: str, spans: list[Span]) -> Iterator[Span]:
    """"the family's postcode district, S9, ... ("the S9 lads", "S9 girls")": once an outward
    code is a postcode in a text, it is one wherever the same text writes it again, even a
    code that alone reads as a section or a vitamin."""
    codes = {text[s:e]: s for kind, s, e in spans if kind == "postcode" and OUTWARD_ALONE.fullmatch(text, s, e)}
    for code, first in codes.items():
        lo, hi = text.rfind("\x00", 0, first) + 1, text.find("\x00", first)   # (within one of scan_many's texts)
        for m in re.finditer(rf"(?<![\w/.-]){code}(?![\w/-]|[.:]\d)", text[lo:hi if hi >= 0 else len(text)]):
            yield "postcode", lo + m.start(), lo + m.end()
    # another district of a full postcode's two-letter area, in capitals, in the same text: "RM7 9HT
    # on the referral; ... and simply RM1 on the CP plan"
    areas = {text[s:s + 2]: s for kind, s, e in spans if kind == "postcode" and FULL_TWO_LETTER.fullmatch(text, s, e)}
    for area, first in areas.items():
        lo, hi = text.rfind("\x00", 0, first) + 1, text.find("\x00", first)
        for m in re.finditer(rf"(?<![\w/.-]){area}\d{{1,2}}[A-Z]?(?![\w/-]|[.:]\d| ?\d[A-Z]{{2}})", text[lo:hi if hi >= 0 else len(text)]):
            yield "postcode", lo + m.start(), lo + m.end()


OUTWARD_ALONE = re.compile(r"[A-Z]{1,2}\d{1,2}[A-Z]?")
FULL_TWO_LETTER = re.compile(r"[A-Z]{2}\d{1,2}[A-Z]? ?\d[A-Z]{2}")


# a house's name between an address's label and its street: "new placement addr: the willows, 3 grange terr"
HOUSE_BEFORE_STREET = re.compile(r"(?:\b(?:addr|address|addy)\s*[:=-]|\b(?:home|placement) is)\s*['‘\"“]?"
                                 r"((?:[Tt]he )?[A-Za-z][a-z'’-]*[a-z](?: [A-Za-z][a-z'’-]*[a-z]){0,2})['’\"”]?, $", re.IGNORECASE)


def houses_before_streets(text: str, spans: list[Span], lex: Lexicon) -> Iterator[Span]:
    for kind, s, _ in spans:
        if kind != "street-address":
            continue
        m = HOUSE_BEFORE_STREET.search(text, max(0, s - 60), s)
        words = m.group(1).lower().removeprefix("the ").split() if m else []
        if m and not any(lex.classes.get(w, 0) & (ROLE | TITLE | CAL) or w in NOT_TOWN_WORDS for w in words) \
                and not all(w in HOUSE_NOT_NAMES or w in lex.place_generic for w in words):
            yield "named-place", m.start(1), m.end(1)


# what stands before a street that names no house: "address: flat, 3 grange terr"
HOUSE_NOT_NAMES = frozenset("flat unit room house home same new old current previous unknown nfa traveller travellers "
                             "gypsy site caravan".split())


def repeated_places(text: str, spans: list[Span]) -> Iterator[Span]:
    """"goes to the Beacon ... The Beacon is the recovery café": a capitalised place found once
    in a text is a place wherever the same text writes it again, as written (less "the")."""
    for name, first in {_without_the(text[s:e]): s for kind, s, e in spans if kind == "named-place"}.items():
        if len(name) < 4 or not name[:1].isupper():
            continue
        lo, hi = segment_bounds(text, first)
        # (str.find, not a regex compiled for each name: a scan's cost)
        i = text.find(name, lo, hi)
        while i >= 0:
            j = i + len(name)
            if not (i and (text[i - 1].isalnum() or text[i - 1] in "_'’-")) \
                    and not (j < len(text) and (text[j].isalnum() or text[j] in "_'’-")) \
                    and not (text[j:j + 1] == " " and text[j + 1:j + 2].isupper()):
                yield "named-place", i, j
            i = text.find(name, j, hi)


def _without_the(name: str) -> str:
    return name[4:] if name[:4] in ("the ", "The ") else name


# a school's staff and the school: "HT from Lister", "DSL at Oakfield" (one capitalised word, no capital after)
SCHOOL_STAFF_FROM = re.compile(r"\b(?:HT|DHT|DSL|SENCO|SENCo|HoY|head|headteacher|teacher|tutor) (?:from|at|@) "
                               r"([A-Z][a-z]{3,15})(?![\w'’-]| [A-Z])")


def schools_of_staff(text: str, lex: Lexicon) -> Iterator[Span]:
    """The school a head teacher, a DSL or a SENCO is from: a capitalised word that is no
    country, no generic place word, no role and no date ("teacher from Poland", "DSL at College",
    "head at Christmas" pass)."""
    for m in SCHOOL_STAFF_FROM.finditer(text):
        w = m.group(1).lower()
        c = lex.classes.get(w, 0)
        if w in lex.known_places or w in lex.place_generic or c & (ROLE | CAL | DET | VOCAB) or w in lex.calendar \
                or w in lex.words and not c & NAME or lex.is_abbreviation(m.group(1)):
            continue   # (an English word only when it is a name too: "Lister")
        yield "named-place", m.start(1), m.end(1)
    # in lower case, two words before the call's next part: "school call: dsl at rye hills - jacob came in"
    for m in LOWER_SCHOOL_STAFF_AT.finditer(text):
        words = m.group(1).split()
        if not any(w in lex.place_generic or lex.classes.get(w, 0) & (ROLE | CAL | DET) or w in NOT_A_SCHOOL_NAME
                   for w in words):
            yield "named-place", m.start(1), m.end(1)


LOWER_SCHOOL_STAFF_AT = re.compile(r"\b(?:dsl|ddsl|senco|ht|dht|hoy|head|headteacher|class teacher|tutor) (?:at|from|@) "
                                   r"([a-z][a-z'’-]+ [a-z][a-z'’-]+)(?= [-–(]|[.,;:]|$)")
NOT_A_SCHOOL_NAME = frozenset("school the his her their this that same new old primary secondary high nursery college "
                              "home today yesterday tomorrow".split())


# a table's header cell over a column of places: "| child | dob | school |"
PLACE_HEADER = re.compile(r"^\s*(?:school|nursery|college|setting|gp|gp surgery|surgery|placement|hospital|home|"
                          r"children's home|provision|pru)\s*$", re.IGNORECASE)
# what such a cell holds that is no place's name
NOT_PLACE_CELLS = re.compile(r"^\s*(?:none|nil|n/?a|n/?k|tbc|tba|unknown|not known|home ed\w*|ehe|not on roll|nor|"
                             r"no school|none yet|awaiting\b.*|pending|same|as above|-+|\?+|yes|no)\s*$", re.IGNORECASE)
PERSON_HEADER = re.compile(r"^\s*(?:child(?:ren)?|name|names|yp|young person|pupil|sibling|siblings|dob|d\.o\.b\.?|"
                           r"date of birth|age)\s*$", re.IGNORECASE)
CELL_KIN = frozenset("mum mam dad gran nan grandad grandma aunt auntie uncle kinship carer carers foster".split())
TABLE_LINE = re.compile(r"([^\n\x00]*)(\n|\x00|$)")


def places_in_tables(text: str, lex: Lexicon) -> Iterator[Span]:
    """"| child | dob | school |" then "| Lacey | 12/07/2012 | Alderman Peel |": a cell in the
    column a header line calls the school, the nursery, the GP or the placement names one."""
    column: int | None = None
    for m in TABLE_LINE.finditer(text):
        line = m.group(1)
        if "|" not in line:
            column = None   # a table ends with its last row
            continue
        if m.start() and text[m.start() - 1] == "\x00":
            column = None   # (and a text of scan_many has its own header)
        cells = line.split("|")
        if column is None:
            # (a header that names the people of the rows too: not "School | Y | Y" in a list of agencies)
            hits = [k for k, c in enumerate(cells) if PLACE_HEADER.match(c)]
            column = hits[0] if hits and any(PERSON_HEADER.match(c) for c in cells) else None
            continue
        if column >= len(cells):
            continue
        start = m.start() + sum(len(c) + 1 for c in cells[:column])
        cell = cells[column]
        name = cell.strip()
        words = name.lower().replace("-", " ").split()
        if not name or not name[0].isalpha() or NOT_PLACE_CELLS.match(name) or name.lower() in lex.place_generic \
                or "(" in name or lex.is_abbreviation(name) \
                or any(lex.classes.get(w, 0) & (ROLE | PERSON_NOUN) or w in CELL_KIN for w in words) \
                or name.islower() and all(w in lex.words or w in lex.place_generic for w in words):
            continue   # ("kinship - gran", "nursery (not named)", "MASH")
        lead = len(cell) - len(cell.lstrip())
        yield "named-place", start + lead, start + lead + len(name)


# a chain's branch named in brackets after it: "mtg w/ mum @ costa (Four Seasons)"
CHAIN_BRACKET = re.compile(r"(?<![\w'’-])([A-Za-z']+) \(((?:the )?[A-Z][a-z'’]+(?: [A-Z][a-z'’]+){0,2})\)")


def branches_of_chains(text: str, lex: Lexicon) -> Iterator[Span]:
    if " (" not in text:
        return
    for m in CHAIN_BRACKET.finditer(text):
        if m.group(1).lower() not in SHOPS:
            continue
        words = m.group(2).lower().split()
        if len(words) == 1 and words[0] in lex.words:
            continue   # "a Tesco (Extra) voucher"
        if not any(lex.classes.get(w, 0) & (ROLE | VOCAB | DET | TITLE | CAL) for w in words if w != "the"):
            yield "named-place", m.start(2), m.end(2)


# a place by its article in a list of places: "South Street, the Brewery, Romford station"
LISTED_THE = re.compile(r", ((?:the|The) [A-Z][a-z'’]+(?: [A-Z][a-z'’]+)?)(, | and | & )")


def places_listed_between(text: str, spans: list[Span], lex: Lexicon) -> Iterator[Span]:
    """"the Brewery" between two places found in one list is a place too."""
    places = {s: e for k, s, e in spans if k in ("named-place", "street-address")}
    for s, e in list(places.items()):
        m = LISTED_THE.match(text, e)
        if m and m.end() in places:
            words = m.group(1).lower().split()[1:]
            if not any(lex.classes.get(w, 0) & (ROLE | VOCAB | TITLE | CAL) for w in words):
                yield "named-place", m.start(1), m.end(1)
