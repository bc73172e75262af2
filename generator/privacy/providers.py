"""Named providers and venues whose head word is too common to stand alone in ``places``.

- Providers named before a head that needs a cue ("at", "from", "in the" ...) just before
  the name: "sessions at Stepping Stones Therapy", "the worker from Bridges Family Project",
  "swimming at Tidewater Leisure", "seen in the Wynd Bar". A therapy named by its kind
  ("Cognitive Behavioural Therapy") or a run of generic words names nothing.
- A church named "... Fellowship" ("Kingdom Life Fellowship"), and an agency that supplies
  carers ("Brightwell Fostering Agency"; not "the National Crime Agency").
- A Travellers' site by its name: "Lime Tree Travellers' Site".
- A pub named "the X & Y" in lower case, as texts write it: "by the crown & anchor".
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from .lexicon import Lexicon
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
    if len(PUB_WORDS.intersection(lows)) > 1:
        for m in PUB.finditer(text):
            if m.group(1) in PUB_WORDS and m.group(2) in PUB_WORDS and m.group(1) != m.group(2):
                yield "named-place", m.start(1), m.end()


assert "Therapy" not in PLACE_HEADS   # the cued heads are decided here, not in places
