"""Personal names: the name lists combined with context.

- A first name or surname that is not an English word ("Kayla", "Okafor") is a name in any
  casing, unless it is an abbreviation of the sector ("CAIT") or on the vocabulary list.
- A rare-word name ("Ruby", "Lee") is a name when capitalised.
- A common-word name ("Hope", "Will", "Grace") is a name when capitalised in mid-sentence
  on its own, or anywhere in context: after a title or role ("SW Priya", "MGM, Jean,"),
  before a speech verb ("Hope told"), as a possessive before a person noun ("Grace's mum"),
  next to another name ("Grace Okafor"), or joined to one ("Kayla and Hope").
- A capitalised word that is no English word, in a name position (after a title, a role,
  "named", "known as", before "said"), is a name even if no list has it.
- An initial and a surname ("J. Smith", "J Smith").
- Hurried notes: a word-name as the subject of a verb of seeing or feeling ("GRACE SEEN",
  "Joy was happy", "Rose was born"), before ", who"; names listed with ages ("Summer (6) &
  Sky (4)"); a word in capitals that no list knows, in a name position ("SW ZORBELLE");
  a lower-case surname after a title ("cllr o'brien"); Gaelic and Irish surnames by their
  shape ("MacLeòid", "Ní Bhriain"), with the first name before them.
- A lower-case name after "his", "her", "their" ... is a thing ("wear his kara").
- One name, one person: a word-name that fired once in a text is a name wherever else it is
  capitalised in mid-sentence ("Summer's mum ... and Summer often cares"). "the Amadi family":
  a surname between "the" and a family word. "grace (8)": a lower-case name with an age.
- A rare-word name at a sentence's start ("Crystal", "Ivy", "Destiny") is a name only before
  a verb of a person ("Ruby is 7", "Ivy told"), a bracket or comma, another name, or context;
  not before a noun ("Crystal meth", "Ivy covering the fence", "Destiny is not fixed"), nor
  before "and" and a lower-case noun ("Holly and ivy").
- The child's words and nicknames: a nickname in quotes after "known as", "calls the child",
  "nicknamed" or before "to his friends" ("known as 'Big Mick'", "'Bugsy' to his friends");
  a name in brackets after a numbered role ("Sibling 1 (Amir)"); a word no list knows as the
  subject after "that", "because" ... ("told that Tharshini eats"); a season-name before
  "was" and an -ing verb after "that" ("that Summer was caring"). A lower-case English word
  right after a role is no name ("the child drew").
"""
from __future__ import annotations

import re
from bisect import bisect_right

from .lexicon import (
    DATA, CAL, DET, FIRST, FIRST_AMB, FIRST_SEMI, FIRSTS, INTRO, NAME, PERSON_NOUN, ROLE,
    SPEECH, SURNAME, SURNAME_AMB, TITLE, VOCAB, WIDE, Lexicon, _words, sector_words,
)
from .slots import camel_name
from .tokens import Cap, mixed_acronym, next_word, occurrences, prev_word, sentence_initial

# "plays a big part", "played a key role": an abstract subject's idiom
PART_ROLE = re.compile(r" (?:a|an|no) (?:[a-z]+ )?(?:part|role)\b")
# products named by a word-name and an abbreviation: "Sky TV", "Sky Q"
PRODUCT_TAILS = frozenset({"TV", "Q", "HD", "Go", "Glass"})
# the runs of NULs that part the texts scan_many joins
_NULS = re.compile("\x00+")

STRONG = FIRST | FIRST_SEMI | SURNAME
# names that hurried notes write in lower case for a step of the process: "abe booked" (an
# Achieving Best Evidence interview); they need a name's context there
PROCESS_NAMES = frozenset({"abe"})
# Irish surname particles: "Niamh Ní Bhriain", "Tadhg Ó Ceallaigh", "Nic Dhòmhnaill"
IRISH_PARTICLES = frozenset({"Ní", "Nic", "Ó", "Ua", "Uí", "Mhic", "Mac"})
CELTIC_SURNAME = re.compile(r"(?:Mac|Mc|Nic)[A-ZÀ-Þ][a-zà-ÿ]{2,}$")
AGE_GAP = re.compile(r"^\(\s*(?:aged?\s+)?\d{1,2}\s*(?:yrs?|years?|y/?o)?\s*\)|^,\s*(?:aged\s+)?\d{1,2}\s*,?")
AGE_AFTER = re.compile(r"\s*(?:,\s*(?:aged\s+)?|\(\s*(?:aged\s+)?)\d{1,2}\b|\s*\((?:SW|TM|IRO|HV|FSW|DSL|SM|ATM|PA|FC|GP|EP|KW)\)"
                       r"|\s*\((?:foster )?carers?\)|\s*\((?:mum|dad|mam|nan|nana|gran|grandad|aunt|auntie|uncle|brother|sister|cousin|"
                       r"partner|bf|gf|boyfriend|girlfriend|stepdad|stepmum|friend|teacher|key ?worker)\)|\s*\((?:Y|Yr|Year)\s?\d{1,2}\)")
# an age beside a word-name: "Brook (12)", "Brook, 12,", "Brook aged 12"
AGE_BRACKET = re.compile(
    r" ?\(\s*(?:(?:aged?\s+)?\d{1,2}\s*(?:yrs?|years?|y/?o)?|(?:Y|Yr|Year)\s?\d{1,2})\s*\)|,\s?(?:aged\s+)?\d{1,2}\s*(?:yrs?|years?)?,|\s+aged\s+\d{1,2}\b"
)
# what only a person is or has, right after a word-name: "Mark is 11", "Will has autism"
AGE_OR_NEED_AFTER = re.compile(
    r" (?:is|was|turned|turns) (?:aged )?\d{1,2}(?: (?:years?|yrs?|y/o)(?: old)?)?(?=[.,;)]|$| and\b| but\b| with\b| now\b"
    r"| this\b| next\b| in\b| on\b| soon\b| today\b| tomorrow\b)"
    # a bare age after a name in notes: "Jasmine 15 intoxicated", "destiny 18 next month", "chloe 7 + max 3"
    r"| (?:[1-9]|1[0-9])(?=[,;)]|\.(?!\d)|$| [-–+&]| (?:and|intox\w*|missing|seen|found|brought|arrested|next|refus\w*|"
    r"attend\w*|at|w/|with|has|is|was|said|says|yrs?|y/o|years? old)\b)"
    r"|, (?:now|aged) (?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen)\b"
    r"| has (?i:autism|adhd|asd|add|epilepsy|asthma|eczema|diabetes|cerebral palsy|dyslexia|global developmental delay|"
    r"an? (?:ehcp|diagnosis|learning disability|statement)|learning difficulties|sen\b|sensory processing)")
CITATION_AFTER = re.compile(r"\s+(?:et\s+al\b|\((?:19|20)\d\d[a-z]?\)|and\s+[A-Z]\w+\s+\((?:19|20)\d\d\))")
# the parties of a police or a MARAC list, before an initial and a surname that is a word too
PARTIES = frozenset("perp perpetrator victim suspect offender aggrieved alleged accused defendant respondent "
                    "applicant complainant witness mother father mum dad stepfather stepmother carer "
                    # the workers of a meeting's list: "chair TM L Cope", "SW K. Lamb"
                    "tm atm sw iro chair dsl senco hv pa".split())
# after a first name and a hyphen, what keeps it a name: "tyler-j", "cian-óg", "paddy-jnr"
NAME_SUFFIXES = frozenset("óg og jnr jr snr".split())
NOT_INITIAL_BEFORE = {
    "child", "sibling", "young", "person", "plan", "year", "section", "part", "appendix", "form",
    "grade", "type", "class", "level", "vitamin", "hepatitis", "stage", "group", "tier", "band",
    "category", "option", "schedule", "box", "room", "ward", "block", "unit", "flat", "page",
    "figure", "table", "mr", "mrs", "ms", "miss", "mx", "dr", "parent", "carer", "adult", "baby",
    "twin", "standard", "ps", "question", "q", "item", "phase", "step", "tool", "site", "team",
}
# a month or season name is a person only before one of these, and not after a preposition
SEASONS = frozenset({"summer", "autumn", "winter", "spring"})
CAL_SPEECH = {"said", "says", "told", "tells", "reported", "disclosed", "explained", "stated", "shared",
              "asked", "cried", "spoke", "wants", "wanted", "likes", "loves", "lives", "attends",
              # what a child does in a respite unit's log: "Summer refused tea, vomited 20:15"
              "refused", "vomited", "absconded", "screamed", "laughed", "smiled", "woke"}
CAL_NOT_AFTER = {"in", "during", "by", "since", "until", "till", "of", "the", "after", "before", "from",
                 "to", "over", "between", "early", "late", "mid", "last", "next", "this", "that", "each",
                 "every", "and", "or", "through", "throughout", "on", "for", "a", "end", "since", "into"}
# before a season that is a season: "autumn" and "summer" after these, capitalised or not
SEASON_NOT_AFTER = frozenset("late early mid high indian whole entire following previous coming last next this "
                             "over during throughout since until till from in by of into before after".split())
# what a season has or qualifies: "Summer term", "Summer's end", "Summer 2024"
SEASON_THINGS = frozenset("term terms holiday holidays hols break fair fayre camp camps club scheme programme day days "
                          "evening evenings night nights "
                          "programmes school schools reading time months season sun end uniform timetable born "
                          "half activities activity festival fete party clothes weather heat heatwave".split())
# a person's place in the family after "is": "Hope is her younger sister", "Summer was his best friend"
IS_KIN_AFTER = re.compile(
    r" (?:is|was) (?:her|his|their|my|our|the child's|mum's|dad's) (?:younger |older |little |big |baby |half[- ]|step|twin |best )?"
    r"(?:sister|brother|sibling|cousin|friend|pal|mate|mum|dad|mother|father|nan|aunt|auntie|uncle|carer|twin|daughter|son)\b")
# after a season's "'s" that is "is": "Summer's me favourite", "Autumn's nearly here"
SEASON_IS_AFTER = frozenset("me my the a an so too over here nearly coming gone almost best favourite fav great good "
                            "lovely when always never not just really".split())
# what only a person is or does, after a month's or a season's name: "Summer was born", "June went missing"
CAL_PERSON_AFTER = re.compile(r" (?:was born|is born|went missing|has (?:now |also )?been missing|had been missing"
                              r"|is my (?:best )?friend|was my (?:best )?friend"
                              # what a person has of her own: "Summer had her first swimming lesson"
                              r"|(?:had|has|got) (?:her|his) (?:first|own|hair|nails|ears|tea|bath|jabs|injections)"
                              r"|(?:told|asked|showed) (?:me|us|her|him|staff|the carer|her carer|his carer)"
                              r"|(?:cried|laughed|smiled|giggled|screamed|shouted)"
                              # what is done to a person, or of one: "Sunny has not been seen alone", "Mark had only been missing-free"
                              r"|(?:has|had|was|is) (?:not |only |now |also |still |never )?(?:been )?(?:seen alone|seen by|missing|missing-free"
                              r"|placed|excluded|arrested|found|returned|living|staying|in care|on a child protection plan))\b")
# after "has been": predicates of a quality, not of a person ("Patience has been shown")
ABSTRACT_BEEN = frozenset("shown demonstrated displayed tested stretched lost restored needed required key central "
                          "evident lacking limited valued extended exercised".split())
RAG_COLOURS = {"amber", "red", "green"}
RAG_NEARBY = re.compile(
    r"\bRAG\b|\bTLT\b|\btraffic light|\brated (?:it |as |them |him |her )?(?=Amber|AMBER|Red|RED|Green|GREEN)|\b(?:Red|RED)\b.{0,40}\b(?:Amber|AMBER|Green|GREEN)\b|\b(?:Amber|AMBER)\b.{0,40}\b(?:Red|RED|Green|GREEN)\b"
    r"|\b(?:Green|GREEN)\b.{0,40}\b(?:Red|RED|Amber|AMBER)\b"
)
REFER_BEFORE = re.compile(r"\b(?:refer|refers|referred|known|call|calls|called|goes|go|went|introduced|introduces|signs|signed)\b")
# words that end an apposition's noun phrase before its role: "in a hotel in Knowsley and his
# move to his foster carer"
APPOSITION_STOP = frozenset("the a an to of in at on for with from by and or but his her their its that which who".split())
APPOSITION_DET = {"the", "her", "his", "their", "a", "an", "our", "mum's", "dad's", "mother's", "father's"}
WELSH_SIR = {"cyngor", "coleg", "ysgol", "ysbyty", "canolfan", "heddlu"}
# verbs of writing and noting after "the worker": "Mark, the worker wrote, was ..."
REPORT_VERBS = {"wrote", "writes", "noted", "notes", "recorded", "records", "observed", "observes",
                "commented", "comments", "added", "adds", "put", "puts", "called", "calls", "noticed",
                "notices", "recalled", "recalls", "remembered", "remembers", "suggested", "suggests"}
# a common-word name before one of these is a subject or a kind, not a person: "Art college"
KIND_NOUNS = {
    "college", "class", "classes", "lesson", "lessons", "club", "clubs", "group", "groups", "therapy",
    "therapist", "teacher", "department", "course", "courses", "exam", "exams", "gcse", "gcses",
    "a-level", "project", "projects", "session", "sessions", "room", "studio", "block", "coursework",
    "homework", "school", "schools", "week", "festival", "competition", "trip", "award", "degree",
    "qualification", "student", "students", "work", "worker", "workers", "activities", "activity",
}
# field labels before a name: "Name: Zaz", "Alias - Zaz", "yp = will"
FIELD_NAMES = frozenset({"name", "names", "alias", "aliases", "aka", "forename", "forenames", "surname",
                         "yp", "nickname"})
# titles before a lower-case surname: "cllr o'brien", "mrs okafor", "Miss o'connell"
LOWER_TITLES = frozenset({"mr", "mrs", "ms", "mx", "dr", "cllr", "councillor", "miss", "sra", "pani"})
# titles that stand before nothing but a name ("dr" and "miss" before words too: "dr appt")
PLAIN_TITLES = frozenset({"mr", "mrs", "ms", "mx"})
# titles written short with a full stop before the name: "Rev. Oyewole", "Dr. Amin"
DOTTED_TITLES = frozenset("mr mrs ms mx dr rev revd prof sgt cllr insp supt".split())
NOT_AFTER_TITLE = frozenset("and or the and nor but men man has had was who said says not".split())
POSSESSIVE_DET = frozenset({"his", "her", "their", "its", "my", "your", "our"})
PLURAL_VERBS = frozenset({"were", "are", "have", "had", "was", "is", "remain", "continue", "need"})
# after a name at a sentence's start with no other context: a verb of a person ("Ruby is",
# "Ivy has"), not a noun ("Crystal meth", "Ivy covering the fence")
PERSON_VERBS = frozenset(
    "is was has had and will would can could should may might must did does do lives lived attends attended "
    "goes went stays stayed says said told tells likes loved loves wants wanted needs needed seems seemed "
    "remains remained continues continued enjoys enjoyed gets got became becomes feels felt thinks thought "
    "knows knew spends spent shares shared talked talks spoke speaks presented presents "
    # adverbs between a subject and its verb: "Ruby now lives with ...", "Ivy also told ..."
    "now also still often never always sometimes usually recently then previously initially currently "
    "later again really".split())
# what only a person has, after a month's or a season's name: "Summer's BMI has dropped"
CAL_PERSON_THINGS = frozenset("bmi weight height teeth bedroom voice views wishes feelings behaviour".split())
# word-names that are abstract nouns, and the verbs an abstract subject takes as often as a person
ABSTRACT_NOUNS = frozenset("hope faith grace joy patience charity honour trust love destiny harmony justice "
                           "liberty unity mercy serenity".split())
ABSTRACT_VERBS = frozenset("remains remained continues continued seems seemed became becomes grows grew "
                           "runs ran shines emerges underpins".split())   # "Hope runs through this file"
REMAINS_PERSON = frozenset("with at living settled placed under subject looked open known missing absent".split())
REMAINS_IN_PERSON = frozenset("placement care foster hospital custody her his their the".split())
# after "Ruby and" at a sentence's start: a person follows
AND_PERSON = frozenset("her his their my mum dad she he they i me you we sister brother sibling siblings".split())
# subordinating words before a clause whose subject is a name: "told that Tharshini eats ..."
SUBORD = frozenset("that because when if while until unless although though whether".split())
# a nickname in quotes: "known as 'Big Mick'", "calls the child 'Bobo'", "'Bugsy' to his friends",
# looked for from the words around it, found with str.find (most texts hold none of them)
QUOTE_CAP = re.compile(r"['‘\"“](?=[A-Z])")
NICK_BEFORE = re.compile(
    r"(?:known\s+as|calls?\s+(?:him|her|them|the\s+(?:child|baby|boy|girl|yp|young\s+person))|called|nicknamed|"
    r"goes\s+by|aka)\s+$", re.IGNORECASE)
NICK_WORDS = re.compile(r"((?:[A-Z][a-z'’-]+ )?[A-Z][a-z’-]+)['’\"”]")
NICK_AFTER = re.compile(
    r"['‘\"“]((?:[A-Z][a-z'’-]+ )?[A-Z][a-z’-]+)['’\"”],?\s+"
    r"(?:to\s+(?:his|her|their)\s+(?:friends|mates|peers)|as\s+(?:he|she|they)\s+(?:is|are|was|were)\s+known)$")
NICK_LEADS = frozenset("known call calls called nicknamed goes aka".split())
NICK_TRAILS = frozenset("friends mates peers known".split())
NICK_GATE = NICK_LEADS | NICK_TRAILS
LOWER_AGE = re.compile(r"\((?:aged? ?)?\d{1,2}\)")
# a name and an age in one bracket: "case 5 (mercy, 14) - missing x5"
# (a name's letters may carry accents: "eldest (žygis, 16)")
LOWER_NAME_AGE = re.compile(r"\(([a-zß-öø-ÿā-ž][a-zß-öø-ÿā-ž'’-]{2,15}),? (?:aged? ?)?(\d{1,2})\)")
# and in a list of them: "kids (lily 6, max 4)", "(jay 9, amber 7, lola 2)"
LOWER_NAME_AGE_LIST = re.compile(r"\((?:[a-z][a-z'’-]{2,15},? (?:aged? ?)?\d{1,2}(?:, | & | and |\+))+"
                                 r"[a-z][a-z'’-]{2,15},? (?:aged? ?)?\d{1,2}\)")
# the same after a list's label, with no brackets: "sibs: harley 11, skye 8, bill 3."
LOWER_NAME_AGE_LABELLED = re.compile(r"\b(?:sibs?|siblings|children|kids|chn|household)\s?[:–-]\s?"
                                     r"((?:[a-z][a-z'’-]{2,15},? (?:aged? ?)?\d{1,2}(?:, | & | and |\+ ?))+"
                                     r"[a-z][a-z'’-]{2,15},? (?:aged? ?)?\d{1,2})(?![\w/:.]\d)")
LOWER_NAME_YEARS = re.compile(r"(?<![\w'’-])([a-z]{3,15}) \d{1,2} ?(?:y|yo|y/o|yrs?)(?![\w/])")
NAME_AGE_ITEM = re.compile(r"([a-z][a-z'’-]{2,15}),? (?:aged? ?)?(\d{1,2})")
LOWER_INITIAL_SURNAME = re.compile(r"(?<![\w.'’/-])([a-z])\. ([a-z]{3,})(?![\w'’-]|\.[a-z])")
KINDS_OF_FAMILY = frozenset("whole immediate nuclear birth host blended first new same other wide close "
                            "big large own core".split())
THE_WORD_FAMILY = re.compile(r"(?<![\w'’])the ([A-Z][a-z]{2,}) (?:family|families|household)\b")
FAMILY_AFTER = {"family", "household", "children", "siblings", "twins", "brothers", "sisters", "boys", "girls", "home"}


def _wide_first_names() -> set[str]:
    """The first names of ``names_first.txt`` flagged ``w`` alone: from the wider lists, and on
    no dictionary (``x``, "ruth", "omer", is a rare English word)."""
    out = set()
    for line in (DATA / "names_first.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[1] == "w" and not line.startswith("#"):
            out.add(parts[0])
    return out



# what follows a name's "'s" or "is" with the apostrophe dropped: "kyles in worle", "kyles back", "Kyles gone again"
AFTER_DROPPED_APOSTROPHE = frozenset("back gone in at house home mum mam dad nan place flat car phone bro brother sister "
                                     "going been not here there coming out round now just with mate mates bf gf".split())
# after a name's "'s" that is "is": who the person is ("Summer's my best mate")
IS_FRIEND_AFTER = re.compile(r" (?:my|her|his|our|me) (?:best |bestest |good |old |new )?(?:mate|friend|pal|bestie|bff)\b")
MODALS = frozenset("will may can must might".split())
# words before a month, not a person: "review in jun", "by end of jan"
MONTH_BEFORE_WORDS = frozenset("in by from until till since of end mid early late".split())
# kin of a household before its name in commas: "the adult son of the household, Rubel,"
# words a note writes in capitals for stress after a name, never a surname: "told Craig NOT to"
SHOUTED_WORDS = frozenset("not and the was has had did said told all only never always yes also but then now too very "
                          "must will would should could can cannot does again still both each every any none nothing "
                          "arrested charged left home present missing absent seen urgent asap only surname forename name "
                          "awol dob nfa".split())
HOUSEHOLD = frozenset("household family home house".split())
KIN_OF_HOUSEHOLD = re.compile(r"\b(?:son|daughter|brother|sister|child|uncle|aunt|grandson|granddaughter|nephew|niece|"
                              r"cousin|lodger|partner|boyfriend|girlfriend) of the (?:household|family|home|house)$", re.IGNORECASE)
# what no modal is followed by: a verb's past or third person ("will had", "Will has had the same worker")
NOT_AFTER_MODAL = frozenset("had has was is went said says got did does loved likes liked wanted wants asked "
                            "told cried seemed looked ate".split())

# a verb's place: after "'ll" or the north's and Scotland's negations (not "will": "will cai be staying"), a lower-case word that
# is also a given name is a verb of dialect ("aa'll dee the course", "what you dee roond here")
DIALECT_VERB_BEFORE = re.compile(r"(?:['’]ll|\bcann(?:it|et|ae|a)|\bdivv?e?nt|\bdinn(?:et|ae|a)|\bwinn(?:ae|it)"
                                 r"|\bdidnae|\bwhat (?:you|ye|yous)|\bwhat ti|\bwhat te|\bgan(?:na)? ti) $")   # "what ti dee"

class NameFinder:
    """The name rule. ``find`` reads the capitalised tokens, ``find_lower`` the lower-case
    words; both return (start, end) spans."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.get = lex.classes.get
        # capitalised tokens that the rule skips whatever their neighbours ("The", "NHS"),
        # learnt as they are met and kept across texts
        self._skip: set[str] = set()
        # lower-case words that may be names: all of them are looked for; those of the wider
        # lists and the rare-word names need context in lower case ("mum, bogdan, said")
        # (not the sector's words and slang in lower case: "proper peng", though "Peng" is a surname)
        sector = sector_words()
        self.lower_keys = frozenset(
            w for w, c in lex.classes.items()
            if w not in sector and c & (FIRST | SURNAME | FIRST_SEMI) and not c & VOCAB and len(w) >= 2
            and (c & FIRST_SEMI or w not in lex.words) and (len(w) > 2 or c & FIRST_SEMI)
        )

        # first names of the wider lists that no dictionary holds, of four letters or more, are
        # names in lower case too ("ref ifeoma 14 - self harm", "eldest florina 13"): the
        # names of the UK's communities that the core lists lack
        self.wide_firsts = frozenset(
            w for w in _wide_first_names() if len(w) >= 4 and w not in sector and w not in lex.words
            and not lex.classes.get(w, 0) & (VOCAB | ROLE | TITLE | DET | CAL) and not lex.is_abbreviation(w.upper()))
        # and the given names that only a large dictionary holds as words, picked by hand ("spoke to donna")
        self.wide_firsts |= frozenset(_words(DATA / "names_first_lowercase.txt"))
        # ("tj": initials as a name, which no list classes)
        self.lower_keys |= frozenset(w for w in self.wide_firsts if len(w) == 2)

    # -- helpers -------------------------------------------------------------------------
    def _abbr(self, tok: str) -> bool:
        return self.lex.is_abbreviation(tok)

    def _unknown(self, tok: str) -> bool:
        """A capitalised word that no list knows and that is no English word."""
        low = tok.lower()
        return (
            low not in self.lex.words and not self.get(low, 0) and len(tok) > 2 and not tok.isupper()
            and low not in self.lex.known_places   # "Nepal", "Tagalog": no list has them, nor are they names
            and "'" not in tok and "’" not in tok   # "I'm", "I'll"
            and not self._abbr(tok) and not any(ch.isdigit() for ch in tok)
            and not mixed_acronym(tok)   # "HoY said", "SEEMiS shows"
        )

    def _shouted_unknown(self, tok: str) -> bool:
        """A word in capitals shaped like a name, not an acronym: five letters or more, two
        vowels or more, on no list ("ZORBELLE"; not "NSPCC", "PCSO")."""
        low = tok.lower()
        return (
            tok.isalpha() and sum(ch in "aeiouy" for ch in low) >= 2 and not self._abbr(tok)
            and low not in self.lex.known_places and low not in self.lex.place_generic
        )

    def _nameish(self, tok: str) -> bool:
        c = self.get(tok.lower(), 0)
        return bool(c & NAME and not c & VOCAB and not self._abbr(tok)) or self._unknown(tok)

    def _ordinary_cap(self, tok: str) -> bool:
        """A capitalised ordinary word: part of a title phrase, not of a full name."""
        c = self.get(tok.lower(), 0)
        if c & (FIRST | SURNAME | FIRST_SEMI):
            return False
        return bool(tok.lower() in self.lex.words or c & (VOCAB | ROLE) or self._abbr(tok))

    def _prev_context(self, text: str, start: int, cls: int) -> bool:
        word, sep, ws = prev_word(text, start)
        if not word:
            return False
        c = self.get(word.lower(), 0)
        gap = sep.strip()
        if "\n" in sep:
            return False   # "cared for by Maternal Aunt" ending a line: the next line starts afresh
        if gap == "":
            if c & TITLE and (len(word) > 2 or word[0].isupper()):
                if word.lower() in ("di", "ds", "dc", "pc") and not word.isupper():
                    return False
                if word.lower() == "miss" and word[0] != "M":
                    return False
                return True
            if c & ROLE and (not self._abbr(word) or word.isupper()):
                # "the child's Wellbeing Scale": a possessive role is no title of a name
                return text[ws + len(word):ws + len(word) + 2] not in ("'s", "’s") or bool(c & PERSON_NOUN and not c & VOCAB)
            if c & INTRO:
                return True
            w2, sep2, _ = prev_word(text, ws)
            if (w2.lower(), word.lower()) in self.lex.intro_pairs and sep2.strip() == "":
                return True
            if word.lower() == "as" and REFER_BEFORE.search(text, max(0, ws - 40), ws):
                return True   # "refer to the child as Ibby"
            if word.lower() == "and" and sep2.strip() == "" and self.get(w2.lower(), 0) & ROLE and not self._abbr(w2):
                return True   # "lives with Mum and Grace"
        elif gap == "," and c & ROLE:
            return True   # "MGM, Jean, said"
        elif gap == "," and word.lower() in HOUSEHOLD and text[start:].split(",", 1)[0].istitle() \
                and KIN_OF_HOUSEHOLD.search(text, max(0, ws - 40), ws + len(word)):
            return True   # "the adult son of the household, Rubel, was"
        elif gap == "&" and c & ROLE and not self._abbr(word):
            return True   # "Mum & Grace"
        elif gap in ("(", ":") and c & (ROLE | INTRO):
            return True   # "the SW (Priya)", "named: Kaz"
        elif gap in (":", "-", "=") and (word.lower() in FIELD_NAMES or (prev_word(text, ws)[0].lower(), word.lower()) in self.lex.intro_pairs):
            return True   # "Name: Zaz", "Known as: Zaz", "Alias - Zaz"
        elif gap == "(" and (word.isdigit() and len(word) <= 2 or len(word) == 1 and word.isupper()):
            w2, sep2, _ = prev_word(text, ws)
            return sep2 == " " and bool(self.get(w2.lower(), 0) & ROLE)   # "Sibling 1 (Amir)", "Child B (Kai)"
        return False

    def _next_context(self, text: str, end: int, poss: bool) -> bool:
        if not poss and CAL_PERSON_AFTER.match(text, end):
            return True   # "Mark had only been missing-free for five weeks"
        pos = end + 2 if poss else end
        word, sep, ws = next_word(text, pos)
        if not word:
            return False
        c = self.get(word.lower(), 0)
        if poss:
            return bool(c & PERSON_NOUN)
        if sep.strip() == "":
            if c & SPEECH and PART_ROLE.match(text, ws + len(word)):
                return False   # "Faith plays a big part in the family": an idiom, no person
            # (scan_many joins texts with NULs, which split() leaves on the word)
            if word.lower() in ABSTRACT_VERBS and text[max(0, end - 12):end].replace("\x00", " ").split()[-1:] \
                    and text[max(0, end - 12):end].replace("\x00", " ").split()[-1].lower() in ABSTRACT_NOUNS:
                # "Hope remains strong", "Faith continues to matter"; not "Grace remains in placement"
                w2, _, w2s = next_word(text, ws + len(word))
                w3 = next_word(text, w2s + len(w2))[0].lower()
                return w2.lower() in REMAINS_PERSON or w2.lower() == "in" and w3 in REMAINS_IN_PERSON
            if c & SPEECH:
                # "Dawn visits were considered": a plural noun, not a verb of the person
                w2, sep2, _ = next_word(text, ws + len(word))
                return not (word.endswith("s") and sep2.strip() == "" and (w2.lower() in PLURAL_VERBS or w2.lower() == "by"))
            w2, _, w2s = next_word(text, ws + len(word))
            if (word.lower(), w2.lower()) in self.lex.speech_pairs:
                # "Patience has been shown by ...": an abstract noun's passive, no person
                return not (w2.lower() == "been" and next_word(text, w2s + 4)[0].lower() in ABSTRACT_BEEN)
        if AGE_AFTER.match(text, end) or AGE_OR_NEED_AFTER.match(text, end):
            return True   # "Mark is 11", "Will has autism"
        if word.lower() == "who" and sep.strip() in ("", ","):
            return True   # "Anwen, who is taught ...": a relative clause of a person
        if IS_KIN_AFTER.match(text, end):
            return True   # "Hope is her younger sister"
        return self._apposition(text, end)

    def _apposition(self, text: str, end: int) -> bool:
        """"Bill, the maternal uncle,", "Faith and her brother", "Hope (Child B)"."""
        word, sep, ws = next_word(text, end)
        gap = sep.strip()
        if gap == "," or (gap == "" and word.lower() == "and"):
            if gap == "" :
                word, sep, ws = next_word(text, ws + len(word))
            if word.lower() in APPOSITION_DET:
                for _ in range(5):   # ("Mark, the young person's older brother, is")
                    word, sep, ws = next_word(text, ws + len(word))
                    if sep.strip() or word.lower() in APPOSITION_STOP:
                        return False   # a new phrase: "Grace, the term the child's gran used"
                    c = self.get(word.lower(), 0)
                    if c & ROLE:
                        # "Mark, the worker wrote, was ...": a clause of its own, no apposition
                        verb, vsep, _ = next_word(text, ws + len(word))
                        return not (vsep.strip() == "" and (
                            self.get(verb.lower(), 0) & SPEECH or verb.lower() in REPORT_VERBS))
                    if not word:
                        return False
        elif gap == "(" and word.lower() in ("child", "sibling", "mum", "dad", "yp", "aged"):
            return True
        return False

    def _adjacent(self, text: str, a: Cap, b: Cap) -> bool:
        gap = text[a.end:b.start]
        return not a.poss and gap.strip(" -") == "" and len(gap) <= 2

    # -- capitalised tokens --------------------------------------------------------------
    def find(self, text: str, low: str, caps: list[Cap]) -> list[tuple[int, int]]:
        get, lex = self.get, self.lex
        fired: list[tuple[int, int]] = []
        fired_idx: set[int] = set()
        n = len(caps)
        skip = self._skip
        if len(skip) > 50_000:
            skip.clear()
        for k in [k for k, cap in enumerate(caps) if cap.base not in skip]:   # most are ordinary words
            cap = caps[k]
            tok = cap.base
            lowtok = tok.lower()
            if mixed_acronym(tok):
                skip.add(tok)
                continue   # "HoY", "MenACWY": an acronym, whatever list has its letters
            c = get(lowtok, 0)
            if c & (TITLE) and k + 1 < n and (lowtok not in ("di", "ds", "dc", "pc") or tok.isupper()):
                nxt = caps[k + 1]
                if lowtok == "sir" and (nxt.base.lower() in lex.known_places or prev_word(text, cap.start)[0].lower() in WELSH_SIR):
                    continue   # "Cyngor Sir Powys", "Coleg Sir Gâr": Welsh "sir" is a county
                dotted = lowtok in DOTTED_TITLES and text[cap.end:nxt.start] == ". " and self._surnameish(nxt.base)
                # (a title's word alone after a plain title is a surname: "school (Mr Lord)", not "Mr Justice Cobb")
                titled = get(nxt.base.lower(), 0) & TITLE and lowtok in PLAIN_TITLES | {"miss"} and len(nxt.base) > 2 \
                    and not get(nxt.base.lower(), 0) & ROLE and not (k + 2 < n and self._adjacent(text, nxt, caps[k + 2]))
                if (self._adjacent(text, cap, nxt) or dotted) and (titled or not (get(nxt.base.lower(), 0) & (TITLE | ROLE))) \
                        and not self._abbr(nxt.base):
                    if len(nxt.base) > 1 or (k + 2 < n and self._adjacent(text, nxt, caps[k + 2]) and self._nameish(caps[k + 2].base)):
                        if lowtok != "miss" or tok == "Miss":
                            fired_idx.add(k + 1)
                    elif k + 2 < n and self._adjacent(text, nxt, caps[k + 2]) and tok[0].isupper() and nxt.base.isupper() \
                            and not get(caps[k + 2].base.lower(), 0) & (TITLE | ROLE) and not self._abbr(caps[k + 2].base) \
                            and not caps[k + 2].base.isupper():
                        fired_idx.update((k + 1, k + 2))   # "Mr P Sully": after a title and an initial, any word is the surname
                continue
            if len(tok) <= 2 and tok.isupper() and k + 1 < n and not (
                    not tok.isalpha() and text[cap.end:cap.end + 1] == "." and self.get(caps[k + 1].base.lower(), 0) & (FIRST_SEMI | FIRST_AMB)):
                # (a school year, "S2. Cody-Lee", but not a quarter before a sentence: "since Q2. Will this")
                # initials: "J. Smith", "J Smith", "JK Smith"
                nxt = caps[k + 1]
                gap = text[cap.end:nxt.start]
                if gap in (" ", ". ", ".", ".  ") and (gap.startswith(".") or tok not in ("A", "I")) \
                        and text[cap.start - 1:cap.start] not in ("&", "+") \
                        and not (gap == " " and len(tok) == 2 and nxt.base.isupper() and lowtok in lex.words):   # "IN COMPANY OF"
                    word, sep, _ = prev_word(text, cap.start)
                    # ("Child B Smith" is a child anonymised, "child: T. Spowage" a field's name)
                    if (word.lower() not in NOT_INITIAL_BEFORE or ":" in sep and len(tok) == 1) and not self._abbr(tok) \
                            and (self._surnameish(nxt.base)
                                 or len(tok) == 1 and sep.strip() in ("", ":") and word.lower() in PARTIES
                                 and (nxt.base[1:].islower() or nxt.base.isupper() and len(nxt.base) > 2 and not self._abbr(nxt.base))
                                 and not get(nxt.base.lower(), 0) & (VOCAB | ROLE | TITLE | CAL)):
                        # ("perp J Lock", "victim V. Lock": a party of a case, then an initial and any surname)
                        fired.append((cap.start, nxt.end))
                        fired_idx.add(k + 1)
                        continue
            if not c and len(tok) >= 5 and tok.isupper() and lowtok not in lex.words and self._shouted_unknown(tok):
                # a word in capitals that no list knows, in a name position: "SW ZORBELLE",
                # "ZORBELLE SAID", "MUM (ZORBELLE)"
                if self._prev_context(text, cap.start, 0) or self._next_context(text, cap.end, cap.poss):
                    fired_idx.add(k)
                continue
            if not c:
                if lowtok in lex.words or tok.isupper() or len(tok) < 2:
                    if len(tok) > 2 or not tok.isupper():
                        skip.add(tok)   # decided by the token alone: skipped at once next time
                    continue   # the common case: a capitalised ordinary word
            if tok in IRISH_PARTICLES and k + 1 < n and self._adjacent(text, cap, caps[k + 1]) \
                    and self._unknown(caps[k + 1].base):
                fired_idx.add(k)   # "Ní Bhriain", "Ó Ceallaigh": the surname joins in below
                continue
            if not c & NAME:
                if not self._unknown(tok):
                    if not c & TITLE and (len(tok) > 2 or not tok.isupper()):
                        skip.add(tok)   # a role, a speech verb, an abbreviation: never a name here
                    continue
                if CELTIC_SURNAME.match(tok) and not CITATION_AFTER.match(text, cap.end) or camel_name(tok, lex):
                    fired_idx.add(k)   # "MacLeòid", "McIlwraith", "JSmith": a surname's shape
                    continue
                if (
                    self._prev_context(text, cap.start, 0) or self._next_context(text, cap.end, cap.poss)
                    or self._after_person_word(text, caps, k) or self._the_family(text, cap)
                    or self._clause_subject(text, cap)
                ):
                    if not CITATION_AFTER.match(text, cap.end):
                        fired_idx.add(k)
                continue
            if c & VOCAB or self._abbr(tok):
                continue
            if text[cap.end:cap.end + 1] == "-" and text[cap.end + 1:cap.end + 2].islower():
                nw, _, _ = next_word(text, cap.end + 1)
                if not get(nw, 0) & FIRSTS:
                    continue   # "Jack-knife", "Will-power"
            upper = tok.isupper() and len(tok) > 1
            if c & STRONG and not (upper and len(tok) <= 4):
                if c & FIRST_SEMI and not c & (FIRST | SURNAME):
                    if self._in_title_run(text, caps, k) and not self._prev_context(text, cap.start, c):
                        continue
                    if not cap.poss and sentence_initial(text, cap.start) and not self._semi_person(text, caps, k):
                        continue   # "Crystal meth use", "Ivy covering the fence", "Destiny is not fixed"
                if not c & (FIRST | FIRST_SEMI) and CITATION_AFTER.match(text, cap.end):
                    continue   # "Munro (2011)", "Brandon et al."
                fired_idx.add(k)
                continue
            # context needed: common-word names, surnames that are words, months, short capitals
            if c & CAL and not c & (FIRST_AMB | FIRST | FIRST_SEMI):
                if self._prev_context(text, cap.start, c) or self._calendar_person(text, cap):
                    fired_idx.add(k)
                continue
            if self._prev_context(text, cap.start, c) or (
                c & (FIRST_AMB | FIRST | FIRST_SEMI) and self._next_context(text, cap.end, cap.poss)
            ) or lowtok in MODALS and not cap.poss and next_word(text, cap.end)[0] in NOT_AFTER_MODAL - {"is", "was"} \
                    and not re.match(r" \w+ to\b", text[cap.end:cap.end + 12]):
                # "Will has had the same worker" (not "Will is a strong theme", "Will has to be made": a will's)
                fired_idx.add(k)
                continue
            if c & FIRST_AMB and not upper:
                if cap.poss:
                    fired_idx.add(k)
                    continue
                if self._full_name(text, caps, k):
                    fired_idx.add(k)
                    continue
                if not sentence_initial(text, cap.start) and not self._in_title_run(
                        text, caps, k, names=prev_word(text, cap.start)[0].lower() in lex.person_before):
                    word, sep, _ = prev_word(text, cap.start)
                    wc = get(word.lower(), 0)
                    if lowtok in RAG_COLOURS and (
                        word.lower() in lex.rag_before or next_word(text, cap.end)[0].lower() in lex.rag_after
                        or RAG_NEARBY.search(text, max(0, cap.start - 40), cap.end + 40)
                    ):
                        continue   # "rated Amber", "Amber rating"
                    nw, nsep, _ = next_word(text, cap.end)
                    if nsep == " " and nw.islower() and nw in KIND_NOUNS:
                        continue   # "Art college", "Drama club": a subject, not a person
                    if not (wc & DET) and not word[:1].isdigit() and sep.strip() in ("", ",", "(", "&"):
                        fired_idx.add(k)
                        continue
            if c & (SURNAME_AMB | FIRST_AMB | CAL) and self._the_family(text, cap):
                fired_idx.add(k)
                continue
            if c & (CAL | SURNAME_AMB | FIRST_AMB) and self._full_name(text, caps, k, strict=True):
                fired_idx.add(k)

        # coordination: "Kayla and Hope", "Hope, Kayla and Jayden"; a name joined in joins
        # its own neighbours: "Grace, Hope and Faith were seen"
        todo = sorted(fired_idx)
        while todo:
            k = todo.pop()
            for j in (k - 1, k + 1):
                if 0 <= j < n and j not in fired_idx:
                    a, b = (caps[j], caps[k]) if j < k else (caps[k], caps[j])
                    gap = text[a.end + (2 if a.poss else 0):b.start].strip()
                    if gap[:1] == "(" or gap[:1] == "," and len(gap) > 1:
                        gap = AGE_GAP.sub("", gap).strip()   # "Summer (6) & Sky (4)", "Ash, 9, and Kai"
                    if gap in ("and", "&", ",", "or") and self._coordinable(caps[j].base) and not text[
                        caps[j].end:caps[j].end + 3
                    ].strip()[:1].isdigit():
                        fired_idx.add(j)
                        todo.append(j)

        # an English word as a surname: "the Bandy family from Eastwood" (apart from the loop,
        # whose cache of skipped tokens keeps only what a token decides alone)
        if " famil" in text or " household" in text:
            starts = None
            for m in THE_WORD_FAMILY.finditer(text):
                w = m.group(1).lower()
                if get(w, 0) or w not in lex.words or w in lex.known_places or w in lex.place_generic \
                        or w.endswith(("ed", "er", "ing", "ive", "al")) or w in KINDS_OF_FAMILY:
                    continue   # "the Extended family", "the Wider family", "the Whole family"
                starts = starts or {cap.start: k for k, cap in enumerate(caps)}
                if m.start(1) in starts:
                    fired_idx.add(starts[m.start(1)])

        # one name, one person: a word-name that fired once is a name wherever else it is
        # written with its capital in mid-sentence ("Summer's mum ... and Summer often cares")
        bases = {caps[k].base for k in fired_idx if len(caps[k].base) > 2 and not caps[k].base.isupper()}
        if bases:
            # in texts that scan_many joined, a name is one person only within its own text
            cuts = [m.start() for m in _NULS.finditer(text)] if "\x00" in text else []
            seen = {(caps[k].base, bisect_right(cuts, caps[k].start)) for k in fired_idx} if cuts else set()
            for k, cap in enumerate(caps):
                if k in fired_idx or cap.base not in bases or sentence_initial(text, cap.start):
                    continue
                if cuts and (cap.base, bisect_right(cuts, cap.start)) not in seen:
                    continue
                pw = prev_word(text, cap.start)[0].lower()
                if get(pw, 0) & DET or (get(cap.base.lower(), 0) & CAL and pw in CAL_NOT_AFTER and pw not in ("and", "or")):
                    continue   # "the Summer holidays", "in Summer"
                if self._in_title_run(text, caps, k):
                    continue   # "Summer Fair"
                fired_idx.add(k)

        # spans, joining full names and double-barrelled names
        for k in sorted(fired_idx):
            cap = caps[k]
            if k and k - 1 not in fired_idx and self._adjacent(text, caps[k - 1], cap) and (
                    self._unknown(caps[k - 1].base) or get(caps[k - 1].base.lower(), 0) & FIRST) \
                    and not caps[k - 1].base.isupper():
                cap = caps[k - 1]
                fired_idx.add(k - 1)
            end = caps[k].end
            j = k
            while j + 1 < n and self._adjacent(text, caps[j], caps[j + 1]) and (
                    self._surnameish(caps[j + 1].base) or self._shouted_surname(caps[j], caps[j + 1])):
                j += 1
                end = caps[j].end
            fired.append((cap.start, end))
        return fired

    def _the_family(self, text: str, cap: Cap) -> bool:
        """"the Amadi family", "the Baker household": a surname between "the" and a family word."""
        if cap.poss:
            return False
        word, sep, _ = next_word(text, cap.end)
        if word.lower() not in FAMILY_AFTER or sep != " ":
            return False
        after, _, _ = next_word(text, cap.end + len(sep) + len(word))
        if after[:1].isupper() and cap.base.lower() in self.lex.place_words:
            return False   # "the Macclesfield Family Safeguarding Team": a town's team
        pw, psep, _ = prev_word(text, cap.start)
        return pw.lower() == "the" and psep == " "

    def _semi_person(self, text: str, caps: list[Cap], k: int) -> bool:
        """A rare-word name at a sentence's start ("Ruby", "Crystal") is a person before a
        verb of a person, a bracket or a comma, next to another name, or with context."""
        cap = caps[k]
        word, sep, _ = next_word(text, cap.end)
        gap = sep.strip()
        if gap == "," and word.islower() and word in self.lex.words and not self.get(word, 0) & (FIRSTS | ROLE | DET) \
                and word not in ("who", "whose", "aged", "age", "now", "then", "however", "though", "too", "also"):
            return False   # "Holly, ivy and tinsel": a list of things; "Holly, who ..." is a person
        if not word or gap[:1] in ("(", ",", "&", "-", "–", ":") or CAL_PERSON_AFTER.match(text, cap.end):
            return True   # (or what befalls a person: "Summer had her first swimming lesson")
        if gap == "" and word[0].isupper():
            # "Ruby Okafor", "Ruby SEEN"; not a product with its abbreviation ("Sky TV was on")
            return not (2 <= len(word) <= 3 and word.isupper() and self.lex.is_abbreviation(word) or word in PRODUCT_TAILS)
        if gap == "" and word.lower() in PERSON_VERBS:
            if word.lower() == "and":
                # "Ruby and her brother", "Ruby and Kai", not "Holly and ivy decorations"
                w2, sep2, _ = next_word(text, cap.end + len(sep) + len(word))
                c2 = self.get(w2.lower(), 0)
                return sep2.strip() == "" and (w2[:1].isupper() or w2.lower() in AND_PERSON or bool(c2 & ROLE)
                                               or bool(c2 & NAME) and w2.lower() not in self.lex.words)
            if word.lower() in ("is", "was"):
                w2, _, _ = next_word(text, cap.end + len(sep) + len(word))
                return w2.lower() not in ("not", "no", "a", "an", "the")   # "Destiny is not fixed by ..."
            if cap.base.lower() in ABSTRACT_NOUNS and word.lower() in ABSTRACT_VERBS:
                return False   # "Hope remains strong", "Faith continues to matter to the family"
            return True
        return self._next_context(text, cap.end, cap.poss) or self._prev_context(text, cap.start, 0)

    def _clause_subject(self, text: str, cap: Cap) -> bool:
        """"told that Tharshini eats ...": a word no list knows between a subordinating word and
        a lower-case English word (the clause's verb)."""
        word, sep, _ = prev_word(text, cap.start)
        if sep != " " or word.lower() not in SUBORD or cap.poss:
            return False
        nw, nsep, _ = next_word(text, cap.end)
        return nsep == " " and nw.islower() and nw in self.lex.words

    def find_nicknames(self, text: str, low: str, words: set[str]) -> list[tuple[int, int]]:
        """"known as 'Big Mick'", "calls the child 'Bobo'", "'Bugsy' to his friends": a nickname
        in quotes whose last word is no English word, or is a name. ``words`` are the text's
        lower-case words (``tokens.lower_words``): most texts hold none of the words needed."""
        present = NICK_GATE.intersection(words)
        if not present:
            return []
        spans: set[tuple[int, int]] = set()
        for w in present:
            i = low.find(w)
            while i >= 0:
                end = i + len(w)
                if w in NICK_LEADS:
                    q = QUOTE_CAP.search(text, end, end + 40)
                    if q and NICK_BEFORE.search(text, max(0, q.start() - 40), q.start()):
                        m = NICK_WORDS.match(text, q.end())
                        if m:
                            spans.add(m.span(1))
                if w in NICK_TRAILS:
                    m = NICK_AFTER.search(text, max(0, i - 64), end)
                    if m:
                        spans.add(m.span(1))
                i = low.find(w, end)
        out = []
        for s, e in sorted(spans):
            last = text[s:e].rsplit(" ", 1)[-1].lower()
            c = self.get(last, 0)
            if (last not in self.lex.words or c & NAME) and not (c & ROLE and text[s:e].find(" ") < 0):
                out.append((s, e))   # (a word of kin alone is no nickname: "calls her 'Aunty'")
        return out

    def _after_person_word(self, text: str, caps: list[Cap], k: int) -> bool:
        """"work with Olamide": an unknown word alone in mid-sentence after a person word."""
        cap = caps[k]
        word, sep, _ = prev_word(text, cap.start)
        if sep != " " or word.lower() not in self.lex.person_before:
            return False
        return not self._in_title_run(text, caps, k) and not (k + 1 < len(caps) and self._adjacent(text, cap, caps[k + 1]))

    def _calendar_person(self, text: str, cap: Cap) -> bool:
        """"June said", "April's mum", "Brook (12) said", but not "in June agreed"."""
        age = AGE_BRACKET.match(text, cap.end)
        if age and not cap.poss and not self.get(prev_word(text, cap.start)[0].lower(), 0) & DET:
            if cap.base.lower() not in self.lex.calendar or cap.base.lower() in SEASONS:
                return True   # "Brook (12)", "Liberty (aged 9)", "Summer (aged 3)": no season has an age
            word, sep, _ = next_word(text, age.end())
            return not sep.strip() and word.lower() in CAL_SPEECH   # "June (7) said", not "June (7), July (4)"
        if cap.poss and cap.base in ("Summer", "Autumn") and self._season_named(text, cap):
            return True   # "of Summer's sleepiness", "a log of Summer's arrival times"
        if cap.poss and IS_FRIEND_AFTER.match(text, cap.end + 2):
            return True   # "Summer's my best mate from Crispin": "is", then who she is

        word, sep, ws = next_word(text, cap.end + (2 if cap.poss else 0))
        if cap.poss:
            # "June's care plan" is a month's; "Brook's health assessment" a child's
            return (bool(self.get(word.lower(), 0) & PERSON_NOUN) or word.lower() in CAL_PERSON_THINGS) and not (
                word.lower() in ("plan", "care", "health") and cap.base.lower() in self.lex.calendar)
        if sep == " " and word in ("was", "is", "had", "has") and prev_word(text, cap.start)[0].lower() in SUBORD:
            w2, sep2, _ = next_word(text, ws + len(word))
            if sep2 == " " and w2.endswith("ing") and w2.islower():
                return True   # "identified that Summer was caring for ..."
        if cap.base in ("Summer", "Autumn") and self._season_named(text, cap):
            return True
        if not cap.poss and (CAL_PERSON_AFTER.match(text, cap.end) or IS_KIN_AFTER.match(text, cap.end)):
            pw, psep, _ = prev_word(text, cap.start)   # "Summer was born three weeks early", "Summer is my best friend"
            return pw.lower() not in CAL_NOT_AFTER and psep.replace(" ", "").strip("\"“'‘") in ("", ";", ".", ":", "!", "?")
        if sep.strip() or word.lower() not in CAL_SPEECH:
            return False
        pw, psep, _ = prev_word(text, cap.start)
        return pw.lower() not in CAL_NOT_AFTER and psep.strip() in ("", ";", ".", ":", "!", "?")

    def _season_named(self, text: str, cap: Cap) -> bool:
        """"visits to Summer were timely", "the plan for Summer", "Summer's SDQ": British English
        writes the season in lower case, so a capital in mid-sentence names a child, unless a
        word of time comes before ("in the Summer") or a thing of the season after ("Summer term",
        "Summer Reading Challenge")."""
        if (sentence_initial(text, cap.start) or text[cap.start - 1:cap.start] in ("'", "‘", '"', "“")) and not cap.poss:
            return False
        pw, psep, _ = prev_word(text, cap.start)
        if cap.poss and pw.lower() == "of":
            pw = ""   # "observations of Summer's sleepiness": whose, not when
        if psep.strip() not in ("", ",", ".", ":") or self.get(pw.lower(), 0) & DET \
                or pw.lower() in SEASON_NOT_AFTER or pw[:1].isupper() and not self.get(pw.lower(), 0) & NAME:
            return False
        word, sep, _ = next_word(text, cap.end + (2 if cap.poss else 0))
        if cap.poss:   # not "Summer's me favourite": "Summer is"
            return word.islower() and word not in SEASON_THINGS and word not in SEASON_IS_AFTER
        if not word or sep.strip() or word[:1].isupper() or word.lower() in SEASON_THINGS or word[:1].isdigit():
            return False   # "We look forward to Summer.": the season ends the clause
        if word.lower() in ("and", "or", "&", "to"):
            w2, _, _ = next_word(text, text.find(word, cap.end) + len(word))
            return w2.lower() not in SEASONS
        return True

    def _shouted_surname(self, first: Cap, nxt: Cap) -> bool:
        """A word in capitals after a first name in mixed case, as police and conference notes
        write surnames: "Craig TICKLE" (not "Craig NOT", "Calan DVS", "Ward D43")."""
        w = nxt.base
        if not (w.isupper() and w.isalpha() and len(w) > 3 and first.base[1:].islower() and not nxt.poss
                and any(v in w for v in "AEIOUY")):
            return False
        if not self.get(first.base.lower(), 0) & FIRSTS or self._abbr(w):
            return False
        return not self.get(w.lower(), 0) & (VOCAB | ROLE | TITLE | DET | CAL) and w.lower() not in SHOUTED_WORDS

    def _surnameish(self, tok: str) -> bool:
        c = self.get(tok.lower(), 0)
        if c & VOCAB or self._abbr(tok) or c & (ROLE | TITLE | DET):
            return False
        return bool(c & NAME) or self._unknown(tok)

    def _coordinable(self, tok: str) -> bool:
        c = self.get(tok.lower(), 0)
        if c & (VOCAB | ROLE | TITLE) or self._abbr(tok):
            return False
        return bool(c & (FIRSTS | SURNAME | SURNAME_AMB | CAL)) or self._unknown(tok)

    def _full_name(self, text: str, caps: list[Cap], k: int, strict: bool = False) -> bool:
        """caps[k] stands next to a strong name: "Grace Okafor", "Okafor Grace", "Jack Baker"."""
        for j in (k - 1, k + 1):
            if 0 <= j < len(caps):
                a, b = (caps[j], caps[k]) if j < k else (caps[k], caps[j])
                if self._adjacent(text, a, b):
                    c = self.get(caps[j].base.lower(), 0)
                    if c & (FIRST | SURNAME | FIRST_SEMI) and not c & VOCAB:
                        return True
                    if not strict and j == k + 1 and (c & SURNAME_AMB or self._unknown(caps[j].base)):
                        return True
        return False

    def _in_title_run(self, text: str, caps: list[Cap], k: int, names: bool = False) -> bool:
        """caps[k] is part of a capitalised phrase of ordinary words ("Brook Traffic Light").

        With ``names`` (after "with", "met" ...), a word-name beside it is a name, not an
        ordinary word: "met with Grace and Hope"."""
        if names:   # the whole run: "Faith and Hope Trust" is still a title
            lo = hi = k
            while lo > 0 and self._joined(text, caps[lo - 1], caps[lo]):
                lo -= 1
            while hi + 1 < len(caps) and self._joined(text, caps[hi], caps[hi + 1]):
                hi += 1
            return any(self._ordinary_cap(c.base) and not self.get(c.base.lower(), 0) & FIRST_AMB
                       for c in caps[lo:hi + 1])
        for j in (k - 1, k + 1):
            if 0 <= j < len(caps):
                a, b = (caps[j], caps[k]) if j < k else (caps[k], caps[j])
                if self._joined(text, a, b) and self._ordinary_cap(caps[j].base):
                    return True
        return False

    @staticmethod
    def _joined(text: str, a: Cap, b: Cap) -> bool:
        gap = text[a.end:b.start]
        return not a.poss and (gap.strip(" -") == "" or gap.strip() in ("of", "and", "for", "the", "&")) and len(gap) <= 6

    # -- lower case ----------------------------------------------------------------------
    def find_lower(self, text: str, low: str, words: set[str]) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        if "(" in text:
            for m in LOWER_AGE.finditer(text):
                # "grace (8) + sibs": a word-name in lower case with an age in brackets
                word, sep, ws = prev_word(text, m.start())
                # (or a month's short form, which no age follows: "ch mei (8) + jun (5)")
                if word and word.islower() and sep.strip() == "" and self.get(word, 0) & (FIRSTS | CAL) \
                        and not self.get(word, 0) & (VOCAB | ROLE) and prev_word(low, ws)[0] not in POSSESSIVE_DET \
                        and (self.get(word, 0) & FIRSTS or prev_word(low, ws)[0] not in MONTH_BEFORE_WORDS):
                    out.append((ws, ws + len(word)))
        lists = []
        if "(" in text:
            lists += [(m.start(), m.end()) for m in LOWER_NAME_AGE_LIST.finditer(text)]
        if "sib" in low or "child" in low or "kids" in low or "chn" in low or "household" in low:
            lists += [m.span(1) for m in LOWER_NAME_AGE_LABELLED.finditer(text)]
        for ls, le in lists:
            items = list(NAME_AGE_ITEM.finditer(text, ls, le))
            # a list of names with ages: every word a first name, or one a name no dictionary holds
            if all(self.get(i.group(1), 0) & FIRSTS for i in items) \
                    or any(self.get(i.group(1), 0) & FIRSTS and i.group(1) not in self.lex.words for i in items):
                for i in items:
                    c = self.get(i.group(1), 0)
                    if c & (FIRSTS | CAL) and not c & (ROLE | VOCAB | DET) and int(i.group(2)) <= 25:
                        out.append(i.span(1))
        if "(" in text:
            for m in LOWER_NAME_AGE.finditer(text):
                c = self.get(m.group(1), 0)
                if c & (FIRSTS | CAL) and not c & (ROLE | VOCAB | DET) and m.group(1) not in MODALS and int(m.group(2)) <= 25 \
                        or not m.group(1).isascii() and m.group(1).isalpha() and m.group(1).islower() and m.group(1) not in self.lex.words:
                    out.append(m.span(1))   # (a word with another language's letters: no English word)
        if "y" in text:
            for m in LOWER_NAME_YEARS.finditer(text):
                # "A&E - mason 3y burn to hand": a word-name in lower case, then its age in years
                c = self.get(m.group(1), 0)
                if c & FIRSTS and not c & (ROLE | VOCAB | DET | CAL | TITLE) and m.group(1) not in MODALS:
                    out.append(m.span(1))
        titles = LOWER_TITLES.intersection(words)
        if titles:
            out.extend(self._after_lower_title(text, low, titles))
        if ". " in text:
            for m in LOWER_INITIAL_SURNAME.finditer(text):
                # "chair: s. khan": an initial and a surname in lower case (a surname's list, or no list)
                w = m.group(2)
                c = self.get(w, 0)
                if c & (SURNAME | SURNAME_AMB | FIRST_AMB) and not c & (VOCAB | ROLE | DET | TITLE | CAL) \
                        or not c and w not in self.lex.words and w not in sector_words():
                    out.append((m.start(1), m.end(2)))
        out.extend(self._apostrophe_dropped(low, words))
        if "will" in words:
            out.extend(self._lower_modal_names(text, low))
        hits = self.lower_keys.intersection(words)
        if not hits:
            return out
        for s, e, word in occurrences(low, hits):
            if not text[s].islower():
                continue   # capitalised: handled by find()
            pw = prev_word(low, s)[0]
            if pw in POSSESSIVE_DET and not (pw == "our" and word not in self.lex.words and self.get(word, 0) & FIRSTS):
                continue   # "wear his kara", "her will": a thing, not a person (but the north's "our shaz")
            if DIALECT_VERB_BEFORE.search(low, max(0, s - 10), s):
                continue   # "aa cannit dee owt", "she'll dee": Geordie's "do", not a Dee
            if word in self.lex.known_places and not self.get(word, 0) & FIRSTS:
                continue   # "jack's dad in spain": a country in lower case (not "jordan", "georgia")
            if low[e:e + 1] == "-":
                nw, _, _ = next_word(low, e + 1)
                if len(nw) == 1 and nw not in ("a", "i") or nw in NAME_SUFFIXES:
                    if word not in self.lex.words and low[e + 1 + len(nw):e + 2 + len(nw)] != "-":   # (not "ta-ra-a-bit")
                        out.append((s, e + 1 + len(nw)))   # "tyler-j", "cian-óg": a name's letter or "young"
                    continue
                if not self.get(nw, 0) & FIRSTS:
                    continue   # "eco-map", but "ellie-mae"
            c = self.get(word, 0)
            if c & (FIRST | SURNAME) and not c & WIDE and word not in PROCESS_NAMES or word in self.wide_firsts:
                out.append((s, e))
            else:
                poss = text[e:e + 2] in ("'s", "’s")
                before = self._prev_context(text, s, c)
                if before and word in self.lex.words:
                    pw, psep, _ = prev_word(low, s)
                    if psep == " " and self.get(pw, 0) & ROLE and not self.get(pw, 0) & (TITLE | INTRO):
                        before = False   # "the child drew", "mum will": a role before an English word is no title
                if before or self._next_context(text, e, poss):
                    out.append((s, e))
        return out

    def _lower_modal_names(self, text: str, low: str) -> list[tuple[int, int]]:
        """"will is 17, known to police", "she was 'at will's'": a modal that names a person,
        before a verb no modal takes or in a possessive after a word of place."""
        out = []
        for s, e, w in occurrences(low, {"will"}):
            if not text[s:e].islower():
                continue
            pw = prev_word(low, s)[0]
            if pw in POSSESSIVE_DET or self.get(pw, 0) & DET or pw in ("the", "a", "free", "good", "ill", "own", "living") \
                    or low[max(0, s - 3):s] in ("'s ", "’s "):
                continue   # "her will is", "the will was read", "of her own free will", "Mum's will was written"
            if low[e:e + 2] in ("'s", "’s"):
                if pw in ("at", "to", "from", "round", "with"):
                    out.append((s, e))   # "at will's"
                continue
            nw, sep, ws = next_word(low, e)
            if sep == " " and nw in NOT_AFTER_MODAL - {"is", "was", "has", "had"} \
                    or nw in ("is", "was") and re.match(r" \d{1,2}\b", low[ws + len(nw):ws + len(nw) + 4]):
                out.append((s, e))   # "will is 17" (not "will is hard to manage": a will's)
        return out

    def _apostrophe_dropped(self, low: str, words: set[str]) -> list[tuple[int, int]]:
        """"try kyles in worle", "Kyles gone again": a given name's possessive or "is" with its
        apostrophe dropped, a word no list knows whose stem is a name of the core lists."""
        found = [w for w in words if len(w) >= 4 and w.endswith("s") and w not in self.lex.words and not self.get(w, 0)
                 and w not in sector_words() and w not in self.lex.known_places   # ("on earlies": a shift; "at lloyds": a bank)
                 and self.get(w[:-1], 0) & FIRST and not self.get(w[:-1], 0) & (WIDE | VOCAB | ROLE | CAL)
                 and w[:-1] not in self.lex.words and w[:-1] not in PROCESS_NAMES and not self._abbr(w.upper())]
        out = []
        for s, e, _ in occurrences(low, set(found)) if found else ():
            pw = prev_word(low, s)[0]
            nw = next_word(low, e)[0]
            if not self.get(pw, 0) & DET and pw not in POSSESSIVE_DET and (nw in AFTER_DROPPED_APOSTROPHE and e - s >= 5
                                                                            or pw in ("at", "to", "from", "round")):
                out.append((s, e))   # not a plural thing: "did the tudors", "ice lollies", "hollands pies"
                # (a home after "at": "im at cals in nythe", "at tyreses dont send feds")
            elif pw == "our" and prev_word(low, prev_word(low, s)[2])[0] in ("at", "to", "from", "round", "with"):
                out.append((s, e))   # the north's kin: "hes stopin at our shauns tonight"
        return out

    def _after_lower_title(self, text: str, low: str, titles: set[str]) -> list[tuple[int, int]]:
        """"cllr o'brien", "mrs okafor", "Miss o'connell": a lower-case word after a title
        ("miss" only with its capital) that is no English word, or is on a name list."""
        out: list[tuple[int, int]] = []
        for s, e, title in occurrences(low, titles):
            if title == "ms" and s and (text[s - 1].isdigit() or text[s - 2:s - 1].isdigit()):
                continue   # "2 ms per record": milliseconds
            word, sep, ws = next_word(text, e + (1 if text[e:e + 1] == "." else 0))
            if sep.strip() or not word or not word[0].islower():
                continue
            if len(word) == 1 and text[ws + 1:ws + 2] in (" ", "."):
                # "mrs k lowther": an initial between the title and the surname
                word, sep, ws = next_word(text, ws + 1 + (1 if text[ws + 1:ws + 2] == "." else 0))
                if sep.strip() or not word or not word[0].islower():
                    continue
            key = word.replace("’", "'").lower()
            if key.endswith("'s"):
                key = key[:-2]
            if key.endswith("n't") or key in ("aint", "dint", "int"):
                continue   # "Miss ain't nosy": a pupil's "Miss", then a verb
            if key in MODALS and prev_word(low, s)[0] in ("the", "my", "his", "your", "our"):
                continue   # "the mrs will be there": a wife, then a verb
            c = self.get(key, 0)
            if c & (VOCAB | ROLE | TITLE | DET | SPEECH):
                continue
            # (an apostrophe inside the word, or a quote closed after it that opened before "miss":
            # "miss o'brien", "yp calls sw 'miss grace'"; not "miss parents' evening")
            if title == "miss" and text[s] != "M" and not ("'" in key.strip("'") or key.endswith("'") and text[s - 1:s] in "'‘"
                                                          or c & NAME and key not in self.lex.words
                                                          or c & NAME and self.get(prev_word(low, s)[0], 0) & ROLE):
                continue   # "miss school", but "class tchr miss o'brien", "swore at TA miss booth"
            if text[s:e] == "MS" and not (c & NAME and key not in self.lex.words):
                continue   # "(MS relapse)": multiple sclerosis, but "MS okafor"
            # after "mr", "mrs", "ms" or "mx" even an English word is a surname ("mr hocking")
            if c & NAME or title in PLAIN_TITLES and key.isalpha() and len(key) > 2 and key not in NOT_AFTER_TITLE \
                    or (key not in self.lex.words and key.replace("'", "").isalpha() and len(key) > 2
                        and not self._abbr(word)):
                out.append((ws, ws + len(key)))
        return out
