"""Named places that the place-word-last rules of ``places`` do not see.

- A place word that comes first, as in Welsh, Irish and Arabic names: "Ysgol Glan yr Afon",
  "Ysgol Gymraeg Bro Teifi", "Coleg Sir Gâr", "Canolfan Deulu Caerau", "Masjid Al-Noor".
  The words after it make the name; articles such as "yr", "y", "'r", "al" may stand
  between them. Generic words ("Gymraeg", "Gynradd") alone do not make a name.
- A town or village after an address or a named place and a comma: "7 Heron Court, Upper
  Thornley", "12 Mill Lane, Ashbury, with his nan", "Lighthouse Centre, Harehills". One to three capitalised words of which one is
  no English word; a role, a title, a month or a known country stops the run.
- Welsh farm, house and street names by their first element and a second word that is
  Welsh ("Cae Mawr", "Hafan Deg", "Llys Helyg", "Hendre Fawr"; "31 Cae Mawr" is a street).
- A venue named with "The" in mid-sentence after "at", "to", "from" ...: "contact at The Hive".
- A capitalised word before a lower-case word of supported housing: "placed at Cedars
  supported accommodation", "the Maple foyer", "Birchwood semi-independent".
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from . import lowerplaces
from .lexicon import CAL, DATA, DET, INTRO, NAME, PERSON_NOUN, ROLE, SPEECH, TITLE, VOCAB, Lexicon, _items, english_form
from .tokens import Cap, around, mixed_acronym, next_word, occurrences, sentence_initial

Span = tuple[str, int, int]

# place words written before the name
HEAD_FIRST = frozenset(
    # Welsh: school, college, centre, nursery, playgroup, hospital, chapel, church, hall,
    # club, home, park, mansion (estates), university; streets
    "Ysgol Coleg Canolfan Meithrinfa Feithrinfa Cylch Ysbyty Capel Eglwys Neuadd Clwb Cartref "
    "Parc Plas Prifysgol Heol Ffordd Stryd Cwrt Maes Tŷ "
    # Irish and Scottish Gaelic schools
    "Scoil Gaelscoil Bunscoil Gaelcholáiste Sgoil Bunsgoil "
    # Arabic and Urdu: mosque, Islamic school
    "Masjid Jamia Jamea Madrasa Madrasah Madrassa Darul Dar Gurdwara "
    # prisons and young offender institutions: "HMP Thornley", "HMYOI Ashfield"
    "HMP HMYOI YOI HMPYOI".split()
)
# an Irish school's name after the article, its first letters changed by it: "Gaelscoil na bhFál",
# "Scoil an tSléibhe", "Bunscoil na gCrann"
IRISH_HEADS = frozenset("Scoil Gaelscoil Bunscoil Gaelcholáiste Coláiste".split())
IRISH_ARTICLE_NAME = re.compile(r" (?:na|an) (?:h-?|t-?|bh|mb|gc|nd|ng|bp|dt|n-)?[A-ZÁÉÍÓÚ][\w'’áéíóú-]+")
# first elements of Welsh farm, house, street and village names: "Cae Mawr", "Hafan Deg",
# "Llys Helyg", "Cwm Eithin", "Hendre Fawr". A place only before a word that is no English
# word nor a name ("Cefn Sidan"), or before a common Welsh second element; those that are
# also names or English words ("Bryn", "Glyn", "Pen") only before such an element
WELSH_FIRST = frozenset("Cae Hafan Llys Cwm Cefn Hendre Hafod Nant Pant Ffynnon Llwyn Gwaun Waun Rhiw Rhyd "
                        "Fferm Bwthyn Bron Dol Llain Erw Tyddyn Pwll Gelli Pentre Pentref Trefan Glyn Bryn Pen Tan Coed".split())
WELSH_STRICT = frozenset("Glyn Bryn Pen Tan Coed Bron Dol".split())
WELSH_SECOND = frozenset(
    "mawr fawr bach fach glas las gwyn wyn wen gwen du ddu coch goch melyn felyn newydd isaf uchaf hir deg teg "
    "helyg eithin celyn bedw derw onnen afon mynydd hyfryd hafod garw arian aur llwyd ucha isa canol eglwys "
    "rhedyn grug castell ffynnon".split())
ANY_FIRST = HEAD_FIRST | WELSH_FIRST
# lower-case words allowed between the words of such a name
CONNECT = frozenset("y yr 'r ’r ar a o na an al el ul e i de du of the".split())
# after an address: words that are part of a locality's name though English
LOCALITY_WORDS = frozenset(
    "upper lower great little north south east west new old nether far near high low long "
    "kings queens st green bridge end hill park heath moor vale wood cross market common side".split()
)
# a full postcode after a town: "Pennine Way, Halifax HX2 9TT"
POSTCODE_AFTER = re.compile(r",?\s{1,2}[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}(?![A-Za-z0-9])")
# words that end a locality run at once
LOCALITY_STOP = TITLE | ROLE | DET | SPEECH | INTRO | CAL | VOCAB
NUMBER_BEFORE = re.compile(r"(?<![\w/.-])\d{1,4}[A-Za-z]?,?\s+$")
# a family placed in a hotel or a B&B in another town: "the Starling Hotel in Marrow Bridge"
LODGING = re.compile(r"(?:Hotel|Inn|Motel|Lodge|Hostel|B&B|Guest House|Travelodge)$")
HOUSING = ("supported accommodation", "supported lodgings", "semi-independent", "foyer",
           "temporary accommodation", "emergency accommodation")


def find_head_first(text: str, caps: list[Cap], lex: Lexicon) -> Iterator[Span]:
    """"Ysgol Glan yr Afon", "Coleg Sir Gâr", "Masjid Al-Noor"."""
    n = len(caps)
    for k, cap in enumerate(caps):
        if cap.base not in ANY_FIRST:
            continue
        if cap.base in WELSH_FIRST and not cap.poss and k + 1 < n:
            span = _welsh(text, caps, k, lex)
            if span:
                yield span
            continue
        if cap.base in IRISH_HEADS and (m := IRISH_ARTICLE_NAME.match(text, cap.end)):
            yield "named-place", cap.start, m.end()   # "Gaelscoil na bhFál": the article, then an eclipsed name
            continue
        if cap.base not in HEAD_FIRST or cap.poss or k + 1 == n:
            continue
        end, named, j = -1, False, k
        while j + 1 < n and j - k < 5 and not caps[j].poss:
            gap = text[caps[j].end:caps[j + 1].start]
            inner = gap.strip(" -")
            if gap.strip() == "" and len(gap) == 1 or gap == "-" or (
                inner.lower() in CONNECT and gap[:1] in " -" and gap[-1:] in " -" and len(gap) <= 5
            ):
                j += 1
                nxt = caps[j]
                low = nxt.base.lower()
                if lex.classes.get(low, 0) & (ROLE | SPEECH | DET) or nxt.base.isupper() and len(nxt.base) > 1:
                    j -= 1
                    break
                if low not in lex.place_generic:
                    named = True   # "Coleg Gwent" too: a region's name makes the college's
                end = nxt.end
            else:
                break
        if named and end > 0:
            yield "named-place", cap.start, end


def _welsh(text: str, caps: list[Cap], k: int, lex: Lexicon) -> Span | None:
    """"Cae Mawr", "Llys Helyg", "31 Cae Mawr" (a street): a Welsh first element and its second word."""
    cap, nxt = caps[k], caps[k + 1]
    if text[cap.end:nxt.start] != " " or not nxt.base[1:].islower():
        return None
    low = nxt.base.lower()
    if low not in WELSH_SECOND and (cap.base in WELSH_STRICT or low in lex.words or lex.classes.get(low, 0)
                                    or low in lex.known_places or len(low) < 3):
        return None
    end = nxt.end
    if k + 2 < len(caps) and caps[k + 2].start == end + 1 and caps[k + 2].base.lower() in WELSH_SECOND:
        end = caps[k + 2].end   # "Pant Glas Uchaf"
    numbered = NUMBER_BEFORE.search(text, max(0, cap.start - 12), cap.start)
    if numbered:
        return "street-address", numbered.start(), end   # "31 Cae Mawr"
    return "named-place", cap.start, end


# "supervised contact at The Hive", "youth club at The Zone": a venue named with "The" in
# mid-sentence after a word of going or being somewhere
THE_BEFORE = frozenset("at to from outside near opposite attends attended attending visited".split())
THE_NOT = frozenset(
    "act society trust foundation report reports guidance review framework code standards team service services "
    "council board partnership project programme network group groups court panel times guardian news sun mirror "
    "observer independent telegraph mail express star post echo chronicle herald gazette journal bible quran "
    "children children's young people end beginning start lord king queen prince princess government".split())


def _start(cap: Cap) -> int:
    return cap.start


# "shift at the Crown", "days at the Arches skatepark", "(the Beacon)": with "the" in lower case
# only the words that name pubs, venues and houses far more often than anything else in an audit
VENUE_NOUNS = frozenset(
    "crown anchor plough swan lion bell mitre feathers greyhound fox hound hounds stag ship sun moon star "
    "arches arch vaults vault cellar cellars beacon hive den zone hub junction precinct rec wharf quay quays "
    "maltings sidings moorings granary mill forge hollies limes laurels willows elms beeches cedars firs pines "
    "poplars larches oaks birches rowans sycamores chestnuts lanes meadows orchard orchards paddocks pastures "
    "spinney coppice grange manse rectory vicarage priory gables lodge cottage ark oasis lighthouse harbour "
    "cabin bunker base pavilion oak lamb dragon lotus phoenix palace fountain grill mermaid regal admiral globe victory "
    "sportsman navigator smugglers bull hart fleece horse bear boar eagle falcon hare wheatsheaf green "
    "commons common arboretum quayside "
    # birds and beasts of pub signs, met reading redteam-gb: "outside the Kingfisher in Radford"
    "kingfisher heron pheasant magpie owl peacock pelican dolphin unicorn griffin woolpack vine".split())
THE_VENUE_BEFORE = THE_BEFORE | {"@", "in", "behind", "round", "by", "above", "inside", "into", "over", "past", "beside",
                                 "on", "off", "along", "across", "down", "up"}
# the first word of a two-word pub name: "the Red Lion", "the Royal Oak", "the Black Bull"
VENUE_FIRST = frozenset("red white black golden royal blue green old new rising little grey brown silver "
                        "three two jolly green".split())


def find_the_named(text: str, low: str, words: set[str], caps: list[Cap]) -> Iterator[Span]:
    """"at the Crown", "@ the Beacon", "(the Arches)": a venue word with a capital after a
    lower-case "the" and a word of place or a bracket, alone (not "at the Crown Court")."""
    if VENUE_NOUNS.isdisjoint(words):
        return   # the common case
    n = len(caps)
    for k, cap in enumerate(caps):
        if cap.base.lower() not in VENUE_NOUNS or not cap.base[1:].islower():
            continue
        if k + 1 < n and caps[k + 1].start == cap.end + 1:
            continue   # a longer name: "the Crown Court", "the Star Chamber"
        first = cap
        if k and caps[k - 1].end + 1 == cap.start and caps[k - 1].base.lower() in VENUE_FIRST and not caps[k - 1].poss:
            first = caps[k - 1]   # "the Red Lion"
        if first.start < 4 or text[first.start - 4:first.start] != "the ":
            continue
        pos = first.start - 4
        if pos and text[pos - 1] == "(":
            yield "named-place", first.start, cap.end
            continue
        ws = text.rfind(" ", max(0, pos - 14), pos - 1) + 1
        if pos >= 2 and text[pos - 1] == " " and low[ws:pos - 1] in THE_VENUE_BEFORE:
            yield "named-place", first.start, cap.end


def find_the_venue(text: str, caps: list[Cap], lex: Lexicon) -> Iterator[Span]:
    """"at The Hive", "to The Zone": "The" capitalised in mid-sentence after "at", "to" ..."""
    i = text.find(" The ")
    if i < 0:
        return   # the common case
    n = len(caps)
    while i >= 0:
        pos, i = i + 1, text.find(" The ", i + 4)
        if pos < 3 or not text[pos - 2].islower():
            continue   # most follow a full stop: "... seen. The plan ..."
        ws = text.rfind(" ", max(0, pos - 14), pos - 1) + 1
        if text[ws:pos - 1].lower() not in THE_BEFORE:
            continue
        k = bisect_left(caps, pos, key=_start)
        if k + 1 >= n or caps[k].start != pos:
            continue
        cap = caps[k]
        run = []
        j = k + 1
        while j < n and len(run) < 3 and caps[j].start == caps[j - 1].end + 1 and not caps[j - 1].poss:
            run.append(caps[j])
            j += 1
        if not run or len(run) > 2 or run[-1].poss:
            continue
        ok = True
        for c in run:
            low = c.base.lower()
            if (not c.base[1:].islower() or len(low) < 3 or low in THE_NOT or low in lex.place_generic
                    or low in lex.known_places or lex.is_abbreviation(c.base)
                    or lex.classes.get(low, 0) & (ROLE | TITLE | SPEECH | DET | CAL)):
                ok = False
                break
        if ok:
            yield "named-place", cap.start, run[-1].end


def find_localities(text: str, caps: list[Cap], lex: Lexicon, streets: list[tuple[int, int]]) -> Iterator[Span]:
    """"7 Heron Court, Upper Thornley", "Lighthouse Centre, Harehills": the town, village or
    district after an address or a named place and a comma."""
    if not streets or not caps:
        return
    starts = {c.start: i for i, c in enumerate(caps)}
    for s, e in streets:
        m = re.match(r",\s{1,2}", text[e:e + 4]) or LODGING.search(text, s, e) and re.match(" in ", text[e:e + 4])
        if not m or (e + m.end()) not in starts:
            continue
        k = starts[e + m.end()]
        run: list[Cap] = []
        while k < len(caps) and len(run) < 3:
            cap = caps[k]
            low = cap.base.lower()
            # a word just before a full postcode is the town even if it is a word ("Hull HU9 3LF")
            town = POSTCODE_AFTER.match(text, cap.end) and not lex.classes.get(low, 0) & (TITLE | ROLE | DET | SPEECH)
            if (lex.classes.get(low, 0) & LOCALITY_STOP and low not in LOCALITY_WORDS and low not in lex.towns
                    and not town) or cap.base.isupper() or (low in lex.known_places and not town) \
                    or "'" in cap.base or "’" in cap.base or cap.base == "I":
                break   # (not "Lime St, I've got no money": a contraction)
            if run and text[run[-1].end:cap.start] not in (" ", "-"):
                break
            run.append(cap)
            if cap.poss:
                break
            k += 1
        if not run or lex.classes.get(next_word(text, run[-1].end)[0].lower(), 0) & SPEECH:
            continue   # "12 Mill Lane, Kayla said": a person, whom the name rule reports
        if len(run) >= 2 or any(c.base.lower() not in lex.words or c.base.lower() in lex.towns for c in run) \
                or POSTCODE_AFTER.match(text, run[-1].end):
            yield "named-place", run[0].start, run[-1].end   # "Upper Thornley", "Lower Marsh", "Ashbury"


# the district after an address, in lower case: "188 coventry rd, small heath, ...", "27 heol y
# nant, cwmgors." (words up to a comma, a full stop, a dash or a postcode)
LOWER_LOCALITY = re.compile(r",\s?([a-z][a-z'’-]+(?: [a-z][a-z'’-]+)?)(?=$|[,.;:)\n\x00]| [-–]| [A-Z]{1,2}\d)")
COMPASS = frozenset("north south east west upper lower old new great little nether high".split())


def find_lower_localities(text: str, lex: Lexicon, known: frozenset[str], streets: list[tuple[int, int]],
                          gazetteer_at) -> Iterator[Span]:
    """"188 coventry rd, small heath,": after a street address and a comma, a district the
    gazetteer holds (``gazetteer_at(text, start)``: the end of its name there, or 0), a town, or
    words no list knows (with a word of the compass: "west brom")."""
    for s, e in streets:
        m = LOWER_LOCALITY.match(text, e)
        if not m:
            continue
        start, end = m.span(1)
        found = gazetteer_at(text, start)
        if found and found <= end:
            yield "named-place", start, found
            continue
        words = m.group(1).split()
        if len(words) == 1 and (words[0] in lex.towns or words[0] in lex.word_towns):
            yield "named-place", start, end
            continue
        unknown = [w for w in words if w not in known and not lex.classes.get(w, 0) and w not in lex.words]
        if unknown and all(w in unknown or w in COMPASS for w in words):
            yield "named-place", start, end   # "cwmgors", "west brom"


def find_housing(text: str, low: str, caps: list[Cap], lex: Lexicon) -> Iterator[Span]:
    """"placed at Cedars supported accommodation", "the Maple foyer"."""
    if "accommodation" not in low and "foyer" not in low and "semi-indep" not in low and "lodgings" not in low:
        return   # the common case
    present = [h for h in HOUSING if h in low]
    ends = {c.end: c for c in caps}
    for s, end, _ in occurrences(low, present):
        if s < 2 or text[s - 1] != " ":
            continue
        cap = ends.get(s - 1)
        if cap is None or cap.poss or cap.base.isupper() or lex.is_abbreviation(cap.base):
            continue
        lw = cap.base.lower()
        start = cap.start
        if cap.base in HOUSE_WORDS:
            # "Ivy Court semi-independent": a house's word after its name
            prev = next((c for c in caps if c.end == cap.start - 1 and not c.poss), None)
            if prev is None or prev.base.isupper():
                continue
            start, lw = prev.start, prev.base.lower()
        if lw in lex.place_generic or lw in lex.known_places or lex.classes.get(lw, 0) & (LOCALITY_STOP & ~CAL):
            continue
        if lw in lex.words and sentence_initial(text, cap.start):
            continue   # "Temporary accommodation", "Emergency foyer places" at a sentence's start
        yield "named-place", start, end


HOUSE_WORDS = frozenset("Court House Lodge Place View Gardens Mews Hall Heights".split())


# a town between a comma and a full postcode: "Cavendish Street, Hull HU9 3LF"
TOWN_POSTCODE = re.compile(
    r", ([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?),?\s{1,2}[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}(?![A-Za-z0-9])")
# the same in hurried lower case: "9 pennance rd, lanner tr16 5tf"
TOWN_POSTCODE_LOWER = re.compile(
    r", ([a-z]{3,}(?:[ -][a-z]{3,})?),?\s{1,2}[A-Za-z]{1,2}\d[A-Za-z\d]?\s?\d[A-Za-z]{2}(?![A-Za-z0-9])")


def find_postcode_towns(text: str, lex: Lexicon) -> Iterator[Span]:
    """The town of an address written "street, Town POSTCODE", even when the town is an
    English word or a bank's name ("Hull", "Halifax"): the postcode after it settles it."""
    if ", " not in text:
        return
    for m in (*TOWN_POSTCODE.finditer(text), *TOWN_POSTCODE_LOWER.finditer(text)):
        words = m.group(1).replace("-", " ").split()
        if any(lex.classes.get(w.lower(), 0) & (TITLE | ROLE | DET | SPEECH) or lex.is_abbreviation(w) for w in words):
            continue
        yield "named-place", m.start(1), m.end(1)


# a court named by its place: "Teesside Youth Court", "Leeds Magistrates' Court"; read back
# from each " Court" (a literal, found fast)
COURT_BEFORE = re.compile(
    r"(?<![\w'’-])((?:[A-Z][a-z]+[ -]){1,2})(?:(?:County|Family|Combined|Crown (?:and|&)) )?(?:Youth|Magistrates['’]?|Crown|Family|County|"
    r"Coroner['’]s|Combined)\Z")
# "Court" and its short forms: "Taunton Crown & County Crt"
COURT_WORD = re.compile(r" (?:Courts?|Crt|Ct)(?![\w'’-])")
# a magistrates' court by its town and the word cut short: "he's up at Teesside Mags tomorrow"
MAGS = re.compile(r"(?<![\w'’-])([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:Mags|Magistrates)(?![\w'’-])")
# a setting's name in brackets after its kind: "nursery (Kiddies Kingdom, Berwick Hills): Oscar bruise"
KIND_BRACKET = re.compile(r"\b(?:nursery|school|sch|college|academy|surgery|gp|placement|hostel|refuge|children['’]s home|"
                          r"resi|unit|home|club|youth club) \(([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3})(?=[,)])")
# a field of a note that names a venue: "Contact Centre: Riverbank", "Refuge: Safe Harbour"
VENUE_LABELS = frozenset(
    "centre refuge hostel hotel venue court home unit ward surgery academy college hospital setting placement "
    "nursery school location address addr town village".split())
LABEL_RUN = re.compile(r" ?((?:[A-Z][\w'’&-]*)(?: (?:[A-Z][\w'’&-]*|of|the|on|upon|&))*)")


def find_named_in_kind_brackets(text: str, lex: Lexicon) -> Iterator[Span]:
    for m in KIND_BRACKET.finditer(text) if " (" in text else ():
        tokens = m.group(1).split()
        words = [w.lower() for w in tokens]
        if not any(lex.classes.get(w, 0) & (ROLE | TITLE | DET | CAL | VOCAB) or lex.is_abbreviation(w.upper())
                   or lex.is_abbreviation(t) or t.isupper() or len(t) <= 3 for t, w in zip(tokens, words)) \
                and not (len(words) == 1 and words[0] in lex.words):   # (not "school (HoY)", "school (PT Guidance)")
            yield "named-place", m.start(1), m.end(1)



def find_short_magistrates(text: str, lex: Lexicon) -> Iterator[Span]:
    if "Mags" in text or "Magistrates" in text:
        for m in MAGS.finditer(text):
            first = m.group(1).split()[0].lower()
            if first in lex.towns or first in lex.place_words or first not in lex.words and not lex.classes.get(first, 0) & (ROLE | TITLE | DET):
                yield "named-place", m.start(1), m.end()


def find_courts(text: str, lex: Lexicon) -> Iterator[Span]:
    i = COURT_WORD.search(text)
    while i:
        m = COURT_BEFORE.search(text, max(0, i.start() - 50), i.start())
        end = i.end()
        i = COURT_WORD.search(text, i.end())
        if not m or end < len(text) and text[end].isalnum():
            continue
        words = m.group(1).replace("-", " ").split()
        # keep the words nearest "Court" that may name a place: not "The", "High", a role ...
        keep = 0
        for w in reversed(words):
            low = w.lower()
            if lex.classes.get(low, 0) & (TITLE | ROLE | DET | SPEECH | CAL) or lex.is_abbreviation(w) \
                    or (low in lex.words and low not in lex.towns and low not in lex.word_towns):
                break
            keep += 1
        if keep:
            yield "named-place", m.start(1) + len(m.group(1)) - len(" ".join(words[-keep:])) - 1, end


# a venue named in commas after its kind: "The school, Crown Hills, has agreed", "her nursery,
# Little Acorns, said"
APPOSITIVE = re.compile(
    r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur) (?:school|nursery|college|academy|surgery|GP practice|hospital|"
    r"hostel|refuge|placement|children['’]s home|church|mosque|gurdwara|temple|club|youth club|gym|pub), "
    r"([A-Z][\w'’-]*(?: (?:[A-Z][\w'’-]*|of|the|on|upon|&)){0,4})(?=, | - | – |\)| in [A-Z]| at [A-Z])")


APPOSITIVE_KINDS = ("school", "nursery", "college", "academy", "surgery", "practice", "hospital", "hostel", "refuge",
                    "placement", "home", "church", "mosque", "gurdwara", "temple", "club", "gym", "pub")


def find_appositive_venues(text: str, lex: Lexicon) -> Iterator[Span]:
    """A named venue between commas right after its kind, with a word that is no generic
    word, role, list word or abbreviation ("The school, Crown Hills, has"; not "the school,
    CAMHS, and"; not "the school, Mum and Dad")."""
    if ", " not in text or not any(k + ", " in text for k in APPOSITIVE_KINDS):
        return   # most texts hold no kind of venue before a comma
    seen = set()
    for k in APPOSITIVE_KINDS:
        i = text.find(k + ", ")
        while i >= 0:
            # the whole pattern from a little before each kind's literal, not a pass over the text
            m = APPOSITIVE.search(text, max(0, i - 24), i + len(k) + 2 + 120)
            if m and m.start() <= i and m.start() not in seen:
                seen.add(m.start())
                yield from _appositive(m, lex)
            i = text.find(k + ", ", i + 1)


def _appositive(m: re.Match, lex: Lexicon) -> Iterator[Span]:
    """The venue of one ``APPOSITIVE`` match, when a word of it is no generic or list word."""
    words = m.group(1).split()
    if any(w.lower().removesuffix("'s").removesuffix("’s") not in lex.place_generic
           and not lex.classes.get(w.lower().removesuffix("'s").removesuffix("’s"), 0) & (VOCAB | ROLE | TITLE | DET | CAL)
           and not lex.is_abbreviation(w) and not w.isupper() for w in words if w[0].isupper()):
        yield "named-place", m.start(1), m.end(1)


# a venue named right after its kind and its owner, with no comma: "child's school White Spire,
# Bletchley", "her nursery Little Acorns."
_OWNED_KINDS = ("school", "nursery", "college", "academy", "surgery", "GP", "placement", "hostel", "club", "church",
                "mosque")
_OWNERS = ("his", "her", "their", "new", "old", "previous", "prev", "current")
# matched at each occurrence of a kind word (found with str.find, far cheaper than a regex
# trying every character), with the owner behind it as lookbehinds
OWNED_KIND = re.compile(r"(?:(?<=['’]s )|" + "|".join(rf"(?<=\b{o} )" for o in _OWNERS) + r"|^|(?<=[\n\x00]))"
                        r"(?:" + "|".join(_OWNED_KINDS) + r") ((?:[A-Z][a-z'’]+ ){0,2}[A-Z][a-z'’]+)"
                        r"(?=[.;)]| [-–] |, ([A-Z][a-z]+)|$)")
_OWNED_ANCHORS = tuple(k + " " for k in _OWNED_KINDS)


def _owned_kind_matches(text: str) -> list[re.Match]:
    found = {}
    for a in _OWNED_ANCHORS:
        i = text.find(a)
        while i >= 0:
            m = OWNED_KIND.match(text, i)
            if m:
                found[i] = m
            i = text.find(a, i + 1)
    return [m for _, m in sorted(found.items())]


def find_owned_kind_named(text: str, lex: Lexicon) -> Iterator[Span]:
    """The venue of ``OWNED_KIND``: when a word of it is no list word, or a town follows it
    ("White Spire, Bletchley"); never a role, a month or a festival ("her school Christmas.")."""
    for m in _owned_kind_matches(text):
        words = [w.lower().removesuffix("'s").removesuffix("’s") for w in m.group(1).split()]
        if any(lex.classes.get(w, 0) & (ROLE | TITLE | DET | CAL) or w in lex.calendar or lex.is_abbreviation(w.upper())
               for w in words):
            continue
        town = m.group(2)
        if town and town.lower() in lex.towns or any(
                w not in lex.place_generic and not lex.classes.get(w, 0) & VOCAB and w not in lex.words for w in words):
            yield "named-place", m.start(1), m.end(1)


# hospitals known by their initials or a short name (data/hospital_initials.txt): "QMC", "UHCW"
_HOSPITALS = tuple(_items(DATA / "hospital_initials.txt"))
HOSPITAL_NAMES_LOWER = frozenset(h.lower() for h in _HOSPITALS)
HOSPITAL_TOKENS = frozenset(h for h in _HOSPITALS if h.isalnum())
HOSPITAL_PHRASES = re.compile(r"(?<![\w&])(?:" + "|".join(re.escape(h) for h in _HOSPITALS if not h.isalnum())
                              + r")(?![\w&])")


# (and the short names of two words: "ED attendance north mid 02:30")
LOWER_HOSPITAL_PHRASES = re.compile(r"(?<![\w&])(?:" + "|".join(re.escape(h.lower()) for h in _HOSPITALS
                                                           if ("&" in h or " " in h) and h not in ("L&D",)) + r")(?![\w&])")
REGION_AFTER = re.compile(r" (?:wales|glamorgan|sussex|devon|suffolk|essex|cheshire|yorkshire|ulster|scotland|england|lothian)\b",
                          re.IGNORECASE)
# the same initials in lower case ("lgi", "qmc"), read only after a word of care or place
LOWER_HOSPITAL_TOKENS = frozenset(h.lower() for h in HOSPITAL_TOKENS if h.isupper() and len(h) >= 3)
LOWER_UNIT_AFTER = re.compile(r" (?:cdu|CDU|ed|ED|a&e|A&E|paeds|ward|wd|maternity|nicu|NICU|scbu|SCBU|picu|PICU|minor injuries)\b")
LOWER_HOSPITAL_CUE = re.compile(
    r"(?:\b(?:at|to|in|from|via|adm|admitted|admission|transferred|born|seen|attended|attendance|appt|clinic|"
    r"a&e|ed|paeds|ward \d{1,3}[a-z]?|wd \d{1,3}[a-z]?|hosp|hospital)(?: the)?|@|\()\s?$")


# initials that also name something else, read only after a word of care or place ("born at the
# L&D"), and not before a word of training ("in L&D training")
CUED_HOSPITALS = frozenset({"L&D", "ARI", "JR", "IRH", "CIC"})
# read only where a child is taken there, not "at the IRH" (the court's issues resolution hearing)
# nor "at the CIC" (a children in care council)
TAKEN_HOSPITALS = frozenset({"IRH", "CIC"})
TAKEN_TO = re.compile(r"\b(?:(?:taken|admitted|conveyed|transferred|born|seen|attended)(?: to| at| in)?|ED|A&E) $", re.IGNORECASE)
# "attended CIC council": a children in care group, not the infirmary
CARE_GROUP_AFTER = re.compile(r" (?:council|meeting|group|forum|team|review|nurse|event|session)s?\b", re.IGNORECASE)
HOSPITAL_WARD_AFTER = re.compile(r" (?:ED|A&E|ward|wd|paeds|maternity|NICU|SCBU|minor injuries|MIU)\b")
HOSPITAL_PLACE_CUE = re.compile(r"(?:\b(?:at|to|to the|from the|in the|born at|seen at|adm|admitted to|transferred to|"
                                r"ED|A&E|a&e)(?: the)?)\s$", re.IGNORECASE)
TRAINING_AFTER = re.compile(r"\s+(?:team|offer|training|course|courses|programme|session|sessions|budget|lead|plan|"
                            r"module|modules|portal|catalogue|department|dept|framework|strategy)\b", re.IGNORECASE)


def find_known_hospitals(text: str, caps: list[Cap], words: set[str], lex: Lexicon) -> Iterator[Span]:
    """A hospital by the initials or short name notes know it by, in its capitals: "seen at
    QMC", "ED at UHCW", "admitted to the N&N twice"; in lower case after a word of care or
    place: "adm ward 51 lgi", "IHA @ qmc"."""
    for cap in caps:
        if cap.base in HOSPITAL_TOKENS and not cap.poss and not RISK_LEVEL_AFTER.match(text, cap.end) \
                and not (cap.base == "Whipps" and text.startswith(" Cross", cap.end)) and not (
                cap.base in CUED_HOSPITALS and not (HOSPITAL_PLACE_CUE.search(text, max(0, cap.start - 16), cap.start)
                                                   or HOSPITAL_WARD_AFTER.match(text, cap.end))) and not (
                cap.base in TAKEN_HOSPITALS and not (TAKEN_TO.search(text, max(0, cap.start - 16), cap.start)
                                                    and not CARE_GROUP_AFTER.match(text, cap.end)
                                                    or HOSPITAL_WARD_AFTER.match(text, cap.end))):
            yield "named-place", cap.start, cap.end   # ("conveyed to JR ED", "a nurse at ARI"; not "ARI symptoms")
    if "&" in text or "Mid" in text or "Sick" in text:
        for m in HOSPITAL_PHRASES.finditer(text):
            if REGION_AFTER.match(text, m.end()):
                continue   # "the North Mid Wales team": a region
            if m.group() in CUED_HOSPITALS and not (HOSPITAL_PLACE_CUE.search(text, max(0, m.start() - 16), m.start())
                                                    and not TRAINING_AFTER.match(text, m.end())):
                continue   # "the L&D offer", "booked via L&D": learning and development
            yield "named-place", m.start(), m.end()
    if "&" in text or " mid" in text or " kids" in text:
        # and those named with "&" in lower case after a word of care: "medical at n&n tmrw"
        low = text.lower()
        for m in LOWER_HOSPITAL_PHRASES.finditer(text):
            if REGION_AFTER.match(low, m.end()):
                continue   # "from north mid wales": a region, not the North Middlesex
            if LOWER_HOSPITAL_CUE.search(low, max(0, m.start() - 16), m.start()) or LOWER_UNIT_AFTER.match(low, m.end()):
                yield "named-place", m.start(), m.end()
    # (not a first name: "escalated to rach" is Rachel, not the RACH)
    lower = {w for w in LOWER_HOSPITAL_TOKENS.intersection(words) if not lex.classes.get(w, 0) & NAME}
    for s, e, _ in occurrences(text, lower) if lower else ():
        if LOWER_HOSPITAL_CUE.search(text, max(0, s - 16), s) or LOWER_UNIT_AFTER.match(text, e):
            yield "named-place", s, e   # (or before a unit of it: "A&E notification - lri CDU 03:20")


# a level of risk after the initials: youth justice's "ROH: low" is the risk of harm, not the
# Royal Orthopaedic Hospital
RISK_LEVEL_AFTER = re.compile(r"\s*[:=-]?\s*(?:low|medium|med|high|very high)\b", re.IGNORECASE)


# a hospital's department after the hospital's one-word name: "Hairmyres paeds", "Wexham ED"
HEALTH_UNITS = frozenset("paeds ED A&E a&e SCBU NICU PICU maternity".split())


def find_hospital_units(text: str, caps: list[Cap], lex: Lexicon) -> Iterator[Span]:
    """A capitalised word that no list knows (no English word, name, role or abbreviation)
    right before a hospital's department is the hospital."""
    if not any(" " + u in text for u in HEALTH_UNITS):
        return
    for cap in caps:
        if text[cap.end:cap.end + 1] != " ":
            continue
        nxt = text[cap.end + 1:cap.end + 12].split(" ", 1)[0].rstrip(".,;:)")   # ("a&e" is one word here)
        if nxt not in HEALTH_UNITS or cap.poss:
            continue
        if cap.base.isupper():   # "BRI a&e 03:40": a hospital's initials, an infirmary's or a hospital's
            if 3 <= len(cap.base) <= 5 and cap.base[-1] in "IH" and not lex.is_abbreviation(cap.base):
                yield "named-place", cap.start, cap.end
            continue
        low = cap.base.lower()
        if low in lex.words or low in lex.place_generic or low in lex.known_places or lex.classes.get(low, 0) \
                or lex.is_abbreviation(cap.base):
            continue
        yield "named-place", cap.start, cap.end


def _label_marks(text: str) -> list[int]:
    """Where a field's label ends: each ":", and each "=" of a pasted field ("school = holyrood sec")."""
    marks = [m.start() for m in re.finditer(":", text)]
    if "=" in text:
        marks = sorted(marks + [m.start() for m in re.finditer(r"(?<= )=(?= )", text)])
    return marks


def find_labelled(text: str, lex: Lexicon) -> Iterator[Span]:
    for colon in _label_marks(text):
        # the NULs of scan_many's joins part words too
        label = text[max(0, colon - 20):colon].replace("\x00", " ").rstrip().rsplit(None, 1)[-1:] or [""]
        bare = label[0].lstrip("([")
        if bare in LOWER_LABELS:
            lower = LOWER_LABEL_RUN.match(text, colon + 1)
            if lower and _lower_named(lower.group(1).split(), bare, lex):
                yield "named-place", lower.start(1), lower.end(1)   # "ward: wheal rose", "(locality: south sefton)"
                continue
        if label[0].lower() not in VENUE_LABELS:
            continue
        if not label[0][:1].isupper():
            # "placement: Fosterlink South West" in hurried notes: a lower-case label opens its line
            ls = colon - len(label[0])
            if ls > 0 and text[ls - 1] not in "\n\x00":
                continue
        m = LABEL_RUN.match(text, colon + 1)
        if not m:
            continue
        words = [w for w in m.group(1).split() if w[0].isupper()]
        if ANONYMISED_CHILD.match(text, m.start(1)):
            continue   # "school: Child A Yr 4 - falling asleep": the anonymised child, not a school
        nxt = next_word(text, m.end(1))[0]
        plain = [w for w in words if not (
            w.lower() in lex.place_generic or lex.classes.get(w.lower(), 0) & (VOCAB | ROLE | TITLE | DET | CAL)
            or lex.is_abbreviation(w) or w.isupper())]
        if not plain and label[0].lower() in ("address", "addr") and any(w.lower() in lex.towns or w.lower() in lex.word_towns
                                                                          for w in words):
            plain = words   # "Address: Hillingdon hotel": a town, though a list knows it
        if not plain:
            continue   # "Placement: Foster Care", "Setting: SEN Unit"
        unknown = any(w.lower().removesuffix("'s").removesuffix("’s") not in lex.words for w in plain)
        # a ward is named whatever the word: "Ward: Stork", "Ward: Rainbow"
        if unknown or (len(words) >= 2 and not nxt[:1].islower()) or label[0].lower() == "ward":
            yield "named-place", m.start(1), m.end(1)


# (or the young person and a school year: "School: YP Yr 9.")
ANONYMISED_CHILD = re.compile(r"(?:Child|Sibling|Young Person|YP|CYP|Baby|Plentyn) (?:[A-Z]\b|(?:Yr|Year|Y) ?\d)")
# lower-case labels of a place, and their lower-case values up to the next mark: "ward:
# wheal rose (paeds)", "(locality: south sefton)", "sch: trewartha primary"
LOWER_LABELS = frozenset("ward locality area estate placement nursery school sch hosp hospital setting park site".split())
LOWER_LABEL_RUN = re.compile(r" ?([a-z][a-z'’-]+(?: [a-z][a-z'’-]+){0,2})(?=\s*(?:[.,;:)(\n?\x00]|$| -))")
# "on ocean ward": a ward named by a word, with no "the" (not "on maternity ward")
LOWER_WARD = re.compile(r"(?<![\w'’-])(?:on|to|from|onto) ([a-z]{3,12}) ward\b(?! rounds?\b)")   # ("to attend ward round")
NOT_WARD_NAMES = frozenset("the a same another maternity postnatal antenatal labour childrens children's paeds paediatric "
                           "general medical surgical psychiatric mental adolescent acute assessment observation "
                           "isolation day side main ward hospital neonatal womens women's mens men's "
                           "attend visit return go come move transfer psych psych. mh".split())


# what kind of school, not which: "school: local primary", "nursery: private nursery"
KIND_OF_SCHOOL = frozenset("local same new old current previous mainstream special private state village catholic rc "
                           "church faith free independent primary secondary infant junior".split())
# a school's kind after its name, read only in a school's field ("a sec" elsewhere is a second)
FIELD_SCHOOL_HEADS = frozenset("sec secondary high college coll".split())
# a field's verdict, not its place: "school: ok", "placement: n/a"
NOT_LABEL_VALUES = frozenset("ok okay good fine yes no none nil tbc tba n/a na unknown same stable settled "
                             # kinds of placement written short: "placement: semi-ind, out of borough"
                             "semi-ind semi-indep semi-independent semi-indi resi in-house ooa".split())


def _lower_named(words: list[str], label: str, lex: Lexicon) -> bool:
    """A lower-case value names a place: on a ward or locality line any words but generic
    ones; elsewhere one word no English list knows, or a town."""
    if any(lex.classes.get(w, 0) & (ROLE | TITLE | DET) or w in NOT_LABEL_VALUES for w in words) \
            or any(w in KIND_OF_SCHOOL for w in words[:-1]):
        return False
    if len(words) >= 2 and (words[-1] in lowerplaces.SCHOOL_HEADS or words[-1] in FIELD_SCHOOL_HEADS):
        return True   # "school: central primary", "school = holyrood sec": a school's name before its kind
    if label == "park" and not any(w in lowerplaces.HEADS for w in words):
        return True   # "park: golden sands, leysdown": a caravan park's or a Traveller site's name, whatever its words
    if any(w in lex.place_generic or lex.classes.get(w, 0) & (VOCAB | ROLE | TITLE | DET | CAL) or w in NOT_WARD_NAMES
           for w in words):
        return False
    if any(w in NOT_LABEL_VALUES for w in words):
        return False
    return label in ("ward", "locality") or any(len(w) > 3 and w not in lex.words or w in lex.towns for w in words)


def find_lower_worship(low: str, words: set[str], lex: Lexicon) -> Iterator[Span]:
    """"sunday school at masjid al-noor", "langar at gurdwara sahib singh sabha": a place of
    worship named after its word in lower case (the name's words need no list)."""
    if WORSHIP_WORDS.isdisjoint(words):
        return
    for m in LOWER_WORSHIP.finditer(low):
        name = m.group(2).split()
        if not any(w in lex.place_generic or lex.classes.get(w, 0) & (DET | ROLE | VOCAB) or w in NOT_WORSHIP_NAME
                   for w in name[:1]) or name[0] in WORSHIP_WORDS and m.group(1) != name[0]:   # "jamia masjid"
            yield "named-place", m.start(1), m.end(2)


WORSHIP_WORDS = frozenset("masjid gurdwara mandir jamia madrassa madrasah".split())
LOWER_WORSHIP = re.compile(r"(?<![\w'’-])(masjid|gurdwara|mandir|jamia|madrassa|madrasah)(?: |-e-)"
                           r"([a-z][a-z'’-]+(?: [a-z][a-z'’-]+){0,2}?)(?=\s*(?:[.,;:)(\n\x00]|$| -| nr| near| on| in| at| for))")
NOT_WORSHIP_NAME = frozenset("on in at is was and or to for with every each most some classes class school sunday here there "
                             "weekly daily regularly often twice sometimes usually "
                             # its people and its doings: "mosque, church and gurdwara leaders"
                             "leader leaders elders committee committees trustees staff members volunteers visits "
                             "services attendance community communities "
                             # what is done there: "gurdwara langar - family attends"
                             "langar prayers prayer jummah jumma namaz salah kirtan aarti puja madrassa".split())


# a ward by its number after a word of admission: "admitted ward 3C", "adm to ward 21"
LOWER_WARD_NUMBER = re.compile(r"(?<![\w'’-])(?:admitted|adm|transferred)(?: to| onto)? (ward \d{1,2}[a-z]?)(?![\w'’-])")


def find_lower_wards(low: str, lex: Lexicon) -> Iterator[Span]:
    if " ward" not in low:
        return
    for m in LOWER_WARD_NUMBER.finditer(low):
        yield "named-place", m.start(1), m.end(1)
    for m in LOWER_WARD.finditer(low):
        w = m.group(1)
        if w not in NOT_WARD_NAMES and w not in lex.place_generic and not lex.classes.get(w, 0) & (VOCAB | ROLE | DET | CAL):
            yield "named-place", m.start(1), m.end()


# a pub in lower case after a word of place: "kacey found at royal oak 02:00" (pub words only:
# "the old mill", "the green hub" may be any mill or hub)
PUB_FIRST = frozenset("red white black golden royal blue rising jolly three half new old cross spread brown grey running".split())
PUB_NOUNS = frozenset("crown anchor plough swan lion bell mitre feathers greyhound fox hound stag ship oak bull hart "
                      "fleece horse bear boar eagle falcon hare wheatsheaf mermaid admiral lamb dragon sun moon star "
                      "inn sailor sailors keys cow horses".split())
# "outside the jolly fisherman": a jolly trade is a pub's (not "the old farmer")
JOLLY_TRADES = "fisherman farmer farmers miller friar huntsman waggoner ploughman sailor cricketers brewer drover anglers boatman roger"
_PUB_BEFORE = r"(?:(?<![\w'’])(?:at|to|from|outside|behind|in|near|of|opposite|down|local,?)\s+['‘\"“]?|@\s?)(?:the\s+)?"
LOWER_PUB = re.compile(_PUB_BEFORE + "((?:" + "|".join(sorted(PUB_FIRST)) + r") (?:" + "|".join(sorted(PUB_NOUNS)) + r"))\b")
# "outside fisherman's rest", "at the miners arms", "in the kings head": a trade's or a title's pub
LOWER_JOLLY = re.compile(_PUB_BEFORE + r"(jolly (?:" + "|".join(JOLLY_TRADES.split()) + r"))\b")
PUB_OF = re.compile(_PUB_BEFORE + r"([a-z]{3,}(?:['’]s|s['’]?) (?:arms|rest|head|inn|tavern))\b")
PUB_OF_GATE = frozenset("arms rest head inn tavern".split())


# the pubs named by a pair: "stop going to the Coach and Horses", "outside the fox & hounds"
PUB_PAIRS = ("coach and horses", "rose and crown", "fox and hounds", "horse and groom", "dog and duck", "cat and fiddle",
             "hare and hounds", "plough and harrow", "fox and goose", "ship and anchor", "crown and anchor",
             "pig and whistle", "lamb and flag", "dog and partridge", "horse and jockey", "swan and cygnets",
             "bell and crown", "hope and anchor", "crown and cushion", "cock and bottle", "feathers and flowers",
             "queens and castle", "kings and queens head", "bat and ball", "coach and eight", "sun and anchor")
PUB_PAIR = re.compile(_PUB_BEFORE.replace("(?:the\\s+)?", "the\\s+") + "(" + "|".join(
    p.replace(" and ", " (?:and|&) ") for p in PUB_PAIRS) + r")\b")
PUB_PAIR_GATE = frozenset(p.split()[-1] for p in PUB_PAIRS)


# a pub by one name that is nothing else after "the": "rang from the feathers car park"
PUB_ALONE = frozenset("feathers plough wheatsheaf mitre fleece greyhound anvil drovers mermaid admiral".split())
LOWER_PUB_ALONE = re.compile(_PUB_BEFORE.replace("(?:the\\s+)?", "the\\s+") + "(" + "|".join(sorted(PUB_ALONE)) + r")\b")


# a pub by its kind: "the Furnace Arms", "the anchor inn", "the dolphin (pub)"
# (and a pub's word after its name: "flat above the railway pub in grays")
PUB_KIND = re.compile(r"(?<![\w'’-])the ((?:[a-z]+ )?[a-z]+ (?:arms|inn|tavern)(?![\w-]|['’]\w)|[a-z]+(?: [a-z]+)?(?= \(pub\)| pub\b))")
# chains of hotels named like inns; and the words that tell which pub, not its name ("the local pub")
NOT_PUB_FIRST = frozenset("premier holiday travel local nearest nearby closest same usual other new old village corner "
                          "family big little first last only next main nice rough quiet busy estate town country gastro "
                          "dodgy whole one two three sports student students pub".split())
NOT_BEFORE_ARMS = frozenset("of in open folded crossed both upper lower left right her his their my your our two "
                            "its baby's child's fire".split())
PUB_KIND_GATE = ("arms", "inn", "tavern", "(pub)", " pub")


# children's homes, family centres and refuges named by trees in the plural: "@ the willows",
# "placed at the laurels"
TREES = frozenset("hollies limes laurels willows elms beeches cedars firs pines poplars larches oaks birches rowans "
                  "sycamores chestnuts acorns maples yews hawthorns".split())
LOWER_TREES = re.compile(_PUB_BEFORE.replace("(?:the\\s+)?", "the\\s+") + "(" + "|".join(sorted(TREES)) + r")\b")


def find_lower_pubs(low: str, words: set[str], lex: Lexicon | None = None) -> Iterator[Span]:
    if not TREES.isdisjoint(words):
        for m in LOWER_TREES.finditer(low):
            yield "named-place", m.start(1), m.end(1)
    if not (PUB_FIRST.isdisjoint(words) or PUB_NOUNS.isdisjoint(words)):
        for m in LOWER_PUB.finditer(low):
            yield "named-place", m.start(1), m.end(1)
    if "jolly" in words:
        for m in LOWER_JOLLY.finditer(low):
            yield "named-place", m.start(1), m.end(1)
    if not PUB_PAIR_GATE.isdisjoint(words) and (" and " in low or " & " in low):
        for m in PUB_PAIR.finditer(low):
            yield "named-place", m.start(1), m.end(1)
    if not PUB_ALONE.isdisjoint(words):
        for m in LOWER_PUB_ALONE.finditer(low):
            yield "named-place", m.start(1), m.end(1)
    if any(g in low for g in PUB_KIND_GATE):
        for m in PUB_KIND.finditer(low):
            first = m.group(1).split()[0]
            if len(m.group(1).split()) > 1 and m.group(1).split()[-2] in NOT_BEFORE_ARMS:
                continue   # "the coat of arms", "with open arms", "bruising to both arms"
            if first not in NOT_PUB_FIRST and (
                    lex is None or not (lex.classes.get(first, 0) & (DET | ROLE) or first in lex.place_generic)):
                yield "named-place", m.start(1), m.end(1)
    if lex is not None and not PUB_OF_GATE.isdisjoint(words):
        for m in PUB_OF.finditer(low):
            owner = re.sub(r"['’]?s?['’]?$", "", m.group(1).split()[0])
            if not lex.classes.get(owner, 0) & (ROLE | DET | PERSON_NOUN) and owner not in ("mum", "dad", "nan", "his", "her"):
                yield "named-place", m.start(1), m.end(1)   # not "at mum's head"


# a hospital known by its initials, which end in H: "born at the NNUH", "clinic @ jcuh",
# "dr amin (jch)"; read where such a token follows a word of place or stands in brackets
HOSPITAL_CAPS = re.compile(r"[A-Z]{2,4}H")
HOSPITAL_LOWER = re.compile(r"([a-z]{2,4}h)(?![\w/&-])")
VOWELS = frozenset("aeiouy")
HOSPITAL_BEFORE = re.compile(r"(?:\b(?:at|to|from|in|born|admitted|attended|attends|chase|booked)\s+(?:the\s+)?|@\s?(?:the\s+)?|\(|"
                             r"\bward \d{1,2}\s+|\bward \d{1,2},\s)$",
                             re.IGNORECASE)


# where lower-case initials with a vowel are a hospital's: after a word of care, not "at" alone
HOSPITAL_STRONG_BEFORE = re.compile(r"(?:\b(?:born|admitted|attended|attends|booked|conveyed|taken|transferred|"
                                    r"discharged|dietician|paed|paeds|medical|a&e|ed|clinic|appt|referred|refer|seen)"
                                    r"(?: (?:at|to|from|in|@))?|@|, ) ?$")


def find_hospital_initials(text: str, caps: list[Cap], words: set[str], lex: Lexicon,
                           known: frozenset[str]) -> Iterator[Span]:
    """Initials ending in H that no list knows (not "MASH", "DASH", "SEMH"), after a word of
    place or in brackets; in lower case only after "@" or in brackets, and then with no vowel
    before the "h" unless after "@" ("jch", "@ jcuh"). Read from the capitalised tokens and from
    each "@" and "(" (a whole-text regex was slow)."""
    for cap in caps:
        tok = cap.base
        if len(tok) <= 5 and tok[-1] == "H" and HOSPITAL_CAPS.fullmatch(tok) and not cap.poss \
                and text[cap.end:cap.end + 1] not in ("/", "&", "-") and _hospital_cue(text, cap.start, cap.end, lex, known):
            yield "named-place", cap.start, cap.end
    if "the " in text:
        for m in THE_INITIALS.finditer(text):
            tok, st, en = m.group(1), m.start(1), m.end(1)
            if tok[-1] != "H" and not (m.start() and text[m.start() - 1].isalnum()) and text[en:en + 1] not in ("/", "&", "-") \
                    and not lex.is_abbreviation(tok) and _about_health(text, st, en) \
                    and HEALTH_AFTER.match(text, en) \
                    and HEALTH_BEFORE.search(text, max(0, st - 40), st) \
                    and _hospital_cue(text, st, en, lex, known):
                yield "named-place", st, en   # "a&e at the QE", "born at the RVI"
    if any(w in text for w in HOSPITAL_GATE):   # (each cue's word, in both cases: a gate, not a test)
        low = text.lower()
        for c in around(low, low, HOSPITAL_AT_CUE, HOSPITAL_AT_WORDS, 0):
            m = HOSPITAL_AT_TOKEN.match(text, c.end())
            if not m:
                continue
            tok, st = m.group(1), m.start(1)
            if tok.lower() not in lex.words and not lex.is_abbreviation(tok.upper()) and tok.lower() not in known \
                    and (tok.isupper() or mixed_acronym(tok) or tok.islower() and tok not in HOSPITAL_AT_NOT):
                yield "named-place", st, st + len(tok)   # "born at UHCW", "a&e at qeh", "ED attendance DPoW"
    if "ward " in text or "wd " in text:
        for m in INITIALS_WARD.finditer(text):
            if not lex.is_abbreviation(m.group(1)) and m.group(1).lower() not in lex.words:
                yield "named-place", m.start(1), m.end(1)
    if "(" in text:
        for m in HEALTH_LIST.finditer(text):
            if not lex.is_abbreviation(m.group(1)) and m.group(1).lower() not in lex.words:
                yield "named-place", m.start(1), m.end(1)   # "Dr Ahmed (paeds, BRI ward 30)"
    i = text.find("@")
    while i >= 0:
        m = HOSPITAL_LOWER.match(text, i + 1 + (text[i + 1:i + 2] == " "))
        if m and _hospital_cue(text, m.start(1), m.end(1), lex, known):
            yield "named-place", m.start(1), m.end(1)   # "clinic @ jcuh"
        i = text.find("@", i + 1)
    # with no vowel before the "h", after any word of place: "home from nmgh", "(jch)"; with a
    # vowel, or short initials of any ending, where a word of health is near: "refer dietician
    # at jcuh", "born at qe 32/40"
    for w in [w for w in words if 2 <= len(w) <= 5 and (w[-1] == "h" or len(w) <= 3)
              and w not in lex.words and w not in known]:   # (most short words are English: a set test first)
        plain = len(w) >= 3 and w[-1] == "h" and not VOWELS.intersection(w[:-1])
        for s, e, _ in occurrences(text, (w,)):
            if _hospital_cue(text, s, e, lex, known) and (
                    plain or w not in lex.classes and HOSPITAL_STRONG_BEFORE.search(text, max(0, s - 24), s)
                    and _about_health(text, s, e)):
                yield "named-place", s, e


THE_INITIALS = re.compile(r"the ([A-Z]{2,4})(?![\w&/-]|['’]\w)")
# a hospital by its initials after a word of birth or care: "born at UHCW", "a&e at qeh",
# "cp medical arranged lri": a short token no list knows
HOSPITAL_GATE = ("born", "Born", "a&e", "A&E", "dmitted", "aken", "ransferred", "ooked", "ischarged", "arranged", "edical",
                 "dmission", "ttendance", "onveyed", "ushed")
HOSPITAL_AT_NOT = frozenset("home hosp the his her and for with when then next last this that same".split())
# read from the cue, not from every word: the token right after it
HOSPITAL_AT_CUE = re.compile(r"(?:born|a&e|admitted|taken|transferred|booked|discharged|conveyed|rushed) (?:at|to|from|@) "
                             r"|medical arranged |medical (?:at |@ ?)|admission (?:to |at |@ ?)?"
                             r"|(?:ed|a&e) attendance (?:at |@ ?)?|\ba&e ")
HOSPITAL_AT_WORDS = ("born", "a&e", "admitted", "taken", "transferred", "booked", "discharged", "conveyed", "rushed",
                     "medical", "admission", "ed attendance")
HOSPITAL_AT_TOKEN = re.compile(r"([A-Za-z]{3,5})(?![\w&/-])")
# initials in capitals before a ward: "Paeds appt YGC ward 19", "GNCH ward 6"
INITIALS_WARD = re.compile(r"(?<![\w&/-])([A-Z]{2,5}) (?:ward|wd) \d")
# initials after a specialty in brackets: "(paeds, BRI ward 30)", "(A&E, WPH)"
HEALTH_LIST = re.compile(r"\((?:paeds|paed|paediatrician|paediatrics|a&e|A&E|ED|maternity|ortho|orthopaedics|ent|ENT|"
                         r"fracture clinic|neonatal|scbu|SCBU|nicu|NICU|cons|consultant)[,;/] ?([A-Z]{2,5})(?![\w&/-])")
# hospitals by other initials ("the QE", "the RVI"), only where the text is about a hospital
HEALTH_WORDS = re.compile(r"(?i)\b(?:born|a&e|a and e|admitted|discharged|hospital|hosp|maternity|ward|paeds?|scbu|nicu|"
                          r"meds|medication|reflux|consultant|midwife|baby|dietician|dietitian|paediatrician|medical|clinic|x-ray|ed liaison|"
                          r"antenatal|labour|delivered|inpatient|outpatient|fracture clinic)\b")
# and the initials end the phrase: "at the QE with a cut head", not "at the FE college"
HEALTH_AFTER = re.compile(r"(?:\s*(?:[.,;:)\n'’\"”]|$)|\s+(?:with|for|on|in|at|and|then|after|via|by|to|where|a&e|"
                          r"maternity|ward|paeds|children['’]s|hospital|hosp|over|during|since|until|\d|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|last\b|yesterday|today|overnight|"
                          r"this\b|that\b|twice\b|again\b|once\b|x\d|recently\b|previously\b|earlier\b|later\b))")
HEALTH_BEFORE = re.compile(r"(?i)\b(?:born|a&e|admitted|discharged|delivered|seen|taken|attended|transferred|"
                           r"in|at|to|from)\b[^.;]{0,24}$")


def _about_health(text: str, s: int, e: int) -> bool:
    """A word of hospitals in the same passage, near the initials (a batch's other passages,
    past the NUL boundary, do not count)."""
    lo, hi = max(0, s - 120), min(len(text), e + 120)
    nul = text.rfind("\x00", lo, s)
    lo = nul + 1 if nul >= 0 else lo
    nul = text.find("\x00", e, hi)
    return bool(HEALTH_WORDS.search(text, lo, nul if nul >= 0 else hi))


def _hospital_cue(text: str, s: int, e: int, lex: Lexicon, known: frozenset[str]) -> bool:
    tok = text[s:e]
    low = tok.lower()
    if lex.is_abbreviation(tok) or lex.is_abbreviation(tok.upper()) or low in known or low in lex.words:
        return False
    before = HOSPITAL_BEFORE.search(text, max(0, s - 24), s)
    if not before:
        # the last item in brackets: "Dr Bell (paeds, KCH)"
        opened = text.rfind("(", max(0, s - 30), s)
        return text[e:e + 1] == ")" and opened >= 0 and ")" not in text[opened:s] and text[s - 2:s] == ", "
    return not (before.group() == "(" and text[e:e + 1] != ")")


# a court by its place in lower case: "court 27/6 at thames youth court", "@ lincoln cc" is left
# to the towns; the word before must be no generic or court word ("the youth court", "crown court")
# ("centre" only after "justice": a "family centre" is no court, "bradford justice centre" is)
LOWER_COURT = re.compile(r"(?<![\w'’-])([a-z]{3,}) (?:(?:youth|magistrates['’]?|crown|family|county|combined|civil) (?:court|ct)"
                         r"|justice (?:court|ct|centre))\b")
NOT_COURT_NAME = frozenset("the a at to in of from local crown family county youth high next".split())


def find_lower_courts(text: str, lex: Lexicon) -> Iterator[Span]:
    if "court" not in text and " ct" not in text and "justice" not in text:
        return   # (the pattern's heads: a gate on fewer let a text joined to another read more, scan_many's bug)
    for m in LOWER_COURT.finditer(text):
        w = m.group(1)
        if w not in NOT_COURT_NAME and w not in lex.place_generic and not lex.classes.get(w, 0) & (DET | ROLE | VOCAB) \
                and (w in lex.place_words or w not in lex.words and not english_form(w, lex.words)):
            yield "named-place", m.start(), m.end()   # "leeds youth court", not "yp appeared youth court"


# a café or a shop named by its owner: "jenny's café job", "at tony's chippy" (not "mum's", "the
# hospital's café"); read from each trade word
OWNED_SHOP = re.compile(r"(?<![\w'’-])([a-z]{3,})['’]s (?:café|cafe|caff|chippy|takeaway|bakery|barbers|salon|garage)\b")
OWNED_GATE = ("café", "cafe", "caff", "chippy", "takeaway", "bakery", "barbers", "salon", "garage")


def find_owned_shops(text: str, low: str, lex: Lexicon) -> Iterator[Span]:
    if not any(g in low for g in OWNED_GATE):
        return
    for m in OWNED_SHOP.finditer(text):
        owner = m.group(1)
        c = lex.classes.get(owner, 0)
        if not c & (ROLE | DET | PERSON_NOUN | VOCAB) and owner not in lex.place_generic:
            yield "named-place", m.start(), m.end()


# a Catholic school or church named for Our Lady: "from Our Lady's in Newry", "Our Lady of
# Lourdes RC" (not a prayer "to Our Lady": a possessive after a word of place, or a head after)
OUR_LADY = re.compile(r"(?:\b(?:at|from|to|attends|attended|attending|@) )(Our Lady['’]s)(?![\w'’-])"
                      r"|(Our Lady of [A-Z][a-z]+(?: [A-Z][a-z]+)?(?: (?:RC|Catholic|Primary|High|College|School|"
                      r"Academy|Church|Parish|Nursery)\b)+)")


def find_our_lady(text: str) -> Iterator[Span]:
    """"moved from Our Lady's in Newry", "Our Lady of Lourdes RC Primary": a school or church."""
    if "Our Lady" not in text:
        return
    for m in OUR_LADY.finditer(text):
        g = 1 if m.group(1) else 2
        yield "named-place", m.start(g), m.end(g)


# a Lancashire or Yorkshire pub's name, "in the" cut short: "the Bird i' th' Hand", "Buck i' th' Vine"
DIALECT_PUB = re.compile(r"(?<![\w'’-])[A-Z][a-z]+ i['’] th['’] [A-Z][a-z]+")


def find_dialect_pubs(text: str) -> Iterator[Span]:
    if " th" in text:
        for m in DIALECT_PUB.finditer(text):
            yield "named-place", m.start(), m.end()


# a flat's building after its number: "flat 41, Tanner Point", "Flat 9, Bevin House"
FLAT_BUILDING = re.compile(r"\b[Ff]lat \d{1,3}[A-Za-z]?,? ([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(?![\w'’-])")


def find_flat_buildings(text: str, lex: Lexicon) -> Iterator[Span]:
    """The named block a flat is in: a capitalised run right after "flat 41,"."""
    if "lat " not in text:
        return
    for m in FLAT_BUILDING.finditer(text):
        first = m.group(1).split()[0].lower()
        if not lex.classes.get(first, 0) & (ROLE | DET | CAL | TITLE) and first not in lex.calendar:
            yield "named-place", m.start(1), m.end(1)



def find_lower_ysgol(text: str) -> Iterator[Span]:
    """"TAF mtg held at ysgol plas coch": a Welsh school's name after "ysgol" in lower case, not
    its kind alone ("ysgol gymraeg", "ysgol gynradd") nor the words after it ("ysgol gymraeg
    now"). Capitalised names are the head-first rule's."""
    if "ysgol " in text:
        for m in LOWER_YSGOL.finditer(text):
            words = m.group(1).split()
            if not all(w in WELSH_SCHOOL_KINDS for w in words) and not any(w in YSGOL_STOP for w in words):
                yield "named-place", m.start(), m.end()
    if "scoil " in text or "coláiste " in text:
        # the same for an Irish school: "attendance at bunscoil an iúir is now 58%"
        for m in LOWER_SCOIL.finditer(text):
            words = m.group(1).split()
            if not any(w in YSGOL_STOP for w in words) and words[0] not in IRISH_NOT_NAME:
                yield "named-place", m.start(), m.end()


LOWER_YSGOL = re.compile(r"(?<![\w'’-])ysgol((?: [a-z'’-]+){1,3}?)(?=\s*(?:[.,;:)(\n\x00]|$| -| on | in | at | for | and ))")
LOWER_SCOIL = re.compile(r"(?<![\w'’-])(?:bunscoil|gaelscoil|scoil|gaelcholáiste|coláiste)((?: [^\W\d_][\w'’-]*){1,3}?)"
                         r"(?=\s*(?:[.,;:)(\n\x00]|$| -| on | in | is | at | for | and ))")
IRISH_NOT_NAME = frozenset("is was has had to in at on and or the a for staff teacher principal".split())
WELSH_SCHOOL_KINDS = frozenset("gymraeg gynradd uwchradd feithrin meithrin y yr gyfun arbennig".split())
YSGOL_STOP = frozenset("now then since from until with last this next today again still every".split())
