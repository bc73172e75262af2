"""A name found in one field of a record, reported wherever else the record writes it.

The rules read each text alone, and a name needs a cue to be read as one: "Hope told the
social worker" is Hope, but "visits to Hope were not recorded" has no cue of a person in it.
In one record, though, the child is the same child in every field: once a field shows that
"Hope" names someone, each other capitalised "Hope" of the record is that person too.

A name that no English list holds ("Kayden") is reported in any case; one that is also an
English word ("Hope", "Will") only as written, capitalised, even at a sentence's start ("home
visit: Grace asleep"), but not where it opens a longer name ("Hope House") nor, for "Will" or
"May", a question ("Will the plan be reviewed?"). In a record about a child called Hope, "Hope
is not a plan" is reported too: a reviewer rewords it, which costs less than a name let out.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from .findings import KINDS, Finding
from .lexicon import DET, ROLE, TITLE, VOCAB, Lexicon
from .tokens import sentence_initial

WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]")
# names that open a question as verbs: "Will the plan be reviewed?", "May I add"
MODALS = frozenset({"Will", "May", "Can", "Must", "Shall", "Might"})


def names_again(texts: list[str], found: list[list[Finding]], lex: Lexicon,
                keep: Callable[[str, int, int], bool]) -> list[list[Finding]]:
    """``found`` (the findings of each of ``texts``) with every further occurrence of a word
    of a name found in any of them that ``keep`` keeps (the scanner's allow list, and what
    is no person whatever rule found it: "moved to Amber" on a RAG scale)."""
    plain: set[str] = set()      # names no English list holds: any case
    worded: set[str] = set()     # names that are also English words: as written
    for text, findings in zip(texts, found):
        for f in findings:
            if f.kind != "personal-name":
                continue
            for m in WORD.finditer(text, f.start, f.end):
                w = m.group().removesuffix("'s").removesuffix("’s")
                low = w.lower()
                if len(w) < 3 or lex.classes.get(low, 0) & (ROLE | TITLE | DET | VOCAB) or lex.is_abbreviation(w):
                    continue
                if low in lex.words:
                    if w[0].isupper() and w[1:].islower():
                        worded.add(w)
                else:
                    plain.add(low)
    if not plain and not worded:
        return found
    severity = KINDS["personal-name"][2]
    out = []
    for text, findings in zip(texts, found):
        taken = [(f.start, f.end) for f in findings]
        extra = []
        for m in WORD.finditer(text):
            w = m.group().removesuffix("'s").removesuffix("’s")
            s, e = m.start(), m.start() + len(w)
            if w.lower() in plain or w in worded and not (w in MODALS and sentence_initial(text, s)) \
                    and not text[e + 1:e + 2].isupper():
                if not any(a < e and s < b for a, b in taken) and keep(text, s, e):
                    extra.append(Finding("personal-name", s, e, severity))
        out.append(sorted(findings + extra, key=lambda f: (f.start, f.end)) if extra else findings)
    return out
