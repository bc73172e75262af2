"""Names that are common English words, written in lower case: "hope chose a pink duvet",
"will seen in cot", "dsl rang - dawn came in crying", "rose's disclosure", "summer (4)".

In lower case "hope", "grace", "will" or "summer" are ordinary words far more often than names,
so the name rules leave them alone without a title or a role before them. What gives a person
away is what follows: something only a person does ("said", "chose", "cried"), a state only a
person is in ("asleep", "upset"), a possessive before a person's thing ("grace's mum"), or an
age in brackets. A modal "will" and an abstract "hope" or "faith" are never followed by these
("will seen" is no English; "hope remains" is, and is left alone), nor is a season or the
weather ("summer went well", "storm came in": verbs of motion are not counted).
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from .lexicon import (CAL, DET, FIRST, FIRST_AMB, FIRST_SEMI, FIRSTS, NAME, PERSON_NOUN, ROLE, SPEECH, SURNAME, SURNAME_AMB,
                      TITLE, VOCAB, WIDE, Lexicon)
from .names import MODALS, NOT_AFTER_MODAL, PART_ROLE
from .tokens import next_word, occurrences, prev_word, segment_bounds, sentence_initial

Span = tuple[str, int, int]

SEASON_NAMES = frozenset({"summer", "autumn"})
# what a person says or does, in forms no modal "will" takes and no abstract noun, season or
# weather does (so no "came", "went", "ran": "storm came in", "summer went well")
PERSON_SPEECH = frozenset(
    "said says told tells disclosed discloses explained explains described describes asked asks cried calls "
    "spoke speaks talked talks laughed smiled shouted screamed whispered wrote texted phoned rang "
    "refused declined denied admitted answered replied denies admits refuses raised shared".split())
PERSON_ACTS = PERSON_SPEECH | frozenset(
    "chose swam played plays slept sleeps attended attends wants wanted likes spends spent "
    "liked loves loved enjoys enjoyed hugged drew draws ate eats kicked threw punched swore hid chooses "
    # what a perpetrator did: "says partner frank slapped her" (not "hit": "will hit" is a modal's)
    "slapped strangled assaulted pushed shoved headbutted grabbed "
    # "grace showed me her room", "Sunny clearly trusts his foster carer"
    "showed trusts trusted".split())
# a prefix that makes a hyphenated word a verb or a noun of practice, never a name: "re-run", "co-work"
VERB_PREFIXES = frozenset("re pre co non self ex de un sub post anti over under mis".split())
# joined to another word-name or to kin
JOIN_AFTER = re.compile(r" ?[+&] ?([a-z]+)\b")
JOIN_BEFORE = re.compile(r"\b([a-z]+) ?[+&] ?$")
# what may follow a person's possessive that is her home: "go to summer's (other carer ...)"
HOUSE_END = re.compile(r"(?:\s*[(.,;:!)\n\x00]|$|\s(?:for|on|tonight|until|till|til|again|house|place|flat|and|at|after|"
                       r"instead|overnight|this|last|next|every|x)\b)")
AGED_BEFORE_BRACKET = re.compile(r"\b(?:female|male|girl|boy|yp|child|sib|sibling|f|m)\s?\d{1,2}\s?\($")
# a worker who did a record's task: "filled in, checked by mark."
DONE_BY = frozenset("checked signed completed done agreed approved authorised reviewed written countersigned "
                    "typed updated chaired minuted taken seen visited".split())
BY_END = re.compile(r"\s*(?:[.,;:)\n\x00]|$| on | at | \d)")
# a worker from an organisation named in capitals: "Grace from the Family Support Hub"
FROM_THE_ORG = re.compile(r" from (?:the )?(?:(?:[A-Z][\w'’]+ ){0,3}(?:Hub|Team|Service|Services|Centre|School|Nursery|Academy|"
                          r"Project|Trust|Council|Unit|Practice|Surgery|College|Charity)|housing|school|nursery|college|camhs|"
                          r"eh|early help|church|"
                          # (or one in lower case: "Dawn from the family support team", "sue from hillside primary")
                          r"(?:[a-z]+ ){1,3}(?:team|hub|service|project|primary|academy|nursery|school|surgery))\b(?! of)")
AS_PREFERS = re.compile(r", as (?:she|he|they|the young person|the child|[a-z]+) (?:prefers|likes|wants|asked|chose|chooses) "
                        r"to be (?:called|known)\b")
IS_NOT_KIN = re.compile(r" (?:is|was) not (?:the|a|an|her|his|their) (?:[a-z'’]+ ){0,2}(?:father|mother|dad|mum|brother|"
                        r"sister|son|daughter|partner|boyfriend|girlfriend|uncle|aunt|parent|child)\b")
# a person taken somewhere: "took summer to nandos", "Bill ... drives Sterling to football"
TAKING_BEFORE = frozenset("took takes taking taken drove drives driving driven brought brings bringing collected "
                          "dropped walked escorted accompanied transported".split())
# a message's errand: "tell <name>" and what to tell her (a pronoun, "that", "at", "about")
TELL_BEFORE = frozenset("tell tel ask telling asking".split())
TELL_AFTER = frozenset("at i im i'm i’m that al ill i'll i’ll we he she its it's it’s about x thanks ta sorry".split())
# a kin word right before a word-name, which names her: "birth mum summer still consenting"
KIN_NAMED = frozenset("mum dad mother father nan nana nanna gran grandma grandad sister brother sis bro aunt auntie "
                      "aunty uncle cousin stepmum stepdad carer son daughter stepson stepdaughter".split())
JOIN_KIN = frozenset("mum dad nan nana gran grandad grandma uncle aunt auntie aunty sis bro sibs".split())
# kin in brackets after a word-name: "will + bill (twins)"
# a child's place among the siblings, in brackets after "her" or "the": "will (her eldest)"
BIRTH_ORDER = frozenset("eldest youngest oldest middle".split())
KIN_IN_BRACKETS = frozenset("twins twin sibs sib bro sis mum's dad's nan's "
                            # the person is the kin: "frank (papa) v upset", "will (lodger)"
                            "papa mama mammy grampa gramps bampi mamgu taid nain baba ammi abba nani dadi oma opa "
                            "babcia dziadek lodger stepdad step-dad stepmum step-mum".split())
# after a word-name and an age, her date of birth: "summer 12 (dob 10 sept 2011)"
AGE_THEN_BIRTH = re.compile(r" ?[(,-] ?(?:dob|d\.o\.b|b\.|born)\b")
# a kin word's age or half before it in brackets: "will (older bro, 19)", "grace (half sis)"
KIN_AGE_WORDS = frozenset("older younger elder big little half step".split())
# a verb of seeing or meeting a person right before the word-name: "sch visit - seen river"
# "wants faith to stay for the summer", "told storm to leave": someone is wanted to act
WANTING_BEFORE = frozenset("wants wanted want asked asks told tells allow allowed allows let lets help helped helps "
                           "encourage encouraged encourages".split())
TO_ACT_AFTER = re.compile(r" to (?:stay|come|live|go|see|visit|leave|move|return|attend|join|sleep|speak|talk|call|ring)\b")
SEEING_BEFORE = frozenset("seen visited met collected weighed examined baby".split())
# "can i see frank tmrw": a visit to come, when a time follows the word-name
SEE_WHEN_AFTER = re.compile(r" (?:tmrw|tomorrow|tmw|today|tonight|later|instead|again|on (?:mon|tue|wed|thu|fri|sat|sun)|at \d)")
# "we have seen hope in her": an abstract noun after an auxiliary's "seen"
ABSTRACT = frozenset("hope faith grace will joy patience charity honour".split())
AUXILIARIES = frozenset("have has had was were is are been be being".split())
# a note's topic: "re hope -", "subject: summer -"
TOPIC_BEFORE = frozenset("re subject".split())
# a family's faith as a topic, not Faith: "note re faith: family attend a pentecostal church"
FAITH_NEAR = re.compile(r"\b(?:church|churches|pastor|mosque|masjid|imam|gurdwara|temple|mandir|synagogue|prayer|prayers|"
                        r"praying|religion|religious|faith-based|pentecostal|catholic|muslim|christian|hindu|sikh|jewish|"
                        r"worship|beliefs?)\b")
# what only a person has done, after "has" at a sentence's start
LIFE_PARTICIPLES = frozenset("told lived said disclosed attended spoken shared asked refused declined described "
                             "explained stayed moved settled started returned written drawn".split())
# what has been done to a person: "Summer has been offered a tenancy" (not "Hope has been restored")
BEEN_PARTICIPLES = frozenset("offered placed seen moved referred excluded arrested missing living staying attending "
                             "visited assessed allocated accommodated adopted bullied".split())
# a school's start: "starts yr7", "started reception", "starting at nursery"
STARTS_SCHOOL = re.compile(r" (?:at )?(?:yr ?\d|year ?\d|y\d|reception|nursery|school|college|secondary|high school)\b")
# what befalls a child that no abstract noun undergoes: "Rose was removed under police protection"
REMOVED = frozenset("removed born discharged admitted exploited groomed abused assaulted injured hurt".split())
BABY_NEXT = frozenset("born was is has had dob d.o.b tbc due "
                      # how a baby is at a visit: "baby grace settled, good eye contact"
                      "settled unsettled feeding fed alert content weighed thriving".split())
# what a baby eats or has, named like a person: "weaning: baby rice, mashed banana"
BABY_THINGS = frozenset("rice".split())
# "baby will be born": a modal is no name after "baby" or "seen"
# words between the name and what shows it: "river last seen", "grace now attends"
ADVERBS = frozenset("last now also then just still really not v very so quite always never often usually sometimes "
                    "clearly obviously definitely".split())
# words before an abstract noun: "there is hope", "a sense of grace", "without faith"
NOT_BEFORE = frozenset("is was are were of in without give gave lost losing new real false much care has have had "
                       # a colour or a kind of injury before a word-name makes it a noun: "red mark seen on back"
                       "red blue black purple yellow green brown pink grey faint fresh finger bite burn birth "
                       "pressure scratch slap hand linear".split())
# states only a person is in, right after the name in a note: "grace asleep", "will seen"
# word-names that are weather too: "storm came in"
# a part of the body after "mark": an injury, not Mark
BODY_AFTER = re.compile(r"\b(?:arm|arms|leg|legs|face|cheek|cheeks|back|neck|head|forehead|hand|hands|wrist|"
                        r"chest|tummy|stomach|thigh|bottom|ear|ears|eye|shoulder|knee|shin|foot|feet|body|temple|jaw)\b")
# a time of day or year after these is the time: "just before dawn", "until summer"
TIME_BEFORE = frozenset("before after at until till by since towards through".split())
WEATHER = frozenset("storm sky rain snow summer autumn winter spring dawn breeze frost misty river sunny".split())
# a school year in brackets after a word-name: "sunny (y4, ...)", "jack (yr10)"
SCHOOL_YEAR = re.compile(r"(?:y|yr|year|p|s)\d{1,2}")
YEAR_SPACED = re.compile(r"(?:yr|year) \d{1,2}\)")   # "faith (yr 8)"
AGE_TOKEN = re.compile(r"\d{1,2}(?:m|mo|mos|mth|mths|months?|w|wk|wks|weeks?|yo|y/o|yrs?)")   # "autumn (6mths)"   # (P5, S2: Scotland's and Northern Ireland's)
# another month after a month's count: "May (3), June (4) and July (2)"
MONTH_LISTED = re.compile(r",? (?:and |& )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|autumn|winter)")
# what is a child's, after a word-name's 's: "worried about may's attendance"
CHILDS = frozenset("attendance behaviour weight views wishes voice needs bedroom nursery school placement "
                   "contact safety keyworker teacher social worker ehcp pep "
                   # what was done to a child: "strategy: jack's injuries"
                   "injuries injury bruises bruising disclosure allegation statement interview "
                   # a worker's: "grace's caseload 24"
                   "caseload bday response reply "
                   # a child's record and plan: "mosaic has ruby's dob as ...", "poppy's targets: reading age"
                   "dob upn targets".split())
# classes of the early years in brackets: "storm (rec)", "rose (nursery)"
SCHOOL_CLASSES = frozenset("rec reception nursery".split())
# a word between a word-name's "'s" and the person: "Summer's class teacher", "hope's foster carer"
MODIFIERS = frozenset("class form foster social key support youth family school new old".split())
# a caller naming herself: "it's will fae the fishing", "hi its dawn from nursery"
CALLER_BEFORE = re.compile(r"(?:\bit['’]?s|\bthis is) $")
CALLER_AFTER = frozenset("from at".split())
CALLER_ROLE_AFTER = re.compile(r",? (?:ur|your|yr) (?:sw|social worker|iro|pa|worker|key ?worker|fsw|teacher|carer|tm)\b")
# a distance, not a caller: "it's miles from me mates"
DISTANCES = frozenset({"miles"})
CALLER_DIALECT = frozenset("fae frae calling speaking".split())
# a worker's role in brackets after a word-name: "faith (YOT wkr)", "dawn (family support worker)"
WORKER_IN_BRACKETS = re.compile(r"[a-z/&]+(?: [a-z/&]+){0,2} (?:wkr|worker|sw|fsw|practitioner|officer|nurse)\)"
                                # whose kin or worker a person is: "Ash (YP's worker)", "bill (the carer's husband, ..."
                                r"|(?:the )?[a-z]+['’]s (?:worker|sw|keyworker|key worker|husband|wife|partner|boyfriend|"
                                r"girlfriend|son|daughter|brother|sister|mum|dad|friend|mate|nan|uncle|aunt)\b"
                                # a worker's service or trade: "grace (ed psych) to see", "- Precious (EH)"
                                r"|(?:ed psych|edpsych|eh|early help|camhs|yot|yjs|mash|edt|school nurse|sch nurse)\)")
PERSON_STATES = frozenset(
    "seen asleep awake upset excited tearful distressed doing crying playing smiling laughing sleeping "
    "eating attending struggling refusing engaging settling thriving arrived absent missing arrested "
    "shouting screaming swearing arguing fighting visiting "
    "remanded charged bailed cautioned unsettled suspended excluded expelled bullied "
    # a negated verb only a person's subject takes in a note: "hope wont come in", "jack didnt go"
    "wont won't didnt didn't doesnt doesn't isnt isn't cant can't hasnt hasn't aint ain't wdnt wouldnt wouldn't "
    # how a child was at contact: "poppy v happy to see her", "poppy hitting milestones"
    "happy chatty clingy giggly hitting".split())


# what a child was not, in a note: "jack not collected", "jimmy not come home"
# after a word-name's "'s not" (is not): "ruby's not back", "jack's not answering"
NOT_BACK = frozenset("back home in answering eating sleeping coming going".split())
# and after its "'s" alone: "grace's missing again"
IS_AWAY = frozenset("missing asleep upset".split())
CLAUSE_JOINS = frozenset("and but so then x if whether know cos coz because when".split())   # ("anyone know if rhea's got her RHA")
# "'s" for "has" and what a person has done: "frank's made her a hot choc"
HAS_DONE = frozenset("made gone got done took taken bought cooked texted rung rang".split())
# an action list's item: "1) will to go", "- will to attend"
ACTION_START = re.compile(r"(?:^|[\n\x00]|\d[.)]\s?|[-•*]\s|[:;]\s)$")
ACTION_TO = re.compile(r" (?:go|attend|see|stay|have|start|continue|return|join|be seen|meet|keep|complete)\b")
# a worker's action: "actions: - grace to book interp (romanian) for tues 14th"
ACTION_TO_DO = re.compile(r" (?:do|monitor|undertake|carry out|review|book|ring|call|phone|contact|arrange|chase|send|speak|update|refer|write|check|visit|email|"
                          r"text|liaise|share|complete|follow up|feed back|request|invite|circulate|convene|visit)\b")
# what a list's item opens with that is a verb, not a worker: "- hope to attend", "- aim to"
NOT_ACTOR = frozenset("hope aim wish plan need will may can".split())
NOT_DONE = frozenset("collected come came home seen brought attending attended engaging eating sleeping talking walking "
                     "speaking feeding".split())
WEIGHED = re.compile(r"(?:(?:wt|weight|weighs|weighed|weighing) \d{1,3}(?:\.\d{1,3})?|\d{1,2}\.\d{1,3}) ?kg\b")
AGED_Y = re.compile(r"\d{1,2}(?:y|yo|y/o|yrs?|mths?|wks?)(?![\w/])(?! ago| away| later| before| after| off| earlier)")
PRONOUNS = frozenset("i we you they he she lets let's".split())
# a father's name his son shares: "paddy jnr off school"
JUNIOR_AFTER = re.compile(r" (?:jnr|junior|snr|senior|jr)\b")
# an age and a comma after a word-name opening a note's item: "strategy: faith 15, preg"
AGE_ITEM_AFTER = re.compile(r" (?:[1-9]|1[0-9])(?:,| \(| -| yrs?\b| y/o| yo\b| (?:in bed|not in|at home|asleep|missing|seen|upset)\b)")
# a bracket that says what a person is called: "(he prefers this to his given name)", "(his family call him ...)"
BRACKET_CALLED = re.compile(r"(?:(?:he|she|they) prefers?\b|(?:his|her|their) (?:family|mum|dad|friends|mates|nan) calls? "
                            r"(?:him|her|them)\b"
                            # "Sunny (that is what he likes to be called) said"
                            r"|(?:that|this|which)(?: is|['’]s) what (?:he|she|they) (?:likes?|wants?|prefers?|asked) to be called\b)")
SCHOOL_YEAR_AFTER = re.compile(r" (?:is )?in (?:yr|year|y) ?\d{1,2}\b")
ATTENDANCE_AFTER = re.compile(r" (?:at |on )?\d{1,3}(?:\.\d)?% ?(?:attendance|att|attend)\b")
DOB_AFTER_NAME = re.compile(r",? \(?(?:dob|d\.o\.b\.?|born)\b")
EVENT_AFTER_NAME = re.compile(r" (?:found|located|returned|missing|reported missing|mfh|located safe)\b")
CLAUSE_DASH = re.compile(r"(?: [-–] |: |^|[\n\x00])$")
# an age in months or years right after a capitalised word-name: "ED attendance Whipps, Summer 14mths, scald"
CAP_AGE_UNIT_AFTER = re.compile(r" \d{1,2} ?(?:mths|months|mnths|yrs|yo|y/o|wks|weeks)\b"
                                r"(?! (?:ago|old|later|on|of|since|late|early|overdue|behind|left|remaining|away|off|delay|before|after|to|in|into|until|till))")
LIFE_ADVERBS = frozenset("now since always never still also only recently happily".split())
# where or by whom a person is seen: "Summer seen at home", "seen by GP"
SEEN_BY = re.compile(r" (?:at|by|with|home|alone)\b")
# where a person goes when she leaves: "mark left before police arrived", "grace left with dad"
LEFT_AS_A_PERSON = re.compile(r" (?:before|after|with|without|early|home|school|the house|the property|the office|the meeting|"
                              r"the room|in a|angry|upset|crying|shouting)\b")
# words before a season that is one: "last summer 2wks away"
SEASON_BEFORE = frozenset("last this next every in during over since until till by before after that whole all".split())
AGE_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                      "sixteen seventeen eighteen nineteen".split())
ADVERBS_OF_AGE = frozenset("now nearly almost just aged".split())


# a capitalised word-name and an age in brackets: "Case summary: Junior (12) lives with ..."
CAP_AGE_AFTER = re.compile(r" \((?:[MFmf],? |(?:baby|infant|newborn|girl|boy),? )?(?:aged? )?\d{1,2}(?: ?(?:yrs?|years|y/?o|months|mths|wks|weeks|days))?\)")   # ("Sunny (M, 22)", "Sunny (baby, 8wks)")
# "Faith is a Nigerian British girl aged 15", "Faith was the only child in the house"
IS_A_PERSON = re.compile(r" (?:is|was) (?:a|an|the) (?:(?!(?:the|a|an|of|in|on|for|to|with|that|which|who|word|"
                         r"name|colour|theme|way|one|favourite)\b)[a-z0-9'’-]+ ){0,3}?(girl|boy|child|baby|teenager|toddler|"
                         r"lad|man|woman|daughter|son|sibling|partner|boyfriend|girlfriend|father|mother|stepfather|"
                         r"stepmother|brother|sister|uncle|aunt|cousin|grandfather|grandmother|neighbour)(?![\w'’-])")
# "Rose is the eldest of five", "Frank is autistic": a place in a family, or what only a person is
IS_OF_A_FAMILY = re.compile(r" (?:is|was) (?:(?:the )?(?:eldest|youngest|oldest|middle child)\b|(?:autistic|non-verbal|nonverbal|"
                            r"deaf|pregnant|adopted|diagnosed with)\b"
                            # "Summer is well settled in her kinship placement"
                            r"|(?:now |well |very |more |happily )?settled (?:in|at|with) (?:her|his|their)\b"
                            # 'Child's voice: "Grace is the only one who rang me'
                            r"|the only (?:one|person|adult) (?:who|that)\b)")
PERSON_WORDS = frozenset("girl boy child baby teenager toddler lad man woman daughter son sibling partner boyfriend "
                         "girlfriend father mother stepfather stepmother brother sister uncle aunt cousin grandfather "
                         "grandmother neighbour".split())
# a person's things after a capitalised word-name's "'s" at a sentence's start
PERSONS_THINGS = frozenset("story voice views wishes experience journey life plan mum dad mother father nan gran "
                           "carer carers school birthday bedroom behaviour attendance needs feelings "
                           # a child's case and health: "Autumn's case was audited twice", "Summer's asthma review"
                           "case file chronology asthma health weight medication diagnosis ehcp pep placement "
                           "brother sister siblings friend friends boyfriend girlfriend teacher keyworker "
                           # "disc will's presentation - withdrawn"
                           "presentation progress mood engagement safety wellbeing".split())
# "Will is described by his teachers": no modal "will" is followed by these
WILL_IS = re.compile(r" (?:(?:is|was) (?:described|seen|known|placed|living|attending|reported|noted|now \d|\d|at risk)|says|said|"
                     r"told|attends|lives)\b")
# what a child had or wet: "Star had a good day", "Ivy wet the bed"
DAY_AFTER = re.compile(r" (?:a (?:good|bad|great|lovely|tough|hard|difficult) (?:day|night|week|time)|a tantrum|"
                       r"a meltdown|a nightmare|nightmares?|the bed|herself|himself)\b")
RAN_TO = re.compile(r" (?:to|off|away|out|upstairs|downstairs|over|across)\b(?: (?:him|her|them|dad|mum|nan|his|her))?")
OFFICE_AFTER = re.compile(r" into (?:the )?(?:office|reception|school|contact|care|hospital|a&e)\b")
# how a person comes in: "dawn came in crying"
CAME_IN_STATES = frozenset("crying late upset hungry tearful dirty drunk shouting".split())
# months that are names: a person only when speaking, never after a preposition or a day
MONTH_NAMES = frozenset({"april", "may", "june"})
MONTH_BEFORE = frozenset("in on of by from until till since during early late mid end start last next this "
                         "since before after".split())


class WordNameFinder:
    """``find(text, low, words)``: spans of lower-case word-names shown to be people."""

    def __init__(self, lex: Lexicon, known: frozenset[str] = frozenset()) -> None:
        self.lex, self.known = lex, known   # ``known``: the sector's proper nouns and jargon
        self.names = frozenset(
            w for w, c in lex.classes.items()
            if (c & (FIRST_AMB | FIRST_SEMI) and w in lex.words or c & FIRST and c & WIDE and len(w) >= 3)
            and not c & (VOCAB | ROLE | TITLE) and w.isalpha()) | SEASON_NAMES
        # (first names of the wider lists, "magnus", "tammy", "rowan", are reported in lower
        # case by the same cues: "seen magnus at home", "wee rowan (4)")

    def find(self, text: str, low: str, words: set[str]) -> Iterator[Span]:
        yield from self._after_roles(text, low, words)
        yield from self._months_speaking(text, low, words)
        hits = self.names.intersection(words)
        if not hits:
            return
        classes = self.lex.classes
        named: dict[str, list[int]] = {}   # each word-name read as a person, and where
        unread: list[tuple[int, int, str]] = []
        for s, e, word in occurrences(low, hits):
            if text[s:e] != word:
                if text[s:e] == word.capitalize() and (self._opens_with_a_life(text, low, s, e)
                                                       or self._opens_with_an_age(text, low, s, e)
                                                       or CAP_AGE_AFTER.match(text, e)
                                                       or CAP_AGE_UNIT_AFTER.match(text, e) and word not in MODALS
                                                       or text[max(0, s - 2):s] == ": " and low[e:e + 1] == " "
                                                       and AGED_Y.match(low, e + 1) and word not in MODALS
                                                       or self._opens_as_a_person(text, low, s, e)
                                                       or self._opens_acting(text, low, s, e, word)
                                                       or word == "will" and WILL_IS.match(low, e)
                                                       or self._action_item(low, s, e, word)
                                                       or self._person_around(text, low, s, e)):
                    yield "personal-name", s, e   # "Summer has lived with her foster carers ..."
                continue   # capitalised: otherwise the name rules' case
            before, _, _ = prev_word(low, s)
            if before in ("to", "at", "from", "round") and self._cued_around(text, low, s, e) \
                    or CALLER_BEFORE.search(low, max(0, s - 9), s) and CALLER_ROLE_AFTER.match(low, e):
                yield "personal-name", s, e   # "to go to summer's (other carer ...)"
                continue
            if text[s - 1:s] == " " and text[s - 2:s - 1].isalpha() and _compound_after(text, s, classes):
                continue   # "the Local Offer page now explains": a thing of a proper noun's
            if classes.get(before, 0) & DET or before in NOT_BEFORE or word in WEATHER and before in TIME_BEFORE:
                continue   # "the summer", "her will", "no hope", "there is hope", "just before dawn"
            if word == "mark" and BODY_AFTER.search(low, e, e + 40):
                continue   # "mark seen on left arm approx 3cm": an injury
            if self._joined(low, s, e) or before in TOPIC_BEFORE and self._topic(low, s, e) \
                    or before in SEEING_BEFORE and text[s - 1:s] == " " and text[s - 2:s - 1] not in ",;" and word not in MODALS and not (
                    word in ABSTRACT and prev_word(low, s - len(before) - 1)[0] in AUXILIARIES) \
                    and (before != "baby" or self._after_baby(low, e)
                         and prev_word(low, prev_word(low, s)[2])[0] not in ("a", "an", "like")) \
                    or self._person_after(text, low, e) or self._person_around(text, low, s, e) \
                    or before in WANTING_BEFORE and TO_ACT_AFTER.match(low, e) and not (
                        word in WEATHER and low.startswith(" to come", e)) \
                    or sentence_initial(text, s) and IS_A_PERSON.match(low, e) \
                    or JUNIOR_AFTER.match(low, e) and word not in MODALS \
                    or AGE_ITEM_AFTER.match(low, e) and word not in MODALS and word not in SEASON_NAMES and (sentence_initial(text, s) or text[max(0, s - 2):s] == ": ") \
                    or before in KIN_NAMED and word not in MODALS and self._kin_acting(low, e, s) \
                    or before in TELL_BEFORE and word not in MODALS and next_word(low, e)[1] == " " \
                    and next_word(low, e)[0] in TELL_AFTER:
                # a message's "can u tell frank at the contact centre im runnin late", "tell deb al be at review"
                named.setdefault(word, []).append(s)
                yield "personal-name", s, e   # "seen river in 1:1 room"
            else:
                unread.append((s, e, word))
        # the same word-name again, opening a later clause of the same text, then how she was: "seen
        # will + faith @ school. will v quiet", "seen Grace + Alfie. grace v quiet"
        for s, e, word in unread:
            # (the same text only: scan_many joins texts with NULs)
            before = any(p < s and "\x00" not in text[p:s] for p in named.get(word, ()))
            if (before or word.capitalize() in text) and CLAUSE_OPENS.search(text, max(0, s - 3), s) \
                    and AGAIN_AS_A_PERSON.match(low, e) and (before or _named_capitalised(text, word, s)):
                yield "personal-name", s, e

    def _cued_around(self, text: str, low: str, s: int, e: int) -> bool:
        """"to go to summer's (other carer ...)", "female 16 (summer)", "checked by mark.",
        "supervision notes (sunny):", "about wee grace", "Grace from the Family Support Hub",
        "Sky, as the young person prefers to be called,", "Mark is not the children's father"."""
        word = low[s:e]
        before, bsep, bs = prev_word(low, s)
        if text[e:e + 2] in ("'s", "’s") and before in ("at", "to", "from", "round") and bsep == " " \
                and HOUSE_END.match(low, e + 2):
            return word not in MODALS or before != "to"   # (the modal's own rule reads "at will's")
        if text[s - 1:s] == "(" and text[e:e + 1] == ")" and AGED_BEFORE_BRACKET.search(low, max(0, s - 16), s):
            return True
        if text[s - 1:s] == "(" and text[e:e + 2] == "):" and word not in ABSTRACT and not self.lex.classes.get(word, 0) & CAL:
            return True
        if before == "by" and bsep == " " and prev_word(low, bs)[0] in DONE_BY and BY_END.match(low, e):
            return True
        if before == "see" and bsep == " " and word not in MODALS and word not in ABSTRACT and SEE_WHEN_AFTER.match(low, e):
            return True   # "can i see frank tmrw instead of gemma"
        if SCHOOL_YEAR_AFTER.match(low, e):
            return True   # "sch: will in yr 6 told TA": no modal "will" is "in yr 6"
        if ATTENDANCE_AFTER.match(low, e) and word not in MODALS:
            return True   # "grace 61% attendance": a pupil's figure
        if (d := DOB_AFTER_NAME.match(low, e)) and word not in MODALS and word not in ("pat", "mat") \
                and not (word in SEASON_NAMES | {"spring", "winter"} and d.group().endswith("born")):   # ("summer born")
            return True   # "NBV grace, dob 29/08/22": a birth right after a word-name is hers
        if EVENT_AFTER_NAME.match(low, e) and word not in MODALS and word not in ABSTRACT and word not in SEASON_NAMES \
                and not self.lex.classes.get(word, 0) & CAL and CLAUSE_DASH.search(low, max(0, s - 4), s):
            return True   # "missing ref MPR-24-0087 - destiny found Northgate St 02:15"
        if before == "w" and text[bs:bs + 1] == "w" and bsep in (" ", "/ ", "/") and word not in MODALS \
                and BY_END.match(low, e) and word not in ("rain", "snow", "frost", "breeze", "misty", "winter", "spring"):
            return True   # "rhi 2/8 w sunny.", "seen w/ grace" (a note's "with": not "w/ hope of")
        if before == "wee" and bsep == " " and self.lex.classes.get(word, 0) & FIRSTS and word not in MODALS \
                and next_word(low, e)[0] not in ("bit", "one", "ones", "thing", "things", "while", "period", "of"):
            return True
        org = FROM_THE_ORG.match(text, e)
        if org and word not in MODALS and (text[s:s + 1].isupper() or next_word(low, org.end())[0] in PERSON_SPEECH):
            return True   # (in lower case, when she speaks: "sue from hillside primary says")
        if AS_PREFERS.match(low, e) or IS_NOT_KIN.match(low, e) and sentence_initial(text, s):
            return True
        return False

    @staticmethod
    def _action_item(low: str, s: int, e: int, word: str) -> bool:
        """"actions: - grace to book interp", "Mr Dias to monitor lunch; Grace to do unannounced
        visit": a word-name opening a list's item, then "to" and a worker's task."""
        nxt, sep, ws = next_word(low, e)
        return nxt == "to" and sep == " " and ACTION_TO_DO.match(low, ws + 2) is not None and word not in NOT_ACTOR \
            and ACTION_START.search(low, max(0, s - 6), s) is not None

    @staticmethod
    def _kin_acting(low: str, end: int, start: int = 0) -> bool:
        """"birth mum summer still consenting under s20": a kin word, the word-name, an adverb
        and a verb in -ing or -ed; or the verb straight after, or "is" or "was" ("contact w/
        brother mark supervised", "my daughter hope is not going")."""
        nxt, sep, ws = next_word(low, end)
        if sep == " " and (nxt in ("is", "was", "has", "had") or len(nxt) > 5 and nxt.endswith("ed")) \
                and low[max(0, start - 3):start - 1] not in ("'s", "’s"):
            return True   # (not the kin's own: "mum's hope is", "dad's van parked")
        if sep != " " or nxt not in ADVERBS - {"v", "very", "so", "quite", "really", "not", "last"}:
            return False
        verb, sep, _ = next_word(low, ws + len(nxt))
        return sep == " " and len(verb) > 4 and verb.endswith(("ing", "ed")) and verb != "being"

    def _months_speaking(self, text: str, low: str, words: set[str]) -> Iterator[Span]:
        """"may said she wants to see her dad": a month that is a name, in lower case, then a
        verb of speech; no month, and no modal "may", says anything."""
        for s, e, word in occurrences(low, MONTH_NAMES.intersection(words)):
            nxt, sep, _ = next_word(low, e)
            before, _, _ = prev_word(low, s)
            if text[s:e] == word and sep == " " and nxt in PERSON_SPEECH and not before.isdigit() \
                    and not self.lex.classes.get(before, 0) & DET and before not in MONTH_BEFORE:
                yield "personal-name", s, e
            elif text[s:e] in (word, word.capitalize()) and (m := CAP_AGE_AFTER.match(text, e)) and not before.isdigit() \
                    and before not in MONTH_BEFORE and not MONTH_LISTED.match(low, m.end()):
                yield "personal-name", s, e   # "may (15) missing overnight": a month has no age ("June (7), July (4)": counts)

    @staticmethod
    def _topic(low: str, s: int, e: int) -> bool:
        """"concern re hope - bruising", "Subject: summer - review", "re: rose wanting to stay":
        a word-name as a note's topic, then a dash, a comma, the end or a verb in -ing."""
        nxt, sep, _ = next_word(low, e)
        if sep in ("-", "–") or low[s:e] == "faith" and FAITH_NEAR.search(low, *segment_bounds(low, s)):
            return False   # "re faith-based practices", "note re faith: ... a pentecostal church"
        return not nxt or sep.strip() in ("-", "–", ",", ":") or nxt.endswith("ing") and nxt != "being" and sep == " "

    @staticmethod
    def _opens_with_a_life(text: str, low: str, s: int, e: int) -> bool:
        """A capitalised word-name opening a sentence, then "has" or "had" and what only a
        person has done ("Rose has told her IRO", "Summer has lived with ..."; not "Hope has
        been restored")."""
        w1, sep1, ws1 = next_word(low, e)
        if w1 not in ("has", "had") or sep1 != " " or not sentence_initial(text, s):
            return False
        w2, sep2, ws2 = next_word(low, ws1 + len(w1))
        if w2 in LIFE_ADVERBS and sep2 == " ":   # "Summer has now lived with her great-aunt"
            w2, sep2, ws2 = next_word(low, ws2 + len(w2))
        if w2 == "been" and sep2 == " ":   # "Summer has been offered a tenancy"
            return next_word(low, ws2 + 4)[0] in BEEN_PARTICIPLES
        return sep2 == " " and w2 in LIFE_PARTICIPLES

    @staticmethod
    def _opens_with_an_age(text: str, low: str, s: int, e: int) -> bool:
        """A capitalised word-name opening a sentence, then "is" or "was" and an age: "Summary:
        Faith is fifteen and ...", "Hope is now 9" (no abstract "hope" is of an age)."""
        w1, sep1, ws1 = next_word(low, e)
        if w1 not in ("is", "was") or sep1 != " " or not sentence_initial(text, s):
            return False
        w2, sep2, ws2 = next_word(low, ws1 + len(w1))
        if w2 in ADVERBS_OF_AGE and sep2 == " ":
            w2, sep2, ws2 = next_word(low, ws2 + len(w2))
        # "Faith is fifteen and ...", not "Hope is two of the values ..."
        return sep2 == " " and (w2 in AGE_WORDS or w2.isdigit() and len(w2) <= 2) \
            and next_word(low, ws2 + len(w2))[0] not in ("of", "things", "times", "reasons", "ways", "%")

    @staticmethod
    def _opens_as_a_person(text: str, low: str, s: int, e: int) -> bool:
        """A capitalised word-name opening a sentence as a person: "Faith is a Nigerian British
        girl", "Faith was the only child in the house", "Learning: Summer's story reminds us"
        (not "Hope is a powerful motivator", "Grace's prayer")."""
        if not sentence_initial(text, s):
            return False
        if text[e:e + 2] in ("'s", "’s"):
            return next_word(low, e + 2)[0] in PERSONS_THINGS
        m = IS_A_PERSON.match(low, e)
        return m is not None and m.group(1) in PERSON_WORDS or IS_OF_A_FAMILY.match(low, e) is not None

    @staticmethod
    def _opens_acting(text: str, low: str, s: int, e: int, word: str) -> bool:
        """A capitalised word-name opening a note's sentence, then what only a person does or
        is: "FC log Thurs: Ivy wet the bed", "Star had a good day", "Hunter v unsettled after
        contact" (an abstract noun's sentence, "Hope remains", is no such thing)."""
        if word in ABSTRACT or not sentence_initial(text, s):
            return False
        nxt, sep, ws = next_word(low, e)
        if nxt in ADVERBS and sep == " ":
            nxt, sep, ws = next_word(low, ws + len(nxt))
        if sep != " ":
            return False
        if word in WEATHER and word != "storm":
            # "Summer wrote her own section", "23/7 Summer seen at home", "Health: Summer was admitted
            # to the children's ward", not "Summer came early"
            return nxt in PERSON_SPEECH or nxt in PERSON_ACTS or nxt == "seen" and SEEN_BY.match(low, ws + 4) is not None \
                or nxt in ("was", "is") and next_word(low, ws + len(nxt))[0] in REMOVED
        if nxt == "born":
            return True   # a chronology's "02.03.2016 - Paisley born, Pilgrim"
        if nxt in ("had", "wet"):
            return DAY_AFTER.match(low, ws + len(nxt)) is not None
        if nxt == "ran":   # "Sapphire ran to him", not "Storm ran through the night"
            return RAN_TO.match(low, ws + 3) is not None
        if nxt in ("signed", "countersigned", "authorised", "approved") and low.startswith((" off", " the", " it"), ws + len(nxt)):
            return word not in MODALS   # "Management oversight: Mark signed off the Pathway Plan"
        if nxt in ("was", "is") and word not in MODALS:   # "Rose was removed under police protection"
            return next_word(low, ws + len(nxt))[0] in REMOVED
        return nxt in PERSON_STATES or nxt in PERSON_SPEECH or nxt in PERSON_ACTS

    @staticmethod
    def _after_baby(low: str, end: int) -> bool:
        """"baby rose - born", "baby grace was born": not "a parent and baby foster placement"."""
        if prev_word(low, end)[0] in BABY_THINGS:
            return False   # "baby rice, mashed banana": a weaning food
        nxt, sep, _ = next_word(low, end)
        return bool(sep.strip()) or not nxt or nxt in BABY_NEXT or nxt in PERSON_ACTS or nxt in PERSON_STATES

    def _joined(self, low: str, s: int, e: int) -> bool:
        """"hope + grace", "faith & joy", "storm + dad": joined by "+" or "&" to another word-name
        or to a word of kin (two abstract nouns are joined by "and" in prose, not by "+")."""
        word = low[s:e]
        for m in (JOIN_AFTER.match(low, e), JOIN_BEFORE.search(low, max(0, s - 16), s)):
            if not m:
                continue
            first = s if m.re is JOIN_AFTER else m.start(1)
            if self.lex.classes.get(prev_word(low, first)[0], 0) & DET:
                continue   # "a card w/ a robin + holly on it": things, after "a"
            other = m.group(1)
            if other in JOIN_KIN or other in self.names and (
                    "+" in m.group() or not (word in ABSTRACT and other in ABSTRACT)):
                return True   # "hope & faith are values": two abstract nouns, by "&"
        return False

    def _person_after(self, text: str, low: str, end: int) -> bool:
        if text[end:end + 2] in ("'s", "’s"):
            nxt, sep, ws = next_word(low, end + 2)
            if sep == " " and nxt == "not":   # 'text from mum: "ruby's not back"': is, not a possessive
                return next_word(low, ws + 3)[0] in NOT_BACK
            return sep.strip() == "" and (bool(self.lex.classes.get(nxt, 0) & PERSON_NOUN) or nxt in CHILDS
                                          or nxt in IS_AWAY and sep == " "
                                          or nxt in HAS_DONE and sep == " " and self._opens_clause(low, end))
        nxt, sep, ws = next_word(low, end)
        if sep.strip() == "(":
            return self._bracketed_person(low, end)
        if sep.strip():
            return False
        if nxt == "not" and next_word(low, ws + 3)[0] in NOT_DONE and low[end - 4:end] not in ("will", " may", " can") \
                and prev_word(low, prev_word(low, end)[2])[0] not in PRONOUNS:
            return True   # "jack not collected til 18:20", "jimmy not come home again"
        if nxt == "to" and low[end - 4:end] == "will" and ACTION_TO.match(low, ws + 2) \
                and ACTION_START.search(low, max(0, end - 10), end - 4):
            return True   # "actions: 1) will to go to breakfast club daily": no modal "will" is followed by "to"
        if self._action_item(low, prev_word(low, end)[2], end, prev_word(low, end)[0]):
            return True   # "- grace to book interp"
        if nxt == "to" and low.startswith(" be seen", ws + 2):   # "jasmine to be seen at benton house"
            name, _, ns = prev_word(low, end)
            return name not in ABSTRACT and prev_word(low, ns)[0] not in PRONOUNS | MODALS
        if nxt == "on":   # "faith on waitlist approx 18 wks", "faith on waiting list for T4"
            return next_word(low, ws + 2)[0] in ("waitlist", "waitinglist") or low.startswith((" waiting list", " wait list"), ws + 2)
        if nxt.isdigit() and len(nxt) <= 2 and AGE_THEN_BIRTH.match(low, ws + len(nxt)):
            return True   # "yc app. summer 12 (dob 10 sept 2011)": an age, then her birth
        if WEIGHED.match(low, ws) or AGED_Y.match(low, ws):   # "grace 4.1kg (25th centile)", "summer 2y, head lac"
            name, _, ns = prev_word(low, end)
            return name not in BABY_THINGS and prev_word(low, ns)[0] not in SEASON_BEFORE
        if nxt in ADVERBS:
            nxt, sep, ws = next_word(low, ws + len(nxt))   # "river last seen 1930"
            if sep.strip():
                return False
        if nxt == "reported":   # "hope reported missing by carer", not "the unexplained mark reported by school"
            return next_word(low, ws + len(nxt))[0] in ("missing", "that", "feeling", "being", "she", "he")
        if nxt in ("starts", "started", "starting"):   # "faith starts yr7 at egglescliffe school"
            return STARTS_SCHOOL.match(low, ws + len(nxt)) is not None
        if nxt == "returned":   # "16/02 - hope returned from foster placement", not "hope returned as the plan settled"
            return next_word(low, ws + len(nxt))[0] in ("from", "home", "after")
        if nxt == "left" and LEFT_AS_A_PERSON.match(low, ws + 4) and sentence_initial(low, prev_word(low, end)[2]):
            return True   # "security called. mark left before police arrived", not "a mark left on her arm"
        if nxt in ("plays", "played") and PART_ROLE.match(low, ws + len(nxt)):
            return False   # "faith plays a big part": an idiom
        if nxt in ("had", "wet"):   # "rocky had nightmare 2am", "ivy wet the bed"
            if nxt == "had" and next_word(low, ws + 3)[0] == "been":
                return next_word(low, ws + 3 + len(" been"))[0] in BEEN_PARTICIPLES
            return DAY_AFTER.match(low, ws + len(nxt)) is not None
        if nxt == "has" and next_word(low, ws + 3)[0] == "been":   # "hope has been missing 4 times"
            return next_word(low, ws + 3 + len(" been"))[0] in BEEN_PARTICIPLES
        if nxt == "in" or nxt == "off":   # "mason in today", "faith off sick", not "hope in the plan"
            w2, sep2, _ = next_word(low, ws + len(nxt))
            return w2 in ("today", "school", "nursery", "class", "sick", "tonight", "bed", "care", "hospital", "custody",
                          "a&e") or nxt == "in" and sep2.strip() == ","   # "hv - grace in, hope at school"
        if nxt == "at":   # "grace at school", not "joy at contact" (an abstract noun's) or "at the heart of it"
            return prev_word(low, end)[0] not in ABSTRACT and next_word(low, ws + 2)[0] in (
                "school", "nursery", "college", "work", "contact", "placement")
        if nxt == "moved":   # "since bill moved out", not "the storm moved east"
            return next_word(low, ws + len(nxt))[0] in ("out", "in", "back", "schools", "placement", "placements", "to", "house")
        if nxt in ("turns", "turned"):   # "faith turns 18 on 3/9"
            return next_word(low, ws + len(nxt))[0].isdigit()
        if nxt == "called":   # "holly called, upset", not "a storm called"
            return low[ws + 6:ws + 7] in (",", " ") and next_word(low, ws + 6)[1].strip() in (",", "-", "–")
        if nxt == "came":   # "hope came in w/ no coat", not "the grant came through", "storm came in"
            name = prev_word(low, end)[0]
            if next_word(low, ws + 4)[0] == "into" and OFFICE_AFTER.match(low, ws + 4):
                return True   # "storm came into office asking for help": no weather comes to the office
            w2, _, ws2 = next_word(low, ws + 4)
            if w2 == "in" and low.startswith(" the post", ws2 + 2) or name == "bill" and not self._opens_clause(low, end):
                return False   # "bill came in the post", "gas bill came": a letter's
            if w2 == "in" and next_word(low, ws2 + 2)[0] in PERSON_STATES | CAME_IN_STATES:
                return True   # "dawn came in crying": no dawn comes in upset
            return w2 in ("in", "into", "home", "back", "round", "over") and name not in WEATHER
        return nxt in PERSON_ACTS or nxt in PERSON_STATES

    def _opens_clause(self, low: str, end: int) -> bool:
        """Whether the word ending at ``end`` opens its clause: no English word before it but a
        conjunction ("frank's made her a hot choc", not "the young fella's gone")."""
        name, _, ns = prev_word(low, end)
        before, sep, _ = prev_word(low, ns)
        return name not in ABSTRACT and (not before or sep.strip(" ") != "" or before in CLAUSE_JOINS
                                         or before not in self.lex.words)

    def _bracketed_person(self, low: str, end: int) -> bool:
        """"summer (4)", "faith (aged 9)", "bill (twins)", "grace (mum's eldest)", "Rose (y8)",
        "storm (rec)", "dawn (fsw)", "Mark (Mum's partner)": an age, a school year, kin or a
        role in brackets right after the word-name."""
        nxt, sep, ws = next_word(low, end)
        if sep.strip() != "(":
            return False
        if BRACKET_CALLED.match(low, ws) and prev_word(low, end)[0] not in ABSTRACT:
            return True   # "Bill (he prefers this to his given name)", "(his family call him Billy-Joe)"
        if nxt in ("the", "a", "her", "his", "their", "mum's", "dad's"):
            nxt, _, ws = next_word(low, ws + len(nxt))   # "grace (the baby)", "will (her eldest)"
            if nxt in BIRTH_ORDER:
                return True
        if nxt in KIN_AGE_WORDS:
            nxt, _, ws = next_word(low, ws + len(nxt))   # "will (older bro, 19)"
            if nxt in KIN_IN_BRACKETS or self.lex.classes.get(nxt, 0) & PERSON_NOUN:
                return True
        return nxt.isdigit() and len(nxt) <= 2 or nxt in ("age", "aged") and low[ws + len(nxt):ws + len(nxt) + 1] != "-" \
            or nxt in KIN_IN_BRACKETS \
            or nxt == "pa" and low[ws + 2:ws + 3] == ")" \
            or AGE_TOKEN.fullmatch(nxt) is not None or YEAR_SPACED.match(low, ws) is not None \
            or SCHOOL_YEAR.fullmatch(nxt) is not None or nxt in SCHOOL_CLASSES and low[ws + len(nxt):ws + len(nxt) + 1] in "),"\
            or WORKER_IN_BRACKETS.match(low, ws) is not None \
            or bool(self.lex.classes.get(nxt, 0) & (PERSON_NOUN | ROLE)) and low[ws + len(nxt):ws + len(nxt) + 1] in ")'’"

    def _person_around(self, text: str, low: str, s: int, e: int) -> bool:
        """Cues that hold in either case: a relative "who" ("for Summer, who has a learning
        disability"), a bracket after it ("Rose (y8) says"), a person's thing after its "'s",
        with one word between ("Summer's class teacher", "hope's foster carer"), and a caller
        naming herself ("it's will fae the fishing", "hi its dawn from nursery")."""
        if low.startswith((", who ", ", whose "), e) or self._bracketed_person(low, e) \
                and not self.lex.classes.get(prev_word(low, s)[0], 0) & DET:
            return True   # not "the Rose (y8) group"
        if text[e:e + 2] in ("'s", "’s"):
            nxt, sep, ws = next_word(low, e + 2)
            if sep == " " and nxt in MODIFIERS:
                nxt, sep, ws = next_word(low, ws + len(nxt))
            before = prev_word(low, s)[0]
            return sep == " " and not self.lex.classes.get(before, 0) & DET and before not in NOT_BEFORE \
                and (bool(self.lex.classes.get(nxt, 0) & (PERSON_NOUN | ROLE)) or nxt in CHILDS or nxt in PERSONS_THINGS)
        if self._cued_around(text, low, s, e):
            return True
        if before_is(low, s, TAKING_BEFORE) and low.startswith(" to ", e) and low[s:e] not in ABSTRACT:
            return True   # "took summer to nandos", "drives Sterling to football"
        if low[max(0, s - 7):s] in ("me and ", "me n ") and prev_word(low, s - 7)[0] != "between" or low[max(0, s - 4):s] == "me+" or low[max(0, s - 5):s] == "me + ":
            nxt, sep2, _ = next_word(low, e)   # a child's words: '"me and hope share a bed"'
            return sep2 == " " and nxt not in MODALS and nxt not in ("me", "i")
        if CALLER_BEFORE.search(low, max(0, s - 9), s) and CALLER_ROLE_AFTER.match(low, e):
            return True   # "hi kezia its faith ur sw": a worker naming herself
        if CALLER_BEFORE.search(low, max(0, s - 9), s):
            nxt, sep2, _ = next_word(low, e)   # not "it's hope from the start", "it's sunny here"
            return sep2 == " " and (nxt in CALLER_DIALECT or nxt in CALLER_AFTER and low[s:e] not in ABSTRACT
                                    and low[s:e] not in DISTANCES)
        return False

    def _after_roles(self, text: str, low: str, words: set[str]) -> Iterator[Span]:
        """"supervisor: deb", "worker (jez)", "interpreter (maria)", "pc alder": a lower-case
        word right after a role and a colon or in brackets after it, or after a police rank,
        is the person when it is a word-name or no English word. Read from each ": ", "(" and
        rank (a regex over every pair of words was a third of the scan)."""
        lex = self.lex
        i = text.find(": ")
        while i >= 0:
            role = WORD_ENDING.search(text, max(0, i - 13), i)
            word = WORD_STARTING.match(text, i + 2)
            if role and word and lex.classes.get(role.group(1).lower(), 0) & ROLE and self._named(word.group(1)) \
                    and not self._verb_or_adjective(low, word.end(1)) \
                    and word.group(1).split("-")[0].lower() not in VERB_PREFIXES:   # "tm: re-run safety plan"
                yield "personal-name", word.start(1), word.end(1)
            if STAFF_LABEL.search(low, max(0, i - 24), i):
                yield from self._staff_listed(text, i + 2)   # "staff involved: chris, naz", "staff: ash, ellie"
            i = text.find(": ", i + 2)
        i = text.find("(")
        while i >= 0:
            role = WORD_ENDING_SPACE.search(text, max(0, i - 14), i)
            word = WORD_STARTING.match(text, i + 1)
            # "worker (jez)", "tm (jas, 07700 900902)": the name, then the bracket's end or a comma
            after = text[word.end(1):word.end(1) + 1] if word else ""
            if role and word and word.group(1) in BRACKET_TITLES and (lex.classes.get(role.group(1).lower(), 0) & ROLE
                                                                 or role.group(1).lower() in ROLE_SHORT):
                sur = WORD_STARTING.match(text, word.end(1) + 1 + (text[word.end(1):word.end(1) + 1] == "."))
                if sur and text[sur.end(1):sur.end(1) + 1] in (")", ",") and self._surname(sur.group(1)):
                    yield "personal-name", word.start(1), sur.end(1)   # "class teacher (miss pegg)"
            if role and word and (after == ")" or after == "," and word.group(1).isalpha()
                                  and not self.lex.classes.get(word.group(1), 0) & VOCAB) \
                    and (lex.classes.get(role.group(1).lower(), 0) & ROLE or role.group(1).lower() in ROLE_SHORT) \
                    and (self._named(word.group(1)) or lex.classes.get(word.group(1), 0) & FIRSTS
                         and not lex.classes.get(word.group(1), 0) & (ROLE | VOCAB)):   # "PA (rhi)", though RHI is an abbreviation
                yield "personal-name", word.start(1), word.end(1)
            i = text.find("(", i + 1)
        ranks = POLICE_RANKS.intersection(words)
        if ranks:
            for s, e, rank in occurrences(low, ranks):
                word = WORD_STARTING.match(text, e + 1) if text[e:e + 1] == " " else None
                pw, psep, _ = prev_word(low, s)
                if word is None and COLLAR_NUMBER.match(text, e):
                    word = WORD_STARTING_ANY.match(text, COLLAR_NUMBER.match(text, e).end())   # "PC 4471 Grainger"
                if word and not (lex.classes.get(pw, 0) & DET and not psep.strip()) and self._surname(word.group(1).lower()):
                    yield "personal-name", word.start(1), word.end(1)   # not "his pc": a computer
        for s, e, _ in occurrences(low, NURSING.intersection(words)):
            # "health: nurse khan": after a nurse's word, a surname even when it is an English word
            word = WORD_STARTING.match(text, e + 1) if text[e:e + 1] == " " else None
            if word and lex.classes.get(word.group(1), 0) & (SURNAME | SURNAME_AMB) and self._surname(word.group(1)) \
                    and not lex.classes.get(prev_word(low, s)[0], 0) & DET:
                yield "personal-name", word.start(1), word.end(1)

    def _staff_listed(self, text: str, pos: int) -> Iterator[Span]:
        """The one-word items of a list of staff, each a person when it is a word-name or no
        English word ("staff: ash, ellie"; not "staff: agency, bank")."""
        for _ in range(8):
            m = STAFF_ITEM.match(text, pos)
            if not m:
                return
            if self._named(m.group(1)):
                yield "personal-name", m.start(1), m.end(1)
            if not m.group(2):
                return
            pos = m.end()

    def _verb_or_adjective(self, low: str, end: int) -> bool:
        """"TM: chase the GP", "SW: young person placed": a word-name before a determiner, a
        pronoun or a person's noun is a verb or an adjective, not the role's name."""
        nxt, sep, _ = next_word(low, end)
        # (or before an agency's abbreviation: "SW: chase GP for health report")
        return sep == " " and (bool(self.lex.classes.get(nxt, 0) & (DET | PERSON_NOUN)) or nxt in NOT_AFTER_NAME
                               or len(nxt) >= 2 and self.lex.is_abbreviation(nxt.upper()) and not self.lex.classes.get(nxt, 0) & NAME)

    def _plain(self, word: str) -> bool:
        lex = self.lex
        return not (lex.classes.get(word, 0) & (ROLE | TITLE | DET | VOCAB) or lex.is_abbreviation(word)
                    or lex.is_abbreviation(word.upper()))

    def _named(self, word: str) -> bool:
        lex = self.lex
        if word.endswith(("'s", "’s")) and lex.classes.get(word[:-2], 0) & (ROLE | PERSON_NOUN | VOCAB):
            return False   # "call from HV: baby's hip check": a role's possessive
        return self._plain(word) and (word in self.names or bool(lex.classes.get(word, 0) & FIRSTS) or (
            len(word) >= 3 and word not in lex.words and word not in self.known
            and any(ch in "aeiouy" for ch in word[1:])))   # "jez", not "ews"

    def _surname(self, word: str) -> bool:
        """"pc alder", "ds wright": after a rank even an English word is a surname."""
        return self._plain(word) and not (self.lex.classes.get(word, 0) & SPEECH or word in NOT_AFTER_RANK
                                          or word.endswith(("ed", "ing")))


# an officer's collar number between the rank and the name: "PC 4471 Grainger"
COLLAR_NUMBER = re.compile(r" \d{2,5} ")
WORD_STARTING_ANY = re.compile(r"([A-Za-z][a-z'’-]+)\b")
# after a role's colon, a word before these is a verb or an adjective ("TM: chase up the GP")
NOT_AFTER_NAME = frozenset("up person people persons him her them it to with on".split())
# a list of the staff on a shift or in an incident, and one item of it: "staff involved: chris, naz."
STAFF_LABEL = re.compile(r"(?<![\w'’-])(?:staff(?: involved| on shift| on duty| present| debriefed)?|on shift|kws on shift)$")
STAFF_ITEM = re.compile(r"([a-z][a-z'’-]{1,15})(,\s*|\s*[+&/]\s*|\s+and\s+|(?=[.;:)\n\x00]|\s[-–]\s|$))")
# a title opening a bracket after a role, in lower case: "class teacher (miss pegg)"
BRACKET_TITLES = frozenset("miss mrs mr ms mx dr".split())
# clipped roles of hurried notes ("yos wkr (kaz)")
ROLE_SHORT = frozenset("wkr wrkr worker sw tm hv iro dsl fsw pa".split())
POLICE_RANKS = frozenset({"pc", "ds", "dc", "di", "sgt", "pcso"})
NURSING = frozenset({"nurse", "midwife"})
NOT_AFTER_RANK = frozenset("and or to at on in of for with who was is has had rang called visit visits said aware "
                           "present also then now but so yet as if not nor "
                           # a rank's irregular verbs: "PCSO gave advice", "PC took a statement"
                           "gave give gives took take takes went go goes came come comes saw see sees told tell tells "
                           "made make makes found find finds left leave leaves got get gets spoke speak speaks ran run "
                           "met meet meets felt heard knew thought sent send sends brought bring brings kept keep keeps "
                           "put puts will would could should can did does do "
                           "advised attended arrived arrested asked returned from about after before by over re "
                           "via "
                           # a team's word after "dc", the disabled children's team: "dc team duty:"
                           "team teams duty service services unit hub panel "
                           # "dc home" (discharged home), "PCSO follow up", "pcso patrols"
                           "home follow follows followed chase chased check checks checked patrol patrols patrolled "
                           # what an officer did: "pc caught yp shoplifting"
                           "caught catch stopped searched seized issued conveyed located recovered drove dropped".split())
WORD_ENDING = re.compile(r"(?<![\w'’-])([A-Za-z]{2,12})$")
WORD_ENDING_SPACE = re.compile(r"(?<![\w'’-])([A-Za-z]{2,12}) ?$")
WORD_STARTING = re.compile(r"([a-z][a-z'’-]{1,15})(?![\w'’-])")


CLAUSE_OPENS = re.compile(r"(?:^|[.;!?\n\x00] ?|\. |, )$")
AGAIN_AS_A_PERSON = re.compile(r" (?:v|very|was|is|had|has|seemed|looked|appeared|presented|said|says|told|quiet|happy|upset|"
                               r"tearful|withdrawn|chatty|settled|unsettled|asleep|climbing|playing|crying)\b")


def _named_capitalised(text: str, word: str, s: int) -> bool:
    """Whether the word-name stands capitalised earlier in the text, mid-sentence (a name, not a
    sentence's first word): "seen Grace + Alfie. grace v quiet"."""
    cap = word.capitalize()
    i = text.rfind(cap, 0, s)
    while i > 0:
        if text[i - 1] == " " and text[i - 2:i - 1] not in (".", "!", "?", ":") and not text[i + len(cap):i + len(cap) + 1].isalpha():
            return "\x00" not in text[i:s]
        i = text.rfind(cap, 0, i)
    return False


def before_is(low: str, s: int, words: frozenset[str]) -> bool:
    w, sep, _ = prev_word(low, s)
    return sep == " " and w in words


def _compound_after(text: str, s: int, classes) -> bool:
    """Whether the word at ``s`` follows a capitalised word (not a sentence's first) that is no
    name, title or role: the head of a compound ("Local Offer page", "Facebook page")."""
    w, sep, ws = prev_word(text, s)
    if sep != " " or not w[:1].isupper() or w.isupper() or sentence_initial(text, ws):
        return False
    return not classes.get(w.lower(), 0) & (NAME | TITLE | ROLE)


def time_of_day(low: str, s: int, e: int) -> bool:
    """"just before dawn", "until summer": a time of day or year after a word of time; and a
    stone before what is made of it ("jade bracelet", "ruby ring")."""
    return low[s:e] in WEATHER and prev_word(low, s)[0] in TIME_BEFORE \
        or low[s:e] in GEMSTONES and next_word(low, e)[0] in JEWELLERY


GEMSTONES = frozenset("jade ruby amber pearl crystal coral opal jasmine sapphire amethyst jet ivory".split())
JEWELLERY = frozenset("bracelet bracelets necklace necklaces ring rings earrings earring pendant pendants bangle bangles "
                      "beads brooch chain stone stones".split())
