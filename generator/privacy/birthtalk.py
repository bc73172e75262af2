"""Dates of birth read from what a passage is about, where no date-of-birth word stands by the date.

The date rules of ``dates`` read a birth from a word beside its date ("DOB 3/4/15", "born on
...") or from a list's shape (``birthlists``). Writers about a birth, and most of all about a
disputed one, name it once and then give each source's date a clause or a sentence later:
"Age dispute: ... gave his date of birth as 1 January 2008. The Home Office subsequently
recorded 14 March 2005", "DOBs were wrong on two files. In one case the child's record shows
15/10/2008 when the birth certificate on file gives 15/10/2009". Three readings, each narrow:

- a date right after a verb by which a record or a person gives a date ("shows", "reads",
  "gives", "recorded", "has", "says") in a stretch that speaks of a birth, an age dispute or an
  identity document, within a sentence or two before it;
- a date with the day and the month of a date of birth of the same text, before or after it,
  as far as a short paragraph: the same birth with another year ("the school has 06/06/2012 ...
  her passport, seen by the SW, reads 6 June 2010");
- "born at the Norfolk and Norwich University Hospital on 4 February 2023": a place's name of
  capitalised words between "born" and "on", longer than the gap the birth-word rule allows.
"""
from __future__ import annotations

import re

from .tokens import segment_bounds

# a record or a person giving a date: "the Home Office subsequently recorded", "her passport ... reads"
SOURCE_GIVES = re.compile(
    r"\b(?:shows?|showed|reads?|gives?|gave|records?|recorded|has|have|had|lists?|listed|says?|said|states?|stated|"
    r"puts?|holds?|carries|uses?|used|notes?|noted|entered|assessed|assigned|accepted|claims?|claimed|believes?|"
    # a worker's working out: "SW calc = 24/03/2007", "converted this to 24 March 2008", "amended from 01/01/2006 to"
    r"calc|calcs|calculated|calculation|converted(?:\s+(?:this|it|that))?\s+to|"
    r"(?:amended|changed|corrected|updated)(?:\s+(?:it|this))?\s+(?:from\s+\S+\s+)?to|"
    # a child's own, and a record's other date: "Tyler's is 21 March 2011", "holds a third date, 1 September 2007"
    r"(?<=[a-z]['’]s)\s+(?:is|was)|(?:a|another|the)\s+(?:second|third|fourth|different|other)\s+(?:date|one),?"
    # or a record named before its date in a list of sources: "HO dob 01/01/2007, hosp/vaccination card 17/04/2008"
    r"|(?:card|cert|certificate|passport|tazkira|brp|letter|record|form|system|file)\s*[:=-]?)"
    r"(?:\s+(?:it|him|her|them|[a-z]+\s+as))?(?:\s+as)?\s*[:=]?\s*$")   # ("the LCS record has amber as", lower case)
# a person's age right before a date, in a household's table or a conference's list:
# "mensah 27 (11/07/1996)", "Abdi (M, 9) 14-02-2014", "kyrell (15) 14.08.08", "baby 6 wks (29.01.24)"
AGE_THEN_DATE = re.compile(
    r"(?:(?<![\d/.:£$-])(?P<a>\d{1,2})\s?(?:yo|y/o|yrs?|years?|y)?\s?\("
    r"|(?<=[a-z] )\((?:(?:m|f|male|female|boy|girl),?\s?)?(?P<b>\d{1,2})\s?(?:yo|yrs?|y)?\)\s?[-:–]?\s?"
    # (or the age and the date in one bracket: "Harley (14, 02/05/2009)")
    r"|(?<=[a-z] )\((?P<d>\d{1,2})\s?(?:yo|yrs?|y)?,\s?"
    r"|(?<![\d/.:-])\d{1,2}\s?(?:wks?|weeks?|mths?|months?|days?)\s?\("
    # a table's age cell before its birth cell: "- Tiegan Wallace | 8 | 30/07/2015 | grandchild"
    r"|[a-z] \| (?P<c>\d{1,2}) \| "
    # the youngest of a household listed by ages, given a date: "Nabil 9 | Arafat 6 | Inaya 05/12/2022"
    r"|(?P<prev>[a-z][a-z'’-]*) \d{1,2} [|,;] (?P<last>[a-z][a-z'’-]+) )$")
# what a number before a date in brackets counts that is no age: "visit 3 (12/03/24)"
COUNTED_BEFORE = re.compile(r"\b(?:visit|visits|session|sessions|no|number|nos|review|reviews|appt|appts|appointment|"
                            r"meeting|mtg|contact|contacts|page|p|para|paragraph|item|x|week|wk|wks|weeks|day|days|"
                            r"month|months|attempt|call|calls|incident|incidents|episode|episodes|version|v|room|rm|"
                            r"flat|house|level|stage|step|score|scored|ps|standard|section|s|q|phase|cohort|group|"
                            r"year|yr|y|total|of|dose|doses|bed|ward|unit)\.?\s?\(?$")


# an age or a school year right after a date, in a list of a household or a school's roll:
# "Tyler - 19.10.2009 (14)", "Julia (01.05.2016, 7)", "Isla Ferguson, 08/01/2019, Reception"
AGE_AFTER_DATE = re.compile(r"(?:\)?,? ?\(|, ?)(?P<age>\d{1,2})(?: ?(?:y|yo|yrs?|years?))?"
                            # (and whose age it is: "nasir (8/3/08, 15 per HO)")
                            r"(?: (?:per|acc(?:\.|ording)? to|says|claimed|claims) [^()\n\x00]{1,20})?\)"
                            # a dash and the age, a row's cell ending: "Mateusz - 13/05/2007 - 16 | Zuzanna"
                            r"| [-–] (?P<dashed>\d{1,2})(?: ?(?:y|yo|yrs?|years?))?(?=\s*(?:[|,;\n\x00]|$))"
                            r"|(?:,? ?\(?| [-–|] )(?:(?:year|yr|y) ?(?P<year>\d{1,2})|(?P<rec>reception|nursery|rec)"
                            # (Scotland's primary and secondary years: "Connor Watt 16.10.10 S4", "Robin | 02.08.2015 | P5")
                            r"|p(?P<primary>[1-7])|s(?P<secondary>[1-6]))\b")


NAME_DASH_BEFORE = re.compile(r"(?:^|[|\n\x00]) ?[a-z][a-z'’-]+(?: [a-z][a-z'’-]+)? [-–] $")


def aged_after(low: str, e: int, year: int | None, s: int = 0) -> bool:
    """A date a person's age or school year follows, which its year agrees with: her birth
    (``s``: where the date starts; an age after a dash only in a row of a name, a dash and the
    date, not "visits: 03/05/2023 - 2")."""
    if year is None:
        return False
    m = AGE_AFTER_DATE.match(low, e)
    if m is None or m.group("dashed") and not NAME_DASH_BEFORE.search(low, max(0, s - 30), s):
        return False
    age = m.group("age") or m.group("dashed")
    if age:
        return 2008 <= year + int(age) <= 2026
    if m.group("primary") or m.group("secondary"):   # (P1 at four or five, as Reception; S1 after P7)
        school = int(m.group("primary")) - 1 if m.group("primary") else int(m.group("secondary")) + 6
        return 2017 <= year + school + 5 <= 2026
    school = 0 if m.group("rec") else int(m.group("year"))
    if not 0 <= school <= 13:
        return False
    return 2017 <= year + school + 5 <= 2026   # Reception at four or five, Year 7 at eleven or twelve


def _counted(word: str) -> bool:
    return COUNTED_BEFORE.search(word) is not None or EVENT_WORDS.search(word) is not None


EVENT_WORDS = re.compile(r"^(?:mtg|meeting|review|conf|icpc|rcpc|visit|visits|contact|appt|hearing|court|panel|core|"
                         r"cg|pep|lac|cla|cin|cp|plo|strat|sessions?|seen|due|next|last|from|since|until|on|by)$")


def aged_date(text: str, low: str, s: int, e: int, year: int | None) -> bool:
    """A date right after a person's age is her birth when the two agree: the date's year and the
    age add up to a year an audit may read (2008-2027), or the age is in weeks or months."""
    m = AGE_THEN_DATE.search(low, max(0, s - 24), s)
    if m is None or year is None:
        return False
    age = m.group("a") or m.group("b") or m.group("c") or m.group("d")
    if m.group("last") and (_counted(m.group("prev")) or _counted(m.group("last"))):
        return False   # "visits 3, review 05/12/2022": a count, then an event
    if age is None:
        return 2008 <= year <= 2027   # "baby 6 wks (29.01.24)"
    if COUNTED_BEFORE.search(low, max(0, m.start() - 12), m.start()):
        return False
    return 2008 <= year + int(age) <= 2027


# a person's age as she gives it
AGE_CLAIM = re.compile(r"\b(?:says|said|claims|claimed|states|stated|insists|maintains)\s+(?:he|she|they)\s+"
                       r"(?:is|was|are|were|['’]s)\s+\d{1,2}\b")
# what makes a stretch speak of a birth
BIRTH_TOPIC = re.compile(
    r"(?<![\w.])d\.?o\.?b|dates?\s+of\s+birth|birth\s*dates?|\bbirth\s+cert|\bborn\b|\bage\s+(?:dispute|assessment)|"
    r"\bdisputed\s+age|\bage[- ]disputed|\bmerton\b|\bpassport\b|\bbrp\b|\btazkira\b|\bhow\s+old\b|\bbirthday\b|"
    # an identity document, or a question about someone's age: "unresolved question about Dawid's age:
    # his Polish identity card gives 4 April 2007"
    r"\bidentity\s+card|\bid\s+card|\bnational\s+id|(?:about|of|over)\s+(?:his|her|their|[a-z]+['’]s)\s+(?:real\s+|true\s+)?age\b"
    # a claimed age: "Mustafa says he is 15; the documents he brought from Italy give 14/03/2006"
    r"|" + AGE_CLAIM.pattern
    # records that disagree about a person: "There is a discrepancy in Habib's records. The Home Office letter gives"
    + r"|\bdiscrepanc(?:y|ies)\s+(?:in|between)\s+(?:his|her|their|[a-z]+['’]s)\s+(?:records?|documents?|dates?)\b")
# a stretch ends at another text of ``scan_many`` or a blank line
TOPIC_REACH = 220
# between the topic's word and the date: no event of the case ("DOB 3/4/15. ICPC held ... has 12/3/24")
EVENT_BETWEEN = re.compile(r"\b(?:icpc|rcpc|strategy|conference|meeting|mtg|review|visit|incident|court|hearing(?! papers| bundle)|"
                           r"admitted|attended|referral\s+(?:was\s+)?(?:made|received))\b")


def given_birth(low: str, s: int) -> bool:
    """Whether the date at ``s`` follows a giving verb in a stretch about a birth."""
    if not SOURCE_GIVES.search(low, max(0, s - 30), s):
        return False
    lo = max(0, s - TOPIC_REACH)
    cut = max(low.rfind("\x00", lo, s), low.rfind("\n\n", lo, s))
    lo = max(lo, cut + 1)
    topic = None
    for topic in BIRTH_TOPIC.finditer(low, lo, s):
        pass
    return topic is not None and not EVENT_BETWEEN.search(low, topic.end(), s)


# "born at the Norfolk and Norwich University Hospital on", "born in St Mary's, Portsmouth, on",
# "the birth at Pilgrim Hospital on"
BORN_AT_ON = re.compile(r"\b(?:born|birth|delivered)\s+(?:at|in)\s+(?:the\s+)?(?:[A-Z][\w'’&.-]*,?\s+(?:(?:and|of|on\s+the|upon)\s+)?){1,9}"
                        r"on\s+(?:the\s+)?$")


BORN_WORD = re.compile(r"\b(?:born|birth|delivered)\b")


def born_at_place_on(text: str, s: int) -> int | None:
    """The start of "born" when the date at ``s`` ends "born at <a place's name> on"."""
    if not BORN_WORD.search(text, max(0, s - 120), s):
        return None
    m = BORN_AT_ON.search(text, max(0, s - 120), s)
    return m.start() if m else None


SAME_DAY_REACH = 400
# a record a date is given "in" or "on", in a list of one birth's dates across a file: "gives
# 01/01/2006 on the front sheet, 12 Mar 2006 in the health assessment and 12/03/2008 in the Home
# Office letter"
RECORD_AFTER = re.compile(
    r"\s*\(?(?:in|on|per|from)\s+(?:the|his|her|their|its|a)?\s*(?:[\w'’-]+\s+){0,3}?"
    r"(?:sheet|assessment|letter|record|records|file|form|referral|plan|system|passport|certificate|cert|report|notes|"
    r"chronology|screening|database|register|tazkira|brp|minutes)\b", re.IGNORECASE)



def births_in_chi(text: str, spans: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """``spans`` with the births their CHI numbers give: "LAC med: Erlend Drever, 080705, CHI
    0807055417". A Scottish CHI number opens with its holder's birth (day, month, year, two
    digits each), so the same six digits written alone in its text are that birth, whatever
    other rule took them for (a bare number reads as a case number)."""
    births: set[tuple[int, int]] = set()
    for kind, s, e in spans:
        digits = "".join(ch for ch in text[s:e] if ch.isdigit())
        if kind != "nhs-number" or len(digits) != 10 or not (1 <= int(digits[:2]) <= 31 and 1 <= int(digits[2:4]) <= 12):
            continue
        lo, hi = segment_bounds(text, s)
        births.update((lo + m.start(), lo + m.end())
                      for m in re.finditer(rf"(?<![\w/.-]){digits[:6]}(?![\w/-]|\.\d)", text[lo:hi]))
    if not births:
        return spans
    taken = {(s, e) for _, s, e in spans}
    out = [("date-of-birth", s, e) if (s, e) in births and kind == "case-number" else (kind, s, e) for kind, s, e in spans]
    out += [("date-of-birth", s, e) for s, e in births - taken
            if not any(a < e and s < b for _, a, b in spans)]
    return sorted(out, key=lambda sp: sp[1])
