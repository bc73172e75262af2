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
  Beech Lodge"; after a comma or a space alone only a business ("a nail bar, Luxe Nails,",
  "working in nail bar Glam Nails"). The name must hold a word that is no generic place word, role or abbreviation.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from .lexicon import DET, ROLE, TITLE, VOCAB, Lexicon
from .places import PLACE_HEADS, _is_named, _run_before
from .tokens import Cap, mixed_acronym, occurrences

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
# "nursery (Little Stars)", "takeaway, the Golden Lotus": a kind of place, then its name. The
# separator is searched for (it starts with a literal), then the kind before it and the name after
KIND_WORDS = frozenset(
    "nursery school academy college surgery practice hospital ward home hostel hotel club gym church mosque "
    "temple gurdwara pub bar takeaway restaurant cafe shop salon agency provider refuge placement unit centre "
    "estate park".split())
KIND_SEPARATOR = re.compile(r"(?: \(| called | named |, the )(?=[A-Z])")
KIND_SEPARATOR_COMMA = re.compile(r"(?: \(| called | named |, the |, )(?=[A-Z])")
# after a comma alone only a business: "a nail bar, Luxe Nails, on Bridge Street" (not "at school, Mum said")
COMMA_KINDS = frozenset("bar takeaway cafe shop salon restaurant pub gym hotel".split())
NAME_RUN = re.compile(r"(?:[A-Z][\w'’&-]*)(?: (?:[A-Z][\w'’&-]*|of|&))*")
SITE_WORDS = frozenset("traveller travellers gypsy gypsies caravan".split())


def find(text: str, caps: list[Cap], lows: set[str], lex: Lexicon) -> Iterator[Span]:
    """``lows``: the text's lower-case words (``tokens.lower_words``); most texts hold no
    head, site word or two pub words, and cost a set operation each."""
    for k in _head_caps(text, caps, lows):
        cap = caps[k]
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
    if not KIND_WORDS.isdisjoint(lows) and (" (" in text or ", the " in text or "called" in lows or "named" in lows
                                            or not COMMA_KINDS.isdisjoint(lows)):
        for m in _kinds_then_names(text, lows):
            words = m.group().split()
            if words[-1].lower() in NOT_PLACE_TAILS:
                continue   # "placement (Special Guardianship Order)": an order, a plan, a stage
            own = [w for w in words if _own_word(w, lex)]
            # one English word alone is too little ("placement (Section 20)"); a number after
            # it makes a reference of it
            if (len(own) >= 2 or any(w.lower() not in lex.words for w in own)) \
                    and not text[m.end():m.end() + 2].strip()[:1].isdigit():
                yield "named-place", m.start(), m.end()
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


def _head_caps(text: str, caps: list[Cap], lows: set[str]) -> list[int]:
    """Indexes of the capitalised tokens that are a head word, found as strings (most texts
    hold none; a text that holds some is not walked token by token)."""
    present = HEAD_WORDS.intersection(lows)
    if not present:
        return []
    starts = [c.start for c in caps]
    out = []
    for head in present:
        form = head.capitalize()
        i = text.find(form)
        while i >= 0:
            k = bisect_left(starts, i)
            if k < len(caps) and starts[k] == i and caps[k].base == form:
                out.append(k)
            i = text.find(form, i + 1)
    out.sort()
    return out


def _kinds_then_names(text: str, lows: set[str]) -> list[re.Match[str]]:
    """The name after each kind of place and separator ("nursery (", "takeaway, the "): the
    separators are searched for (a pattern that starts with a literal), the word before each
    read with ``rfind`` and looked up."""
    out = []
    separator = KIND_SEPARATOR_COMMA if not COMMA_KINDS.isdisjoint(lows) else KIND_SEPARATOR
    for sep in separator.finditer(text):
        i = sep.start()
        j = text.rfind(" ", max(0, i - 12), i) + 1 or max(0, i - 12)
        word = text[j:i]
        if sep.group() == ", " and word not in COMMA_KINDS:
            continue
        if word not in KIND_WORDS:
            if word.isalpha():
                continue
            # a kind word after a mark: "(nursery (", "\nhome ("
            k = i - 3
            while k > j and text[k - 1].isalpha():
                k -= 1
            if text[k:i] not in KIND_WORDS or k and (text[k - 1].isalnum() or text[k - 1] == "_"):
                continue
        elif j and (text[j - 1].isalnum() or text[j - 1] == "_"):
            continue
        name = NAME_RUN.match(text, sep.end())
        if name:
            out.append(name)
    # a business and its name with a space: "working in nail bar Glam Nails" (the few
    # business words of the text, each followed by a space and a capital)
    for _s, e, _w in occurrences(text.lower(), COMMA_KINDS.intersection(lows)):
        if text[e:e + 1] == " " and text[e + 1:e + 2].isupper():
            name = NAME_RUN.match(text, e + 1)
            if name:
                out.append(name)
    return out


def _own_word(word: str, lex: Lexicon) -> bool:
    """A word of a name that is no generic place word, role, title, grade or abbreviation."""
    low = word.lower().removesuffix("'s").removesuffix("’s")
    return len(word) > 1 and not word.isupper() and not mixed_acronym(word) and not lex.is_abbreviation(word) \
        and low not in lex.place_generic \
        and low not in lex.known_places and not lex.classes.get(low, 0) & (VOCAB | ROLE | TITLE | DET)


assert "Therapy" not in PLACE_HEADS   # the cued heads are decided here, not in places
