"""Dates spoken aloud and written down as heard: a voicemail's or a 999 call's transcript, a
relative reading a birth out over the phone. "the fourteenth of the eighth two thousand and one",
"third of May twenty eleven", "the nineteenth of the first oh-nine".

A day as an ordinal word or figure, "of", a month by its name or by its ordinal ("the eighth"),
and a year in words when the month is an ordinal (a bare "the first of the second" is a half or a
heat, not a date); or a day in words, a month's name with no "of" and a year ("thirtieth April
2008"; "the first May bank holiday" has none). A date of birth after a date-of-birth word, as for dates in digits; an
exact date otherwise.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

Span = tuple[str, int, int]

_UNITS = "one two three four five six seven eight nine".split()
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_ORD_UNITS = "first second third fourth fifth sixth seventh eighth ninth".split()
_ORD_TEENS = "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth".split()
_MONTHS = ("january february march april may june july august september october november december "
           "jan feb mar apr jun jul aug sept sep oct nov dec").split()


def _alt(words) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


ORD_DAY = (r"(?:(?:twenty|thirty)[\s-]?(?:" + _alt(_ORD_UNITS) + r")|twentieth|thirtieth|" + _alt(_ORD_UNITS + _ORD_TEENS)
           + r"|[0-3]?\d(?:st|nd|rd|th))")
ORD_MONTH = r"the\s+(?:" + _alt(_ORD_UNITS + ["tenth", "eleventh", "twelfth"]) + r"|(?:1[0-2]|0?[1-9])(?:st|nd|rd|th))"
# a day in words alone (no figure): "thirtieth April 2008"
WORD_DAY = (r"(?:(?:twenty|thirty)[\s-]?(?:" + _alt(_ORD_UNITS) + r")|twentieth|thirtieth|" + _alt(_ORD_UNITS + _ORD_TEENS) + r")")
# a day as a cardinal in words, one to thirty-one
CARD_DAY = r"(?:twenty[\s-](?:" + _alt(_UNITS) + r")|thirty[\s-]one|twenty|thirty|" + _alt(_TEENS + _UNITS) + r")"
# a number in words from one to ninety-nine: "eleven", "twenty-three", "oh-nine"
NUMBER = r"(?:(?:" + _alt(_TENS) + r")(?:[\s-](?:" + _alt(_UNITS) + r"))?|" + _alt(_TEENS + _UNITS) + r")"
YEAR = (r"(?:two thousand(?:\s+and)?(?:[\s-]" + NUMBER + r")?|twenty[\s-](?:oh[\s-](?:" + _alt(_UNITS) + r")|" + NUMBER + r")"
        r"|nineteen[\s-]" + NUMBER + r"|oh[\s-](?:" + _alt(_UNITS) + r")|(?:19|20)\d\d)")
# a year of the last century said as its last two digits: "eighty-six"
LAST_CENTURY = r"(?:seventy|eighty|ninety)(?:[\s-](?:" + _alt(_UNITS) + r"))?"
FESTIVAL = (r"(?:bonfire\s+night|guy\s+fawkes(?:\s+night)?|christmas\s+(?:day|eve)|xmas\s+(?:day|eve)|boxing\s+day|"
            r"new\s+year['’]?s\s+(?:day|eve)|valentine['’]?s\s+day|halloween)")
# (the gate reads the text, not its words: scan_many's batch must decide as each text alone would)
FESTIVAL_STARTS = ("bonfire", "fawkes", "christmas", "xmas", "boxing", "new year", "valentine", "halloween")
SPOKEN_DATE = re.compile(r"(?<![\w-])(?:the\s+)?(?:" + ORD_DAY + r"\s+of\s+(?:" + ORD_MONTH + r",?\s+" + YEAR
                         + r"|(?:" + _alt(_MONTHS) + r")\b,?\s+(?!(?:19|20)\d\d)" + YEAR + r")"
                         # (a day in words and a month's name with no "of": "DOB thirtieth April 2008")
                         + r"|" + WORD_DAY + r"\s+(?:" + _alt(_MONTHS[:12]) + r")\b,?\s+" + YEAR
                         # (or a day as a cardinal, as a voicemail says it: "twelve June two thousand sixteen")
                         + r"|" + CARD_DAY + r"\s+(?:" + _alt(_MONTHS[:12]) + r")\b,?\s+(?!(?:19|20)\d\d)" + YEAR
                         # (or with "of" and any year: "my son is born fourteen of June, 2011")
                         + r"|" + CARD_DAY + r"\s+of\s+(?:" + _alt(_MONTHS[:12]) + r")\b,?\s+" + YEAR
                         # (or the month first and the day's ordinal after "the": "March the fifth, eighty-six")
                         + r"|(?:" + _alt(_MONTHS[:12]) + r")\s+the\s+" + WORD_DAY + r",?\s+(?:" + YEAR + "|" + LAST_CENTURY + r")"
                         # (or a festival's day and its year: "born on bonfire night, 2012")
                         # (a year an audit's people are born in, not a time: "boxing day 1930: fc rang")
                         + r"|(?:the\s+day\s+(?:after|before)\s+)?" + FESTIVAL + r",?\s+(?:19[5-9]\d|20[0-3]\d)"
                         + r")(?![\w-])")
# a word of birth before the date, as the digit rules read it: "her date of birth is", "he's born"
# (a date read out is often after who gave it and how: "dob for h given by mum over phone via interp as '...'")
BIRTH_BEFORE = re.compile(r"(\bd\.?o\.?b\b\.?|\bdates?\s+of\s+birth\b|\bborn\b|\bbirthday\b|\bb['’]?day\b)[^.!?;\x00\n]{0,70}$")
# a birthday's day in words and its month, with no "of" and no year: "his birthday is second November"
BIRTHDAY_WORD_DATE = re.compile(r"\b(?:birthday|bday|b['’]day)(?:\s+(?:is|was|on|'s|’s))*\s+(?:the\s+)?(" + WORD_DAY
                                + r"\s+(?:" + _alt(_MONTHS[:12]) + r"))\b(?!,?\s+(?:19|20)\d\d|,?\s+two\s+thousand)")
MONTH_WORDS = frozenset(_MONTHS[:12])
ORDINALS = frozenset(_ORD_UNITS + _ORD_TEENS + ["twentieth", "thirtieth"])


def find_spoken_dates(low: str, words: set[str]) -> Iterator[Span]:
    """Dates with a spoken year (a year in digits after a month's name is the word-date rule's)."""
    if ORDINALS.isdisjoint(words) and not ("of" in words and any(o in low for o in ("st of", "nd of", "rd of", "th of"))) \
            and not ("thousand" in words or "twenty" in words or "nineteen" in words
                     or "of" in words and not MONTH_WORDS.isdisjoint(words)) \
            and not any(f in low for f in FESTIVAL_STARTS):
        return   # (a cardinal day needs a spoken year: "twelve june two thousand sixteen")
    for m in BIRTHDAY_WORD_DATE.finditer(low):
        yield "date-of-birth", m.start(1), m.end(1)   # "his birthday is second November"
    for m in SPOKEN_DATE.finditer(low):
        s, e = m.span()
        birth = BIRTH_BEFORE.search(low, max(0, s - 90), s)
        if birth is None:
            yield "exact-date", s, e
        else:
            # the cue and the date as one span, unless words between may be a name the name rules read
            gap = low[birth.end(1):s]
            yield "date-of-birth", (birth.start() if len(gap) < 12 and not any(c in gap for c in "('‘\"“:") else s), e
