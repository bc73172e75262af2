"""A police or case reference a few words after its word, in a hyphenated form.

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
HYPHENED = re.compile(r"(?<![\w/.:-])(\d{3,6})[-–](\d{3,6})(?![\w/.:-]|-\d)")
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
