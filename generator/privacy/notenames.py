"""Names in the shapes hurried notes give them, where the word alone says nothing:

- a capitalised nickname in quotes after a word of a person or a message's sender: "dad's mate
  'Smudge' staying over", "msg from 'Big Tone' to yp", "a man the staff know only as "Big Tel"",
  "an adult male she called "Tiny""; and any quoted "Big", "Lil" or "Little" with a capitalised
  word or a letter ("'Big Tone'", "'Big T'");
- "big" or "lil" and a single letter: "big j and kai made me hold it";
- who a message or voicemail says it is from: "hi its stace the nursery rang", "ye alright,
  its big al", '"frank here, just want u to know'; a quoted house: 'stopped at "shez's"';
- the children named in a bracket or after a colon: "children (destiny, storm)", "kids: lily,
  poppy + jack.";
- a name before a bracket of its role, diagnosis or nickname: "gift (yp, 15)", "precious (sg)",
  "Amber (ASD)", "Sunny (a nickname his mum gave him)"; a nickname before "aka" and a name;
- a first name and a capitalised word before a date of birth: "Re: Terry Slack DOB 03/07/1988",
  "| Amber Wood | DOB";
- a role's abbreviation, a first name and a deed: "sw will visited", "hv dawn rang", "sw will
  covering"; a worker's field and an initial with a surname: "Key worker: J Firth";
- a family by its surname: "fam: Quispe", "sw feeling stuck w/ wragg family".

Never a role, a title, a determiner or a month ("its mum", "children (both)", "sw may need").
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from .lexicon import CAL, DET, FIRSTS, PERSON_NOUN, ROLE, TITLE, VOCAB, Lexicon
from .tokens import around

Span = tuple[int, int]
NOT_NAMING = ROLE | TITLE | DET | CAL

# a capitalised nickname in quotes: one or two words, or "Big"/"Lil"/"Little"/"Young" and one
# (after "Big" a letter alone too: "partner 'Big T'")
# (and a letter, a hyphen and a capitalised word: "a man she knew as "J-Money"")
QUOTED_CAP = re.compile(r"['‘\"“]((?:(Big|Lil|Little|Young) )(?:[A-Z](?=['’\"”])|[A-Z][a-z'’-]{1,14}(?: [A-Z][a-z'’-]{1,14})?)"
                        r"|[A-Z](?:[a-z'’-]{1,14}|-[A-Z][a-z'’]{1,12})(?: [A-Z][a-z'’-]{1,14})?)['’\"”]")
# between one quoted nickname and the next: "goes by 'Mo' or 'Moey'"
ANOTHER_QUOTED = re.compile(r" (?:or|and|&|\+) ")
# the words of a person or a sender just before it (lower-cased text)
QUOTED_AFTER = re.compile(
    r"(?:\b(?:mate|mates|pal|friend|flatmate|associate|associates|male|males|man|men|lad|lads|guy|bloke|boyfriend|bf|gf|girlfriend|"
    r"(?P<naming>aka|a\.k\.a\.?|nicknamed|known(?: only| locally)? as|know (?:him |her |them )?(?:only )?as)|"
    r"(?:msg|message|txt|text|snap|snapchat|dm|vm|voicemail|call)s? from|"
    # kin by a nickname: "his older cousin, 'Smokey', collects him"; and "goes by 'Mo'"
    r"cousin|uncle|brother|sister|bro|sis|(?P<goes>goes by|go by|going by)|"
    # names a child gave, and what she calls someone: "names given: 'Saj'", 'refers to older male as "G-Man"'
    r"names? given:?|refer(?:s|red)? to (?:(?:an?|the|one|older|younger|adult|other) )*"
    r"(?:male|man|female|woman|lad|boy|girl|him|her|them|adult|person|guy|bloke) as|"
    # a person and what the child called them: "an adult male she called "Tiny""
    r"(?:man|male|lad|boy|guy|bloke|woman|girl|female|adult|friend|someone|person) (?:she|he|they|yp) (?:only )?"
    r"(?:called|calls|knew as|knows as|referred to as))),? $")
# "big j", "lil t": a size and a single letter, a nickname in any case
SIZE_LETTER = re.compile(r"(?<![\w'’-])(?i:big|lil|little) (?![aiAI]\b)[a-zA-Z](?![\w'’-])")   # (not "big I will")
# who a message says it is from, at the message's start
ITS_FROM = re.compile(r"(?:^|(?<=[\n\x00'‘\"“]))(?i:(?:hi|hiya|hey|hello|alright|ye alright|ey up|ay up|morning|evening)[,!.]? )?"
                      r"(?i:it'?s|it’s|its|this is) ((?i:big |lil |little )?[A-Za-z][a-z'’-]+)\b")
# what follows a name that is also a word, when a message says who it is from
ITS_NAME_AFTER = re.compile(r"(?:[,.!]|['’]s\b| (?:mum|mam|dad|nan|here)\b)")
# the children named in a bracket after their word
CHILDREN_BRACKET = re.compile(r"\b(?i:children|kids|sibs|siblings|boys|girls|twins|cyp) \(([A-Za-z][a-z'’-]+"
                              r"(?:(?:, ?| ?[&+/] ?| and )[A-Za-z][a-z'’-]+){1,5})\)")
# or after their word and a colon, to the clause's end: "kids: lily, poppy + jack. next rcpc"
CHILDREN_COLON = re.compile(r"\b(?i:children|kids|sibs|siblings|cyp): ([A-Za-z][a-z'’-]+"
                            r"(?:(?:, ?| ?[&+/] ?| and )[A-Za-z][a-z'’-]+){1,5})(?=[.;\n\x00]|$)")
ITEM = re.compile(r"[A-Za-z][a-z'’-]+")
# a name before the bracket of its role: "gift (yp, 15)", "precious (sg) called"
ROLE_AFTER = re.compile(r"(?<![\w'’-])([A-Za-z][a-z'’-]{1,14}[a-z]) \((?i:yp|cyp|sg|sgo|sgo carer|fc|carer|kinship carer|mgm|pgm|mgf|"
                        r"pgf|sib|sibling|bro|sis|cousin|aunt|auntie|uncle|nan|gran|grandad|"
                        # or of a child's diagnosis or plan: "3 kids inc. Amber (ASD)"
                        r"asd|asc|adhd|sen|send|ehcp|semh|pmld|sld|mld)(?:, ?\d{1,2}(?: ?(?:y|yo|yrs?))?)?\)")
# a first name and a capitalised word right before a date of birth: "Re: Terry Slack DOB 03/07/1988"
# (or in a pasted row's cell before the cell of the birth: "CP-N | Amber Wood | DOB 06/11/2012")
FULL_BEFORE_DOB = re.compile(r"(?<![\w'’-])([A-Z][a-z]{1,14}) ([A-Z][a-z'’-]{1,20})(?:,? \(?| \| )(?:DOB|dob|D\.O\.B|d\.o\.b|born|b\.)(?![\w])")
# a role's abbreviation, a first name and a deed: "sw will visited", "hv dawn rang"
# (or "will" and a doing, which no modal "will" is followed by: "sw will covering"; not "sw chase housing")
ROLE_NAME_DEED = re.compile(r"(?<![\w'’-])(?i:sw|ssw|hv|tm|iro|dsl|fsw|kw|ewo|pc|dc) "
                            r"([a-z]{2,12}(?= (?:[a-z]{3,}ed|said|rang|saw|spoke|went|came|met|called|left|told|took|brought)\b)"
                            r"|will(?= (?!being\b)[a-z]{3,}ing\b))")
# a worker's field, then an initial and a surname ending the field: "Key worker: J Firth"
WORKER_INITIAL = re.compile(r"(?<![\w'’-])(?i:key ?worker|worker|sw|social worker|tm|iro|pa|dsl|hv|senco|teacher|chair|"
                            r"allocated worker|practitioner|officer|manager|supervisor) ?: ?([A-Z]\.? ?[A-Z][a-z'’-]{2,20})"
                            r"(?=\s*(?:$|[\n\x00|,;)]))")
# a family known by its surname in lower case: "sw feeling stuck w/ wragg family", "disc bubba fam"
LOWER_FAMILY = re.compile(r"\b(?:w/|with|re|disc|the|for) ([a-z]{3,20}) (?:family|fam|household|sibs|siblings|children|kids)\b")
# a name before a bracket that says it is a nickname: "Sunny (a nickname his mum gave him)"
NICKNAME_BRACKET = re.compile(r"(?<![\w'’-])([A-Za-z][a-z'’-]{1,14}) \((?:a |his |her |their )?(?:nick-?name|pet name)\b")
# a nickname before "aka" and the name: "Smokey aka Kyrell Thompson", "'Smokey' aka Kyrell"
BEFORE_AKA = re.compile(r"(?<![\w'’-])['‘\"“]?([A-Z][a-z'’-]{2,14})['’\"”]? (?:aka|a\.k\.a\.?|AKA) ['‘\"“]?[A-Z]")
# a family's name after its label: "fam: Quispe", "Family - Nowak"
FAMILY_LABEL = re.compile(r"(?<![\w'’-])(?i:fam|family|surname|family name) ?[:=–-] ?([A-Za-z][a-z'’-]{2,20})(?![\w'’-])")
# who a message came from, then its time or the number it came from: "txt from will 23:47:",
# "text from sum (07700 900347) 01:12"
MSG_FROM = re.compile(r"\b(?:txt|text|msg|message|sms|whatsapp|vm|voicemail|snap|dm)s? (?:rec['’]?d |received )?from "
                      r"([a-z][a-z'’-]{1,14}) (?=\(0\d|\d{1,2}[:.]\d\d\b)")
MSG_ANCHORS = (" from ",)
# a worker by her role, her first name and her surname's initial, in lower case: "sw grace o,",
# "fsw (precious t)"
ROLE_INITIAL = re.compile(r"\b(?:sw|fsw|tm|hv|iro|dsl|pa|sm|ssw|asw|yot|yos|fc|ew|ewo|idva|isva|cpn|psw)\s+\(?"
                          r"([a-z][a-z'’-]{2,14} [a-z])(?=[),.;:]|\s[-–]|$)")
ROLE_INITIAL_ANCHORS = ("sw ", "fsw ", "tm ", "hv ", "iro ", "dsl ", "pa ", "sm ", "yot ", "yos ", "fc ", "ewo ", "idva ",
                        "isva ", "cpn ", "psw ", "sw (", "fsw (", "tm (", "hv (", "iro (", "dsl (", "pa (", "fc (")
# a form's name field, its colon often lost when pasted: "surname GRABOWSKA / first name Zofia"
NAME_FIELD = re.compile(r"(?<![\w'’-])(?i:surname|last name|forename|first name|given name|family name) ?[:=]? ?"
                        r"([A-Z][A-Za-z'’-]{1,20})(?![\w'’-])")
MSG_NOT_SENDERS = frozenset("school college nursery work police hospital housing unknown withheld private number same "
                            "yp cyp child young him her them home".split())
NAME_FIELD_ANCHORS = ("surname", "last name", "forename", "first name", "given name", "family name")
NOT_FIELD_VALUES = frozenset("unknown not tbc tba none withheld redacted removed given n/a na nk blank missing and or".split())
# a message that says who it is from: '"frank here, just want u to know'
HERE_FROM = re.compile(r"(?:^|(?<=[\n\x00'‘\"“]))([A-Za-z][a-z'’-]{1,14}) here[,.!]")
# a quoted possessive for someone's house: 'stopped at "shez's"'
QUOTED_HOUSE = re.compile(r"\b(?i:at|to|from|round) ['‘\"“]([a-z][a-z]{2,14})['’]s['’\"”]")


# the literals the patterns hold, lower case, which ``find`` reads around
SIZE_ANCHORS = ("big ", "lil ", "little ")
ITS_ANCHORS = ("it's ", "its ", "it’s ", "this is ")
CHILDREN_ANCHORS = tuple(w + " (" for w in ("children", "kids", "sibs", "siblings", "boys", "girls", "twins", "cyp"))
CHILDREN_COLON_ANCHORS = tuple(w + ": " for w in ("children", "kids", "sibs", "siblings", "cyp"))
DOB_ANCHORS = ("dob", "d.o.b", "born", "b.")
DEED_ANCHORS = tuple(w + " " for w in ("sw", "ssw", "hv", "tm", "iro", "dsl", "fsw", "kw", "ewo", "pc", "dc"))
WORKER_ANCHORS = (": ", ":")
FAMILY_WORD_ANCHORS = (" family", " fam", " household", " sibs", " siblings", " children", " kids")
NICK_ANCHORS = (" (a nick", " (nick", " (his nick", " (her nick", " (their nick", " (pet name", " (a pet name")
AKA_ANCHORS = (" aka ", " a.k.a")
FAMILY_ANCHORS = ("fam:", "fam -", "fam =", "family:", "family -", "family –", "family =", "surname:", "family name:")
HERE_ANCHORS = (" here,", " here.", " here!")
HOUSE_ANCHORS = ("s\"", "s'", "s’", "s”")


class NoteNameFinder:
    def __init__(self, lex: Lexicon, chains: frozenset[str] = frozenset(), known: frozenset[str] = frozenset()) -> None:
        self.lex = lex
        self.chains = chains   # shops and chains named with an 's ("nando's"): no one's house
        self.known = known     # the sector's and notes' words no dictionary has ("bubba", "nfa")

    def _naming(self, word: str) -> bool:
        """A word that may be a person's name: a first name, or a word no list knows; never a
        role, title, determiner, month or the sector's abbreviation."""
        low = word.lower()
        c = self.lex.classes.get(low, 0)
        if c & NOT_NAMING or self.lex.is_abbreviation(word) or self.lex.is_abbreviation(word.upper()):
            return False
        return bool(c & FIRSTS) or low not in self.lex.words and not c & VOCAB

    def find(self, text: str, low: str) -> Iterator[Span]:
        lex = self.lex
        last_end = -1   # where the last nickname found ends: the next after "or" is hers too ("'Mo' or 'Moey'")
        for m in QUOTED_CAP.finditer(text):
            words = m.group(1).split()
            if any(lex.classes.get(w.lower(), 0) & NOT_NAMING for w in words):
                continue
            if m.group(2):   # "'Big Tone'" (not "'Young Carers'": a plural English word)
                last = words[-1].lower()
                if not (last.endswith("s") and last in lex.words):
                    last_end = m.end()
                    yield m.span(1)
            elif last_end >= 0 and ANOTHER_QUOTED.fullmatch(text, last_end, m.start()) and not lex.is_abbreviation(words[0]):
                last_end = m.end()
                yield m.span(1)
            else:
                cue = QUOTED_AFTER.search(low, max(0, m.start() - 32), m.start())
                # after a person's word any word is the person's nickname ("his mate 'Sticks'"); after
                # "known as" only a name or a word no list knows ("a programme known as 'Brighter'")
                if cue and not lex.is_abbreviation(words[0]) and not (
                        (cue.group("naming") or cue.group("goes")) and len(words) == 1 and not self._naming(words[0])):
                    last_end = m.end()
                    yield m.span(1)
        # each pattern read around the literal it holds (``tokens.around``): a pattern that opens
        # on a lookbehind or a word would try every character of every text
        for m in around(text, low, SIZE_LETTER, SIZE_ANCHORS, 0, 10):
            yield m.span()
        for m in around(text, low, ITS_FROM, ITS_ANCHORS, 16, 40):
            who = m.group(1)
            if len(who.split()) == 2 or self._naming(who) and lex.classes.get(who.lower(), 0) & FIRSTS and (
                    who.lower() not in lex.words or ITS_NAME_AFTER.match(text, m.end(1))):
                yield m.span(1)   # (an English word only as a message's signature: not "it's miles from")
        if "(" in text:
            for m in around(text, low, CHILDREN_BRACKET, CHILDREN_ANCHORS, 0, 120):
                items = list(ITEM.finditer(m.group(1)))
                if all(self._naming(i.group()) and i.group().lower() != "and" for i in items):
                    for i in items:
                        yield m.start(1) + i.start(), m.start(1) + i.end()
        if ": " in text:
            for m in around(text, low, CHILDREN_COLON, CHILDREN_COLON_ANCHORS, 0, 120):
                items = list(ITEM.finditer(m.group(1)))
                if all(self._naming(i.group()) and i.group().lower() != "and" for i in items):
                    for i in items:
                        yield m.start(1) + i.start(), m.start(1) + i.end()
        if "(" in text:
            for m in around(text, low, ROLE_AFTER, (" (",), 17, 30):
                if self._naming(m.group(1)):
                    yield m.span(1)
        for m in around(text, low, FULL_BEFORE_DOB, DOB_ANCHORS, 40, 8):
            c = lex.classes.get(m.group(1).lower(), 0)
            # (in a row's cell a colour's name is a first name too: "| Amber Wood | DOB")
            not_naming = NOT_NAMING & ~CAL if " | " in m.group() else NOT_NAMING
            if c & FIRSTS and not c & not_naming and not lex.classes.get(m.group(2).lower(), 0) & NOT_NAMING:
                yield m.start(1), m.end(2)
        for m in around(text, low, ROLE_NAME_DEED, DEED_ANCHORS, 0, 40):
            if lex.classes.get(m.group(1), 0) & FIRSTS and not lex.classes.get(m.group(1), 0) & NOT_NAMING:
                yield m.span(1)
        if ":" in text:
            for m in around(text, low, WORKER_INITIAL, WORKER_ANCHORS, 20, 30):
                last = m.group(1).split()[-1].lstrip(".")
                if not lex.classes.get(last.lower(), 0) & (NOT_NAMING | VOCAB) and not lex.is_abbreviation(last):
                    yield m.span(1)
        for m in around(text, low, LOWER_FAMILY, FAMILY_WORD_ANCHORS, 30, 4):
            w = m.group(1)   # a word no list knows: "w/ wragg family", not "with foster family" or "the whole family"
            if text[m.start(1):m.end(1)] == w and w not in lex.words and w not in self.known \
                    and not lex.classes.get(w, 0) & (NOT_NAMING | VOCAB | PERSON_NOUN) and not lex.is_abbreviation(w.upper()):
                yield m.span(1)
        if "(" in text:
            for m in around(text, low, NICKNAME_BRACKET, NICK_ANCHORS, 16, 24):
                if not lex.classes.get(m.group(1).lower(), 0) & (NOT_NAMING | PERSON_NOUN | VOCAB):
                    yield m.span(1)
        for m in around(text, low, BEFORE_AKA, AKA_ANCHORS, 20, 12):
            if not lex.classes.get(m.group(1).lower(), 0) & (NOT_NAMING | PERSON_NOUN | VOCAB) \
                    and not lex.is_abbreviation(m.group(1)):
                yield m.span(1)
        for m in around(text, low, FAMILY_LABEL, FAMILY_ANCHORS, 0, 40):
            w = m.group(1).lower()   # a word no list knows: "fam: Quispe", not "Family: Roma" or "family - complex"
            if w not in lex.words and w not in lex.known_places and not lex.classes.get(w, 0) & (NOT_NAMING | VOCAB) \
                    and not lex.is_abbreviation(m.group(1)) and not lex.is_abbreviation(m.group(1).upper()):
                yield m.span(1)
        for m in around(text, low, MSG_FROM, MSG_ANCHORS, 24, 24):
            w = m.group(1)
            c = lex.classes.get(w, 0)
            # a first name, or a word no list knows shaped like one ("ictg", "sch": a team's letters)
            if not c & (NOT_NAMING | VOCAB | PERSON_NOUN) and w not in lex.place_generic and not lex.is_abbreviation(w.upper()) \
                    and w not in MSG_NOT_SENDERS and (c & FIRSTS or w not in lex.words and w not in self.known
                                                      and len(w) >= 3 and any(ch in "aeiouy" for ch in w[1:])):
                yield m.span(1)
        for m in around(text, low, ROLE_INITIAL, ROLE_INITIAL_ANCHORS, 0, 30):
            first = m.group(1).split()[0]
            c = lex.classes.get(first, 0)
            if text[m.start(1):m.end(1)].islower() and c & FIRSTS and not c & NOT_NAMING:
                yield m.span(1)
        for m in around(text, low, NAME_FIELD, NAME_FIELD_ANCHORS, 0, 36):
            w = m.group(1)
            if w.lower() not in NOT_FIELD_VALUES and not lex.classes.get(w.lower(), 0) & NOT_NAMING \
                    and not lex.is_abbreviation(w):
                yield m.span(1)
        for m in around(text, low, HERE_FROM, HERE_ANCHORS, 16, 8):
            c = lex.classes.get(m.group(1).lower(), 0)
            if c & FIRSTS and not c & (NOT_NAMING | PERSON_NOUN):
                yield m.span(1)
        for m in around(text, low, QUOTED_HOUSE, HOUSE_ANCHORS, 24, 4):
            w = m.group(1)   # a word no list knows: "at "shez's"", not "at "mum's"" or "to "nando's""
            if w not in lex.words and not lex.classes.get(w, 0) & (NOT_NAMING | PERSON_NOUN | VOCAB) \
                    and w not in self.chains and not lex.is_abbreviation(w.upper()):
                yield m.span(1)
