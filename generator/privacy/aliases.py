"""Names a person goes by other than a written name: handles, initials and nicknames.

- A social media handle after a word of accounts: "paid £150 to account 'ella.x.09'", "an
  Instagram account, lily.m.xo,". A lower-case run of letters and digits joined by dots or
  underscores; file names, web addresses and "e.g." are not handles.
- Initials standing for a person: "A.M. was seen by the GP" (dotted, before a verb or an
  's), "DP (aged 15)", "JT, 14," (capitals before an age, on no list of abbreviations);
  once such initials name someone, every other "DP" / "DP's" in the text is them.
- Nicknames after "nickname": "by nickname only ('Smokey', 'Lil T')"; one word in quotes after
  "known as", "aka", "w/" or "man called": "one known as \"Tricky\"", "contact w/ \"Smurf\"".
- A house known by its owner's nickname: "said he'd been at Sparky's."
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from .lexicon import CAL, DET, FIRST, FIRSTS, PERSON_NOUN, ROLE, TITLE, VOCAB, Lexicon
from .slots import MODALS
from .tokens import Cap, around, next_word, prev_word

HANDLE_CUES = frozenset("account accounts handle handles username usernames user profile instagram insta snapchat snap "
                        "tiktok facebook twitter whatsapp telegram gamertag".split())
HANDLE = re.compile(r"(?<![\w@./\\-])([a-z][a-z0-9]*(?:[._][a-z0-9]+)+)(?![\w@/\\-]|\.[a-z0-9])")
HANDLE_JOIN = re.compile(r"[._](?=[a-z0-9])")
HANDLE_RUN = frozenset("abcdefghijklmnopqrstuvwxyz0123456789._")


def _handles(text: str) -> Iterator[re.Match]:
    """``HANDLE``'s matches, read from each "." or "_" before a letter or digit (a charset
    the regex engine skips to fast): a handle can only start where its run of lower-case
    letters, digits, dots and underscores starts."""
    last = 0
    for d in HANDLE_JOIN.finditer(text):
        i = d.start()
        if i < last or not i or text[i - 1] not in HANDLE_RUN:
            continue
        j = i
        while j and text[j - 1] in HANDLE_RUN:
            j -= 1
        m = HANDLE.match(text, j)
        if m:
            last = m.end()
            yield m
        else:
            last = i + 1
HANDLE_CUE_BEFORE = re.compile(
    r"\b(?:account|accounts|handle|handles|username|usernames|user\s*name|profile|instagram|insta|snapchat|snap|"
    r"tiktok|facebook|twitter|whatsapp|telegram|gamertag)\b[^.;\n]{0,24}$", re.IGNORECASE)
NOT_HANDLE_END = frozenset("com uk org net gov nhs co io docx doc pdf jpg jpeg png xls xlsx txt csv ppt pptx msg eml "
                           "zip mp4 mov html htm".split())
DOTTED = re.compile(r"(?<![\w.])[A-Z]\.\s?[A-Z]\.(?=\s+(?:was|were|is|has|had|said|says|told|tells|reported|disclosed|"
                    r"attended|went|lives|lived|stated|did|does|would|will|can|could|came|left|returned|and)\b|['’]s\s)")
# "G.P.", "U.K.", "N.B.": an abbreviation written with dots, no person
DOTTED_ABBR = frozenset("GP UK US EU UN NB PS DC PC DS DI QC KC MP HM".split())
TIME_BEFORE = re.compile(r"\d\s*$")
INITIALS_AGE = re.compile(r"(?<![\w.&/-])([A-Z]{2,3})(?=\s*\((?:aged?\s*)?\d{1,2}(?:\s*(?:yrs?|years?|y/?o))?\)|,\s*(?:aged\s+)?\d{1,2},)")
# initials where a name stands: in brackets after a word of the child ("yp (DJ)", "Child B (KM)"),
# in a pasted field ("Child: A.K. (f)", "Worker: SM"), or before 's and a person's thing ("JJ's voice")
# (each read from its rarer end, the bracket or the colon, then the word before it: a regex
# that starts with the words runs over every character of a record)
INITIALS_BRACKET = re.compile(r"\(([A-Z]{2,3}|[a-z]{2})\)")
BRACKET_OWNER = re.compile(r"\b(?:yp|YP|child|Child|baby|Baby|sibling|Sibling|person)(?: [A-Z1-9])? ?$")
INITIALS_FIELD = re.compile(r":\s?([A-Z]\.\s?[A-Z]\.(?:\s?[A-Z]\.)?|[A-Z]{2,3}(?![\w.&/-]))")
FIELD_OWNER = re.compile(r"\b(?:Child|CHILD|Subject|Worker|Name|NAME|Mother|Father|Carer|YP|yp|child)\s?$")
NICK_CUE = re.compile(r"\bnick-?names?\b[^.;\n]{0,24}?(?=['‘\"“])", re.IGNORECASE)
# a name in quotes after "known as", "aka", "w/", "nominal", "messages from" or "called" after a
# word of a person: "one known as \"Tricky\"", "contact w/ \"Smurf\"", "known nominal \"Smiley\"",
# "messages from \"Big Man T\"", "the man called \"T-Bone\"" (not "a programme
# called 'Caring Dads'": only one word is read, and only after such a cue)
# read backwards from each quote before a capital (quotes are fewer than cue words)
ALIAS_CUE = re.compile(
    r"(?:\b(?:known(?: only| locally| to (?:him|her|them|police|the family))? as|linked to|links to|associating with|associates with|suspects?|suspected|aka|a\.k\.a\.?|goes by|nominals?|(?:messages?|texts?|msgs?) from|"
    r"calls (?:him|her|them)sel(?:f|ves))|(?<![\w/])w/|\b(?:man|male|males|men|boy|"
    r"boys|lad|lads|girl|girls|woman|women|adult|adults|friend|friends|one|guy|person|youth|dealer|someone) called)"
    r"\s*$", re.IGNORECASE)
# each cue's literal and the words of the text that can hold it
ALIAS_LITERALS = (("known", ("known",)), ("link", ("linked", "links")), ("associat", ("associating", "associates")),
                  ("suspect", ("suspect", "suspects", "suspected")), ("aka", ("aka",)), ("a.k.a", ("a.k.a",)),
                  ("goes by", ("goes",)), ("calls", ("calls",)), ("called", ("called",)), ("w/", ("w/",)),
                  ("nominal", ("nominal", "nominals")), ("from", ("from",)))
ALIAS_WORDS = frozenset("known linked links associating associates suspects suspect suspected aka goes calls called "
                        "nominal nominals from".split())
QUOTE_CAP = re.compile(r"['‘\"“](?=[A-Z])")
PERSON_BEFORE = re.compile(r"\b(?:one|man|male|males|men|boy|boys|lad|lads|girl|girls|woman|women|adult|adults|friend|"
                           r"friends|he|she|him|her|person|youth|guy|dealer|someone|older|mate|mates|contact|partner|"
                           r"boyfriend|girlfriend|ex)\b\W*$",
                           re.IGNORECASE)
# a nickname with no quotes after "aka" or "knows me as"
ALIAS_UNQUOTED = re.compile(r"\b(?:aka|a\.k\.a\.?|knows? (?:me|him|her|them) as) ([a-z][a-z'’-]{1,14}[a-z])(?![\w-]|['’]\w)")
# a nickname between a first name and a surname, and a person's description after a quoted one
QUOTED_BETWEEN_NAMES = re.compile(r"\b([A-Z][a-z]+) ['‘\"“]([A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?)['’\"”] ([A-Z][a-z]+)\b")
PERSON_DESCRIBED = re.compile(r"\s*\((?:an? )?(?:adult|older|male|female|man|woman|lad|aged?\b|\d)")
QUOTED_ONE = re.compile(r"['‘\"“]([A-Z][\w’'-]*)['’\"”]")
QUOTED = re.compile(r"\s*,?\s*(?:and\s+|or\s+)?['‘\"“]([A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?)['’\"”]")
# chains written with an 's that the shop list does not hold
CHAINS = frozenset("nando wetherspoon domino papa frankie toby harvester morrison sainsbury mcdonald wimpy "
                   "sainsbury's".split())
HOUSE_BEFORE = re.compile(r"\b(?:been|stayed|staying|stays|stay|slept|sleeping|sleeps|stopped|stopping|stops|was|were)\s+"
                          r"(?:round\s+|over\s+)?at\s+$")
HOUSE_AFTER = re.compile(r"[.,;:)!?]|\s+(?:house|flat|place|home)\b|$")


def find(text: str, low: str, words: set[str], caps: list[Cap], lex: Lexicon,
         shops: frozenset[str]) -> Iterator[tuple[int, int]]:
    """Read from the few places that can hold one: a cue word's window, or a capitalised
    token (``caps``) of one to three letters or with an 's."""
    for cue in HANDLE_CUES.intersection(words):
        i = low.find(cue)
        while i >= 0:
            for m in HANDLE.finditer(text, i + len(cue), i + len(cue) + 64):
                tok = m.group(1)
                if tok.rsplit(".", 1)[-1] in NOT_HANDLE_END or len(tok) < 5 or tok in ("e.g", "i.e", "a.m", "p.m"):
                    continue
                if HANDLE_CUE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                    yield m.span(1)
            i = low.find(cue, i + len(cue))
    named: set[str] = set()
    for cap in caps:
        n = len(cap.base)
        if n == 1:
            if text[cap.end:cap.end + 1] == "." and not cap.poss:
                m = DOTTED.match(text, cap.start)
                letters = m.group().replace(".", "").replace(" ", "") if m else ""
                if m and letters not in DOTTED_ABBR and not lex.is_abbreviation(letters) \
                        and not TIME_BEFORE.search(text, max(0, m.start() - 4), m.start()):
                    yield m.span()
        elif 2 <= n <= 3 and cap.poss and cap.base.isupper() and cap.base not in named and _initials(cap.base, lex) \
                and lex.classes.get(next_word(text, cap.end + 2)[0].lower(), 0) & PERSON_NOUN \
                and not lex.classes.get(prev_word(text, cap.start)[0].lower(), 0) & DET:
            named.add(cap.base)   # "JJ's voice is everywhere"
        elif n <= 3 and not cap.poss and cap.base.isupper() and cap.base not in named:
            tok = cap.base
            if INITIALS_AGE.match(text, cap.start) and not lex.is_abbreviation(tok) and tok.lower() not in lex.words \
                    and not lex.classes.get(tok.lower(), 0) & (ROLE | VOCAB) \
                    and not lex.classes.get(prev_word(text, cap.start)[0].lower(), 0) & DET:   # "the YP, aged 16"
                named.add(tok)
        if cap.poss and n > 2 and HOUSE_BEFORE.search(text, max(0, cap.start - 24), cap.start) \
                and HOUSE_AFTER.match(text, cap.end + 2) and cap.base[1:].islower():
            w = cap.base.lower()
            if w not in shops and w not in CHAINS and w + "s" not in shops and w not in lex.known_places \
                    and not lex.is_abbreviation(cap.base) and not lex.classes.get(w, 0) & (ROLE | PERSON_NOUN | TITLE):
                yield cap.start, cap.end   # not "staying at Dad's"
    if "(" in text:
        for m in INITIALS_BRACKET.finditer(text):
            if BRACKET_OWNER.search(text, max(0, m.start() - 12), m.start()) and _initials(m.group(1), lex):
                named.add(m.group(1))
    if ":" in text:
        for m in INITIALS_FIELD.finditer(text):
            letters = m.group(1).replace(".", "").replace(" ", "")
            if FIELD_OWNER.search(text, max(0, m.start() - 9), m.start()) and letters not in DOTTED_ABBR and _initials(letters, lex):
                if "." in m.group(1):
                    yield m.span(1)
                else:
                    named.add(letters)
    for tok in named:
        for m in re.finditer(rf"(?<![\w&/-]){tok}(?![\w&/-]|['’](?![sS]\b))", text):
            yield m.span()
    cued = not ALIAS_WORDS.isdisjoint(words) or "w/" in low
    for qs in _quotes_after_cues(text, low, words) if cued else ():
        m = ALIAS_CUE.search(text, max(0, qs - 40), qs)
        if m:
            q = QUOTED_ONE.match(text, qs)
            if not q or len(q.group(1)) < 2 or lex.classes.get(q.group(1).lower(), 0) & (ROLE | TITLE):
                continue   # (a letter alone names nobody: "known as 'T'")
            # an English word is a nickname only where a person is meant: "one known as
            # 'Tricky'", not "the programme, known as 'Brighter'"
            if q.group(1).lower() in lex.words and not m.group().lower().rstrip().endswith(
                    ("called", "linked to", "links to", "suspects", "suspect", "suspected", "nominal", "nominals", "from")) \
                    and not PERSON_BEFORE.search(text, max(0, m.start() - 30), m.start()) \
                    and not PERSON_DESCRIBED.match(text, q.end()):   # 'seen w/ "Snowy" (adult male, white van)'
                continue
            yield q.span(1)
    for m in ALIAS_UNQUOTED.finditer(low):
        w = m.group(1)
        if (w not in lex.words or lex.classes.get(w, 0) & FIRSTS) and not lex.classes.get(w, 0) & (ROLE | DET | TITLE):
            yield m.span(1)   # "gary isherwood aka gizza" (slang, but after "aka" a name), "everyone knows me as b-dog"
    for m in QUOTED_BETWEEN_NAMES.finditer(text):
        if lex.classes.get(m.group(1).lower(), 0) & FIRSTS and not lex.classes.get(m.group(3).lower(), 0) & (ROLE | VOCAB | TITLE):
            yield m.span(2)   # "Wayne 'Spider' Lovatt": a nickname between a first name and a surname
            yield m.span(3)   # and the surname, even one that is a word ('Patrick "Paddy" Ward')
    if "nick" in words or "nickname" in words or "nicknames" in words or "nicknamed" in words:
        for m in NICK_CUE.finditer(text):
            q = QUOTED.match(text, m.end())
            while q:
                if not lex.classes.get(q.group(1).split()[0].lower(), 0) & (ROLE | TITLE):
                    yield q.span(1)   # (not 'the nickname rather than "Child A"')
                q = QUOTED.match(text, q.end())


def _initials(tok: str, lex: Lexicon) -> bool:
    """Capitals that can stand for a person: on no list of abbreviations, no word, no role."""
    return not lex.is_abbreviation(tok) and not lex.is_abbreviation(tok.upper()) and tok.lower() not in lex.words \
        and not lex.classes.get(tok.lower(), 0) & (ROLE | VOCAB | TITLE)


def _quotes_after_cues(text: str, low: str, words: set[str]) -> list[int]:
    """Positions of quotes before a capital that follow a cue word within a few characters
    ("known as 'Tricky'"): read from the cue words, which are rarer than quotes."""
    out: set[int] = set()
    for lit, holders in ALIAS_LITERALS:
        if not any(h in words for h in holders) and not (lit in ("a.k.a", "w/") and lit in low):
            continue
        i = low.find(lit)
        while i >= 0:
            j = i + len(lit)
            # the first quote before a capital within a few characters: "known as 'T", "w/ \"S"
            for q in range(j, min(len(text) - 1, j + 22)):
                if text[q] in "'‘\"“" and text[q + 1].isupper():
                    out.add(q)
                    break
            i = low.find(lit, j)
    return sorted(out)


# a nickname in quotes, in lower case: "yp 'deano' arrested", "dad's gf 'kelz'", "named 'uncle
# tel'", "'big mick' owes money", "away from 'gaz'", "told his teacher that 'gaz' had hit him"
QUOTED_LOWER = re.compile(r"['‘\"“]([a-z][a-z’-]{1,11}(?: [a-z][a-z’-]{0,11})?)['’\"”](?![a-z])")
OPENING_QUOTES = "'‘\"“"
NICK_PERSON_BEFORE = frozenset(
    "yp gf bf girlfriend boyfriend partner p'ner ex mate mates friend friends cousin uncle brother sister "
    "for from named called with w/ man lad male nominal nominals flatmate associate associates peer".split())
# before these a quoted word is a nickname even when it is an English word: "known as
# 'titch'", "named as 'dibbs'", "aka 'spider'"
NICK_NAMING = re.compile(r"(?:names? given:?|known(?: only| locally)? as|goes by|named as|nicknamed|aka|a\.k\.a\.?|goes by|calls? (?:him|her|them)(?:self)?)\s*$")
# before these a quoted English word is a nickname too: "flatmate 'spider'"
NICK_STRONG_BEFORE = frozenset("nominal nominals flatmate associate associates aka "
                               "male female man lad guy bloke mate w/ with "
                               # a partner by a nickname: 'p'ner "spud" PPANI cat 2' (not by a verb: 'bf "shoves" her')
                               "partner p'ner p’ner".split())
VERB_ENDINGS = ("ed", "es", "ing")
PARTNER_WORDS = frozenset("partner p'ner p’ner".split())   # "w/ older male 'smiler'", "his mate 'hussy'"
# a list of people by its label: "friends: 'shorty', kenzie"
LISTED_PEOPLE = frozenset("friends: friend: mates: associates: peers: nominals:".split())
# a grade or a judgement quoted after "with" is the writer's word: "agree with 'inadequate'"
GRADE_WORDS = frozenset("outstanding good adequate inadequate requires weak strong poor effective ineffective "
                        "safe unsafe".split())
JUDGING = frozenset("agree agreed agrees disagree disagreed concur concurs concurred content happy satisfied "
                    "consistent sits fits align aligns along".split())
# between two quoted nicknames: "'jay' and 'mikey'"
NICK_JOINS = frozenset({"and", "&", "+", ",", "or"})
NICK_KIN_BEFORE = frozenset("dad mum nan stepdad stepmum grandad brother sister".split())
NICK_PERSON_AFTER = frozenset("had has said says was told owes hit gave sent".split())
# a word of kin or size before a name inside the quotes: "uncle tel", "big mick", "lil t"
# what a person is called fondly, or by those grooming her: no name
ENDEARMENTS = frozenset("precious princess babe baby babes darling sweetheart angel gorgeous beautiful sexy bae queen "
                        "hun hunny honey love lovely sweetie cutie pet chick doll wifey".split())
# what calls a child a slur, not a name: 'boys call him "gypo"'
INSULTS = frozenset("gypo gyppo pikey tramp smelly fatty fat skinny stupid thick weirdo freak paki nerd loser "
                    "scrounger pyro psycho snitch grass".split())
FILLED = frozenset("filled full covered packed loaded stuffed".split())
NICK_KIN = frozenset("uncle auntie aunty nan nanny grandad".split())
NICK_LEADS_LOWER = NICK_KIN | frozenset("big little lil young old".split())


def find_lower_nicknames(text: str, low: str, lex: Lexicon, known: frozenset[str]) -> Iterator[tuple[int, int]]:
    """Quoted lower-case nicknames: a word no English list knows after a word of a person (or
    before a verb of one), or a word of kin or size and a name inside the quotes. A child's own
    words in quotes ("'sound'", "'proper scary'") are English or follow no such word."""
    last = -99   # where the last nickname found ends
    for m in _quoted_lower(text):
        words = m.group(1).split()
        if NICK_NAMING.search(low, max(0, m.start() - 14), m.start()) and not any(
                lex.classes.get(w, 0) & (ROLE | DET) for w in words) \
                and not (len(words) == 1 and (lex.classes.get(words[0], 0) & VOCAB or words[0] in ENDEARMENTS
                                              or words[0] in INSULTS)):
            # ("call him 'tata'": dad; 'older lads call her "precious"': what they call her, no name)
            last = m.end()
            yield m.span(1)
            continue
        if len(words) == 2:
            lead, name = words
            named = lead in NICK_KIN or len(name) == 1 or name not in lex.words or lex.classes.get(name, 0) & FIRSTS
            if lead in NICK_LEADS_LOWER and named and not lex.classes.get(name, 0) & (ROLE | VOCAB | DET):
                last = m.end()
                yield m.span(1)
            continue
        word = words[0]
        c = lex.classes.get(word, 0)
        if len(word) < 3 or c & (ROLE | VOCAB | DET | TITLE | PERSON_NOUN) or word in PEOPLE_UNNAMED or word in DRUG_WORDS:
            continue   # ("stayed w/ 'mates', no names"; "stopped with 'blues' and cash")
        if REAL_NAME_AFTER.match(text, m.end()):
            last = m.end()
            yield m.span(1)   # "yp's friend 'shaggy' (real name unknown)"
            continue
        # (scan_many joins texts with NULs: a word never runs across one)
        before = low[max(0, m.start() - 12):m.start()].replace("\x00", " ").split()
        if before and before[-1] == "with" and len(before) > 1 and before[-2] in FILLED and word in lex.words and not c & FIRSTS:
            continue   # "the house of worries filled with 'money', 'Dad's back'": an English word quoted
        if word in known and not c & FIRSTS:   # ("dad 'billy' helps": a first name, English word or not)
            if before and (before[-1] in NICK_STRONG_BEFORE or before[-1] in LISTED_PEOPLE) and word not in GRADE_WORDS \
                    and not (before[-1] in ("with", "w/") and len(before) > 1 and before[-2] in JUDGING) \
                    and not (before[-1] in PARTNER_WORDS and word.endswith(VERB_ENDINGS)):
                last = m.end()
                yield m.span(1)   # "flatmate 'spider' says"
            continue
        after = low[m.end():m.end() + 12].replace("\x00", " ").split()
        if word in MODALS and after and after[0].isalpha() and after[0] in lex.words and after[0] not in NOT_BARE_VERBS \
                and not after[0].endswith(("s", "ed")):
            continue   # 'the plan says Dad "will" attend': the writer's stress on a verb, not 'mate "will" said'
        cue = before[-1].strip(",(:") if before else ""   # ("friends: 'shorty', kenzie")
        if cue in NICK_PERSON_BEFORE or after and after[0] in NICK_PERSON_AFTER \
                or cue in NICK_KIN_BEFORE and c & FIRSTS \
                or low[last:m.start()].strip() in NICK_JOINS \
                or c & FIRST and word not in known:   # "dad 'billy' helps", not "mum 'mardy'"
            last = m.end()
            yield m.span(1)


# a nickname's gloss: "'shaggy' (real name unknown)", "'T' (real name Tyrone)"
REAL_NAME_AFTER = re.compile(r"\s*\((?:real|actual|full|proper) name\b", re.IGNORECASE)
# people a child will not name, in quotes: "says stayed w/ 'mates'"
PEOPLE_UNNAMED = frozenset("mates mate friends friend people someone somebody family fam lads girls boys olders elders "
                           "peers them nobody".split())
# drugs as the young people name them, quoted after "with": "stopped twice with 'blues' and cash"
DRUG_WORDS = frozenset("blues bars bud weed pills tabs white brown crack ket gear spice xans xanax coke pingers grass "
                       "skunk food packs shots wraps nos balloons vapes".split())
# words that follow a name but never a modal ("'will' came round", "'may' and her mum")
NOT_BARE_VERBS = frozenset("is was are were has had and or but who then also came went got told said says".split())


def _quoted_lower(text: str) -> Iterator[re.Match[str]]:
    """``QUOTED_LOWER`` at each opening quote (not one inside a word: "mum's"), in order."""
    starts = []
    for q in OPENING_QUOTES:
        i = text.find(q)
        while i >= 0:
            if i + 1 < len(text) and "a" <= text[i + 1] <= "z" and not (i and (text[i - 1].isalnum() or text[i - 1] in "_'’")):
                starts.append(i)
            i = text.find(q, i + 1)
    last = -1
    for i in sorted(starts):
        if i < last:
            continue
        m = QUOTED_LOWER.match(text, i)
        if m:
            last = m.end()
            yield m


def find_numbered_handles(text: str) -> Iterator[tuple[str, int, int]]:
    """"yp2 t.bagz23", "lists the child as \"kaydz_x0\"": a lower-case run of letters and digits
    joined by dots or underscores, holding a digit and three letters or more, with letters in
    its last part, is a handle wherever it stands (no file name, web address, version or
    "s.47"). Read before the scanner parts words at "_"."""
    if "." not in text and "_" not in text:
        return
    for m in _handles(text):
        tok = m.group(1)
        if tok.rsplit(".", 1)[-1] in NOT_HANDLE_END or sum(ch.isalpha() for ch in tok) < 3 \
                or any(part.isdigit() and len(part) >= 5 for part in re.split(r"[._]", tok)):
            continue   # "tel.01632960123": a number after a label
        last = re.split(r"[._]", tok)[-1]
        # a digit in it, and letters in its last part: "bagz23", "x0"; not a version ("python3.11")
        # nor a field's or a function's name ("census_code", "final_grade")
        if any(ch.isdigit() for ch in tok) and any(ch.isalpha() for ch in last):
            yield "personal-name", m.start(1), m.end(1)


# "Lil Tizz", "me n lil j": a nickname, unless kin or a thing follows "lil"
LIL = re.compile(r"(?<![\w])[Ll]il ([A-Za-z][\w'’-]*)")
LIL_NOT = frozenset("bro brother sis sister one ones un 'un man boy girl bit while baby babe cousin nephew niece "
                    "mate mates thing things kid kids guy dude".split())


def find_lil_nicknames(text: str) -> Iterator[tuple[int, int]]:
    for m in LIL.finditer(text):
        if m.group(1).lower() not in LIL_NOT:
            yield m.start(), m.end(1)


# a name in quotes right before its date of birth: "hits on partner - 'darren pike', dob 19/04/1988"
QUOTED_BEFORE_DOB = re.compile(r"['‘\"“]([A-Za-z][a-z'’-]+(?: [A-Za-z][a-z'’-]+){0,2})['’\"”],? \(?(?:dob|DOB|d\.o\.b|D\.O\.B|born)\b")


def find_quoted_before_dob(text: str) -> Iterator[tuple[int, int]]:
    """Quoted words right before a date of birth are whose birth it is, in any case."""
    for m in QUOTED_BEFORE_DOB.finditer(text):
        yield m.span(1)


# a chat's speaker before a colon, at a quote's or a line's start: '"jojo: u comin out 2nite"'
# (not at a line's start, where notes put their labels: "chron:", "edt:", "Handover:")
# (it starts with the quote, not a lookbehind, so that the search skips ahead fast)
# a name or nickname given after a word of naming: 'gave name as "smurf"', 'saved as "Big Rich"',
# 'calling herself "kez"', 'known to the children as "Tiny"', "a boy called Chance"
NAMED_AS = re.compile(r"\b(?:nicknamed|calling (?:him|her|them)sel(?:f|ves)|calls (?:him|her|them)sel(?:f|ves)|"
                      r"known(?: (?:to|on|in|around|by|at|locally|only)\b[\w’' ]{0,30}?)? as|goes by|go by|"
                      r"gave (?:his |her |their |a )?name as|calls(?= ['‘\"“](?-i:[A-Z]))|"
                      r"name given as|saved (?:in [\w’' ]{1,20}? )?as|aka|a\.k\.a\.?|alias(?:es)?:?|"
                      # "the case notes refer to the father as 'Shamus'", "asked to be called 'Tiny'"
                      r"refer(?:s|red)? to (?:him|her|them|the (?:father|mother|child|young person|boy|girl|man|woman|"
                      r"adult|male|partner)) as|(?:asked|asks|wants|wanted|likes|prefers|chose|chooses) to be called) "
                      r"['‘\"“]([^'‘’\"“”\n]{1,24})['’\"”]", re.IGNORECASE)
# where NAMED_AS can match (read around each with ``tokens.around``)
NAMED_AS_ANCHORS = (" as '", " as \"", " as ‘", " as “", "nicknamed ", "calling ", "calls ", "goes by ", "go by ",
                    "aka ", "a.k.a", "alias", "be called ")
# with no quotes, after "known only as" or a person "named as": "a young person known only as
# Smurf", "named one associate as K-Dog"
KNOWN_AS_CAPS = re.compile(r"\b(?:known (?:only |locally |to (?:police|peers|them|him|her) )?as|named (?:one|an|a|another) "
                           r"(?:associate|adult|male|man|lad|peer|friend|person|contact|girl|boy|woman|older \w+) as) "
                           r"([A-Z][\w’']*(?:-[A-Z][\w’']+)?)\b(?! (?:of|the|[A-Z]))")
# a bracket of quoted aliases: "known aliases ('K-Dot', 'Bigga')"
ALIAS_LIST = re.compile(r"\baliases? \(([^()\n]{1,80})\)", re.IGNORECASE)
QUOTED_ITEM = re.compile(r"['‘\"“]([^'‘’\"“”\n,]{1,24})['’\"”]")


THING_BEFORE = re.compile(r"\b(?:programme|program|project|scheme|group|tool|app|service|team|initiative|model|approach|"
                          r"plan|meeting|panel|course|process|form|document|unit|policy|protocol|system|game|show|film|"
                          r"song|book|charity|club)s?\b")
CALLED_CAPS = re.compile(r"\b(?:man|male|males|men|boy|boys|lad|lads|girl|girls|woman|women|adult|adults|friend|friends|"
                         r"someone|guy|bloke|fella|person|dealer|one|older|cousin|mate|mates) (?:called|named) "
                         r"['‘\"“]?([A-Z][\w’'-]+)(?:['’\"”]? (?:\+|&|and|or) ['‘\"“]?([A-Z][\w’'-]+))?")


# the same in lower case, after a person: "owes money to someone called reaper", "an older lad called rich"
CALLED_LOWER = re.compile(r"\b(?:someone|somebody|a lad|a guy|a man|a male|a boy|a girl|a woman|a friend|a mate|"
                          r"(?:an |the )?older (?:male|lad|boy|man|girl)) (?:called|named) ([a-z][a-z'’-]{1,14}[a-z])(?![\w-])(?!['’][a-z])")


def find_named_as(text: str, low: str, lex: Lexicon) -> Iterator[tuple[int, int]]:
    """A name given after a word of naming: in quotes, a name or nickname that is no role
    (after "saved as", only one capitalised or no English word: 'saved as "boss"' stays a
    word); with no quotes, capitalised words after "a boy called" and the like."""
    for m in around(text, low, NAMED_AS, NAMED_AS_ANCHORS):
        if THING_BEFORE.search(low, max(m.start() - 30, low.rfind("\x00", 0, m.start()) + 1), m.start()):
            continue   # "The programme, known as 'Brighter'": a thing's name
        words = m.group(1).split()
        if not words or len(words) > 3 or len(m.group(1)) < 2:
            continue   # (not an anonymised initial: 'refers to the child as "C"')
        firstl = words[0].lower().strip(".,!?")
        c = lex.classes.get(firstl, 0)
        if c & (ROLE | DET | PERSON_NOUN | TITLE) or lex.is_abbreviation(words[0]):
            continue   # 'saved as "Mum"', 'called "the Boss"' is left to the name rules
        strong = not m.group().lower().startswith("saved")
        if strong or any(w[0].isupper() for w in words) or any(
                w.lower() not in lex.words and not lex.classes.get(w.lower(), 0) & VOCAB for w in words):   # not "dont answer"
            yield m.start(1), m.end(1)
    if "alias" in low:
        for m in ALIAS_LIST.finditer(text):
            for q in QUOTED_ITEM.finditer(m.group(1)):
                first = q.group(1).split()[0].lower() if q.group(1).split() else ""
                if first and not lex.classes.get(first, 0) & (ROLE | DET | PERSON_NOUN | TITLE):
                    yield m.start(1) + q.start(1), m.start(1) + q.end(1)
    if " as " in text:
        for m in around(text, low, KNOWN_AS_CAPS, (" as ",), 40, 40):
            if len(m.group(1)) >= 3 and not lex.classes.get(m.group(1).lower(), 0) & (ROLE | DET | TITLE | PERSON_NOUN) \
                    and not lex.is_abbreviation(m.group(1)) \
                    and not THING_BEFORE.search(low, max(m.start() - 30, low.rfind("\x00", 0, m.start()) + 1), m.start()):
                yield m.span(1)   # (not "the approach known as Signs of Safety")
    if "called" in text or "named" in text:
        for m in around(text, low, CALLED_LOWER, (" called ", " named "), 22, 24):
            w = m.group(1)
            if not lex.classes.get(w, 0) & (ROLE | DET | TITLE) and w not in ("the", "a", "an", "something", "him", "her"):
                yield m.span(1)
        for m in around(text, low, CALLED_CAPS, (" called ", " named "), 12):
            for g in (1, 2):
                w = m.group(g)
                if w and not lex.classes.get(w.lower(), 0) & (ROLE | DET | TITLE | CAL) and not lex.is_abbreviation(w):
                    yield m.start(g), m.end(g)


CHAT_SPEAKER = re.compile(r"[\"“‘']([A-Za-z][a-z]{1,14}): (?=\S)")
# a turn of a chat pasted in one line, after the end of the last: "?? Kez: can do"
CHAT_TURN = re.compile(r"(?:^|(?<=[\n\x00])|(?<=[.!?x] ))([A-Z][a-z]{1,14}): (?=\S)")


# a chat's sender after the time stamp a screenshot shows: "[21:03] K-Dot: u man bare shook"
CHAT_STAMPED = re.compile(r"\[\d{1,2}[:.]\d{2}(?::\d{2})?(?: ?[ap]m)?\] ?([A-Za-z][\w'’-]{1,19}(?: [A-Z][\w'’-]{1,19})?): ")
# a first name in lower case who speaks, at a line's or a clause's start or after "to": 'florin: "they call me',
# 'RHI: lily: "went to',
# 'sw tasha to mo: "I'll pick you up'
LOWER_SPEAKER = re.compile(r"(?:^|(?<=[\n\x00])|(?<=\bto )|(?<=[:;.!?] ))([a-z][a-z'’-]{1,14}): [\"“']")


def find_chat_speakers(text: str, lex: Lexicon, known: frozenset[str]) -> Iterator[tuple[int, int]]:
    """A speaker of a pasted chat: a word with a vowel that no English list, role, list,
    abbreviation or the sector's jargon (``known``) knows ("jojo", not "mum", "note" or "C1");
    after a chat's time stamp, a first name too ("[21:04] Storm:"); in lower case at a line's
    start or after "to", a first name before a quote."""
    not_naming = ROLE | VOCAB | TITLE | DET | CAL | PERSON_NOUN
    if "] " in text or "]K" in text:
        for m in CHAT_STAMPED.finditer(text):
            w = m.group(1).lower()
            c = lex.classes.get(w.split()[0], 0)
            if not c & not_naming and not lex.is_abbreviation(m.group(1)) and w not in known \
                    and (c & FIRSTS or w not in lex.words) and any(v in w for v in "aeiouy"):
                yield m.span(1)
    for m in around(text, text, LOWER_SPEAKER, (': "', ": “", ": '"), 17, 4):   # (anchors with no letters: text serves as low)
        c = lex.classes.get(m.group(1), 0)
        if m.start() > 1 and text[m.start() - 2] in ";.!?" and m.group(1) in lex.words:
            continue   # after a clause, no English word: "date: 27/02/2023; reason: 'bullying'" (but "RHI: lily: ")
        if c & FIRSTS and not c & not_naming:
            yield m.span(1)
    found = list(CHAT_SPEAKER.finditer(text))
    turns: dict[int, list[re.Match]] = {}
    for m in CHAT_TURN.finditer(text):   # by text, where many are scanned joined by NULs
        turns.setdefault(text.rfind("\x00", 0, m.start()), []).append(m)
    for chat in turns.values():
        if len(chat) >= 2:   # a pasted chat of turns: "Bev: can any1 cover? Kez: can do. Bev: ta"
            found += chat
    for m in found:
        w = m.group(1).lower()
        if w in lex.words or w in known or not any(v in w for v in "aeiouy") \
                or lex.classes.get(w, 0) & (ROLE | VOCAB | TITLE | DET | CAL | PERSON_NOUN) \
                or lex.is_abbreviation(m.group(1)) or w in lex.known_places:
            continue
        yield m.span(1)


# a name right before what the person is to the family, in brackets: "bill (mat grandad)",
# "Big Mags (mum's pal)", "JJ (real name unknown)"
# (read from each " (": a pattern opening with a lookbehind, searched over the whole text, was slow)
NAME_BEFORE_BRACKET = re.compile(r"(?<![\w'’-])((?:[Bb]ig |[Ll]il |[Ll]ittle )?[A-Za-z][a-z'’-]+|[A-Z]{2})$")
# (and "Frank (the maternal grandfather)", "Lee (her stepfather)")
KIN_BRACKET = re.compile(
    r" \((?:(?:the|her|his|their|(?:the )?(?:young person|child|yp|cyp|baby)['’]s|[A-Z][a-z]+['’]s) )?"
    r"(?:(?:older|younger|elder|eldest|youngest|big|little|twin) )?(?:(?:mat|pat|maternal|paternal|"
    r"mum['’]?s|dad['’]?s|mums|dads|her|his|family)\.? )?(?:great[- ])?(?:grandad|grandpa|grandma|granny|nan|nana|gran|uncle|"
    r"grandfather|grandmother|father|mother|stepfather|stepmother|step-father|step-mother|stepdad|stepmum|"
    r"brother|sister|half-brother|half-sister|"
    r"aunt|auntie|aunty|pal|friend|mate|partner|bf|gf|boyfriend|girlfriend|cousin|neighbour|lodger|"
    r"ex-partner|real name unknown|nickname|street name)\)")


def find_named_before_kin(text: str, lex: Lexicon) -> Iterator[tuple[int, int]]:
    """The word before such a bracket, when it is a name, a word-name or no English word (not
    a role, a person's noun, a determiner or a list's word: "Dad (paternal grandad)")."""
    i = text.find(" (")
    while i >= 0:
        k, i = i, text.find(" (", i + 2)
        if not KIN_BRACKET.match(text, k):
            continue
        m = NAME_BEFORE_BRACKET.search(text, max(0, k - 24), k)
        if not m:
            continue
        words = m.group(1).split()
        w = words[-1].lower().removesuffix("'s").removesuffix("’s")
        c = lex.classes.get(w, 0)
        if c & (ROLE | DET | TITLE | VOCAB | PERSON_NOUN | CAL) or lex.is_abbreviation(words[-1]) and len(words) == 1 \
                and not words[-1].isupper():
            continue
        if w in lex.words and not c & FIRSTS and not words[-1][0].isupper():
            continue   # "a lodger (mum's friend)" is a role; "the older one (cousin)" an English word
        yield m.span(1)


# a note's subject, at the start of the note or of a line, before a dash: "bree - gas off
# since weds", "ifeoma - PF carer mrs nwosu"
NOTE_MODALS = frozenset("will may can must might".split())
NOTE_EVENT = re.compile(r"(?:MFH|MISPER|DA|CSE|CCE|CP|RHI|missing|seen|absent|excluded|arrested|disclosed|"
                        r"found|attended|admitted|bruise|bruising|session|pathway|visit|hv|review|contact|DSL|PEP)\b",
                        re.IGNORECASE)
# (capitalised too, and with accents: "Florin - session 3", "ciarán - aycliffe secure")
NOTE_SUBJECT = re.compile(r"((?:[^\W\d_A-Z]|[A-Z])(?:[^\W\d_A-Z]|['’-]){2,14}) [-–] ")


def _note_subjects(text: str) -> list[re.Match]:
    """``NOTE_SUBJECT`` at a line's start, read back from each " - " (a regex from every line's
    start would try every character)."""
    out = []
    for dash in (" - ", " – "):
        i = text.find(dash)
        while i >= 0:
            start = max(text.rfind("\n", 0, i), text.rfind("\x00", 0, i)) + 1
            if i - start <= 15:
                m = NOTE_SUBJECT.match(text, start)
                if m and m.end() == i + 3:
                    out.append(m)
            i = text.find(dash, i + 1)
    return sorted(out, key=lambda m: m.start())


def find_note_subjects(text: str, lex: Lexicon, known: frozenset[str]) -> Iterator[tuple[int, int]]:
    """The subject when it is no English word, jargon, abbreviation, role or list word, and has a vowel."""
    for m in _note_subjects(text):
        w = m.group(1)
        if w[0].isupper():
            # capitalised, only a first name before an event of the case: "Florin - session 3"
            c = lex.classes.get(w.lower(), 0)
            if c & FIRSTS and not c & (ROLE | VOCAB | TITLE | DET | CAL) and w.lower() not in NOTE_MODALS \
                    and NOTE_EVENT.match(text, m.end()):
                yield m.span(1)
            continue
        if "-" in w and not all(lex.classes.get(part, 0) & FIRSTS for part in w.split("-") if part):
            continue   # "pre-birth - EDD end of Feb" (not "jade-louise")
        if (lex.classes.get(w, 0) & FIRSTS or w in ("summer", "autumn")) and w not in NOTE_MODALS \
                and NOTE_EVENT.match(text, m.end()):
            yield m.span(1)   # "summer - MFH again", "jade - DA incident": a word-name too
            continue
        if w in lex.words or w in known or not any(v in w for v in "aeiouy") or lex.is_abbreviation(w.upper()) \
                or lex.classes.get(w, 0) & (ROLE | VOCAB | TITLE | DET | CAL | PERSON_NOUN) or w in lex.known_places:
            continue
        yield m.span(1)
