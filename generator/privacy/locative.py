"""A capitalised word that no list knows and that is shaped like an English place name
("Hillcrest", "Brackenby"), right after "at", "in", "to", "from" ...: "on roll at Hillcrest",
"a hotel in Upper Thornley". Countries, languages and national names in
``data/places_known.txt`` are not local places, nor are typos of months and festivals.
"""
from __future__ import annotations

from collections.abc import Iterator

from .lexicon import FIRSTS, Lexicon
from .places import unknown_word
from .tokens import Cap

Span = tuple[str, int, int]


# words after which a capitalised word no list knows is a local place ("on roll at
# Hillcrest", "a hotel in Brackenby", "moved to Upper Thornley")
LOCATIVE = frozenset(
    "at in to from near into outside opposite around towards attends attended attending attend "
    "nearby via".split()
)
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
    "castle", "church", "kirk", "ey", "sey",
)


def _placelike(low: str, words: frozenset[str]) -> bool:
    if low.endswith(PLACE_SUFFIXES) and len(low) >= 5:
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
        if start < 3 or text[start - 1] != " ":
            continue
        lo = max(0, start - 14)
        ws = text.rfind(" ", lo, start - 1) + 1
        if (ws == 0 and lo) or text[ws:start - 1].lower() not in LOCATIVE:
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
