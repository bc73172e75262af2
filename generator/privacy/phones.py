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
        if count >= 9 and first in LEADING:
            best = end
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
