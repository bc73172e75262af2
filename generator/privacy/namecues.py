"""Names told by how a sentence speaks of them, even names that are English words.

Each cue below says a person is named, so the word it points at is a name whatever the word:

- a word of naming and a comma, a colon or "is": "the baby's name, Amen, and", "her first name,
  Biddy,", "real first name is Holly" (capitalised only: "name: redacted" stays a word);
- "call(s) her", "call him" and a capitalised word: "family call her Hols" ("call her back" has
  no capital);
- an age just before: "14yo Amber intox", "a 15 year old Summer";
- a note's first word, an age and what befell the person: "faith 15 missing since last night";
- a first name, a comma and who the person is: "Grace, Child A's older sister (15), has",
  "Grace, the supported lodgings provider, keeps";
- a first name that "is a friend", "is her cousin": "Summer is a friend from her old class";
- a message's sender at a note's start: "Sunny txt: ...", "jade rang:";
- a direct payment's personal assistant: "PA Summer doing 10 hrs/wk";
- a friend named ("My best friend is Amber", "a friend called storm"), a greeting in a message
  ("hi sunny its me"), a school year after a name ("jack - y10 -"), "Ana and her mother" at a
  sentence's start, and an Irish surname in lower case ("sister o'brien");
- a police note's person in brackets ("male (mark) removed"), whose kin a person is ("mother
  of princess"), and a quoted name "as the family call him".

The word pointed at never is a role, a title, a determiner or an abbreviation ("Name: Child A",
"SW txt:", "name, DOB and address"), so the cues add names without adding roles.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from .lexicon import CAL, DET, FIRSTS, NAME, PERSON_NOUN, ROLE, TITLE, VOCAB, Lexicon
from .tokens import around, prev_word
from .wordnames import MODALS

Span = tuple[int, int]

NAMING = re.compile(r"\b(?:(?:first|real|given|full|middle|chosen|preferred|birth|actual|new|nick)\s?)?names?"
                    r"(?:\s?/\s?pronouns)?(?:\s+(?:is|was|as))?\s*[,:]?\s+['‘\"“]?([A-Z][a-z’'-]{1,20})(?![\w’'-])")
# the same in lower case, only a first name or a word-name: "pt gave name as grace"
NAME_AS_LOWER = re.compile(r"\bname(?:['’]s| (?:as|is|was|=)) ['‘\"“]?([a-z][a-z'’-]{2,15})(?![\w'’-])")
# a name given in quotes, in lower case: "gave name 'ryan smith', later id'd as ..."
NAME_QUOTED_LOWER = re.compile(r"\bname\s?:?\s?['‘\"“]([a-z][a-z'’-]{1,15}(?: [a-z][a-z'’-]{1,15})?)['’\"”]")
# a case system's field of the name a child goes by: "Surname: DOBSON Preferred: Telle"
PREFERRED_FIELD = re.compile(r"\b(?i:preferred|pref|known as|aka)\s?:\s?['‘\"“]?([A-Z][a-z’'-]{1,20})(?![\w’'-])")
NOT_NAME_PREFERENCES = frozenset("lang language languages contact comms communication method gender pronoun pronouns "
                                  "religion time day days food diet placement school".split())
CALL_HER = re.compile(r"\b(?:call|calls|called|calling)\s+(?:her|him|them|me|us)\s+['‘\"“]?([A-Z][a-z’'-]{1,20})(?![\w’'-])")
AGE_BEFORE = re.compile(r"(?<![\w/.:-])\d{1,2}\s?(?:yo|y/o|yrs? old|years? old|year-old)\s+([A-Za-z][a-z’'-]{2,20})(?![\w’'-])",
                        re.IGNORECASE)
NOTE_AGE_EVENT = re.compile(r"(?:^|(?<=[\n\x00])|(?<=[\n\x00:;•–-] )|(?<=[.!?] ))([A-Za-z][a-z]{2,12}) \d{1,2} "
                            r"(?:missing|mispers?|reported|arrested|found|located|returned|absconded|disclosed|said|"
                            r"excluded|admitted|overdosed|self-harmed|attended|seen|picked up|stopped|rang|called|phoned|"
                            r"texted|presented|disclosed)\b")
# ", Child A's older sister (15),", ", the supported lodgings provider,", ", her cousin,"
APPOSITION = re.compile(r"([A-Z][a-z]{2,15}), (?:Child [A-Z]['’]s|the|his|her|their|[a-z]+['’]s|[A-Z]{2,3}['’]s) "
                        r"(?:[a-z-]+ ){0,3}?([a-z-]+)(?= ?[,(])")
IS_KIN = re.compile(r"(?:^|(?<=[.!?\"”:–-] )|(?<=[\n\x00]))([A-Z][a-z]{2,15}) (?:is|was) (?:a|an|the|her|his|their|Child [A-Z]['’]s|[a-z]+['’]s) "
                    r"(?:(?:close|good|best|old|older|younger|new|school|family|little|big|half|step|maternal|paternal)[ -])?"
                    r"(friend|mate|neighbour|cousin|sister|brother|aunt|auntie|aunty|uncle|nan|gran|grandmother|grandfather|"
                    r"girlfriend|boyfriend|partner|carer|childminder|grandad|grandma|granddad)\b")
# a friend named: "My best friend is Amber", "her boyfriend's name is Kai", "a friend called storm"
FRIEND_IS = re.compile(r"\b(?:friend|mate|bestie|bff|boyfriend|girlfriend|bf|gf|partner)(?:['’]s name)? "
                       r"(?:is|was|called|named|=) ['‘\"“]?([A-Za-z][a-z-]{2,15}(?:['’][a-z]+)?)(?![\w-])")
# a greeting to a person in a message: "hi sunny its me", "Dear Kayden,"
GREETING = re.compile(r"(?:^|(?<=[\n\x00'‘\"“(])|(?<=[:\-–] ))(?:hi|hiya|hey|dear|morning|evening|thanks|cheers|ta|love you|miss you) "
                      r"([A-Za-z][a-z'’-]{2,15})(?=[ ,!.?x]|$)", re.IGNORECASE)
NOT_GREETED = frozenset("all there everyone everybody team guys both again lovely love babe hun hunny mate sir madam promise "
                        "you u ya ye yous its it i im this that so for just again again back very much mum dad nan "
                        "darling sweetheart young".split())
# a name before a school year: "jack - y10 - excluded", "lily, yr 8,"
NAME_YEAR = re.compile(r"(?<![\w'’-])([A-Za-z][a-z]{2,12})(?: ?[-–,(] ?(?i:y|yr|year) ?| (?:Y|Yr) ?)\d{1,2}\b")   # ("Precious Y2", "Sunny - Y9")
# a county line named for its runner, in lower case: 'intel "the rocco line" runs from'
LINE_NAMED = re.compile(r"\bthe ([a-z]{3,12}) (?:line|ting|line's|lines)\b(?= runs| run| is| was| from| operat|['’\"”]| into| to)")
# a person a young person names by what others call him: 'man called ezza gave me the ting'
CALLED_PERSON = re.compile(r"\b(?:man|male|lad|boy|girl|woman|guy|bloke|someone|somebody|person|geezer|kid|fella|"
                           r"older male|older lad|older boy|adult male|female) (?:called|named|known as) ([a-z][a-z'’-]{2,15})(?![\w'’-])")
# the respondent of a care case's title: "Wirral BC v Hennessy & anr", "Somerset Council v Dunn & Ors"
CASE_TITLE = re.compile(r"\b(?:Council|[A-Z]{0,4}C|Borough|County|Authority|LA) v\.? ([A-Z][a-z'’-]+|[A-Z]{3,}"
                        r"|[^\W\d_]+(?= & [^\W\d_]))"   # (in lower case before "&": "LA v lakatoš & horváth")
                        r"(?= (?:&|and) (?:anr|another|ors|others|Anr|Ors)\b|[ ,;)&]|$)")
# a family on a conference's list by its surname in capitals and how many: "RCPC list - WILDE x3: Kayden"
SURNAME_TIMES = re.compile(r"(?<![\w'’-])([A-Z]{3,}(?:-[A-Z]{3,})?) x\d{1,2}\b")
# a family by its surname, a word no list knows: "'Kotlár children not in", "the Oyelaran kids"
SURNAME_FAMILY = re.compile(r"(?<![\w-])(?<!\w['’])([A-Z][^\W\d_]{2,20}) (?:children|kids|family|household|boys|girls|siblings|twins)\b")
# a caller's subject: "just ringing about Summer, she's not in again today"
RINGING_ABOUT = re.compile(r"\b(?:ringing|calling|phoning|rang|called|emailing|texting) (?:about|re|regarding) ([A-Z][a-z]{2,15})(?=[,.;]| (?:she|he|they|is|has|was|again|not)\b)")
# an audit's turn to one child at a sentence's start: "For Ocean the risk is clearly ...", "For Grace, the plan"
FOR_CHILD = re.compile(r"(?:^|(?<=[.!?:] )|(?<=[\n\x00]))For ([A-Z][a-z]{2,15})(?:,? the | this | these | there | it | he | she |, )")
# a name and "and her mother" at a sentence's start: "Ana and her mother arrived"
AND_KIN = re.compile(r"(?:^|(?<=[.!?:] )|(?<=[\n\x00]))([A-Z][a-z]{2,15}) and (?:her|his|their) (?:mother|father|mum|dad|"
                     r"sister|brother|sisters|brothers|siblings|nan|gran|grandmother|grandfather|aunt|uncle|carer|carers)\b")
# an Irish surname in lower case: "sister o'brien" (not "o'clock")
O_SURNAME = re.compile(r"(?<![\w'’-])o['’](?!clock)([a-z]{3,12})(?![\w'’-])")
# a worker's name in brackets after the role: "KW (brogan) rptd", "SW (Sophie) visited"
ROLE_BRACKET = re.compile(r"(?<![\w/])(?i:sw|ssw|kw|fsw|tm|atm|iro|hv|dsl|yw|pw|fc|f/c|carer|keyworker|key worker|worker|"
                          r"tutor|teacher|mentor|chair|nurse|pa|sgo carer|sg) ?\(([A-Za-z][a-z'’-]{2,15})\)")
# a police note's person and the name in brackets: "male (mark) removed, female (shannon)"
POLICE_PERSON_BRACKET = re.compile(r"\b(?i:male|female|victim|suspect|driver|passenger|occupant|caller|informant|"
                                   r"aggrieved|ip|mop|youth|juvenile) \(([A-Za-z][a-z'’]{2,15})\)")
# whose parent or kin a person is: "its maricel mother of princess", "father of jayden"
KIN_OF = re.compile(r"\b(?:mother|mum|mam|father|dad|carer|sister|brother|nan|gran|aunt|auntie|uncle|grandmother|"
                    r"grandfather) of ([A-Za-z][a-z'’-]{2,15})(?![\w'’-])")
# a quoted name and how a family calls it: '"Sunny", as the family call him'
AS_CALLED = re.compile(r"['‘\"“]([A-Z][a-z'’-]{1,15})['’\"”],? as (?:the family|they|mum|dad|everyone|staff|friends|"
                       r"(?:his|her|their) [a-z]+) calls? (?:him|her|them)\b")
# a caller naming themselves: "hiya it's Debs from Hareclive Academy", "this is jo from the nursery"
CALLER = re.compile(r"\b(?:it['’]?s|it is|this is) ([A-Za-z][a-z'’-]{2,15}) (?:from|at|@|here from) ")
# a message's sign-off, a name and its kisses at the message's end: 'dont tell him pls. jade x"'
SIGN_OFF = re.compile(r"(?:^|(?<=[\n\x00'‘\"“])|(?<=[.!,] )|(?<=\blove )|(?<=\bluv )|(?<=\bfrom ))([A-Za-z][a-z'’-]{2,15}) x{1,4}"
                      r"(?=\s*[\"”'’]|\s*$|\s*[\n\x00])")
# a nickname in quotes with the person it is: 'w/ "Skinny J"', 'known as "Little Man"' (a capital initial or a name in it)
QUOTED_NICK = re.compile(r"(?:\bw/|\bwith|\baka|\bknown as|\bcalled) [\"“]([A-Z][A-Za-z'’-]*(?: [A-Z][A-Za-z'’-]*)?)[\"”]")
# two people in single quotes, as police and young people name them: "with 'Kez' and 'Biggs'"
# (or double ones: 'went with "Rico" and "Smurf"')
QUOTED_PAIR = re.compile(r"(?:\bw/|\bwith) ['‘\"“]([A-Z][A-Za-z-]{1,15}(?: [A-Z][A-Za-z-]{1,15})?)['’\"”] (?:and|&|\+|n) "
                         r"['‘\"“]([A-Z][A-Za-z-]{1,15}(?: [A-Z][A-Za-z-]{1,15})?)['’\"”]")
QUOTED_PAIR_ANCHORS = ("with '", "w/ '", 'with "', 'w/ "', "with ‘", "w/ ‘", "with “", "w/ “")
# a person told or given something, then her own: "u tell summer her mum loves her", "ask jean if"
TOLD_NAME = re.compile(r"\b(?:tell|told|telling|ask|asked|give|gave|show|showed|remind|reminded) ([a-z][a-z'’-]{2,15}) "
                       r"(?:her|his|that|if|i|im|i['’]m|ive|i['’]ve|we|its|it['’]s|hes|he['’]s|shes|she['’]s|happy|sorry|thanks)\b")
TOLD_ANCHORS = ("tell", "told", "ask", "gave", "give", "show", "remind")
# a quoted word a person goes by, then "nickname": "worry re 'Tiny' nickname + new trainers"
NICKNAMED = re.compile(r"['‘\"“]([A-Z][A-Za-z'’-]{1,15}(?: [A-Z][A-Za-z'’-]{0,15})?)['’\"”] (?:(?:as (?:a|his|her) )?(?:nickname|nick name|street name))\b")
# police intelligence's people, each in quotes: "linked nominals: 'spider', 'tommo'", "known assoc: 'kai' (19)"
NOMINALS = re.compile(r"\b(?:nominals?|associates?|assocs?|known assoc\w*|linked (?:to|with)|associating with)\b")
QUOTED_WORDS = re.compile(r"['‘\"“]([A-Za-z][A-Za-z'’-]{1,15}(?: [A-Za-z][A-Za-z-]{0,15})?)['’\"”]")
CLAUSE_END = re.compile(r"[.;!?\n\x00]( |$)|[\n\x00]")
# a role's initials, a name in lower case and a colon: a speaker of minutes ("TM frank: case drifting")
ROLE_SPEAKER = re.compile(r"([A-Z](?<![\w/][A-Z])[A-Z]{1,3}) ([a-z][a-z'’-]{2,15}):")   # (the lookbehind after the first letter: re's fast scan)
# two children seen, both word-names in lower case: "home visit - seen justice & miracle"
SEEN_PAIR = re.compile(r"\b(?:seen|saw|spoke to|spoke w/?|visited) ([a-z]{3,15}) (?:&|\+|and) ([a-z]{3,15})\b")
# a direct payment's personal assistant ("PA" is no role word: "Bright Futures PA Services", "AA (PA)")
PA_NAMED = re.compile(r"PA ([A-Z][a-z]{2,15})(?= [a-z]|[,.;:]|$)")
SENDER = re.compile(r"(?:^|(?<=[\n\x00]))([A-Za-z][a-z]{2,12}) (?:txt|txts|text|texted|msg|message|whatsapp|wa|rang|called|"
                    r"phoned|emailed|voicemail|vm)\s?:")
# who the person of an apposition is (its last word)
WHO = frozenset("sister brother sib sibling cousin aunt auntie aunty uncle nan nana nanna gran grandmother grandfather "
                "grandma grandad mum mother dad father stepdad stepmum partner boyfriend girlfriend friend neighbour "
                "carer provider childminder daughter son niece nephew godmother godfather ex".split())
# what a word of naming may be followed by that is no name
NOT_A_NAME = frozenset("redacted withheld unknown not none removed anonymised anonymized tbc tba n/a change changed "
                       "and or of the for on in to "
                       # what a family calls its own: 'He calls her "Mama"'
                       "mama mamma mammy mummy mommy mom papa pops daddy nana nanna nanny nan gran granny grandma "
                       "grandad grampa babcia dziadek nani dadi ammi abba baba aunty auntie bro sis".split())

# the literals each pattern holds, which ``find`` reads around
AGE_ANCHORS = ("yo ", "y/o", "yr old", "yrs old", "year old", "years old", "year-old")
EVENT_ANCHORS = tuple(" " + w for w in ("missing", "misper", "reported", "arrested", "found", "located", "returned",
                                         "absconded", "disclosed", "said", "excluded", "admitted", "overdosed",
                                         "self-harmed", "attended", "seen", "picked up", "stopped", "rang", "called",
                                         "phoned", "texted", "presented"))
FRIEND_ANCHORS = ("friend", "mate", "bestie", "bff", "boyfriend", "girlfriend", "bf ", "gf ", "partner")
GREETING_ANCHORS = ("hi ", "hiya ", "hey ", "dear ", "morning ", "evening ", "thanks ", "cheers ", "ta ", "love you ",
                    "miss you ")
YEAR_ANCHORS = ("- y", "-y", "– y", ", y", ",y", "(y", "( y", " yr") + tuple(f" y{d}" for d in range(10))
KIN_OF_ANCHORS = tuple(w + " of " for w in ("mother", "mum", "mam", "father", "dad", "carer", "sister", "brother", "nan",
                                            "gran", "aunt", "auntie", "uncle", "grandmother", "grandfather"))
SENDER_ANCHORS = tuple(" " + w for w in ("txt", "text", "texted", "msg", "message", "whatsapp", "wa", "rang", "called",
                                         "phoned", "emailed", "voicemail", "vm"))


class NameCues:
    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        # the names that are words, and the seasons people are named: told something, a person
        self._told_names = frozenset(w for w, c in lex.classes.items() if c & FIRSTS and not c & (VOCAB | ROLE | CAL)) \
            | frozenset({"summer", "autumn"})

    def _never(self, word: str) -> bool:
        low = word.lower().rstrip("'’")
        c = self.lex.classes.get(low, 0)
        return bool(c & (ROLE | TITLE | DET | PERSON_NOUN)) or low in NOT_A_NAME or self.lex.is_abbreviation(word) \
            or word.islower() and self.lex.is_abbreviation(word.upper())

    def _first(self, word: str) -> bool:
        """A first name or a word-name (incl. months and seasons), or a word no English list knows."""
        low = word.lower()
        return bool(self.lex.classes.get(low, 0) & (FIRSTS | NAME | CAL)) or low not in self.lex.words

    def _pet_form(self, low: str) -> bool:
        """A first name's pet form with an "s" ("debs", "jules", "nats"), though a dictionary holds the word."""
        return len(low) >= 4 and low.endswith("s") and bool(self.lex.classes.get(low[:-1], 0) & FIRSTS) \
            and not self.lex.classes.get(low[:-1], 0) & VOCAB

    def find(self, text: str, low: str) -> Iterator[Span]:
        # each pattern is read around the literal it holds (``tokens.around``): a regex that opens
        # on a word or a lookbehind would try every character of every text
        classes, words = self.lex.classes, self.lex.words
        if "name" in low:
            for m in around(text, low, NAMING, ("name",), 40, 60):
                if not self._never(m.group(1)):
                    yield m.span(1)
        if "pref" in low or "known as" in low or "aka" in low:
            for m in around(text, low, PREFERRED_FIELD, ("pref", "known as", "aka"), 0, 40):
                w = m.group(1)
                if prev_word(low, m.start())[0] in NOT_NAME_PREFERENCES:
                    continue   # "Lang pref: Cymraeg", "contact pref: Email"
                if not self._never(w) and (classes.get(w.lower(), 0) & FIRSTS or w.lower() not in words):   # not "Preferred: Email"
                    yield m.span(1)
        if "name" in low:
            for m in around(text, low, NAME_QUOTED_LOWER, ("name",), 0, 44):
                first = m.group(1).split()[0]
                if not any(self._never(w) for w in m.group(1).split()) and first not in MODALS and (
                        classes.get(first, 0) & FIRSTS or first not in words):
                    yield m.span(1)
            for m in around(text, low, NAME_AS_LOWER, ("name ", "name's ", "name’s "), 0, 40):
                w = m.group(1).rstrip("'’")
                quoted = text[m.start(1) - 1:m.start(1)] in ("'", "‘", '"', "“")
                if not self._never(w) and (classes.get(w, 0) & (FIRSTS | CAL) or quoted and w not in words) and w not in MODALS:
                    yield m.start(1), m.start(1) + len(w)   # (a quoted word no list knows: "his real name is 'kay-dee'")
        if "call" in low:
            for m in around(text, low, CALL_HER, ("call",), 0, 40):
                if not self._never(m.group(1)):
                    yield m.span(1)
            for m in around(text, low, AS_CALLED, (" as ",), 24, 50):
                if not self._never(m.group(1)):
                    yield m.span(1)
        for m in around(text, low, AGE_BEFORE, AGE_ANCHORS, 6, 30):
            w = m.group(1)
            if not self._never(w) and (classes.get(w.lower(), 0) & (FIRSTS | CAL) or w[0].isupper() and w.lower() not in words):
                yield m.span(1)
        for m in around(text, low, NOTE_AGE_EVENT, EVENT_ANCHORS, 22, 24):
            w = m.group(1)
            if not self._never(w) and classes.get(w.lower(), 0) & FIRSTS:
                yield m.span(1)
        if ", " in text:
            for m in APPOSITION.finditer(text):
                w = m.group(1)
                if m.group(2) in WHO and not self._never(w) and self._first(w):
                    yield m.span(1)
        for m in around(text, low, IS_KIN, (" is ", " was "), 18, 60):
            if not self._never(m.group(1)) and self._first(m.group(1)):
                yield m.span(1)
        for m in around(text, low, FRIEND_IS, FRIEND_ANCHORS, 0, 50):
            w = m.group(1)
            if not self._never(w) and w.lower() not in MODALS and (
                    classes.get(w.lower(), 0) & (FIRSTS | CAL) or w[0].isupper() and w.lower() not in words):
                yield m.span(1)
        for m in around(text, low, GREETING, GREETING_ANCHORS, 0, 30):
            w = m.group(1)
            c = classes.get(w.lower(), 0)
            if w.lower() not in NOT_GREETED and w.lower() not in MODALS and not self._never(w) and c & (FIRSTS | CAL) \
                    and not c & VOCAB:
                yield m.span(1)
        for m in around(text, low, NAME_YEAR, YEAR_ANCHORS, 16, 12):
            w = m.group(1)
            c = classes.get(w.lower(), 0)
            if not self._never(w) and c & FIRSTS and not c & VOCAB and w.lower() not in MODALS:
                yield m.span(1)
        if " line" in low:
            for m in around(text, low, LINE_NAMED, (" line",), 20, 12):
                w = m.group(1)
                c = classes.get(w, 0)
                if not self._never(w) and not c & (VOCAB | CAL) and (c & FIRSTS or w not in words):
                    yield m.span(1)   # (not "the bus line", "the phone line": English words)
        if " called " in low or " named " in low or " known as " in low:
            for m in around(text, low, CALLED_PERSON, (" called ", " named ", " known as "), 20, 20):
                w = m.group(1).rstrip("'’")
                c = classes.get(w, 0)
                if not self._never(w) and w not in MODALS and not c & VOCAB and (c & FIRSTS or w not in words):
                    yield m.start(1), m.start(1) + len(w)
        if " v " in text or " v. " in text:
            for m in around(text, text, CASE_TITLE, (" v ", " v. "), 16, 30):
                if not self._never(m.group(1)):
                    yield m.span(1)
        if " x" in text:
            for m in around(text, text, SURNAME_TIMES, (" x",), 24, 4):
                w = m.group(1)
                if not self.lex.is_abbreviation(w) and not classes.get(w.lower(), 0) & (VOCAB | ROLE) and not self._never(w) \
                        and (classes.get(w.lower(), 0) & NAME or len(w) >= 4 and w.lower() not in words
                             and any(v in w for v in "AEIOU") and text[m.end():m.end() + 1] == ":"):   # not "DNA x3", "CAWN x2 served"
                    yield m.span(1)
        for m in around(text, low, SURNAME_FAMILY, (" children", " kids", " family", " household", " boys", " girls",
                                                    " siblings", " twins"), 24, 12):
            w = m.group(1).lower()
            if m.group(1).isupper():
                continue   # "ARAP family reunion": a scheme's initials
            if w not in words and not classes.get(w, 0) & (VOCAB | ROLE | TITLE | DET | CAL) and w not in self.lex.known_places \
                    and w not in self.lex.towns and not self.lex.is_abbreviation(m.group(1)) and not self._never(m.group(1)):
                yield m.span(1)
        for m in around(text, low, RINGING_ABOUT, (" about ", " re ", " regarding "), 16, 24):
            w = m.group(1)
            c = classes.get(w.lower(), 0)
            if not self._never(w) and w.lower() not in MODALS and (c & (FIRSTS | CAL) or w.lower() not in words) and not c & VOCAB:
                yield m.span(1)
        if "For " in text:
            for m in around(text, text, FOR_CHILD, ("For ",), 0, 40):
                w = m.group(1)
                c = classes.get(w.lower(), 0)
                if not self._never(w) and c & FIRSTS and not c & (VOCAB | CAL) and w.lower() not in MODALS:
                    yield m.span(1)
        for m in around(text, low, AND_KIN, (" and her ", " and his ", " and their "), 18, 30):
            w = m.group(1)
            if not self._never(w) and self._first(w) and not classes.get(w, 0) & VOCAB and not classes.get(w.lower(), 0) & VOCAB:
                yield m.span(1)
        for m in around(text, low, O_SURNAME, ("o'", "o’"), 0, 20):
            yield m.start(), m.end()
        if "(" in text:
            for m in around(text, low, ROLE_BRACKET, ("(",), 16, 20):
                w = m.group(1)
                c = classes.get(w.lower(), 0)
                if not self._never(w) and w.lower() not in MODALS and w.lower() not in self.lex.known_places and (
                        c & (FIRSTS | CAL) or len(w) >= 4 and w.lower() not in words):   # not "worker (ews)"
                    yield m.span(1)
            for m in around(text, low, POLICE_PERSON_BRACKET, ("(",), 14, 20):
                w = m.group(1)
                c = classes.get(w.lower(), 0)
                if not self._never(w) and w.lower() not in self.lex.known_places and (
                        c & (FIRSTS | CAL) or len(w) >= 4 and w.lower() not in words):
                    yield m.span(1)
        if " of " in text:
            for m in around(text, low, KIN_OF, KIN_OF_ANCHORS, 0, 40):
                w = m.group(1)
                c = classes.get(w.lower(), 0)
                if not self._never(w) and w.lower() not in MODALS and c & (FIRSTS | CAL) and not c & VOCAB \
                        and w.lower() not in self.lex.calendar:
                    yield m.span(1)
        for m in around(text, low, CALLER, ("it's ", "its ", "it’s ", "it is ", "this is "), 0, 50):
            w = m.group(1)
            c = classes.get(w.lower(), 0)
            if not self._never(w) and w.lower() not in MODALS and not c & (VOCAB | CAL) and (
                    c & FIRSTS and (w[0].isupper() or w not in words)   # not "it's miles from me mates"
                    or w[0].isupper() and (w.lower() not in words or self._pet_form(w.lower()))):
                yield m.span(1)
        for m in around(text, low, TOLD_NAME, TOLD_ANCHORS, 0, 40):
            w = m.group(1)
            c = classes.get(w, 0)
            if not self._never(w) and w not in MODALS and (c & (FIRSTS | CAL) and w in self._told_names or
                                                           c & FIRSTS and w not in words):
                yield m.span(1)
        for a in ("nominal", "assoc", "linked to", "linked with"):
            i = low.find(a)
            while i >= 0:
                m = NOMINALS.match(low, i)
                if m:
                    end = CLAUSE_END.search(text, m.end(), m.end() + 100)
                    for q in QUOTED_WORDS.finditer(text, m.end(), end.start() if end else min(len(text), m.end() + 100)):
                        if prev_word(low, q.start())[0] in ("a", "an", "the", "their", "his", "her"):
                            continue   # "linked to a 'line' running from the city": a thing
                        if not any(self._never(w) for w in q.group(1).split()):
                            yield q.span(1)
                i = low.find(a, i + len(a))
        for m in around(text, low, SEEN_PAIR, ("seen ", "saw ", "spoke ", "visited "), 0, 50):
            pair = (m.group(1), m.group(2))
            if all(classes.get(w, 0) & (FIRSTS | CAL) and not classes.get(w, 0) & (ROLE | VOCAB) and w not in MODALS
                   and not self._never(w) for w in pair):
                yield m.span(1)
                yield m.span(2)
        if ":" in text:
            for m in ROLE_SPEAKER.finditer(text):
                w = m.group(2)
                c = classes.get(w, 0)
                if classes.get(m.group(1).lower(), 0) & ROLE and c & FIRSTS and not c & (ROLE | VOCAB | CAL) \
                        and w not in MODALS:
                    yield m.span(2)
        for m in around(text, low, SIGN_OFF, (" x",), 18, 8):
            w = m.group(1)
            c = classes.get(w.lower(), 0)
            if not self._never(w) and w.lower() not in MODALS and c & FIRSTS and not c & VOCAB \
                    and w.lower() not in NOT_GREETED:
                yield m.span(1)
        if '"' in text or "“" in text:
            for m in around(text, low, QUOTED_NICK, ('"', "“"), 12, 40):
                parts = m.group(1).split()
                if any(self._never(p) for p in parts):
                    continue
                if any(len(p) == 1 for p in parts) or any(
                        classes.get(p.lower(), 0) & FIRSTS and not classes.get(p.lower(), 0) & VOCAB for p in parts):
                    yield m.span(1)
        if "' " in text or '" ' in text or "’ " in text or "” " in text:
            for m in around(text, low, QUOTED_PAIR, QUOTED_PAIR_ANCHORS, 0, 50):
                for g in (1, 2):
                    if not self._never(m.group(g)):
                        yield m.span(g)
        if "nickname" in low or "street name" in low:
            for m in around(text, low, NICKNAMED, ("nickname", "street name"), 24, 14):
                if not any(self._never(p) for p in m.group(1).split()):
                    yield m.span(1)   # "worry re 'Tiny' nickname": whatever the word, a person's
        i = text.find("PA ")
        while i >= 0:
            m = PA_NAMED.match(text, i) if not i or not text[i - 1].isalnum() else None
            if m:
                w = m.group(1)
                if not self._never(w) and (classes.get(w.lower(), 0) & (FIRSTS | CAL) or w.lower() not in words):
                    yield m.span(1)
            i = text.find("PA ", i + 3)
        if ":" in text:
            for m in around(text, low, SENDER, SENDER_ANCHORS, 14, 20):
                w = m.group(1)
                if not self._never(w) and (classes.get(w.lower(), 0) & FIRSTS or w.lower() not in words):
                    yield m.span(1)
