"""A statistical second opinion on names that are also English words.

"Sunny to be offered advocacy", "Brook's health assessment", "Will and Sonny were placed":
the name rules (``names.py``) read such words as names only in the contexts someone wrote a
rule for, and each new writer brings contexts nobody did. This module asks a small
maximum-entropy classifier (CRFsuite, one-item sequences) trained on the labelled tuning
corpus whether a word-like name is used as a name, from its own shape and the words and
punctuation around it. It runs after the rules and only claims what they left free.

Only words that a name list holds and that are also English words (or months and seasons)
are asked: the rules already decide names that are no English word. The model lives in
``data/namemodel.crfsuite``; ``scripts/train_name_model.py`` rebuilds it from
``tests/privacy_corpus/`` and a test checks that the committed file is what the corpus gives.
"""
from __future__ import annotations

import re
from pathlib import Path

from .config import PrivacyConfigError
from .lexicon import CAL, FIRST, FIRST_AMB, FIRST_SEMI, SURNAME, SURNAME_AMB, Lexicon
from .nonames import drop
from .tokens import Cap, cap_tokens, sentence_initial

MODEL_PATH = Path(__file__).with_name("data") / "namemodel.crfsuite"
# switch the model off (benchmarks compare the rules with and without it)
ENABLE_NAME_MODEL = True
# months, days and seasons that are names too (CAL) are left to the rules' strong contexts:
# "June (7), July (4)" is a count of visits far more often than three children
CANDIDATE = FIRST_SEMI | FIRST_AMB | SURNAME_AMB
# in lower case only names that are rare words are asked ("jade", "pat"): "will", "young",
# "reason" are everywhere in lower case and near enough never a name there (the rules in
# slots.py catch "nana rose's"), and asking them all would cost the linter a fifth of its speed
LOWER_CANDIDATE = FIRST_SEMI
STRONG_NAME = FIRST | SURNAME | FIRST_SEMI
# how far around a word the features look: two tokens either side fit in all but rare
# cases, and a token cut short at the edge reads as "<w>" in training and use alike
WINDOW = 40
TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+|[^\s\x00]")
POSSESSIVE = re.compile(r"['’]s$")
# what may come just before the first word of a sentence, a list item or a field
OPENERS = frozenset(".!?:;\n–-—•*(\"“‘[|/")


def _open(model_path: Path):
    """The classifier, or a clear error: a gate that silently lost a detector would be worse
    than one that stops and says why."""
    try:
        import pycrfsuite   # a C extension: imported only when a scanner is built
    except ImportError:
        raise PrivacyConfigError("the privacy checks need the python-crfsuite package "
                                 "(reinstall auditkb: pip install -e .)") from None
    tagger = pycrfsuite.Tagger()
    try:
        tagger.open(str(model_path))
    except (OSError, ValueError):
        raise PrivacyConfigError(f"the name classifier's model {model_path.name} is missing or damaged "
                                 "(restore it from the repository, or run scripts/train_name_model.py)") from None
    return tagger


def shape(tok: str) -> str:
    if len(tok) > 1 and tok.isupper():
        return "XX"
    if tok[:1].isupper():
        return "Xx"
    return "x" if tok.islower() else "o"


# a lower-case word after a modal is a verb: "he'll jack it in", "will jack in his job"
# (and the north's and Scotland's "cannit", "divvent", "dinnae": "aa cannit dee owt wi him")
AFTER_MODAL = re.compile(r"(?:\bwill|['’]ll|\bwould|\bgonna|\bwanna|\bto|\bmight|\bcould|\bshould|\bmust"
                         r"|\bcann(?:it|et|ae|a)|\bdivv?e?nt|\bdinn(?:et|ae|a)|\bwinn(?:ae|it)|\bdidnae) ['‘\"“]?$")
# how sure the classifier must be of a name written in lower case
LOWER_SURE = 0.7
# a lower-case word after "my" or "my little" is what a parent calls a child: "my little angel"
ENDEARMENT_BEFORE = re.compile(r"\b(?:(?:my|our|her|his|their) (?:own |little |lil |wee |baby |beautiful |precious )?|(?:a|an|the) "
                               r"|(?:which|that|it|what) (?:she|he|they|mum|dad) calls? )['‘\"“]?$")
# (and "played an angel in the nativity", "a new tenancy, which she calls 'destiny'", "choose my own destiny")


class NameModel:
    """``find(text, words)``: spans of word-like names the classifier reads as names."""

    def __init__(self, lex: Lexicon, model_path: Path | None = MODEL_PATH) -> None:
        self.lex = lex
        self.classes = lex.classes
        self.words = frozenset(w for w, c in lex.classes.items() if c & CANDIDATE and not c & CAL)
        self.lower_words = frozenset(w for w in self.words if lex.classes[w] & LOWER_CANDIDATE)
        self.is_abbreviation = lex.is_abbreviation
        self.tagger = None
        if model_path is not None and ENABLE_NAME_MODEL:
            self.tagger = _open(model_path)

    # -- what is asked ----------------------------------------------------------------
    def candidates(self, text: str, low: str, words: set[str], caps: list[Cap] | None = None) -> list[tuple[int, int]]:
        """The occurrences of word-like names that are asked: each capitalised token
        (``tokens.cap_tokens``, computed when not given) that is one, but no abbreviation in
        capitals ("MACE" is a team, "GRACE" a name); and the rare-word names among ``words``
        (``tokens.lower_words``) in any casing. Spans of whole runs of letters, sorted."""
        classes, asked = self.classes, self.words
        out: list[tuple[int, int]] = []
        for cap in cap_tokens(text) if caps is None else caps:
            base = cap.base
            w = base.lower()
            if w in asked and not classes[w] & LOWER_CANDIDATE and not (base.isupper() and self.is_abbreviation(base)):
                out.append((cap.start, cap.start + len(base)))
        # rare-word names ("jade", "pat") are asked in lower case too; "will" and "young"
        # come by the dozen in lower case and are near enough never names there
        for w in self.lower_words.intersection(words):
            n = len(w)
            i = low.find(w)
            while i >= 0:
                j = i + n
                if not (i and low[i - 1].isalpha()) and not (j < len(low) and low[j].isalpha()) \
                        and not AFTER_MODAL.search(low, max(0, i - 8), i) \
                        and not ENDEARMENT_BEFORE.search(low, max(0, i - 24), i):
                    out.append((i, j))   # not "he'll jack it in", "will jack in his job", "my little angel"
                i = low.find(w, j)
        out.sort()
        return out

    def features(self, text: str, start: int, end: int) -> list[str]:
        """The classifier's view of ``text[start:end]``: the word, its shape and list classes,
        and the two tokens either side (stopping at a NUL, which parts joined texts)."""
        a = max(0, start - WINDOW)
        cut = text.rfind("\x00", a, start)
        if cut >= 0:
            a = cut + 1
        b = min(len(text), end + WINDOW)
        cut = text.find("\x00", end, b)
        if cut >= 0:
            b = cut
        toks: list[str] = []
        k = -1
        for m in TOKEN.finditer(text, a, b):
            if m.start() == start:
                k = len(toks)
            toks.append(m.group())
        begins = a == 0 or text[a - 1] == "\x00"
        tok = toks[k]
        word = POSSESSIVE.sub("", tok)
        low = word.lower()
        cls = self.classes.get(low, 0)

        def at(j: int) -> str:
            if 0 <= j < len(toks):
                return toks[j]
            return "<s>" if j < 0 and begins else "</s>" if j >= len(toks) else "<w>"

        p1, p2, n1, n2 = at(k - 1), at(k - 2), at(k + 1), at(k + 2)
        l1, l2, m1, m2 = p1.lower(), p2.lower(), n1.lower(), n2.lower()
        opens = p1 == "<s>" or p1 in OPENERS or p1.isdigit()
        newline = "\n" in text[max(a, start - 2):start]
        return [
            "bias", "w=" + low, "shape=" + shape(word),
            "first=" + ("semi" if cls & FIRST_SEMI else "amb" if cls & FIRST_AMB else "-"),
            "sur=%d" % bool(cls & SURNAME_AMB), "cal=%d" % bool(cls & CAL),
            "poss=%d" % (word != tok), "init=%d" % opens, "nl=%d" % newline,
            "p1=" + l1, "p2=" + l2, "n1=" + m1, "n2=" + m2,
            f"p1n1={l1}|{m1}", f"n1n2={m1}|{m2}",
            "p1s=" + shape(p1), "n1s=" + shape(n1), "n1cap=%d" % n1[:1].isupper(),
            "p1name=%d" % self._named(p1), "n1name=%d" % self._named(n1),
            "p2name=%d" % self._named(p2), "n2name=%d" % self._named(n2),
        ]

    def _named(self, tok: str) -> bool:
        return tok[:1].isupper() and bool(self.classes.get(POSSESSIVE.sub("", tok).lower(), 0) & STRONG_NAME)

    # -- the answer -------------------------------------------------------------------
    def find(self, text: str, low: str, words: set[str], caps: list[Cap] | None = None) -> list[tuple[int, int]]:
        if self.tagger is None:
            return []
        # a word-name that opens a sentence ("Will this be corrected", "Dawn raid at the flat",
        # "Grace period on curfew") is a word far more often than the corpus, dense with names,
        # suggests (measured on redteam-p: 7 of 150 clean passages flagged, 4 names found);
        # the rules read the strong cues of a person there ("Summer was reported missing")
        spans = [se for se in self.candidates(text, low, words, caps) if not sentence_initial(text, se[0])]
        if not spans:
            return []
        # one call for all: trained on one-item sequences, the model has no weights between
        # labels, so tagging the words as one sequence answers each on its own. A word in lower
        # case must be surer (p >= LOWER_SURE): in clean notes "peace lily", "daisy chains" and
        # "jack all" outnumber the names (redteam-ak: 13 clean passages flagged at 0.5, 10 at
        # 0.7, no name lost on it or the open splits)
        self.tagger.set([self.features(text, s, e) for s, e in spans])
        found = [se for i, se in enumerate(spans)
                 if self.tagger.marginal("N", i) >= (0.5 if text[se[0]].isupper() else LOWER_SURE)]
        # what the rules know is no name (a field label, a RAG colour, an abstract noun at the
        # head of a list) the classifier is not asked to learn again
        return drop(text, found, self.lex)
