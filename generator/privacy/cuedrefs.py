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

REF_WORD = re.compile(r"(?<![\w])(?:(?:log|logs|logged|ref|reference|crime|incident|inc|occurrence|occ|cad|urn|serial|ppn|"
                      r"mfh|misper|mispers|nominal)\b\.?|(?:mfh|misper|missing) report\b"
                      r"|(?:mash|edt|front door) (?:contact|referral|enquiry)\b"   # ("MASH contact 24-03317")
                      r"|case\s*(?=no\b|number))(?:\s*(?:nos?\b\.?|numbers?|num|#))?:?", re.IGNORECASE)
# (each lookbehind stands after the pattern's first character, so that re's scan for that
# character skips the text between candidates instead of testing the lookbehind everywhere)
HYPHENED = re.compile(r"(\d(?<![\w/.:-]\d)\d{2,5})[-–](\d{3,6})(?![\w/.:-]|-\d)")
# three or four groups: "2024-0316-0221", "0562-09-11"
MULTI_HYPHENED = re.compile(r"(\d(?<![\w/.:-]\d)\d{1,5}(?:[-–]\d{2,6}){2,3})(?![\w/-]|[.:]\d|[-–]\d)")
# a system's capitals right before it: "IML 0562-09-11"
LETTERS_BEFORE = re.compile(r"(?<![\w/-])[A-Z]{2,5} $")
# between two references of a list
LIST_JOIN = re.compile(r",? (?:and |or |& )?|; ")
# what may stand between the word and the number: a clause, not a new sentence
GAP = re.compile(r"[^.!?;\n\x00]{0,40}")


def _years(a: str, b: str) -> bool:
    return len(a) == 4 and len(b) in (2, 4) and a[:2] in ("19", "20") and (len(b) == 2 or b[:2] in ("19", "20"))


def _times(a: str, b: str) -> bool:
    def clock(d: str) -> bool:
        return len(d) in (3, 4) and int(d[:-2]) < 24 and int(d[-2:]) < 60
    return clock(a) and clock(b)


def _cued(text: str, start: int) -> bool:
    """A word of a reference earlier in the same clause."""
    before = text[max(0, start - 60):start]
    cue = None
    for c in REF_WORD.finditer(before):
        cue = c
    return bool(cue and GAP.fullmatch(before, cue.end()))


def _date_shaped(groups: list[str]) -> bool:
    """Three groups a date's: "12-09-2023", "2023-09-12"."""
    a, b, c = groups[:3]
    return len(groups) == 3 and (len(a) <= 2 and len(b) <= 2 and len(c) in (2, 4)
                                 or len(a) == 4 and a[:2] in ("19", "20") and len(b) == 2 and len(c) == 2)


def find_hyphened_refs(text: str) -> Iterator[Span]:
    if "-" not in text and "–" not in text:
        return
    for m in MULTI_HYPHENED.finditer(text):
        groups = re.split(r"[-–]", m.group(1))
        digits = sum(len(g) for g in groups)
        if digits < 7 or _date_shaped(groups) or groups[0].startswith("0") and digits in (10, 11) and len(groups[0]) >= 3:
            continue   # a date, or a phone number written with hyphens ("0113-496-0123")
        if _cued(text, m.start()):
            p = LETTERS_BEFORE.search(text, max(0, m.start() - 7), m.start())
            # "police log IML 0562-09-11", "The police logged it under 2024-0316-0221"
            yield "case-number", p.start() if p else m.start(), m.end()
    last = None   # the reference read last, and its groups' lengths
    for m in HYPHENED.finditer(text):
        a, b = m.group(1), m.group(2)
        shape = (len(a), len(b))
        if _years(a, b):
            continue
        if last and last[1] == shape and LIST_JOIN.fullmatch(text, last[0], m.start()):
            last = (m.end(), shape)   # "incident numbers 2305-0412, 2307-1189 ... and 2311-0902"
            yield "case-number", m.start(), m.end()
            continue
        lo = max(0, m.start() - 60)
        before = text[lo:m.start()]
        cue = None
        for c in REF_WORD.finditer(before):
            cue = c
        if not (cue and GAP.fullmatch(before, cue.end())):
            continue
        # (a time's span runs forward: "log 0900-1700" is no reference, "ppn 2303-1147" is)
        if _times(a, b) and (int(a) < int(b) or len(before) - cue.end() > 12):
            continue
        last = (m.end(), shape)
        yield "case-number", m.start(), m.end()


# a reference of one or two capitals and seven or eight digits, with a word of a reference in the
# sentence or the one before: "The Home Office reference is held only in the restricted field. At
# present H1047729 appears ..." (not "the plan (AB1234567)", "the form code M4471903")
# (and up to four capitals, ten digits and a slashed part: "NFRC2303115577", "S1287734/003")
LETTERS_SERIAL = re.compile(r"[A-Z](?<![\w/.-][A-Z])[A-Z]{0,3}\d{7,10}(?:/\d{1,3})?(?![\w/-])")
SERIAL_CUE_BEFORE = re.compile(r"\b(?:home office|HO|reference|ref|crime|police|court|case|serial|log|incident|"
                               r"record|file|asylum|fraud|crown|ct|tribunal|probation|arc|brp|nominal|pnc)\b(?:[^.!?\n\x00]*[.!?]\s)?[^.!?\n\x00]*$", re.IGNORECASE)


# a prisoner's number, one letter, four digits, two letters: "Dale Haigh (A4471CP) at Armley"
PRISON_NUMBER = re.compile(r"(?<![\w/-])[A-Z]\d{4}[A-Z]{2}(?![\w/-])")


def find_prison_numbers(text: str) -> Iterator[Span]:
    for m in PRISON_NUMBER.finditer(text):
        yield "case-number", m.start(), m.end()


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


# a number in two spaced groups, perhaps after a system's capitals, right after a number's word:
# "+ LA no. LA 807 4488 to virtual school"
SPACED_GROUPS = re.compile(r"(?<![\w])(?<!\d )(?:[A-Z]{1,3} )?\d{3} \d{3,4}(?![\w]| \d)")


def find_spaced_refs(text: str) -> Iterator[Span]:
    for m in SPACED_GROUPS.finditer(text):
        if CLOSE_CUE.search(text, max(0, m.start() - 12), m.start()):
            yield "case-number", m.start(), m.end()


# Any reference-shaped token after a word of a reference in its clause: the backstop for the
# shapes no rule above knows ("logged it under 2024-0316-0221", "ref Op Kestrel/0093",
# "police log IML 0562-09-11"). Each writer of a blind split wrote case numbers in a new shape;
# this reads the shape loosely (four digits or more, with letters, separators or six digits)
# and asks the clause for the cue. Alone it finds 83% of the labelled case numbers of the
# corpora and flags none of their clean passages.
TOKEN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/.-")
ANY_REF_CUE = re.compile(
    r"\b(?:(?:log|logs|logged|ref|refs|reference|crime|crimes|incident|inc|occurrence|occ|cad|urn|serial|case|id|no|"
    r"number|mosaic|lcs|ics|eclipse|misper|upn|pnc|custody|claim|file|record|docket|court|cr|ho|uan|"
    # an intelligence submission, a court's short word, a fraud report, the agencies' own numbers
    r"intel|sub|submission|ct|fraud|cafcass|yj|yot|marac|lado|nrm|quoting|quote|mash contact|mash referral)\b|nos?\.)"
    r"[^.!?;\n\x00]{0,30}$", re.IGNORECASE)
LONG_CODE = re.compile(r"[A-Z]{1,4}\d{2,}(?:[-/]\d{2,}){1,3}")
# a number's word right before five digits alone: "old CF no. 44718", "file number 30912"
CLOSE_CUE = re.compile(r"\b(?:no\.?|nos\.?|number|num|ref|#)\s*:?\s*$", re.IGNORECASE)
# a police force's code, a serial and a year, in slashes: "OIS 55/1192/23" (no date has a middle of three digits)
FORCE_SERIAL_YEAR = re.compile(r"\d(?<![\w/.-]\d)\d/\d{3,7}/(?:19|20)?\d{2}(?![\w/]|[.-]\d)")
# a system's letters and slashed parts with digits: "ref ST/MARAC/24/119"
SLASHED_CODE = re.compile(r"[A-Za-z](?<![\w/-][A-Za-z])[A-Za-z]{0,5}(?:/[A-Za-z0-9]{1,8}){2,5}(?![\w/])")
TOKEN_DATE = re.compile(r"\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?$|(?:19|20)\d\d[/.-]\d{1,2}[/.-]\d{1,2}$"
                        r"|\d{1,2}[/.-](?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?:[/.-]\d{2,4})?$"
                        r"|(?:19|20)\d\d[/-](?:19|20)?\d\d$"
                        # a month or a quarter of a year: "since 10/2023", "Q3/2024", "2023/10"
                        r"|(?:\d{1,2}|q[1-4])[/.-](?:19|20)\d\d$|(?:19|20)\d\d[/.-](?:\d{1,2}|q[1-4])$", re.IGNORECASE)
# a measure, a time of the clock or a span of them: "1705hrs", "2215-2340", "3.5kg"
TOKEN_MEASURE = re.compile(r"\d+(?:\.\d+)?(?:k|kg|g|ml|mg|cm|mm|m|km|hrs?|h|mins?|pm|am|%)?$"
                           r"|(?:[01]\d|2[0-3])[0-5]\d[-–](?:[01]\d|2[0-3])[0-5]\d$", re.IGNORECASE)


def _token_at(text: str, i: int) -> tuple[int, int]:
    s, e = i, i
    while s and text[s - 1] in TOKEN_CHARS:
        s -= 1
    while e < len(text) and text[e] in TOKEN_CHARS:
        e += 1
    while s < e and text[s] in "/.-":
        s += 1
    while e > s and text[e - 1] in "/.-":
        e -= 1   # a sentence's full stop, a dash of a list
    return s, e


def find_cued_tokens(text: str) -> Iterator[Span]:
    seen: set[int] = set()
    cued: set[int] = set()
    for h in FOUR_IN_A_ROW.finditer(text):
        s, e = _token_at(text, h.start())
        if s in seen:
            continue
        seen.add(s)
        tok = text[s:e]
        digits = sum(c.isdigit() for c in tok)
        letters = any(c.isalpha() for c in tok)
        close5 = digits == 5 and tok.isdigit() and bool(CLOSE_CUE.search(text, max(0, s - 12), s))
        if text[s - 1:s] in ("£", "$", "€") or not (letters or any(c in "/.-" for c in tok) or digits >= 6 or close5):
            continue
        if AUDIT_ID.fullmatch(tok):
            continue   # a Deep Dive audit's own id ("DDA-2025-003"): the product's, no child's
        if TOKEN_DATE.match(tok) or TOKEN_MEASURE.fullmatch(tok) and not (tok.isdigit() and (digits >= 6 or close5)) \
                or re.fullmatch(r"0\d{9,10}", tok.replace("-", "")):
            continue   # a date, a measure or a time, a phone number with hyphens
        if ANY_REF_CUE.search(text, max(0, s - 45), s) or letters and digits >= 10 and LONG_CODE.fullmatch(tok):
            cued.add(s)   # (or a long code of letters and digit groups, whatever stands before: "(CC2024-0319-00812)")
            yield "case-number", s, e
    if "/" in text:
        for m in FORCE_SERIAL_YEAR.finditer(text):
            if m.start() not in cued:
                yield "case-number", m.start(), m.end()
        for m in SLASHED_CODE.finditer(text):
            if sum(c.isdigit() for c in m.group()) >= 4 and ANY_REF_CUE.search(text, max(0, m.start() - 45), m.start()):
                yield "case-number", m.start(), m.end()
        for m in YEAR_SERIAL_LETTERS.finditer(text):
            if m.start() not in cued:
                yield "case-number", m.start(), m.end()   # a Children's Reporter's reference: "2014/01288/HT"
        for m in LETTER_SERIAL_YEAR.finditer(text):
            lo = max(0, m.start() - 45, text.rfind("\x00", 0, m.start()) + 1)
            if m.start() not in cued and ANY_REF_CUE.search(text, lo, m.start()):
                yield "case-number", m.start(), m.end()   # a sheriff court's number: "sheriff ct re B187/23"


FOUR_IN_A_ROW = re.compile(r"\d{4}")
# a year, a serial and a letter code: the Scottish Children's Reporter's references ("2008/04471/SRT"),
# which no date, score or fraction has
YEAR_SERIAL_LETTERS = re.compile(r"(?:19|20)(?<![\w/.-]\d\d)\d\d/\d{4,6}/[A-Z]{1,4}(?![\w/])")
# a letter or two, a serial and a year: Scotland's sheriff court applications ("B187/23")
# (after a court's letters too: "ABN-B112/22")
LETTER_SERIAL_YEAR = re.compile(r"[A-Z](?<![\w/][A-Z])[A-Z]?\d{2,5}/\d{2}(?![\w/]|[.-]\d)")
AUDIT_ID = re.compile(r"DDA-\d{4}-\d{3}")   # generator.record.ID_PATTERN
