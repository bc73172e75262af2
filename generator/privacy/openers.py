"""Names where a sentence or a note's field starts, and people written as initials or user names.

A sentence's first word is capitalised whatever it is, so the list and proper-noun rules stay
quiet there; these cues show a person whatever the word:

- a word no list knows at a sentence's start, with a possessive ("Nyabol's DOB"), a predicate
  of a person ("Rebwar is clear", "is 16", "was seen") or an apposition ("Hêvî, a Sorani
  speaker"); or alone in a field between dashes or after a colon ("NRM referral - Lirim -
  submitted", "Contact log - Zuzia + mum"), or opening a note or a sentence before a dash ("Kezia - sw visit")
  (``unknown_opener``, called by ``propernoun``);
- a word-name ("April", "Summer", "Hope") at a sentence's start before a strong predicate of a
  person: an age, "was seen alone", "said", "did not", a bracket of record ("Paddy (recorded
  as ..."); a month or a season needs an age or a verb of a person ("April was a difficult
  month" passes); lower case too ("april did not come");
- two word-names joined by "&" or "+" in a dashed field ("CIN review - Hunter & Summer -");
- a word after a surname in capitals and a comma ("JONES, Paris / b. ...");
- two capitals before a role in brackets or ", ROLE;" ("TB (SW)", "CD (mum)", "KO, SW;"),
  never a sector abbreviation ("DSL (school)");
- a user name: an initial glued to a surname in capitals ("HWALKER");
- a lower-case double-barrelled name with a possessive ("kinsey-rae's plan") and a name in a
  campaign hashtag ("#justiceforkenzie").
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from .lexicon import CAL, DET, FIRSTS, NAME, ROLE, TITLE, VOCAB, Lexicon
from .tokens import Cap, segment_bounds, sentence_initial

Span = tuple[int, int]

# an age that is no span of time: "is 16", "is now 19 and", not "is 3 weeks", "was 10%"
_AGE = r"(?:now |still |only |just )?\d{1,2}(?![\d:.%/])(?! ?(?:weeks?|months?|days?|hours?|hrs?|mins?|minutes?|am|pm|years? ago|times?|per))\b"
# predicates of a person after a sentence's first word, strong enough for a month or season
# "is a bright, chatty five year old", "was a quiet boy": a person described as a child
_DESCRIBED = (r"an? (?:(?!the |a |an |word |term |theme |value |phrase )[a-z-]+,? ){0,3}(?:(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
              r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen)[- ]years?[- ]old|boy|girl|baby|toddler|teenager|"
              r"young (?:man|woman|person|carer))\b")
# a baby's age: "is three weeks old", "was 10 days old"
_BABY_AGE = (r"(?:only |just )?(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) "
             r"(?:days?|weeks?|months?)[- ]old\b")
STRONG_PRED = re.compile(
    r"(?:, aged? \d{1,2}\b|: [\"“](?=(?i:i|ah|me|my|we|us|if|when|he|she|they|it|its|it's|im|i'm|dunno|cos|coz|no|yeah|yes|ok|mam|mum|dad|nan)\b)| (?:(?:is|was) (?:" + _AGE + r"|aged \d|" + _BABY_AGE + r"|seen alone|seen on (?:her|his|their) own|spoken to alone|" + _DESCRIBED + r")"
    r"|(?:(?:has|had) )?(?:since |now |later |also |then |always |never |often |usually |sometimes )?(?:said|says|told|disclosed|didn['’]t|did not|"
    r"doesn['’]t|does not|wants|wanted)\b"
    # an age and what the person is doing: "Josh 15 doing the milking"; what the person says: 'Josh: "if ah divn't'
    r"|\d{1,2} (?:doing|does|is|was|has|had|attends|attending|refused|refuses|now|wants|says|said)\b"
    # a disability or a diagnosis only a person has: "Grace has profound and multiple learning disabilities"
    r"|has (?:profound|complex|severe|moderate|mild|global|cerebral|autism|epilepsy|a diagnosis|a learning|"
    r"a rare|a life-limiting)\b"
    # "Faith always answers" (not "Pat answers": stock ones)
    r"|(?:always|never|often|usually|sometimes) (?:answers|answered|replied|replies)\b"
    # "Summer was reported missing", "Summer missing from Cedar Lodge", "Mercy was found by police"
    r"|(?:(?:was|is|went|has been) )?(?:reported )?missing (?:from|again|overnight|since|for|x ?\d|\d+ times)\b"
    # "Poppy found at addr on Monks Rd", "Mercy was found by police"
    r"|(?:(?:was|were) )?found (?:by (?i:police|officers|border force|staff|security|a |an |her |his )|alone|wandering|safe|at an? |at the |at addr)"
    # "Summer is doing well at nursery": a month does nothing well
    r"|(?:is|was) doing (?:well|better|ok|okay|great|brilliantly|fine)(?= at | in (?:school|nursery|college|class|placement|care)|[.,;!\"”'’]|$)"
    r"|(?:was )?born (?:at|in|on|by|\d)"
    # what a child wrote: "Summer wrote in her wishes and feelings" (a season writes nothing)
    r"|wrote (?:in|to) (?:her|his|their)\b"
    # what is done to or by a person, not a season or a virtue: "Dawn was not asked whether",
    # "Summer turned up at A&E", "Jimmy has not been in education", "Hope has a consistent worker"
    r"|(?:was|were) (?:not |never )?(?:asked (?:whether|if|about|to|what|how|why)|spoken to|interviewed)\b"
    r"|turned up (?:at|on|to|drunk|late|unannounced|with)\b"
    r"|(?:has|had) not been (?:in|to|at|attending) (?:school|education|nursery|college|class)\b"
    r"|(?:has|had) an? (?:consistent|new|allocated|named|different) (?:social )?worker\b"
    r"|(?i:dob|d\.o\.b\.?)(?= ?:? ?\d)))")
# weaker ones, enough for a word no list knows or a word-name that is no month or season
PERSON_PRED = re.compile(
    r" (?:(?:is|was)(?: not| now| still)? (?:clear|adamant|keen|happy|unhappy|scared|frightened|worried|settled|"
    r"seen|spoken|visited|invited|excluded|placed|living|attending|on the \w+ (?:invitation|invite|list|register))\b"
    r"|(?:lives|attends|likes|loves|hates|reports|reported|stated|asked|agreed|refused|denied|admitted)\b"
    # arriving, seeing kin, an age then a deed: "Rocky came in with a black eye", "Christian sees his
    # dad", "Harry 15 assaulted his mum"
    r"|(?:came in|turned up|arrived (?:at|late|with|home)|sees (?:his|her|their)|visits (?:his|her|their))\b"
    # thriving, a child's delay: "Will is thriving at the Coppice", "Sunny has a significant speech delay"
    r"|(?:is|was) thriving\b|has an? (?:significant |severe |mild |moderate )?(?:speech|language|global|developmental) delay"
    r"|\d{1,2}(?: ?(?:y|yo|y/o|yrs?))? (?:[a-z]{3,}ed|has|had|is|was)\b)")
# a bracket that records how the person is written: "Paddy (recorded on the system as ...)"
RECORD_BRACKET = re.compile(r" \((?:recorded|known as|aka|a\.k\.a|n[ée]e|called|named|spelt|spelled|full name)\b")
# for any capitalised word: an age in a clause ("Paris is 16 and wants"), seen alone, a record
ANY_PRED = re.compile(r" (?:is (?:now )?\d{1,2}(?: and| but|,| years? old)|(?:was|is) seen alone)\b"
                      r"| \((?:recorded|aka|a\.k\.a|n[ée]e|spelt|spelled)\b")
WORD_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z]{2,})\Z")
UPPER_RUN = re.compile(r"(?<![\w'’-])[A-Z]{5,}(?![\w'’-])")
# words that an age or a count may follow ("Score is 16 and"), and pronouns ("She is seen alone")
COUNT_WORDS = frozenset("score total risk number age rating count sum result level average mean "
                        "she he they we you it this that each both either neither one who which everyone someone "
                        "nobody anyone everybody somebody child baby sibling".split())
# an apposition: ", a Sorani speaker", ", aged 15", ", 16,"
APPOSITION = re.compile(r", (?:(?:a|an) [A-Z]\w+ speaker|aged? \d|\d{1,2}[,)])")
# after a field's separator: what may follow a name alone in the field
FIELD_AFTER = re.compile(r" [-–—+&|] | \(|, | [a-z]+\b")
# two capitals and a role: "TB (SW)", "CD (mum)"; "KO, SW;"
INITIALS_ROLE = (re.compile(r" \(([A-Za-z]{2,5})\)"), re.compile(r", ([A-Za-z]{2,5})(?=[;)])"))
# a role and then initials: "mgmt oversight TM SH: agree NFA", "SW JB - visit"
# (a text's end is its own, or the NUL after it where scan_many joins texts)
INITIALS_AFTER_SPACE = re.compile(r" ([A-Z]{2,3})(?=[:;,)\x00]| [-–—] |$)")
ROLE_INITIALS = re.compile(r"(?<![\w/&])([A-Za-z]{2,5}) ([A-Z]{2,3})(?=[:;,)\x00]| [-–—] |$)")
INITIALS_BEFORE = re.compile(r"(?<![\w&./-])([A-Z]{2,3})\Z")
# a pair of word-names in a dashed field: "CIN review - Hunter & Summer - attendance"
DASH_PAIR = re.compile(r" [-–—] ([A-Z][a-z]{2,}) [&+] ([A-Z][a-z]{2,})(?= [-–—]|,|:)")
# a capitalised word and the first word of one of the predicates above (a capital starts the
# pattern: the engine skips fast to the next capital)
_TRIGGERS = ("is was has had found came turned arrived sees visits later also then always never often usually sometimes said says told disclosed did didn does doesn wants wanted lives attends likes "
             "loves hates reports reported stated asked agreed refused denied admitted missing born dob DOB").split()
CAP_TRIGGER = re.compile(r"([A-Z][a-z]{2,})(?: (?:" + "|".join(_TRIGGERS) + r"|\(|\d{1,2} )|, aged? \d|: [\"“])")
# the same after a sentence's or a field's mark, the start of a text read apart: a mark
# starts the pattern, so the engine skips fast to the next one
OPENING = " \t\"'“‘(*["
SENT_TRIGGER = re.compile(r"[.!?:;\n\x00•*–—\"“(\[-][ \"'“‘(*\[]*" + CAP_TRIGGER.pattern)
AGE_OR_SPEECH = re.compile(r"[A-Z][a-z]{2,}(?: \d{1,2} |: [\"“])")   # the triggers that are no words
TRIGGER_WORDS = frozenset(_TRIGGERS) | {
    "recorded", "aka", "nee", "spelt", "spelled", "known", "called", "named", "full", "aged", "age"}
LOWER_VERBS = frozenset("did didn said told disclosed is was".split())
LOWER_PRED = re.compile(r" (?:did not|didn['’]t|later said|said|told|disclosed|is now \d|was seen)\b")
LOWER_HYPHEN = re.compile(r"-([a-z]{2,})['’]s\b")
HASHTAG = re.compile(r"#(?:justice|bring|free|find|pray|love|rip|save|missing|help)(?:for)?([a-z]{3,})")


# two-letter English words that read as such in capitals: "IT (SW)" is no person
# words a number follows that is no age: "Art 21", "Section 20", "Room 12"
NUMBERED_WORDS = frozenset("art article section sec reg regulation para paragraph rule schedule part standard ps level "
                           "stage year room ward bed page step tier phase".split())
# a quotation opened mid-sentence starts a sentence of its own: 'the phrase "Summer is doing well"'
OPEN_QUOTE_BEFORE = re.compile(r"[ ,(][\"“]")
SHORT_WORDS = frozenset("us it am an as at be by do go he if in is me my no of on or so to up we ok".split())


NOTE_DASH = re.compile(r" [-–—] [a-z0-9]")


def _note_start(text: str, s: int) -> bool:
    """The first word of a text or of a line (a note in a box or a list)."""
    return s == 0 or text[s - 1] in "\n\x00"


def _field_start(text: str, s: int) -> bool:
    before = text[max(0, s - 3):s]
    return before.endswith((" - ", " – ", " — ", ": "))


class OpenerFinder:
    def __init__(self, lex: Lexicon, known: frozenset[str]) -> None:
        self.lex = lex
        self.get = lex.classes.get
        self.known = known   # every word a list knows (``ProperNounFinder.known``)
        self.word_names = frozenset(
            w for w, c in lex.classes.items() if c & (FIRSTS | CAL) and not c & (VOCAB | ROLE | TITLE))
        self.lower_names = self.word_names | lex.calendar
        # lower-case word-names that may be read as names ("april", "kenzie"), never "may"
        # (no English word: "young", "will", "hope" in lower case are words)
        self.lower_ok = frozenset(w for w in self.lower_names if len(w) >= 3 and w not in ("may", "march")
                                  and not self.get(w, 0) & VOCAB and (w not in lex.words or w in lex.calendar))
        self.roles = frozenset(w for w, c in lex.classes.items() if c & ROLE and w.isalpha() and len(w) <= 5)

    def unknown_opener(self, text: str, cap: Cap) -> bool:
        """A word no list knows, alone at a sentence's or field's start, that names a person."""
        if cap.poss:
            return True
        if sum(ch.isupper() for ch in cap.base) > 1 and len(cap.base) <= 6:
            return False   # a mixed-case acronym: "OoCD", "CiN"
        e = cap.end
        if STRONG_PRED.match(text, e) or PERSON_PRED.match(text, e) or APPOSITION.match(text, e) \
                or RECORD_BRACKET.match(text, e):
            return True
        if NOTE_DASH.match(text, e) and (_note_start(text, cap.start) or sentence_initial(text, cap.start)):
            return True   # a note that opens with a name and a dash: "Kezia - sw visit same eve"
        return _field_start(text, cap.start) and bool(FIELD_AFTER.match(text, e))

    def find(self, text: str, low: str, caps: list[Cap], words: set[str]) -> list[Span]:
        """Spans of the names above (a list: most texts hold none, and a list costs least)."""
        first = CAP_TRIGGER.match(text) if text[:1] not in OPENING else \
            CAP_TRIGGER.match(text, len(text) - len(text.lstrip(OPENING)))
        trig = _sent_triggers(text, caps) if not TRIGGER_WORDS.isdisjoint(words) or AGE_OR_SPEECH.search(text) else None
        # lower-case word-names written in lower case somewhere, when a verb of a person is there
        lower = not LOWER_VERBS.isdisjoint(words) and not self.lower_ok.isdisjoint(words)
        roles = not self.roles.isdisjoint(words)
        initials = ("(" in text or ";" in text) and roles
        dashes = (" & " in text or " + " in text) and (" - " in text or " – " in text)
        hyphen = "-" in text and ("'s" in text or "’s" in text)
        out = list(self._role_initials(text, caps)) if roles else []
        if first or trig or lower or initials or dashes or hyphen or "#" in text:
            out += self._find(text, low, first, trig, lower, initials, dashes, hyphen)
        return out

    def _role_initials(self, text: str, caps: list[Cap]) -> Iterator[Span]:
        """"TM SH: agree NFA": two or three capitals after a role, before a mark; never a
        sector abbreviation ("SW MASH:") or a short word ("TM IS"). The capitals are searched
        for first (a pattern that starts with a space and a capital), the role read before them."""
        get, lex = self.get, self.lex
        for c in INITIALS_AFTER_SPACE.finditer(text):
            start = c.start(1)
            lo = max(0, start - 7)   # the role's start: after a space, a line's end or the NULs between texts
            ws = max(text.rfind(" ", lo, start - 1), text.rfind("\n", lo, start - 1), text.rfind("\x00", lo, start - 1)) + 1
            m = ROLE_INITIALS.match(text, ws)
            if not m or m.start(2) != start:
                continue
            role, ini = m.group(1), m.group(2)
            if get(role.lower(), 0) & ROLE and (role.isupper() or role.islower()) and not lex.is_abbreviation(ini) \
                    and ini.lower() not in SHORT_WORDS and (len(ini) == 2 or ini.lower() not in lex.words) and not get(ini.lower(), 0) & (ROLE | VOCAB):
                yield m.span(2)

    def _find(self, text: str, low: str, first: re.Match[str] | None, trig: list[re.Match[str]] | None,
              lower: bool, initials: bool, dashes: bool, hyphen: bool) -> Iterator[Span]:
        lex, get = self.lex, self.get
        # a capitalised word before the first word of a predicate; then the predicate in full
        for m in _cap_triggers(text, first, trig):
            j, i = m.start(1), m.end(1)
            tok = m.group(1)
            lw = tok.lower()
            if lw in NUMBERED_WORDS and text[i + 1:i + 2].isdigit():
                continue   # "Legal status: Art 21 accommodated": a numbered article, not an age
            if lw in self.word_names:
                if not (STRONG_PRED.match(text, i) or RECORD_BRACKET.match(text, i) or (
                        lw not in lex.calendar and PERSON_PRED.match(text, i))):
                    continue
            elif not ANY_PRED.match(text, i) or lw in COUNT_WORDS or get(lw, 0) & (ROLE | TITLE | DET) \
                    or lex.is_abbreviation(tok):
                continue
            if not (j and (text[j - 1].isalnum() or text[j - 1] in "'’-") or text[i + 1:i + 2].isupper()) \
                    and (sentence_initial(text, j) or OPEN_QUOTE_BEFORE.match(text, max(0, j - 2), j)):   # 'the phrase "Summer is doing
                yield j, i
        # "april did not come": a lower-case word-name at a sentence's start before a verb of a person
        for m in LOWER_PRED.finditer(low) if lower else ():
            i = j = m.start()
            while j and text[j - 1].isalpha():
                j -= 1
            if text[j:i] in self.lower_ok and (j == 0 or not text[j - 1].isalnum() and text[j - 1] not in "'’-") \
                    and _lower_start(text, j):
                yield j, i
        if initials:
            yield from self._initials(text)
        for i in _positions(text, (" & ", " + ")) if dashes else ():
            m = DASH_PAIR.search(text, max(0, i - 20), i + 24)
            if m:
                a, b = get(m.group(1).lower(), 0), get(m.group(2).lower(), 0)
                if a & NAME and b & NAME and not (a | b) & (VOCAB | ROLE | TITLE):
                    yield m.span(1)
                    yield m.span(2)
        if hyphen:
            for m in LOWER_HYPHEN.finditer(text):
                j = m.start()
                k = j
                while k and text[k - 1].isalpha():
                    k -= 1
                first, second = text[k:j], m.group(1)
                if first.islower() and len(first) >= 3 and (k == 0 or not text[k - 1].isalnum()) \
                        and (get(first, 0) & FIRSTS or get(second, 0) & FIRSTS) \
                        and first not in lex.words and second not in lex.words:
                    yield k, m.end(1)
        if "#" in text:
            for m in HASHTAG.finditer(low):
                w = m.group(1)
                if w not in lex.words and (get(w, 0) & NAME or w not in self.known):
                    yield m.span(1)

    def user_name(self, tok: str) -> bool:
        """"HWALKER", "JROBERTS": an initial glued to a surname, in capitals."""
        low = tok.lower()
        if not tok.isalpha() or low in self.known or self.lex.is_abbreviation(tok):
            return False
        c = self.get(low[1:], 0)
        return bool(c & NAME) and not c & (VOCAB | ROLE | TITLE | CAL) and len(low) >= 5

    def _initials(self, text: str) -> Iterator[Span]:
        get, lex = self.get, self.lex
        for pattern in INITIALS_ROLE if ";" in text else INITIALS_ROLE[:1]:
            for m in pattern.finditer(text):
                if pattern is not INITIALS_ROLE[0] and ";" not in _segment(text, m.start()):
                    continue   # (the gate is the text's own ";", not a joined neighbour's in scan_many)
                role = m.group(1)
                if not (get(role.lower(), 0) & ROLE or lex.is_abbreviation(role) and role.isupper() and get(role.lower(), 0) & ROLE):
                    continue
                w = INITIALS_BEFORE.search(text, max(0, m.start() - 4), m.start())
                if w and not lex.is_abbreviation(w.group(1)) and w.group(1).lower() not in SHORT_WORDS:
                    yield w.span(1)


def _segment(text: str, i: int) -> str:
    """The text of ``scan_many``'s joined texts that holds position ``i``."""
    a, b = segment_bounds(text, i)
    return text[a:b]


def _positions(text: str, needles: tuple[str, ...]) -> Iterator[int]:
    for n in needles:
        i = text.find(n)
        while i >= 0:
            yield i
            i = text.find(n, i + 1)


def _cap_triggers(text: str, first: re.Match[str] | None, trig: list[re.Match[str]] | None) -> Iterator[re.Match[str]]:
    if first:
        yield first
    if trig:
        yield from trig


SENT_OPENERS = frozenset(".!?:;\n\x00•*–—\"“([-")
SENT_FILLERS = frozenset(" \"'“‘(*[")


def _sent_triggers(text: str, caps: list[Cap]) -> list[re.Match[str]]:
    """``list(SENT_TRIGGER.finditer(text))`` (or None for none), tried only before the
    capitalised tokens that can start its name: a word of three letters or more, all small
    after the capital, with a space or a comma after it. The match starts at the leftmost mark of a
    sentence from which only fillers lead to the word, and after the last match's end (as
    ``finditer`` resumes there); a capital inside a token never has only fillers before it."""
    out: list[re.Match[str]] = []
    end = 0
    match = SENT_TRIGGER.match
    for cap in caps:
        s, base = cap.start, cap.base
        if s == 0 or text[s - 1] not in SENT_FILLERS and text[s - 1] not in SENT_OPENERS or len(base) < 3 \
                or text[cap.end:cap.end + 1] not in (" ", ",", ":") or not (base[1:].isascii() and base[1:].isalpha() and base[1:].islower()) \
                or not ("A" <= base[0] <= "Z"):
            continue
        k = s - 1
        while k >= 0 and text[k] in SENT_FILLERS:
            k -= 1
        # the opener: the first non-filler before the fillers, or else the first filler that is one
        o = k if k >= end and k >= 0 and text[k] in SENT_OPENERS else -1
        if o < 0:
            for j in range(max(k + 1, end), s):
                if text[j] in SENT_OPENERS:
                    o = j
                    break
        if o < 0:
            continue
        m = match(text, o)
        if m is not None and m.start(1) == s:
            out.append(m)
            end = m.end()
    return out or None


def _lower_start(text: str, j: int) -> bool:
    k = j - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    return k < 0 or text[k] in ".!?\n\x00:;-"
