"""A statistical second opinion on runs of capitalised words that no rule has claimed.

"found at Cedar Point", "the Red Lion", "Orchard Fostering carers", "Little Stars": places
named with ordinary English words and names carry no head word a rule knows and no unknown
word, so every rule passes them by, while "Caring Dads", "Mind of My Own" and "Signs of
Safety" are shaped the same and must pass. This module asks a small maximum-entropy
classifier (CRFsuite, one-item sequences, like ``namemodel.py``) trained on the labelled
tuning corpus whether such a run names a place, from its words, their endings and lists, and
the words around it. It runs after every rule and only claims runs no rule touched, and only
when it is sure (``THRESHOLD``): a clean passage flagged costs QA a rewording, and the clean
passages of the corpus are what teaches it the sector's capitalised terms.

The model lives in ``data/placemodel.crfsuite``; ``scripts/train_place_model.py`` rebuilds it
from ``tests/privacy_corpus/`` and a test checks that the committed file is what the corpus
gives.
"""
from __future__ import annotations

import re
from pathlib import Path

from .config import PrivacyConfigError
from .lexicon import CAL, DET, INTRO, NAME, PERSON_NOUN, ROLE, SPEECH, TITLE, VOCAB, Lexicon
from .locative import _near_miss
from .tokens import Cap, sentence_initial

MODEL_PATH = Path(__file__).with_name("data") / "placemodel.crfsuite"
# switch the model off (benchmarks compare the rules with and without it)
ENABLE_PLACE_MODEL = True
# the probability of "a place" above which a run is reported: high, because the runs asked
# are mostly the sector's own terms and a flagged clean passage is a cost every month (0.8 until
# the corpus grew past 28,000 passages and the model grew less sure of everything: 0.75 then
# found 9 more places of the corpus and open splits and flagged no more of their 15,878 clean passages)
THRESHOLD = 0.75
# words inside a run: "Church of St Aidan", "Birchall & Sons", "Pen-y-Bryn"
JOINERS = frozenset({" ", "-", " of ", " the ", " & ", " and ", " on ", " upon ", "-on-", "-y-", "-le-", " de "})
MAX_WORDS = 6
# whether a token alone is asked (``PlaceModel._single``)
NEVER, ASK_MID, ASK = 0, 1, 2
WINDOW = 40
TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+|[^\s\x00]")
# a word of place just before a run: "at", "in", "from" ...
# words of the sector's own (roles, months, languages, agencies ...): a run of nothing else
# ("Mum", "The IRO", "Polish", "Christmas") is never asked, which halves the questions
SECTOR = VOCAB | ROLE | TITLE | CAL | DET | INTRO | SPEECH | PERSON_NOUN
LOCATIVE = frozenset(
    "at in to from near nr into outside opposite around towards attends attended attending attend via lives "
    "living lived live resides residing based @ moved placed found seen".split())


def _open(model_path: Path):
    try:
        import pycrfsuite   # a C extension: imported only when a scanner is built
    except ImportError:
        raise PrivacyConfigError("the privacy checks need the python-crfsuite package "
                                 "(reinstall auditkb: pip install -e .)") from None
    tagger = pycrfsuite.Tagger()
    try:
        tagger.open(str(model_path))
    except (OSError, ValueError):
        raise PrivacyConfigError(f"the place classifier's model {model_path.name} is missing or damaged "
                                 "(restore it from the repository, or run scripts/train_place_model.py)") from None
    return tagger


def runs(text: str, caps: list[Cap]) -> list[list[Cap]]:
    """Runs of capitalised tokens joined by a space, a hyphen or a small word (``JOINERS``),
    at most ``MAX_WORDS`` long; a possessive ends a run unless a capital follows it."""
    out: list[list[Cap]] = []
    cur: list[Cap] = []
    for c in caps:
        if cur:
            prev = cur[-1]
            end = prev.end + 2 if prev.poss else prev.end
            # the longest joiner is " upon ": a wider gap is read without slicing the text
            if 0 < c.start - end <= 6 and len(cur) < MAX_WORDS:
                gap = text[end:c.start]
                if gap in JOINERS and (not prev.poss or gap == " "):
                    cur.append(c)
                    continue
            out.append(cur)
        cur = [c]
    if cur:
        out.append(cur)
    return out


def shape(tok: str) -> str:
    if len(tok) > 1 and tok.isupper():
        return "XX"
    if tok[:1].isupper():
        return "Xx"
    return "x" if tok.islower() else "o"


# the words of an authority's generic bodies and buildings, which name no one place alone
PUBLIC_BODY_WORDS = frozenset("county council hall court city borough district town civic centre offices and of the &".split())


class PlaceModel:
    """``find(text, caps, free)``: spans of runs the classifier reads as named places."""

    def __init__(self, lex: Lexicon, heads: frozenset[str], towns: frozenset[str], known: frozenset[str],
                 model_path: Path | None = MODEL_PATH) -> None:
        self.lex = lex
        self.classes = lex.classes
        self.heads = heads        # place head words, lower case ("school", "house", "park")
        self.towns = towns        # one-word towns of the gazetteers
        self.known = known        # every word some list knows (propernoun.py's)
        # known to a list and no name nor English word: agencies, tools, languages ...
        # the sector's words that the lexicon classes; the other listed words (agencies, tools,
        # languages: known, no English word, no name) are decided token by token (``_sector``)
        sector = {w for w, c in lex.classes.items() if c & SECTOR} | lex.known_places
        self.sector = frozenset(sector - towns - heads)
        self._memo: dict[str, tuple[list[str], list[str]]] = {}
        self._asked: dict[str, int] = {}
        self.tagger = None
        if model_path is not None and ENABLE_PLACE_MODEL:
            self.tagger = _open(model_path)

    def asked(self, text: str, run: list[Cap]) -> bool:
        """Whether a run is worth a question: not acronyms alone, not a lone capital, not one
        known word at a sentence's start ("The", "Mum", "Attendance": half of all runs, and
        next to never a place)."""
        if len(run) == 1:
            base = run[0].base
            verdict = self._asked.get(base)
            if verdict is None:
                verdict = self._asked[base] = self._single(base)
            return verdict == ASK or verdict == ASK_MID and not sentence_initial(text, run[0].start)
        if all(c.base.isupper() for c in run):
            return False
        if all(c.base.lower() in PUBLIC_BODY_WORDS for c in run):
            return False   # "the County Council and County Hall", "Town Hall": every authority has one
        return not all(len(c.base) < 2 or self._sector(c.base.lower()) for c in run)

    def _sector(self, low: str) -> bool:
        """A word of the sector's own: on a list of roles, months, languages, agencies ... and
        no English word, name, town or place word."""
        if low in self.sector:
            return True
        return low in self.known and low not in self.lex.words and not self.classes.get(low, 0) & NAME \
            and low not in self.towns and low not in self.heads

    def _single(self, base: str) -> int:
        """Whether one token alone is asked: never, only in mid-sentence, or always."""
        low = base.lower()
        if base.isupper() or len(low) < 3 or self._sector(low) or _near_miss(low) or self.lex.is_abbreviation(base):
            return NEVER   # an acronym or its plural ("HMOs"), a lone capital, a word of the sector, "in Feburary"
        return ASK_MID if low in self.lex.words or low in self.classes else ASK

    def _word(self, tok: str) -> tuple[list[str], list[str]]:
        """A word's features, and the same marked as the run's last word (memoised)."""
        got = self._memo.get(tok)
        if got is None:
            if len(self._memo) > 50_000:
                self._memo.clear()
            feats = self._word_features(tok)
            got = self._memo[tok] = (feats, ["last" + f for f in feats])
        return got

    def _word_features(self, tok: str) -> list[str]:
        low = tok.lower()
        cls = self.classes.get(low, 0)
        out = ["w=" + low, "s3=" + low[-3:]]
        if low in self.heads:
            out.append("c=head")
        if low in self.towns:
            out.append("c=town")
        if cls & NAME:
            out.append("c=name")
        if cls & (ROLE | TITLE):
            out.append("c=role")
        if cls & VOCAB:
            out.append("c=vocab")
        if cls & CAL:
            out.append("c=cal")
        if low in self.lex.words:
            out.append("c=eng")
        elif low not in self.known and not cls:
            out.append("c=unk")
        if tok.isupper() and len(tok) > 1:
            out.append("c=caps")
        return out

    def features(self, text: str, run: list[Cap]) -> list[str]:
        start, last = run[0].start, run[-1]
        end = last.end + (2 if last.poss else 0)
        a = max(0, start - WINDOW)
        cut = text.rfind("\x00", a, start)
        if cut >= 0:
            a = cut + 1
        b = min(len(text), end + WINDOW)
        cut = text.find("\x00", end, b)
        if cut >= 0:
            b = cut
        before = TOKEN.findall(text, a, start)[-2:]
        after = TOKEN.findall(text, end, b)[:2]
        begins = a == 0 or text[a - 1] == "\x00"
        p1 = before[-1] if before else "<s>" if begins else "<w>"
        p2 = before[-2] if len(before) > 1 else "<s>" if begins else "<w>"
        n1 = after[0] if after else "</s>"
        n2 = after[1] if len(after) > 1 else "</s>"
        l1, l2, m1, m2 = p1.lower(), p2.lower(), n1.lower(), n2.lower()
        feats = ["bias", "n=%d" % min(len(run), 4), "first=" + run[0].base.lower(), "last=" + last.base.lower(),
                 "init=%d" % sentence_initial(text, start), "poss=%d" % last.poss,
                 "p1=" + l1, "p2=" + l2, "n1=" + m1, "n2=" + m2, f"p2p1={l2}|{l1}",
                 "p1s=" + shape(p1), "n1s=" + shape(n1), "loc=%d" % (l1 in LOCATIVE or l1 == "the" and l2 in LOCATIVE)]
        word = self._word
        for c in run:
            feats += word(c.base)[0]
        feats += word(last.base)[1]
        return feats

    def find(self, text: str, caps: list[Cap], free) -> list[tuple[int, int]]:
        """Runs no rule has touched (``free(start, end)``) that the model is sure name a place."""
        if self.tagger is None or not caps:
            return []
        memo, single = self._asked, self._single
        todo = []
        for r in runs(text, caps):
            if len(r) == 1:   # most runs: the token's memoised verdict, inline
                base = r[0].base
                v = memo.get(base)
                if v is None:
                    v = memo[base] = single(base)
                if v == NEVER or v == ASK_MID and sentence_initial(text, r[0].start):
                    continue
            elif not self.asked(text, r):
                continue
            if free(r[0].start, r[-1].end):
                todo.append(r)
        if not todo:
            return []
        # one call for all: trained on one-item sequences, the model has no weights between
        # labels, so each position's marginal is that run's own probability
        tagger = self.tagger
        tagger.set([self.features(text, r) for r in todo])
        marginal = tagger.marginal
        return [(r[0].start, r[-1].end) for i, r in enumerate(todo) if marginal("P", i) >= THRESHOLD]
