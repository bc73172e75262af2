"""Structured identifiers: emails, phone numbers, NI and NHS numbers, postcodes and
case-management numbers (and family-court numbers such as "ZW24C00517"), found from the
runs of digits in a text.

Python's regex engine is slow to try a pattern at every position of a long text, so the
text is scanned once for runs of digits ("07700 900123", "12 34 56", "1 1" of "M1 1AE")
and each run is then checked with small anchored patterns on its neighbourhood.

References after a word of case or system take more forms: slashes ("crime ref 14/56789/24",
"log 13/88214/25"), letters in their parts ("S47 ref 2025/S47/0093", "crime no. CR/0412/25"),
a system's record ("Eclipse record 771-2093") and police incident logs and serials ("CAD 4471",
"PSNI serial 1174"). An outward code alone is a postcode after "postcode", before "area", after
a word of place in capitals ("moved to BD3"), after an address and a comma ("88 Kelvedon Rd,
L17") or after a town and a comma ("in Dungannon, BT70"). A house number and one to four
capitalised words before a full postcode and a comma are a street address ("47a Millgate, NG24 4TS").
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from .phones import intl_phone, uk_phone
from .tokens import around

Span = tuple[str, int, int]
Cluster = tuple[int, int, str]   # start, end, text of a run of digits and separators

CLUSTER = re.compile(r"\d+(?:[ ./-]\d+)*")
EMAIL = re.compile(r"[A-Za-z0-9][A-Za-z0-9._%+'-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
EMAIL_START = re.compile(r"[A-Za-z0-9._%+'-]+$")

NI = re.compile(
    r"([A-CEGHJ-PR-TW-Za-ceghj-pr-tw-z])([A-CEGHJ-NPR-TW-Za-ceghj-npr-tw-z]) ?\d\d ?\d\d ?\d\d(?: ?([A-Da-d]))?(?![A-Za-z0-9])"
)
NI_ANY = re.compile(r"(?<![A-Za-z0-9])([A-Za-z])([A-Za-z]) ?\d\d ?\d\d ?\d\d ?([A-Da-d])(?![A-Za-z0-9])")
NI_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
NI_KEYWORD = re.compile(r"\b(?:ni|nino|n\.i\.|national\s+insurance)\b")
NHS_SHAPE = re.compile(r"\d{3}([ -]?)\d{3}\1\d{4}")
NHS_KEYWORD = re.compile(r"\b(?:nhs|chi)\b")
# a Scottish CHI number (ten digits, the first six a date of birth) or an NHS number named
# right before it: "CHI 0712153381", "nhs no: 0123456789"
CHI_BEFORE = re.compile(r"\b(?:chi|nhs)\b(?: ?(?:no|number|num)\b\.?)?(?: (?:as|is|was|of|=))?:? ?$")
CHI_NEAR = re.compile(r"\bchi\b")
DIGIT_RUN = re.compile(r"\d+")
NONSPACE = re.compile(r"\S+")
POSTCODE = re.compile(
    r"([A-PR-UWYZa-pr-uwyz][A-HK-Ya-hk-y]?\d[A-HJKPS-UWa-hjkps-uw\d]?) {0,2}(\d[ABD-HJLNP-UW-Zabd-hjlnp-uw-z]{2})(?![A-Za-z0-9])"
)
SYSTEM_BEFORE = re.compile(
    r"(?<![\w])(?:ICS|LCS|ESCR|CRIS|Mosaic|MOSAIC|Eclipse|ECLIPSE|CareFirst|Carefirst|Liquidlogic|Azeus|EHM|EH|Paris|PARIS"
    r"|Protocol|SystmOne|EMIS|PNC|PND|CID|GCID|CRN|URN|UPN|ULN|ics|lcs|mosaic|eclipse)\.?"
    r"(?:\s*(?:record|Record|file|File|case|Case|client|Client|person|Person|child|Child)\b)?"
    r"(?:\s*(?:no|No|NO|number|Number|num|nr|ref|Ref|REF|reference|Reference|id|ID|Id|#)\b\.?)?\s*[:#=]?\s*"
    r"(?:[A-Z]{1,3}[-/]?)?$"
)
CASE_BEFORE = re.compile(
    r"(?<![\w])(?:case|client|person|child|family|file|record|crime|incident|inc|police|log|referral|ref|reference|id|urn|crn"
    r"|cad|occurrence|occ|storm|niche|athena|court|claim|prison|prisoner|custody|warrant|hospital|hosp|patient|mrn|upn|uln"
    r"|concern report|vpd|ipr|(?:ed|a&e|ae) attendance)"
    # the cue may be followed by a bracket or a comma: "hospital number (RX4418207)", "crime reference, 13/87312/25"
    r"\.?(?:\s*(?:no|number|num|nr|ref|reference|id|rec|record|#)\b\.?)?"
    # and whose it is: "HO ref for mum: H1198273/002"
    r"(?:\s+for\s+(?:mum|dad|baby|child|yp|[a-z]{2,10}'s?))?\s*[:#=(,]?\s*$"
    # "the police reference is CSE/24/0931" (not "the audit id is DDA-2025-003")
    r"|(?<![\w])(?:ref|reference)\s+(?:is|was)\s*:?\s*$"
)
# a four-digit number is a reference only after one of these: "police log 1234"
# a police incident the text speaks of, before a police log's short number
POLICE_INCIDENT_NEAR = re.compile(r"\b(?:police|pc|ds|dc|officers?|999|perp|perpetrator|victim|arrested|attended|dv|da incident|ppn)\b")
LOG_BEFORE = re.compile(
    r"(?<![\w])(?:log|incident|inc|crime|occurrence|case|urn|crn|cad|storm|serial)\.?(?:\s*(?:no|number|num|nr|ref|reference|#)\b\.?)?"
    # a police or Home Office system between the cue and the number: "police log PND 0457"
    r"(?:\s*(?:pnd|pnc|cad|niche|storm|athena|cid|gcid))?\s*[:#=]?\s*$"
)
# a reference of letters and digits in parts: "S47 ref 2025/S47/0093", "crime no. CR/0412/25"
REF_TOKEN = re.compile(r"[A-Za-z0-9]+(?:[/-][A-Za-z0-9]+){1,4}")
REF_TOKEN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/-")
# an outward code after an address and a comma: "88 Kelvedon Rd, L17", "Apt 12, Lockside Quay, M3"
ADDRESS_BEFORE = re.compile(r"\d{1,4}[A-Za-z]?,?\s+(?:[A-Z][\w'’-]*\.?\s+){0,3}"
                            r"(?:[A-Z][\w'’-]*|rd|st|ln|ave|road|street|lane|close|way|cl|ct|dr|gdns)\.?,\s{1,2}$")   # ("112 Barking rd, E16")
# a town and a comma before an outward code: "her sister's in Dungannon, BT70"
TOWN_COMMA = re.compile(r"(?<![\w'’-])[A-Z][a-z]{3,}(?:[ -][A-Z][a-z]+)?, $")
# a system's letters, a dash and five or more digits needs no cue: "EH-77120", "CP-2093847"
LETTER_DASH_REF = re.compile(r"(?<![\w/-])[A-Z]{1,4}-\d{5,8}(?![\w/-])")
DASH_DIGITS = re.compile(r"-\d{5}")
# four digits after the letters, only after a form's or a reference's word, and never a year:
# "reported via CE form CE-0934" (not "KS-2024", "COVID-19")
FORM_DASH_REF = re.compile(r"\b(?:form|ref|reference|referral|log|record|report)(?: no\.?| number| #)?:? "
                           r"([A-Z]{1,4}-(?!19\d\d|20\d\d)\d{4})(?![\w/-])", re.IGNORECASE)
FAMILY_COURT = re.compile(r"[A-Za-z]{2}\d{2}[A-Za-z]\d{5}(?![\w])")
YEAR = re.compile(r"(?:19|20)\d\d")
YEAR_RANGE = re.compile(r"(?:19|20)\d\d\s?[/-]\s?(?:19|20)?\d\d")   # "2024-25", "2023/2024": no reference
# UK postcode areas, for an outward code written alone ("the BD7 area", "moved to OL9")
POSTCODE_AREAS = frozenset(
    "AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC "
    "EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS "
    "LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR "
    "SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE".split()
)
OUTWARD = re.compile(r"([A-Za-z]{1,2})(\d{1,2}[A-Za-z]?)(?![\w])")
# an outward code is a postcode after "postcode" or before "area"; after a word of place
# ("lives in", "moved to OL9") only in capitals, and not S20, S47 (sections) or B12 (vitamins)
OUTWARD_STRONG_BEFORE = re.compile(
    r"\b(?:post\s?code|postal)(?:\s+(?:district|area|sector))?s?\b[\s:,-]*(?:is\s+|was\s+|of\s+)?$")
# a postcode's start, when the writer knew no more: "not sure of pc but started cv2"
PC_STARTS_BEFORE = re.compile(r"\b(?:pc|p/c|postcode|post code)\b[^.;\n\x00]{0,30}\bstart(?:s|ed|ing)?(?: with)?\s+['‘\"“]?$")
OUTWARD_AFTER = re.compile(r"\s*(?:area|postcode|post\s+code|district|address(?:es)?|side\s+of"
                           # a group by its postcode, as young people name them: "the n17 man dem", "the EN1 lot"
                           r"|man\s?dem|man|lot|boys|gang|crew|youngers|olders"
                           # what it stands for: "bb9 = nelson area"
                           r"|=\s*[a-z'’ ]{2,24}?\s(?:area|way|side|district)"
                           # whose address it is: "so19 – mums new addr, not confirmed"
                           r"|[-–]\s*(?:[a-z]+['’]?s\s+)?(?:new\s+|old\s+)?addr(?:ess)?)\b", re.IGNORECASE)
# a postcode with the start of an inward code the writer did not know: "no address given. ME15 9?"
PARTIAL_POSTCODE = re.compile(r"[A-Z]{1,2}\d{1,2}[A-Z]? (\d[A-Z]{0,1})\?")
# an outward code standing as a note's whole sentence or field: ". LS12. allocated", "| NE6 |"
# (not areas whose letters say something else there: physical education, Stoke's speech
# therapy, a local authority, social services, domestic abuse)
OUTWARD_SENTENCE_BEFORE = re.compile(r"(?:^|[.;|\n\x00] ?)$")
OUTWARD_SENTENCE_END = re.compile(r"\s?(?:[.;|\n\x00]|$)")
OUTWARD_SENTENCE_AMBIGUOUS = frozenset({"PE", "ST", "LA", "DA", "SS", "SW", "SE", "NW", "TA", "HA", "EC", "WC", "CH", "DN"})
# a word of a neighbourhood after an outward code in capitals: "the ML2 cluster", "the LS9 patch"
OUTWARD_LOCALITY_AFTER = re.compile(r" (?:cluster|patch|locality|neighbourhood|estates?|postcodes?|catchment|"
                                    r"hotspots?|streets|flats|tower blocks|hotel|hostel)\b")   # ("the B98 hotel")
OUTWARD_PLACE_BEFORE = re.compile(
    # ("lives elsewhere - NE15", "lives out BS13 way")
    r"(?:^|[\s(,'‘\"“])(?:lives\s+(?:out|elsewhere|over|up|down|round)\s*[-–,:]?|"
    r"in|to|from|near|around|within|into|towards|lives|live|living|moved|moving|based|address|addresses|down|up|"
    r"out of|loc|location|locations|located|enter|entering|across|throughout|visit|visited|hv|fae|frae|tae|round|heading|headed|heading for|heading to|"
    r"somewhere|last known|address(?: only)? as|sofa surfing|surfing|staying|staying in|back to|home to|"
    # a licence's exclusion zone: "exclusion zone covers EX39"
    r"zone covers|zone covering|zone includes|zone of|"
    # where a missing child was found: "found HU6 by police 06:10"
    r"found|located|spotted|sighted|picked up|dropped off)\s+['‘\"“]?"
    r"(?:(?:mostly|mainly|usually|often|now|still|also|prob|probably|poss|possibly)\s+)?$"
)
# words of living, after which a Sheffield district ("S63") is no section of an Act: "living in S63"
# ("family moved over to S65"; and "moved within S5", where no section of an Act is read)
S_LIVING_BEFORE = re.compile(r"(?:^|[\s(,])(?:lives|live|living|moved|moving|based|resides|residing)\s+"
                             r"(?:(?:over|back|out|across)\s+)?(?:in|to|into|(?P<within>within))\s+$")
# the Children Act's and the Mental Health Act's sections, which "S" and two digits also write
ACT_SECTIONS = frozenset({1, 2, 3, 4, 5, 7, 8, 10, 11, 17, 20, 22, 23, 24, 25, 26, 27, 31, 33, 34, 35, 36, 37, 38,
                          39, 43, 44, 45, 46, 47, 48, 91, 135, 136})
# a move from one district to another: "YP moved BS23 → TA24"
OUTWARD_ARROW_BEFORE = re.compile(r"(?<![\w/.-])[A-Z]{1,2}\d{1,2}[A-Z]?\s?(?:→|->|=>|>|to)\s?$")
# a sentence about an address before the district: 'address is recorded only as "KY8, with Gran"'
ADDRESS_SENTENCE_BEFORE = re.compile(r"\b(?:address|addr)\b[^.!?\n\x00]{0,50}$")
# the last field of a pasted row that gave an address: "addr: 22 st johns rd? to confirm / WR2"
ADDRESS_FIELD_BEFORE = re.compile(r"\b(?:addr|address)\b\.?:[^\n\x00|]{0,60}[/|;,]\s?$", re.IGNORECASE)
OUTWARD_AMBIGUOUS_AREAS = {"S"}
ESOL_NEAR = re.compile(r"\b(?:esol|entry(?: level)?|english classes?|eal)\b")
SECTOR_DIGIT = re.compile(r" \d\)")
# vitamins, motorways, levels of need ("stepped down to L2") and workers ("SW2")
OUTWARD_AMBIGUOUS = {
    "B1", "B2", "B3", "B5", "B6", "B7", "B9", "B12", "M1", "M6", "M25", "M60", "M62",
    "L1", "L2", "L3", "L4", "SW1", "SW2", "SW3", "SW4",
}
QUARTER_YEAR = re.compile(r"Q[1-4][ /-]?(?:19|20)\d\d(?!\d)")
SYSTEM_HINT = re.compile(r"(?:ICS|LCS|ESCR|CMS|Mosaic|MOSAIC|Eclipse|ECLIPSE|CareFirst|Carefirst|Liquidlogic|Azeus|EHM|Paris|Protocol|SystmOne|EMIS|PNC|PND|CID)")
# a school's unique pupil number: a capital letter and twelve digits ("the last may be a letter")
UPN_SHAPE = re.compile(r"[A-Z]\d{11}[0-9A-Z]")


CLUSTER_ASCII = re.compile(r"[0-9]+(?:[ ./-][0-9]+)*")


# every digit as "0", every other byte a space: ``bytes.find`` then skips to the next digit
# far faster than the regex engine's scan (a cluster starts at every digit)
_DIGITS_AS_0 = bytes(48 if 48 <= c <= 57 else 32 for c in range(256))


def clusters(text: str) -> list[Cluster]:
    """``[(m.start(), m.end(), m.group()) for m in CLUSTER.finditer(text)]``."""
    if not text.isascii():
        return [(m.start(), m.end(), m.group()) for m in CLUSTER.finditer(text)]
    out: list[Cluster] = []
    find, match = text.encode("ascii").translate(_DIGITS_AS_0).find, CLUSTER_ASCII.match
    i = find(b"0")
    while i >= 0:
        m = match(text, i)
        j = m.end()
        out.append((i, j, m.group()))
        i = find(b"0", j)
    return out


# one or two capitals glued to a reference's digits, as a token of its own: "T9982101"
LETTERS_GLUED = re.compile(r"(?<![\w/-])[A-Z]{1,2}$")
# and the Home Office's words near it (a form's code is no one's: "form code M4471903")
HOME_OFFICE_NEAR = re.compile(r"\b(?:arc|brp|ho|home office|ukvi|visa|passport|immigration|asylum|uan|port ref)\b")


def _birth_digits(digits: str) -> bool:
    """Whether a number's first four digits are a day and a month, as a CHI number's are."""
    return 1 <= int(digits[:2]) <= 31 and 1 <= int(digits[2:4]) <= 12


# a CHI number written as its date of birth and four digits: "140309 4519"
CHI_SPLIT = re.compile(r"(\d{2})(\d{2})\d{2}[ -]\d{4}")


def _chi_split(raw: str) -> re.Match | None:
    """``raw`` as a CHI number split after its date, when the first six digits are a day
    (the check digit is tested by the caller)."""
    m = CHI_SPLIT.match(raw)
    return m if m and 1 <= int(m.group(1)) <= 31 and 1 <= int(m.group(2)) <= 12 else None


def nhs_valid(digits: str) -> bool:
    """Modulus 11 check on a ten-digit NHS number."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1)))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


def _alnum_before(text: str, pos: int) -> bool:
    return pos > 0 and (text[pos - 1].isalnum() or text[pos - 1] == "_")


def find_emails(text: str) -> Iterator[Span]:
    at = text.find("@")
    while at >= 0:
        m = EMAIL_START.search(text, max(0, at - 64), at)
        if m:
            s = m.start()
            while s < at and not text[s].isalnum():
                s += 1   # "To: 'sinead.w@example.net'": a quote before the address is no part of it
            e = EMAIL.match(text, s)
            if e:
                yield "email", e.start(), e.end()
                at = text.find("@", e.end())
                continue
        at = text.find("@", at + 1)
    if "at" in text and ("(at)" in text or "[at]" in text or " dot " in text):
        for m in SPELT_EMAIL.finditer(text):
            yield "email", m.start(), m.end()   # "kayla.b(at)example.com", "kayla dot b at example dot com"


# an address spelt out so that no "@" is in it: with "(at)" or "[at]", or " at " and " dot "
SPELT_EMAIL = re.compile(
    r"(?<![\w.-])[\w.+-]+(?: dot [\w+-]+)*\s?(?:\(at\)|\[at\])\s?[\w-]+(?:(?:\.|\(dot\)|\[dot\]| dot )[\w-]+)+"
    r"|(?<![\w.-])[\w.+-]+(?: dot [\w+-]+)* at [\w-]+(?: dot [\w-]+)* dot (?:com|org|net|uk|gov|example|io|info|me)\b",
    re.IGNORECASE)


def _phone(text: str, s: int) -> tuple[int, int] | None:
    """A UK phone number from the digit run at s, or from a "(" or "+" just before it."""
    start = s - 1 if s and text[s - 1] in "(+" else s
    before = text[start - 1] if start else ""
    if before == "." and start >= 2 and text[start - 2].isalpha():
        pass   # "tel.01632 960123", "mob.07700 900123"
    elif before == "/" and start >= 2 and (text[start - 2].isdigit() or text[start - 2] == " "):
        pass   # "0161 496 0000/0161 496 0001": a second number
    elif _alnum_before(text, start) or before in ("+", ".", "/", "-", "£", "$"):
        return None
    end = uk_phone(text, start)
    if end is None and start < s:
        start = s
        end = uk_phone(text, s)
    return (start, end) if end is not None else None


def _subruns(s: int, raw: str) -> Iterator[Cluster]:
    """Parts of a run between dates and decimals: "14/03/2025 12345678" -> "12345678"."""
    if "." not in raw and "/" not in raw:
        yield s, s + len(raw), raw
        return
    cur_s = cur_e = -1
    for m in NONSPACE.finditer(raw):
        tok = m.group()
        if "." in tok or "/" in tok:
            if cur_s >= 0:
                yield s + cur_s, s + cur_e, raw[cur_s:cur_e]
            cur_s = -1
            continue
        if cur_s < 0:
            cur_s = m.start()
        cur_e = m.end()
    if cur_s >= 0:
        yield s + cur_s, s + cur_e, raw[cur_s:cur_e]


# an address or a place, a comma and a town before an outward code: "17 Lime Grove, Kingsmere SL6"
# a hurried address in lower case, maybe with its town, before an outward code: "9b lime
# court, kirkby L32", "4 rosebay ct, rock ferry CH42"
LOWER_ADDRESS_BEFORE = re.compile(
    r"(?<![\w/.:-])\d{1,4}[a-z]?,?\s+(?:[a-z][\w'’-]*\s+){0,2}(?:st|rd|road|street|av|ave|avenue|ct|court|close|cl|"
    r"lane|ln|drive|dr|way|grove|gr|crescent|cres|place|pl|row|terrace|terr|walk|gardens|gdns|view|rise|mews|square|"
    r"sq|hill|park|green|parade|croft|fold|garth|wynd|chase|mount)\.?,?(?:\s+[a-z][a-z'’-]+){0,2},?\s$")
# a street in lower case with no number before a district of a two-letter area: "an address on
# nowell mount LS9"
# a street (or its site) and a comma before a lower-case outward code: "Tewkesbury Rd site, gl20"
STREET_THEN_COMMA = re.compile(r"\b(?:st|rd|road|street|lane|ln|close|cl|way|drive|dr|avenue|ave|terrace|crescent)\.?"
                               r"(?: (?:site|estate|flats|park|caravan park))?,\s$")
LOWER_STREET_BEFORE = re.compile(
    r"(?<![\w'’-])[a-z][\w'’-]+\s+(?:st|rd|road|street|av|ave|avenue|ct|court|close|cl|lane|ln|drive|dr|way|grove|"
    r"crescent|cres|place|pl|row|terrace|walk|gardens|gdns|view|rise|mews|square|mount|vale|fold|croft|garth|wynd|"
    r"brow|chase|heights|parade)\.?,?\s$")
TOWN_SPACE = re.compile(r"(?:\d{1,4}[A-Za-z]?\s+(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*|[A-Z][\w&'’-]*),\s+[A-Z][a-z]{3,} $")


# an outward code in lower case, after a word of coming or living: "hes from n17", "out of n9"
# (London's areas, and two-letter ones; not "b", "l", "m" or "s": vitamins, levels, motorways, sections)
LOWER_OUTWARD_AREAS = frozenset({"n", "e", "w", "g", "se", "sw", "nw", "ec", "wc"}) | frozenset(   # ("g": Glasgow)
    a.lower() for a in POSTCODE_AREAS if len(a) == 2)
# (and a bail condition's area: "not to enter e15.")
# (or where someone may be: "mum thinks somewhere cr0", "last known CH7", 'address only as "ll18, near the prom"')
LOWER_OUTWARD_BEFORE = re.compile(r"(?:^|[\s('‘])(?:from|in|out of|lives|live|living|moved to|move to|moving to|round|near|(?<=not to )enter|"
                                  r"up|down|fae|frae|tae|somewhere|somewhere in|somewhere near|last known|known|heading|back to|home to|"
                                  r"sofa surfing|staying|staying in|(?:same )?addr(?:ess)?,|"
                                  # the second of two districts: "family moved from bd3 to hx1"
                                  r"from [a-z]{1,2}\d{1,2}[a-z]? to|"
                                  r"address(?: only)? as|addr as|(?:addr|address) (?:given|recorded|written|noted) as|"
                                  r"address|addr|area|pc|p/c|postcode|post code)\s+['‘\"“]?$")
LIVING_IN_BEFORE = re.compile(r"\b(?:lives|live|living|resides|residing|based|housed|rehoused)\s+(?:in|round|near)\s+$")
# where a family lives or goes home: before Birmingham's and Liverpool's districts in lower case
LIVING_TO_BEFORE = re.compile(r"\b(?:home to|moved to|moving to|move to|back to|lives in|living in|lives|living)\s+$")
# someone's home and "in" before a Birmingham or Liverpool district in lower case: "at uncle's in b97",
# "im at my mates in b61"
B_IN_BEFORE = re.compile(r"\b(?:at|staying|stopping|with|w/)\b[^.;\n\x00]{0,20}\bin $")
# a capitalised name just before a bracket: whose the outward code in it is
BRACKET_OWNER = re.compile(r"(?<![\w'’-])[A-Z][a-z]{2,}(?: [A-Z][a-z]+)?$"
                           # or an area's word: "his current area (ST16)", "home address (L8)"
                           r"|\b(?:area|district|address|postcode|location|whereabouts)$")
# an outward code of the same area and a joining word before another: "within TS3 or TS6"
OUTWARD_JOINED_BEFORE = re.compile(r"(?<![\w/.-])([A-Z]{1,2})\d{1,2}[A-Z]?(?: or | and | & |/|, )$")


# A two-letter area and its district in lower case, standing alone, is a postcode wherever it
# stands: in the labelled corpus 234 of 241 such words were ("tonite bb3", "bank top bb2.").
# Not the areas whose letters mostly mean something else so written: a child or a social worker
# numbered ("ch1", "sw2"), a foster carer ("cr1, cr2"), a stage, PE, a local authority, a toilet, a room, a ward, carbon
# dioxide ("co2"), "me2".
BARE_LOWER_NOT = frozenset({"CH", "ST", "SW", "PE", "LA", "SS", "TA", "HA", "DN", "WC", "RM", "WD", "CO", "CR"})
BARE_LOWER_CODES_NOT = frozenset({"ME2", "EX1", "EX2"})
WATFORD_DISTRICTS = frozenset(f"WD{d}" for d in range(17, 26))
BARE_LOWER_NOT_BEFORE = re.compile(r"\b(?:room|rm|level|lvl|grade|band|stage|year|yr|step|phase|group|grp|table|version|ver|"
                                   r"model|type|size|code|category|cat|tier|ward|bay|bed|block|unit|flat|no\.?|number|#)\s?$")
# the same in lower case: "lives bb11 or bb12 per mum"
OUTWARD_JOINED_LOWER_BEFORE = re.compile(r"(?<![\w/.-])([a-z]{1,2})(\d{1,2})[a-z]?(?: or | and | & |/|, )$")
# another lower-case outward code of the area in brackets nearby: "chloe (bb1), Ameera (bb2)"
BRACKETED_LOWER_OUTWARD = re.compile(r"\(([a-z]{2})\d{1,2}[a-z]?\)")


# an outward code alone in a table's cell: "| Sandra L. | PE13 | high |"
CELL_OUTWARD = re.compile(r"\| ?([A-Z]{2})\d{1,2}[A-Z]? ?\|")


def _cell_column(text: str, at: int, area: str) -> bool:
    """Whether another cell of the same text holds an outward code of ``area`` too: a column of
    districts ("| PE3 | ... | PE13 |"), where letters such as PE or ST mean nothing else."""
    lo = text.rfind("\x00", 0, at) + 1
    hi = text.find("\x00", at)
    hi = len(text) if hi < 0 else hi
    return sum(1 for c in CELL_OUTWARD.finditer(text, lo, hi) if c.group(1) == area) >= 2


def _bracketed_pair(text: str, at: int, area: str) -> bool:
    """Whether another outward code of ``area`` stands in brackets within 60 characters of ``at``
    (in the same text of a ``scan_many`` batch)."""
    lo, hi = max(0, at - 60), min(len(text), at + 60)
    lo = max(lo, text.rfind("\x00", lo, at) + 1)
    nul = text.find("\x00", at, hi)
    hi = nul if nul >= 0 else hi
    return sum(1 for b in BRACKETED_LOWER_OUTWARD.finditer(text, lo, hi) if b.group(1) == area) >= 2


# outward codes in capitals in brackets, after the people of a list: "jayden o. (SG2), dovydas p. (MK42)"
BRACKETED_UPPER_OUTWARD = re.compile(r"\(([A-Z]{1,2})\d{1,2}[A-Z]?\)")


def _bracketed_codes(text: str, at: int) -> bool:
    """Whether two outward codes in capitals, of any area, stand in brackets within 60 characters
    of ``at`` (in the same text of a ``scan_many`` batch)."""
    lo, hi = max(0, at - 60), min(len(text), at + 60)
    lo = max(lo, text.rfind("\x00", lo, at) + 1)
    nul = text.find("\x00", at, hi)
    hi = nul if nul >= 0 else hi
    return sum(1 for b in BRACKETED_UPPER_OUTWARD.finditer(text, lo, hi)
               if b.group(1) in POSTCODE_AREAS and b.group(1) not in OUTWARD_AMBIGUOUS_AREAS) >= 2


# the categories of need of the child-in-need census (N0-N9), which London's N1-N9 share
CIN_CODES = frozenset(f"N{d}" for d in range(10))
CIN_CODE_NEAR = re.compile(r"\b(?:cin|category|categories|cat|need|needs|code|n\d)\b")


def _outward(text: str, low: str, s0: int, e0: int, raw0: str) -> Span | None:
    """A postcode district alone: "the BD7 area", "moved to OL9", "postcode LS11"."""
    if len(raw0) > 2 or not raw0.isdigit() or s0 == 0 or not text[s0 - 1].isalpha():
        return None
    for back in (2, 1):
        if s0 - back < 0:
            continue
        m = OUTWARD.match(text, s0 - back)
        if not m or _alnum_before(text, m.start()) or m.start(2) != s0:
            continue
        area = m.group(1).upper()
        if area not in POSTCODE_AREAS:
            return None
        code = m.group().upper()
        if code in ("E1", "E2", "E3") and ESOL_NEAR.search(low, max(0, m.start() - 30, low.rfind("\x00", 0, m.start()) + 1), m.start()):
            return None   # "ESOL up to E3": an English course's entry level, not London E3
        if code in CIN_CODES and CIN_CODE_NEAR.search(low, max(0, m.start() - 60), m.start()):
            return None   # "cin category N1 changed to N2": a child in need's category, not London N2
        if OUTWARD_AFTER.match(text, m.end()) or OUTWARD_STRONG_BEFORE.search(low, max(0, m.start() - 30), m.start()):
            return "postcode", m.start(), m.end()
        if area not in OUTWARD_AMBIGUOUS_AREAS and code not in OUTWARD_AMBIGUOUS \
                and PC_STARTS_BEFORE.search(low, max(0, m.start() - 50), m.start()):
            return "postcode", m.start(), m.end()   # "not sure of pc but started cv2"
        if len(area) == 2 and m.group(1).isupper() and code not in OUTWARD_AMBIGUOUS \
                and (area not in OUTWARD_SENTENCE_AMBIGUOUS or _cell_column(text, m.start(), area)) \
                and OUTWARD_SENTENCE_BEFORE.search(text, max(0, m.start() - 3), m.start()) and OUTWARD_SENTENCE_END.match(text, m.end()):
            return "postcode", m.start(), m.end()   # "kids at flat 4, 109 Spring Bank left alone. LS12. allocated"
        if m.group(1).isupper() and area not in OUTWARD_AMBIGUOUS_AREAS and code not in OUTWARD_AMBIGUOUS \
                and OUTWARD_LOCALITY_AFTER.match(text, m.end()):
            return "postcode", m.start(), m.end()   # "a theme across the ML2 cluster"
        ends = m.end() == len(text) or not text[m.end()].isalnum() and text[m.end()] not in "/-%"
        if m.group(1).isupper() and code not in OUTWARD_AMBIGUOUS and ends \
                and TOWN_SPACE.search(text, max(0, m.start() - 60), m.start()):
            return "postcode", m.start(), m.end()   # "17 Lime Grove, Kingsmere SL6"
        if len(m.group(1)) == 2 and m.group(1).isupper() and (len(raw0) == 2 or area not in OUTWARD_SENTENCE_AMBIGUOUS
                                                              and code not in OUTWARD_AMBIGUOUS) and ends \
                and text[m.start() - 2:m.start()] == ", " and text[m.start() - 3:m.start() - 2].isalpha():
            return "postcode", m.start(), m.end()   # "Marsh Lane, SE15.", "Greenbank rec, LS12.", "w uncle, GL4"
        if (
            m.group(1).isupper() and area not in OUTWARD_AMBIGUOUS_AREAS
            and (code not in OUTWARD_AMBIGUOUS or area == "B" and len(code) == 2)   # "semi-indep in B9", not "low in B12"
            and OUTWARD_PLACE_BEFORE.search(low, max(0, m.start() - 20), m.start())
        ):
            return "postcode", m.start(), m.end()
        if m.group(1).isupper() and text[m.start() - 2:m.start()] == ", " and (
                m.end() == len(text) or not text[m.end()].isalnum() and text[m.end()] not in "/-.%") \
                and ADDRESS_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            return "postcode", m.start(), m.end()   # "88 Kelvedon Rd, L17"
        if m.group(1).isupper() and area not in OUTWARD_AMBIGUOUS_AREAS and code not in OUTWARD_AMBIGUOUS \
                and text[m.start() - 1:m.start()] == "(" and text[m.end():m.end() + 1] == ")" and _bracketed_codes(text, m.start()):
            return "postcode", m.start(), m.end()   # "jayden o. (SG2), dovydas p. (MK42)"
        close = m.end() + 2 if SECTOR_DIGIT.match(text, m.end()) else m.end()   # and its sector: "Boughton (CH2 3)"
        if m.group(1).isupper() and area not in OUTWARD_AMBIGUOUS_AREAS and code not in OUTWARD_AMBIGUOUS \
                and text[m.start() - 2:m.start()] == " (" and text[close:close + 1] == ")" \
                and BRACKET_OWNER.search(text, max(0, m.start() - 24), m.start() - 2):
            return "postcode", m.start(), close   # "Auntie Shirin (E6)": where a person or place is
        if m.group(1).isupper() and code not in OUTWARD_AMBIGUOUS and ends and (
                LOWER_ADDRESS_BEFORE.search(text, max(0, m.start() - 60), m.start())
                or len(area) == 2 and LOWER_STREET_BEFORE.search(text, max(0, m.start() - 40), m.start())):
            return "postcode", m.start(), m.end()   # "30 ravenscroft av L21", "4 rosebay ct, rock ferry CH42"
        if m.group(1).isupper() and area not in OUTWARD_AMBIGUOUS_AREAS and code not in OUTWARD_AMBIGUOUS \
                and text[m.start() - 2:m.start()] == ", " and (m.end() == len(text) or not text[m.end()].isalnum()
                                                              and text[m.end()] not in "/-.%") \
                and TOWN_COMMA.search(text, max(0, m.start() - 30), m.start()):
            return "postcode", m.start(), m.end()   # "in Dungannon, BT70"
        if m.group(1).islower() and ends and text[m.start() - 2:m.start()] == ", " \
                and (LOWER_ADDRESS_BEFORE.search(text, max(0, m.start() - 60), m.start())
                     or m.group(1) in LOWER_OUTWARD_AREAS and (ADDRESS_SENTENCE_BEFORE.search(low, max(0, m.start() - 70), m.start())
                                                               or STREET_THEN_COMMA.search(low, max(0, m.start() - 30), m.start()))):
            return "postcode", m.start(), m.end()   # "address: 14 pikehorne croft, b23.", "addr check - the x family, nn3."
        if m.group(1).islower() and m.group(1) in LOWER_OUTWARD_AREAS and ends \
                and (text[m.end():m.end() + 1] != "." or len(m.group(1)) == 2 or m.group(1) == "g"
                     or low[max(0, m.start() - 6):m.start()] == "enter ") \
                and LOWER_OUTWARD_BEFORE.search(low, max(0, m.start() - 24), m.start()):
            return "postcode", m.start(), m.end()   # "hes from n17", "move us out of n9", "lives in sg2."
        if m.group(1) in ("b", "l") and ends and m.group(2).isdigit() and 13 <= int(m.group(2)) <= 99 \
                and (LIVING_TO_BEFORE.search(low, max(0, m.start() - 24), m.start())
                     or B_IN_BEFORE.search(low, max(0, m.start() - 30), m.start())):
            return "postcode", m.start(), m.end()   # "going home to b69": no vitamin or level has such a number
        if m.group(1).isupper() and code in OUTWARD_AMBIGUOUS and area not in OUTWARD_AMBIGUOUS_AREAS and ends \
                and LIVING_IN_BEFORE.search(low, max(0, m.start() - 24), m.start()):
            return "postcode", m.start(), m.end()   # "family now living in M6 somewhere": no motorway is lived in
        living = S_LIVING_BEFORE.search(low, max(0, m.start() - 24), m.start()) \
            if area == "S" and m.group(1) == "S" and ends else None
        if living and (living.group("within") or int(m.group(2).rstrip("ABCDEFGHJKLMNPQRSTUVWXYZ") or 0) not in ACT_SECTIONS):
            return "postcode", m.start(), m.end()   # "living in S63", not "in S47"
        if m.group(1).isupper() and code not in OUTWARD_AMBIGUOUS and ends and (
                OUTWARD_ARROW_BEFORE.search(text, max(0, m.start() - 10), m.start())
                and _outward_cued(text, low, text.rfind(" ", 0, max(0, m.start() - 4)) + 1)
                or ADDRESS_FIELD_BEFORE.search(text, max(0, m.start() - 90), m.start())
                or area not in OUTWARD_AMBIGUOUS_AREAS and ADDRESS_SENTENCE_BEFORE.search(low, max(0, m.start() - 70), m.start())):
            return "postcode", m.start(), m.end()   # "moved BS23 → TA24", "addr: 22 st johns rd / WR2"
        if m.group(1).islower() and len(area) == 2 and area not in OUTWARD_SENTENCE_AMBIGUOUS and ends \
                and text[m.start() - 2:m.start()] == " (" and text[m.end():m.end() + 1] == ")" \
                and (BRACKET_OWNER.search(text, max(0, m.start() - 24), m.start() - 2)
                     or _bracketed_pair(text, m.start(), m.group(1))):
            return "postcode", m.start(), m.end()   # "names discussed: chloe (bb1), Ameera (bb2)"
        jl = OUTWARD_JOINED_LOWER_BEFORE.search(text, max(0, m.start() - 12), m.start())
        if jl and jl.group(1) == m.group(1) and ends and _outward(text, low, jl.start(2), jl.end(2), jl.group(2)):
            return "postcode", m.start(), m.end()   # "lives bb11 or bb12": the second of a pair, the first a postcode
        # (a quote may close after it, not a possessive: "its lu2'"; and Watford's districts of two
        # digits, which no ward's short form writes: "wd24")
        if m.group(1).islower() and len(area) == 2 and (area not in BARE_LOWER_NOT or code in WATFORD_DISTRICTS) \
                and code not in BARE_LOWER_CODES_NOT \
                and ends and not (text[m.end():m.end() + 1] in "'’" and text[m.end() + 1:m.end() + 2].isalpha()) \
                and not BARE_LOWER_NOT_BEFORE.search(low, max(0, m.start() - 12), m.start()):
            return "postcode", m.start(), m.end()   # "tonite bb3 ill sort it", "bank top bb2."
        j = OUTWARD_JOINED_BEFORE.search(text, max(0, m.start() - 12), m.start())
        if j and (j.group(1) == m.group(1) or len(m.group(1)) == 2 and area not in OUTWARD_SENTENCE_AMBIGUOUS) \
                and m.group(1).isupper() and (
                OUTWARD_PLACE_BEFORE.search(low, max(0, j.start() - 12), j.start())
                or OUTWARD_STRONG_BEFORE.search(low, max(0, j.start() - 30), j.start())):
            return "postcode", m.start(), m.end()   # "within TS3 or TS6": the second of a pair of districts
        return None
    return None


def _outward_cued(text: str, low: str, s: int) -> bool:
    """Whether the outward code starting near ``s`` (the one before an arrow) has a place's cue."""
    m = OUTWARD.match(text, s)
    return bool(m) and bool(OUTWARD_PLACE_BEFORE.search(low, max(0, m.start() - 24), m.start())
                            or OUTWARD_STRONG_BEFORE.search(low, max(0, m.start() - 30), m.start()))


def _family_court(text: str, s0: int, e0: int) -> Span | None:
    """A family-court case number: court code, year, a letter of the kind of case (C public
    law, P private, F, D ...), serial: "ZW24C00517", "MA23P01234", "DE22F00318"."""
    m = FAMILY_COURT.match(text, s0 - 5)
    if m and m.end() == e0 and not _alnum_before(text, m.start()):
        return "case-number", m.start(), m.end()
    return None


def _intl_phone(text: str, s: int) -> tuple[int, int] | None:
    """"+44 (0)7700 900123" (the run is "44"), "+353 87 123 4567"."""
    start = s - 1
    if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "+./-£$"):
        return None
    end = uk_phone(text, start) if text.startswith("44", s) else intl_phone(text, start)
    return (start, end) if end is not None else None


def _ref_token(text: str, low: str, s0: int, e0: int) -> tuple[int, int] | None:
    """A reference of letters and digits in parts after a word of case or system: "S47 ref
    2025/S47/0093", "crime no. CR/0412/25". ``s0``-``e0`` is a run of digits in it."""
    n = len(text)
    a = s0
    while a and text[a - 1] in REF_TOKEN_CHARS:
        a -= 1
    b = e0
    while b < n and text[b] in REF_TOKEN_CHARS:
        b += 1
    while b > a and text[b - 1] in "/-":
        b -= 1
    tok = text[a:b]
    if "/" not in tok and "-" not in tok or not any(ch.isalpha() for ch in tok) or sum(ch.isdigit() for ch in tok) < 4:
        return None
    if not REF_TOKEN.fullmatch(tok) or any(part[:3].lower() in MONTH_PARTS for part in re.split(r"[/-]", tok) if part.isalpha()):
        return None   # "14-Mar-2025"
    kw = CASE_BEFORE.search(low, max(0, a - 30), a) or SYSTEM_BEFORE.search(text, max(0, a - 32), a)
    return (kw.start(), b) if kw else None


MONTH_PARTS = frozenset("jan feb mar apr may jun jul aug sep oct nov dec".split())


# a date written after a number with one space: "police log CAD 1432 14/02/24"
TRAILING_DATE = re.compile(r" \d{1,2}[/.]\d{1,2}[/.]\d{2,4}$")


def _without_trailing_date(run: Cluster) -> Cluster:
    """A run of digits without a date that ends it after a space (the date rule has it)."""
    s, e, raw = run
    if " " in raw and ("/" in raw or "." in raw):
        m = TRAILING_DATE.search(raw)
        if m and m.start() > 0:
            return s, s + m.start(), raw[:m.start()]
    return run


# a small number, then a phone number the run has joined to it: "ward 21 0121 496 0558"
LEAD_BEFORE_PHONE = re.compile(r"\d{1,3} (?=0\d)")


def _parted(text: str, runs: list[Cluster]) -> Iterator[Cluster]:
    """Each run without a trailing date, and parted from a phone number it runs into."""
    for run in map(_without_trailing_date, runs):
        s, e, raw = run
        m = LEAD_BEFORE_PHONE.match(raw)
        if m and uk_phone(text, s + m.end()) is not None:
            yield s, s + m.end() - 1, raw[:m.end() - 1]
            yield s + m.end(), e, raw[m.end():]
        else:
            yield run


def find_numbers(text: str, low: str, runs: list[Cluster]) -> Iterator[Span]:
    """Phone, NI, NHS, postcode and case numbers, each run of digits checked in turn."""
    ref_end = -1
    for s0, e0, raw0 in _parted(text, runs):
        if s0 < ref_end:
            continue   # inside a reference already reported
        if s0 and text[s0 - 1].isalpha():
            ref = _glued_ref(text, low, s0)
            if ref:
                ref_end = ref[1]
                yield "case-number", ref[0], ref[1]
                continue
        if (text[e0:e0 + 1] in ("/", "-") and text[e0 + 1:e0 + 2].isalpha()) or (
                s0 >= 2 and text[s0 - 1] in "/-" and text[s0 - 2].isalpha()):
            ref = _ref_token(text, low, s0, e0)
            if ref:
                ref_end = ref[1]
                yield "case-number", ref[0], ref[1]
                continue
        if raw0[0] == "0" and NHS_SHAPE.fullmatch(raw0.strip()) and (
                CHI_BEFORE.search(low, max(0, s0 - 16), s0)
                or CHI_NEAR.search(low, max(0, s0 - 48), s0) and nhs_valid(raw0.replace(" ", ""))
                # a list's later number, its first six digits a day, a month and a year: "CHI list: Ellie 28121930.., Brooklyn 05041371.."
                or CHI_NEAR.search(low, max(0, s0 - 120), s0) and nhs_valid(raw0.replace(" ", "")) and _birth_digits(raw0.replace(" ", ""))):
            yield "nhs-number", s0, e0   # "CHI 0712153381": a Scottish CHI number starts with a birth date
            continue   # ("CHI no. for Callum (prev Scottish GP): 0703114271": the cue further off, and the check digit)
        if s0 and text[s0 - 1] == "+":
            ph = _intl_phone(text, s0)
            if ph:
                yield "phone-number", ph[0], ph[1]
                continue
        elif raw0[0] == "0":
            ph = _phone(text, s0)   # "(0161) 496 0000", "0161.496.0000": before the run is cut
            if ph:
                yield "phone-number", ph[0], ph[1]
                while ph and ph[1] + 1 < e0 and text[ph[1]] in "/ " and text[ph[1] + 1] == "0":
                    ph = _phone(text, ph[1] + 1)   # "0161 496 0000/0161 496 0001"
                    if ph:
                        yield "phone-number", ph[0], ph[1]
                continue
        if len(raw0) == 5 and s0 >= 5 and text[s0 - 1].isalpha():
            fc = _family_court(text, s0, e0)
            if fc:
                yield fc
                continue
        if len(raw0) == 3 and raw0[1] == " " and text[e0:e0 + 1] == ")" and s0 and text[s0 - 1].isalpha():
            out = _outward(text, low, s0, s0 + 1, raw0[0])   # a district and its sector: "Boughton (CH2 3)"
            if out:
                yield out
                continue
        if len(raw0) <= 2 and s0 and text[s0 - 1].isalpha():
            out = _outward(text, low, s0, e0, raw0)
            if out:
                yield out
                continue
        # a postcode whose inward code the writer did not know: "no address given. ME15 9?"
        if text[e0:e0 + 1] == "?" or text[e0:e0 + 1].isalpha() and "?" in text[e0 + 1:e0 + 3]:
            p = PARTIAL_POSTCODE.search(text, max(0, s0 - 3), e0 + 3)
            if p and p.start() < s0 and p.end(1) >= e0 and not _alnum_before(text, p.start()):
                yield "postcode", p.start(), p.end(1)
                continue
        # postcode: the run ends in the inward code's digit: "M1 1AE", "sw1a1aa"
        if e0 + 2 <= len(text) and text[e0:e0 + 2].isalpha() and (e0 + 2 == len(text) or not text[e0 + 2].isalnum()):
            for back in (3, 4, 5, 6, 7, 8):
                p = POSTCODE.match(text, max(0, e0 - back))
                if p and p.end() == e0 + 2 and not _alnum_before(text, p.start()):
                    # (not an ordinal's ending: "2nd", "4th"; "g33 4nd" is a postcode)
                    suffix = p.group(2)[1:]
                    if not (suffix.islower() and suffix == {"1": "st", "2": "nd", "3": "rd"}.get(p.group(2)[0], "th")):
                        yield "postcode", p.start(), p.end()
                        if text[p.start() - 2:p.start()] == ", ":
                            a = ADDRESS_BEFORE.search(text, max(0, p.start() - 60), p.start())
                            if a and not _alnum_before(text, a.start()):
                                yield "street-address", a.start(), p.start() - 2   # "47a Millgate, NG24 4TS"
                    break
        if ("/" in raw0 or "-" in raw0) and not _alnum_before(text, s0) and sum(ch.isdigit() for ch in raw0) >= 5 \
                and not YEAR_RANGE.fullmatch(raw0) and not (" " in raw0.strip() and DATE_PART.search(raw0)):
            # (not "ref 0048310 12/08/2023 19:30": a number, then a date the date rules have)
            # "crime ref 14/56789/24", "crime ref 0600-44129-25": a reference in parts after a
            # word of case or system (dates are claimed before this rule runs)
            kws = [k for k in (CASE_BEFORE.search(low, max(0, s0 - 30), s0), SYSTEM_BEFORE.search(text, max(0, s0 - 32), s0)) if k]
            if kws:   # the longer cue: "Eclipse record 771-2093", not "record 771-2093"
                yield "case-number", min(k.start() for k in kws), e0
                continue
        if len(raw0) == 3 and raw0.isdigit() and low[max(0, s0 - 4):s0] == "log " \
                and (e0 == len(text) or text[e0] in ".,;)\n\x00|" or text[e0:e0 + 2] in (" -", " |", " –")) \
                and POLICE_INCIDENT_NEAR.search(low, max(0, s0 - 160), s0):
            yield "case-number", s0 - 4, e0   # "victim J T, perp A L. 3 children present. log 245."
            continue
        if e0 - s0 < 4:
            continue   # "12", "3 4": too short for any number below
        if len(raw0) == 8 and raw0.isdigit() and DOB_CUE_BEFORE.search(low, max(0, s0 - 20), s0) \
                and _valid_day_month_year(raw0):
            yield "date-of-birth", s0, e0   # "DOB:03042015": a date of birth with no separators
            continue
        for s, e, raw in _subruns(s0, raw0):
            yield from _check_run(text, low, s, e, raw)


DATE_PART = re.compile(r"(?:^|\s)\d{1,2}/\d{1,2}/\d{2,4}(?:\s|$)")


# a number without its area code after a word of phoning
LOCAL_NUMBER = re.compile(r"[1-9]\d{2}[ -]?\d{4}|[1-9]\d{3}[ -]?\d{3,4}")
PHONE_CUE_BEFORE = re.compile(r"\b(?:tel|telephone|phone|ph|mob|mobile|landline|cell|rang\s+from|call|ring|text|txt)"
                              r"\.?\s*(?:no\.?|number|num)?\s*[:.=-]?\s*(?:on\s+)?$")
DOB_CUE_BEFORE = re.compile(r"(?:\bd\.?o\.?b|d/o/b|date\s+of\s+birth|\bborn)\.?\s*[:=-]?\s*$")


def _valid_day_month_year(digits: str) -> bool:
    """"03042015": a day, a month and a year of the last century or this one."""
    day, month, year = int(digits[:2]), int(digits[2:4]), int(digits[4:])
    return 1 <= day <= 31 and 1 <= month <= 12 and 1900 <= year <= 2099


POLICE_LOG_PREFIXES = frozenset({"CAD", "OEL", "CRIS", "OPUS"})
GLUED_REF = re.compile(r"[A-Za-z]{1,4}\d[A-Za-z0-9]*(?:[/-][A-Za-z0-9]+){0,3}")


NUMBER_FOR_BEFORE = re.compile(r"\b(?:(?:hospital|patient|nhs|case|crime|police|court|prison|home office)\s+"
                               r"(?:no|number|ref|reference)\b\.?|(?:liquidlogic|mosaic|eclipse|lcs|ics|carefirst|azeus|"
                               r"system|case)\s+(?:records?|ids?|numbers?|refs?)\b)[^.;:()]{0,60}\($")


def _glued_ref(text: str, low: str, s0: int) -> tuple[int, int] | None:
    """"Crime no. WY2025-0098812", "prison no. A7719CK": letters joined to four digits or
    more, after a word of case or record ("crime no.", "prison no.", "ref")."""
    ts = s0 - 1
    while ts > 0 and text[ts - 1].isalpha() and s0 - ts < 4:
        ts -= 1
    if _alnum_before(text, ts) or FAMILY_COURT.match(text, ts):
        return None
    m = GLUED_REF.match(text, ts)
    if not m or sum(ch.isdigit() for ch in m.group()) < 4 or (m.end() < len(text) and text[m.end()].isalnum()):
        return None
    if NI.fullmatch(m.group()) or POSTCODE.fullmatch(m.group()):
        return None
    if UPN_SHAPE.fullmatch(m.group()):
        return m.start(), m.end()   # a pupil number's shape needs no cue
    if text[ts:s0].upper() in POLICE_LOG_PREFIXES and text[ts:s0].isupper():
        return m.start(), m.end()   # "no offences. CAD7731": a police log's own letters are its cue
    kw = CASE_BEFORE.search(low, max(0, ts - 30), ts)
    if not kw and ts and text[ts - 1] == "(":
        # "the hospital number for baby T (RK0229371)": the cue a few words before the bracket
        kw = NUMBER_FOR_BEFORE.search(low, max(0, ts - 90), ts)
        return (ts, m.end()) if kw else None
    return (kw.start(), m.end()) if kw else None


def _check_run(text: str, low: str, s: int, e: int, raw: str) -> Iterator[Span]:
    digits = raw.replace(" ", "").replace("-", "")
    if len(digits) < 4:
        return
    if len(digits) < 5 and not SYSTEM_HINT.search(text, max(0, s - 32), s):
        if len(digits) == 4 and not YEAR.fullmatch(digits) and not _alnum_before(text, s):
            kw = LOG_BEFORE.search(low, max(0, s - 30), s)   # "police log 1234", "incident no. 0412"
            if kw:
                yield "case-number", kw.start(), e
        return
    # phone numbers
    ph = _phone(text, s) if raw[0] == "0" else None
    if ph:
        yield "phone-number", ph[0], ph[1]
        return
    if LOCAL_NUMBER.fullmatch(raw) and PHONE_CUE_BEFORE.search(low, max(0, s - 24), s) and not _alnum_before(text, s):
        yield "phone-number", s, e   # "landline 496 0123": a local number, its area code left off
        return
    # National Insurance: AB 12 34 56 C, ab123456c
    if len(digits) == 6 and (e - s) <= 8:
        ni = None
        for back in (2, 3):
            m = NI.match(text, max(0, s - back))
            if m and m.start() == s - back and not _alnum_before(text, m.start()):
                ni = m
                break
        if not ni:
            # an example number such as QQ 12 34 56 C breaks the prefix rules; after "NI
            # number" it is still reported, since the writer meant a real one
            m = NI_ANY.match(text, max(0, s - 3)) or NI_ANY.match(text, max(0, s - 2))
            if m and m.group(3) and NI_KEYWORD.search(low, max(0, m.start() - 30), m.start()):
                yield "ni-number", m.start(), m.end()
                return
        if ni and (ni.group(1) + ni.group(2)).upper() not in NI_BAD_PREFIX:
            if ni.group(3) or NI_KEYWORD.search(low, max(0, ni.start() - 30), ni.start()):
                yield "ni-number", ni.start(), ni.end()
            else:
                yield "case-number", ni.start(), ni.end()
            return
    if _alnum_before(text, s):
        # "mosaic: M2218874": a system's letters before its digits
        sysm = SYSTEM_BEFORE.search(text, max(0, s - 32), s) if len(digits) >= 5 else None
        if sysm and sysm.end() == s and sysm.start() < s - 3 and not QUARTER_YEAR.match(text, s - 1):
            yield "case-number", sysm.start(), e
        elif len(digits) >= 6 and digits == raw.strip() and LETTERS_GLUED.search(text, max(0, s - 3), s) \
                and not (e < len(text) and (text[e].isalnum() or text[e] in "/-")) \
                and (len(digits) >= 9 or HOME_OFFICE_NEAR.search(low, max(0, s - 40), min(len(low), e + 30))):
            yield "case-number", LETTERS_GLUED.search(text, max(0, s - 3), s).start(), e   # "mum has T9982101 on her ARC card"
        return
    # NHS number: ten digits, 3-3-4 or unbroken
    nhs = NHS_SHAPE.match(raw) or _chi_split(raw)
    if nhs and not raw[nhs.end():].strip(" -") and len(digits) == 10:
        if nhs_valid(digits) or NHS_KEYWORD.search(low, max(0, s - 30), s):
            yield "nhs-number", s, e
            return
        if not digits.startswith("0"):
            yield "case-number", s, e
            return
    # case numbers: a system's name before it, or a bare run of six digits or more
    if len(digits) >= 4:
        sysm = SYSTEM_BEFORE.search(text, max(0, s - 32), s)
        if sysm and QUARTER_YEAR.match(text, s - 1):
            sysm = None   # "EH | Q4 2022": a quarter and its year after a system's letters
        if sysm and not (len(digits) == 4 and YEAR.fullmatch(digits)):
            first = DIGIT_RUN.match(raw)
            yield "case-number", sysm.start(), s + (first.end() if " " in raw else len(raw))
            return
    for d in DIGIT_RUN.finditer(raw):
        ds, de = s + d.start(), s + d.end()
        if de - ds >= 6:
            if ds and text[ds - 1] in "£$€":
                continue
            if text[de:de + 1] == "%":
                continue
            yield "case-number", ds, de
        elif de - ds == 5:
            kw = CASE_BEFORE.search(low, max(0, ds - 30), ds)
            if kw:
                yield "case-number", kw.start(), de


def find_letter_dash_refs(text: str) -> Iterator[tuple[str, int, int]]:
    """"EH-77120": letters, a dash and five to eight digits, the shape of a case system's id.

    Searched from the dash and its digits (a pattern that starts with a literal is fast), then
    matched in full from the letters before it."""
    for m in DASH_DIGITS.finditer(text):
        i = m.start()
        j = i
        while j > 0 and i - j < 4 and "A" <= text[j - 1] <= "Z":
            j -= 1
        if j < i:
            full = LETTER_DASH_REF.match(text, j)
            if full:
                yield "case-number", full.start(), full.end()
    if "-" in text:
        for m in FORM_DASH_REF.finditer(text):
            if m.group(1)[:1].isupper():
                yield "case-number", m.start(1), m.end(1)


# a system's letters, then a year or a team's number and a serial of four digits or more (an
# audit's own id, "DDA-2025-003", has three): "MASH-24-01883",
# "PPN 24/00718", "LADO/2024/0077", "CRI/24/002981" (searched from the digits: fast)
YEAR_SERIAL = re.compile(r"(?<![\w.])(\d{2,4})[-/](\d{4,7})(?:/[A-Z]{1,3})?(?![\w/-])")   # ("SCRA 22/0173/HG")
SYSTEM_LETTERS = re.compile(r"(?<![\w/-])(?:[A-Z]{2,6}|ics|lcs|scra|wccis|mosaic|eclipse)(?:[-/ ]|: )$")   # ("SCRA: 22/07718")
# a year, a system's letters and a serial: a Merlin or a missing-person record ("23MIS019284")
YEAR_LETTERS_SERIAL = re.compile(r"(?<![\w/-])\d{2,4}[A-Z]{2,4}\d{5,8}(?![\w/-])")   # and "1901PC0099823"
# a youth or family court's number with a short serial: "LV23Y0417"
COURT_SHORT = re.compile(r"(?<![\w/-])[A-Z]{2}\d{2}[A-Z]\d{4}(?![\w/-])")
# three groups of digits with six in the middle: a police log, never a phone ("0151-080224-0337")
THREE_GROUPS = re.compile(r"(?<![\w/-])\d{3,5}-\d{6}-\d{3,5}(?![\w/-])")
# a police log by its number and day: "Log 0417 14/02", "police log (1802 of 03/03/2024)"
LOG_OF_DAY = re.compile(r"(?<![\w])(?:[Ll][Oo][Gg](?: CAD)?,?|CAD|[Cc]ad|[Mm]ispers?|MISPERS?|[Ss]torm|STORM|[Ii]ncident(?: number| no\.?)?|[Rr]ef)(?: ?(?:no\.?|number|ref)\b)? ?[:#(]? ?(\d{3,5})(?: of)? "
                        r"(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?(?![\w/])|the \d{1,2}(?:st|nd|rd|th)\b"   # "log (1184 of the 4th)"
                        # and a day with its month's word: "police log CAD 1187 12-Jan-24: concern for welfare"
                        r"|\d{1,2}[- ](?:[Jj]an|[Ff]eb|[Mm]ar|[Aa]pr|[Mm]ay|[Jj]un|[Jj]ul|[Aa]ug|[Ss]ep|[Oo]ct|[Nn]ov|[Dd]ec)[a-z]*\b)")
# a police log by its number alone after "police log": "chron: 2017-09-04 | police log 211 |"
POLICE_REF_WORDS = ("inc ", "inc.", "incident", "log ", "log no", "log number", "ref ", "ref.", "ref:", "reference")
POLICE_SHORT_REF = re.compile(r"(?:inc|incident|log|ref|reference)\b\.?(?: no\.?| number)?[,:.]? ?(\d{3,5})(?![\w/:-]|\.\d)",
                              re.IGNORECASE)
# the police by name, or by their numbers: "dsl rang 101, ref 1120"
POLICE_NEAR = re.compile(r"\b(?:[Pp]olice|PSNI|GMP|[Pp]ol|101|999|CAD)\b")   # (CAD: the police's computer-aided dispatch)
# a police operation's name and its serial: "ref Op Kestrel/0093"
OPERATION_REF = re.compile(r"\b(?:Op|Operation|OP) [A-Z][A-Za-z]+/\d{2,6}(?![\w/])")
LETTERBOX_REF = re.compile(r"(?<![\w/-])LB ?\d{3,6}(?![\w/-])")
# a system's letters, a slash and a serial of five digits or more: "INT/44918", and with
# more letters or a year between: "SCA/CG/2023/55812" (an NRM decision), "HOR/23/551204"
LETTERS_SLASH_SERIAL = re.compile(r"(?<![\w/-])[A-Z]{2,5}(?:/[A-Z]{1,5}){0,2}(?:/(?:19|20)?\d\d)?/\d{5,8}(?![\w/-])")
POLICE_LOG = re.compile(r"\b[Pp]olice(?: [a-z]+){0,2} log (?:no\.? ?|number )?(\d{3,6})(?![\w/])")
# a Home Office reference in its spaced form after its cue: "Home Office reference (D1 409 233)"
HOME_OFFICE_REF = re.compile(r" ref(?:erence|\.)?(?: no\.?| number)?\s*[:(]?\s*([A-Z]{1,2}\d{0,2}[ -]?\d{3}[ -]?\d{3,4})(?![\w])")
HOME_OFFICE_BEFORE = re.compile(r"\b(?:[Hh]ome [Oo]ffice|HO|UKVI|[Pp]ort)$")
# a record's word in capitals, a serial and a year after "ref": "MFH ref MISPER 0507-23"
WORD_SERIAL_YEAR = re.compile(r"ref(?:erence)?\.?(?: no\.?)?\s*[:#]?\s*([A-Z]{3,8}[ -]?\d{3,6}[-/]\d{2})(?![\w/-])")
# a case system's letters, a serial and a year: "CP no: CP/0456/23"
LETTERS_SERIAL_YEAR = re.compile(r"(?<![\w/-])[A-Z]{2,5}/\d{4,8}/\d{2}(?:\d{2})?(?![\w/-])")
# a force's letters, the day it was raised and a serial: Northern Ireland's crime references
# ("CC2023061400873")
DATED_SERIAL = re.compile(r"(?<![\w/-])[A-Z]{2,3}(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3,6}(?![\w/-])")
# a year, an office's letters and a serial: the Children's Reporter's "16/IVN/30419", "2023/IVN/00781"
YEAR_OFFICE_SERIAL = re.compile(r"(?<![\w/-])(?:19|20)?\d\d/[A-Z]{2,4}/\d{4,6}(?![\w/-])")
# a service's letters, a team's or a kind's letters and a serial: a MARAC's "MRC/W/2298", "MK/CSE/0451"
LETTERS_LETTERS_SERIAL = re.compile(r"(?<![\w/-])[A-Z]{2,6}/[A-Z]{1,4}/\d{4,7}(?![\w/-])")
# a crime number of a force, a serial and a year: "46/120334/22"; a tribunal's appeal number:
# "EH840/23/00127" (a date's parts are never five digits long)
FORCE_SERIAL_YEAR = re.compile(r"(?<![\w/-])\d{1,4}/\d{5,8}/\d{2}(?:\d{2})?(?![\w/-])")
TRIBUNAL_REF = re.compile(r"(?<![\w/-])[A-Z]{1,3}\d{2,4}/\d{2}/\d{3,6}(?![\w/-])")
# a custody or crime record of a force's letters, a station or force number and a serial:
# "custody rec CU/47/2304118"
# a crime number of a serial and a year with no cue: "1900413/23" (no date has 6 digits before "/")
SERIAL_YEAR = re.compile(r"\d{6,8}/(?:\d{4}|\d{2})(?![\w/-]|\.\d)")
# (searched from its "/" and checked back for the letters: a pattern opening with a lookbehind is slow)
FORCE_SERIAL_TAIL = re.compile(r"/\d{1,4}/\d{5,8}(?![\w/-])")
FORCE_LETTERS_BEFORE = re.compile(r"(?<![\w/-])[A-Z]{2,5}$")
# an incident by its number on a day: "cumbria pol inc 93 of 17/04/23", "occurrence 412 of 3/3"
OF_DAY = re.compile(r" of \d{1,2}/\d{1,2}(?:/\d{2,4})?(?![\w/])")
INCIDENT_BEFORE = re.compile(r"(?<![\w])(?:[Ii]nc|INC|[Ii]ncident|INCIDENT|[Oo]cc|[Oo]ccurrence|[Ss]erial)\.? ?(?:no\.? ?)?(\d{1,5})$")


def find_short_refs(text: str) -> Iterator[Span]:
    """A short police number after its word with the police named just before it, in the same
    text ("police called inc 0773", "called police, ref 1047", "the police log number, 0532");
    a system's letters, a slash and a serial ("INT/44918"); a letterbox's reference ("LB2231")."""
    for m in around(text, text.lower(), POLICE_SHORT_REF, POLICE_REF_WORDS, 0, 40):
        start = max(m.start() - 40, text.rfind("\x00", 0, m.start()) + 1)   # (not across scan_many's joins)
        if "," in text[m.start():m.start(1)] and len(m.group(1)) == 4 and 1990 <= int(m.group(1)) <= 2030:
            continue   # "police - 1 prior DA incident, 2021.": when, not which
        if POLICE_NEAR.search(text, start, m.start()):
            yield "case-number", m.start(1), m.end(1)
    if "LB" in text:
        for m in LETTERBOX_REF.finditer(text):
            yield "case-number", m.start(), m.end()   # an adoption letterbox's reference: "LB2231 - birth aunt"
    if "/" in text:
        for m in LETTERS_SLASH_SERIAL.finditer(text):
            yield "case-number", m.start(), m.end()   # "passed to police intel INT/44918"
        if "Op" in text:
            for m in OPERATION_REF.finditer(text):
                yield "case-number", m.start(), m.end()   # "agreed joint visit. ref Op Kestrel/0093."


def find_grouped_refs(text: str) -> Iterator[Span]:
    """Four groups of four digits: a Home Office UAN or a card's number, never a phone or a
    date ("UAN 3312-0044-8821-1973")."""
    i = text.find("-")
    while i >= 0:
        m = FOUR_FOURS.match(text, max(0, i - 4))
        if m:
            yield "case-number", m.start(), m.end()
            i = text.find("-", m.end())
            continue
        i = text.find("-", i + 1)


FOUR_FOURS = re.compile(r"(?<![\w-])\d{4}-\d{4}-\d{4}-\d{4}(?![\w-])")


def find_slashed_refs(text: str) -> Iterator[Span]:
    """A crime number or a tribunal's appeal number with no cue word ("| nfa | 46/120334/22",
    "(EH840/23/00127)"); read after the cue-word rule, which reports "crime ref 14/56789/24"
    with its cue."""
    if "/" not in text:
        return
    for m in SERIAL_YEAR.finditer(text):
        if not (m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "/-.")):
            yield "case-number", m.start(), m.end()   # "crime ref for the assault is 1900413/23"
    for m in SHORT_SERIAL_YEAR.finditer(text):
        pre = SYSTEM_LETTERS.search(text, max(0, m.start() - 7), m.start())
        if pre and not (YEAR.fullmatch(m.group(1)) and int(m.group(2)) == (int(m.group(1)) + 1) % 100):
            yield "case-number", pre.start(), m.end()   # "police PPN 0544/24", not "GCSE 2023/24"
    if text.count("/") < 2:
        return
    for pattern in (FORCE_SERIAL_YEAR, TRIBUNAL_REF):
        for m in pattern.finditer(text):
            yield "case-number", m.start(), m.end()
    for m in FORCE_SERIAL_TAIL.finditer(text):
        letters = FORCE_LETTERS_BEFORE.search(text, max(0, m.start() - 6), m.start())
        if letters:
            yield "case-number", letters.start(), m.end()   # "custody rec CU/47/2304118"


# a system's letters, a serial of four digits or more and a year: "PPN 0544/24"
SHORT_SERIAL_YEAR = re.compile(r"(\d(?<![\w./-]\d)\d{3,5})/(\d{2})(?![\w/-])")


# every shape above holds four digits in a row; the patterns start with a lookbehind, which
# makes a whole-text search slow, so they are searched only in windows around such runs
FOUR_DIGITS = re.compile(r"\d\d\d\d")
# a window reaches past the longest match (18 characters) on both sides of a run's start
WINDOW_BEFORE, WINDOW_AFTER = 22, 26


def digit_windows(text: str) -> list[tuple[int, int]]:
    """Merged stretches of text around each run of four digits."""
    windows: list[tuple[int, int]] = []
    for h in FOUR_DIGITS.finditer(text):
        s, e = max(0, h.start() - WINDOW_BEFORE), min(len(text), h.start() + WINDOW_AFTER)
        if windows and s <= windows[-1][1]:
            windows[-1] = (windows[-1][0], e)
        else:
            windows.append((s, e))
    return windows


def find_system_refs(text: str, windows: list[tuple[int, int]] | None = None) -> Iterator[Span]:
    """References of the shapes above, which need no cue word (``windows``: ``digit_windows``,
    when the caller has them already)."""
    windows = digit_windows(text) if windows is None else windows
    n = len(text)
    for pattern in (YEAR_SERIAL, COURT_SHORT, THREE_GROUPS, LETTERS_SERIAL_YEAR, YEAR_LETTERS_SERIAL, LETTERS_LETTERS_SERIAL,
                    DATED_SERIAL, YEAR_OFFICE_SERIAL):
        for ws, we in windows:
            # the lookbehind reads before ws; past we the text is cut, so a match that reaches
            # the cut (never one around a run inside the window) is not trusted
            for m in pattern.finditer(text, ws, we):
                if m.end() >= we and we < n:
                    continue
                if pattern is not YEAR_SERIAL:
                    yield "case-number", m.start(), m.end()
                    continue
                s = m.start()
                if YEAR.fullmatch(m.group(1)) and YEAR.fullmatch(m.group(2)):
                    continue   # "GCSE 2023/2024": a school year
                pre = SYSTEM_LETTERS.search(text, max(0, s - 7), s)
                if pre and (pre.start() > s - 7 or s <= 7):
                    yield "case-number", pre.start(), m.end()


# a reference of a case system or a court in capitals and digits joined by hyphens, three parts
# or more with three digits or more: "PLY-MIS-2309-0114", "PAI-B87-23", "CL-20240302-0977"
# ("ICD-10-CM" has two digits; "MACA-YC18" two parts)
CODED_REF = re.compile(r"(?<![\w/-])[A-Z]{2,5}(?:-[A-Z0-9]{1,8}){2,4}(?![\w/-])")


# the audit's own id (generator/record.py's ID_PATTERN), which every page shows: no case's number
AUDIT_ID = re.compile(r"DDA-[0-9]{4}-[0-9]{3}")


def find_coded_refs(text: str) -> Iterator[Span]:
    if "-" not in text:
        return
    for m in CODED_REF.finditer(text):
        if sum(ch.isdigit() for ch in m.group()) >= 3 and not AUDIT_ID.fullmatch(m.group()):
            yield "case-number", m.start(), m.end()


def find_police_logs(text: str, windows: list[tuple[int, int]] | None = None) -> Iterator[Span]:
    """A police log's number, known by the day after it ("Log 0417 14/02", "log 1802 of
    03/03/2024"); the day stays an event's date for the date rules."""
    if "og" not in text and "OG" not in text and " of " not in text and "CAD" not in text and "ad " not in text \
            and "ref" not in text and "isper" not in text and "ncident" not in text and "ISPER" not in text and "torm" not in text and "TORM" not in text:
        return
    n = len(text)
    for ws, we in digit_windows(text) if windows is None else windows:
        for m in LOG_OF_DAY.finditer(text, ws, we):
            if m.end() < we or we == n:
                yield "case-number", m.start(), m.end(1)   # "log 0417", as the cue-word rule reports it
    # (read over the whole text when the text holds one of the pattern's words: a gate on "log " alone
    # let a neighbour's "duty log" decide, in scan_many, for "incident no. 318 of 22/12/23")
    low = text.lower()
    if "log" in low or "cad" in low or "misper" in low or "storm" in low or "incident" in low or "ref" in low:
        for m in LOG_OF_DAY.finditer(text):
            if len(m.group(1)) == 3:
                yield "case-number", m.start(), m.end(1)   # "log no 318 of 04/06": no window of four digits
    if "olice" in text and " log " in text:
        for m in POLICE_LOG.finditer(text):
            yield "case-number", m.start(1), m.end(1)

    # each read from its literal part, which the regex engine finds fast, then the words before
    # (each gate the literal its pattern opens with: a gate on " ref" let a neighbour's "the referral"
    # decide, in scan_many, for "(ref SGO-0419/23)")
    if " ref" in text:
        for m in HOME_OFFICE_REF.finditer(text):
            if HOME_OFFICE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                yield "case-number", m.start(1), m.end(1)
    if "ref" in text:
        for m in WORD_SERIAL_YEAR.finditer(text):
            if not (m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_")):
                yield "case-number", m.start(1), m.end(1)   # "MFH ref MISPER 0507-23"
    if " of " in text:
        for m in OF_DAY.finditer(text):
            n = INCIDENT_BEFORE.search(text, max(0, m.start() - 24), m.start())
            if n:
                yield "case-number", n.start(1), n.end(1)   # "inc 93 of 17/04/23": the number; the day stays a date


# a reference of a system's letters and digits: "LL0073391", "M4471902"
LETTER_DIGITS = re.compile(r"([A-Z]{1,3})(\d{6,8})")


def find_same_shape(text: str, found: list[tuple[str, int, int]]) -> Iterator[Span]:
    """Other references of the same system's shape as one already found: "the records for
    Connor (LL0073391) and his sister Ellie (LL0073392)", where the cue is before the first."""
    shapes: dict[tuple[str, int], list[int]] = {}
    for kind, s, e in found:
        if kind == "case-number":
            m = LETTER_DIGITS.search(text, s, e)
            if m and m.end() == e:
                shapes.setdefault((m.group(1), len(m.group(2))), []).append(s)
    if not shapes:
        return
    for m in LETTER_DIGITS.finditer(text):
        at = shapes.get((m.group(1), len(m.group(2))))
        if at and not _alnum_before(text, m.start()) and not (m.end() < len(text) and text[m.end()].isalnum()) \
                and any("\x00" not in text[min(p, m.start()):max(p, m.start())] for p in at):
            yield "case-number", m.start(), m.end()   # in the same text (scan_many joins texts with NULs)
