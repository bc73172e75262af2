"""Capitalised words the name rules would read as names, and that are not.

- A language after a verb of speaking: "speak Romanes at home", "speaks Lingala". No one
  speaks a person: the word is a language whether or not a list knows it.
- A country or territory of two words or more whose words are also names: "from Hong Kong",
  "born in Sierra Leone", "Costa Rica" (``data/places_known_phrases.txt``).
- A word-name opening a sentence that lists lower-case abstract nouns: "Destiny, fate,
  luck: ...", "Hope, trust and belonging". A person's name is followed by an age, a verb, a
  name or a person ("Hope, 9, said"; "Grace, mum and dad").
- A form's field label at the start of a line: "Reason: neglect concerns", "Outcome: NFA".
- A RAG colour near a RAG rating: "moved from Red to Amber" (the name rules know it; the
  classifier in ``namemodel`` is given the same answer here).

Whatever rule found them (``not_a_person``):

- A product after a drinking or eating verb or a container: "drinks Jack Daniel's", "a bottle
  of Glen's", "a bag of Everton mints". "a bag of Tyler's clothes" is still Tyler's.
- A name that is the first word of a protocol, scale or law: "the Philomena Protocol".
- A pet's or a toy's name: "a staffie called Rocky", "the dog, named Frank".
- An acronym made a verb ("DNA'd", "NFA'd"), and a language that is also a name after "in"
  or in a list ("someone in Shona", "Urdu or Shona").
- "Will" (or "May", "Can") opening a quote before a verb: "the TM writes "Will review at next
  supervision"": a modal. "'Will said no'" is still Will.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import DATA, FIRSTS, NAME, PERSON_NOUN, ROLE, TITLE, Lexicon, _items
from .names import RAG_COLOURS, RAG_NEARBY
from .tokens import next_word, prev_word, segment_bounds, sentence_initial

SPEAK_VERBS = frozenset("speak speaks spoke speaking spoken understands understand fluent".split())
# after "<Word>, ": a list of nouns when the words after are plain lower-case words
ABSTRACT_LIST = re.compile(r",\s+([a-z]+)(?:\s*,\s+([a-z]+))?\s*(?:,|:|;|\band\b|\bor\b)")
PERSONAL = frozenset("her his their my mum dad she he they i me you we sister brother sibling siblings "
                     "nan nana grandma grandad aunt uncle carer carers baby".split())
# labels of referral and assessment forms; a word-name here is a field, not a speaker
FIELD_LABELS = frozenset(
    "reason reasons outcome outcomes concern concerns action actions decision decisions referrer source status nat "
    "category summary role agency relationship ethnicity religion language gender nationality placement plan "
    "risk risks need needs note notes comment comments update result response purpose present attendees "
    "apologies author reviewer manager rating level type priority threshold disability consent analysis "
    "recommendation recommendations title subject reference age area team worker chair minutes agenda "
    # an email's header
    "date from to cc bcc sent "
    "background context history presenting issue issues evidence rationale next steps strengths "
    "impact voice view views wishes feelings lang interp".split())


@lru_cache(maxsize=1)
def known_phrases() -> re.Pattern[str]:
    phrases = sorted(_items(DATA / "places_known_phrases.txt"), key=len, reverse=True)
    body = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in phrases)
    return re.compile(rf"(?<![\w])(?:{body})(?![\w])", re.IGNORECASE)


# chains named by a person's possessive ("McDonald's", "Nando's", "Sainsbury's")
CHAINS = frozenset("mcdonald nando sainsbury morrison wetherspoon domino harvester wimpy".split())
PLACE_PREPOSITIONS = frozenset("to from in at into visit visited visiting holiday holidays back".split())


# an authority's own team or service after its town, which names no one: "the Sutton leaving care
# team", "the Sutton SEND team" (the town is a surname too)
AUTHORITY_TEAM_AFTER = re.compile(
    r" (?:(?:leaving|care|locality|send|social|work|children['’]?s|early|help|edge|of|fostering|adoption|disabled|"
    r"cwd|youth|justice|yot|safeguarding|assessment|intake|duty|cin|cp|lac|cla|referral|family|support|targeted|"
    r"mash|camhs|virtual|school|schools|health|visiting|court|through|after|permanence|placements?|sufficiency|"
    r"exploitation|missing|contextual|iss|eh|fsw|pa) ){0,4}(?:team|teams|service|services|hub|mash|front door|panel)\b",
    re.IGNORECASE)


# a time of day or year that a sentence defines: "Dawn is when", "Summer was the time"
TIMES_OF_DAY = frozenset("dawn dusk summer winter spring autumn christmas easter".split())
# nouns a time of day or year qualifies: "the dawn shift", "summer term", "winter coat"
TIME_NOUNS = frozenset("shift shifts raid raids chorus term terms holiday holidays hols break coat coats uniform "
                       "clothes fair fayre camp club scheme programme school timetable".split())
TIME_OF_DAY_AFTER = re.compile(r" (?:is|was|are|were|has always been|tends to be) (?:when|the time|a time|the hardest|the worst)\b")


def drop(text: str, spans: list[tuple[int, int]], lex: Lexicon) -> list[tuple[int, int]]:
    """``spans`` (the name rule's) less those that are a language, a known country or an
    abstract noun at the head of a list. Few texts have a span; each is checked alone."""
    if not spans:
        return spans
    return [(s, e) for s, e in spans if not _not_name(text, s, e, lex)]


def _not_name(text: str, s: int, e: int, lex: Lexicon) -> bool:
    if field_label(text, s, e):
        return True
    if TIME_OF_DAY_AFTER.match(text, e) and text[s:e].lower() in TIMES_OF_DAY:
        return True   # "Dawn was when most incidents happened": a time, not a person
    if text[s:e].lower() in RAG_COLOURS and (
            prev_word(text, s)[0].lower() in lex.rag_before or next_word(text, e)[0].lower() in lex.rag_after
            or RAG_NEARBY.search(text, max(0, s - 40), e + 40)):
        return True   # "is Amber", "Amber rating", "from Red to Amber": as names.py reads them
    if any(m.start() <= s and e <= m.end() for m in known_phrases().finditer(text, max(0, s - 24), e + 24)):
        return True
    word, sep, _ = prev_word(text, s)
    if text[s:e].lower() in CHAINS and text[e:e + 2] in ("'s", "’s") and not (
            sep == " " and (word[:1].isupper() or lex.classes.get(word.lower(), 0) & TITLE)):
        return True   # "brought McDonald's", "tea at Nando's": the chain (a shop's rule reports it after "at")
    if sep == " " and word.lower() in PLACE_PREPOSITIONS and text[s:e].lower() in lex.known_places \
            and not lex.classes.get(text[s:e].lower(), 0) & FIRSTS:
        return True   # "take the kids to Spain": a country, not the surname ("visit Jordan" may be a boy)
    if word.lower() == "the" and " " not in text[s:e] and text[s:e].lower() in lex.place_words \
            and AUTHORITY_TEAM_AFTER.match(text, e):
        return True   # "the PA in the Sutton leaving care team"
    if sep == " " and word.lower() in SPEAK_VERBS and " " not in text[s:e] and text[e:e + 1] not in ("'", "’"):
        return True
    if sentence_initial(text, s) and text[s:e].lower() in lex.words and " " not in text[s:e]:
        m = ABSTRACT_LIST.match(text, e)
        if m and all(_plain_noun(w, lex) for w in m.groups() if w):
            return True
    return False


def _plain_noun(word: str, lex: Lexicon) -> bool:
    return word in lex.words and word not in PERSONAL and not lex.classes.get(word, 0) & (
        NAME | PERSON_NOUN | ROLE | TITLE)


def field_label(text: str, s: int, e: int) -> bool:
    """"Reason:" at the start of a line (or of the text) with a colon after it."""
    return text[e:e + 1] == ":" and text[s:e].lower() in FIELD_LABELS and (
        s == 0 or text[s - 1] in "\n\x00" or text[max(0, s - 2):s] in ("\n ", "| ", ". "))   # a pasted table's cell too


# "drinks Jack Daniel's", "necking Lambrini", "a bottle of Glen's", "2 bottles of Frosty Jack's"
CONSUMED_BEFORE = re.compile(
    r"(?:\b(?:drink|drinks|drinking|drank|swig|swigs|swigging|necking|necked|sipping|sipped|eat|eats|"
    r"eating|ate|smoke|smokes|smoking|vaping|vapes)|\b(?:bottles?|cans?|cartons?|bags?|packets?|packs?|"
    r"boxes|box|tins?|bars?|pints?|glass|glasses|jars?|tubs?|slices?|crates?|shots?|litres?) of)"
    r" (?:[A-Z][\w'’-]* )?$")
# a possessive with a noun after it is whose the thing is: "a bag of Tyler's clothes"
OWNED_THING = re.compile(r"['’]s (?!(?:at|on|in|and|or|from|with|to|by|for|every|each|most|all|again|too|as|"
                         r"when|while|until|before|after|then|but|so|is|was|the|a|an|no|not|if)\b)[a-z]")
# the head words of a protocol, scale, law or programme named after someone no family knows
EPONYM_HEADS = frozenset(
    "Protocol Protocols Principle Principles Scale Test Toolkit Model Framework Method Programme "
    "Program Act Review Report Inquiry Agreement Guidance Pathway Syndrome Disease Award "
    "Scheme Fund Foundation Trust Ruling Competence Criteria Index Questionnaire Checklist "
    "Theory Triangle Wheel Cycle Hierarchy Curve Technique Manoeuvre".split())
TIME_PREPOSITIONS = frozenset("before after at until till by since towards through til".split())
# "when it's dawn" is a time; "hiya its dawn" is Dawn ringing
WHEN_ITS = re.compile(r"\b(?:when|till|til|until|before|after|by the time)\s+(?:its|it['’]s|it\s+is)\s+$", re.IGNORECASE)
NUMBER_AFTER = re.compile(r" ?\d")
JOINED_BEFORE = re.compile(r"(?:[+&]| and|\(([a-z]{3,15}) \d{1,2},) $")   # "chloe 7 + max 3", "(lily 6, max 4)"
# drugs' street names that are also given names, after a word of drugs: "using again (crack +
# charlie)", "a bag of mandy"; in lower case only ("out with Charlie" is a person)
DRUG_NAMES = frozenset("charlie molly mandy tina henry".split())
# (or after a verb of having one, at a clause's end: "someone had mandy, i didnt")
DRUG_TAKEN = re.compile(r"\b(?:had|took|taking|takes|take|some|selling|sold|sells|dropped|dropping)\s$")
DRUG_AFTER = re.compile(r"\s*(?:[,.;:!?)\n\x00]|$|\s(?:and|n|or|\+|at|in)\s)")
DAWN_TIME = re.compile(r"['’]s the (?:worst|best|hardest|quietest|only|loneliest) (?:time|part|bit)\b")
ALEXA_PLAYS = re.compile(r" (?:playing|plays|played|play|on|turned|set|says|said|reminds?)\b")
ALEXA_ASKED = re.compile(r"\b(?:asked?|asks|asking|told|tells|tell|said to|hey)\s+$", re.IGNORECASE)
INTERJECTIONS = frozenset("Ach Och Ah Aw Aye Naw Och-aye Ooh Oi Eh Ugh Wow Hiya Ta".split())
COUNCIL_AFTER = re.compile(r" (?:County |Borough |City |District )?Council\b")
# shorthand of a domestic abuse note, not Vic: "MARAC - vic mum, perp ex"
VICTIM_NOTE = re.compile(r"\b(?:perp|perps|perpetrator|marac|idva|dash|victim)\b", re.IGNORECASE)
VICTIM_AFTER = re.compile(r"\s*(?:[=:,-]|(?:mum|dad|mother|father|is|was|and|\+|&|gf|bf|wife|partner|ex)\b)")
# a grandparent or an aunt in a Filipino family's words: "lola on video call from Manila"
FILIPINO_KIN = frozenset("lola lolo tita tito".split())
FILIPINO_NEAR = re.compile(r"\b(?:tagalog|filipin[oa]s?|philippines?|manila|cebu|visayas|luzon|mindanao|ilocano|"
                           r"tita|tito|lola|lolo|kuya|ate)\b", re.IGNORECASE)
DRUG_BEFORE = re.compile(r"\b(?:crack|coke|cocaine|weed|skunk|ket|ketamine|mdma|pills|using|sniffing|snorting|"
                         r"dealing|line of|lines of|bag of|gram of|bit of|on the)\W{1,4}$")


# an animal or a toy before "called" or "named": its name is no person's
PET_BEFORE = re.compile(
    r"\b(?:dogs?|cats?|pupp(?:y|ies)|pups?|kittens?|staff(?:ie|y)s?|rabbits?|bunn(?:y|ies)|hamsters?|gerbils?|"
    r"guinea pigs?|budgies?|parrots?|ponies|pony|horses?|tortoises?|snakes?|lizards?|geckos?|ferrets?|rats?|"
    r"mice|mouse|goldfish|fish|bulldogs?|husk(?:y|ies)|labradors?|labs?|spaniels?|terriers?|collies?|poodles?|"
    r"chihuahuas?|cockapoos?|cavapoos?|lurchers?|greyhounds?|whippets?|alsatians?|rottweilers?|dobermanns?|"
    r"bull(?:y|ies)|pets?|teddy|teddies|doll|dolls|goats?|chickens?|hens?|ducks?)"
    r",? (?:called|named|nicknamed) [\"“'‘]?$", re.IGNORECASE)
# a pet named in commas after its kind: "the best thing is the dog, Bailey, and"
PET_APPOSITION = re.compile(
    r"\b(?:the|her|his|their|a|our|my|family['’]s|new) (?:pet |old |little |big )?(?:dog|cat|puppy|kitten|rabbit|hamster|"
    r"guinea pig|pony|horse|budgie|parrot|tortoise|snake|lizard|ferret|staffie|labrador|spaniel|terrier|lurcher), $",
    re.IGNORECASE)
# cities abroad that are also given names, after a word of where someone is or goes: "the older
# child will stay with grandparents in Sofia"
ABROAD_NAMED = frozenset("sofia lima paris roma santiago valencia sydney adelaide austin dallas savannah madison manila "
                         "jordan georgia india chad kenya israel china malaya".split())
# the second half of an adjective made of a word-name: "rose-scented", "lily-white"
HYPHEN_THING_AFTER = frozenset("scented coloured colored shaped flavoured flavored white pink red like style print "
                               "patterned tinted".split())
ABROAD_BEFORE = re.compile(r"\b(?:in|near|outside|back to|holiday to|moved to|flew to|flying to|returned to|went to|"
                           r"(?:video |phone |facetime )?calls? from|visiting from|over from|flew in from)\s$",
                           re.IGNORECASE)
# a caps police entry's words, not a name: "LOCATED 0215 HRS IN COMPANY OF 2 ADULT MALES"
CAPS_FUNCTION_WORDS = frozenset("IN ON AT OF TO BY THE AND WITH FROM FOR INTO OUT".split())
# languages that are also given names, and the words before a language
LANGUAGE_NAMES = frozenset({"shona", "gurung", "magar", "tamang", "limbu", "newari", "sherpa"})
LANGUAGE_BEFORE = frozenset("in into or and speaks speak spoke speaking".split())
# modal verbs that are also names, opening a quote: "Will review at next supervision"
QUOTE_MODALS = frozenset({"Will", "May", "Can", "Must", "Shall"})
# what follows a name as its verb in the past, not a modal's verb: "'Will said no'"
PAST_VERBS = frozenset("said told was had did got went ran came saw felt made left took gave knew thought lost kept "
                       "sat slept wrote spoke ate drank is has does says".split())


# colours that are also given names, in lower case before what they colour: "hazel eyes",
# "a holly-green cardigan", "ruby red shoes"
HOLLY_AND_IVY = re.compile(r"\bholly (?:and|\+|&|n) (?:the )?ivy\b", re.IGNORECASE)
MARK_OF_TIME = re.compile(r"\b(?:month|months|week|weeks|year|years|day|days|hour|halfway|half-way|minute|\d)\s$", re.IGNORECASE)
ROSE_VERB_AFTER = re.compile(r" (?:at (?:dawn|first light|\d|five|six|seven)|early\b|up\b|before (?:dawn|the)\b|"
                             r"from (?:his|her|the|their) (?:bed|chair|seat)\b|each morning|every morning)")
TREE_NAMES = frozenset("rowan hazel holly willow ash aspen birch elm oak cherry olive laurel myrtle juniper maple "
                       "cedar yew poppy ivy heather".split())
# car makes that are first names too, after a colour or an article: "in a black Mercedes"
CAR_MAKES = frozenset("mercedes merc kia mini jaguar porsche vauxhall ford honda".split())
CAR_BEFORE = re.compile(r"\b(?:a|an|the|his|her|their|black|white|grey|gray|silver|red|blue|dark|green|gold|"
                        r"blacked-out|tinted|old|new)\s$", re.IGNORECASE)
COLOUR_NAMES = frozenset("hazel amber ruby violet olive rose holly jade scarlet ginger indigo ivy sage coral pearl "
                         "honey saffron emerald sienna lilac lavender heather teal cherry".split())
COLOURED = frozenset("eyes eyed hair haired coloured colour colored color top dress cardigan jumper coat hoodie shirt "
                     "trainers shoes socks skirt trousers leggings jacket paint walls curtains carpet bedroom red green "
                     "blue brown pink purple yellow gold".split())


# "the" before a lower-case first name makes it a thing ("used the alexa to listen in"), but a
# family's surname takes one too: "the nowak kids", "the taylor family", "the coopers"; and a
# word no list knows after "the" may be a place ("up the fistral end")
WEATHER_WORDS = frozenset("sunny stormy misty frosty rainy windy".split())
WEATHER_AFTER = frozenset("day days morning mornings afternoon evening spell weather weekend".split())
INFINITIVE_BEFORE = frozenset("go gonna wanna to will must can should shall".split())
OBJECT_AFTER = frozenset("a an the someone somebody people him her them it his their shops".split())
SERVICE_AFTER = frozenset("centre center clinic unit".split())
SERVICE_KINDS = frozenset("child children's childrens family community health day resource youth".split())   # ("appt minerva unit" is one)
FAMILY_AFTER = frozenset("kids family families boys girls children twins household lot case brothers sisters "
                         "siblings clan house home".split())


@lru_cache(maxsize=1)
def _plain_words() -> frozenset[str]:
    from .lexicon import load_lexicon
    lex = load_lexicon()
    return frozenset(w for w in lex.words if not lex.classes.get(w, 0) & NAME)


def _plain_english(low: str) -> bool:
    """An English word that no name list holds."""
    return low in _plain_words()


@lru_cache(maxsize=1)
def _first_names() -> frozenset[str]:
    from .lexicon import load_lexicon
    return frozenset(w for w, c in load_lexicon().classes.items() if c & FIRSTS)


# who knows, in Scots: "everybody ken's", "ah dinna ken", "ye ken"
SCOTS_KNOWERS = frozenset("everybody everyone a' aw naebody nobody ah i we ye you yous they dinna dinnae divna dae dis "
                          "didnae disnae wha who".split())


def not_a_person(text: str, s: int, e: int) -> bool:
    """A product, an eponym, a drug or a form's field label, not a person, whichever name rule
    found ``text[s:e]``."""
    if text[e:e + 1] == ":" and field_label(text, s, e):
        return True   # "| Lang: Tigrinya |"
    word = text[s:e]
    if word.islower() and prev_word(text, s)[0] in INFINITIVE_BEFORE and next_word(text, e)[0] in OBJECT_AFTER:
        return True   # "told to go rob a bike", "will chase the GP": a verb between "go" and its object
    if word.islower() and next_word(text, e)[0] in SERVICE_AFTER and prev_word(text, s)[0] in SERVICE_KINDS:
        return True   # "refer to child dev centre": a service's word
    if word.lower() in WEATHER_WORDS and next_word(text, e)[0].lower() in WEATHER_AFTER:
        return True   # "mum + 3 cyp seen. sunny day, kids in garden"
    if word == "Young" and next_word(text, e)[0] in ("Person", "People", "Persons", "Carer", "Carers", "Adult"):
        return True   # "anonymised as Young Person X": the role
    if word in TIMES_OF_DAY and (prev_word(text, s)[0].lower() in TIME_PREPOSITIONS
                                 or WHEN_ITS.search(text, max(0, s - 24), s)):
        return True   # "mum rang at dawn (05:50)", "sleeps when its dawn": in lower case, the time
    if word.lower() in TIMES_OF_DAY and next_word(text, e)[0].lower() in TIME_NOUNS:
        return True   # "the dawn shift manager", "a dawn raid", "summer term"
    if word.islower() and text[max(0, s - 4):s] == "the " and not word.endswith("s") \
            and next_word(text, e)[0].lower() not in FAMILY_AFTER and next_word(text, e)[0].lower() not in ("line", "lines") \
            and word in _first_names():
        return True   # "used the alexa to listen in": "the" makes a lower-case first name a thing
    if word.islower() and word.split("-")[0] in COLOUR_NAMES and (
            word.partition("-")[2] in COLOURED or next_word(text, e)[0].lower() in COLOURED and text[e:e + 1] in (" ", "-")):
        return True   # "hazel eyes ringed with dark circles", "a holly-green cardigan"
    if word.islower() and word in RAG_COLOURS and (rag := RAG_NEARBY.search(text, max(0, s - 40), s)) \
            and not re.search(r"[.!?;]\s", text[rag.end():s]):
        return True   # "RAG for attendance = amber (89.6%)": the rating, in lower case
    if word.lower() == "ken" and prev_word(text, s)[0].lower() in SCOTS_KNOWERS:
        return True   # Scots "everybody ken's Mum there", "dinna ken": to know
    if word in ("max", "min") and NUMBER_AFTER.match(text, e) and not (
            (j := JOINED_BEFORE.search(text, max(0, s - 22), s)) and (not j.group(1) or j.group(1) in _first_names())):
        return True   # "(should be max 6)", but "chloe 7 + max 3"
    if text[s:e] in DRUG_NAMES and (DRUG_BEFORE.search(text, max(0, s - 20), s)
                                    or DRUG_TAKEN.search(text, max(0, s - 10), s) and DRUG_AFTER.match(text, e)):
        return True
    if text[s:e] == "vic" and VICTIM_AFTER.match(text, e) and VICTIM_NOTE.search(text, *segment_bounds(text, s)):
        return True
    if text[s:e] == "cait" and re.match(r" (?:team|officer|referral|dc|ds|unit)\b", text[e:e + 10]):
        return True   # "police cait team": the child abuse investigation team, in lower case
    if text[s:e] == "nae" and re.match(r" [a-z]", text[e:e + 2]):
        return True   # Scots "no": "it's nae bother"
    if COUNCIL_AFTER.match(text, e):
        return True   # "the Angus Council kinship policy": a council named by its area
    if text[max(0, s - 7):s] in ("County ", "county ") or text[max(0, s - 4):s] in ("Co. ", "co. ") or text[max(0, s - 3):s] == "Co ":
        return True   # "County Tyrone", "Co. Antrim": a county, which no rule reports
    if text[s:e].lower() == "alexa" and (ALEXA_ASKED.search(text, max(0, s - 12), s) or ALEXA_PLAYS.match(text, e)):
        return True   # "yp asked alexa to play his music": the speaker
    if text[s:e] in INTERJECTIONS and text[e:e + 1] in (",", "!"):
        return True   # "'Ach, they're dead on'"
    if text[s:e] in ("guy", "guys"):
        return True   # "some guy gave it her. guy described as twenties": the noun, in lower case
    if text[s:e] == "Dawn" and DAWN_TIME.match(text, e):
        return True   # '"Dawn's the worst time"'
    if word.lower() in ("holly", "ivy") and HOLLY_AND_IVY.search(text, max(0, s - 10), min(len(text), e + 10)):
        return True   # "holly + ivy for the xmas tree"
    if word.lower() == "mark" and MARK_OF_TIME.search(text, max(0, s - 14), s):
        return True   # "at the 12 month mark", "the halfway mark"
    if word == "rose" and ROSE_VERB_AFTER.match(text, e):
        return True   # "Dad rose at dawn to walk the children"
    if word.islower() and word in TREE_NAMES and next_word(text, e)[0].lower() in ("tree", "trees", "bush", "hedge", "berries", "leaves"):
        return True   # "a rowan tree and a heart"
    if word.lower() in CAR_MAKES and CAR_BEFORE.search(text, max(0, s - 16), s):
        return True   # "picked up in a black Mercedes", "a grey kia": a car
    if text[s:e] in ("jack", "jacks") and text[max(0, s - 4):s] == "car ":
        return True   # "a car jack left in the hall"
    if text[s:e] in FILIPINO_KIN and text[e:e + 2] != " (" and len(FILIPINO_NEAR.findall(text, *segment_bounds(text, s))) >= 2:
        return True   # (the kin word itself and one more of the family's words)
    if CONSUMED_BEFORE.search(text, max(0, s - 40), s) and not OWNED_THING.match(text, e):
        return True
    if PET_BEFORE.search(text, max(0, s - 24), s):
        return True
    if text[s - 2:s] == ", " and text[e:e + 1] in (",", ")") and PET_APPOSITION.search(text, max(0, s - 40), s):
        return True   # "the dog, Bailey, and"
    if word.lower() in ABROAD_NAMED and text[e:e + 1] not in ("'", "’") and ABROAD_BEFORE.search(text, max(0, s - 14), s):
        return True   # "grandparents in Sofia": a city abroad
    if word.isupper() and len(word) > 2 and (word.split()[0] in CAPS_FUNCTION_WORDS or " " not in word and prev_word(
            text, s)[0] in CAPS_FUNCTION_WORDS and _plain_english(word.lower())):
        return True   # "HRS IN COMPANY OF": a caps entry's phrase
    if text[e:e + 2] in ("'t", "’t"):
        return True   # "don't", "won't": a verb's contraction
    if word in ("Lang", "Interp") and (text[e:e + 2] == ": " or text[e:e + 7].lower() in (" pref: ", " pref:")):
        return True   # "Ethnicity: Black British - Caribbean Lang: English": a pasted record's field
    if word[-2:] in ("'d", "’d") and word[:-2].isupper() and len(word) > 3:
        return True   # "DNA'd x3 appts", "HV NFA'd": an acronym made a verb
    if word.lower() in LANGUAGE_NAMES and (prev_word(text, s)[0].lower() in LANGUAGE_BEFORE
                                           or text[e:e + 9].lower() == "-speaking"):
        return True   # "to talk to someone in Shona", "Urdu or Shona", "a gurung-speaking interpreter"
    if "-" in word and word.islower() and word.split("-")[-1] in HYPHEN_THING_AFTER:
        return True   # "rose-scented air freshener": a word-name made an adjective
    if word in QUOTE_MODALS and text[s - 1:s] in ("\"", "“", "'", "‘"):
        nxt, sep, _ = next_word(text, e)
        if sep == " " and nxt.isalpha() and nxt.islower() and nxt not in PAST_VERBS \
                and not nxt.endswith(("ed", "s", "ing")):
            return True
    if text[e:e + 1] != " " or not text[e + 1:e + 2].isupper():
        return False   # the common case, decided without reading the word
    nxt, sep, _ = next_word(text, e)
    return sep == " " and nxt in EPONYM_HEADS


# a rating on a scale, not a place: "went from Medium to High", "RoSH: High"
RATINGS = frozenset({"High", "Medium", "Low", "Moderate", "Significant", "Standard"})
RATING_NEAR = re.compile(r"\b(?:Low|Medium|High|Moderate|rating|rated|RoSH|risk|level|score)\b")


def not_a_place(text: str, s: int, e: int) -> bool:
    """A rating's word that a place rule read after "to" or "from", or a city abroad that is
    also a given name ("grandparents in Sofia")."""
    if text[s:e].lower() in ABROAD_NAMED and ABROAD_BEFORE.search(text, max(0, s - 14), s):
        return True
    if text[s:e] not in RATINGS:
        return False
    near = text[max(0, s - 40):s] + " " + text[e:e + 40]
    return bool(RATING_NEAR.search(near))
