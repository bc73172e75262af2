"""Names shown by what the person owns or by the kin before them, in hurried notes' spelling:

- a possessive with its apostrophe dropped: "Callums IDP review", "asked about jacks school",
  "gone up to Amirs brother": a first name and "s" before what a person has. A first name that
  is an English word needs a preposition before it ("about jacks school", not "she hopes
  school will help");
- a word before "'s" and a child's own record number: "including Rubel's UPN", "Nyla's NHS no":
  only a person has one, whatever the word;
- a word of kin and a first name in lower case: "at aunty pearl yard", "uncle frank's";
- a first name and its "is" with the apostrophe dropped: "rubys not back";
- "our" and a capitalised first name, as Northern and Midlands speech names kin: "he shouts
  at our Jack" (not "our kid", not at a sentence's start: "Our Hope for ...");
- a surname in capitals, a comma and a first name after a form's label: "Patient: MIAH, Rubel".

Never a role, a title, a determiner or a month.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from .lexicon import CAL, DET, FIRSTS, NAME, PERSON_NOUN, ROLE, TITLE, VOCAB, Lexicon
from .tokens import around, prev_word

Span = tuple[int, int]
NOT_NAMING = ROLE | TITLE | DET | CAL

# what a person has, beyond the lexicon's person nouns (``context.yml``)
OWNED = frozenset("review reviews upn idp ehcp iep pep uln chi house flat home phone mates mate bro sis room "
                  "bday meds medical appt appointment case file dob statement contact class "
                  # a worker who is the person's: "its kerry-ann, aidens PA"
                  "pa sw iro keyworker".split())
# kin a person has, after which even a season's name is hers: "summers mum"
KIN_OWNED = ("mum ", "mam ", "dad ", "nan ", "gran ", "brother ", "sister ", "bf ", "gf ", "boyfriend ", "girlfriend ")
KIN_SEASON = re.compile(r"\b(?:nan|nana|nanny|gran|granny|aunt|aunty|auntie|mum|mam|sister|sis|cousin) "
                        r"(june|april|summer|autumn|january)\b")
NAME_IS_AFTER = re.compile(r" (?:is|was|said|says|has|had|rang|called|came|will be|\(|,)")
# months and seasons girls are named (not "may": "it mays"? but "mays mum" is rare and "may" a modal)
NAMED_SEASONS = frozenset("summer autumn april june january".split())
# the word before "s " and what is owned (built with the lexicon's person nouns)
DROPPED_BEFORE = re.compile(r"(?<![\w'’-])([A-Za-z][a-z]{2,14})\Z")
# prepositions before a word-name's dropped possessive: "about jacks school", "to wills house"
PREPOSITIONS = frozenset("about at to re for with from of on in into by up round".split())
# a child's own record number after a possessive: only a person has one
RECORD_AFTER = re.compile(r"(?<![\w'’-])([A-Z][a-z]{2,14})['’]s (?:UPN|ULN|NHS (?:no|number)|CHI|DOB|d\.o\.b|date of birth|"
                          r"National Insurance|NI (?:no|number)|NINO)\b")
KIN = ("aunty ", "auntie ", "aunt ", "uncle ", "nanny ", "nana ", "nanna ", "grandad ", "granda ", "grandma ",
       "granny ", "cousin ", "unborn ")
KIN_LOWER = re.compile(r"(?<![\w'’-])(?:aunty|auntie|aunt|uncle|nanny|nana|nanna|grandad|granda|grandma|granny|cousin|unborn) "
                       r"(?:[-–:] (?=[a-z]{2,12}(?: \(|[,;]|$)))?([a-z]{2,12})(?![\w-])")   # ("pat grandad - bill (deceased)")
# words a kin word may be followed by that are no names: modals, verbs, kin
NOT_AFTER_KIN = frozenset("may will can could would must might shall did does said says told rang called came went "
                          "and or but to is was has had who the a an his her their".split())
# a name's "is" with its apostrophe dropped: 'text from mum "rubys not back"'
DROPPED_IS = re.compile(r"(?<![\w'’-])([A-Za-z][a-z]{1,14})s not (?:back|home|answering|in)\b")
# a name no list knows, misspelt in a hurry, then where she is not: "sorry blessin not in school today"
ABSENT_UNKNOWN = re.compile(r"(?<![\w'’-])([a-z]{4,14}) not (?:in school|in sch|at school|in nursery|in today|back yet|home yet)\b")
# a home named by its owner, then "in" a place: "went to ty's in torrisholme" (the owner of a
# home is a person; kin and roles are not names)
HOME_IN = re.compile(r"(?<![\w'’-])([a-z]{2,14})['’]s in ([a-z][a-z-]{2,20})(?![\w'’-])")
HOME_KIN = frozenset("mam mum nan nana nanna gran granny grandad grandma dad auntie aunty aunt uncle mate mates cousin "
                     "sister brother sis bro friend friends boyfriend girlfriend bf gf carer carers fella partner pal pals lad "
                     "lads bloke ex".split())
OUR_CAP = re.compile(r"(?<![\w'’-])our ([A-Z][a-z]{2,12})(?![\w'’-])")
SURNAME_COMMA = re.compile(r"(?i:patient|name|child|client|subject|pupil|service user|yp|cyp): ([A-Z]{2,20}), ([A-Z][a-z]{1,14}(?:[- ][A-Z][a-z]{1,14}){0,2})\b")


class OwnedNameFinder:
    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        owned = OWNED | {w for w, c in lex.classes.items() if c & PERSON_NOUN and w.isalpha()}
        # "s school": searched in lower case, a literal "s " first, so the engine skips fast
        self.dropped_s = re.compile(r"s (?:" + "|".join(sorted(owned, key=len, reverse=True)) + r")(?![\w-]|['’]\w)")

    def _first(self, word: str) -> bool:
        c = self.lex.classes.get(word, 0)
        return bool(c & FIRSTS) and not c & NOT_NAMING and not self.lex.is_abbreviation(word)

    def find(self, text: str, low: str) -> Iterator[Span]:
        lex = self.lex
        for o in self.dropped_s.finditer(low):
            m = DROPPED_BEFORE.search(text, max(0, o.start() - 15), o.start())
            if not m or text[o.start()] != "s":   # (not "Callum'S"): the case is the text's
                continue
            word = m.group(1).lower()
            if word in NAMED_SEASONS and low.startswith(KIN_OWNED, o.start() + 2) and m.group(1).islower() \
                    and not self.lex.classes.get(prev_word(low, m.start())[0], 0) & DET:
                yield m.start(1), o.start() + 1   # a season's or a month's name before kin: "if summers mum is there"
                continue
            if not self._first(word):
                continue
            if word + "s" in lex.words and word not in lex.words:
                continue   # "in this case": an English word that is no plural of a name ("thi")
            if word + "s" in lex.words or word in lex.words:
                # an English word ("marks", "hopes") or a word-name: only after a preposition
                if prev_word(low, m.start())[0] not in PREPOSITIONS:
                    continue
            yield m.start(1), o.start() + 1
        if "'s " in text or "’s " in text:
            for m in around(text, low, RECORD_AFTER, ("'s ", "’s "), 17, 32):
                w = m.group(1)
                if not lex.classes.get(w.lower(), 0) & NOT_NAMING and not lex.is_abbreviation(w):
                    yield m.span(1)
        for m in around(text, low, KIN_LOWER, KIN, 0, 22):
            w = m.group(1)
            if text[m.start(1)].islower() and w not in NOT_AFTER_KIN and (
                    self._first(w) or low.startswith("unborn", m.start()) and not lex.classes.get(w, 0) & NOT_NAMING
                    and not lex.is_abbreviation(w.upper()) and (lex.classes.get(w, 0) & NAME or w not in lex.words
                                                                and len(w) >= 4 and sum(ch in "aeiouy" for ch in w) >= 2)):
                yield m.span(1)   # ("unborn daley": the family's surname names an unborn baby)
        if "s not " in low:
            for m in around(text, low, DROPPED_IS, ("s not ",), 16, 20):
                word = m.group(1).lower()
                if self._first(word) and word + "s" not in lex.words and not text[m.start(1):m.end()].isupper():
                    yield m.start(1), m.end(1)
        if "s in " in low:
            for m in around(text, low, HOME_IN, ("'s in ", "’s in "), 16, 32):
                owner, place = m.group(1), m.group(2)
                c = lex.classes.get(owner, 0)
                if owner in HOME_KIN or c & NOT_NAMING or not (c & FIRSTS or owner not in lex.words and not c):
                    continue
                if place in lex.place_words or place not in lex.words and not lex.classes.get(place, 0):
                    yield m.span(1)
        for m in around(text, low, KIN_SEASON, (" june", " april", " summer", " autumn", " january"), 12, 10):
            if text[m.start(1)].islower() and NAME_IS_AFTER.match(low, m.end(1)):
                yield m.span(1)   # "nan june is the protective one"
        if " not " in low:
            for m in around(text, low, ABSENT_UNKNOWN, (" not ",), 16, 16):
                w = m.group(1)
                if w not in lex.words and not lex.classes.get(w, 0) & (NOT_NAMING | ROLE | VOCAB) and not lex.is_abbreviation(w.upper()) \
                        and sum(ch in "aeiouy" for ch in w) >= 2:
                    yield m.span(1)
        if "our " in text:
            for m in around(text, low, OUR_CAP, ("our ",), 0, 18):
                if text[m.start()] == "o" and self._first(m.group(1).lower()):
                    yield m.span(1)
        if ": " in text:
            for m in around(text, low, SURNAME_COMMA, (": ",), 20, 40):
                first = m.group(2).split()[0].split("-")[0].lower()
                if self._first(first) or first not in lex.words:
                    yield m.start(1), m.end(2)
