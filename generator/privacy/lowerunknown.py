"""Words no list knows, written in lower case, wherever they stand: "ics 3318807 - curnow",
"home visit, brackenrigg", "mum to a&e treliske", "pre-birth - lowenna t".

A hurried writer leaves the capitals off names and places, and often every cue with them.
Ordinary prose, however hurried, is made of words some list knows: English words and their
inflections, the sector's abbreviations and jargon, roles, agencies and tools. So a lower-case
word that is none of these, and is shaped like a name (five letters or more, two vowel sounds
or more), is reported, as the unknown proper noun rule reports a capitalised one.

Not reported, because they are how ordinary words are misspelt or bent rather than names:
- a typo of an English word, one letter dropped, added, changed or two swapped ("recieved",
  "safegaurding"); some names are lost with them ("carne"), a price paid for real records;
- a dropped "g" ("shoutin", "mornin"), a prefix on a known word ("overgraded", "unredacted"),
  two known words joined ("foodbank", "casenote") unless the second is a place's ending
  ("meadowbank", "moorswater"), which makes a place;
- the sector's words that no dictionary has (``data/words_sector.txt``: "centile", "accom"), and
  words with the ending of a medical or practice term ("frenulum", "adultify").
The kind is a guess, since many surnames are places too ("Hetherington", "Trenerry"): a word
with a place's ending or beginning, or made of two words places are named with ("penhallow",
"greenfields"), is a ``named-place``; any other a ``personal-name``. A single letter after a
name is its initial.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from .lexicon import Lexicon, sector_words
from .welsh import PLACE_AFTER as WELSH_PLACE_AFTER, welsh_words
from .locative import _place_shaped
from .lowerplaces import NAME_WORDS, _compound
from .propernoun import ProperNounFinder

Span = tuple[str, int, int]

VOWEL_RUN = re.compile(r"[aeiouy]+")
LETTERS = "abcdefghijklmnopqrstuvwxyz"
# prefixes of lower-case jargon, on top of the proper noun rule's ("overgraded", "unredacted")
PREFIXES = ("un", "re", "de", "dis", "dys", "over", "under", "out", "self", "step", "co", "ex")
# endings of medical, legal and practice terms, never of a name or a place: "frenulum",
# "cellulitis", "adultify", "parentification", "safeguarder"
TECHNICAL_ENDINGS = ("itis", "osis", "ectomy", "otomy", "ology", "ologist", "ulum", "ium", "oma", "aemia", "emia",
                     "algia", "plasty", "scopy", "pathy", "phobia", "ism", "ify", "ified", "ification", "isation",
                     "ization", "ising", "izing", "ment", "ness", "ship", "able", "ible", "ous", "ive", "ical",
                     "ular", "eous", "ious",
                     # drugs' stems: "midazolam", "chlordiazepoxide", "desmopressin", "flucloxacillin"
                     "azepam", "azolam", "azepoxide", "pressin", "mycin", "cillin", "floxacin", "prazole", "olol",
                     "pril", "sartan", "statin", "tidine", "triptan", "peridone", "apine", "oxetine", "pramine",
                     "clofen", "lukast", "setron", "semide", "thiazide", "dronate", "parin", "cycline", "triptyline",
                     "azine", "afil", "idate", "amfetamine", "amphetamine", "profen", "tropium", "terol", "sone",
                     # anti-epileptics: "clobazam", "topiramate", "zonisamide", "vigabatrin", "gabapentin"
                     "azam", "amate", "isamide", "osamide", "abatrin", "barbital", "pentin", "gabalin", "suximide",
                     "pyrronium")
# characters next to a word that make it part of an address, a path, a handle or a file name
GLUED = "@./\\#_=&?+-'’"
GLUED_AFTER = "@_-'’"


def _sector_words() -> frozenset[str]:
    return sector_words()


class LowerUnknownFinder:
    """``find(text, low, words)``: spans of lower-case words that no list knows."""

    def __init__(self, lex: Lexicon, proper: ProperNounFinder, skip: frozenset[str]) -> None:
        self.lex, self.proper = lex, proper
        # ``skip``: the scanner's English words and abbreviations; the sector's words join them
        # towns and shops are known too: their own rules report them where a cue says so
        self.sector = _sector_words()
        self.known = proper.known | proper.place_only | skip | self.sector
        # Welsh words, written in English notes in quotes ('she feels "hapus" at Nain's'), unless
        # a place's word follows ("new gp = glan cynon med centre")
        self.welsh = welsh_words()
        self.english = lex.words
        self._memo: dict[str, bool] = {}

    def find(self, text: str, low: str, words: set[str]) -> Iterator[Span]:
        for w in words.difference(self.known):
            if not w.isascii() or not self._reported(w):   # (a word of another alphabet's letters: "pastéis", "żurek")
                continue
            n = len(w)
            i = text.find(w)   # as written, in lower case
            while i >= 0:
                j = i + n
                if not (i and (text[i - 1].isalnum() or text[i - 1] in GLUED and not _opening_quote(text, i - 1))) \
                        and not self._glued_after(text, j) and not (w in self.welsh and not WELSH_PLACE_AFTER.match(text, j)):
                    kind = "named-place" if _place_shaped(w) or _compound(w) else "personal-name"
                    # "lowenna t": a single letter after the name is its initial
                    if kind == "personal-name" and text[j:j + 2] in _INITIALS and (j + 2 == len(text) or not text[j + 2].isalnum()):
                        j += 2
                    yield kind, i, j
                i = text.find(w, i + n)

    @staticmethod
    def _glued_after(text: str, j: int) -> bool:
        """A word goes on after ``j`` ("name@", "file.docx", "anne-marie"); a full stop does not."""
        if j >= len(text):
            return False
        ch = text[j]
        if ch in "'’" and not (j + 1 < len(text) and text[j + 1].isalpha()):
            return False   # a closing quote: "'her mams in kimberworth'."
        if ch.isalnum() or ch in GLUED_AFTER:
            return True
        return ch in "./\\" and j + 1 < len(text) and text[j + 1].isalnum()

    def _reported(self, w: str) -> bool:
        hit = self._memo.get(w)
        if hit is None:
            hit = self._name_shaped(w) and self.proper.unknown(w) and not self._bent_word(w)
            if len(self._memo) > 50_000:
                self._memo.clear()
            self._memo[w] = hit
        return hit

    @staticmethod
    def _name_shaped(w: str) -> bool:
        # (or a Scottish or Irish surname's "mc": "sent by p mcginn")
        return len(w) >= 5 and w.isalpha() and (len(VOWEL_RUN.findall(w)) >= 2 or w.startswith("mc") and w[2] not in "aeiou")

    def _bent_word(self, w: str) -> bool:
        """A known word misspelt, clipped, prefixed or joined to another, or shaped like a
        technical term (see the module)."""
        known, english = self.known, self.english
        if w.endswith("in") and w + "g" in known:
            return True
        if w.endswith(TECHNICAL_ENDINGS):
            return True   # "frenulum", "adultify", "cellulitis": medicine's and practice's words
        for pre in PREFIXES:
            if w.startswith(pre) and len(w) - len(pre) >= 4 and self._known_form(w[len(pre):]):
                return True
        if not _place_shaped(w):
            # two known words of four letters or more ("casenote"), unless the second is one
            # places are named with ("moorswater"); "curnow" is no "cur" and "now"
            for i in range(4, len(w) - 3):
                if w[:i] in english and w[i:] in english and w[i:] not in NAME_WORDS:
                    return True
        return self._typo(w)

    def _known_form(self, w: str) -> bool:
        return w in self.known or not self.proper.unknown(w)

    def _typo(self, w: str) -> bool:
        """One edit away from an English word of five letters or more."""
        english = self.english
        n = len(w)
        for i in range(n):
            if w[:i] + w[i + 1:] in english and n > 5:
                return True   # a letter added: "recieived"
            if i + 1 < n and w[:i] + w[i + 1] + w[i] + w[i + 2:] in english:
                return True   # two swapped: "recieved"
            for c in LETTERS:
                if c != w[i] and w[:i] + c + w[i + 1:] in english:
                    return True   # one changed: "safeguardeng"
        for i in range(n + 1):
            for c in LETTERS:
                if w[:i] + c + w[i:] in english:
                    return True   # one dropped: "safguarding"
        return False


_INITIALS = frozenset(" " + c for c in LETTERS)


def _opening_quote(text: str, k: int) -> bool:
    """An apostrophe that opens a quotation ("fc: 'kibrom been brilliant"), not one inside a
    word ("o'brien")."""
    return text[k] in "'’" and (k == 0 or not text[k - 1].isalnum())
