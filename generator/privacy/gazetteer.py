"""Named British places of two words or more, from a gazetteer: "Tower Hamlets", "Moss Side",
"Merry Hill", "Stoke-on-Trent", "Sutton Coldfield", "King's Lynn".

Their words are English words or names ("Merry", "Hill", "Tower"), so neither the unknown
proper noun rule nor a place's head word finds them, and no context is needed: written with
capitals, the phrase is the place. The gazetteer is ``data/places_gb.txt`` (GeoNames' places
of 500 people or more, built by ``scripts/build_gazetteer.py``) and
``data/places_gb_districts.txt`` (districts, boroughs and shopping centres, by hand).

Each content word must be capitalised as written; the small words inside a name ("on",
"upon", "le", "and", "y") may be in either case. "St", "St." and "Saint" are one word, and an
apostrophe may be left out ("Shepherds Bush"). Single-word names join the towns of
``places_uk.txt`` instead (``lexicon.py``): alone, a word needs a place's context.

A phrase made only of roles and calendar words ("Nurse May") is left out: such words name
people and times far more often than places. (``vocabulary.txt`` holds many towns, so its
words do not count as ordinary here.)
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from .lexicon import CAL, DATA, GAZETTEER_FILES, ROLE, Lexicon, _items
from .tokens import Cap, occurrences

Span = tuple[str, int, int]
# small words inside a place's name, in any case: "Newcastle upon Tyne", "Pen-y-Bont"
CONNECTORS = frozenset("on upon le la in the and with of under by next sub super y yr a an".split())
# the words of a name as the text may write them: letters, apostrophes, a dot after "St"
PART = re.compile(r"[\w'’.]+")
# between two words of a name
SEP = re.compile(r"[ -]")


def norm(word: str) -> str:
    """A word of a place's name as compared: lower case, no apostrophe, "saint" as "st"."""
    w = word.lower().replace("’", "").replace("'", "").rstrip(".")
    return "st" if w == "saint" else w


def load_phrases(lex: Lexicon) -> dict[str, "_Options"]:
    """First word -> the gazetteer's names of two words or more starting with it, longest first."""
    out: dict[str, list[tuple[str, ...]]] = {}
    plain = ROLE | CAL
    for name in GAZETTEER_FILES:
        path = DATA / name
        if not path.exists():
            continue
        for line in _items(path):
            words = tuple(norm(w) for w in re.split(r"[ -]+", line) if w)
            if len(words) < 2 or words[0] in CONNECTORS:
                continue
            content = [w for w in words if w not in CONNECTORS]
            if all(lex.classes.get(w, 0) & plain for w in content):
                continue
            out.setdefault(words[0], []).append(words)
    return {first: _Options(sorted(v, key=len, reverse=True)) for first, v in out.items()}


class _Options(list):
    """The names starting with one word, longest first, and the same by their second word:
    "st" starts hundreds, and a text's "St Mary's" need try only those of "marys" and "mary"."""

    def __init__(self, names: list[tuple[str, ...]]) -> None:
        super().__init__(names)
        self.most = max(len(name) for name in names)   # (longest first; kept, not found per call)
        self.by_second: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
        for rank, name in enumerate(names):
            self.by_second.setdefault(name[1], []).append((rank, name))

    def trying(self, second: str) -> list[tuple[str, ...]]:
        """Those whose second word is ``second`` or, for a possessive, ``second`` without its
        "s", in their order."""
        found = self.by_second.get(second, [])
        if second.endswith("s") and second[:-1] in self.by_second:
            found = sorted(found + self.by_second[second[:-1]])
        return [name for _, name in found]


class PhraseGazetteer:
    """``find(text, caps)``: spans of the gazetteer's names of two words or more."""

    def __init__(self, lex: Lexicon) -> None:
        self.phrases = load_phrases(lex)
        # the first words as a token may be written, lower case, so that most capitalised
        # tokens cost one set lookup: "king's", "kings", "king’s"; "st", "st.", "saint"
        firsts = set(self.phrases)
        firsts |= {w[:-1] + "'s" for w in self.phrases if w.endswith("s")}
        firsts |= {w.replace("'", "’") for w in firsts}
        self.firsts = frozenset(firsts | {"st.", "saint"})
        self.lower_firsts = frozenset(self.phrases)   # for names written in lower case
        # and as a lower-case word of the text may start them: "kings", "king" (of "king's")
        self.lower_starts = self.lower_firsts | frozenset(w[:-1] for w in self.phrases if w.endswith("s"))
        # and as a capitalised token's base may write them: "Tower", "TOWER", "King's", "St"
        self.forms = frozenset({f.capitalize() for f in self.firsts} | {f.upper() for f in self.firsts}
                               | {f.title() for f in self.firsts})

    def find(self, text: str, caps: list[Cap]) -> Iterator[Span]:
        phrases, firsts, forms = self.phrases, self.firsts, self.forms
        done = -1
        for cap in caps:
            if cap.start < done or not cap.poss and cap.base not in forms:
                continue   # the common case: one set lookup, no lower()
            low = cap.base.lower() + "s" if cap.poss else cap.base.lower()   # "King's Lynn"
            if low not in firsts:
                continue
            options = phrases.get(norm(low))
            if options is None:
                continue
            end = _match(text, cap.start, options)
            if end:
                done = end
                yield "named-place", cap.start, end


# a word of place before a name written in lower case: "fam moved from page hall", "nr central pier"
# (and streets and parks that hurried notes go on or to: "jumped on cargo fleet lane", "went teesside park")
# (and the hospitals a child is booked into or seen at: "medical alder hey 2pm", "booked alder hey fri")
LOWER_CUE = re.compile(r"(?:\bby (?!the )|\b(?:from|in|at|to|nr|near|outside|into|around|via|on|behind|opposite|round|down|went|going|gone|lives|live|living|found|seen|born|"
                       r"booked|medical|admitted|attended|paed|paeds|a&e|visit|visited|visiting) |@ ?|\()"
                       r"(?:the )?([a-z][a-z'’]+)[ -][a-z]")


# the word at a place a cue's group starts (``LOWER_CUE``'s group 1, greedy as it is)
LOWER_WORD_AT = re.compile(r"[a-z][a-z'’]+")


# a part of a thing in lower case, which a few hamlets are named ("Top of the Hill", "End of the Road")
WHERE_ON_A_THING = re.compile(r"(?:top|bottom|end|back|side|edge|foot|head|middle|front|far side|other side) of the [a-z]+")


def find_lower(gazetteer: "PhraseGazetteer", text: str, lex: Lexicon, words: set[str]) -> Iterator[Span]:
    """A gazetteer's name of two words or more in lower case after a word of place, when a
    word of it is no English word or it is a district's name: hurried notes leave the capitals
    off ("in small heath", "from page hall", "outside kings cross")."""
    starts = gazetteer.lower_starts.intersection(words)
    if not starts:
        return   # the common case: no word of the text starts a name of two words
    # from each such word, not a pass of the cue's regex over the whole text; and the cue
    # only looked for where a name is written (most of a text's such words start none)
    phrases = gazetteer.phrases
    spans = []
    bare = []   # names with no word of place before them
    for s, e, _ in occurrences(text, starts):
        word = LOWER_WORD_AT.match(text, s)   # the word as the cue's group reads it ("king's")
        options = phrases.get(norm(word.group())) if word else None
        cued = _match(text, s, options, lower=True) if options else 0
        alone = 0
        if not (s and text[s - 1].isalnum()):
            options = phrases.get(norm(text[s:e]))
            alone = _match(text, s, options, lower=True) if options else 0
        if not cued and not alone:
            continue
        m = LOWER_CUE.search(text, max(0, s - 14), e + 8)
        while m and m.start(1) < s:   # (the cue just before: "medical at alder hey" is "at"'s)
            m = LOWER_CUE.search(text, m.start() + 1, e + 8)
        if m and m.start(1) == s:
            if cued:
                spans.append((s, cued))
        elif alone:
            bare.append((s, alone))
    # with no word of place, a name one of whose words no list knows: "hyson green" ("page
    # moss", all English words, needs the cue)
    for s, end in bare:
        if any(w not in lex.words and not lex.classes.get(w, 0) and w not in CONNECTORS
               for w in re.findall(r"[a-z]+", text[s:end].lower())):
            spans.append((s, end))
    last = -1
    for s, end in sorted(spans):
        if WHERE_ON_A_THING.fullmatch(text, s, end):
            continue   # "walks the dog to the top of the hill": a direction, whatever hamlet shares it
        if s >= last:   # in order, and not a name inside one found ("moor park" of "bradford moor park")
            last = end
            yield "named-place", s, end


def lower_at(gazetteer: "PhraseGazetteer", text: str, start: int) -> int:
    """The end of a gazetteer's name of two words or more written in lower case at ``start``
    ("small heath", "west brom"), or 0."""
    m = PART.match(text, start)
    options = gazetteer.phrases.get(norm(m.group())) if m else None
    return _match(text, start, options, lower=True) if options else 0


def _match(text: str, start: int, options: "_Options", lower: bool = False) -> int:
    """The end of the longest of ``options`` written at ``start``, or 0 (``lower``: each word
    in lower case, as hurried notes write them)."""
    most = options.most
    words: list[tuple[str, int, str]] = []   # (as written, end, separator before the next)
    trying: list[tuple[str, ...]] = []
    pos = start
    while len(words) < most:
        m = PART.match(text, pos)
        if not m:
            break
        tok = m.group()
        end = m.end()
        if tok.endswith(".") and norm(tok) != "st":
            tok, end = tok[:-1], end - 1   # a full stop after the name is the sentence's
        if len(tok) > 1 and tok[-1] in "'’" and tok[-2] != "s":
            tok, end = tok[:-1], end - 1   # and a closing quote the quote's ("gone to bradford moor park'.")
        words.append((tok, end, text[end:end + 1]))
        if len(words) == 2:
            # only the names with this second word can match (most words of a text start
            # none): stop here, before reading further words, when there are none
            trying = options.trying(norm(tok))
            if not trying:
                return 0
            most = len(trying[0])   # (longest first)
        if not SEP.fullmatch(text[end:end + 1]) or not text[end + 1:end + 2].isalpha():
            break
        pos = end + 1
    # each word's compared form and case once, not once per option ("st" starts hundreds)
    if len(words) < 2:
        return 0   # every name has two words or more
    got_words = [norm(tok) for tok, _end, _sep in words]
    cased = [tok.islower() if lower else tok[:1].isupper() for tok, _end, _sep in words]
    for option in trying:
        n = len(option)
        if n > len(words):
            continue
        ok = True
        for i, want in enumerate(option):
            got = got_words[i]
            if got != want:
                tok = words[i][0]
                # a possessive at the end: "Merry Hill's car park"
                if not (got.endswith("s") and got[:-1] == want and tok[-2:-1] in "'’"):
                    ok = False
                    break
            if not cased[i] and want not in CONNECTORS:
                ok = False
                break
        if ok:
            tok, end, _sep = words[n - 1]
            return end - 2 if tok[-2:] in ("'s", "’s") and norm(tok) != option[-1] else end
    return 0
