"""Cheap views of a text shared by the rules: capitalised tokens with their positions, the
set of lower-case words, and the word before or after a position.

Scanning must stay near 1 ms per 10 KB, so nothing here tokenises the whole text in
Python: regexes start with a selective character and the rules look at neighbours only
around the few tokens that matter.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽȘȚŴŶĈĜĤĴŜŬĨŨ"   # (Romanian Ș and Ț, Welsh Ŵ and Ŷ)
CAP_TOKEN = re.compile(f"[{UPPER}][\\w'’]*")
CAP_ASCII = re.compile(r"[A-Z][\w'’]*")
# "\x00" parts the texts that ``PrivacyScanner.scan_many`` joins: no word is read across it
NEXT_WORD = re.compile(r"([^\w\x00]*)([\w'’]+)")
INITIAL_BEFORE = ".!?:;\n•*–—-\"“(["


@dataclass(slots=True)
class Cap:
    """A capitalised token: text[start:end] is ``base``; ``poss`` marks a following 's."""

    start: int
    end: int
    base: str
    poss: bool


def _cap_matches(text: str) -> Iterator[re.Match[str]]:
    """``CAP_TOKEN.finditer(text)``; in ASCII text the capitals are found by ``bytes.find``
    on a copy where each is "A" (a match starts at every capital, so this is the same)."""
    if not text.isascii():
        yield from CAP_TOKEN.finditer(text)
        return
    find, match = text.encode("ascii").translate(_CAPS_AS_A).find, CAP_ASCII.match
    i = find(b"A")
    while i >= 0:
        m = match(text, i)
        yield m
        i = find(b"A", m.end())


def cap_tokens(text: str) -> list[Cap]:
    out: list[Cap] = []
    append = out.append
    for m in _cap_matches(text):
        s, e = m.span()
        if s and (text[s - 1].isalnum() or text[s - 1] == "_"):
            continue   # "iPhone", "McDonald"'s inner capital
        last = text[e - 1]
        if last == "s":
            if e - s > 2 and text[e - 2] in "'’":
                append(Cap(s, e - 2, text[s:e - 2], True))
                continue
        elif last == "'" or last == "’":
            tok = text[s:e - 1]
            if len(tok) > 3 and tok[-1] == "s" and tok[-2] in "'’":
                append(Cap(s, e - 3, tok[:-2], True))   # "'gone to Gran's'": a quote closes after the 's
            elif tok:
                append(Cap(s, e - 1, tok, tok[-1] == "s"))
            continue
        append(Cap(s, e, m.group(), False))
    return out


def prev_word(text: str, pos: int) -> tuple[str, str, int]:
    """The word ending before ``pos``: (word, separator between it and pos, word start)."""
    j = pos - 1
    while j >= 0 and not (text[j].isalnum() or text[j] in "'’" or text[j] == "\x00"):
        j -= 1
    end = j + 1
    while j >= 0 and (text[j].isalnum() or text[j] in "'’.") :
        j -= 1
    word = text[j + 1:end]
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    lead = len(word) - len(word.lstrip(".'’"))   # the start is the word's, not its opening quote's
    return word.strip(".'’"), text[end:pos], j + 1 + lead


def next_word(text: str, pos: int) -> tuple[str, str, int]:
    """The word after ``pos``: (word, separator, word start); ('', '', pos) at the end."""
    m = NEXT_WORD.match(text, pos)
    if not m:
        return "", "", pos
    return m.group(2), m.group(1), m.start(2)


def sentence_initial(text: str, pos: int) -> bool:
    j = pos - 1
    while j >= 0 and text[j] in " \t\r\n'\"‘“(*[":
        if text[j] == "\n" and (j == 0 or text[j - 1] == "\n"):
            return True
        j -= 1
    if j < 0:
        return True
    ch = text[j]
    if ch in INITIAL_BEFORE or ch == "\x00":
        return True
    return ch.isdigit() and text[j + 1:pos].strip() == "" and j + 1 < pos   # "1. Hope", "14/03 Hope"


def occurrences(low: str, words) -> Iterator[tuple[int, int, str]]:
    """Whole-word occurrences of each of ``words`` in the lower-cased text."""
    for w in words:
        i = low.find(w)
        while i >= 0:
            j = i + len(w)
            # (an opening quote may come before: "'reece ran off'", not "o'reece")
            if (i == 0 or not (low[i - 1].isalnum() or low[i - 1] in "'’-_")
                    or low[i - 1] in "'’" and (i == 1 or not (low[i - 2].isalnum() or low[i - 2] in "'’-_"))) and (
                j == len(low) or not (low[j].isalnum() or low[j] == "_")
            ):
                yield i, j, w
            i = low.find(w, j)


def _joins(ch: str) -> bool:
    """Whether ``ch`` continues a word for a whole-name search: ``[\\w'’-]``."""
    return ch.isalnum() or ch in "_'’-"


def word_spans(text: str, word: str, lo: int, hi: int, possessive: bool = False) -> Iterator[tuple[int, int]]:
    """Where ``word`` stands whole in ``text[lo:hi]``, no letter, digit, apostrophe or hyphen
    on either side; with ``possessive``, "'s" may follow it ("Angel's"). A ``str.find`` loop:
    a regex built for each word overflowed ``re``'s cache and was compiled again and again."""
    hi = min(hi, len(text))
    i = text.find(word, lo, hi)
    while i >= 0:
        j = i + len(word)
        if (i == lo or not _joins(text[i - 1])) and (j == hi or not _joins(text[j]) or possessive and text[j] in "'’"
                                                    and text[j + 1:j + 2] in ("s", "S")
                                                    and (j + 2 == hi or not (text[j + 2].isalnum() or text[j + 2] == "_"))):
            yield i, j
        i = text.find(word, i + 1, hi)


LOWER_WORD = re.compile(r"[a-z]{2,}")
ACCENTED_WORD = re.compile(r"[^\W\d_]{2,}")


# byte tables for ``bytes.translate``: a C pass that leaves only the characters looked for,
# so that ``split`` and ``find`` do what a slower regex scan did
_CAPS_AS_A = bytes(65 if 65 <= c <= 90 else 32 for c in range(256))
_LETTERS_ONLY = bytes(c if 97 <= c <= 122 else 32 for c in range(256))
_SINGLE = frozenset("abcdefghijklmnopqrstuvwxyz")


def lower_words(low: str) -> set[str]:
    """The distinct lower-case ASCII words (two letters or more) of a lower-cased text:
    ``set(LOWER_WORD.findall(low))``, for ASCII text in a third less time."""
    if not low.isascii():
        # and the whole words with letters beyond ASCII, as name lists write them ("gül", "ayşe")
        return set(LOWER_WORD.findall(low)) | {w for w in ACCENTED_WORD.findall(low) if not w.isascii()}
    words = set(low.encode("ascii").translate(_LETTERS_ONLY).decode("ascii").split())
    words -= _SINGLE
    return words


def around(text: str, low: str, pattern: re.Pattern, anchors, before: int = 40, after: int = 80) -> list[re.Match]:
    """``pattern``'s matches that hold an occurrence of one of ``anchors`` (found in ``low``
    with ``str.find``), each searched for in a window around its anchor, in order of position:
    what ``pattern.finditer(text)`` finds there, for a rare anchor, at a fraction of the cost
    of a regex trying every character of the text. ``before=0``: the match starts at its anchor."""
    found = {}
    for a in anchors:
        i = low.find(a)
        while i >= 0:
            if not before:
                m = pattern.match(text, i, min(len(text), i + after))
                if m:
                    found[i] = m
                i = low.find(a, i + 1)
                continue
            m = pattern.search(text, max(0, i - before), min(len(text), i + after))
            while m and m.end() <= i:
                m = pattern.search(text, m.end(), min(len(text), i + after))
            if m and m.start() <= i:
                found[m.start()] = m
            i = low.find(a, i + 1)
    return [m for _, m in sorted(found.items())]


# capitals with runs of at most three small letters, two capitals together or one at the end:
# an acronym ("MenACWY", "HoY", "SEEMiS"), not a name ("LaToya", "DaQuan", "JSmith", "SmithJ")
_MIXED_ACRONYM = re.compile(r"(?=[A-Za-z]*[a-z])(?=[A-Za-z]*(?:[A-Z]{2}|[a-z][A-Z]$))(?:[A-Z]+[a-z]{0,3})+[A-Z]*$")
_MC_CAPS = re.compile(r"(?:Ma?c|O['’]?)[A-Z]+$")   # "McKENZIE", in a shouted row


def mixed_acronym(tok: str) -> bool:
    """An acronym written with some small letters ("MenACWY", "HoY", "SEEMiS", "CofE")."""
    return _MIXED_ACRONYM.match(tok) is not None and _MC_CAPS.match(tok) is None


def segment_bounds(text: str, i: int) -> tuple[int, int]:
    """The start and end of the text holding position ``i`` among those ``scan_many`` joins
    with NULs (the whole text when there is none): a rule's gate must read its own text only."""
    return text.rfind("\x00", 0, i) + 1, (text.find("\x00", i) + 1 or len(text) + 1) - 1
