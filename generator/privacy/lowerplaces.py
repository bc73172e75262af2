"""Local places named in hurried lower case, by their head word written in full or cut short:
"placed at sunflower house", "CP medical puffin ward", "dsl sandgate prim", "IHA lordswood
cdc", "reg w/ fairlight surg", "school (holy spirit rc)", "PEP: st aidans".

The words before the head must be ones places are named with: an ordinary word of that kind
(``place_name_words.txt``: trees, birds, features of the land, "castle", "jubilee"), a town,
a saint ("st mary's"), or a word no list knows ("hartsdown"). Generic words ("the family
hub", "a local nursery", "children's ward") and roles never are, so clean prose passes.
Capitalised names are other rules' (``places``, ``venues``, the gazetteer).
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from .lexicon import DATA, DET, FIRSTS, ROLE, TITLE, VOCAB, Lexicon, _words, english_form
from .venues import VENUE_NOUNS

Span = tuple[str, int, int]

# heads that are places only at a clause's end: "holy trinity ps: 'it's about'"
CLAUSE_END_HEADS = frozenset({"ps", "pps"})
CLAUSE_END = re.compile(r"\s*(?:[:;,.)\n\x00]|$| -|–)")
# a place's head word as hurried notes write it, in full or cut short
FULL_HEADS = frozenset(
    "primary academy nursery college surgery infirmary hospital ward lodge house hub park church chapel "
    "mosque refuge suite lodgings skatepark dental pharmacy clinic farm cottage manor estate "
    "school court bay village beach fields view vale rise gardens centre center mews infants juniors university "
    # a short-break unit or an estate by its meadow: "jasmin doing well at birch meadow"
    "meadow meadows "
    # a bar by a word places are named with ("outside harbour bar portrush"; not "snack bar", "twix bar")
    "bar".split())
# heads whose name must be a word places are named with or a town, never a word no list knows
NAME_WORD_ONLY_HEADS = frozenset({"bar"})
# schools are named after their streets: "brook lane infants", "park road primary"
SCHOOL_HEADS = frozenset("primary academy nursery school infants juniors prim pri infs jnr acad".split())
STREET_BRIDGES = frozenset("lane road street avenue drive rd st ave".split())
SHORT_HEADS = frozenset(
    "prim pri inf infs jnr acad coll surg pharm hosp hse gh wd est ct ctr cdc cc mp rc fc jfc afc sq pk rec uni "
    # Northern Ireland's primary schools and juvenile justice centre: "holy trinity ps", "woodlands jjc"
    "ps pps jjc".split())
HEADS = FULL_HEADS | SHORT_HEADS
# a run of lower-case words before the head: at most three, one space apart
# (a Welsh or English place's joined name too: "hafod-y-wern family centre", "barrow-in-furness college")
WORD_BEFORE = re.compile(r"([a-z]+(?:-(?:y|yr|on|upon|le|in|under|by|en|the)-[a-z]+)?(?:['’]s)?) $")
# generic words cut short between a name and its head: "caister fam hub", "dene comm centre"
CLIPPED_BRIDGES = frozenset("fam comm community res yth chn childrens med".split())
# hospitals and colleges are named after counties too: "cumberland inf", "kent & canterbury hosp",
# "south cheshire college"
HOSPITAL_HEADS = frozenset({"infirmary", "inf", "hospital", "hosp", "college", "coll", "uni", "university"})
COUNTIES = frozenset(
    "cumbria cumberland westmorland northumberland yorkshire lancashire cheshire merseyside derbyshire nottinghamshire "
    "lincolnshire leicestershire rutland staffordshire shropshire herefordshire worcestershire warwickshire "
    "northamptonshire bedfordshire buckinghamshire cambridgeshire hertfordshire essex suffolk norfolk kent surrey sussex "
    "hampshire berkshire oxfordshire gloucestershire wiltshire somerset dorset devon cornwall middlesex glamorgan gwent "
    "powys pembrokeshire carmarthenshire denbighshire flintshire monmouthshire fife lothian ayrshire lanarkshire "
    # the regions of a river that name their hospitals: "south tyneside district hospital"
    "tyneside wearside teesside deeside".split())
# generic words of the land that a longer name holds: "princes park health centre", "moss green surgery"
# (and "end" and "pk": "wood end primary", "firth pk academy")
MID_GENERIC = frozenset("park green road lane street end pk".split())
# a county's part before it: "south cheshire college", "west suffolk hosp"
COMPASS = frozenset("north south east west mid central".split())
# land has hill farms and sea cottages: before these, only a word no list knows or a town
PLAIN_NAMED_HEADS = frozenset({"farm", "cottage"})
# "crown court" and "crown ct" are the court of every town
NOT_BEFORE = {"court": "crown", "ct": "crown"}
# a prison is named after these in any case: "c/o hmp elmley"
PRISON = re.compile(r"\b(?:hmp|hmyoi|hmp/yoi|hmp & yoi)\s+([a-z][a-z'’-]+)", re.IGNORECASE)
NAME_WORDS = frozenset(_words(DATA / "place_name_words.txt"))
NOT_NAMING = DET | ROLE | TITLE
SAINT = re.compile(r"\bst\.? ([a-z][a-z]+(?:['’]?s)?)\b")


# a street's full word in lower case, after a word of where: "wont go to the lodge lane shops", "lives on lodge lane"
FULL_STREET = re.compile(r"\b(?:on|off|in|at|to|down|up|near|nr|from|along|the|via|round|onto|by) "
                         r"([a-z][a-z'’]{2,15}) (?:lane|road|street|avenue)(?![\w'’-])")


def find_lower_full_streets(text: str, low: str, words: set[str], lex: Lexicon,
                            known: frozenset[str] = frozenset()) -> Iterator[Span]:
    """A street named in lower case with its full word: the word before it must be one places
    are named with, a town or a word no list knows ("lodge lane", "london road"; not "the
    main road", "memory lane", "the bus lane")."""
    if words.isdisjoint(("lane", "road", "street", "avenue")):
        return
    for m in FULL_STREET.finditer(low):
        w = m.group(1)
        if text[m.start(1):m.end()].islower() and (w in NAME_WORDS or _naming(w, lex, known, True)):
            yield "named-place", m.start(1), m.end()


def _naming(word: str, lex: Lexicon, known: frozenset[str], plain: bool = True) -> bool:
    """Whether a lower-case word may be part of a local place's name (``plain``: an
    ordinary word of ``place_name_words.txt`` may)."""
    w = word[:-2] if word.endswith(("'s", "’s")) else word
    if "-" in w:
        return True   # "hafod-y-wern": a place's name joined by its particle (WORD_BEFORE)
    if len(w) < 3 or w in lex.place_generic or w in lex.known_places:
        return False
    cls = lex.classes.get(w, 0)
    if cls & NOT_NAMING:
        return False
    if plain and (w in NAME_WORDS or _compound(w)) or w in lex.towns:
        return True
    if cls & FIRSTS:
        return False   # "took ellie nursery": a first name before a head is the child's
    return w not in lex.words and w not in known and not cls & VOCAB and w.upper() not in lex.abbreviations \
        and not english_form(w, lex.words)   # "ask the rehoming centre"


def find_lower_named_places(text: str, low: str, words: set[str], lex: Lexicon,
                            known: frozenset[str] = frozenset()) -> Iterator[Span]:
    """Spans of lower-case names before a head word, and of saints' names; ``known`` holds
    the proper nouns of the sector ("frontline", "ofsted"), which name no place."""
    found: list[tuple[int, int]] = []
    for head in HEADS.intersection(words):
        n = len(head)
        i = low.find(head)
        while i >= 0:
            j = i + n
            if text[i:j] == head and i > 1 and text[i - 1] == " " and not low[i - 2] == " " \
                    and not (j < len(low) and (low[j].isalnum() or low[j] in "'’-")):
                start = _name_start(text, i, lex, known, head not in PLAIN_NAMED_HEADS, head in HOSPITAL_HEADS)
                if head in CLAUSE_END_HEADS and not CLAUSE_END.match(low, j):
                    start = None   # "trinity ps 4.7" (a standard), "hope ps see you" (a postscript)
                if start is not None and head in NAME_WORD_ONLY_HEADS and not all(
                        w in NAME_WORDS or w in lex.towns for w in low[start:i].split()):
                    start = None   # "twix bar", "protein bar": a bar is named by a place's word or a town only
                if start is not None and not (head in NOT_BEFORE and low[start:i].split()[-1] == NOT_BEFORE[head]):
                    found.append((start, j))
            i = low.find(head, j)
    # in order, the longest first: "beacon park cc" over "beacon park", whatever order the
    # heads came in (a set's order differs between one text and a batch of them)
    for start, j in sorted(found, key=lambda se: (se[0], -se[1])):
        yield "named-place", start, j
    if "(" in text and not BRACKETED_GATE.isdisjoint(words):
        yield from _bracketed(text, lex, known)
    if "little" in words or "busy" in words or "tiny" in words:
        for m in NURSERY_NAME.finditer(low):
            w = m.group(2)
            if text[m.start(1):m.end()].islower() and (w in NAME_WORDS or w[:-1] in NAME_WORDS):
                yield "named-place", m.start(1), m.end()   # "poppy at little acorns 3 days/wk"
    if "st" in words:
        yield from _saints(text, low, lex, known)
    if "hmp" in words or "hmyoi" in words:
        for m in PRISON.finditer(text):
            if m.group(1).lower() not in lex.words:
                yield "named-place", m.start(), m.end()   # not "in HMP for 2 years"


# a setting's name in lower case, in brackets after what it is: "re-ref from school (gelt bridge)"
# (and after a venue or a relative's house: "pub (the crown, stroud)", "chippy on stanley rd
# (the codfather)", "contact at nan's (gorse hill)"; a town after a comma is the towns' rule's)
BRACKETED_AFTER = frozenset(
    "school nursery college academy surgery gp hospital church club setting home pub chippy cafe café takeaway "
    "shop estate refuge hostel nan's nans gran's grans nana's aunt's auntie's uncle's rd st road street lane "
    # a placement's home: "moved to residential (the willows, morpeth)"
    "residential resi placement unit".split())
BRACKETED_GATE = frozenset(w.split("'")[0] for w in BRACKETED_AFTER)
# after these any words with "the" name it, English or not: "pub (the crown)", not "pub (nights)"
BRACKETED_ANY = frozenset("pub chippy cafe café takeaway".split())
# after a street only a name with "the": "stanley rd (the codfather)"
BRACKETED_THE_ONLY = frozenset("rd st road street lane".split())
IN_BRACKETS = re.compile(r"\((the )?([a-z][a-z'’]+(?: [a-z][a-z'’]+){0,2})(?:, [a-z]+)?\)")
WORD_THEN_BRACKET = re.compile(r"(?<![\w'’-])([a-z]+(?:['’]s)?) ?$")


# a nursery named as nurseries are, in lower case after where a child goes: "at little acorns",
# "attends busy bees" (a plural of a word places are named with: not "at little cost")
# (or first in a bracket after the setting's kind: "nursery (little acorns on chells way)")
NURSERY_NAME = re.compile(r"(?:\b(?:at|to|from|@|attends|attending|started) |\b(?:nursery|pre-?school|playgroup|creche|setting) \()"
                          r"(little|busy|tiny) ([a-z]{3,15}s)\b")


def _bracketed(text: str, lex: Lexicon, known: frozenset[str]) -> Iterator[Span]:
    """No word in the brackets is generic, a role or an abbreviation, and one is a word places
    are named with, a town or a word no list knows: not "school (mainstream)", "gp (dr)". Read
    from each "(" (few hold lower-case words alone)."""
    i = text.find("(")
    while i >= 0:
        m = IN_BRACKETS.match(text, i)
        before = WORD_THEN_BRACKET.search(text, max(0, i - 12), i) if m else None
        i = text.find("(", i + 1)
        if not before or before.group(1).replace("’", "'") not in BRACKETED_AFTER:
            continue
        head = before.group(1).replace("’", "'")
        if head in BRACKETED_THE_ONLY and not m.group(1):
            continue
        words = m.group(2).split()
        if not any(w in lex.place_generic and not (head in BRACKETED_ANY and w in VENUE_NOUNS) or lex.classes.get(w, 0) & NOT_NAMING or w.upper() in lex.abbreviations
                   or w in known and w not in lex.words for w in words) and (head in BRACKETED_ANY and m.group(1) or any(
                w in NAME_WORDS or w in lex.towns or w not in lex.words for w in words)):
            yield "named-place", m.start(2), m.end(2)


def _compound(w: str) -> bool:
    """Two words places are named with, run together: "pinewood", "oaktree", "rosehill"."""
    return any(w[:i] in NAME_WORDS and w[i:] in NAME_WORDS for i in range(3, len(w) - 2))


def low_before(text: str, pos: int) -> str:
    """The lower-case word right before ``pos`` (one space apart), or ""."""
    return text[max(0, pos - 5):pos].lower().rsplit(" ", 2)[-2] if text[pos - 1:pos] == " " else ""


def _name_start(text: str, head: int, lex: Lexicon, known: frozenset[str], plain: bool,
                hospital: bool = False) -> int | None:
    """Where the lower-case name before a head word starts, or None (``hospital``: a county
    names it too, "cumberland inf")."""
    start = None
    pos = head
    held = False
    for _ in range(4):
        m = WORD_BEFORE.search(text, max(0, pos - 30), pos)
        if not m or (m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "-&/")):
            break
        word = m.group(1)
        if word in ("st", "st."):
            start = m.start()   # "st mary's rc"
            break
        if word in CLIPPED_BRIDGES and start is None and pos == head:
            pos = m.start()   # "caister fam hub": a clipped generic word between name and head
            continue
        # a first name right after "the" names the place, not a person taken there: "from the dawn centre"
        # (right before the head, and not before a farm or a cottage: "the hill farm")
        after_the = plain and start is None and pos == head and low_before(text, m.start()) == "the" \
            and lex.classes.get(word, 0) & FIRSTS and word not in lex.place_generic and word not in MID_GENERIC \
            and not lex.classes.get(word, 0) & NOT_NAMING
        if not after_the and not _naming(word, lex, known, plain) and not (
                hospital and (word in COUNTIES or word in lex.known_places and not lex.classes.get(word, 0) & VOCAB)
                and word not in COMPASS) and not (hospital and start is not None and word in COMPASS):
            if start is None and word in lex.place_bridges and pos == head \
                    and not (word in ("after", "before") and text[head:head + 7].lower().startswith(("school", "nursery"))):
                # ("walks the labrador after school": a time, not a club's name)
                pos = m.start()   # "kelsworth youth hub": a generic word between name and head
                continue
            if start is None and word in STREET_BRIDGES and pos == head and text[head:head + 12].split()[0] in SCHOOL_HEADS:
                pos = m.start()   # "brook lane infants": the school's street
                continue
            if start is None and word in MID_GENERIC and not held:
                held = True   # "princes park health centre": a generic word inside a name, if a naming word comes before it
                pos = m.start()
                continue
            break
        start = pos = m.start()
        if pos < 2 or text[pos - 1] != " ":
            break
    return start


def _saints(text: str, low: str, lex: Lexicon, known: frozenset[str]) -> Iterator[Span]:
    """"st aidans", "st ethelbert's": a saint's name in lower case, most often a school or a
    church; not "front st" (a street) nor "st john ambulance" style agencies (capitalised)."""
    for m in SAINT.finditer(text):
        s = m.start()
        if s and (text[s - 1].isalnum() or text[s - 1] in "'’-"):
            continue
        before = WORD_BEFORE.search(text, max(0, s - 30), s)
        if before and before.end() == s and _naming(before.group(1), lex, known):
            continue   # "front st", "church st": a street
        name = m.group(1)
        base = name[:-2] if name.endswith(("'s", "’s")) else name
        if base.endswith("s") and base[:-1] in lex.classes:
            base = base[:-1]   # "aidans", "marys"
        if base not in lex.words or lex.classes.get(base, 0) & FIRSTS:
            yield "named-place", s, m.end()


# a road named in lower case after "on" with no article: "ill be at the mcdonalds on borough road"
# (a road no one names takes one: "on the main road", "on the ring road")
LOWER_ROAD_ON = re.compile(r"(?<![\w'’-])(?:on|off|along|down|up) ([a-z][a-z'’-]{2,15} (?:road|rd|street|st|lane|ln|avenue|ave|"
                           r"drive|crescent|terrace|grove|parade))(?![\w'’-])")
NOT_ROAD_NAMES = frozenset("the a an his her their my your our this that same main ring busy back side wrong right open long "
                           "memory "
                           "quiet country dirt slip access private new old one other next each every any some no high "
                           "bus cycle coach with to in at for from by and or of up down off into onto over under "
                           "across past near round around through the".split())


def find_lower_roads(text: str, low: str, lex: Lexicon) -> Iterator[Span]:
    # (every head the pattern knows: a gate that missed one would let a neighbour of scan_many's decide)
    if not any(w in low for w in (" road", " rd", " street", " st", " lane", " ln", " avenue", " ave", " drive", " dr",
                                  " crescent", " terrace", " grove", " parade")):
        return
    for m in LOWER_ROAD_ON.finditer(text):
        first = m.group(1).split()[0]
        if first in NOT_ROAD_NAMES or lex.classes.get(first, 0) & (DET | ROLE | TITLE):
            continue
        yield "named-place", m.start(1), m.end(1)
