"""A capitalised word that no list knows and that is shaped like an English place name
("Hillcrest", "Brackenby"), right after "at", "in", "to", "from" ...: "on roll at Hillcrest",
"a hotel in Upper Thornley". Countries, languages and national names in
``data/places_known.txt`` are not local places, nor are typos of months and festivals.
Welsh and Gaelic beginnings count as a place's shape too ("Llanfeigan", "Kilbarchan"). A word
in capitals so shaped is a place after such a word or in shouted notes ("(HAZELBROOK)").
Words of place include "lives", "based", "@", "area of", "outskirts of" and a bracket after a
place word ("youth club (Tinshill)"), a word alone in brackets after a capitalised name ("at
The Zone (Grangetown)"), a place word and a comma ("Flying Start centre, Penrhys", "A&E,
Heartlands") and "out of" ("kicked out of Castlehill").

A UK town or district of the gazetteer ``data/places_uk.txt`` is a place after such a word
whatever its shape ("in Govan", "moved to Telford", "out of area, Telford"); one that is also
a personal name ("Stanley") or an English word (``data/places_uk_words.txt``: "Derby",
"Reading") only after "in", "near", "lives" ..., and the latter not before another capital;
a council area named by a town (``data/places_uk_areas.txt``: "Wrexham", "Swansea") likewise, or
after "from", "to", "placed" or "prev la" ("transferred from Wrexham"), never before a capital
("Wrexham Council"); one before "inquiry" or "review" is a report's name ("the Rotherham
inquiry"): ``find_towns``. Counties and regions are not reported ("moved from Lincolnshire to
Greater Manchester"): they are no local place.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from .lexicon import CAL, DET, FIRSTS, PERSON_NOUN, ROLE, SURNAME, SURNAME_AMB, TITLE, Lexicon, english_form
from .lowerplaces import HEADS
from .places import unknown_word
from .tokens import Cap, occurrences

Span = tuple[str, int, int]
FIRSTS_SURNAMES = FIRSTS | SURNAME | SURNAME_AMB


# words after which a capitalised word no list knows is a local place ("on roll at
# Hillcrest", "a hotel in Brackenby", "moved to Upper Thornley")
LOCATIVE = frozenset(
    "at in to from frm near nr into outside opposite around towards attends attended attending attend "
    "nearby via lives living lived live resides residing based between went @ "
    # Scots "from": "fam moved up fae Hull"
    "fae frae "
    # where a missing child was found: "found Gateshead 09:40"
    "found located".split()
)
# the place of a person's home or of an event, without a preposition: "(lives Sparkbrook)"
# and "area of ...": "the Gorsey Bank area of Wirksworth", "on the outskirts of Halton"
OF_PLACE = frozenset(
    "area areas outskirts edge centre center town village city borough part parts north south east west "
    "side estate".split()
)
# a town that is also a personal name ("Stanley", "Leigh") is a place only after one of these
STRICT_LOCATIVE = frozenset("in near nr outside around towards via within lives living lived resides residing based".split())
# "the Rotherham inquiry": a report or a case named after a town, not a place of the family
TOWN_NOT_BEFORE = frozenset(
    "inquiry inquiries review reviews report reports case cases model judgment judgement scandal "
    "grooming serious council councils city university "
    # services the whole authority has: "the Medway Front Door", "Leeds MASH"
    "door mash".split()
)
# place words (lower case) before a bracket holding a place: "youth club (Tinshill)"
BRACKET_AFTER = frozenset(
    "club centre center school nursery college academy surgery practice hospital ward unit home "
    "estate hostel foyer park library church mosque temple gurdwara hub flat house address placement "
    "accommodation area station farm site".split()
)
# a place word and a comma before a locality: "Flying Start centre, Penrhys", "A&E, Heartlands"
AFTER_COMMA = BRACKET_AFTER | {"a&e", "farm", "site", "estate", "village"}
BRACKETED_ONE = re.compile(r"[A-Z][a-z'’-]+\)")
# a typo of a month, day or festival is no place: "in Feburary", "at Chirstmas"
_NEAR_MISS = (
    "january february march april june july august september october november december monday "
    "tuesday wednesday thursday friday saturday sunday christmas easter ramadan diwali halloween "
    "hanukkah vaisakhi summer autumn winter spring childline cafcass ofsted barnardos "
    "camhs teams zoom whatsapp snapchat instagram facebook mosaic liquidlogic"
).split()


# endings of English place names, and a word made of two English words ("Hillcrest",
# "Meadowbank"): an unknown word so shaped is a place; one that is not ("Taekwondo",
# "Orthotics") may be any rare term, and is left alone
PLACE_SUFFIXES = (
    "by", "bie", "ton", "tone", "ham", "ley", "leigh", "lea", "field", "fields", "ford", "wick", "wich",
    "worth", "bury", "borough", "brough", "burgh", "burn", "dale", "dean", "den", "don", "gate", "hurst",
    "ing", "ings", "mouth", "stead", "stow", "thorpe", "thorp", "wood", "woods", "combe", "cott", "cote",
    "crest", "bank", "side", "mere", "moor", "more", "well", "wells", "brook", "bridge", "land", "lands",
    "minster", "port", "pool", "holme", "chester", "caster", "cester", "shaw", "hall", "haven", "view",
    "mead", "meads", "lodge", "hill", "hills", "vale", "grove", "croft", "fold", "garth", "thwaite",
    "beck", "ness", "head", "heath", "hay", "hey", "royd", "stone", "acre", "acres", "lyn", "llyn",
    "castle", "church", "kirk", "ey", "sey", "town",
)


# beginnings of Welsh, Cornish, Scottish and Irish place names: "Llanfeigan", "Aberhonddu",
# "Inverbrae", "Ballykeel", "Pencraig"
PLACE_PREFIXES = (
    "llan", "aber", "pen", "caer", "cwm", "pont", "bryn", "nant", "glan", "ystrad", "blaen", "rhos",
    "porth", "tre", "tref", "abert", "maes", "coed", "trel", "pol", "inver", "kil", "dun", "auchter",
    "strath", "glen", "bally", "drum", "carrick", "knock", "clon", "lis", "rath", "tullagh",
)


def _place_shaped(low: str) -> bool:
    """An English, Welsh or Gaelic place name's ending or beginning: "Hazelbrook", "Llanfeigan"."""
    return len(low) >= 5 and (low.endswith(PLACE_SUFFIXES) or low.startswith(PLACE_PREFIXES) and len(low) >= 7)


def _placelike(low: str, words: frozenset[str]) -> bool:
    if _place_shaped(low):
        return True
    return any(low[:i] in words and low[i:] in words for i in range(3, len(low) - 2))


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


_NEAR_MISS_KEYS = frozenset(_NEAR_MISS).union(*(_deletions(w) for w in _NEAR_MISS))


def _near_miss(low: str) -> bool:
    """One letter dropped, added, changed or two swapped: the words share a deletion."""
    if len(low) < 5:
        return False
    return low in _NEAR_MISS_KEYS or not _NEAR_MISS_KEYS.isdisjoint(_deletions(low))


def _locative_before(text: str, start: int, strict: bool = False) -> bool:
    """A word of place right before ``start``: "at ", "lives ", "area of ", "(" after a place
    word ("youth club (Tinshill)"), ", " after "out of area"."""
    if start < 2:
        return False
    ch = text[start - 1]
    if ch == "(":
        lo = max(0, start - 16)
        before = text[lo:start - 1].rstrip().rsplit(None, 1)
        if bool(before) and before[-1].lower() in BRACKET_AFTER:
            return True
        # "at The Zone (Grangetown)": one word alone in brackets after a capitalised name
        return not strict and bool(before) and before[-1][:1].isupper() and BRACKETED_ONE.match(text, start) is not None
    if ch != " ":
        return False
    lo = max(0, start - 24)
    words = text[lo:start - 1].lower().split()
    if not words:
        return False
    last = words[-1].lstrip("([\"“‘'")   # "(in", "\"In Dudley nobody ..."
    if last in (STRICT_LOCATIVE if strict else LOCATIVE):
        return True
    if last == "of" and len(words) > 1 and (words[-2] in OF_PLACE or words[-2] == "out"):
        return True   # "area of ...", "kicked out of Castlehill"
    if last == "and" and "between" in words[-4:-1]:
        return True   # "between Petley and Halifax"
    if not strict and last[-1:] == "," and last[:-1] in AFTER_COMMA:
        return True   # "Flying Start centre, Penrhys", "seen at A&E, Heartlands"
    return not strict and last == "area," and len(words) > 2 and words[-2] == "of" and words[-3] == "out"


# a town before a place in it: "Plymouth city centre", "the Halifax police referral", "halifax bus stn"
# after a town that is also a word, only its centre or its hall: "Rugby town centre", "Reading Town Hall"
WORD_TOWN_CENTRE_AFTER = re.compile(r" (?:(?:city|town) centre|[Tt]own [Hh]all)\b")
CENTRE_AFTER = re.compile(r" (?:(?:city|town) centre|[Tt]own [Hh]all|police|bus (?:station|stn)|train station|railway station|market)\b")


def _from_before(text: str, start: int) -> bool:
    """"transferred from Powys", "moved to Kent", "arrived through Dover", "prev la Powys",
    "placed Shropshire"."""
    before = text[max(0, start - 12):start].lower().split()
    return bool(before) and before[-1].lstrip("'‘\"“(") in ("from", "frm", "fae", "frae", "to", "through", "placed", "la", "la:", "authority", "authority:", "area:",
                                           "up", "down", "arr", "arr.", "arrived")   # "gone 'up Leeds'", "Arr. Folkestone"


# a town as the kind of a postcode or an address: "ts17 0lh, which is a Thornaby postcode"
A_TOWNS_KIND = re.compile(r"\b(?:a|an)\s$")
TOWNS_KIND_AFTER = re.compile(r" (?:postcode|post code|address|estate|school|family|number|phone number)\b")
# towns that are words no writer capitalises after "at" for the town: "at Sale", "at Street"
WORD_TOWN_NOT_AT = frozenset("deal send stone street pool sale ware wells bray ham flint canton".split())
# after "from" or "to", a town that is an English word when a clause ends after it or a small
# word follows: "moved from Derby to the Isle of Wight", "the IDVA from Barking, Nadia"
# ("the family's move from Hackney in 2019", "her cousin from Slough has been messaging")
WORD_TOWN_END = re.compile(r"(?:['’\"”]?[,;.)]|['’\"”]\s|\s+(?:to|in|on|at|has|have|had|is|was|were|who|where|and|but|last|this|when|after|"
                           r"before|because|since|for|with|attended|came|visited|called|rang)\s)")
# an address history's years before a town: "2020-22 Brierfield", "2019 - Accrington"
# a field of a subject line or a heading: "Subj: Missing - Charlie T - Taunton."
DASH_BEFORE = re.compile(r"\S [-–] $")
YEARS_BEFORE = re.compile(r"(?<![\w/.-])(?:19|20)\d\d(?:\s?[-–]\s?(?:(?:19|20)?\d\d|present|now))?:?\s?[-–:]?\s?$")


def find_towns(text: str, caps: list[Cap], lex: Lexicon, seen: set[str]) -> Iterator[Span]:
    """A UK town or district of ``data/places_uk.txt`` after a word of place: "in Govan",
    "moved to Telford", "area of Wirksworth", "(lives Sparkbrook)", "out of area, Telford";
    one that is also a personal name ("Stanley") only after "in", "near", "lives" ...

    ``seen`` is the set of lower-case words of the text: most texts hold no town at all."""
    towns, word_towns, areas = lex.towns, lex.word_towns, lex.areas
    if towns.isdisjoint(seen) and word_towns.isdisjoint(seen) and areas.isdisjoint(seen):
        return
    classes = lex.classes
    for k, cap in enumerate(caps):
        low = cap.base.lower()
        word = low in word_towns
        area = low in areas
        if not (word or area or low in towns) or cap.base.isupper() or not cap.base[1:].islower():
            continue
        strict = word or area or bool(classes.get(low, 0) & FIRSTS_SURNAMES)
        if not (_locative_before(text, cap.start, strict) or (area or not word) and _from_before(text, cap.start)
                or word and _from_before(text, cap.start) and WORD_TOWN_END.match(text, cap.end)
                or word and low not in WORD_TOWN_NOT_AT and text[max(0, cap.start - 3):cap.start] == "at "
                and (WORD_TOWN_END.match(text, cap.end) or text[cap.end:cap.end + 2] == " (")   # "listed at Derby (case"
                or not word and not area and CENTRE_AFTER.match(text, cap.end)
                or word and WORD_TOWN_CENTRE_AFTER.match(text, cap.end)   # "Rugby town centre"
                or not area and A_TOWNS_KIND.search(text, max(0, cap.start - 4), cap.start) and TOWNS_KIND_AFTER.match(text, cap.end)
                or not strict and YEARS_BEFORE.search(text, max(0, cap.start - 12), cap.start)
                or not strict and DASH_BEFORE.search(text, max(0, cap.start - 4), cap.start)
                or text[cap.start - 1:cap.start] == "(" and text[cap.end:cap.end + 1] == ")"):   # "Child's voice (Hull):"
            continue
        if text[max(0, cap.start - 8):cap.start] == "Greater ":
            continue   # "Greater Manchester": a county
        if area and k + 1 < len(caps) and caps[k + 1].start == cap.end + 1:
            continue   # "in Kent Police custody", "from Powys County Council"
        if word and k + 1 < len(caps) and caps[k + 1].start == cap.end + 1:
            continue   # "in Reading Recovery", "in Rugby League": a name of something else
        nxt = text[cap.end + (2 if cap.poss else 0):cap.end + 40].split(None, 3)
        if not CENTRE_AFTER.match(text, cap.end) and (
                nxt and nxt[0].lower().strip(".,;:") in TOWN_NOT_BEFORE or len(nxt) > 2 and nxt[0] == "and"
                and nxt[2].lower().strip(".,;:") in TOWN_NOT_BEFORE):
            continue   # "the Rotherham inquiry", "Rochdale and Rotherham reviews"
        end = cap.end
        if k + 1 < len(caps) and not cap.poss and text[cap.end:caps[k + 1].start] == " " \
                and caps[k + 1].base.lower() in towns:
            end = caps[k + 1].end   # "Stoke Newington", "Tower Hamlets"
        yield "named-place", cap.start, end


def find_locative_places(text: str, low: str, caps: list[Cap], lex: Lexicon, seen: set[str]) -> Iterator[Span]:
    """A run of capitalised words holding one no list knows, right after a word of place.

    ``seen`` is the set of lower-case ASCII words of the text (``tokens.lower_words``): only
    the capitalised tokens that are one of its unknown words, or that hold a non-ASCII
    letter, are looked at, so ordinary prose costs a few set operations."""
    words, classes = lex.words, lex.classes
    unknown = [w for w in seen.difference(words) if w not in classes]
    ascii_text = text.isascii()
    if not unknown and ascii_text:
        return
    n = len(caps)
    # capitalised forms of the unknown words: "Hillcrest" (one in capitals is an
    # abbreviation, and a capital inside the word, as in "PyYAML", a product's name)
    forms = {w.capitalize() for w in unknown} | {"Mc" + w[2:].capitalize() for w in unknown if w.startswith("mc")}
    if ascii_text:
        todo = {k for k, c in enumerate(caps) if c.base in forms}
    else:
        todo = {k for k, c in enumerate(caps) if c.base in forms or not c.base.isascii()}
    uppers = {w.upper() for w in unknown if len(w) >= 6}
    if uppers:
        yield from _shouted_places(text, caps, lex, uppers)
    last = -1
    for k in sorted(todo):
        if k <= last:
            continue
        cap = caps[k]
        j = k
        while j > 0 and k - j < 2 and text[caps[j - 1].end:caps[j].start] == " " and not caps[j - 1].poss:
            if classes.get(caps[j - 1].base.lower(), 0) or caps[j - 1].base.isupper():
                break   # a name, a role or an abbreviation starts something else
            j -= 1
        start = caps[j].start
        if start < 3 or not _locative_before(text, start):
            continue
        inner = cap.base[1:]
        if not unknown_word(cap.base, lex) or (inner != inner.lower() and not cap.base.startswith(("Mc", "Mac"))):
            continue
        if not _placelike(cap.base.lower(), words):
            continue
        end = k
        while end + 1 < n and end - k < 2 and not caps[end].poss and text[caps[end].end:caps[end + 1].start] == " ":
            nb = caps[end + 1].base
            if nb.isupper() or classes.get(nb.lower(), 0) & ~FIRSTS:
                break
            end += 1
        last = end
        if not _near_miss(cap.base.lower()):
            yield "named-place", start, caps[end].end


def _shouted_places(text: str, caps: list[Cap], lex: Lexicon, uppers: set[str]) -> Iterator[Span]:
    """A word in capitals that no list knows and that is shaped like a place name, after a
    word of place ("moved to BRIGHTWELL") or in shouted notes ("SEEN AT NURSERY
    (HAZELBROOK)"): elsewhere only in text that is mostly capitals, so that an acronym in
    ordinary prose is left alone. Only a place name's ending or beginning counts (two
    English words run together are too common in capitals: "MERCHANTABILITY"), and
    "-ing" words are no places there."""
    for cap in caps:
        base = cap.base
        if base not in uppers or lex.is_abbreviation(base):
            continue
        low = base.lower()
        if low.endswith(("ing", "ings")) or not _place_shaped(low) or _near_miss(low):
            continue
        ws = text.rfind(" ", max(0, cap.start - 14), cap.start - 1) + 1
        if cap.start >= 3 and text[cap.start - 1] == " " and text[ws:cap.start - 1].lower() in LOCATIVE:
            yield "named-place", cap.start, cap.end   # "moved to BRIGHTWELL"
            continue
        lo, hi = max(0, cap.start - 40), cap.end + 40
        window = text[lo:hi]
        letters = sum(ch.isalpha() for ch in window)
        if letters and sum(ch.isupper() for ch in window) >= 0.6 * letters:
            yield "named-place", cap.start, cap.end


def find_lower_unknown_places(text: str, low: str, lex: Lexicon, seen: set[str], known: frozenset[str]) -> Iterator[Span]:
    """A word no list knows, in lower case and shaped like a place, right after a word of place:
    "mum says at nan's in brackenfield", "he hangs about at parkview" (hurried notes)."""
    words, classes = lex.words, lex.classes
    unknown = [w for w in seen.difference(words).difference(known)
               if len(w) >= 6 and w not in classes and _placelike(w, words) and not _near_miss(w) and not english_form(w, words)]
    for w in unknown:
        n = len(w)
        i = low.find(w)
        while i >= 0:
            j = i + n
            if text[i] == w[0] and not (i and low[i - 1].isalnum() or j < len(low) and (low[j].isalnum() or low[j] in "'’-")) \
                    and _locative_before(text, i):
                yield "named-place", i, j
            i = low.find(w, j)


def find_lower_shops(text: str, low: str, seen: set[str], shops: frozenset[str]) -> Iterator[Span]:
    """A shop or chain in lower case right after a word of place and before its branch: "met
    Tiegan at greggs, metro centre" (not "seen at mcdonalds, ate + chatted")."""
    for w in shops.intersection(seen):
        n = len(w)
        i = low.find(w)
        while i >= 0:
            j = i + n
            if text[i] == w[0] and not (i and low[i - 1].isalnum() or j < len(low) and low[j].isalnum()) \
                    and _locative_before(text, i, strict=False) and LOWER_BRANCH_AFTER.match(low, j):
                yield "named-place", i, j
            i = low.find(w, j)


# a chain's branch after it, in lower case: ", metro centre", " on station rd", " in the bus stn"
LOWER_BRANCH_AFTER = re.compile(
    r"(?:['’]?s)?(?:,\s*|\s+(?:on|in|near|off|by|at)\s+(?:the\s+)?)[a-z0-9]+(?:\s+[a-z]+)?\s+"
    r"(?:st|rd|stn|centre|road|street|park|retail|precinct|shopping|station)\b")
# three-letter towns that are also abbreviations or a word's clipping in hurried notes
TOO_SHORT_ALONE = frozenset("hoo kew moy rhu wem wye cwm".split())
# towns that are an English noun of the land or the home, which the short word list lacks:
# alone in lower case they are the noun ("loves the croft", "the lakeside"); not "the dingle",
# which in notes is Liverpool's
NOUN_TOWNS = frozenset("croft toft brae dovecot downside greenfield lakeside hayfield bream brill corse "
                       # a tonic wine: "drinking on the beach, buckie + vodka"
                       "buckie".split())


# cities clipped round an apostrophe, which splits them for the word lists: "b'ham", "b'pool"
CLIPPED_TOWN = re.compile(r"(?<![\w'’])(?:b['’]ham|b['’]pool|m['’]bro|m['’]boro|b['’]head|m['’]cr|n['’]castle|h['’]pool)(?![\w'’])")


def find_lower_towns(text: str, low: str, lex: Lexicon, seen: set[str]) -> Iterator[Span]:
    """A town written in lower case that is no English word and no name, wherever it stands:
    "44 derby rd, bootle", "placed w/ carers, gillingham", "moved to telford". Only a hurried
    writer leaves a town's capital off, and then seldom a word of place before it; a word that
    is also a faith's, a language's or a country's (``places_known.txt``: "kesh") is no town."""
    if "'" in low or "’" in low:
        for m in CLIPPED_TOWN.finditer(low):
            yield "named-place", m.start(), m.end()   # "aunt in b'ham"
    towns = lex.towns.intersection(seen)
    for w in towns:
        if lex.classes.get(w, 0) & FIRSTS_SURNAMES or len(w) < 3 or w in TOO_SHORT_ALONE or w in NOUN_TOWNS:
            continue   # "st" (a saint's, a street's) and three-letter towns need a word of place
        n = len(w)
        i = low.find(w)
        while i >= 0:
            j = i + n
            if text[i] == w[0] and not (i and low[i - 1].isalnum() or j < len(low) and (
                    low[j].isalnum() or low[j] == "-" and low[j + 1:j + 2] != ">"   # "walsall->cannock": a route
                    or low[j] in "'’" and low[j + 1:j + 2].isalpha())):
                yield "named-place", i, j
            i = low.find(w, j)
    # a town that is also an English word, in lower case, only between a word of place and a
    # stop: "the mandem in derby,", "moved to hackney." ("in bath" and "in reading" never)
    for w in lex.word_towns.intersection(seen) - WORDS_NOT_TOWNS:
        for i, j, _ in occurrences(text, (w,)):
            if WORD_TOWN_CUE.search(low, max(0, i - 8), i) and WORD_TOWN_STOP.match(low, j) \
                    or WORD_TOWN_MOVED.search(low, max(0, i - 16), i):
                yield "named-place", i, j
    # a town that is a surname too, right after a word of place: "from the hotel in ashford send me"
    for w in lex.towns.intersection(seen):
        c = lex.classes.get(w, 0)
        if not c & (SURNAME | SURNAME_AMB) or c & FIRSTS or len(w) < 4:
            continue
        for i, j, _ in occurrences(text, (w,)):
            if SURNAME_TOWN_CUE.search(low, max(0, i - 14), i) and low[j:j + 1] not in ("'", "’"):
                yield "named-place", i, j
    # any place of the gazetteer, English word or not, after a home named by its owner:
    # "ill take kai to me mams in leek", "im at marcys in ore", "at her dads in reading"
    if "s in " in low:
        # a word no list knows after a home named by its owner: "im stopping at me mates in dormo"
        for m in HOUSE_IN_UNKNOWN.finditer(low):
            owner, place = m.group(1), m.group(2)
            if owner in HOME_OWNERS and place not in lex.words and not lex.classes.get(place, 0) and place not in lex.known_places \
                    and sum(ch in "aeiouy" for ch in place) >= 2:
                yield "named-place", m.start(2), m.end(2)
    if " in " in low:
        for w in lex.place_words.intersection(seen):
            for i, j, _ in occurrences(text, (w,)):
                m = HOUSE_IN.search(low, max(0, i - 24), i)
                owner = m.group(1) if m else ""
                owned = m is not None and low[m.end(1):m.end(1) + 1] in ("'", "’")   # ("aunty gift's in lee")
                if owner in HOME_OWNERS or len(owner) >= 3 and (owned or owner + "s" not in lex.words) and (
                        lex.classes.get(owner, 0) & FIRSTS or owner not in lex.words):
                    yield "named-place", i, j


# towns that are English words and, in lower case, much more often the word: "in bath", "in
# reading", "a good deal", "for sale", or towns abroad ("cork")
WORDS_NOT_TOWNS = frozenset("bath deal send street stone sale cardigan flint rugby reading wick bury wells ware cork "
                            "leek limerick".split())
WORD_TOWN_CUE = re.compile(r"\b(?:in|to|from|nr|near|around|outside|lives|living) $")
# before a town that is a surname too: where one is or goes, not "spoke to barlow"
SURNAME_TOWN_CUE = re.compile(r"\b(?:in|from|near|nr|outside|around|(?:moved|moving|move|relocated) to|lives|living|lived)\s$")
WORD_TOWN_MOVED = re.compile(r"\b(?:moved|move|moving|moves|relocated|lives|living|live|lived|based|placed|staying|stays|"
                             r"stayed) (?:to|in|near|nr|around|sl|sl in) $")
# a home named by its owner, then "in": "me mams in ", "at marcys in ", "her dad's in "
HOUSE_IN = re.compile(r"(?<![\w'’-])([a-z]+?)['’]?s in $")
HOUSE_IN_UNKNOWN = re.compile(r"(?<![\w'’-])([a-z]+?)['’]?s in ([a-z]{3,15})(?![\w'’-])")
HOME_OWNERS = frozenset("mam mum nan nana nanna gran granny grandad grandma dad auntie aunty aunt uncle mate cousin "
                        "sister brother sis bro friend boyfriend girlfriend bf gf".split())
WORD_TOWN_STOP = re.compile(r"(?:[,.;:)!?]|\s*$| [\"“'‘(]| and | - | – | with | for | (?:area|town|city|centre|way)\b)")


# the police went to a place: "police attended Mile Cross", "police called to Raffles"
POLICE_WENT = re.compile(r"\b[Pp]olice (?:were |was |had )?(?:called out to|called to|attended|went to|visited|attended at) "
                         r"([A-Z][a-z'’]+(?: [A-Z][a-z]+){0,2})(?![\w'’-])")
# what the police attend that is no place: "police attended Strategy Discussion"
MEETINGS = frozenset("discussion discussions meeting meetings conference conferences review reviews panel "
                     "hearing group session training core strategy".split())


def find_police_attended(text: str, low: str, lex: Lexicon) -> Iterator[Span]:
    """A capitalised run right after "police attended" or "police called to" is where they
    went, even made of English words ("Mile Cross", "Raffles"); not a role's, a person's or a
    generic word's ("police attended Mum's", "police attended School")."""
    if "police" not in low:
        return
    for m in POLICE_WENT.finditer(text):
        run = m.group(1).split()
        first = run[0]
        base = first.lower().removesuffix("'s").removesuffix("’s")
        if any(w.lower() in MEETINGS for w in run) or len(run) == 1 and base in HEADS:
            continue   # "police attended Hospital": a head word alone names no place
        c = lex.classes.get(base, 0)
        if not first[0].isupper() or c & (ROLE | PERSON_NOUN | DET | CAL | TITLE | FIRSTS) \
                or base in lex.place_generic or base in lex.known_places or lex.is_abbreviation(first):
            continue
        yield "named-place", m.start(1), m.end(1)



def find_town_venues(text: str, low: str, lex: Lexicon, seen: set[str]) -> Iterator[Span]:
    """"dwp appt at hull jobcentre", "court at hull youth ct", "seen at barrow skatepark": a
    town in any case before a venue that towns have one of is the town, even a town that is
    an English word."""
    if (lex.towns.isdisjoint(seen) and lex.word_towns.isdisjoint(seen)) or VENUE_WORDS.isdisjoint(seen) and "royal" not in seen:
        return
    for m in TOWN_VENUE.finditer(low):
        w = m.group(1)
        if (w in lex.towns or w in lex.word_towns) and (text[m.start(1)].islower() or text[m.start(1):m.end(1)].istitle()):
            yield "named-place", m.start(1), m.end(1)
    if "royal" in seen:
        for m in ROYAL_TOWN.finditer(low):   # "paed liaison royal stoke": a town's royal hospital
            if m.group(1) in lex.towns or m.group(1) in lex.word_towns:
                yield "named-place", m.start(), m.end()


TOWN_VENUE = re.compile(r"(?<![\w'’-])([a-z]+) (?:youth (?:ct|court)|mags|magistrates|crown (?:ct|court)|jobcentre|"
                        r"job centre|skatepark|skate park|bus (?:station|stn)|police (?:station|stn)|custody|"
                        r"retail park|hospital|college|leisure centre|train (?:station|stn)|"
                        # a town's combined or family justice centre: "IRH listed at derby CJC"
                        r"cjc|fjc|family court|county court|justice centre)\b")
ROYAL_TOWN = re.compile(r"(?<![\w'’-])royal ([a-z]+)\b")
VENUE_WORDS = frozenset("youth mags magistrates crown jobcentre job skatepark skate bus police custody retail hospital "
                        "college leisure train cjc fjc family county justice".split())
