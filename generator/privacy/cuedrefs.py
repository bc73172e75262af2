"""References the number rules of ``identifiers`` do not read: a hyphenated number a few words
after its word, a capital or two and seven or eight digits, and nine digits in threes.

"rang police 101, gave them the log no from last wk 2311-0299": the number is a log's,
named by "log no" earlier in the clause. Two groups of digits parted by a hyphen are read
as a reference only after such a word, in the same clause (no sentence mark between), and
never when they read as a span of years ("2019-2020"), of times ("0900-1700", "9-5") or as a
score ("3-2").
"""
from __future__ import annotations

import re
from collections.abc import Iterator

Span = tuple[str, int, int]

REF_WORD = re.compile(r"(?<![\w])(?:(?:log|logs|ref|reference|crime|incident|inc|occurrence|occ|cad|urn|serial)\b\.?"
                      r"|case\s*(?=no\b|number))(?:\s*(?:no\b\.?|number|num|#))?:?", re.IGNORECASE)
# (each lookbehind stands after the pattern's first character, so that re's scan for that
# character skips the text between candidates instead of testing the lookbehind everywhere)
HYPHENED = re.compile(r"(\d(?<![\w/.:-]\d)\d{2,5})[-–](\d{3,6})(?![\w/.:-]|-\d)")
# what may stand between the word and the number: a clause, not a new sentence
GAP = re.compile(r"[^.!?;\n\x00]{0,40}")


def _years(a: str, b: str) -> bool:
    return len(a) == 4 and len(b) in (2, 4) and a[:2] in ("19", "20") and (len(b) == 2 or b[:2] in ("19", "20"))


def _times(a: str, b: str) -> bool:
    def clock(d: str) -> bool:
        return len(d) in (3, 4) and int(d[:-2]) < 24 and int(d[-2:]) < 60
    return clock(a) and clock(b)


def find_hyphened_refs(text: str) -> Iterator[Span]:
    if "-" not in text and "–" not in text:
        return
    for m in HYPHENED.finditer(text):
        a, b = m.group(1), m.group(2)
        if _years(a, b) or _times(a, b):
            continue
        lo = max(0, m.start() - 60)
        before = text[lo:m.start()]
        cue = None
        for c in REF_WORD.finditer(before):
            cue = c
        if cue and GAP.fullmatch(before, cue.end()):
            yield "case-number", m.start(), m.end()


# a reference of one or two capitals and seven or eight digits, with a word of a reference in the
# sentence or the one before: "The Home Office reference is held only in the restricted field. At
# present H1047729 appears ..." (not "the plan (AB1234567)", "the form code M4471903")
LETTERS_SERIAL = re.compile(r"[A-Z](?<![\w/.-][A-Z])[A-Z]?\d{7,8}(?![\w/-])")
SERIAL_CUE_BEFORE = re.compile(r"\b(?:home office|HO|reference|ref|crime|police|court|case|serial|log|incident|"
                               r"record|file)\b(?:[^.!?\n\x00]*[.!?]\s)?[^.!?\n\x00]*$", re.IGNORECASE)


def find_letter_serials(text: str) -> Iterator[Span]:
    for m in LETTERS_SERIAL.finditer(text):
        if SERIAL_CUE_BEFORE.search(text, max(0, m.start() - 140), m.start()):
            yield "case-number", m.start(), m.end()


# nine digits in threes after a word of a number within the sentence: a Scottish Candidate
# Number ("SCN 162 004 887", "Candidate Number ... (the file holds 140 229 817"), a benefits or
# school reference
NINE_IN_THREES = re.compile(r"\d(?<![\d£$.,:]\d)\d{2} \d{3} \d{3}(?![\d:.,]\d|\s?\d)")
NUMBER_WORD_BEFORE = re.compile(r"\b(?:SCN|candidate\s+number|number|no\.?|ref|reference|id|holds|records?)\b[^.!?\n\x00]{0,70}$",
                                re.IGNORECASE)


def find_nine_in_threes(text: str) -> Iterator[Span]:
    for m in NINE_IN_THREES.finditer(text):
        if NUMBER_WORD_BEFORE.search(text, max(0, m.start() - 90), m.start()):
            yield "case-number", m.start(), m.end()
