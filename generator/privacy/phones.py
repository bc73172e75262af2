"""Phone numbers: UK numbers in their written forms, and numbers from abroad.

A UK number is read group by group from its trunk ("0", "(0", "+44", "+44 (0)", "0044"):
groups of digits parted by a space, a hyphen, a full stop, a slash or a closing bracket,
until the national number (the digits after the trunk 0) has 9 or 10 digits and starts
with 1, 2, 3, 5, 7 or 8. So every layout of the same number is one rule: "(0161) 496 0000",
"(020) 7946 0958", "(01632) 960123", "0113-496-0782", "0161.496.0000", "07700900123",
"+44 (0)7700 900 123". Groups after the first have three digits or more, so a list of small
numbers ("07 08 09 10 11") is no phone. An extension ("ext 214", "ext. 214", "x214") is
part of the finding.
"""
from __future__ import annotations

import re

# "+44", "+44 (0)", "0044 ", "(+44)": the national number follows
INTL_44 = re.compile(r"(?:\(\s?)?(?:\+|00)\s?44\s?(?:\)\s?)?(?:\(\s?0\s?\)\s?)?")
DIGITS = re.compile(r"\d+")
PHONE_CUE = re.compile(r"\b(?:ring|rang|call|called|tel|telephone|mob|mobile|phone|ph|number|no|contact|txt|text|on|is)\b\.?\s*[:=-]?\s*$",
                       re.IGNORECASE)
SEP = re.compile(r"\)?[ \t\u00a0]?[.\-–/]?[ \t\u00a0]?")
EXT = re.compile(r"[ \t]?,?[ \t]?(?:ext(?:ension|n)?\.?|x)[ \t]?\d{1,5}(?!\d)", re.IGNORECASE)
# a phone number from abroad: "+353 87 123 4567", "+48 601-234-567"
PHONE_INTL = re.compile(r"\+\s?[1-9]\d{0,2}[\s-]?(?:\(0\)[\s-]?)?\d{1,4}(?:[\s-]?\d{2,4}){1,4}(?!\d)")
LEADING = "123578"   # first digit of a national number: geographic, mobile, 0800 ...


def uk_phone(text: str, start: int) -> int | None:
    """End of a UK phone number written from ``start`` (its "+", "0", "00" or "("), or None."""
    pos = start
    m = INTL_44.match(text, pos)
    if m and m.end() > pos and ("+" in m.group() or "00" in m.group()):
        pos, trunk = m.end(), False
    else:
        if text.startswith("(", pos):
            g = DIGITS.match(text, pos + 1)
            if not g or not text.startswith(")", g.end()):
                return None   # "(07700 900123)": the caller starts at the digit
            pos += 1
        if not text.startswith("0", pos):
            return None
        trunk = True
    count, groups, first, best = 0, 0, "", None
    while True:
        g = DIGITS.match(text, pos)
        if not g:
            break
        digits = g.group()
        if groups and len(digits) < 3:
            break
        if trunk and not groups:
            digits = digits[1:]
        groups += 1
        count += len(digits)
        first = first or digits[:1]
        if count > 10:
            break
        end = g.end()
        if count >= 9 and first in LEADING and not (first == "7" and count < 10 and not PHONE_CUE.search(text, max(0, start - 16), start)):
            best = end   # (a mobile has ten digits after its 0: "log ref 0733/040324" is no phone, "ring 07700 90012" a slip)
        nxt = SEP.match(text, end).end()
        if nxt == end or not text[nxt:nxt + 1].isdigit():
            break
        pos = nxt
    if best is None:
        return None
    ext = EXT.match(text, best)
    return ext.end() if ext else best


def intl_phone(text: str, start: int) -> int | None:
    """End of a number from abroad starting with "+" at ``start`` ("+353 87 123 4567")."""
    m = PHONE_INTL.match(text, start)
    if m and 9 <= sum(ch.isdigit() for ch in m.group()) <= 15:
        return m.end()
    return None


# a number read out and typed as words, as a voicemail is transcribed: "oh seven seven oh oh nine
# oh oh two eight one", "zero one one three, four nine six, double oh one two", "oh seven seven
# hundred nine hundred three three one"
_DIGIT_WORD = {"oh": 1, "o": 1, "zero": 1, "nought": 1, "one": 1, "two": 1, "three": 1, "four": 1, "five": 1,
               "six": 1, "seven": 1, "eight": 1, "nine": 1}
_SPOKEN_TOKEN = re.compile(r"(?:one|two|three|four|five|six|seven|eight|nine)[ -](?:hundred|thousand)\b"
                           r"|(?:double|triple)[ -](?:oh|o|zero|nought|one|two|three|four|five|six|seven|eight|nine)\b"
                           r"|(?:oh|o|zero|nought|one|two|three|four|five|six|seven|eight|nine)\b|\d{1,5}(?!\d)",
                           re.IGNORECASE)
_SPOKEN_GAP = re.compile(r"[ ,-]{1,3}")
SPOKEN_START = re.compile(r"(?<![\w-])(?:oh|zero|nought|double[ -](?:oh|zero))\b", re.IGNORECASE)


def _spoken_digits(token: str) -> int:
    low = token.lower()
    if low[0].isdigit():
        return len(low)
    if low.endswith("hundred"):
        return 3   # "seven hundred": 700
    if low.endswith("thousand"):
        return 4
    if low.startswith("double"):
        return 2
    if low.startswith("triple"):
        return 3
    return _DIGIT_WORD[low]


def find_spoken_phones(text: str, low: str) -> list[tuple[int, int]]:
    """Spans of UK numbers spelt as words: from a trunk "oh" or "zero", 10 or 11 digits, at
    least half of the groups words (so "0 1 2" lists and scores stay apart)."""
    if "oh" not in low and "zero" not in low and "nought" not in low:
        return []
    out: list[tuple[int, int]] = []
    pos = 0
    while True:
        m = SPOKEN_START.search(text, pos)
        if not m:
            return out
        count, words, end, i = 0, 0, m.start(), m.start()
        while True:
            t = _SPOKEN_TOKEN.match(text, i)
            if not t:
                break
            count += _spoken_digits(t.group())
            words += not t.group()[0].isdigit()
            end = t.end()
            if count > 11:
                break
            g = _SPOKEN_GAP.match(text, end)
            if not g:
                break
            i = g.end()
        if 10 <= count <= 11 and words >= 3 and not text[end:end + 1].isalnum() \
                and not re.match(r"[ ,-]+(?:ten|eleven)\b", text[end:end + 9], re.IGNORECASE):
            out.append((m.start(), end))
            pos = end
        else:
            pos = m.end()
