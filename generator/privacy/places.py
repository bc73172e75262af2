"""Named places (schools, nurseries, surgeries, wards, homes, estates, parks ...) and street
addresses, read from the capitalised tokens.

A place word ("Primary", "Surgery", "Road") makes the capitalised words before it a named
place when at least one of them is not a generic word from ``data/place_generic.txt``:
"Oakfield Primary" fires, "the Virtual School" does not. Adding a place word or a generic
word is an edit to the lists below or to that file.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from .lexicon import FIRSTS, Lexicon
from .tokens import Cap, occurrences, prev_word

Span = tuple[str, int, int]

PLACE_HEADS = {
    "Primary", "School", "Academy", "Nursery", "College", "Centre", "Center", "Surgery", "Ward",
    "Unit", "House", "Lodge", "Estate", "Park", "Hospital", "Infirmary", "Clinic", "Mosque",
    "Church", "Gurdwara", "Temple", "Chapel", "PRU", "Preschool", "Pre-school", "Playgroup",
    "Juniors", "Infants", "Home",
}
STRONG_STREET = {
    "Road", "Rd", "Street", "Avenue", "Ave", "Lane", "Crescent", "Terrace", "Drive", "Mews",
    "Gardens", "Grove", "Parade", "Boulevard", "Close", "Heights", "Wharf", "Villas", "Cottages",
}
WEAK_STREET = {
    "Court", "Way", "Place", "Walk", "Square", "Row", "Hill", "View", "Rise", "Vale", "Green",
    "Croft", "Fold", "Gate", "Chase", "Mount", "Meadows", "Yard", "Circus",
}
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
} | COURT_WORDS
NUMBER_BEFORE = re.compile(r"(?:(?:Flat|Apartment|Apt|Unit)\s+\d+[A-Za-z]?,?\s+)?\d{1,4}[A-Za-z]?,?\s+$|(?:Flat|Apartment|Apt|Unit)\s+\d+[A-Za-z]?,?\s+$")
PREPOSITION = re.compile(r"\b(?:on|in|at|off|along|near|from|to|into|of|lives|lived|living|address|moved|round)\s+$", re.IGNORECASE)
WARD_NUMBER = re.compile(r"\s+\d{1,2}[A-Za-z]?\b")
LOWER_HEADS = frozenset(
    "primary academy nursery college surgery infirmary estate road street avenue lane crescent terrace mews gardens grove".split()
)
LOWER_STREETS = {"road", "street", "avenue", "lane", "crescent", "terrace", "mews", "gardens", "grove"}
NUMBER_LOWER = re.compile(r"\d{1,4}[a-z]?,?\s+(?:[a-z]+\s+){1,2}$")
FLAT = re.compile(r"(?:Flat|Apartment|Apt)\s+\d+[A-Za-z]?\b")


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
    return base.lower() in lex.words and not lex.cls(base) & FIRSTS


def _key(cap: Cap) -> str:
    return cap.base.lower()


def _is_named(words: list[Cap], lex: Lexicon) -> bool:
    for w in words:
        low = _key(w)
        if low in lex.place_generic or low in TITLES or w.base in lex.abbreviations:
            continue
        return True
    return False


def _first_named(words: list[Cap], lex: Lexicon) -> int:
    for w in words:
        if _key(w) not in lex.place_generic:
            return w.start
    return words[0].start


def _all_first_names(words: list[Cap], lex: Lexicon) -> bool:
    return bool(words) and all(lex.cls(w.base) & FIRSTS for w in words)


def find_places(text: str, caps: list[Cap], lex: Lexicon) -> Iterator[Span]:
    """Longest first, so that "Oakfield Primary School" wins over "Oakfield Primary"."""
    found = list(_places(text, caps, lex))
    found.sort(key=lambda f: f[1] - f[2])
    yield from found


def _places(text: str, caps: list[Cap], lex: Lexicon) -> Iterator[Span]:
    for k, cap in enumerate(caps):
        head = cap.base
        if k + 1 < len(caps) and _continues(text, caps, k, lex):
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
        elif head in STRONG_STREET or head in WEAK_STREET:
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
            if not numbered and head in SURNAME_HEADS and _all_first_names(words, lex):
                continue   # "Kayla Green"
            if head in WEAK_STREET and not numbered and not PREPOSITION.search(text, max(0, start - 12), start):
                continue
            yield "street-address", numbered.start() if numbered else start, cap.end
        elif head == "St" or head == "St.":
            if k + 1 < len(caps) and caps[k + 1].start - cap.end <= 2 and text[cap.end:caps[k + 1].start].strip(". ") == "":
                nxt = caps[k + 1]
                yield "named-place", cap.start, nxt.end + (2 if nxt.poss else 0)
    for m in FLAT.finditer(text):
        yield "street-address", m.start(), m.end()


def find_lower_places(text: str, low: str, words: set[str], lex: Lexicon) -> Iterator[Span]:
    """Hurried lower case: "went to oakfield primary", "lives at 14 acacia avenue"."""
    for s, end, head in occurrences(low, LOWER_HEADS.intersection(words)):
        if not text[s].islower():
            continue
        if head in LOWER_STREETS:
            n = NUMBER_LOWER.search(text, max(0, s - 40), s)
            if n and (n.start() == 0 or not text[n.start() - 1].isalnum()):
                yield "street-address", n.start(), end
            continue
        word, sep, ws = prev_word(text, s)
        if word and sep.strip() == "" and len(word) >= 4 and not lex.is_abbreviation(word):
            lw = word.lower()
            if lw not in lex.words and lw not in lex.place_generic and not lex.cls(lw) & ~FIRSTS:
                yield "named-place", ws, end   # "oakfield primary", "the Beechwood estate"
