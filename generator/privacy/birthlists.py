"""Dates of birth in a list of people, read from the list's shape, not from its names.

"household: brooklyn 03/05/12, paisley 19/10/14, frankie 07/07/19", "Precious 02/07/2016;
Favour 11/12/2017; Goodness 30/03/2020": two or more items in a row, each a word or two and a
full date with its year, joined by a comma, a semicolon, "and" or a table's bar, are the
children and their births. The name rules need not know the words (a word-name such as
"Favour" or "Ivy" is often missed); a word that is an English word and no first name
("review 03/05/23, visit 19/10/23"), a month or an abbreviation ("ICPC 03/05/23") is no such item.
"""
from __future__ import annotations

import re

from .lexicon import CAL, FIRSTS, NAME, ROLE, VOCAB, Lexicon
from .tokens import segment_bounds

Span = tuple[str, int, int]

# (a child's place in the family may come before: "baby Zayn 24/12/2022; sibling Aliza 15/06/2019")
# (a sex or an age may come between, and brackets round the date: "Mabli F 04.11.2017", "dilan 11
# (22.04.12)", "Hamza M 2012-04-19"; and a letter of Welsh or another language: "Llŷr")
# (a surname may follow in either case: "omar al-hariri m 02/06/2009", "caoimhe mc - 14.02.11")
ITEM = re.compile(r"(?<![\w'’/.-])(?:(?:baby|twin|sibling|sib|sister|brother|Baby|Twin|Sibling|Sister|Brother) )?(?P<name>((?:[^\W\d_])(?:[^\W\d_]|['’-]){1,20})(?: (?:[^\W\d_])(?:[^\W\d_]|['’-]){1,20}){0,2}?)"
                  # (a role in brackets after the name, or a colon straight after it: "Sabrina Loveridge (mother)
                  # 13/08/1994", "1. Levi: 03/03/2011")
                  # (and an initial, or a birth's word: "Kacper N. 14/02/2011", "Baird L 02/05/08", "Zuzia d.o.b. 9.9.14")
                  r"(?: [A-Z]\.?(?= ))?(?: [MFmf](?= ))?(?: \d{1,2}(?= \())?(?: \([a-z][a-z -]{1,18}\))?"
                  # (or her school year: "- Matas Y4 30.9.15", "- Ugnė nursery 1/1/20")
                  r"(?: (?:[Yy]|[Yy]r|[Yy]ear ?)\d{1,2}| nursery| reception| [Rr]ec)?"
                  r"(?: (?:d\.o\.b\.?|dob|DOB|D\.O\.B\.?|b\.):?)?(?:[ \t]{1,6}(?:[-–:|][ \t]+)?|:[ \t]+)\(?"
                  r"(?P<date>\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|(?:19|20)\d\d-\d\d-\d\d)(?![\d/.-]?\d)\)?")
# between one item and the next: a list's join, or the rest of a table's row and the row's end
# (a new line, or " / " where a pasted table's rows were run together)
# (or a cell's bar, or a numbered list's next number: "... 21.06.2013 | Llŷr M ...", "... 2012-04-19 2. Maryam")
# (a new line may open with the list's next number or bullet: "...14.02.11\n2. oisin mc - 03/09/14")
JOIN = re.compile(r"\)?(?:[ \t]+\([a-z][a-z ]{1,18}\))?[ \t]*(?:[,;.][ \t]*(?:and[ \t]+|&[ \t]+)?|[ \t]+(?:and|&)[ \t]+"
                  r"|(?:[ \t|]+[^\n\x00,;]{0,40}?)?(?:\n| / |; )[ \t]*(?:\d{1,2}[.)][ \t]*|[-•*][ \t]+)?| \| "
                  # (or a row's category, then the bar: "Baird L 02/05/08 neglect | Baird C 17/11/11")
                  r"|[ \t]+[A-Za-z][A-Za-z /&-]{0,24}? \| "
                  # (or the next number of a list, after the rest of the row: "... - 05/06/2017 - CP (neglect) 2. teodora")
                  r"|(?:[ \t]+[-–][ \t]+[A-Za-z][^\n\x00,;\d]{0,30}?)?[ \t]+\d{1,2}[.)][ \t]+)"
                  # (or the next one's surname first: "ward, tommy jnr 09/10/2010 | ward, kathleen 14/01/2013",
                  # "PEREIRA, Martim 14.02.2016\nPEREIRA, Beatriz 30.07.2019"; a note's "(twins)" before the join)
                  r"(?:[A-Za-z'’-]{2,20},[ \t]+)?"
                  # (past a household's line with no date: "...19/10/1979\nChild - Callum - see linked record\nChild - Ellie-May - 23/06/2016")
                  r"(?:(?<=\n)(?i:child|sibling|sib|twin|baby|yp)[ \t]?(?:\d{1,2}|[A-H])?[ \t]*[-–:][^\n\x00\d]{1,50}\n)?"
                  # (or a household's next line by its role: "...11/10/1990\nchild 1 - Ellis - 02/05/2012")
                  # (or a row's, after a bar: "... 02/02/2018 | Child - Willow Bray 27/07/2021")
                  r"(?:(?:(?<=\n)|(?<=[|/] ))(?i:child|sibling|sib|twin|baby|yp|mum|dad|mother|father|stepdad|stepmum|partner|lodger)"
                  r"[ \t]?(?:\d{1,2}|[A-H])?[ \t]*[-–:][ \t]*)?")
# a list of children numbered by their role, one of whose dates is a birth: "child 1 - 04/11/2012
# (school) / 11/04/2012 (SOS)\nchild 2 - 17/05/2015 both"
ROLE_ITEM = re.compile(r"(?<![\w'’/.-])(?:child|sibling|sib|twin|baby|yp)\s?(?:\d{1,2}|[A-H])\s*[-–:]\s*"
                       r"(?P<date>\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|(?:19|20)\d\d-\d\d-\d\d)(?![\d/.-]?\d)", re.IGNORECASE)


# a table's row: its first cell a name, its second a full date ("| Amber | 05/05/2009 | BN23 6PW |")
PERSON_ROW = re.compile(r"(?:^|(?<=[\n\x00]))[ \t]*(?:\||(?i:child|yp|young person|name|pupil|client)[ \t]*:)[ \t]*(?P<name>([A-Z][a-z'’-]{1,20})(?: [A-Z][a-z'’-]{1,20})?)[ \t]*\|[ \t]*"
                        r"(?P<date>\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2}))[ \t]*\|[^\n\x00]*")


def births_in_lists(text: str, spans: list[Span], lex: Lexicon) -> list[Span]:
    """``spans`` with the exact dates of such a list made dates of birth."""
    return _between_births(text, _births_in_lists(text, spans, lex))


# what stands between a birth and the same written again: an equals sign, a bracket, a slash
AGAIN = re.compile(r"['’\"”]?\s*(?:=|\(=?|\[=?|/)\s*")
# one item of a list between its neighbours: the join, a word, the date
BETWEEN = re.compile(r"\s*[/;,|]\s*[A-Za-z][\w'’-]{1,20}\s+")


def _between_births(text: str, spans: list[Span]) -> list[Span]:
    """A date between two births of the same list, each after a word and the same join, is a
    birth: "mom kerry-ann round 11.1.91 / liberty 3.3.12 / mason 19/9/14" (a name no rule
    reads, such as "liberty", leaves the list's middle item to its neighbours)."""
    dates = sorted(((k, s, e) for k, s, e in spans if k in ("exact-date", "date-of-birth")), key=lambda sp: sp[1])
    middle = {s for (a, _, ae), (k, s, e), (c, cs, _) in zip(dates, dates[1:], dates[2:])
              if a == c == "date-of-birth" and k == "exact-date"
              and BETWEEN.fullmatch(text, ae, s) and BETWEEN.fullmatch(text, e, cs) and text[ae:s].split()[0] == text[e:cs].split()[0]}
    # and the same birth written again, or another record's, right after one: "as 'twelfth of august
    # 2015' = 12/08/2015", "[= 28/08/2015]", "(3 Oct 2014)", "DOB 13.02.2018 / 29.09.2014"
    middle |= {s for (a, _, ae), (k, s, e) in zip(dates, dates[1:])
               if a == "date-of-birth" and k == "exact-date" and AGAIN.fullmatch(text, ae, s)}
    if not middle:
        return spans
    return [("date-of-birth", s, e) if k == "exact-date" and s in middle else (k, s, e) for k, s, e in spans]


def _births_in_lists(text: str, spans: list[Span], lex: Lexicon) -> list[Span]:
    if not any(k in ("exact-date", "date-of-birth") for k, _, _ in spans):
        return spans
    # each item and whether its word is a person's alone; a capitalised English word ("Favour",
    # "Goodness") counts in a run that has two such items
    items = [(m, _person_word(m.group(2), lex)) for m in _items(text, spans, lex)]
    births: set[int] = set()
    run: list[tuple[re.Match, bool]] = []
    for m, strict in items:
        if run and JOIN.fullmatch(text, run[-1][0].end("date"), m.start()):
            run.append((m, strict))
        else:
            births.update(_run_births(run))
            run = [(m, strict)]
    births.update(_run_births(run))
    births.update(_role_items(text, spans))
    if "." in text:
        births.update(_initials_items(text))
    if ", " in text:
        births.update(d for m in PAIR_DATES.finditer(text) for d in (m.start("a"), m.start("b")))
        for m in CHILDREN_DATES.finditer(text):   # "ch x3 (12/08/09, 30/06/12, 07/01/16)"
            births.update(m.start(1) + d.start() for d in re.finditer(DATE, m.group(1)))
    rows = _person_rows(text, spans, lex) if " | " in text else []
    births.update(m.start("date") for m in rows)
    items += [(m, True) for m in rows]
    if "s as " in text or "’s as " in text:
        births.update(_possessive_births(text, spans, births))
    if not births:
        return spans
    out = [("date-of-birth", s, e) if k == "exact-date" and s in births else (k, s, e) for k, s, e in spans]
    # a birth's span from its cue over the first name ("DOBs per mum: dylan 20.04.15"): the date only
    for m, strict in items:
        if strict and m.start("date") in births:
            out = [("date-of-birth", m.start("date"), e) if k == "date-of-birth" and s < m.start("name") and m.start("date") < e
                   and m.end("date") <= e else (k, s, e) for k, s, e in out]
    # and the people of the list, where no rule has read their words: "paisley 19/10/14", and a
    # capitalised English word among them ("3. Righteous: 27/05/2018")
    taken = sorted((s, e) for _, s, e in out)
    for m, _ in items:
        if m.start("date") in births and not any(s < m.end("name") and m.start("name") < e for s, e in taken):
            out.append(("personal-name", m.start("name"), m.end("name")))
    return sorted(out, key=lambda sp: sp[1])


def _items(text: str, spans: list[Span], lex: Lexicon) -> list[re.Match]:
    """``ITEM``'s matches whose words may be a person's, searched only in a short window before
    each date found (the regex tried at every letter of a long text was a tenth of the scan), in
    order, each once; where the leftmost match opens on a word of the sentence ("as Lily Watt
    (05/03/2008)", "and Daisy Watt (29/01/2016)"), the match from its next word."""
    windows: list[list[int]] = []
    for _, s, e in sorted((sp for sp in spans if sp[0] in ("exact-date", "date-of-birth")), key=lambda sp: sp[1]):
        lo, hi = max(0, s - ITEM_REACH), e + 1
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], hi)
        else:
            windows.append([lo, hi])
    out: dict[int, re.Match] = {}
    for lo, hi in windows:
        for m in ITEM.finditer(text, lo, hi):
            while m is not None and not _item_words(m, lex):
                nxt = text.find(" ", m.start("name"), m.end("name"))
                first = text[m.start("name"):nxt].lower() if nxt >= 0 else ""
                if nxt < 0 or first not in SENTENCE_WORDS and not lex.classes.get(first, 0) & ROLE:
                    m = None   # ("ref fairlight surg (dr mehta) 1/8/23" is no item from "fairlight")
                    break
                m = ITEM.match(text, nxt + 1, hi)
            if m is not None:
                out.setdefault(m.start("date"), m)
    return [out[k] for k in sorted(out)]


# the words of a sentence that may stand before a list's first name: "lists the children as Lily
# Watt (05/03/2008)", "... and Daisy Watt (29/01/2016)"
SENTENCE_WORDS = frozenset("as and or the of to with for incl including are is was were".split())


def _item_words(m: re.Match, lex: Lexicon) -> bool:
    return (_person_word(m.group(2), lex) or _capitalised_word(m.group(2), lex)) and _surnames(m.group("name"), lex)


# how far before its date an item may start: a name of three words, a role, a birth's word
ITEM_REACH = 90


def _person_rows(text: str, spans: list[Span], lex: Lexicon) -> list[re.Match]:
    """A table's row of one person: a name, a full date, and a postcode or a person's number
    further along the row ("| Amber | 05/05/2009 | BN23 6PW | CP - neglect |", "Child: Ross
    Munro | 11/11/2009 | Alness | SCN 209847561"): the date is her birth."""
    codes = [s for k, s, _ in spans if k in ("postcode", "case-number", "nhs-number")]
    out = []
    for m in PERSON_ROW.finditer(text):
        if any(m.end("date") < c < m.end() for c in codes) and _person_word(m.group(2), lex) \
                and not lex.classes.get(m.group(2).lower(), 0) & VOCAB:
            out.append(m)
    return out


def _role_items(text: str, spans: list[Span]) -> set[int]:
    """The dates of a list numbered by role ("child 1 - ...", "child 2 - ..."), when one item's
    date is already a birth."""
    items = list(ROLE_ITEM.finditer(text)) if "child" in text.lower() or "sib" in text.lower() or "twin" in text.lower() \
        or "baby" in text.lower() or "yp" in text.lower() else []
    if len(items) < 2:
        return set()
    born = {s for k, s, _ in spans if k == "date-of-birth"} | {e for k, _, e in spans if k == "date-of-birth"}
    out: set[int] = set()
    for m in items:   # (the items of the same text only: scan_many joins texts with NULs)
        bounds = segment_bounds(text, m.start())
        mine = [i for i in items if segment_bounds(text, i.start()) == bounds]
        # (or a parent's birth just before the list: "mum - danielle rowe (dob 17/02/1993); child a - 11/11/2012;
        # child b - 02/05/2016")
        if len(mine) >= 2 and (any(i.start("date") in born or i.end("date") in born for i in mine)
                               or any(0 < mine[0].start() - b <= 60 and b >= bounds[0] for b in born)):
            out.add(m.start("date"))
    return out


# two children by name and their births in one bracket, in that order: "Ruby + Alfie SHARPLES
# (22/01/16, 13/08/18)"
DATE = r"\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})(?![\d/.-]?\d)"
PAIR_DATES = re.compile(r"(?<![\w'’-])[A-Z][a-z'’-]{1,20} (?:\+|&|and) [A-Z][a-z'’-]{1,20}(?: [A-Z][\w'’-]{1,20})? "
                        r"\((?P<a>" + DATE + r"), ?(?P<b>" + DATE + r")\)")


# the children of a note and their births in one bracket: "ch x3 (12/08/09, 30/06/12, 07/01/16)"
CHILDREN_DATES = re.compile(r"\b(?:ch|chn|children|kids|sibs|siblings|boys|girls)(?: x ?\d)? \("
                            r"(" + DATE + r"(?:, ?" + DATE + r")+)\)", re.IGNORECASE)


# a child by her initials and her birth, in a numbered list: "1. A.H. (27/08/18) neglect 2. S.M. 07/12/13"
INITIALS_ITEM = re.compile(r"(?<![\w.])\d{1,2}[.)] ?[A-Z]\.[A-Z]\.(?:[A-Z]\.)? \(?(?P<date>\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2}))(?![\d/.-]?\d)")


def _initials_items(text: str) -> set[int]:
    """The dates of two or more children listed by their initials in the same text."""
    items = list(INITIALS_ITEM.finditer(text))
    out: set[int] = set()
    for m in items:   # (the items of the same text only: scan_many joins texts with NULs)
        bounds = segment_bounds(text, m.start())
        if sum(1 for i in items if segment_bounds(text, i.start()) == bounds) >= 2:
            out.add(m.start("date"))
    return out


# another of the household's births, or the same one another record gives, after a birth of the
# text: "(Amira 05/05/2012, Yusuf 19/09/2014, and the baby's as 23.12.2021)", "the school has
# Yusuf's as 09/19/2014"
POSSESSIVE_AS = re.compile(r"(?:(?<![\w'’-])[A-Z][a-z'’-]{1,20}|\bthe (?:baby|child|children|kids|youngest|eldest|twins|older|younger)"
                           r"(?: (?:one|child|boy|girl|sibling|sib|brother|sister))?)['’]s?(?: (?:dob|date|date of birth))? as "
                           r"(?P<date>\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2}))(?![\d/.-]?\d)")


def _possessive_births(text: str, spans: list[Span], births: set[int]) -> set[int]:
    born = births | {s for k, s, _ in spans if k == "date-of-birth"} | {e for k, _, e in spans if k == "date-of-birth"}
    out: set[int] = set()
    for m in POSSESSIVE_AS.finditer(text):
        lo, _ = segment_bounds(text, m.start())   # (a birth of the same text only: scan_many joins texts)
        if any(lo <= b < m.start() for b in born):
            out.add(m.start("date"))
    return out


def _surnames(name: str, lex: Lexicon) -> bool:
    """A name's words after the first: capitalised, or no English word ("al-hariri", "mc"), so
    that "jack went home 03/05/23" is no item."""
    return all((w[:1].isupper() or w.lower() not in lex.words or lex.classes.get(w.lower(), 0) & (NAME & ~CAL))
               and not (w.isupper() and lex.is_abbreviation(w))   # ("Unborn EDD 10/11/23")
               for w in name.split()[1:])   # ("aiden bell 04/03/2012": a surname that is a word)


def _run_births(run: list[tuple[re.Match, bool]]) -> set[int]:
    if sum(strict for _, strict in run) < 2 or len({m.group(2).lower() for m, _ in run}) < 2:
        return set()
    out = {m.start("date") for m, _ in run}
    # and a parent's line right after the children's: "- Fiadh 24/12/2019\nmum: 02/02/1988"
    last = run[-1][0]
    parent = PARENT_AFTER_LIST.match(last.string, last.end())
    if parent:
        out.add(parent.start("date"))
    return out


PARENT_AFTER_LIST = re.compile(r"\)?[ \t]*\n[ \t]*(?:[-•*][ \t]+)?(?i:mum|mam|dad|mother|father|step-?dad|step-?mum|partner)"
                               r"[ \t]*[:–-][ \t]*(?P<date>\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2}))(?![\d/.-]?\d)")


def _person_word(word: str, lex: Lexicon) -> bool:
    low = word.lower()
    c = lex.classes.get(low, 0)
    if c & (ROLE | CAL) or low in lex.calendar or lex.is_abbreviation(word) or word.isupper() and len(word) > 1:
        return False   # (nor a day: "Monday 03/05/23 done | Tuesday 04/05/23 done")
    return bool(c & FIRSTS) or low not in lex.words


def _capitalised_word(word: str, lex: Lexicon) -> bool:
    return word[:1].isupper() and not word.isupper() and not lex.classes.get(word.lower(), 0) & (ROLE | CAL | VOCAB) \
        and word.lower() not in lex.calendar \
        and not lex.is_abbreviation(word)
