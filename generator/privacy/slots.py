"""Person slots: names found by the place they take in a sentence, not by a list alone.

Ordinary-word first names ("Sunny", "Legend", "Reign") and initials pass the list rules of
``names``; these patterns catch the habits that show a person whatever the word:

- a possessive before a word of kin: "Reign's dad", "Legend's nan" (any capitalised word
  that is no role, title, place, abbreviation or word of people such as "Children's");
- an apposition of birth order between commas: "Legend, the youngest, was ...";
- a word-name (on a name list) before a predicate of a child in care: "Sunny to be
  offered advocacy", "Poppy settled", "Will and Sonny were placed separately";
- a word-name and a single initial: "Faith O. (DOB ...)";
- initials with full stops, or two lower-case letters at a sentence's start, before a
  speech verb: "F.A. disclosed", "tj said";
- a lower-case word-name after a word of kin, before 's or a speech verb: "nana rose's";
- an initial glued to a surname, as in file names: "JSmith", "KOkafor";
- a capitalised word after "baby" in mid-sentence: "Kerry and her baby Reign".

Each pattern starts with a selective part, so a text without the trigger costs one search.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from .lexicon import CAL, DET, FIRSTS, NAME, ROLE, SPEECH, SURNAME, SURNAME_AMB, TITLE, VOCAB, Lexicon
from .tokens import around, occurrences, prev_word

Span = tuple[int, int]

KIN = frozenset(
    "mum mam mom mother dad father nan nana nanny gran granny grandma grandmother grandad grandpa grandfather "
    "aunt auntie aunty uncle cousin brother sister brothers sisters sibling siblings stepdad stepmum twin "
    "parents boyfriend girlfriend birth half".split())
# kin words before a lower-case word-name: "nana rose's" (not "mum", "dad": "mum will", "dad rose")
KIN_BEFORE_LOWER = frozenset("nan nana nanny gran granny grandma grandad grandpa aunt auntie aunty uncle cousin".split())
# each pattern begins with a literal or a rare character, so the regex engine skips ahead fast
_KIN_ALT = (r"(?:mum|mam|mom|mother|dad|father|nan|nana|nanny|gran|granny|grandma|grandmother|grandad|grandpa|"
            r"grandfather|aunt|auntie|aunty|uncle|cousin|brothers?|sisters?|siblings?|stepdad|stepmum|half-brother|"
            r"half-sister|twin|parents|boyfriend|girlfriend|birth)\b")
# one pattern per apostrophe: a pattern that begins with a literal is searched for fast
POSS_KIN = (re.compile("'s " + _KIN_ALT), re.compile("’s " + _KIN_ALT))
WORD_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z]{2,})\Z")
WORD_BEFORE_ANY = re.compile(r"(?<![\w'’-])([A-Za-z][a-z]{2,})\Z")
# a capitalised word after "baby" in mid-sentence is the baby's name: "her baby Reign were"
BABY_BEFORE = frozenset("abcdefghijklmnopqrstuvwxyz:;,")
BABY_NAME = re.compile(r"(?:baby|newborn) ([A-Z][a-z]{2,})(?![\w'’-])"
                       r"(?=\s*(?:[\d(,.;:]|$|(?:was|were|is|has|had|and|who|born|weighed|seen|lives|went|cried)\b))")
MODALS = frozenset("will may can must shall might could should would".split())
# capitalised words whose possessive before a word of kin is no person
NOT_PERSON = frozenset(
    "children women men people everyone someone anyone nobody everybody somebody anybody today yesterday "
    "tomorrow god council court service team school authority agency trust home family "
    # kin as notes write them: "bf said", "bm rang" (boyfriend, birth mother)
    "bf gf bm bd bmum bdad mgm mgf pgm pgf".split())
BIRTH_ORDER = re.compile(
    r", the (?:(?:youngest|eldest|oldest|middle|younger|older|elder)"
    r"(?: (?:child|sibling|brother|sister|boy|girl|of the \w+))?"
    # or who the person is in the household: "Frank, the lodger, has been DBS checked"
    r"|(?:lodger|neighbour|babysitter|childminder|stepdad|stepmum|step-dad|step-mum|stepfather|stepmother|"
    r"(?:maternal |paternal )?(?:grandfather|grandmother|grandad|uncle|aunt|cousin)|"
    r"(?:mum's|mother's|dad's|father's) (?:partner|boyfriend|girlfriend)))(?: [a-z]+)?,")
# a message's sign-off: a first name, a comma and the sender's team at the message's end
SIGN_OFF_WORDS = frozenset("transport team service services office admin unit dept department hub desk reception "
                           "surgery fostering housing".split())
SIGN_OFF = re.compile(r"(?:^|[.!?\n\x00] +|[\"“‘'] ?)([A-Z][a-z]{2,}), (?:(?!the |a |an |our |their |and )[a-z]+ ){0,3}(?:" + "|".join(sorted(SIGN_OFF_WORDS))
                      + r")(?=[\"”’'.!]?\s*(?:$|\x00)|[\"”’'])")
LOWER_BABY_AGE = re.compile(r"(?<![\w'’-])baby ([a-z]{3,12}) (?=\d{1,2} ?(?:days?|d|wks?|weeks?|w|mths?|months?)\b)")
# "Will" before what only a person is or does is no modal: "sch: 'Will was v upset'"
WILL_PERSON = re.compile(r"(?<![\w-])(?<!\w['’])(?<!the )(?<!The )(?<!a )(?<!his )(?<!her )(?<!new )Will(?= (?:was(?! (?:read|signed|made|written|drawn|contested|changed|found|left)\b)|said|says|told|went|"
                         r"came|got|seemed|likes|liked|wants|wanted|wasn't|didn't|hasn't|hadn't)\b)")
# a predicate of a child in care after one or two word-names: "Sunny to be offered",
# "Will and Sonny were placed", "Poppy settled"; found from the participle, read backwards
PREDICATE = re.compile(
    r" (?:to be|was|were|is|are|been) (?:both )?(?:offered|placed|registered|admitted|accommodated|discharged|"
    r"excluded|reunified|adopted|separated|seen|visited|referred|moved|assessed|supported|interviewed|collected)\b"
    r"| (?:settled|slept)\b")
# every match of PREDICATE holds one of these as a whole word: a text with none skips its scan
PREDICATE_WORDS = frozenset(re.findall(r"[a-z]+", PREDICATE.pattern.split("(?:both )?", 1)[1])) - {"b"}
BEFORE_PREDICATE = re.compile(
    r"(?<![\w'’-])([A-Z][a-z]{2,})(?: (?:and|&) ([A-Z][a-z]{2,}))?(?: is| has| have| had)?\Z")
# a word-name and one initial: "Faith O." (not "Plan B.": the word must be on a name list)
NAME_INITIAL = re.compile(r" [A-Z]\.(?!\w|\s*[A-Z][a-z])")
DOTTED = re.compile(r"\.[A-Z]\.(?:[A-Z]\.)?(?= ([a-z]+))")
LOWER_SPEECH = re.compile(r" (?:said|says|told|disclosed)\b")
KIN_LOWER = re.compile(
    r"(?:nan|nana|nanny|gran|granny|grandma|grandad|grandpa|aunt|auntie|aunty|uncle|cousin|daddy|mummy)"
    r" (?!(?:will|may|can|must|might|would)\b)([a-z]{3,})(?=['’]s\b| (?:said|says|told|wants|thinks|touched|hit|"
    r"hurt|took|gave|came|comes|lives|lived|stays|stayed|did|does|is|was|has|had)\b|\s*[(,;:–—]| ['‘\"]|\s*$)")
# after a word-name, a bracket that says who the person is: "Grace (age 11)", "Grace (maternal
# aunt)", "tay (they/them)", "Bill (William Raines)"
WHO_IN_BRACKETS = re.compile(
    r" \((?:age(?!-)|aged|\d{1,2}\b|\d{1,2}y|maternal|paternal|mum|dad|aunt|auntie|uncle|nan|gran|grandad|sister|brother|"
    r"cousin|step|half|foster|they/them|she/her|he/him|[A-Z][a-z]+ [A-Z][a-z]+\))")
CAMEL = re.compile(r"[A-Z]{1,2}([A-Z][a-z]{2,})")
# a surname and one initial after it, as in file names: "SmithJ" (not "PowerBI")
CAMEL_AFTER = re.compile(r"([A-Z][a-z]{2,})[A-Z]")
PRONOUNS = frozenset("he we me my us it is in on at to of or an as by do go if no so up".split())


# what every word of KIN_LOWER starts with: a match can start only where one of them does
KIN_STEMS = ("nan", "gran", "aunt", "uncle", "cousin", "daddy", "mummy")


def _kin_matches(low: str) -> Iterator[re.Match[str]]:
    """``KIN_LOWER.finditer(low)``, tried only where a word of kin starts (found by
    ``str.find``): the regex engine's own scan tried every "n", "g", "a", "u" and "c"."""
    starts = set()
    for stem in KIN_STEMS:
        i = low.find(stem)
        while i >= 0:
            starts.add(i)
            i = low.find(stem, i + 1)
    end = 0
    match = KIN_LOWER.match
    for i in sorted(starts):
        if i >= end:
            m = match(low, i)
            if m:
                end = m.end()
                yield m


# two letters of dialect before a verb of speech, not a name: "av told yer" (I've told you)
DIALECT_PAIRS = frozenset("av ah aa ye ya yu ee uz".split())

class SlotFinder:
    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.get = lex.classes.get

    def _word_name(self, tok: str) -> bool:
        """On a first-name list (or a calendar name) and never plain vocabulary."""
        c = self.get(tok.lower(), 0)
        # months, days and seasons are never taken here: "a visit in August is referred to"
        return bool(c & (FIRSTS | CAL)) and not c & (VOCAB | ROLE | TITLE) and not self.lex.is_abbreviation(tok) \
            and tok.lower() not in self.lex.calendar and tok.lower() not in NOT_PERSON

    def _personish(self, tok: str) -> bool:
        """Any capitalised word that may be a person's name: no role, title, determiner,
        abbreviation, place or word of people."""
        low = tok.lower()
        c = self.get(low, 0)
        return not (c & (ROLE | TITLE | DET | VOCAB) or low in NOT_PERSON or self.lex.is_abbreviation(tok)
                    or low in self.lex.known_places or low in self.lex.place_generic)

    def _word_before(self, text: str, pos: int) -> re.Match[str] | None:
        return WORD_BEFORE.search(text, max(0, pos - 30), pos)

    def find(self, text: str, low: str, words: set[str]) -> Iterator[Span]:
        """``low`` is the lower-cased text, ``words`` its ``tokens.lower_words``."""
        if not KIN.isdisjoint(words):
            for pattern in POSS_KIN:
                for m in pattern.finditer(text):
                    w = self._word_before(text, m.start())
                    if w and self._personish(w.group(1)) and not _after_det(text, w.start(), self.get):
                        yield w.span(1)
        if "baby" in words:
            for m in LOWER_BABY_AGE.finditer(low):
                c = self.get(m.group(1), 0)
                if text[m.start(1)].islower() and (c & FIRSTS or m.group(1) not in self.lex.words) \
                        and not c & (ROLE | VOCAB | DET):
                    yield m.span(1)   # "new birth visit. baby nova 6 days"
        for w in ("baby", "newborn"):
            if w not in words:
                continue
            i = low.find(w + " ")
            while i >= 0:
                m = BABY_NAME.match(text, i) if i >= 2 and text[i - 1] == " " and text[i - 2] in BABY_BEFORE else None
                if m and self._personish(m.group(1)) and m.group(1).lower() not in MODALS:
                    yield m.span(1)   # "her baby Reign", "baby Reign 02/02/2023"
                i = low.find(w + " ", i + len(w))
        i = text.find(", the ")
        while i >= 0:
            m = BIRTH_ORDER.match(text, i)
            if m:
                w = self._word_before(text, i)
                if w and self._personish(w.group(1)) and (
                        not _sentence_start(text, w.start()) or self._word_name(w.group(1))):
                    yield w.span(1)
            i = text.find(", the ", i + 6)
        if "will" in words:
            for m in WILL_PERSON.finditer(text):
                yield m.span()
        if ", " in text and not SIGN_OFF_WORDS.isdisjoint(words):
            for m in SIGN_OFF.finditer(text):
                if self._word_name(m.group(1)):
                    yield m.span(1)   # "pls confirm. Tony, passenger transport"
        for m in PREDICATE.finditer(low) if not PREDICATE_WORDS.isdisjoint(words) else ():
            yield from self._before_predicate(text, m.start())
        if "." in text:
            for m in NAME_INITIAL.finditer(text):
                w = self._word_before(text, m.start())
                if w and self._word_name(w.group(1)) and not _after_det(text, w.start(), self.get):
                    yield w.start(1), m.end()
            for m in DOTTED.finditer(text):
                s = m.start() - 1   # the first initial: "F.A. disclosed"
                if s < 0 or not text[s].isupper() or s and (text[s - 1].isalnum() or text[s - 1] == "."):
                    continue
                letters = text[s:m.end()].replace(".", "")
                if self.get(m.group(1), 0) & SPEECH and not self.lex.is_abbreviation(letters) \
                        and not _after_det(text, s, self.get):
                    yield s, m.end()
        for m in LOWER_SPEECH.finditer(low):
            i = m.start()
            w = text[i - 2:i] if i >= 2 else ""
            if w.isalpha() and w.islower() and _sentence_start(text, i - 2) \
                    and w not in PRONOUNS and w not in DIALECT_PAIRS and w not in self.lex.words and not self.get(w, 0) \
                    and not self.lex.is_abbreviation(w.upper()):
                yield i - 2, i
        i = text.find(" (")
        while i >= 0:
            if WHO_IN_BRACKETS.match(text, i):
                w = WORD_BEFORE_ANY.search(text, max(0, i - 30), i)
                if w and self._word_name(w.group(1)) and not _after_det(text, w.start(), self.get):
                    yield w.span(1)
            i = text.find(" (", i + 2)
        if not KIN_BEFORE_LOWER.isdisjoint(words):
            for m in _kin_matches(low):
                if not text[m.start(1)].islower() or m.start() and low[m.start() - 1].isalpha():
                    continue
                c = self.get(m.group(1), 0)
                if c & FIRSTS and not c & (VOCAB | ROLE):
                    yield m.span(1)

    def _before_predicate(self, text: str, s: int) -> Iterator[Span]:
        m = BEFORE_PREDICATE.search(text, max(0, s - 50), s)
        if not m:
            return
        a, b = m.group(1), m.group(2)
        if self._word_name(a) and (b is None or self._word_name(b) or self.get(b.lower(), 0) & NAME):
            yield m.span(1)
            if b:
                yield m.span(2)
        elif b and self._word_name(b) and self.get(a.lower(), 0) & NAME:
            yield m.span(1)
            yield m.span(2)


def camel_name(tok: str, lex: Lexicon) -> bool:
    """An initial glued to a name, as in file names: "JSmith", "KOkafor" (``tok`` is a
    capitalised token that no list knows)."""
    m = CAMEL.fullmatch(tok) or CAMEL_AFTER.fullmatch(tok)
    if not m:
        return False
    c = lex.classes.get(m.group(1).lower(), 0)
    return bool(c & NAME) and not c & (VOCAB | ROLE | TITLE) and not lex.is_abbreviation(tok)


def _after_det(text: str, pos: int, get) -> bool:
    """The word before ``pos`` is a determiner: "the Council's", "a Grace A."."""
    j = pos - 1
    while j >= 0 and text[j] == " ":
        j -= 1
    k = j
    while k >= 0 and text[k].isalpha():
        k -= 1
    return k < j and bool(get(text[k + 1:j + 1].lower(), 0) & DET)


def _sentence_start(text: str, pos: int) -> bool:
    j = pos - 1
    while j >= 0 and text[j] in " \t\"'“‘(":
        j -= 1
    return j < 0 or text[j] in ".!?:;\n\x00–—-•*"


# two people joined in a hurried note: "Ruby + Noah", "mia & bobby", "carol + steve"
JOINED_AFTER = re.compile(r"(?: ?[+&] ?|/)([A-Za-z][a-z]{2,})(?![\w'’-])")
JOINED_BEFORE = re.compile(r"(?<![\w'’/-])([A-Za-z][a-z]{2,})(?: ?[+&] ?|/)\Z")
# a capitalised first name after "and" after a capitalised name: "Storm and Blaze"
AND_AFTER = re.compile(r" and ([A-Z][a-z]{2,})(?![\w'’-]| [A-Z])")
AND_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z]{2,}) and $")
# the same in lower case, only before what a pair of people do: "jack and poppy seen together"
LOWER_AND_AFTER = re.compile(r" and ([a-z]{3,})(?![\w'’-])")
LOWER_AND_BEFORE = re.compile(r"(?<![\w'’-])([a-z]{3,}) and $")
PAIR_ENDS = re.compile(r"(?: [-–]|[,;:]|\.(?!\w)| \()")
PAIR_ACTS = re.compile(r" (?:both |were |are )?(?:seen|present|asleep|playing|said|say|told|went|came|arrived|attended)\b"
                       r"| are (?:at|with|staying|both|still) ")   # "grace and frank are at my sisters"


def sentence_start(text: str, i: int) -> bool:
    """Nothing but space after a sentence's end before ``i`` ("Hope and Faith are values")."""
    j = i
    while j and text[j - 1] == " ":
        j -= 1
    return j == 0 or text[j - 1] in ".!?\n\x00:"


# a list in brackets: "pengelly x3 (ruby, alfie, mason)"
BRACKET_LIST = re.compile(r"\(([^()\n]{3,80})\)")
LIST_ITEM = re.compile(r"(?<![\w'’-])([A-Za-z][a-z]{2,})(?![\w'’-])\s*(?:,|&|\+|\band\b|$)")


def joined_names(text: str, names: list[Span], lex: Lexicon) -> list[Span]:
    """The word-names joined by "+" or "&" to a name already found, in any case, or listed with
    one in brackets."""
    out = _bracket_list_names(text, names, lex) if "(" in text and "," in text else []
    joined = "+" in text or "&" in text or "/" in text   # "staff: Mandy/Jas"
    if not joined and " and " not in text:
        return out
    for s, e in names:
        if text[s:s + 1].isupper():
            # "Mum, Storm and Blaze present", "I live with Gill and Martin": capitals on both
            for m in (AND_AFTER.match(text, e), AND_BEFORE.search(text, max(0, s - 18), s)):
                c = lex.classes.get(m.group(1).lower(), 0) if m else 0
                if c & FIRSTS and not c & (VOCAB | ROLE | TITLE | CAL) and not lex.is_abbreviation(m.group(1)) \
                        and not (m.re is AND_BEFORE and sentence_start(text, m.start(1))):
                    out.append(m.span(1))
        elif text[s:e].islower() and " and " in text:
            # "jack and poppy seen": in lower case, when the pair then does what only people do
            for m, end in ((LOWER_AND_BEFORE.search(text, max(0, s - 18), s), e), (LOWER_AND_AFTER.match(text, e), None)):
                if not m:
                    continue
                after = end if end is not None else m.end()
                # (or, when the name found is no English word, the pair's clause ends: "jack and finley - anon caller")
                if m.group(1) != text[s:e] and (PAIR_ACTS.match(text, after) or PAIR_ENDS.match(text, after)
                                                      and text[s:e] not in lex.words):
                    c = lex.classes.get(m.group(1), 0)
                    if c & FIRSTS and not c & (VOCAB | ROLE | TITLE | CAL | DET) and not lex.is_abbreviation(m.group(1)):
                        out.append(m.span(1))
        if not joined:
            continue
        for m in (JOINED_AFTER.match(text, e), JOINED_BEFORE.search(text, max(0, s - 20), s)):
            if m:
                c = lex.classes.get(m.group(1).lower(), 0)
                # "summer + rhys", "may & kian": a season's or a month's name joined to a name is one too
                if (c & FIRSTS or c & CAL) and not c & (VOCAB | ROLE | TITLE) and not lex.is_abbreviation(m.group(1)):
                    out.append(m.span(1))
    return out


# a first name joined to another by a hyphen, in lower case: "jack-henry", "summer-rae";
# read from each hyphen (a regex over the whole text, starting with a lookbehind, was slow)
# capitalised words before a hyphen and a name that make a thing, not a name ("Anti-Rose")
HYPHEN_NOT_FIRST = frozenset("anti non pro ex post pre mid co self".split())
HYPHEN_PAIR = re.compile(r"([a-z]{2,}|[A-Z][a-z]+)-([a-z]{2,}|[A-Z][a-z]+)(?![\w-]|['’](?!s\b))")


def hyphened_names(text: str, lex: Lexicon) -> list[Span]:
    """Double first names in lower case: both halves on a first-name list, or one a month or a
    season ("jack-henry", "lily-rose", "summer-rae"; not "will-power", "rose-gold", "may-june")."""
    out = []
    i = text.find("-")
    while i >= 0:
        j = i
        while j and "a" <= text[j - 1] <= "z":
            j -= 1
        if j and "A" <= text[j - 1] <= "Z" and text[i + 1:i + 2].isupper():
            j -= 1   # "Summer-Rose", "Lily-Mae": both halves capitalised
        if i - j >= 2 and not _glued_before(text, j):
            m = HYPHEN_PAIR.match(text, j)
            if m and m.end(1) == i:
                a, b = m.group(1).lower(), m.group(2).lower()
                if m.group(1).islower() != m.group(2).islower():
                    i = text.find("-", i + 1)
                    continue   # "Mid-year", "Anti-social": one case on both sides
                ca, cb = lex.classes.get(a, 0), lex.classes.get(b, 0)
                if ca & (FIRSTS | CAL) and cb & (FIRSTS | CAL) and (ca | cb) & FIRSTS and not (ca | cb) & (VOCAB | ROLE | TITLE):
                    out.append(m.span())
                elif m.group(1)[0].isupper() and m.group(2)[0].isupper() and cb & FIRSTS and ca & VOCAB \
                        and not (ca | cb) & (ROLE | TITLE) and a not in HYPHEN_NOT_FIRST:
                    out.append(m.span())   # "Gypsy-Rose": a word of the vocabulary and a name, both capitalised
                elif ca & (SURNAME | SURNAME_AMB | FIRSTS) and cb & (SURNAME | SURNAME_AMB | FIRSTS) and a not in lex.words \
                        and b not in lex.words and not (ca | cb) & (VOCAB | ROLE | TITLE):
                    out.append(m.span())   # a double-barrelled surname: "(vaughan-rees)", "Okafor-Brown"
        i = text.find("-", i + 1)
    if "-" in text:
        # (not a range of grades or bands: "grades A-C 5 subjects")
        out += [m.span() for m in INITIALS_PAIR.finditer(text) if not (m.group() < "H" and m.group()[2] < "H")]
    return out


# a child known by two initials and a hyphen, then an age or a verb of speech: "T-J 14 -
# alcohol", "T-J said he was at a party"
INITIALS_PAIR = re.compile(r"(?<![\w&/-])[A-Z]-[A-Z](?![\w&/-])(?= (?:\d{1,2}(?![\d/:.])|said|says|told|tells)\b)")


def _glued_before(text: str, j: int) -> bool:
    """A word goes on before ``j``: a letter, a digit, "_" or "-", or an apostrophe inside a word."""
    if not j:
        return False
    ch = text[j - 1]
    return ch.isalnum() or ch in "_-" or (ch in "'’" and j >= 2 and text[j - 2].isalnum())


# a word-name in brackets after a word of kin or a carer's role: "grandad (frank)", "fc (rose)";
# read from each "(" holding one lower-case word
ONE_IN_BRACKETS = re.compile(r"\(([a-z][a-z'’-]{2,})(?: [a-z]\.?)?\)")   # (and an initial: "mum (faith o.)")
KIN_BEFORE_BRACKET = re.compile(
    r"(?<![\w'’-])" + _KIN_ALT[:-3] + r"|fc|carers?|foster carers?|sgo carers?)\s?$")


def bracketed_names(low: str, lex: Lexicon) -> list[Span]:
    out = []
    i = low.find("(")
    while i >= 0:
        m = ONE_IN_BRACKETS.match(low, i)
        if m and KIN_BEFORE_BRACKET.search(low, max(0, i - 24), i):
            c = lex.classes.get(m.group(1), 0)
            if c & FIRSTS and not c & (VOCAB | ROLE | TITLE) and not lex.is_abbreviation(m.group(1)):
                out.append(m.span(1))
        i = low.find("(", i + 1)
    return out


def _bracket_list_names(text: str, names: list[Span], lex: Lexicon) -> list[Span]:
    out = []
    for m in BRACKET_LIST.finditer(text):
        s, e = m.span(1)
        if "," not in m.group(1) or not any(s <= ns < e for ns, _ in names):
            continue
        for item in LIST_ITEM.finditer(text, s, e):
            c = lex.classes.get(item.group(1).lower(), 0)
            if c & FIRSTS and not c & (VOCAB | ROLE | TITLE) and not lex.is_abbreviation(item.group(1)):
                out.append(item.span(1))
    return out


def titled_initials(text: str, caps: list, lex: Lexicon) -> list[Span]:
    """"Ms D. Achterberg", "Mr H. Oduya", "Sgt. P. J. Lomax": a title, initials with full stops
    and a surname. The full stop after an initial reads like a sentence's end, so the surname
    would otherwise open a "sentence" that the rules leave alone. Read from the capitalised
    tokens: a one-letter token with a full stop after a title."""
    out = []
    n = len(caps)
    for k, cap in enumerate(caps):
        if len(cap.base) != 1 or text[cap.end:cap.end + 1] != "." or not k:
            continue
        title = caps[k - 1]
        gap = text[title.end:cap.start]
        if gap not in (" ", ". ") or not lex.classes.get(title.base.lower(), 0) & TITLE:
            continue
        j = k
        while j + 1 < n and len(caps[j].base) == 1 and text[caps[j].end:caps[j + 1].start] in (". ", "."):
            j += 1
        last = caps[j]
        low = last.base.lower()
        c = lex.classes.get(low, 0)
        # "Mr A. Then the meeting ...": an anonymised "Mr A." and a new sentence's English word
        if j > k and len(last.base) > 1 and not c & (ROLE | TITLE | VOCAB) and (c & NAME or low not in lex.words):
            out.append((cap.start, last.end))
    return out


# a first name and one capital initial: "Subject: Amir K - placement", "Jayden W."
FIRST_AND_INITIAL = re.compile(r"(?<![\w'’-])([A-Z][a-z]{2,12}) ([B-HJ-Z])\.?(?![\w'’&/-])")
# the same read from the initial (a space, then a capital: a literal the engine skips to), then
# the first name before it
INITIAL_AFTER_SPACE = re.compile(r" [B-HJ-Z]\.?(?![\w'’&/-])")
FIRST_BEFORE_INITIAL = re.compile(r"(?<![\w'’-])([A-Z][a-z]{2,12})$")


def first_and_initial(text: str, lex: Lexicon) -> list[Span]:
    """A first name, even one that is an English word, then a capital initial for the surname
    ("Amir K", "Precious O"); not an anonymised letter alone ("Child A") nor the pronoun "I"."""
    out = []
    for i in INITIAL_AFTER_SPACE.finditer(text):
        m = FIRST_BEFORE_INITIAL.search(text, max(0, i.start() - 13), i.start())
        if not m:
            continue
        c = lex.classes.get(m.group(1).lower(), 0)
        if c & FIRSTS and not c & (ROLE | VOCAB | TITLE | DET | CAL) and m.group(1).lower() not in MODALS_AND_AUX:
            out.append((m.start(), i.end()))
    return out


def aged_and_kin_named(text: str, low: str, words: set[str], lex: Lexicon) -> list[Span]:
    """A capitalised word before an age in brackets ("Sterling (9) was excluded") and one after
    a word of kin used as a title ("Uncle Tee", "Nanny Dot"): a person, even an English word,
    unless a role, a place, a count's noun or an abbreviation. Read from each " (" and each
    word of kin."""
    out = []
    if " (" in text:
        for a in AGE_BRACKET.finditer(text):
            m = CAP_BEFORE.search(text, max(0, a.start() - 24), a.start())
            if not m:
                continue
            tok = m.group(1)
            w = tok.lower()
            if prev_word(low, m.start())[0] in ARTICLES:
                continue   # "The Justice (2) count": a thing counted
            if not _not_named(w, tok, lex) and w not in COUNT_NOUNS \
                    and (lex.classes.get(w, 0) & NAME or w not in lex.words):   # not "Dogs (2)", "Eldest (15)"
                out.append(m.span(1))
    # a word-name in lower case before a school year: "lily yr8 showed", "hope (yr 10)"
    for m in around(text, low, WORDNAME_YEAR, (" yr", " (yr", " year ", " (year"), 16, 12):
        w = m.group(1)
        if lex.classes.get(w, 0) & FIRSTS and not lex.classes.get(w, 0) & (ROLE | DET | TITLE) and w not in lex.calendar:
            out.append(m.span(1))
    for _, e, _ in occurrences(low, KIN_TITLES.intersection(words)):
        m = CAP_AFTER.match(text, e + 1) if text[e:e + 1] == " " else None
        if m and not _not_named(m.group(1).lower(), m.group(1), lex):
            out.append(m.span(1))
    return out


def _not_named(low: str, tok: str, lex: Lexicon) -> bool:
    return bool(lex.classes.get(low, 0) & (ROLE | DET | TITLE)) or lex.is_abbreviation(tok) or low in lex.calendar \
        or low in lex.towns or low in lex.word_towns or low in lex.known_places \
        or "-" in low and all(p in lex.calendar or p in DAYS_SHORT for p in low.split("-"))   # "paternal aunt Thu-Fri"


DAYS_SHORT = frozenset("mon tue tues wed weds thu thur thurs fri sat sun".split())


AGE_BRACKET = re.compile(r" \((?:\d{1,2}(?: ?(?:y|yr|yrs|yo|years?|m|mo|mths?|months?|wks?|weeks?))?\)|(?:[Yy]r|[Yy]ear|Y) ?\d{1,2}\b)")
ARTICLES = frozenset("the a an each every this these those".split())
WORDNAME_YEAR = re.compile(r"(?<![\w'’-])([a-z]{3,12}) \(?(?:yr|year) ?\d{1,2}\b")
CAP_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+(?:-[A-Z]?[a-z]+)?)$")
CAP_AFTER = re.compile(r"([A-Z][a-z]+(?:-[A-Z]?[a-z]+)?)(?![\w])")
# words of kin written as a title before a name: "Uncle Tee", "Nanny Dot", "anti Bet"
KIN_TITLES = frozenset("uncle aunt auntie aunty anti nanny nana nanna nan grandad granda grandpa grandma granny gran "
                       "cousin".split())
# nouns counted in brackets: "Year (9)", "Room (4)"
COUNT_NOUNS = frozenset("year years room rooms ward page level step stage class group table figure item question "
                        "section standard week weeks day days session sessions visit visits point points score "
                        "total count number no".split())


# words that take a capital letter after them as a question or a list: "Will I", "May B"
MODALS_AND_AUX = frozenset("will may can must might shall".split())


# a worker's login, an initial and a surname with a dot: "Worker: j.bainbridge"
LOGIN = re.compile(r"(?<![\w.@/:-])([a-z])\.([a-z]{3,16})(?![\w.@/-])")
LOGIN_TAIL = re.compile(r"\.[a-z]{3,16}(?![\w.@/-])")   # (read from the dot: a literal the engine skips to)
# initials after a word of naming: "Jermaine (aka JJ)", "known as KD"
AKA_ANCHORS = ("aka ", "a.k.a", "known as ", "nicknamed ", "call himself ", "call herself ", "calls himself ",
               "calls herself ")
AKA_INITIALS = re.compile(r"\b(?:aka|a\.k\.a\.?|known as|nicknamed|calls? (?:him|her)self) ['‘\"“]?([A-Z]{2,3})(?![\w])")


def logins_and_initials(text: str, lex: Lexicon) -> list[Span]:
    """A login made of an initial and a surname no English word ("j.bainbridge"), and
    initials after "aka" ("Jermaine (aka JJ)")."""
    out = []
    if "." in text:
        for d in LOGIN_TAIL.finditer(text):
            m = LOGIN.match(text, d.start() - 1) if d.start() else None
            if not m:
                continue
            w = m.group(2)
            if w not in lex.words and not lex.is_abbreviation(w) or lex.classes.get(w, 0) & (SURNAME | SURNAME_AMB):
                out.append(m.span())
    for m in around(text, text.lower(), AKA_INITIALS, AKA_ANCHORS, 0) if "a" in text else ():
        if not lex.is_abbreviation(m.group(1)):
            out.append(m.span(1))
    return out


# children listed with their ages after a label: "Children: Rojhat 10, Hevi 7"
CHILDREN_AGED = re.compile(r"\b(?:[Cc]hildren|[Kk]ids|[Cc]hn|[Ss]ibs|[Ss]iblings)\s*[:-]\s*"
                           r"((?:[A-Z][a-z'’-]+,? \d{1,2}(?:,| and| &)? ?){1,8})")
CHILDREN_ANCHORS = ("children", "kids", "chn", "sibs", "siblings")
CHILD_AGED = re.compile(r"([A-Z][a-z'’-]+),? \d{1,2}\b")


def children_listed(text: str, lex: Lexicon) -> list[Span]:
    """Each capitalised word with an age in a list of children after its label."""
    out = []
    if ":" not in text and "-" not in text:
        return out
    for m in around(text, text.lower(), CHILDREN_AGED, CHILDREN_ANCHORS, 0, 240):
        for c in CHILD_AGED.finditer(text, m.start(1), m.end(1)):
            if not lex.classes.get(c.group(1).lower(), 0) & (ROLE | TITLE | DET | CAL):
                out.append(c.span(1))
    return out

