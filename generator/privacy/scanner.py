"""PrivacyScanner: runs every rule over a text and returns the findings, sorted by start."""
from __future__ import annotations

import hashlib
import re
from bisect import bisect_left, insort
from pathlib import Path

from . import dates, identifiers, places
from .config import DenyTerm, SiteLists, load_site_lists
from .findings import KINDS, Finding
from .lexicon import Lexicon, load_lexicon, phrase_pattern
from .names import NameFinder
from .tokens import LOWER_WORD, cap_tokens, lower_words

Span = tuple[str, int, int]

# kinds that an allow-list phrase can silence (never the structured identifiers)
ALLOWABLE = {"personal-name", "named-place", "street-address"}
EPONYM_LAW = re.compile(r"[a-z][\w-]*['’]s\s+(?:law|principle|ladder|hierarchy|triangle|window|model|cycle|wheel|competence)\b")
_WORDS = re.compile(r"[\w'’-]+")


class PrivacyScanner:
    """Finds identifiers in free text. Build it once and reuse it: ``scan`` is pure."""

    def __init__(
        self,
        allow: tuple[str, ...] | list[str] = (),
        deny: tuple[DenyTerm, ...] | list[DenyTerm] = (),
        name_hashes: frozenset[bytes] = frozenset(),
        name_hash_max_words: int = 3,
    ) -> None:
        self.lex: Lexicon = load_lexicon()
        self.names = NameFinder(self.lex)
        self.allow_index = _phrase_index(list(self.lex.allow_phrases) + list(allow))
        self.deny_kinds = {" ".join(d.term.lower().split()): d.kind for d in deny}
        self.deny = phrase_pattern(list(self.deny_kinds))
        # one word of each term that the lower-case word set will hold; "" forces a full search
        self.deny_first = frozenset((LOWER_WORD.findall(t) or [""])[0] for t in self.deny_kinds)
        self.name_hashes = frozenset(name_hashes)
        self.name_hash_max_words = name_hash_max_words

    @classmethod
    def from_config(cls, config_dir: Path | str) -> PrivacyScanner:
        """Built-in lists plus ``<config_dir>/privacy/{allow,deny}.yml``.

        Raises PrivacyConfigError when a file is not valid YAML or not in the documented form.
        """
        lists: SiteLists = load_site_lists(Path(config_dir))
        return cls(lists.allow, lists.deny, lists.name_hashes, lists.name_hash_max_words)

    def scan(self, text: str) -> list[Finding]:
        """Findings in ``text``, sorted by start; each a kind, a span and a severity."""
        if len(text) < 2:
            return []
        low = text.lower()
        lex = self.lex
        spans: list[Span] = []

        taken: list[tuple[int, int]] = []   # sorted, non-overlapping

        def free(s: int, e: int) -> bool:
            i = bisect_left(taken, (s, s))
            if i < len(taken) and taken[i][0] < e:
                return False
            return not (i and taken[i - 1][1] > s)

        def claim(found) -> None:
            for kind, s, e in found:
                if s < e and free(s, e):
                    insort(taken, (s, e))
                    spans.append((kind, s, e))

        claim(identifiers.find_emails(text))
        runs = identifiers.clusters(text)
        if runs:
            claim(dates.find_dates(text, low, runs))
            claim(identifiers.find_numbers(text, low, runs))

        caps = cap_tokens(text)
        words = lower_words(low)
        claim(places.find_places(text, caps, lex))
        claim(places.find_lower_places(text, low, words, lex))
        names = self.names.find(text, low, caps) + self.names.find_lower(text, low, words)
        names.sort(key=lambda se: (se[0], -se[1]))
        claim(("personal-name", s, e) for s, e in names)

        if self.deny is not None or self.name_hashes:
            spans = self._deny(text, low, words, spans)
        spans = self._allow(low, spans)
        out = {(s, e, kind) for kind, s, e in spans}
        return [Finding(kind, s, e, KINDS[kind][2]) for s, e, kind in sorted(out)]

    # -- site lists ----------------------------------------------------------------------
    def _deny(self, text: str, low: str, words: set[str], spans: list[Span]) -> list[Span]:
        hits: list[Span] = []
        if self.deny is not None and ("" in self.deny_first or not self.deny_first.isdisjoint(words)):
            for m in self.deny.finditer(low):
                kind = self.deny_kinds.get(" ".join(m.group().replace("’", "'").split()), "local-term")
                hits.append((kind, m.start(), m.end()))
        if self.name_hashes:
            hits.extend(self._hashed_names(text, low))
        if not hits:
            return spans
        kept = [sp for sp in spans if not any(h[1] <= sp[1] and sp[2] <= h[2] for h in hits)]
        return kept + hits

    def _hashed_names(self, text: str, low: str) -> list[Span]:
        """n-grams of words, lower-cased and joined by one space, hashed and looked up.

        Only n-grams starting with a word that a name list knows or that is no English word
        are hashed, so the cost stays small for ordinary prose.
        """
        words = []
        for m in _WORDS.finditer(low):
            w = m.group().replace("’", "'")
            if w.endswith("'s"):
                words.append((w[:-2].strip("'-"), m.start(), m.end() - 2))
            else:
                words.append((w.strip("'-"), m.start(), m.end()))
        out: list[Span] = []
        get, english = self.lex.classes.get, self.lex.words
        for i, (w, s, _) in enumerate(words):
            if w in english and not get(w, 0):
                continue
            for n in range(1, self.name_hash_max_words + 1):
                if i + n > len(words):
                    break
                phrase = " ".join(x[0] for x in words[i:i + n])
                if hashlib.sha256(phrase.encode("utf-8")).digest() in self.name_hashes:
                    out.append(("local-term", s, words[i + n - 1][2]))
        return out

    def _allow(self, low: str, spans: list[Span]) -> list[Span]:
        kept: list[Span] = []
        index = self.allow_index
        for kind, s, e in spans:
            if kind in ALLOWABLE:
                first = _WORDS.search(low, s, e)
                key = first.group().replace("’", "'").removesuffix("'s").strip("'-") if first else ""
                pattern = index.get(key)
                if pattern is not None and any(
                    m.start() <= s and e <= m.end()
                    for m in pattern.finditer(low, max(0, s - 100), min(len(low), e + 100))
                ):
                    continue
                if kind == "personal-name" and any(
                    m.start() <= s < m.end() for m in EPONYM_LAW.finditer(low, max(0, s - 2), min(len(low), e + 40))
                ):
                    continue
            kept.append((kind, s, e))
        return kept


def _phrase_index(phrases: list[str]) -> dict[str, re.Pattern[str]]:
    """word -> a pattern matching (in lower-case text) every phrase that contains the word."""
    by_word: dict[str, list[str]] = {}
    for phrase in phrases:
        for w in _WORDS.findall(phrase.lower()):
            key = w.replace("’", "'").removesuffix("'s").strip("'-")
            by_word.setdefault(key, []).append(phrase.lower())
    out = {}
    for w, ps in by_word.items():
        pat = phrase_pattern(ps)
        if pat is not None:
            out[w] = re.compile(pat.pattern)   # the text is lower-cased: no IGNORECASE needed
    return out
