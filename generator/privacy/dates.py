"""Dates: dates of birth (error) and exact calendar dates of events (warning).

A month, a quarter, a season or a year alone is not an exact date ("in March 2025", "Q3",
"spring"), except right after a date-of-birth word ("born 2015", "(b. 2015)"). A day and a
month with no year is a date when one of them is written with a leading zero ("18/06") or
after "on" or a weekday ("Sat 15/3") or a meeting of the case ("Core group 2/12:", "PLO mtg
20/2 @ ..."), never as a score ("rated 3/10", "up from 3/10 on the scale") nor a count ("CP
visits 3/4 in timescale", "2/3 of the actions"). "by 19.12" is a date after "by", "on", "due".
A day and month also at a chronology line's start ("10/10 - police attended"), and a day
before a Welsh month ("5 Mawrth"). A date joined to a date of birth by "not", "but", "rather
than" ... is one too ("DOB 15/03/2017 - not 15th May", "as 14/06/2011 ... but as 16/04/2011").
Every exact date has digits, so the rules start from the runs of digits found once by
``identifiers.clusters``.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from . import birthtalk
from .identifiers import Cluster

Span = tuple[str, int, int]

MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
MONTHS3 = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}
DAY = r"(?:3[01]|[12]\d|0?[1-9])"
ORD = r"(?:st|nd|rd|th)"
YEAR4 = r"(?:19|20)\d{2}"

NUMERIC = re.compile(r"(\d{1,4})([./-])(\d{1,2})\2(\d{2,4})$")
DAY_FIRST = re.compile(
    rf"(?P<day>{DAY})(?P<ord>{ORD})?(?:\s+of)?[\s-]+(?P<month>{MONTH})(?![a-z])"
    rf"(?:,?[\s-]+(?P<year>{YEAR4}|'\d{{2}}|\d{{2}})(?![\w]))?",
    re.IGNORECASE,
)
MONTH_DAY = re.compile(
    rf"(?P<month>{MONTH})\s+(?:the\s+)?(?P<day>{DAY})(?P<ord>{ORD})?(?![\w])(?:,?\s+(?P<year>{YEAR4})(?![\w]))?",
    re.IGNORECASE,
)
MONTH_BEFORE = re.compile(rf"(?<![A-Za-z]){MONTH}\s+(?:the\s+)?$", re.IGNORECASE)
ON_BEFORE = re.compile(r"(?:^|\s)(?:on|dated|from|until|by|since|for)\s+$", re.IGNORECASE)

# Welsh month names, capitalised, after a day: "ar 5 Mawrth", "12 Hydref 2024"
# (and with an ordinal and "o", the month mutated after it: "17eg o Dachwedd 2012", "2il o Ebrill
# 2015", "23ain o Fehefin 2017")
WELSH_ORD = re.compile(r"(?:af|il|ydd|edd|ed|fed|eg|ain) o ")
WELSH_DATE = re.compile(
    rf"{DAY}(?:\s+|(?:af|il|ydd|edd|ed|fed|eg|ain)\s+o\s+)"
    r"(?:Ionawr|Chwefror|Mawrth|Fawrth|Ebrill|Mai|Fai|Mehefin|Fehefin|Gorffennaf|Orffennaf|Awst|Medi|Fedi|Hydref|"
    r"Tachwedd|Dachwedd|Rhagfyr|Ragfyr)(?![\w])"
    rf"(?:,?\s+{YEAR4}(?![\w]))?")
WELSH_INITIALS = frozenset("ICMEGAHTR")
# a second date corrected against a date of birth: "DOB 15/03/2017 - not 15th May", "recorded
# as 14/06/2011 in the assessment but as 16/04/2011 on the plan"
CONTRAST = re.compile(r"\b(?:not|but|rather\s+than|instead\s+of|or|vs|versus|otherwise|elsewhere|while|whereas|actually|in\s+fact|correct|correctly)\b")
DOB_WORDS = ("dob", "d.o.b", "d/o/b", "birth", "born", "b.", "(b ", "[b ", "assigned", "turns ", "turned ", "will be ", "bday",
             "b'day", "brp", "passport", "tazkira", "id card", "identity card", "national id", "s age", "their age", "delivered",
             "arrived", "age dispute", "age assess", "merton", "dyddiad geni",
             "terii", "urodzenia", "narodenia", "narozen", "szület", "nacimiento", "naissance", "nascimento", "lindjes", "tarihi", "gimimo")
# a date an identity document shows is a date of birth: "shows as 01.01.2007 on his BRP",
# "passport: 3/5/2006", but not the document's own dates ("BRP expires 12/04/2027")
ID_DOC = r"(?:brp|passport|tazkira|taskera|birth\s+cert(?:ificate)?|id\s+card|national\s+id|travel\s+document)"
ID_DOC_AFTER = re.compile(r"\s*(?:on|in|per|from)\s+(?:(?:his|her|their|the|a|its)\s+)?" + ID_DOC + r"\b", re.IGNORECASE)
ID_DOC_BEFORE = re.compile(ID_DOC + r"\s*(?:shows|says|has|gives|reads|states|records)?\s*(?:it\s+)?(?:as)?\s*[:(-]?\s*$", re.IGNORECASE)
ID_DOC_OWN_DATE = re.compile(r"\b(?:issued?|expir\w*|exp|valid|renew\w*|granted|collected|arrived|applied|appointment|appt|biometrics?)\b", re.IGNORECASE)
# a birthday to come or gone: "turns 21 on 14/11/2003" is the date of birth itself
TURNS_BEFORE = re.compile(r"\b(?:turns|turned|will be|(?:is|was) \d{1,2} on|['’]s \d{1,2}(?:st|nd|rd|th) (?:birthday |bday )?on)"
                          r"\s+(?:\d{1,2}\s+)?(?:on\s+(?:the\s+)?)?$")   # ("it's Keeley's 16th on 4th may")
# a date-of-birth word at the end of the text before a date
DOB_BEFORE = re.compile(
    r"(?:(?<![\w.])d\.?\s?o\.?\s?b(?:s\b|\b\.?)|(?<![\w/])d/o/b\b|dates?\s+of\s+birth|birth\s*date|\bborn|\bbirthday|\bb'?day|\bbirth\s+of"
    # Welsh, and the languages of translated certificates: "dyddiad geni", "Data nașterii: 12.05.2015"
    r"|\bdyddiad\s+geni|\bdata\s+na[șşs]terii|\bdata\s+urodzenia|\bd[áa]tum\s+narodenia|\bdatum\s+narozen[íi]|\bsz[üu]let[ée]si\s+d[áa]tum"
    r"|\bfecha\s+de\s+nacimiento|\bdate\s+de\s+naissance|\bdata\s+de\s+nascimento|\bdata\s+e\s+lindjes|\bdo[ğg]um\s+tarihi|\bgimimo\s+data"
    # a pasted field's name: "ChildDOB=2016-02-29", "MotherDOB: 1990-01-02"
    r"|(?<=[a-z])dob(?=\s?[=:])"
    r"|(?<![\w.&])(?<!mrs )(?<!mr )(?<!ms )(?<!miss )(?<!dr )b\.|(?<=[(\[])b(?=\s)"   # (not "mrs b. angove": an initial)
    # "birth: 14-Feb-2016", "gave birth to baby on 14.02.24", "baby delivered on 3/11/2023"
    r"|\bbirth\s*[:(]|\bgave\s+birth|\b(?:baby|babies|twins)\s+(?:was\s+|were\s+)?(?:delivered|arrived)"
    # "the hospital bracelet from his birth on 14.11.2016"
    r"|\b(?:his|her|their|the)\s+birth\s+(?=on\b)"
    # "the chronology opens with Child B's birth on 27th August 2022"
    r"|(?<=['’]s )birth\s+(?=on\b)"
    # an age assessment's assigned date: "the Home Office assigned him 1 January 2007"
    r"|\bassigned\s+(?:him|her|them)\b)"
    r"(?P<gap>[^.!?;\x00]{0,45})$"
)
# a date of birth the text speaks of, then how a record gives it, past a semicolon: "has not
# recorded the child's date of birth consistently; it appears as 14/03/2012 on ..."
RECORDED_AS = re.compile(r"\b(?:as|reads|read|shows|showed|gives|gave|says|said|(?:should|shd|must)\s+(?:be|read)|"
                         r"(?:appears?|seems?|is\s+(?:believed|thought|likely))\s+to\s+be|(?:(?<=one )|(?<=date )|(?<=dob ))(?:is|was)|"
                         # "converted to 4 April 2009", "across the records: 12/10/2023", "is wrong - should be 14/02/2015"
                         r"(?:converted|changed|amended|corrected)\s+to|records?:|"
                         # what a worker typed in its place: "which the case system rejected, so the worker entered 1 March 2016"
                         r"entered|input|keyed\s+in)\s+$")
# dates of birth a sentence speaks of, then which one is right in the next: "three different dates
# of birth. The correct one appears to be 02/09/1988"
DOB_CORRECT_ONE = re.compile(r"(?:(?<![\w.])d\.?o\.?b\b|dates?\s+of\s+birth|birth\s*dates?)[^.!?\x00]{0,80}[.!?;:]\s+"
                             r"(?:the\s+|her\s+|his\s+|their\s+)?(?:correct|right|actual|real|true|accurate|proper|likely)\s+"
                             r"(?:one|date|dob)\b[^.!?\x00]{0,30}$")
# or whose date a record gives, in the next sentence: "conflicting dates of birth. The Form F
# summary gives the younger child's as 02/07/2015"
DOB_WHOSE_AS = re.compile(r"(?:(?<![\w.])d\.?o\.?b|dates?\s+of\s+birth|birth\s*dates?)\b[^.!?\x00]{0,60}[.!?;:]\s+"
                          r"[^.!?\x00]{0,80}['’]s\s+(?:as|is|was)\s+$")
# a date of birth the sentence speaks of, then a date after a colon, a comma or a bracket
# or gives "it" in the next sentence: "Child B's date of birth is disputed. The Home Office has
# recorded it as 01/01/2005"
# (or "It appears only in the health visitor's pasted letter as 17/08/2021")
DOB_IT_AS = re.compile(r"(?:(?<![\w.])d\.?o\.?b|dates?\s+of\s+birth|birth\s*dates?)\b[^.!?\x00]{0,60}[.!?;:]\s+"
                       r"[^.!?\x00]{0,60}\b(?:it|this)(?:\s+(?:appears|is\s+(?:recorded|given|shown|written)|was\s+(?:recorded|given|written))"
                       r"[^.!?\x00]{0,50}?)?\s+as\s+$")
# a birth the text speaks of, then how someone confirmed or worked it out: "didnt know kids dobs.
# ... - SW confirmed w/ GP as 06/11/2017", "he was born in the month of Hamal and calculates this
# as 4 April 2008", "dob on tazkira 1/1/1388, conv 21/03/2009"
BIRTH_WORKED_AS = re.compile(r"(?:(?<![\w.])d\.?o\.?bs?\b|dates?\s+of\s+birth|birth\s*dates?|\bborn\b)[^\x00]{0,140}"
                             r"(?:\b(?:confirmed|checked|verified|calculates?|calculated|worked\s+(?:it|this)\s+out)"
                             r"\b[^.!?\x00]{0,24}?\b(?:as|to\s+be)|\b(?:converts?|converted|conv)\b\.?(?:\s+(?:to|as))?)\s*[:=]?\s*$")
DOB_SENTENCE = re.compile(r"(?:(?<![\w.])d\.?o\.?b\b|dates?\s+of\s+birth|birth\s*date)[^.!?\x00\n]{0,100}$")
DOB_RECORDED = re.compile(r"(?:(?<![\w.])d\.?o\.?b\b|dates?\s+of\s+birth|birth\s*date)[^.!?\x00]{0,70}$")
# a day, a month of another calendar and its year: "15 Jawza 1388" (solar Hijri), "3 Tir 1401"
OTHER_CALENDAR = re.compile(r"(?<![\w/.-])\d{1,2} [A-Z][a-z]{2,10} $")
# the year at a date's end: "3.4.09", "1 January 2007"
YEAR_END = re.compile(r"(?<!\d)(\d{2}|(?:19|20)\d{2})$")
STRICT_GAP = re.compile(
    r"[\s:;,(\[=-]*(?:(?:on|in|is|was|of|the|approx|approximately|circa|c|around|during|early|late|mid|about|"
    r"per\s+[a-z]+)\b\.?[\s:,\"“']*)*"   # ('dob per mum "about 2014"')
)
DOB_WORD_NEXT = re.compile(r"[\s(\[\-–—:,]*(?:d\.?o\.?b|date|born|birth)", re.IGNORECASE)
# a date right after the birth's word: the birth's own, not the date before ("visit 9/10 - baby born 26/09/2025")
# (not a pregnancy's weeks: "03.03.21 born 34/40, NICU 3wks")
OWN_DATE_AFTER = re.compile(r"\s*(?:on\s+|:\s*)?\d(?!\d?/40\b|\d?\+\d)")
DOB_AFTER = re.compile(
    r"\s*[(\[]?\s*(?:[-–—:,|]\s*)?(?:[\w'’]+\s+\|\s+)?(?:[\w'’]+(?:-[\w'’]+)*\s+){0,3}?"   # ("11/01/2024 | health | baby ellie-rose born")
    r"(?:d\.?o\.?b\b\.?|date\s+of\s+birth|born|birthday|birth(?!\s+(?:parent|mother|father|famil|relative|sibling|"
    r"child|children|mum|dad|record|certificate|plan|name)))",
    re.IGNORECASE,
)
MONTH_YEAR_BEFORE = re.compile(rf"(?<![A-Za-z]){MONTH}\s+$", re.IGNORECASE)


SHORT = re.compile(r"(\d{1,2})/(\d{1,2})")
SHORT_DOT = re.compile(r"(\d{1,2})\.(\d{2})")
# a meeting or an event of the case before a day and month ("Core group 2/12:", "LAC review
# 6/6 -", "PLO mtg 20/2 @ ...", "TAF mtg @ Arnside Family Hub 10/10,"), in the same clause
EVENT_BEFORE = re.compile(
    r"\b(?:mtg|meeting|review|conf|conference|icm|disc|discussion|strat|core\s+group|cgm|"
    r"visit|contact|hv|appt|appointment|hearing|court|panel|taf|tac|cin|cp|lac|plo|rhi|iho|s47|s17|"
    r"due|deadline|overdue|dated|session|icpc|rcpc|cg|pep|ehcp|strategy|disclosure|disclosed|incident|call|"
    r"visits|admitted|discharged|arrested|released|seen|attended|missing|absconded|excluded|moved|placed|"
    r"bruise|bruising|injury|injured|assault|assaulted|"
    # a record's own events: "A&E attendance 26/12", "Chronology 15/1:", "left roll at ... 6/9"
    r"attendance|attended|chronology|chron|roll|forwarded|received|sent|referral|referred|reported|letter|report|"
    # a birthday, a week's start, a MARAC, a child found: "bday 14/1", "w/c 15/4", "found 2/4"
    r"birthday|bday|b'day|marac|w/c|found|"
    # supervision, health assessments and arrivals: "supervision 16.05", "iha done 4/4", "arr small boat 12.11"
    r"supervision|supv|sup|iha|rha|medical|arr|arrived|arrival|comm|commencing|"
    # a notice served, a consultation, a week's end, a panel's next sitting: "CAWN served 10/11",
    # "LADO consulted 9/10", "wk ending 12/4", "next MACE 6/7", "superv w/ TM 3/4"
    r"served|consulted|ending|mace|superv|nbv|handover|raised|notified|interviewed|charged|bailed|remanded|"
    # a core group written short, a hearing, a leave, a family group conference, a breach, an assessment:
    # "core grp 19/4", "MARAC heard 24/4", "sw on leave 23/12", "FGC 14/12:", "curfew breach 12/8", "SALT ax ... 18/12"
    r"grp|heard|leave|fgc|breach|ax)\b"
    r"(?:[^.;:!?\n/0-9]|(?<=w)/){0,36}$",   # ("superv w/ TM 3/4": "w/" is a word)
    re.IGNORECASE,
)
# after a day and a month, where or with whom it happened: a date's, not a count's ("core group 26/1 at ...")
PLACE_OR_PERSON_AFTER = re.compile(r" (?:(?:at|with|re|by|present|attendees)\b|@|w/)")   # ("w/ mum": no word boundary after "/")
DUE_BEFORE = re.compile(r"(?:^|\s)(?:on|by|due|until|from|before|dated)\s+$", re.IGNORECASE)
WEEKDAY_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:mon|tues?|wed|weds|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\.?,?\s+$", re.IGNORECASE)
# "on the 19th" is a date when the clause goes on with no noun ("on the 19th, yet", not "on the 3rd floor")
THE_BEFORE = re.compile(r"(?:^|[\s\"“‘'(])(?:on|by|from|until|till|til|since|before|after|to|dated|(?:wknd|weekend|w/e|wk|week) of"
                        # an appointment's new day: "rebooked for the 21st", "moved to the 3rd"
                        r"|(?:re)?(?:booked|arranged|scheduled)(?: in)? for|moved to|put back to|brought forward to"
                        # when a missing child was found: "found the 9th 03:00"
                        r"|found)"
                        r"\s+the\s+$", re.IGNORECASE)
# a place or a person right before "1st": the adverb "first" ("seen at school 1st", "see mum 1st")
FIRST_AS_ADVERB_BEFORE = re.compile(r"\b(?:school|nursery|college|home|mum|dad|him|her|them|child|baby|yp|gp|sw)\s$")
# "if no response by 21st.": an ordinal day straight after "by", "until" or "on", ending a clause
DUE_ORD_BEFORE = re.compile(r"(?:^|[\s\"“‘'(])(?:by|until|till|til|on)\s+$", re.IGNORECASE)
# a weekday of every month after an ordinal: "the 1st wed of the month", "2nd tuesday of each month"
EVERY_MONTH_AFTER = re.compile(r" (?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)[a-z]* (?:of|in) (?:the|each|every) month\b")
ORD_END = re.compile(
    r"(?:st|nd|rd|th)(?=$|[,.;:)!?\x00\n\"”’]| [-–]| (?:without|with|and|but|yet|when|where|which|at|in|to|as|so|after|before|"
    r"by|for|because|while|despite|following|until|the|a|an|he|she|they|we|i|it|his|her|their|mum|dad|is|was)\b"
    # a quote's end, or the time of the day: "contact on the 12th'", "found the 9th 03:00"
    r"|'(?!\w)| (?:[01]?\d|2[0-3])[:.][0-5]\d\b"
    # or a verb ends the day's clause: "supervision on the 3rd noted", "entry on the 21st says"
    # (an ordinal's noun is singular: "the 3rd floor", but not "the 2nd years")
    r"| (?!(?:year|yr|day|week|month|time|one|occasion|visit|session|child|floor)s\b)[a-z]+(?:ed|s)\b(?<!ss)(?<!us)(?<!is))")
# a count of times in a span, not a day: "repeat referral – 3rd in 12 months", "2nd this year"
TIMES_IN_AFTER = re.compile(r" (?:in (?:the )?(?:last |past )?(?:\d{1,2}|a|one|two|three|six|twelve) (?:months?|mths?|yrs?|years?|weeks?|wks?)"
                         r"|(?:this|that|in a) (?:year|month|week|term))\b")
# after "by 21st": only a clause's end, not "by 2nd and 3rd years"
ORD_STOP = re.compile(r"(?:$|[,.;:)!?\x00\n]| [-–])")
# a course's sessions counted just before: "offered 6 sessions. yp attended 1st, DNA 2nd + 3rd"
SESSIONS_BEFORE = re.compile(r"\b(?:\d{1,2}|two|three|four|five|six|seven|eight|ten|twelve) (?:sessions|appointments|appts|weeks|modules)\b[^\n\x00]*$")
# an earlier ordinal with its noun, so this one counts the same things: "1st session done, 2nd booked"
ORDINAL_NOUN_BEFORE = re.compile(r"\b(?:1st|first|2nd|second|3rd|third) (?:session|appt|appointment|visit|meeting|interview|"
                                 r"assessment|review|contact|call|hearing)\b[^.\n\x00]{0,30}$")
# a growth chart's centile just before: "on the 9th centile, up from the 2nd"
# (or a growth measure's: "baby wt on 9th, stable", "head circ on the 25th")
CENTILE_BEFORE = re.compile(r"(?:centile[^.;\n\x00]*|\b(?:wt|weight|ht|height|hc|head circ\w*|ofc|bmi|length) (?:on|at|now|still) (?:the )?)$")
# and one after: "rose from the 2nd to the 25th centile"
CENTILE_AFTER = re.compile(r"[^.;\n\x00]{0,24}\bcentiles?\b")
# a chronology's label, and a time after a day and month: "chron: 14/5 ...", "2/3 16:40 call"
CHRON_BEFORE = re.compile(r"(?:^|[\n\x00])\s*(?:chron|chronology|timeline)\s*[:-]\s*$", re.IGNORECASE)
TIME_AFTER = re.compile(r" (?:[01]?\d|2[0-3])[:.][0-5]\d\b")
TIME_BEFORE = re.compile(r"(?<![\d:./])(?:[01]?\d|2[0-3]):[0-5]\d,? $")
# a count of a course's parts just after, not a date: "attended 5/6 Freedom Programme sessions",
# "3/4 visits in timescale"
COUNT_AFTER = re.compile(
    r"(?: [A-Za-z][a-z'’-]*){0,3} (?:sessions|appointments|appts|visits|meetings|groups|lessons|classes|contacts|modules|"
    r"weeks|days|calls|reviews|tests|screens|goals|targets|actions|workshops|"
    # "for 3/4 nights": three or four of them
    r"hours|hrs|mins|nights|months|years|yrs|times|occasions|episodes|offences|incidents)\b")
# and before: "PEP targets met 2/3", "sessions attended: 5/6"
COUNT_MET_BEFORE = re.compile(
    r"\b(?:sessions|appointments|appts|visits|meetings|targets|goals|actions|outcomes|modules|lessons)\s+"
    r"(?:met|achieved|completed|attended|done|kept|offered)\s*:?\s*$", re.IGNORECASE)
# a score, not a date: "rated 7/10", "3/10 on the scaling question", "up from 3/10"
SCORE_NEAR = re.compile(
    r"\b(?:rat(?:e|ed|es|ing)|scor(?:e|ed|es|ing)|scal(?:e|ed|es|ing)|out\s+of|marks?|points?)\b|(?<![\d/.])(?:10|\d)(?:\.5)?/10\b", re.IGNORECASE)


# a health letter's "review 3/12" (three months) or "f/u in 6/12": not after a case's meeting
# an age in months or weeks, in health visitors' notation: "baby 4/12", "aged 3/52"
AGE_BEFORE = re.compile(r"\b(?:baby|babe|infant|aged|age|now|is|yo)\s?$", re.IGNORECASE)
MONTHS_BEFORE = re.compile(r"(?<!lac )(?<!cin )(?<!cp )(?<!plo )(?<!core group )(?<!iro )(?<!child protection )"
                           r"\b(?:review|rv|r/v|f/u|fu|follow[- ]?up|repeat|recheck|rha|iha|next (?:contact|visit|appt|appointment|check))(?: in| within| w/in)? $",
                           re.IGNORECASE)
REVIEW_IN_BEFORE = re.compile(r"\b(?:review|rv|r/v|f/u|follow[- ]?up)(?: in| within| w/in) $", re.IGNORECASE)
HEALTH_NEAR = re.compile(r"\b(?:\d+ ?(?:mg|mcg|ml)|bd|tds|qds|nocte|clinic|paeds?|paediatrics?|paediatrician|consultant|"
                         r"dose|seizures?|medication|meds|prescribed|dietitian|centile|rha|iha|neurology|physio|hv|health visitor|feeding|"
                         # the hospital's other clinics: "audiology appt - mild hearing loss ... review 6/12"
                         r"audiology|hearing|grommets|ent|salt|orthoptics?|ophthalmology|optician|dental|dentist|appt)\b",
                         re.IGNORECASE)


def _short_date(text: str, s: int, e: int, day: str, month: str) -> bool:
    """"18/06", "on 14/1", "Sat 15/03": a day and a month with no year.

    A day or month written with a leading zero ("18/06", "04/11") reads as a date anywhere; otherwise a
    word of time must come before it ("on 14/1", "Sat 15/3"). Scores ("rated 7/10", "up
    from 3/10 on the scale"), "24/7" and fractions ("1/2") are not dates."""
    if not _valid(int(day), int(month)) or (day, month) == ("24", "7"):
        return False
    if text[e:e + 1] in ("/", "%") or text[e:e + 1].isalnum():
        return False
    if month == "10" and text[s - 2:s] in ('" ', "” ", "' ", "’ "):
        return False   # 'placement is "mint" 10/10': a word quoted, then its score
    if TIME_AFTER.match(text, e) and not (month.lstrip("0") in ("10", "5") and SCORE_NEAR.search(text, max(0, s - 24), s)):
        return True   # "school log: 14/11 08:50": a day and month, then its time (no score has one)
    # (a score out of 10 or 5 keeps the score's reading: "from 3/10 by 4/10")
    due = DUE_BEFORE.search(text, max(0, s - 8), s) and month.lstrip("0") not in ("10", "5")
    if not due and SCORE_NEAR.search(text, max(0, s - 50), s) or SCORE_NEAR.search(text, e, e + 40):
        return False   # (a score is not due: "DASH re-score by 01/03" is a date)
    if month[0] == "0" and len(month) == 2 or day[0] == "0" and len(day) == 2:
        return True   # "18/06", "04/11": a leading zero is a date's
    if text[e:e + 2] == ": " and text[max(0, s - 2):s] == ") ":
        return True   # "email from IRO (karen...) 9/5: unhappy": a note's date, then what it says
    if month == "12" and MONTHS_BEFORE.search(text, max(0, s - 24), s) and (
            HEALTH_NEAR.search(text, max(0, s - 160), e + 80) or REVIEW_IN_BEFORE.search(text, max(0, s - 12), s)):
        return False   # "increase to 750mg bd; review 3/12": three months, in a health letter's notation
        # (and "review in 1/12" anywhere: a date is reviewed on a day, not in it)
    if month in ("12", "52") and AGE_BEFORE.search(text, max(0, s - 12), s):
        return False   # "baby 4/12", "aged 3/52": an age in months or weeks
    if text[e:e + 4] == " of " or text[e:e + 2] == "th" or COUNT_AFTER.match(text, e) \
            or COUNT_MET_BEFORE.search(text, max(0, s - 40), s):
        return False   # "2/3 of the members", "5/6 sessions": a fraction
    line_start = s == 0 or text[s - 1] in "\n\x00" or CHRON_BEFORE.search(text, max(0, s - 16), s) \
        or text[max(0, s - 2):s] == ". " and text[e:e + 2] in (" -", " –")   # "... to day team. 27/12 - handover"
    if TIME_BEFORE.search(text, max(0, s - 7), s):
        return True   # "in Peel Park 20:30 22/10": a time, then its day
    if line_start and (text[e:e + 1] == ":" or text[e:e + 2] in (" -", " –") or TIME_AFTER.match(text, e) or EVENT_AFTER.match(text, e)
                       or text[s - 1:s] == " " or int(day) > 12 and text[e:e + 1] == " "):   # "26/12 post-adoption: ..."
        return True   # a chronology's line: "10/10 - CAD 1187 ...", "24/4: seen", "2/3 16:40 call", "chron: 14/5"
    return bool(ON_BEFORE.search(text, max(0, s - 8), s) or WEEKDAY_BEFORE.search(text, max(0, s - 12), s)
                or TURNS_BEFORE.search(text.lower(), max(0, s - 24), s)   # "turns 18 30/5": a birthday
                or EVENT_BEFORE.search(text, max(0, s - 48), s) and not (
                    text[e:e + 1] == " " and text[e + 1:e + 2].islower()
                    and not PLACE_OR_PERSON_AFTER.match(text, e))   # "CP visits 3/4 in timescale", not "26/1 at the centre"
                )


def _short_candidate(text: str, s: int, e: int, day: str, month: str) -> bool:
    """A day and a month with no year that no word of time marks, and that is no score,
    fraction or "24/7": a date only in a list with one that is ("Visits: 7/10, 21/10")."""
    if not _valid(int(day), int(month)) or (day, month) == ("24", "7"):
        return False
    if text[e:e + 1] in ("/", "%") or text[e:e + 1].isalnum() or text[e:e + 4] == " of ":
        return False
    return not (SCORE_NEAR.search(text, max(0, s - 50), s) or SCORE_NEAR.search(text, e, e + 40))


# what may part two dates of a list: "7/10, 21/10", "04/11 (missed), 18/11", "5/5 and 9/5"
LIST_GAP = re.compile(r"[\s,;&]*(?:\([a-z ]{0,20}\)[\s,;]*)?(?:(?:and|or|to|then|&|[a-z]+ed)\s+)?")


def _listed(text: str, shorts: list[tuple[int, int]], pending: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The pending days and months listed next to a date found: each joins the list."""
    found = sorted(shorts)
    out: list[tuple[int, int]] = []
    todo = sorted(pending)
    changed = True
    while changed and todo:
        changed = False
        for span in list(todo):
            s, e = span
            for fs, fe in found:
                if (0 <= s - fe <= 24 and LIST_GAP.fullmatch(text, fe, s)) or (
                        0 <= fs - e <= 24 and LIST_GAP.fullmatch(text, e, fs)):
                    out.append(span)
                    found.append(span)
                    todo.remove(span)
                    changed = True
                    break
    return out


# a chronology's line that opens on a day and month, then the meeting or event: "3/4 cp conf.",
# "17.11 strat disc (police ...)"
EVENT_AFTER = re.compile(
    r" (?:[a-z]{2,6} )?(?:strat|disc|conf|mtg|meeting|review|visit|hv|jv|call|tc|contact|core group|cgm|icpc|rcpc|"
    r"pep|s47|referral|hearing|court|medical|strategy|supervision|supv|handover|fgc|marac|mace)\b", re.IGNORECASE)
# "strat 24.10 - decision": a dash after a day and month with a full stop ends a note's heading
DASH_AFTER = re.compile(r" [-–] (?!\d{1,2}[.:]\d\d)")   # not a span of time: "mtg 10.10 - 11.10"


def _dot_event(text: str, s: int, e: int) -> bool:
    """"visit 03.09 -": a meeting or event word before a day and month with a full stop, which
    is no time ("at 03.09", "03.09am") nor a score."""
    if text[max(0, s - 3):s].lower() == "at " and not text[s - 4:s - 3].isalpha() or text[e:e + 3].lower().lstrip() [:2] in ("am", "pm", "hr"):
        return False
    if SCORE_NEAR.search(text, max(0, s - 50), s) or SCORE_NEAR.search(text, e, e + 40):
        return False
    return bool(EVENT_BEFORE.search(text, max(0, s - 48), s) or WEEKDAY_BEFORE.search(text, max(0, s - 12), s))


def _valid(day: int, month: int) -> bool:
    return 1 <= day <= 31 and 1 <= month <= 12


def _boundary(text: str, pos: int) -> bool:
    if pos >= 2 and text[pos - 1] == "." and text[pos - 2].isalpha():
        return True   # "b.2016", "d.o.b.14/03/16": a word's full stop, not a number's
    return pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] in "./-")


NONSPACE = re.compile(r"\S+")


def _tokens(s: int, raw: str) -> Iterator[tuple[int, int, str]]:
    for m in NONSPACE.finditer(raw):
        yield s + m.start(), s + m.end(), m.group()


def _chronology_of_months(low: str, s: int, e: int) -> bool:
    """"Jan 23 - referral. Mar 23 - CIN plan. Dec 23 - RCPC": a month and two digits that
    the passage writes again with another month and the same digits (or the next year's) is a
    month and its year, not a day."""
    m = MONTH_TWO_DIGITS.fullmatch(low, s, e)
    if not m:
        return False
    yy = int(m.group(2))
    lo, hi = low.rfind("\x00", 0, s) + 1, low.find("\x00", e)
    hi = len(low) if hi < 0 else hi
    return any(o.start() != s and abs(int(o.group(2)) - yy) <= 1
               for o in MONTH_TWO_DIGITS.finditer(low, lo, hi))


# a month written short or in full, then two digits and no ordinal: "Jan 23", "March 24"
MONTH_TWO_DIGITS = re.compile(r"(?<![\w'’])(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? "
                              r"([12]\d)(?![\w/.:-]|\.\d)")


def find_dates(text: str, low: str, runs: list[Cluster]) -> Iterator[Span]:
    full: list[tuple[int, int]] = []      # exact dates
    shorts: list[tuple[int, int]] = []    # days and months with no year, found
    pending: list[tuple[int, int]] = []   # days and months with no year, no word of time before
    years: list[tuple[int, int]] = []     # years and months with years (for dates of birth)
    for s0, _, raw0 in runs:
        for s, e, tok in _tokens(s0, raw0) if " " in raw0 else ((s0, s0 + len(raw0), raw0),):
            if not _boundary(text, s):
                continue
            n = len(tok)
            if n <= 2 and tok.isdigit():
                span = _day_date(text, low, s, e)
                if span and not (n == 2 and _chronology_of_months(low, span[0], e)):
                    full.append(span)
            elif n == 4 and tok.isdigit():
                if tok[:2] in ("13", "14") and text[e:e + 1] in (" ", "", ",", ")", "(", ".", ";"):
                    o = OTHER_CALENDAR.search(text, max(0, s - 16), s)
                    if o:
                        full.append((o.start(), e))
                if tok[:2] in ("19", "20"):
                    mb = MONTH_YEAR_BEFORE.search(text, max(0, s - 12), s) if _month_word_before(low, s) else None
                    years.append((mb.start() if mb else s, e))
            elif n >= 6 and ("/" in tok or "." in tok or "-" in tok):
                m = NUMERIC.match(tok)
                if not m:
                    continue
                a, b, c = m.group(1), m.group(3), m.group(4)
                if len(a) == 4:
                    # (or day and month swapped by a slip: "health gives 2008-13-05")
                    ok = a[:2] in ("19", "20") and len(c) <= 2 and (_valid(int(c), int(b)) or _valid(int(b), int(c)))
                else:
                    ok = len(c) in (2, 4) and (_valid(int(a), int(b)) or _valid(int(b), int(a)))
                if ok:
                    full.append((s, e))
            elif n >= 3 and "/" in tok:
                m2 = SHORT.fullmatch(tok)
                if m2:
                    if _short_date(text, s, e, m2.group(1), m2.group(2)):
                        full.append((s, e))
                        shorts.append((s, e))
                    elif _short_candidate(text, s, e, m2.group(1), m2.group(2)):
                        pending.append((s, e))
            elif n >= 4 and "." in tok:
                # "by 19.12": a day and month with a full stop, only after "by", "on", "due" ...;
                # "visit 03.09 -": with a leading zero after a meeting or an event of the case
                m3 = SHORT_DOT.fullmatch(tok)
                if m3 and _valid(int(m3.group(1)), int(m3.group(2))) \
                        and not (text[e:e + 1].isalnum() or text[e:e + 1] in ("%", "/")) and (
                            DUE_BEFORE.search(text, max(0, s - 8), s)
                            or (tok[0] == "0" or DASH_AFTER.match(text, e)) and _dot_event(text, s, e)
                            or (s == 0 or text[s - 1] in "\n\x00") and (DASH_AFTER.match(text, e) or EVENT_AFTER.match(text, e))
                            and not SCORE_NEAR.search(text, e, e + 40)):
                    full.append((s, e))
    if pending and shorts:
        full += _listed(text, shorts, pending)
    if not full and not years:
        return   # the common case: numbers, but no date
    full = _merge(full)

    used: set[tuple[int, int]] = set()
    dob: list[tuple[int, int]] = []
    if any(w in low for w in DOB_WORDS) or AGE_ON.search(low) or PERSON_DATE_GATE.search(low) \
            or " is 1" in low and birthtalk.AGE_CLAIM.search(low) or "discrepanc" in low \
            or any(birthtalk.AGE_THEN_DATE.search(low, max(0, s - 24), s) for s, _ in full if low[s - 1:s] in "( ") \
            or any(_last_century(text, s, e) for s, e in full) \
            or any(birthtalk.AGE_AFTER_DATE.match(low, e) for _, e in full) \
            or any(POLICE_ACT_AFTER.match(low, e) for _, e in full) \
            or "|" in text and any(KIN_CELL_BEFORE.search(text, max(0, s - 60), s) for s, _ in full):
        ends = sorted(e for _, e in full + years)

        def window(s: int) -> int:
            """Look back at most 60 characters, and not past the previous date."""
            i = bisect_right(ends, s)
            return max(0, s - 60, ends[i - 1] if i else 0)

        starts = [fs for fs, _ in full]
        for s, e in full:
            lo = window(s)
            # every DOB word has a "b", but "assigned" and Welsh "geni"
            t = DOB_BEFORE.search(low, lo, s) if low.find("b", lo, s) >= 0 or "assigned" in low[lo:s] or "geni" in low[lo:s] \
                or "data" in low[lo:s] or "dat" in low[lo:s] or "fecha" in low[lo:s] or "tarih" in low[lo:s] else None
            while t and t.end("gap") - t.start("gap") > 8:
                # the cue nearest the date: "dob check: mum says amelia born 31/12/2017" leaves the name out
                nearer = DOB_BEFORE.search(low, t.start() + 1, s)
                if nearer is None:
                    break
                t = nearer
            if t and low.startswith("born", t.start()) and any(text[pe:t.start()] == " " for _, pe in full if pe < s):
                t = None   # "03.03.21 born 34/40, NICU 3wks / 14.05.21 6-8wk check": the birth is the date before
            if t:
                # "born at Castleford Royal on 12 November": the place between is no part of it
                gap = text[t.start("gap"):t.end("gap")]
                # (and a table's cells between are other fields: "dob | where || lacey-rose | 5/5/17")
                # (and words between that may be a name are left to the name rules: "dob for shaquille as 4/5/09")
                dob.append((t.start() if (gap == gap.lower() or len(gap) < 6) and not any(c in gap for c in "|='‘\"“")
                            and len(gap.split()) < 2 else s, e))
                used.add((s, e))
                continue
            if birthtalk.born_at_place_on(text, s) is not None:
                dob.append((s, e))   # "born at the Norfolk and Norwich University Hospital on 4 February 2023"
                used.add((s, e))
                continue
            b = DOB_AFTER.match(text, e)
            if b and not re.search(r"[.!?;]\s", text[e:b.end()]) and not OWN_DATE_AFTER.match(text, b.end()):
                # "02/02/2011 Kieran born": the date only, so the name rules still read the name
                # ("06/06/2023 baby Alayah born": only the date, the words between may be a name)
                dob.append((s, b.end() if DOB_WORD_NEXT.match(text, e, b.end()) else e))
                used.add((s, e))
                continue
            if TURNS_BEFORE.search(low, max(0, s - 24), s):
                dob.append((s, e))   # "turns 21 on 14/11/2003"
                used.add((s, e))
                continue
            if GAVE_BEFORE.search(low, max(0, s - 16), s) and (DOB_BEFORE.search(low[max(0, s - 90):s].replace(". ", ", "))
                                                               or AGE_DISPUTE.search(low, max(0, s - 400, low.rfind("\x00", 0, s) + 1), s)):
                dob.append((s, e))   # "no DOB on file for dad. mum gave 14/4/89"
                used.add((s, e))
                continue
            if RECORDED_AS.search(low, max(0, s - 20), s) and (DOB_RECORDED.search(low, max(0, s - 90), s)
                                                              or DOB_CORRECT_ONE.search(low, max(0, s - 160), s)
                                                              or DOB_WHOSE_AS.search(low, max(0, s - 170), s)
                                                              or DOB_IT_AS.search(low, max(0, s - 140), s)):
                dob.append((s, e))   # "the date of birth ... ; it appears as 14/03/2012"
                used.add((s, e))
                continue
            if BIRTH_WORKED_AS.search(low, max(0, s - 200), s) and not _event_before(text, s):
                dob.append((s, e))   # "... didnt know kids dobs ... - SW confirmed w/ GP as 06/11/2017"
                used.add((s, e))
                continue
            if (text[s - 1:s] in ("(", ":") or text[max(0, s - 2):s] in (": ", ", ", " (")) \
                    and DOB_SENTENCE.search(low, max(0, s - 110), s):
                dob.append((s, e))   # "the DOB ... still in the table on page six (22.9.2015)"
                used.add((s, e))
                continue
            if KIN_CELL_BEFORE.search(text, max(0, s - 60), s) and not _event_before(text, s):
                dob.append((s, e))   # "| Lacey-Mae McAllister | dtr | 12/01/2019 ||": a household table's row
                used.add((s, e))
                continue
            if KIN_BRACKET_BEFORE.search(text, max(0, s - 50), s) and not _event_before(text, s) \
                    and 1940 <= (_year(text, s, e) or 0) <= 2026:
                dob.append((s, e))   # "'Jordan (brother) 19/02/2009'": a household table's person, pasted
                used.add((s, e))
                continue
            if NAME_BEFORE_DATE.search(text, max(0, s - 40), s) and POLICE_ACT_AFTER.match(low, e) \
                    and (_year(text, s, e) or 2020) <= 2012:
                dob.append((s, e))   # "Callum Squire 24.12.2004 arrested": a police note's person and birth
                used.add((s, e))
                continue
            if PERSON_BEFORE_DATE.search(low, max(0, s - 30), s) and (
                    text[s - 1:s] in ("(", "[") and text[e:e + 1] in (")", "]") or YEAR_GROUP_AFTER.match(low, e)):
                dob.append((s, e))   # "yp 15 (14.09.2008)", "Child B - 05/06/2017 - Year 3"
                used.add((s, e))
                continue
            if birthtalk.aged_after(low, e, _year(text, s, e), s) and not _event_before(text, s):
                dob.append((s, e))   # "Tyler - 19.10.2009 (14)", "Isla Ferguson, 08/01/2019, Reception"
                used.add((s, e))
                continue
            if low[s - 1:s] in "( " and birthtalk.aged_date(text, low, s, e, _year(text, s, e)):
                dob.append((s, e))   # "kojo 4 (15.03.2019)", "Hodan (F, 6) 30-09-2017": an age and its birth
                used.add((s, e))
                continue
            if _last_century(text, s, e) and not _event_before(text, s) \
                    and not OLD_EVENT_BEFORE.search(low, max(0, s - 40), s):
                dob.append((s, e))   # a day of the last century in an audit of children is a parent's birth
                used.add((s, e))
                continue
            if (ID_DOC_AFTER.match(text, e) or ID_DOC_BEFORE.search(text, max(0, s - 30), s)) \
                    and not ID_DOC_OWN_DATE.search(text, max(0, s - 30), min(len(text), e + 30)):
                dob.append((s, e))   # "shows as 01.01.2007 on his BRP"
                used.add((s, e))
        for s, e in years:
            i = bisect_right(starts, s)
            if i and s < full[i - 1][1]:
                continue   # the year of a full date
            lo = window(s)
            if low.find("b", lo, s) < 0:
                continue
            t = DOB_BEFORE.search(low, lo, s)
            if t and STRICT_GAP.fullmatch(t.group("gap")):
                dob.append((t.start(), e))
        for s, e in full:
            if (s, e) not in used and birthtalk.given_birth(low, s):
                dob.append((s, e))   # "Age dispute: ... The Home Office subsequently recorded 14 March 2005"
                used.add((s, e))
            elif (s, e) not in used and CORRECTED_BEFORE.search(low, max(0, s - 24), s) \
                    and DOB_NEAR.search(low, max(0, s - 120, low.rfind("\x00", 0, s) + 1, low.rfind(". ", 0, s) + 1), s):
                dob.append((s, e))   # "dob on system wrong (shows 01/01/2023 placeholder - actual 3rd jan 2023)"
                used.add((s, e))
    changed = bool(dob)
    while changed:   # each date found may make another one's kin a birth (a list across a file)
        changed = False
        for s, e in full:
            if (s, e) not in used and any(_same_day_month(text, ds, de, s, e) or _listed_with(text, ds, de, s, e)
                                          for ds, de in dob):
                dob.append((s, e))   # the same birth with another year, before or after, a sentence or two off
                used.add((s, e))
                changed = True
    if dob:
        for s, e in full:
            if (s, e) in used:
                continue
            for ds, de in list(dob):
                if de <= s <= de + 70 and "\x00" not in text[de:s] and (
                        _same_day(text, ds, de, s, e) or _same_month(text, ds, de, s, e) or (
                        not re.search(r"[.!?;]\s", text[de:s]) and (CONTRAST.search(low, de, s) or _same_year(text, ds, de, s, e)))
                        or BIRTH_LIST_ITEM.fullmatch(low, de, s) or _given_again(text, low, ds, de, s, e)
                        or _per_another(text, low, ds, de, s, e)):
                    dob.append((s, e))
                    used.add((s, e))
                    break
        # the same day, month and year as a date of birth, before it too: the birth's date again
        # ("chron: 01.06.22 | health | baby born ... dob recorded ... as 01.06.22")
        for s, e in full:
            if (s, e) not in used and any(_identical(text, ds, de, s, e) for ds, de in dob):
                dob.append((s, e))
                used.add((s, e))
    for s, e in _merge(dob):
        yield "date-of-birth", s, e
    for s, e in full:
        if (s, e) not in used:
            yield "exact-date", s, e


# what a parent did in the last century, on a day: "married 12/06/1998", "convicted 03.03.1999"
OLD_EVENT_BEFORE = re.compile(r"\b(?:married|marriage|wed|divorced?|convicted|conviction|sentenced|died|death|"
                              r"deceased|entered|came to|arrived|left|since|from|until|between|care|removed)\b[^.;!?\n]{0,30}$")


ISO_DATE = re.compile(r"((?:19|20)\d\d)-\d\d-\d\d")


def _event_before(text: str, s: int) -> bool:
    """An event's word before the date at ``s``, but not a surname that is one: "mum Leanne
    Found 12/12/1994 (28)" (a capitalised word after a capitalised word)."""
    m = EVENT_BEFORE.search(text, max(0, s - 48), s)
    if m is None:
        return False
    word = re.match(r"[\w/'’]+", text[m.start():]).group()
    before = text[max(0, m.start() - 24):m.start()].split()
    return not (word[:1].isupper() and word[1:].islower() and before and before[-1][:1].isupper()
                and before[-1][1:].isalpha() and before[-1][1:].islower())


def _last_century(text: str, s: int, e: int) -> bool:
    """A full date with a year of the last century ("11/07/1996", "3 March 1989")."""
    y = _year(text, s, e)
    return y is not None and 1920 <= y <= 1999


def _year(text: str, s: int, e: int) -> int | None:
    """A date's year in four digits, or None ("03/05": none written)."""
    iso = ISO_DATE.fullmatch(text, s, e)
    if iso:
        return int(iso.group(1))   # "1990-04-22": the year first
    y = YEAR_END.search(text, s, e)
    if y is None or not re.search(r"\d[/.\s-]+\d{1,2}[/.\s-]+\d", text[s:e]) and len(y.group(1)) == 2:
        return None
    v = int(y.group(1))
    return v if v >= 100 else (2000 + v if v <= 30 else 1900 + v)


def _identical(text: str, ds: int, de: int, s: int, e: int) -> bool:
    """Two dates of one text (no NUL of ``scan_many`` between them) with the same day, month and year."""
    lo, hi = min(de, s), max(ds, e)
    if "\x00" in text[lo:hi] or s >= ds and e <= de:
        return False
    a, b = _day_month(text, ds, de), _day_month(text, s, e)
    ya, yb = YEAR_END.search(text, ds, de), YEAR_END.search(text, s, e)
    return a is not None and a == b and ya is not None and yb is not None and ya.group(1)[-2:] == yb.group(1)[-2:]


_NUMERIC_DM = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}")
_WORD_DM = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]{3})", re.IGNORECASE)
_MONTH_NO = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
# the next item of a list of dates of birth, named by a word or two: "DOB check: child
# 11-09-2017, sib 2.2.20", "dobs - 3/4/15 (eldest), 9/9/18 (youngest)"
BIRTH_LIST_ITEM = re.compile(
    r"(?:\s*\([a-z ]{1,20}\))?(?:\s*[,;&]\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:(?:older|younger|eldest|youngest|middle|half|step)[ -]?)?"
    r"(?:child|sib|sibling|sibs|bro|brother|sis|sister|baby|twin|son|daughter|mum|dad|mother|father|eldest|youngest|m|f)?\s*"
    # (or a group of the household by the article and "as": "..., and the children's as 30.06.2014")
    r"(?:(?<=and )the (?:children|kids|parents|adults|siblings|boys|girls|mother|father|mum|dad|baby|child|sister|brother)"
    r"['’]?s?(?: dates?)? as\s+)?")
# a date of birth given by someone after a sentence on a missing one: "no DOB for dad. mum gave 14/4/89"
GAVE_BEFORE = re.compile(r"\b(?:gave|give|gives|says|said|states|stated|provided|confirmed|thinks|gave it as|has it as|has)\s*:?\s*$")
# an age dispute, where each source's date is a birth: "Liban's own account and his school report give 6 June 2007"
AGE_DISPUTE = re.compile(r"\bage (?:dispute|assessment)|\bdisputed age|\bage[- ]disputed|\bmerton\b")


def _day_month(text: str, s: int, e: int) -> tuple[int, int] | None:
    m = _NUMERIC_DM.search(text, s, e)
    if m:
        return int(m.group(1)), int(m.group(2))
    m = _WORD_DM.search(text, s, e)
    if m and m.group(2).lower() in _MONTH_NO:
        return int(m.group(1)), _MONTH_NO[m.group(2).lower()]
    return None


def _same_day(text: str, ds: int, de: int, s: int, e: int) -> bool:
    """A second date with the day and month of a date of birth just before, even past a
    semicolon or a full stop: the same birth recorded with another year ("DOB 2nd August 2004
    per LCS, HV has 02/08/2005", "dob 14th june 2011 per passport; 14/06/2010 per HO"), or
    the same year with the day and the month swapped, as a form in another country's order
    records it ("3rd March 2008 on the NRM; the MISPER report gives 03/08/2008")."""
    a = _day_month(text, ds, de)
    if a is None:
        return False
    b = _day_month(text, s, e)
    if a == b:
        return True
    ya, yb = YEAR_END.search(text, ds, de), YEAR_END.search(text, s, e)
    return b == a[::-1] and ya is not None and yb is not None and ya.group(1)[-2:] == yb.group(1)[-2:]


def _listed_with(text: str, ds: int, de: int, s: int, e: int) -> bool:
    """A date of a list of one birth's dates across a file, each "in" or "on" a record, a clause
    from a date of birth in the same sentence ("gives 01/01/2006 on the front sheet, 12 Mar 2006 in
    the health assessment and ...")."""
    if not (0 <= s - de <= 90) or re.search(r"[.!?;]\s|\x00|\n", text[de:s]):
        return False
    return bool(birthtalk.RECORD_AFTER.match(text, de)) and bool(birthtalk.RECORD_AFTER.match(text, e))


def _same_day_month(text: str, ds: int, de: int, s: int, e: int) -> bool:
    """A date of the same text (no NUL of ``scan_many`` between) within a short paragraph of a
    date of birth, with its day and month: "the school has 06/06/2012 on its admissions form ...;
    her passport, seen by the SW, reads 6 June 2010"."""
    lo, hi = min(de, s), max(ds, e)
    if hi - lo > birthtalk.SAME_DAY_REACH or "\x00" in text[lo:hi] or s >= ds and e <= de:
        return False
    a, b = _day_month(text, ds, de), _day_month(text, s, e)
    if a is None or b is None:
        return False
    ya, yb = YEAR_END.search(text, ds, de), YEAR_END.search(text, s, e)
    if a == (b[1], b[0]) and a[0] != a[1]:
        # the day and the month swapped, the same year: "the MASH search was run against 12/11/2014,
        # the date on the referral; the child's actual date of birth was 11/12/2014"
        return bool(ya and yb) and ya.group(1)[-2:] == yb.group(1)[-2:]
    if a[1] == b[1] and abs(a[0] - b[0]) == 1 and ya and yb and ya.group(1) == yb.group(1) and len(ya.group(1)) == 4 \
            and not birthtalk.EVENT_BETWEEN.search(text.lower(), max(0, s - 40), s):
        # the day slipped by one: "cert shows dob as 14 July 2015; passport app was done with 15 July 2015"
        # (not a newborn's first visit: "visit 01.06.22. DOB 02.06.22")
        return True
    if a[0] == b[0] and abs(a[1] - b[1]) == 1 and a[0] > 12 and ya and yb and ya.group(1)[-2:] == yb.group(1)[-2:]:
        # the month slipped by one, the same day and year: "the DOB of 15 July 2007 in the plan
        # contradict the YOT record of 15 June 2007" (a day past 12, so no day and month swapped)
        return True
    if a != b:
        return False
    # a few years apart, as one birth's records differ; not an event on the child's birthday
    # ("ICPC tue 17 oct ... dob 17-10-2011 (his bday!!)", "cla review 18/12/23 ... says 18/12/2010")
    if not ya or not yb:
        return False
    gap = abs(int(ya.group(1)[-2:]) - int(yb.group(1)[-2:]))
    return min(gap, 100 - gap) <= 3


def _same_month(text: str, ds: int, de: int, s: int, e: int) -> bool:
    """A second full date in the month and year of a date of birth just before, even past a
    full stop: the birth recorded again with another day ("12/08/2016 (birth cert). CIN plan
    says 21/08/2016"), or a newborn's first days, which date the birth as closely."""
    a, b = _NUMERIC_MY.search(text, ds, de), _NUMERIC_MY.search(text, s, e)
    return a is not None and b is not None and a.groups() == b.groups()


_NUMERIC_MY = re.compile(r"\d{1,2}[/.-](\d{1,2})[/.-](\d{4})")


def _same_year(text: str, ds: int, de: int, s: int, e: int) -> bool:
    """A second date "and" a date of birth, of the same year or the next: the same birth
    recorded two ways ("DOB 3.4.09 on the plan and 4.3.09 on the health assessment")."""
    a, b = YEAR_END.search(text, ds, de), YEAR_END.search(text, s, e)
    if not a or not b or len(a.group(1)) != len(b.group(1)) or " and " not in text[de:s]:
        return False
    return abs(int(a.group(1)) - int(b.group(1))) <= 1


PER_SOURCE_BEFORE = re.compile(r"\bper\s+[a-z]+(?:\s+[a-z]+)?\s*:?\s*$")


def _per_another(text: str, low: str, ds: int, de: int, s: int, e: int) -> bool:
    """A date of the year of a date of birth just before, "per" another source, in the same
    sentence: the birth as that source has it ('dob per mum "about 2014", per school 06/06/2014')."""
    if re.search(r"[.!?]\s", text[de:s]) or not PER_SOURCE_BEFORE.search(low, max(0, s - 24), s):
        return False
    a, b = YEAR_END.search(text, ds, de), YEAR_END.search(text, s, e)
    return bool(a and b) and a.group(1)[-2:] == b.group(1)[-2:]


def _given_again(text: str, low: str, ds: int, de: int, s: int, e: int) -> bool:
    """A second date of the year of a date of birth just before, that another record "gives",
    past a semicolon but not a full stop: the same birth recorded another way ("date of birth
    as 3rd March 2008, which matches her passport; the police report gives 03/08/2008")."""
    if re.search(r"[.!?]\s", text[de:s]) or not RECORDED_AS.search(low, max(0, s - 20), s):
        return False
    a, b = YEAR_END.search(text, ds, de), YEAR_END.search(text, s, e)
    return a is not None and b is not None and a.group(1)[-2:] == b.group(1)[-2:]


RANK_BEFORE = re.compile(r"\b(?:below|above|under|over)\s(?:the\s)?$"
                         r"|\b(?:review|reviews|conference|conf|icpc|rcpc|visit|meeting|mtg|session|appt|hearing|attempt|"
                         r"placement|move|referral|exclusion|episode)\s\($")
WEEK_OF_BEFORE = re.compile(r"\b(?:wk|week|wks|weeks)\s?$")


def _day_date(text: str, low: str, s: int, e: int) -> tuple[int, int] | None:
    """'14 March 2025', '3rd of April', 'March 14th', 'on the 3rd of June', '5 Mawrth'."""
    nxt = low[e:e + 12]
    if text[e:e + 1] == " " and text[e + 1:e + 2] in WELSH_INITIALS or WELSH_ORD.match(text, e):
        w = WELSH_DATE.match(text, s)
        if w:
            return s, w.end()   # Welsh: "5 Mawrth", "12 Hydref 2024"
    if nxt[:2] in ("st", "nd", "rd", "th") or nxt[:1] in (" ", "-"):
        word = nxt.lstrip(" -").removeprefix("of ").lstrip()
        if nxt[:2] in ("st", "nd", "rd", "th"):
            word = nxt[2:].lstrip(" -").removeprefix("of ").lstrip()
        if word[:3] in MONTHS3:
            if not nxt[:1].isalpha() and nxt.lstrip(" -").startswith("of ") and WEEK_OF_BEFORE.search(low, max(0, s - 6), s):
                return None   # "since wk 1 of oct.": a week of the month, not its 1st
            d = DAY_FIRST.match(text, s)
            if d and not (d.group("month") == "may" and not d.group("ord") and not d.group("year")):
                start = s - 4 if low[max(0, s - 4):s] == "the " else s
                return start, d.end()
        elif nxt[:2] in ("st", "nd", "rd", "th") and not nxt[2:3].isalpha() and e - s <= 2 and 0 < int(text[s:e]) <= 31:
            # an ordinal day with no month: "Friday 14th", "Weds 9th", "on the 19th,", "ICM 22nd."
            wd = WEEKDAY_BEFORE.search(text, max(0, s - 12), s) if s else None
            if wd:
                return wd.start(), e + 2
            if text[s:e] == "1" and FIRST_AS_ADVERB_BEFORE.search(low, max(0, s - 12), s):
                return None   # "to be seen at school 1st, youngest at nursery": first, not the 1st
            if RANK_BEFORE.search(low, max(0, s - 16), s):
                return None   # "wt (below 9th)": a centile; "LAC review (3rd)": which review
            if EVERY_MONTH_AFTER.match(low, e + 2):
                return None   # "meets 1st wed of the month": every month's, no one day
            if ORD_END.match(low, e) and (THE_BEFORE.search(low, max(0, s - 18), s) or EVENT_BEFORE.search(text, max(0, s - 48), s)
                                          or DUE_ORD_BEFORE.search(low, max(0, s - 8), s) and ORD_STOP.match(low, e + 2)) \
                    and not CENTILE_BEFORE.search(low, max(0, s - 60), s) and not CENTILE_AFTER.match(low, e + 2) \
                    and not TIMES_IN_AFTER.match(low, e + 2) \
                    and not (low[max(0, s - 4):s] != "the " and ORDINAL_NOUN_BEFORE.search(low, max(0, s - 60), s)) \
                    and not (low[max(0, s - 4):s] != "the " and not DUE_ORD_BEFORE.search(low, max(0, s - 8), s)
                             and SESSIONS_BEFORE.search(low, max(0, s - 60), s)):
                return s, e + 2
    mb = MONTH_BEFORE.search(text, max(0, s - 16), s) if _month_word_before(low, s) else None
    if mb:
        d = MONTH_DAY.match(text, mb.start())
        if not d or d.start() != mb.start():
            return None
        month = d.group("month")
        if month.lower().startswith("may") and month[0] == "m":
            return None   # modal "may"
        if not (d.group("ord") or d.group("year")):
            after = text[d.end():d.end() + 2]
            if not (after == "" or after[0] in ",.;:)]\x00" or after in (" -", " –") or ON_BEFORE.search(text, max(0, d.start() - 8), d.start())):
                return None   # "in March 3 visits were missed"
        return d.start(), d.end()
    return None


def _month_word_before(low: str, s: int) -> bool:
    """A cheap test before the month patterns: the word before ``s`` (or the one before
    "the") could be a month ("March 14", "Sept the 3rd", "June 2025")."""
    if not s or not low[s - 1].isspace():
        return False
    words = low[max(0, s - 16):s].split()
    if not words:
        return False
    last = words[-1]
    if last == "the" and len(words) > 1:
        last = words[-2]
    last = last.rstrip(".")
    i = len(last)
    while i and last[i - 1].isalpha():
        i -= 1
    return last[i:i + 3] in MONTHS3   # "(march", "14-mar": the letters at the end


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    spans.sort()
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


# days written as words: "the fourth of March", "twenty-second of June 2017"
_ORD_UNITS = "first second third fourth fifth sixth seventh eighth ninth".split()
_ORD_TEENS = "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth".split()
ORDINAL_WORDS = frozenset(_ORD_UNITS + _ORD_TEENS + ["twentieth", "thirtieth"])
WORD_DATE = re.compile(
    r"(?<![\w-])(?:(?:twenty|thirty)[\s-]?(?:" + "|".join(_ORD_UNITS) + r")|" + "|".join(
        sorted(ORDINAL_WORDS, key=len, reverse=True)) + r")\s+(?:of|o['’])\s+"   # (Scots "o'": "the twelfth o' January")
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b\.?(?:,?\s+(?:19|20)\d{2}(?!\d))?"
)


OF_MONTH = re.compile(r"(?:st|nd|rd|th) (?:of|o['’]) (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")
OF_MONTHS = tuple(of + " " + m for of in ("of", "o'", "o’") for m in "jan feb mar apr may jun jul aug sep oct nov dec".split())


# a date given as the right one of a wrong one, near a word of birth: "dob ... wrong ... - actual 3rd jan 2023"
CORRECTED_BEFORE = re.compile(r"\b(?:(?:correct|right|actual|real|true)(?: one| dob| date)?(?: (?:is|was|=))?|"
                              r"should (?:be|read|say)|corrected to|"
                              # another source's version: "dob per HO 01.01.2007 (age assessed), per yp 15.06.2008"
                              r"(?:per|says|according to|on) (?:the )?(?:yp|mum|dad|child|school|gp|ho|home office|him|her|nan|"
                              r"birth cert(?:ificate)?|passport|brp|red book))\s*:?\s*$")
CORRECT_IS = re.compile(r"\b(?:correct|right|actual|real|true)(?: one| dob| date)? (?:is|was|=)\s*:?\s*$")
# days of the year named by a festival: "on New Year's Eve", "Christmas Day", "Boxing Day"
HOLIDAY = re.compile(
    r"\b(?:new year['’]?s (?:eve|day)|(?:christmas|xmas) (?:eve|day)|boxing day|valentine['’]?s day|eid day"
    r"|st\.? (?:patrick|george|david|andrew)['’]?s day)\b")
# (not the nights, "Bonfire Night", "Halloween": writers name them as a season's triggers
# as often as an event's date, and each way a day is only a warning)
HOLIDAY_STARTS = ("new year", "christmas", "xmas", "boxing day", "valentine", "eid day")
HOLIDAY_WORDS = frozenset("year years christmas xmas boxing valentine valentines patrick george david andrew eid".split())



# "jayden is 10 on 9th april": an age and "on" before a date (read first: it is cheap)
AGE_ON = re.compile(r" \d{1,2} on ")
# a child by its word, maybe its age, then a date in brackets or before its school year: the
# child's date of birth ("yp 15 (14.09.2008)", "Child B - 05/06/2017 - Year 3")
PERSON_DATE_GATE = re.compile(r"\b(?:yp|child\s+[a-z]|sibs?|sibling|baby|twins?|son|daughter|brother|sister)\b")
# a household table's row: a person's name, her relation, then the date ("| Ruaridh | son | 03/08/2022 ||")
KIN = (r"(?i:son|dtr|daughter|dau|child|sibling|sib|brother|sister|bro|sis|half[- ]?(?:brother|sister|sib)|"
       r"mum|mother|dad|father|step[- ]?(?:dad|mum|son|daughter|father|mother)|partner|nephew|niece|"
       r"grandson|granddaughter|gs|gd|cousin|twin)")
KIN_CELL_BEFORE = re.compile(r"(?:^|[|\n\x00])[ \t]*[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}[ \t]*\|[ \t]*" + KIN + r"[ \t]*\|[ \t]*$")
# a person's name, her relation in brackets, then the date: "'Jordan (brother) 19/02/2009'"
KIN_BRACKET_BEFORE = re.compile(r"(?<![\w-])(?<!\w['’])[A-Z][a-z'’-]+(?: [A-Z][\w'’-]+){0,2} \(" + KIN + r"\)[ \t]*[-–:]?[ \t]*$")
# a person's full name right before a date, and what the police did to her after it
NAME_BEFORE_DATE = re.compile(r"(?<![\w'’-])[A-Z][a-z]+(?:-[A-Z][a-z]+)? [A-Z][a-z'’]+(?:-[A-Z][a-z]+)? $")
POLICE_ACT_AFTER = re.compile(r"\s+(?:arrested|charged|cautioned|remanded|bailed|convicted|detained|interviewed|released)\b")
PERSON_BEFORE_DATE = re.compile(
    r"\b(?:yp|child\s+[a-z]|sibs?|sibling|baby|twins?|son|daughter|brother|sister|bro|sis|half-sister|half-brother)"
    r"(?:\s+(?:\d{1,2}|aged?\s+\d{1,2})(?:\s?(?:yo|y/o|yrs?|years?))?)?\s*(?:[(\[]|[-–:]\s+)$")
YEAR_GROUP_AFTER = re.compile(r"\s*[-–,]\s*(?:year|yr|y)\s?\d{1,2}\b|\s*[-–,]?\s*aged?\s+\d")
BIRTHDAY_BEFORE = re.compile(r"\b(?:birthday|bday|b'day|b’day|born on)(?: is| was| on)* (?:on )?$")


def find_holidays(low: str, words: set[str]) -> Iterator[Span]:
    """A festival's day is an exact date: "the episode on New Year's Eve"."""
    # ``words`` may be a whole batch's (scan_many): the gate only spares texts with none of the
    # words, and the pattern decides each text alone
    if not ("eve" in words and ("christmas" in words or "xmas" in words or "year" in words or "years" in words)
            or "day" in words and not HOLIDAY_WORDS.isdisjoint(words)):
        return   # the common case
    if not any(h in low for h in HOLIDAY_STARTS) and "st" not in words:
        return   # each of HOLIDAY's phrases but a saint's day starts with one of these
    for m in HOLIDAY.finditer(low):
        # "b'day is christmas eve": a birthday on a festival is a date of birth
        birthday = BIRTHDAY_BEFORE.search(low, max(0, m.start() - 16), m.start())
        yield "date-of-birth" if birthday else "exact-date", m.start(), m.end()


# the months of the Afghan and Iranian solar calendar and of the Ethiopian and Eritrean one, as
# age assessments and Home Office papers give a young person's birth: "tazkira: 15 Hamal 1388",
# "claimed dob 1 mizan 1390", "born 12 Meskerem 2001"
OTHER_MONTHS = frozenset(
    "hamal sawr saur jawza jauza saratan asad sunbula sonbola mizan meezan aqrab qaws qaus jadi jaddi dalw dalv hut hoot "
    "farvardin ordibehesht khordad tir mordad shahrivar mehr aban azar dey bahman esfand "
    "meskerem tikimt tekemt hidar hedar tahsas tir yekatit megabit miyazya ginbot sene hamle nehase pagume".split())
OTHER_DATE = re.compile(r"(?<![\w/.-])(\d{1,2}) ([a-z]{3,12}),? (1[3-4]\d\d|19\d\d|20\d\d)(?!\d)")
CALENDAR_BEFORE = re.compile(r"\b(?:calendar|solar hijri|hijri|shamsi|persian|afghan|ethiopian|eritrean)\b[\s:(=-]*$")
DOB_NEAR = re.compile(r"(?<![\w.])d\.?o\.?b|dates?\s+of\s+birth|\bborn\b|\bbirthday\b|\bage\s+(?:dispute|assessment)")
# with no year, only months no English word or name shares: "it is the 4th of Hamal"
OTHER_DATE_NO_YEAR = re.compile(r"(?<![\w/.-])(\d{1,2})(?:st|nd|rd|th)? (?:of )?([a-z]{5,12})(?![\w'’-])(?!,? (?:1[3-4]\d\d|19\d\d|20\d\d))")
OTHER_MONTHS_ALONE = frozenset(
    "hamal jawza saratan sunbula sonbola mizan aqrab farvardin ordibehesht khordad mordad shahrivar esfand bahman "
    "meskerem tikimt tahsas yekatit megabit miyazya ginbot nehase pagume".split())


def find_other_calendars(low: str, words: set[str]) -> Iterator[Span]:
    """A day, a month of the Afghan, Iranian or Ethiopian calendar and its year: an exact date,
    and a date of birth after a date-of-birth word ("claimed dob 1 mizan 1390")."""
    if OTHER_MONTHS.isdisjoint(words):
        return   # the common case
    for pattern, months in ((OTHER_DATE, OTHER_MONTHS), (OTHER_DATE_NO_YEAR, OTHER_MONTHS_ALONE)):
        for m in pattern.finditer(low):
            if m.group(2) in months and 1 <= int(m.group(1)) <= 31:
                birth = DOB_BEFORE.search(low, max(0, m.start() - 60), m.start())
                if not birth and CALENDAR_BEFORE.search(low, max(0, m.start() - 24), m.start()) \
                        and DOB_NEAR.search(low, max(0, m.start() - 100), m.start()):
                    yield "date-of-birth", m.start(), m.end()   # "HO DOB 01.01.2005, claims 21/03/2007 (Afghan calendar 1 Hamal 1386)"
                    continue
                yield ("date-of-birth", birth.start(), m.end()) if birth else ("exact-date", m.start(), m.end())


def find_word_dates(low: str, words: set[str]) -> Iterator[Span]:
    """"the fourth of March", "DOB twenty-second of June 2017": a day written as an ordinal
    word, "of" and a month. A date of birth after a date-of-birth word (as for digits)."""
    if ("of" not in words and "o'" not in low and "o’" not in low) or ORDINAL_WORDS.isdisjoint(words) \
            or not any(o in low for o in OF_MONTHS):
        return   # OF_MONTH needs one of OF_MONTHS: a few substring tests spare its slow scan
    for of in OF_MONTH.finditer(low):
        m = WORD_DATE.search(low, max(0, of.start() - 20), of.end() + 12)
        if not m or m.start() > of.start():
            continue
        s, e = m.span()
        if low[e - 1] == "." and low[e - 6:e - 1].isalpha():
            e -= 1   # a sentence's full stop after a month written in full
        if low[e - 3:e] == "may" and low[e:e + 1] == " " and low[e + 1:e + 2].isalpha():
            continue   # "the second of may be": the modal verb
        t = DOB_BEFORE.search(low, max(0, s - 60), s) if low.find("b", max(0, s - 60), s) >= 0 else None
        if t:
            yield "date-of-birth", t.start(), e
        elif CORRECT_IS.search(low, max(0, s - 20), s) and DOB_NEAR.search(low, max(0, s - 200, low.rfind("\x00", 0, s) + 1), s):
            yield "date-of-birth", s, e   # "DOB discrepancy: LCS shows ... - correct is eighth of august 2018"
        else:
            yield "exact-date", s, e
