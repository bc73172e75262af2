"""The unknown proper noun rule: the privacy-safe default for words no list knows.

A capitalised word, or a run of them, that is not a known English word, role, agency, tool,
law, month or day, festival, language or nationality, sector abbreviation, practice term or
allowed phrase is reported as a possible name or place. Writers name people and places in
ways no specific rule anticipates ("Deano brang his mates", "met YP at Greggs", "Busy Bees
Tiverton"); a false positive costs QA one rewording, a miss publishes a child's school.

- A word at the start of a sentence is reported only when another capitalised word follows
  it and is unknown too or a name or place ("Wat Phra Dhammaram", "Siriporn Wongsakul"), or
  when it is a possessive before a person word ("Bo's mother"): sentences start with capitals
  whatever the word ("Multisystemic Therapy (MST) worked ..." passes).
- A word in capitals is reported only when it is shaped like a word (four letters or more, two
  vowels or more) and either stands in a run of capitals ("ST BRIGID'S") or is on a name list
  or the gazetteer; alone it is an acronym ("the NYAS advocate", "UNOCINI").
- Towns of ``places_uk.txt`` that the name rule's vocabulary holds ("Bolton") and shops and
  chains ("Greggs", "Tesco") are reported only with a place's cue: a place preposition before
  (also "at the"), a place word after, or a list of places ("2 The Spinney, Bangor"); never
  before "inquiry", "review" ... ("the Rotherham and Telford inquiries").
- Inflected and derived forms of known words are known ("Parentified", "Multisystemic"), and so
  are camel-case products made of known words ("WaterSure").
- The kind is ``named-place`` after a place preposition ("at", "in", "to", "nr") or with a
  place word in the run ("Happy Hearts Childminding"), or for a town of the gazetteer;
  otherwise ``personal-name``.
- A name that is also an English word ("Summer", "Amber", "Grace"), alone between a verb of
  report and a verb of the person, is a name: "Dad said Summer had fallen" (``_reported``;
  not a RAG rating).

"Known" is a set lookup on the lower-case word: ``data/words_en.txt`` and
``data/words_en_large.txt`` (lower-case words of Debian's SCOWL lists, built by
``build_lexicons.py``), the name rule's vocabulary, roles and calendar, countries and
languages (``places_known.txt``) and ``data/proper_known.txt`` (agencies, tools, apps, laws,
festivals, sports: a hand list). The rule reads the capitalised tokens the scanner has already
computed, once, and memoises each token's verdict; the allow lists then apply to its spans as
to every name and place rule's.

``ENABLE_UNKNOWN_PROPER_NOUNS`` switches the rule off as a whole.
"""
from __future__ import annotations

import re

from .lexicon import (CAL, DATA, DET, FIRST_AMB, FIRST_SEMI, INTRO, NAME, PERSON_NOUN, ROLE, SPEECH, TITLE, VOCAB,
                      Lexicon, _words, uk_place_words)
from .locative import TOWN_NOT_BEFORE, _near_miss
from .openers import OpenerFinder
from .places import ALL_HEADS
from .tokens import Cap, mixed_acronym, prev_word, sentence_initial

ENABLE_UNKNOWN_PROPER_NOUNS = True

Span = tuple[str, int, int]
KNOWN, UNKNOWN, WORD_NAME = 0, 1, 2
_CAMEL = re.compile(r"[A-Z][a-z]+|[A-Z]+(?![a-z])")

# words before a place (lower case): "at", "in", "nr", "lives" ...
PLACE_BEFORE = frozenset(
    "at in to from near nr into outside opposite around towards attends attended attending attend "
    "via lives living lived live resides residing based @ moved school nursery placed".split()
)
# a record's fields that hold a place: "Town: Nuneaton"
PLACE_LABELS = frozenset("town city village locality district address addr".split())
# contractions: "I'm", "We'll" are no names
CONTRACTIONS = ("'m", "'ll", "'ve", "'d", "'re", "'t", "’m", "’ll", "’ve", "’d", "’re", "’t")
# characters before a token that make it part of an address, a path or a handle
GLUED_BEFORE = "./@_\\#=&?+"
KNOWN_CLASSES = VOCAB | ROLE | TITLE | DET | INTRO | SPEECH | PERSON_NOUN
VOWELS = frozenset("aeiouy")
# a word-name between a verb of report and a verb of the person: "Dad said Summer had fallen",
# "the worker notes that Amber was quiet" (never at a sentence's start, never a RAG rating)
REPORT_BEFORE = frozenset(
    "said says told tells notes noted records recorded reports reported explained stated confirmed "
    "thinks thought felt feels believes believed that".split())
PERSON_VERB_AFTER = frozenset(
    "was is had has would will did could can should wanted wants said says told felt feels seemed "
    "seems appeared appears became".split())
RAG_WORDS = re.compile(r"\b(?:rag|rated|rating|ratings|risk|threshold|level)\b", re.IGNORECASE)
# shops, cafés and chains: a place where a child was seen ("met YP at Greggs"), but a product
# or a company elsewhere ("a Tesco voucher"): reported only with a place's cue, as towns are
SHOPS = frozenset(
    "tesco asda lidl aldi greggs primark argos sainsbury sainsburys sainsbury's morrisons waitrose "
    "travelodge ibis premier inn "
    "iceland mcdonald mcdonalds mcdonald's nando nandos nando's kfc costa starbucks wilko poundland subway boots".split())
# where a chain's branch is: "at the McDonald's on Bridge Street", "Lidl in Heaton Moor",
# "McDonald's, Four Lane Ends", "Greggs in the bus stn"
BRANCH_AFTER = re.compile(
    r"(?:['’]s)?(?:,\s*[A-Z]|,\s*(?:the\s+)?(?!(?:bus|train|railway|police|fire|petrol|coach|town|city|shopping)\s)[a-z]+\s+(?:centre|precinct|arcade|station|stn|retail park)\b|\s+(?:on|in|near|off|by|at)\s+(?:the\s+)?(?:(?!(?:Mon|Tues?|Wed|Weds|Wednes|Thu|Thur|Thurs|Fri|Sat|Satur|Sun)(?:days?|s)?\b)[A-Z]|\d(?!\d*(?:\s?(?:am|pm|hrs?)\b|[:.]\d))"
    r"|(?!(?:ring|main|high|retail|town|city)\s)[a-z]+\s+(?:st|rd|stn|centre|road|street|park)\b))")
# a known word with one of these before it is a word ("Multisystemic", "Pre-Proceedings")
# (not "over", "under", "re" ...: "Underwood", "Overbury" are names and places)
ARTICLES = frozenset({"a", "an", "no"})
CODE_AFTER = re.compile(r"-[A-Z]{0,4}\d")
PREFIXES = ("multi", "inter", "intra", "pre", "post", "non", "anti", "counter", "semi", "micro", "hyper",
            "psycho", "neuro", "trans", "sub", "super", "mis")
# and with one of these after it ("Parentified", "Safeguardingness" ...); the stem keeps 4 letters
SUFFIXES = ("ification", "ified", "ifying", "isation", "ization", "ised", "ized", "ising", "izing",
            "ness", "ment", "ments", "ship", "hood", "ism", "ist", "ists", "istic", "ical", "ic",
            "ly", "ful", "less", "ive", "ous", "al", "s", "es", "ed", "ing", "ings", "er", "ers", "ors")


class ProperNounFinder:
    """``find(text, caps)``: spans of capitalised words that no list knows."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        # built with set operations over whole lists: it runs at every start, serially
        extra: set[str] = set()
        for name in ("words_en_large.txt", "proper_known.txt"):
            path = DATA / name
            if path.exists():
                extra |= set(" ".join(_words(path)).lower().split())
        extra |= {w for w, c in lex.classes.items() if c & KNOWN_CLASSES}
        extra |= lex.known_places | lex.calendar | lex.place_generic
        extra |= {w.replace("'", "’") for w in extra if "'" in w}
        known = extra | lex.words   # the lexicon's words have their curly twins already
        # towns and shops: unknown, but reported only after a place's cue
        uk = uk_place_words()
        self.place_only = frozenset(((uk | SHOPS) & known) - lex.words - lex.known_places)
        self.known = frozenset(known - self.place_only)
        # what inflected and derived forms are read from: not the everyday words, whose short
        # dialect and brand words would make names of them ("bishy" + "al": "Bishal")
        self.stems = self.known - _words(DATA / "everyday_words.txt")
        self.heads = frozenset(h.lower().rstrip(".") for h in ALL_HEADS)
        self.towns = lex.towns
        self._memo: dict[str, int] = {}
        self.openers = OpenerFinder(lex, self.known)
        # names that are also English words ("Summer", "Amber", "Grace"), for ``_reported``
        self.word_names = frozenset(
            w for w, c in lex.classes.items() if c & (FIRST_AMB | FIRST_SEMI | CAL) and not c & (VOCAB | ROLE | TITLE))

    def unknown(self, tok: str) -> bool:
        """Whether a capitalised token is on no list."""
        return self.mark(tok) == UNKNOWN

    def mark(self, tok: str) -> int:
        """KNOWN, UNKNOWN or WORD_NAME ("Summer"), memoised by the token as written."""
        hit = self._memo.get(tok)
        if hit is None:
            hit = UNKNOWN if self._unknown(tok) else WORD_NAME if tok.lower() in self.word_names else KNOWN
            if len(self._memo) > 100_000:
                self._memo.clear()
            self._memo[tok] = hit
        return hit

    def _unknown(self, tok: str) -> bool:
        if len(tok) < 2 or any(ch.isdigit() or ch == "_" for ch in tok):
            return False
        lex, known = self.lex, self.known
        low = tok.lower()
        if low in known or lex.is_abbreviation(tok):
            return False
        if low.endswith(CONTRACTIONS):
            stem = low[: low.rfind("'") if "'" in low else low.rfind("’")]
            if stem in known or len(stem) < 2:
                return False
        if _near_miss(low):
            return False   # a typo of a month, a day or a festival: "Feburary", "Chirstmas"
        if mixed_acronym(tok):
            return False   # an acronym with small letters: "MenACWY", "HoY", "SEEMiS", "CofE"
        if tok.isupper():
            # an acronym unless shaped like a word (a run decides: see ``find``)
            letters = [ch for ch in low if ch.isalpha()]
            return len(letters) >= 4 and sum(ch in VOWELS for ch in letters) >= 2
        # inflected and derived forms of known words
        stems = self.stems
        for suf in SUFFIXES:
            if low.endswith(suf) and len(low) - len(suf) >= 4:
                stem = low[: -len(suf)]
                if stem in stems or stem + "e" in stems or stem + "y" in stems \
                        or stem[-1] == stem[-2] and stem[:-1] in stems:   # "screenshotted"
                    return False
        for pre in PREFIXES:
            if low.startswith(pre) and len(low) - len(pre) >= 4 and low[len(pre):].lstrip("-") in stems:
                return False
        if any(ch.isupper() for ch in tok[1:]):
            # a product's or a scheme's name in camel case: "WaterSure" (not "McKenzie", "DeShawn")
            parts = _CAMEL.findall(tok)
            if len(parts) > 1 and all(len(p) >= 3 and p.lower() in stems for p in parts):
                return False
        return True

    def find(self, text: str, caps: list[Cap]) -> list[Span]:
        if not ENABLE_UNKNOWN_PROPER_NOUNS or not caps:
            return []
        get = self._memo.get
        codes = [get(c.base) for c in caps]
        if None in codes:
            mark = self.mark
            codes = [mark(c.base) if m is None else m for c, m in zip(caps, codes)]
        if not any(codes):
            return []   # the common case: every capitalised word is known and no word-name
        out: list[Span] = self._reported(text, caps, codes) if WORD_NAME in codes else []
        marks = [m == UNKNOWN for m in codes]
        if True not in marks:
            return out
        n = len(caps)
        done = -1
        for i in [i for i, m in enumerate(marks) if m]:
            if i <= done:
                continue
            # the run of capitalised tokens parted by one space or a hyphen around the word
            k = i
            while k and not caps[k - 1].poss and _joined(text, caps[k - 1], caps[k]):
                k -= 1
            j = i
            while j + 1 < n and not caps[j].poss and _joined(text, caps[j], caps[j + 1]):
                j += 1
            done = j
            run = caps[k:j + 1]
            flags = marks[k:j + 1]
            if sum(len(c.base) > 1 and c.base.isupper() for c in run) < 2:
                # a word in capitals is an acronym ("the NYAS advocate") unless a name list or the
                # gazetteer has it, or it stands in a run of capitals ("ST BRIGID'S")
                flags = [f and not (c.base.isupper() and not self._name_or_town(c.base)) for c, f in zip(run, flags)]
                if not any(flags):
                    continue
            first = run[0]
            s0 = first.start
            if all(c.base.lower() in self.place_only for c, f in zip(run, flags) if f) and (
                    not self._place_cue(text, run, out) or self._report_name(text, run[-1].end)):
                continue   # "Bolton Council", "a Tesco voucher", "the Rotherham and Telford inquiries"
            if all(c.base.lower() in SHOPS for c in run) and not BRANCH_AFTER.match(text, run[-1].end):
                continue   # "works at Greggs": a chain is a local place only with its branch ("at Greggs on Fenton St")
            if s0 and text[s0 - 1] in GLUED_BEFORE:
                continue   # a path, a handle, an address: "example.Org", "@Name"
            if all(CODE_AFTER.match(text, c.end) for c, f in zip(run, flags) if f):
                continue   # "MACA-YC18", "PANOC-YC20": a tool's name and its version
            if len(run) == 1 and self._thing_after_article(text, first):
                continue   # "ate a McFlurry", "no MenACWY": an article counts things, not people
            starts_sentence = sentence_initial(text, s0)
            if starts_sentence:
                if len(run) == 1:
                    if not (first.poss and self._person_after(text, first.end)) and not (
                            flags[0] and (not first.base.isupper() or self.openers.user_name(first.base))
                            and self.openers.unknown_opener(text, first)) and not self._town_opener(first):
                        continue
                elif not any(flags[1:]) and not self._name_or_place(run[1].base):
                    continue   # "Multisystemic Therapy (MST) worked": an unknown opening word only
            idx = [i for i, f in enumerate(flags) if f]
            cut = next((i for i in range(idx[0] + 1, idx[-1]) if run[i].base.isupper() and len(run[i].base) > 1
                        and self.lex.is_abbreviation(run[i].base)), None)
            if cut is not None:
                # an abbreviation parts two names: "Mrs Greenwood SG Todmorden" (a special guardian
                # and her town), each reported alone
                out.append((self._kind(text, run[:cut], s0), run[idx[0]].start, run[max(i for i in idx if i < cut)].end))
                idx = [i for i in idx if i > cut]
            s, e = run[idx[0]].start, run[idx[-1]].end
            # trailing place words stay inside the span
            last = idx[-1]
            while last + 1 < len(run) and run[last + 1].base.lower() in self.heads:
                last += 1
                e = run[last].end
            out.append((self._kind(text, run, s0), s, e))
        return out

    def _reported(self, text: str, caps: list[Cap], codes: list[int]) -> list[Span]:
        """"Dad said Summer had fallen": a word-name alone between a verb of report and a verb."""
        out: list[Span] = []
        for i in [i for i, m in enumerate(codes) if m == WORD_NAME]:
            c = caps[i]
            if c.poss or c.base.isupper():
                continue
            low = c.base.lower()
            if i + 1 < len(caps) and caps[i + 1].start - c.end <= 1 or i and c.start - caps[i - 1].end <= 1:
                continue   # part of a run of capitals: a title
            word, sep, _ = prev_word(text, c.start)
            if sep != " " or word.lower() not in REPORT_BEFORE:
                continue
            nxt = text[c.end:c.end + 14].split(" ", 2)
            if len(nxt) < 2 or nxt[0] != "" or nxt[1].lower() not in PERSON_VERB_AFTER:
                continue
            if low in ("amber", "red", "green") and RAG_WORDS.search(text, max(0, c.start - 50), c.end + 50):
                continue
            out.append(("personal-name", c.start, c.end))
        return out

    def _thing_after_article(self, text: str, cap: Cap) -> bool:
        """"a McFlurry", "an Oyster card", "no Bexsero": one unknown word after "a", "an" or "no"
        is a thing; not "a Hartcliffe school" (a place word follows), "Mabli a Cai" (Welsh "and"
        between names) or "Child A Kai"."""
        word, sep, ws = prev_word(text, cap.start)
        if sep != " " or word not in ARTICLES and not (word.capitalize() == word and word.lower() in ARTICLES
                                                        and sentence_initial(text, ws)):
            return False
        before, _, _ = prev_word(text, ws)
        if before[:1].isupper():
            return False
        nxt = text[cap.end:cap.end + 24].split("\x00")[0].split()
        return not (cap.poss or nxt and text[cap.end:cap.end + 1] == " "
                    and nxt[0].lower().strip(".,;:)") in self.heads)

    def _person_after(self, text: str, end: int) -> bool:
        j = end + 2
        while j < len(text) and text[j] == " ":
            j += 1
        m = j
        while m < len(text) and text[m].isalpha():
            m += 1
        return bool(self.lex.classes.get(text[j:m].lower(), 0) & (PERSON_NOUN | ROLE | SPEECH)) or text[j:m].lower() in {
            "mother", "father", "mum", "dad", "nan", "school", "brother", "sister", "grandmother", "grandfather",
            "carer", "carers", "foster", "paternal", "maternal", "behaviour", "teacher", "family"}

    def _place_cue(self, text: str, run: list[Cap], out: list[Span]) -> bool:
        """A place word before the run, a place head in it, or a place just found and a comma."""
        start = run[0].start
        word, sep, ws = prev_word(text, start)
        if word.lower() == "the" and sep == " ":
            word, sep, ws = prev_word(text, ws)   # "at the Tesco Extra"
        if word.lower() in PLACE_BEFORE and "\n" not in sep:
            return True
        if ":" in sep and word.lower() in PLACE_LABELS:
            return True   # a pasted record's field: "| Town: Nuneaton |"
        if any(c.base.lower() in self.heads for c in run[1:]):
            return True
        # the last of a list of places: "2 The Spinney, Bangor", "Mrs Abebe, Corby (IFA)"
        return text[start - 2:start] == ", " and text[start - 3:start - 2].isalpha() and prev_word(text, start)[0][:1].isupper()

    @staticmethod
    def _report_name(text: str, end: int) -> bool:
        """A town before "inquiry", "review" ... (within three words) names a report."""
        after = text[end:end + 40].split("\x00")[0].lower().replace(",", " ").split()[:3]
        return any(w in TOWN_NOT_BEFORE for w in after)

    def _town_opener(self, cap: Cap) -> bool:
        """A town of the gazetteer opening a sentence, that no English or name list holds:
        "Bracknell is boring" (not "Nelson said", "Chester was", which the name rules read)."""
        low = cap.base.lower()
        return low in self.towns and not cap.base.isupper() and low not in self.lex.words \
            and not self.lex.classes.get(low, 0) & (NAME | ROLE | VOCAB) and low not in self.known

    def _name_or_town(self, tok: str) -> bool:
        low = tok.lower()
        return bool(self.lex.classes.get(low, 0) & NAME) or low in self.towns or self.openers.user_name(tok)

    def _name_or_place(self, tok: str) -> bool:
        low = tok.lower()
        return bool(self.lex.classes.get(low, 0) & NAME) or low in self.towns or low in self.heads

    def _kind(self, text: str, run: list[Cap], start: int) -> str:
        if any(c.base.lower() in self.heads for c in run) or any(c.base.lower() in self.towns for c in run):
            return "named-place"
        word, _sep, _ws = prev_word(text, start)
        if word.lower() in PLACE_BEFORE:
            return "named-place"
        return "personal-name"


def _joined(text: str, a: Cap, b: Cap) -> bool:
    gap = text[a.end:b.start]
    return gap == " " or gap == "-"
