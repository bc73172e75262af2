"""Hospitals by the first word of their name, as health notes write them: "baby born 14/07 at
lister", "CP medical at QA today", "contact from bluebell ward, lister", "we are at QA labour
ward".

The words are the first words of the gazetteer's "<Word> Hospital ..." and "<Word> Infirmary
..." names (``places_gb_hospitals.txt``) that no English list holds: towns, surnames and old
names ("Lister", "Frenchay", "Aintree", "QA"). Alone such a word is a town or a person as
often as a hospital, so it is one here only in a health note's context: a word of birth, a
medical, an admission or a ward just before it ("born ... at", "medical at", "ward,"), or a
ward or department just after it ("QA labour ward", "Lister A&E").
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from .lexicon import DATA, Lexicon, _items
from .tokens import occurrences

Span = tuple[str, int, int]

FIRST_WORD = re.compile(r"([A-Z][A-Za-z'’]+) (?:Hospital|Infirmary)\b")
# a health note's word just before: within the clause, then a word of place ("born 14/07/23 at lister")
CUE_BEFORE = re.compile(
    r"\b(?:born|birth|delivered|medical|admitted|adm|admission|antenatal|postnatal|appointments?|appts?|a&e|scbu|nicu|"
    r"labour|maternity|midwife|paeds?|ward|seen|taken|brought|rushed|transferred|discharged)\b[^.;:!?\n\x00]{0,20}"
    r"(?:\b(?:at|@|to|in|from)|,|@)\s?(?:the )?$", re.IGNORECASE)
# a ward or a department just after: "QA labour ward", "lister A&E"
UNIT_AFTER = re.compile(r" (?:labour ward|maternity|a&e|ed|scbu|nicu|picu|paeds|children's ward|childrens ward|"
                        r"antenatal|postnatal ward)\b", re.IGNORECASE)


# where an ambulance or an admission takes a child: "conveyed to causeway", "ambulance to causeway"
CONVEYED_BEFORE = re.compile(r"\b(?:conveyed|ambulance|ambo|blue[- ]lighted|rushed|admitted|adm)(?: her| him| them)? (?:to|@) (?:the )?$")
# the first words that are English words and say nothing of a place: "ED City", "A&E Royal"
GENERIC_FIRSTS = frozenset("city county national state university royal memorial western queens deal law guest hope".split())
# the emergency department right before, as a health note heads its entry: "ED Pilgrim 06/07:"
EMERGENCY_BEFORE = re.compile(r"(?<![\w&])(?:ED|A&E|A and E|A\+E)(?: at)? $")


def _short_names(lex: Lexicon, english: bool = False) -> dict[str, str]:
    """Lower-case first word -> as the gazetteer writes it: those no English list holds, or
    (``english``) those it does ("Pilgrim", "Freeman"), but for words of no place."""
    out = {}
    for line in _items(DATA / "places_gb_hospitals.txt"):
        m = FIRST_WORD.match(line)
        if m and (m.group(1).lower() in lex.words) == english and "'" not in m.group(1) and "’" not in m.group(1) \
                and m.group(1).lower() not in GENERIC_FIRSTS:
            out[m.group(1).lower()] = m.group(1)
    return out


class HospitalShortNames:
    def __init__(self, lex: Lexicon) -> None:
        self.names = _short_names(lex)
        self.keys = frozenset(self.names)
        # English words name a hospital only capitalised, right after the emergency department
        self.word_names = _short_names(lex, english=True)
        self.word_keys = frozenset(self.word_names)

    def find(self, text: str, low: str, words: set[str]) -> Iterator[Span]:
        if not self.word_keys.isdisjoint(words) and ("ED " in text or "A&E " in text or "A+E " in text or "A and E " in text):
            for s, e, word in occurrences(low, self.word_keys.intersection(words)):
                if text[s:e] == self.word_names[word] and EMERGENCY_BEFORE.search(text, max(0, s - 10), s):
                    yield "named-place", s, e   # "ED Pilgrim 06/07: 14yo M"
        # in any case after an ambulance's or an admission's words, or before the emergency
        # department: "ambulance to causeway", "seen causeway ED"
        for s, e, word in occurrences(low, self.word_keys.intersection(words)) if not self.word_keys.isdisjoint(words) else ():
            if text[s:e] in (word, self.word_names[word]) and (
                    CONVEYED_BEFORE.search(low, max(0, s - 30), s) or UNIT_AFTER.match(text, e)):
                yield "named-place", s, e
        hits = self.keys.intersection(words)
        if not hits:
            return   # the common case
        for s, e, word in occurrences(low, hits):
            written = text[s:e]
            if written not in (word, self.names[word], word.capitalize()):
                continue   # "qA": neither as notes write it nor as the gazetteer does
            if CUE_BEFORE.search(text, max(0, s - 48), s) or UNIT_AFTER.match(text, e):
                yield "named-place", s, e
