"""Settings named right after their kind's word in lower case, and places named before "in"
and a town.

A note writes the kind of setting first and its name after: "nursery Tiny Steps raise concern",
"dob 5 March 2021 - nursery Busy Bees Corner, HV ...", "nursery (tiny tots, wymondham)". A
capitalised run in mid-sentence after such a word, or a bracket of a name and a known town,
names the setting.

A capitalised run after "at" and before "in" and a town is a place in that town: "the static
caravan at Wild Duck in Belton".

Never a role, a title, a month or day, an abbreviation, a person's name alone ("nursery Karen
said") nor a place word that names nothing ("school Year 9", "nursery Christmas party").
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from .lexicon import CAL, DET, FIRSTS, ROLE, TITLE, Lexicon
from .propernoun import SHOPS
from .tokens import Cap

Span = tuple[str, int, int]

# the kinds of setting a note names after their word
KIND_WORDS = ("nursery", "preschool", "pre-school", "creche", "childminder", "school", "sch", "college",
              "academy", "surgery", "hostel", "refuge")
KIND_BEFORE = re.compile(r"(?<![\w'’-])(?:" + "|".join(KIND_WORDS) + r") $")
# a name and a town in the bracket after the kind's word: "nursery (tiny tots, wymondham)"
KIND_BRACKET = re.compile(r"(?<![\w'’-])(?:" + "|".join(KIND_WORDS) + r") \(((?:[A-Za-z][a-z'’]+ ){0,3}[A-Za-z][a-z'’]+), "
                          r"([A-Za-z][a-z'’]+(?: [A-Za-z][a-z'’]+)?)\)")
# "at Wild Duck in Belton": the run, then "in" and a town
IN_TOWN_AFTER = re.compile(r" in ([A-Z][a-z'’]+(?:[ -][A-Z][a-z'’]+)?)\b")
AT_BEFORE = re.compile(r"(?<![\w'’-])(?:at|@) $")


WEEKDAYS = frozenset("mon tue tues wed weds thu thur thurs fri sat sun monday tuesday wednesday thursday friday "
                     "saturday sunday".split())


def _weekday(word: str) -> bool:
    return any(part in WEEKDAYS for part in word.lower().split("-"))


class KindNamedFinder:
    def __init__(self, lex: Lexicon, known: frozenset[str]) -> None:
        self.lex = lex
        self.known = known   # every word a list knows: brands, chains, agencies ("at Tesco in Hull")

    def _town(self, name: str) -> bool:
        low = name.lower()
        return low in self.lex.towns or low in self.lex.word_towns

    def _naming(self, words: list[Cap]) -> bool:
        """Whether capitalised words name a setting: no role, title, month, day, determiner or
        abbreviation among them, not a person's first name alone, and not only place words."""
        lex = self.lex
        for w in words:
            c = lex.cls(w.base)
            if c & (ROLE | TITLE | CAL | DET) or lex.is_abbreviation(w.base) or w.base.isupper() or w.poss \
                    or sum(ch.isupper() for ch in w.base) > 1:   # "school SSCo rang": an abbreviation
                return False
        if any(_weekday(w.base) for w in words):
            return False   # "after school Mon-Thurs"
        if len(words) == 1 and (lex.cls(words[0].base) & FIRSTS or words[0].base.lower() in self.known
                                or not words[0].base.isalpha() or len(words[0].base) < 3):
            return False   # "nursery Karen said", "school Monday": one word is a person or a word
        return not all(w.base.lower() in lex.place_generic for w in words)

    def find(self, text: str, low: str, caps: list[Cap]) -> Iterator[Span]:
        if "(" in text and any(k in low for k in KIND_WORDS):
            for m in KIND_BRACKET.finditer(text):
                name = m.group(1)
                if self._town(m.group(2)) and not self._town(name) and not any(
                        self.lex.cls(w) & (ROLE | TITLE | CAL | DET) or self.lex.is_abbreviation(w.upper()) for w in name.lower().split()):
                    yield "named-place", m.start(1), m.end(1)
        n = len(caps)
        k = 0
        while k < n:
            cap = caps[k]
            j = k
            while j + 1 < n and caps[j + 1].start == caps[j].end + 1 and not caps[j].poss and j - k < 3:
                j += 1
            words = caps[k:j + 1]
            k = j + 1
            s, e = words[0].start, words[-1].end
            if s < 2 or text[s - 1] != " ":
                continue
            if KIND_BEFORE.search(low, max(0, s - 14), s):
                if self._naming(words) and not (text[e:e + 1] == " " and text[e + 1:e + 2].isdigit()):
                    yield "named-place", s, e   # "nursery Tiny Steps raise concern"
            elif AT_BEFORE.search(low, max(0, s - 4), s) and (len(words) > 1 or words[0].base.lower() not in self.known):
                t = IN_TOWN_AFTER.match(text, e)
                if t and self._town(t.group(1)) and self._naming(words) and not any(
                        self._town(w.base) or w.base.lower() in self.lex.known_places or w.base.lower() in SHOPS for w in words):
                    yield "named-place", s, e   # "the static caravan at Wild Duck in Belton"
