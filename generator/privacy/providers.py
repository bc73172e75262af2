"""Named providers and venues whose head word is too common to stand alone in ``places``.

- Providers named before a head that needs a cue ("at", "from", "in the" ...) just before
  the name: "sessions at Stepping Stones Therapy", "the worker from Bridges Family Project",
  "swimming at Tidewater Leisure", "seen in the Wynd Bar". A therapy named by its kind
  ("Cognitive Behavioural Therapy") or a run of generic words names nothing.
- A church named "... Fellowship" ("Kingdom Life Fellowship"), and an agency that supplies
  carers ("Brightwell Fostering Agency"; not "the National Crime Agency").
- A Travellers' site by its name: "Lime Tree Travellers' Site".
- A pub named "the X & Y" in lower case, as texts write it: "by the crown & anchor".
- A place after "@" in notes: "sib contact monthly @ Fun Station" (not an email: no word
  joins the "@" on its left).
- A kind of place and then its name, in brackets or as an apposition: "referral from nursery
  (Little Stars)", "the family's takeaway, the Golden Lotus,", "the children's home called
  Beech Lodge". The name must hold a word that is no generic place word, role or abbreviation.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from .lexicon import DET, ROLE, TITLE, VOCAB, Lexicon
from .places import PLACE_HEADS, _is_named, _run_before
from .tokens import Cap

Span = tuple[str, int, int]

CUED_HEADS = frozenset({"Therapy", "Therapies", "Project", "Leisure", "Bar", "Counselling"})
CUE_BEFORE = re.compile(r"\b(?:at|from|in|attends|attended|attending|via|outside|inside)\s+(?:the\s+)?$", re.IGNORECASE)
# kinds of therapy: a run of these before "Therapy" is a treatment, not a provider
THERAPY_KINDS = frozenset(
    "cognitive behavioural behavioral behaviour behavior dialectical systemic multisystemic functional play art "
    "music drama speech language occupational narrative trauma focused trauma-focused talking group individual "
    "couples interpersonal psychodynamic sensory integration dyadic developmental filial animal equine assisted "
    "eye movement desensitisation reprocessing attachment based attachment-focused mentalisation mentalization "
    "schema compassion acceptance commitment solution brief parent child parent-child interaction violent "
    "resistance non-violent creative sand lego wilderness adventure horticultural integrative family".split())
AGENCY_KINDS = frozenset("Fostering Adoption Nursing Care Staffing Recruitment Employment Supply".split())
SITE = re.compile(r"((?:[A-Z][a-z'’-]+\s+){1,3})(?:Travellers?['’]?|Traveller['’]s|Gypsy|Gypsies|Caravan)\s+(?:Site|Park)\b")
PUB_WORDS = frozenset(
    "crown anchor rose fox hounds hound hare horse horses groom plough harrow coach bell lion swan bull star garter "
    "feathers compasses cricketers wheatsheaf castle ship mitre stag hart dog duck drake partridge "
    "pheasant falcon eagle woodman miners masons carpenters railway cross keys".split())
PUB = re.compile(r"\bthe ([a-z]+) (?:&|and|n|'n') ([a-z]+)\b")


HEAD_WORDS = frozenset(w.lower() for w in CUED_HEADS | {"Fellowship", "Agency"})
# "nursery (Little Stars)", "takeaway, the Golden Lotus": a kind of place, then its name
KIND_THEN_NAME = re.compile(
    r"\b(?:nursery|school|academy|college|surgery|practice|hospital|ward|home|hostel|hotel|club|gym|church|mosque|"
    r"temple|gurdwara|pub|bar|takeaway|restaurant|cafe|shop|salon|agency|provider|refuge|placement|unit|centre|"
    r"estate|park)(?: \(| called | named |, the )((?:[A-Z][\w'’&-]*)(?: (?:[A-Z][\w'’&-]*|of|&))*)")
SITE_WORDS = frozenset("traveller travellers gypsy gypsies caravan".split())


def find(text: str, caps: list[Cap], lows: set[str], lex: Lexicon) -> Iterator[Span]:
    """``lows``: the text's lower-case words (``tokens.lower_words``); most texts hold no
    head, site word or two pub words, and cost a set operation each."""
    for k, cap in (enumerate(caps) if not HEAD_WORDS.isdisjoint(lows) else ()):
        head = cap.base
        if head == "Fellowship" or head in CUED_HEADS:
            words = caps[_run_before(text, caps, k, 4):k]
            if not words or not _is_named(words, lex) or words[-1].poss:
                continue
            if head == "Fellowship" or (
                    CUE_BEFORE.search(text, max(0, words[0].start - 16), words[0].start)
                    and not (head.startswith("Therap") and all(w.base.lower() in THERAPY_KINDS for w in words))):
                yield "named-place", words[0].start, cap.end
        elif head == "Agency" and k >= 2 and caps[k - 1].base in AGENCY_KINDS and text[caps[k - 1].end:cap.start] == " ":
            words = caps[_run_before(text, caps, k - 1, 3):k - 1]
            if words and _is_named(words, lex) and not words[-1].poss:
                yield "named-place", words[0].start, cap.end
    if not SITE_WORDS.isdisjoint(lows) and ("Site" in text or "Park" in text):
        for m in SITE.finditer(text):
            first = m.group(1).split()
            if first and first[0].lower() not in ("the", "a", "an", "this", "that", "our", "their", "his", "her"):
                yield "named-place", m.start(), m.end()
    if not KIND_WORDS.isdisjoint(lows) and (" (" in text or ", the " in text or "called" in lows or "named" in lows):
        for m in KIND_THEN_NAME.finditer(text):
            words = m.group(1).split()
            if words[-1].lower() in NOT_PLACE_TAILS:
                continue   # "placement (Special Guardianship Order)": an order, a plan, a stage
            own = [w for w in words if _own_word(w, lex)]
            # one English word alone is too little ("placement (Section 20)"); a number after
            # it makes a reference of it
            if (len(own) >= 2 or any(w.lower() not in lex.words for w in own)) \
                    and not text[m.end(1):m.end(1) + 2].strip()[:1].isdigit():
                yield "named-place", m.start(1), m.end(1)
    if "@" in text:
        for m in AT_PLACE.finditer(text):
            own = [w for w in m.group(1).split() if _own_word(w, lex)]
            if own and m.group(1).split()[-1].lower() not in NOT_PLACE_TAILS:
                yield "named-place", m.start(1), m.end(1)
    if len(PUB_WORDS.intersection(lows)) > 1:
        for m in PUB.finditer(text):
            if m.group(1) in PUB_WORDS and m.group(2) in PUB_WORDS and m.group(1) != m.group(2):
                yield "named-place", m.start(1), m.end()


AT_PLACE = re.compile(r"(?<![\w.@])@ ?((?:[A-Z][\w'’&-]*)(?: (?:[A-Z][\w'’&-]*|of|&))*)")
# the last words of practice terms, never of a place's name
NOT_PLACE_TAILS = frozenset(
    "order orders plan plans act assessment assessments review reviews conference conferences meeting meetings "
    "panel stage framework programme program policy procedure procedures protocol team teams service services "
    "status level tier category grade rating model approach pathway process register list".split())
KIND_WORDS = frozenset(KIND_THEN_NAME.pattern.split("(?:", 1)[1].split(")", 1)[0].split("|"))


def _own_word(word: str, lex: Lexicon) -> bool:
    """A word of a name that is no generic place word, role, title, grade or abbreviation."""
    low = word.lower().removesuffix("'s").removesuffix("’s")
    return len(word) > 1 and not word.isupper() and not lex.is_abbreviation(word) and low not in lex.place_generic \
        and low not in lex.known_places and not lex.classes.get(low, 0) & (VOCAB | ROLE | TITLE | DET)


assert "Therapy" not in PLACE_HEADS   # the cued heads are decided here, not in places
