"""Structured identifiers: emails, phone numbers, NI and NHS numbers, postcodes and
case-management numbers, found from the runs of digits in a text.

Python's regex engine is slow to try a pattern at every position of a long text, so the
text is scanned once for runs of digits ("07700 900123", "12 34 56", "1 1" of "M1 1AE")
and each run is then checked with small anchored patterns on its neighbourhood.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

Span = tuple[str, int, int]
Cluster = tuple[int, int, str]   # start, end, text of a run of digits and separators

CLUSTER = re.compile(r"\d+(?:[ ./-]\d+)*")
EMAIL = re.compile(r"[A-Za-z0-9][A-Za-z0-9._%+'-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
EMAIL_START = re.compile(r"[A-Za-z0-9._%+'-]+$")

# +44 7700 900123, 07700 900 123, (0161) 496 0000, 020-7946-0958, 0044 ...
PHONE = re.compile(
    r"(?:(?:\+|00)\s?44\s?(?:\(0\)\s?)?|\(0|0)"
    r"\d{2,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}(?!\d)"
)
NI = re.compile(
    r"([A-CEGHJ-PR-TW-Za-ceghj-pr-tw-z])([A-CEGHJ-NPR-TW-Za-ceghj-npr-tw-z]) ?\d\d ?\d\d ?\d\d(?: ?([A-Da-d]))?(?![A-Za-z0-9])"
)
NI_ANY = re.compile(r"(?<![A-Za-z0-9])([A-Za-z])([A-Za-z]) ?\d\d ?\d\d ?\d\d ?([A-Da-d])(?![A-Za-z0-9])")
NI_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
NI_KEYWORD = re.compile(r"\b(?:ni|nino|n\.i\.|national\s+insurance)\b")
NHS_SHAPE = re.compile(r"\d{3}([ -]?)\d{3}\1\d{4}")
NHS_KEYWORD = re.compile(r"\bnhs\b")
DIGIT_RUN = re.compile(r"\d+")
POSTCODE = re.compile(
    r"([A-PR-UWYZa-pr-uwyz][A-HK-Ya-hk-y]?\d[A-HJKPS-UWa-hjkps-uw\d]?) {0,2}(\d[ABD-HJLNP-UW-Zabd-hjlnp-uw-z]{2})(?![A-Za-z0-9])"
)
SYSTEM_BEFORE = re.compile(
    r"(?<![\w])(?:ICS|LCS|Mosaic|MOSAIC|Eclipse|ECLIPSE|CareFirst|Carefirst|Liquidlogic|Azeus|EHM|Paris|PARIS"
    r"|Protocol|SystmOne|EMIS|PNC|CRN|URN|ics|lcs|mosaic|eclipse)\.?"
    r"(?:\s*(?:no|No|NO|number|Number|num|nr|ref|Ref|REF|reference|Reference|id|ID|Id|#)\b\.?)?\s*[:#=]?\s*"
    r"(?:[A-Z]{1,3}[-/]?)?$"
)
CASE_BEFORE = re.compile(
    r"(?<![\w])(?:case|client|person|child|family|file|record|crime|incident|police|log|referral|ref|reference|id|urn|crn)"
    r"\.?(?:\s*(?:no|number|num|nr|ref|reference|id|#)\b\.?)?\s*[:#=]?\s*$"
)
YEAR = re.compile(r"(?:19|20)\d\d")
SYSTEM_HINT = re.compile(r"(?:ICS|LCS|Mosaic|MOSAIC|Eclipse|ECLIPSE|CareFirst|Carefirst|Liquidlogic|Azeus|EHM|Paris|Protocol|SystmOne|EMIS|PNC)")


def clusters(text: str) -> list[Cluster]:
    return [(m.start(), m.end(), m.group()) for m in CLUSTER.finditer(text)]


def nhs_valid(digits: str) -> bool:
    """Modulus 11 check on a ten-digit NHS number."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1)))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


def _alnum_before(text: str, pos: int) -> bool:
    return pos > 0 and (text[pos - 1].isalnum() or text[pos - 1] == "_")


def find_emails(text: str) -> Iterator[Span]:
    at = text.find("@")
    while at >= 0:
        m = EMAIL_START.search(text, max(0, at - 64), at)
        if m:
            e = EMAIL.match(text, m.start())
            if e:
                yield "email", e.start(), e.end()
                at = text.find("@", e.end())
                continue
        at = text.find("@", at + 1)


def _phone(text: str, s: int, raw: str) -> tuple[int, int] | None:
    """A phone number starting at the digit run at s, or at a '+44', '(' just before it."""
    if raw[0] == "0":
        start = s - 1 if s and text[s - 1] == "(" else s
    elif raw.startswith("44") and s and text[s - 1] == "+":
        start = s - 1
    else:
        return None
    if _alnum_before(text, start) or (start and text[start - 1] in "+./-£$"):
        return None
    m = PHONE.match(text, start)
    if not m:
        return None
    digits = re.sub(r"\D", "", m.group())
    if m.group().startswith("+"):
        national = digits[2:]
    elif digits.startswith("0044"):
        national = digits[4:]
    else:
        national = digits[1:]
    if national.startswith("0"):
        national = national[1:]
    if len(national) in (9, 10) and national[0] in "123578":
        return start, m.end()
    return None


def _subruns(s: int, raw: str) -> Iterator[Cluster]:
    """Parts of a run between dates and decimals: "14/03/2025 12345678" -> "12345678"."""
    if "." not in raw and "/" not in raw:
        yield s, s + len(raw), raw
        return
    cur_s = cur_e = -1
    for m in re.finditer(r"\S+", raw):
        tok = m.group()
        if "." in tok or "/" in tok:
            if cur_s >= 0:
                yield s + cur_s, s + cur_e, raw[cur_s:cur_e]
            cur_s = -1
            continue
        if cur_s < 0:
            cur_s = m.start()
        cur_e = m.end()
    if cur_s >= 0:
        yield s + cur_s, s + cur_e, raw[cur_s:cur_e]


def find_numbers(text: str, low: str, runs: list[Cluster]) -> Iterator[Span]:
    """Phone, NI, NHS, postcode and case numbers, each run of digits checked in turn."""
    for s0, e0, raw0 in runs:
        # postcode: the run ends in the inward code's digit: "M1 1AE", "sw1a1aa"
        if e0 + 2 <= len(text) and text[e0:e0 + 2].isalpha() and (e0 + 2 == len(text) or not text[e0 + 2].isalnum()):
            for back in (3, 4, 5, 6, 7, 8):
                p = POSTCODE.match(text, max(0, e0 - back))
                if p and p.end() == e0 + 2 and not _alnum_before(text, p.start()):
                    if p.group(2)[1:] not in ("st", "nd", "rd", "th"):
                        yield "postcode", p.start(), p.end()
                    break
        for s, e, raw in _subruns(s0, raw0):
            yield from _check_run(text, low, s, e, raw)


def _check_run(text: str, low: str, s: int, e: int, raw: str) -> Iterator[Span]:
    digits = raw.replace(" ", "").replace("-", "")
    if len(digits) < 4:
        return
    if len(digits) < 5 and not SYSTEM_HINT.search(text, max(0, s - 32), s):
        return
    # phone numbers
    ph = _phone(text, s, raw) if (raw[0] == "0" or raw.startswith("44")) else None
    if ph:
        yield "phone-number", ph[0], ph[1]
        return
    # National Insurance: AB 12 34 56 C, ab123456c
    if len(digits) == 6 and (e - s) <= 8:
        ni = None
        for back in (2, 3):
            m = NI.match(text, max(0, s - back))
            if m and m.start() == s - back and not _alnum_before(text, m.start()):
                ni = m
                break
        if not ni:
            # an example number such as QQ 12 34 56 C breaks the prefix rules; after "NI
            # number" it is still reported, since the writer meant a real one
            m = NI_ANY.match(text, max(0, s - 3)) or NI_ANY.match(text, max(0, s - 2))
            if m and m.group(3) and NI_KEYWORD.search(low, max(0, m.start() - 30), m.start()):
                yield "ni-number", m.start(), m.end()
                return
        if ni and (ni.group(1) + ni.group(2)).upper() not in NI_BAD_PREFIX:
            if ni.group(3) or NI_KEYWORD.search(low, max(0, ni.start() - 30), ni.start()):
                yield "ni-number", ni.start(), ni.end()
            else:
                yield "case-number", ni.start(), ni.end()
            return
    if _alnum_before(text, s):
        return
    # NHS number: ten digits, 3-3-4 or unbroken
    nhs = NHS_SHAPE.match(raw)
    if nhs and not raw[nhs.end():].strip(" -") and len(digits) == 10:
        if nhs_valid(digits) or NHS_KEYWORD.search(low, max(0, s - 30), s):
            yield "nhs-number", s, e
            return
        if not digits.startswith("0"):
            yield "case-number", s, e
            return
    # case numbers: a system's name before it, or a bare run of six digits or more
    if len(digits) >= 4:
        sysm = SYSTEM_BEFORE.search(text, max(0, s - 32), s)
        if sysm and not (len(digits) == 4 and YEAR.fullmatch(digits)):
            first = DIGIT_RUN.match(raw)
            yield "case-number", sysm.start(), s + (first.end() if " " in raw else len(raw))
            return
    for d in DIGIT_RUN.finditer(raw):
        ds, de = s + d.start(), s + d.end()
        if de - ds >= 6:
            if ds and text[ds - 1] in "£$€":
                continue
            if text[de:de + 1] == "%":
                continue
            yield "case-number", ds, de
        elif de - ds == 5:
            kw = CASE_BEFORE.search(low, max(0, ds - 30), ds)
            if kw:
                yield "case-number", kw.start(), de
