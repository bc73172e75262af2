"""A name before a word of respect or kin that follows names in the languages of UK
families: "Rumi apa said just go", "Imran bhai drives", "Sunita didi", "Gurpreet ji",
"Salma aunty".

In Urdu, Punjabi, Bengali, Hindi and Gujarati these words come after the name, where English
puts "Aunty" or "Uncle" before it; the word before them is a person's name when it is a
name-list word or a capitalised word that no list knows. A word that a list knows as
ordinary ("Big bhai", "Mum ji") is left alone.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from .lexicon import DET, NAME, ROLE, TITLE, VOCAB, Lexicon

Span = tuple[str, int, int]
SUFFIXES = frozenset("apa aapa apu baji bhai bhaiya bhaiyya bhaijaan didi ji jee bhabhi bhabi behen "
                     "aunty auntie uncle chacha chachi khala khalu mamu mami phupho phuppo".split())
BEFORE_SUFFIX = re.compile(r"(?<![\w'’-])([A-Za-z][a-z]{1,14}) (" + "|".join(sorted(SUFFIXES)) + r")(?![\w'’-])")
# the English words of kin and respect that may come after a name as ordinary words
# ("his uncle", "their aunty"): only the words of the languages count after a lower-case name
ENGLISH_KIN = frozenset("aunty auntie uncle".split())


def find(text: str, low: str, words: set[str], lex: Lexicon) -> Iterator[Span]:
    if SUFFIXES.isdisjoint(words):
        return   # the common case
    for m in BEFORE_SUFFIX.finditer(text):
        w = m.group(1)
        c = lex.classes.get(w.lower(), 0)
        if c & (ROLE | VOCAB | DET | TITLE) or lex.is_abbreviation(w):
            continue
        if w[0].isupper():
            named = bool(c & NAME) or w.lower() not in lex.words
        else:   # "imran bhai": in lower case, only a name that is no English word
            named = m.group(2) not in ENGLISH_KIN and bool(c & NAME) and w not in lex.words
        if named:
            yield "personal-name", m.start(1), m.end(1)
