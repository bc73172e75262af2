"""PrivacyScanner: runs every rule over a text and returns the findings, sorted by start."""
from __future__ import annotations

import hashlib
import datetime
import re
from collections.abc import Iterator
from bisect import bisect_left, bisect_right, insort
from functools import lru_cache
from pathlib import Path

from . import aliases, birthlists, birthtalk, cuedrefs, dates, gazetteer, honorifics, hospitalnames, identifiers, kindnamed, notenames, ownednames, recurring, locative, lowerplaces, nearplaces, nonames, phones, places, providers, spokendates, venues, welsh
from .config import DenyTerm, SiteLists, load_site_lists
from .findings import KINDS, Finding
from .gazetteer import PhraseGazetteer
from .lexicon import CAL, DET, FIRST, FIRSTS, NAME, PERSON_NOUN, ROLE, TITLE, VOCAB, Lexicon, load_lexicon, phrase_pattern
from .locative import LOCATIVE
from .namecues import NameCues
from .namemodel import NameModel
from .names import RAG_COLOURS, RAG_NEARBY, NameFinder
from .personcues import PersonCues
from .placemodel import MODEL_PATH as PLACE_MODEL_PATH
from .placemodel import PlaceModel
from .lowerunknown import LowerUnknownFinder
from .propernoun import BRANCH_AFTER, SHOPS, ProperNounFinder
from .slots import (SlotFinder, aged_and_kin_named, bracketed_names, children_listed, first_and_initial, hyphened_names, joined_names,
                    logins_and_initials, titled_initials)
from .tokens import LOWER_WORD, cap_tokens, lower_words, next_word, prev_word
from .wordnames import MODALS, WordNameFinder, time_of_day

Span = tuple[str, int, int]

# kinds that an allow-list phrase can silence (never the structured identifiers)
ALLOWABLE = {"personal-name", "named-place", "street-address"}
EPONYM_LAW = re.compile(r"[a-z][\w-]*['’]s\s+(?:law|principle|ladder|hierarchy|triangle|window|model|cycle|wheel|competence)\b"
                        r"|[a-z][\w-]*(?:['’]s)?\s+(?:disease|syndrome|palsy|sarcoma|lymphoma|dystrophy|anomaly)\b")
_WORDS = re.compile(r"[\w'’-]+")
_WORD_CHAR = re.compile(r"[\w'’-]")
# runs of a capital and small letters, and of capitals (for the hashed names' first test)
_CAP_RUN = re.compile(r"[A-Z][a-z]+")
_UP_RUN = re.compile(r"[A-Z]{2,}")
# what scan_many puts between two texts: at least as wide as the widest window a rule reads
# around a position (64 characters: the look-back for an email's start, 60 for a date of
# birth's word, 50 for a score), and no pattern, word or number runs across a NUL
BOUNDARY_WIDTH = 64
BOUNDARY = "\x00" * BOUNDARY_WIDTH
# lower-case particles inside a name: "Anna van der Berg", "Ali bin Omar"
PARTICLES = frozenset("van von der den de del della la le du da di dos das bin ibn bint al el ap ab mac st".split())


class PrivacyScanner:
    """Finds identifiers in free text. Build it once and reuse it: ``scan`` is pure."""

    def __init__(
        self,
        allow: tuple[str, ...] | list[str] = (),
        deny: tuple[DenyTerm, ...] | list[DenyTerm] = (),
        name_hashes: frozenset[bytes] = frozenset(),
        name_hash_max_words: int = 3,
        place_model_path: Path | None = PLACE_MODEL_PATH,
    ) -> None:
        self.lex: Lexicon = load_lexicon()
        self.names = NameFinder(self.lex)
        self.proper = ProperNounFinder(self.lex)
        self.slots = SlotFinder(self.lex)
        self.model = NameModel(self.lex)
        self.gazetteer = PhraseGazetteer(self.lex)
        self.hospital_names = hospitalnames.HospitalShortNames(self.lex)
        self.kind_named = kindnamed.KindNamedFinder(self.lex, self.proper.known)
        self.owned_names = ownednames.OwnedNameFinder(self.lex)
        self.lower_unknown = LowerUnknownFinder(self.lex, self.proper, frozenset(a.lower() for a in self.lex.abbreviations))
        self.note_names = notenames.NoteNameFinder(self.lex, SHOPS | aliases.CHAINS, self.lower_unknown.known)
        # words no name is, for a word joined to a name ("haidar + milad"): places abroad may be names
        self.not_joined_names = self.lower_unknown.known - self.lex.known_places
        # words a lower-case place rule must not take: the proper noun rule's, and the sector's
        # jargon and dialect ("a shift from hypervigilance to play")
        self.lower_known = self.proper.known | self.lower_unknown.sector
        self.word_names = WordNameFinder(self.lex, self.lower_unknown.known)
        self.person_cues = PersonCues(self.word_names)
        self.name_cues = NameCues(self.lex)
        self.places_model = PlaceModel(self.lex, self.proper.heads, self.lex.towns, self.proper.known, place_model_path)
        self.allow_index = _phrase_index(list(self.lex.allow_phrases) + list(allow))
        self.deny_kinds = {" ".join(d.term.lower().split()): d.kind for d in deny}
        self.deny = phrase_pattern(list(self.deny_kinds))
        # one word of each term that the lower-case word set will hold; "" forces a full search
        self.deny_first = frozenset((LOWER_WORD.findall(t) or [""])[0] for t in self.deny_kinds)
        self.name_hashes = frozenset(name_hashes)
        self.name_hash_max_words = name_hash_max_words
        # English words on no name list: an n-gram starting with one is never hashed
        self.hash_skip = _hash_skip() if self.name_hashes else frozenset()
        self._hash_seen: dict[str, bool] = {}

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
        words = lower_words(low)
        spans = self._spans(text, low, words)
        hits = self._deny_hits(low, words) if self.deny is not None else []
        if self.name_hashes:
            hits += self._hashed_names(text, words)
        return self._findings(self._allow(low, _replace(spans, hits)))

    def scan_record(self, texts: list[str]) -> list[list[Finding]]:
        """The findings of the texts of one record (``scan_many``), and a name found in one
        of them wherever another writes it (``recurring.names_again``)."""
        return recurring.names_again(texts, self.scan_many(texts), self.lex, self._person_again)

    def _person_again(self, text: str, s: int, e: int) -> bool:
        """Whether a further occurrence of a name found elsewhere stays one here: not inside an
        allowed phrase, not a RAG colour on its scale, not what is no person ("drinks Jack")."""
        low = text.lower()
        if low[s:e] in RAG_COLOURS and (prev_word(low, s)[0] in self.lex.rag_before or next_word(low, e)[0]
                                        in self.lex.rag_after or RAG_NEARBY.search(text, max(0, s - 40), e + 40)):
            return False
        return bool(self._allow(low, [("personal-name", s, e)])) and not nonames.not_a_person(text, s, e)

    def scan_many(self, texts: list[str]) -> list[list[Finding]]:
        """``[self.scan(t) for t in texts]``, with offsets relative to each text, but faster.

        The texts are joined with a run of NUL characters (``BOUNDARY``) and every pass runs
        once over the whole: no rule reads a word, a number or a window across it (the
        windows of the rules look at most ``BOUNDARY_WIDTH`` characters away, and the
        helpers in ``tokens`` stop at a NUL). A text that holds a NUL itself is scanned alone.
        """
        if len(texts) > JOIN_AT_MOST:
            # some rules look up each of the joined text's words over all of it: joining too many
            # texts costs more than it saves (2,000 passages at once took 2.4 s, one by one 0.9 s)
            return [found for i in range(0, len(texts), JOIN_AT_MOST) for found in self.scan_many(texts[i:i + JOIN_AT_MOST])]
        out: list[list[Finding]] = [[] for _ in texts]
        todo = [i for i, t in enumerate(texts) if len(t) >= 2]
        alone = [i for i in todo if "\x00" in texts[i]]
        for i in alone:
            out[i] = self.scan(texts[i])
        if alone:
            todo = [i for i in todo if "\x00" not in texts[i]]
        if len(todo) <= 1:
            for i in todo:
                out[i] = self.scan(texts[i])
            return out
        text = BOUNDARY.join(texts[i] for i in todo)
        starts: list[int] = []
        pos = 0
        for i in todo:
            starts.append(pos)
            pos += len(texts[i]) + BOUNDARY_WIDTH
        low = text.lower()
        if len(low) != len(text):   # a letter whose lower case is longer ("İ"): offsets would drift
            return [self.scan(t) for t in texts]
        words = lower_words(low)
        # the allow list judges each span on its own, so it may run before the deny list's
        # spans replace those inside them (as scan does it after)
        spans = _split(self._allow(low, self._spans(text, low, words)), starts)
        deny = allowed_deny = None
        if self.deny is not None:
            hits = self._deny_hits(low, words)
            if hits:
                deny, allowed_deny = _split(hits, starts), _split(self._allow(low, hits), starts)
        # hashed names: each text on its own, unless no text can hold one (the common case,
        # decided once for all); they are never allowed away
        named = self._named_by_text(text, low, words, starts) if self.name_hashes else None
        english = self.lex.words
        for j, i in enumerate(todo):
            sp, hits = spans[j], deny[j] if deny else []
            hashed = []
            if named is not None:
                t = texts[i]
                if not t.isascii() or named[j] and any(
                        w not in english or w.capitalize() in t or w.upper() in t for w in named[j]):
                    hashed = self._hashed_full(t)
                    hits = hits + hashed
            if hits:
                sp = [x for x in sp if not any(h[1] <= x[1] and x[2] <= h[2] for h in hits)]
                sp += allowed_deny[j] if allowed_deny else []
                sp += hashed
            out[i] = self._findings(sp)
        return out

    @staticmethod
    def _findings(spans: list[Span]) -> list[Finding]:
        out = {(s, e, kind) for kind, s, e in spans}
        return [Finding(kind, s, e, KINDS[kind][2]) for s, e, kind in sorted(out)]

    def _spans(self, text: str, low: str, words: set[str]) -> list[Span]:
        """Every rule's spans, each character claimed by the first rule that finds it."""
        lex = self.lex
        spans: list[Span] = []

        taken: list[tuple[int, int]] = []   # sorted, non-overlapping
        cymraeg = welsh.stretches(low, words)
        firsts = self.lex.classes.get

        def in_welsh(kind: str, s: int, e: int) -> bool:
            return bool(cymraeg) and kind in ("personal-name", "named-place") and welsh.welsh_word(
                text, s, e, cymraeg, lambda w: bool(firsts(w, 0) & FIRST))

        def free(s: int, e: int) -> bool:
            i = bisect_left(taken, (s, s))
            if i < len(taken) and taken[i][0] < e:
                return False
            return not (i and taken[i - 1][1] > s)

        def claim(found) -> None:
            for kind, s, e in found:
                if kind == "personal-name" and cymraeg:
                    s = welsh.past_grammar_word(text, s, e, lambda w: bool(firsts(w, 0) & FIRST))
                if s < e and free(s, e) and not (kind == "named-place" and _chain_alone(text, s, e)) \
                        and not in_welsh(kind, s, e) \
                        and not (kind in ("personal-name", "named-place")
                                 and not (kind == "named-place" and text[s:e].lower() in lex.place_words)   # "mums in chell"
                                 and welsh.form_label(text, s, e, lambda w: bool(firsts(w, 0) & NAME))) \
                        and not (kind == "personal-name" and _chain_alone(text, s, e) and not _titled(text, s, lex)) \
                        and not (kind == "personal-name" and (_chain_in_lower_case(text, s, e) or _dropped_g(text, s, e, lex))) \
                        and not (kind == "personal-name" and (nonames.not_a_person(text, s, e)
                                                              or text[s - 1:s].isdigit()
                                                              or text[s - 1:s] == "-" and PLACE_JOIN_BEFORE.search(text, max(0, s - 8), s))) \
                        and not (kind == "named-place" and (_region_only(text, s, e) or _county_service(text, s, e, lex)
                                                            or _dropped_g(text, s, e, lex) and prev_word(low, s)[0] not in LOCATIVE)) \
                        and not (kind == "named-place" and _town_of_a_team(text, s, e, lex)) \
                        and not (kind == "named-place" and nonames.not_a_place(text, s, e)) \
                        and not (kind == "personal-name" and text[s:e].islower() and text[s:e] in lex.towns
                                 and not lex.classes.get(text[s:e], 0) & NAME and text[e:e + 1] == " "
                                 and _town_of_a_team(text, s, e, lex)) \
                        and not (kind == "personal-name" and text[s:e].islower() and text[s:e] in lex.towns
                                 and locative.SURNAME_TOWN_CUE.search(low, max(0, s - 14), s) and text[e:e + 1] not in ("'", "’")
                                 and not AGE_BRACKET_AFTER.match(text, e)) \
                        and not (kind == "personal-name" and text[s - 1:s] == "(" and text[e:e + 1] == ")"
                                 and (text[s:e].lower() in RAG_WORDS or _band_colour(text, s, e))) \
                        and not (kind == "personal-name" and text[s:e].lower() in RAG_WORDS
                                 and RAG_SCORE_AFTER.match(text, e)):   # "attendance - green (94%)"
                    insort(taken, (s, e))
                    spans.append((kind, s, e))

        claim(identifiers.find_emails(text))
        claim(("phone-number", s, e) for s, e in phones.find_spoken_phones(text, low))
        claim(aliases.find_numbered_handles(text))
        if "_" in text:
            # pasted file names ("Chronology_JSmith_v3.docx"): "_" parts words for every rule
            # after the email one; same length, so the offsets hold
            text, low = text.replace("_", " "), low.replace("_", " ")
        claim(spokendates.find_spoken_dates(low, words))
        claim(dates.find_word_dates(low, words))
        claim(dates.find_holidays(low, words))
        claim(dates.find_other_calendars(low, words))
        runs = identifiers.clusters(text)
        if runs:
            windows = identifiers.digit_windows(text)
            claim(identifiers.find_police_logs(text, windows))
            claim(dates.find_dates(text, low, runs))
            claim(identifiers.find_system_refs(text, windows))
            claim(identifiers.find_coded_refs(text))
            claim(identifiers.find_numbers(text, low, runs))
            claim(identifiers.find_slashed_refs(text))
            claim(identifiers.find_grouped_refs(text))
            claim(identifiers.find_short_refs(text))
            claim(identifiers.find_letter_dash_refs(text))
            claim(cuedrefs.find_hyphened_refs(text))
            claim(cuedrefs.find_letter_serials(text))
            claim(cuedrefs.find_prison_numbers(text))
            claim(cuedrefs.find_nine_in_threes(text))
            claim(cuedrefs.find_spaced_refs(text))
            claim(cuedrefs.find_cued_tokens(text))   # (last: the backstop for shapes no rule knows)
            claim(list(identifiers.find_same_shape(text, spans)))

        caps = cap_tokens(text)
        claim(places.find_places(text, caps, lex))
        hits = places.head_hits(low, words)
        claim(places.find_lower_places(text, hits, lex, self.proper.known))
        claim(places.find_cap_lower_places(text, hits, caps, lex))
        claim(lowerplaces.find_lower_named_places(text, low, words, lex, self.lower_known))
        if runs:
            claim(places.find_lower_streets(text, low, runs, lex))
        claim(places.find_lower_rd_st(text, low, words))
        claim(places.find_the_streets(text, low))
        claim(places.find_capital_streets(text))
        claim(lowerplaces.find_lower_full_streets(text, low, words, lex, self.lower_known))
        claim(places.find_wards(text, words, lex))
        claim(venues.find_head_first(text, caps, lex))
        claim(venues.find_the_venue(text, caps, lex))
        claim(venues.find_the_named(text, low, words, caps))
        claim(venues.find_housing(text, low, caps, lex))
        claim(venues.find_postcode_towns(text, lex))
        claim(venues.find_courts(text, lex))
        claim(venues.find_named_in_kind_brackets(text, lex))
        claim(venues.find_short_magistrates(text, lex))
        claim(venues.find_known_hospitals(text, caps, words, lex))
        claim(venues.find_hospital_initials(text, caps, words, lex, self.lower_unknown.known))
        claim(venues.find_hospital_units(text, caps, lex))
        claim(venues.find_lower_courts(text, lex))
        claim(venues.find_owned_shops(text, low, lex))
        claim(venues.find_labelled(text, lex))
        claim(venues.find_appositive_venues(text, lex))
        claim(venues.find_lower_wards(low, lex))
        claim(venues.find_lower_worship(low, words, lex))
        claim(venues.find_lower_ysgol(text))
        claim(venues.find_our_lady(text))
        claim(venues.find_dialect_pubs(text))
        claim(venues.find_owned_kind_named(text, lex))
        claim(venues.find_flat_buildings(text, lex))
        claim(providers.find(text, caps, words, lex))
        claim(self.gazetteer.find(text, caps))
        claim(gazetteer.find_lower(self.gazetteer, text, lex, words))
        claim(venues.find_localities(text, caps, lex, [(s, e) for k, s, e in spans if k in ("street-address", "named-place")]))
        if "," in text:
            claim(venues.find_lower_localities(text, lex, self.lower_unknown.known,
                                               [(s, e) for k, s, e in spans if k == "street-address"],
                                               lambda t, i: gazetteer.lower_at(self.gazetteer, t, i)))
        names = nonames.drop(text, self.names.find(text, low, caps), lex) + self.names.find_lower(text, low, words)
        names += aliases.find(text, low, words, caps, lex, SHOPS)
        if "il " in text:
            names += aliases.find_lil_nicknames(text)
        if "'" in text or "‘" in text or '"' in text or "“" in text:
            names += aliases.find_lower_nicknames(text, low, lex, self.lower_unknown.known)
            if "dob" in low or "d.o.b" in low or "born" in low:
                names += aliases.find_quoted_before_dob(text)
        names += aliases.find_named_as(text, low, lex)
        if ": " in text:
            names += aliases.find_chat_speakers(text, lex, self.lower_unknown.known)
        if " (" in text:
            names += aliases.find_named_before_kin(text, lex)
        if " - " in text or " – " in text:
            names += aliases.find_note_subjects(text, lex, self.lower_unknown.known)
        names += self.names.find_nicknames(text, low, words)
        names += self.slots.find(text, low, words)
        names += self.proper.openers.find(text, low, caps, words)
        names += hyphened_names(text, lex) + bracketed_names(low, lex) + titled_initials(text, caps, lex)
        names += first_and_initial(text, lex) + logins_and_initials(text, lex) + children_listed(text, lex)
        names += aged_and_kin_named(text, low, words, lex)
        names += [(s, e) for _, s, e in self.word_names.find(text, low, words)]
        names += [(s, e) for _, s, e in self.person_cues.find(text, low, words)]
        names += [(s, e) for _, s, e in honorifics.find(text, low, words, lex)]
        names += list(self.name_cues.find(text, low))
        names += list(self.note_names.find(text, low))
        names += list(self.owned_names.find(text, low))
        names += joined_names(text, names, lex)
        names.sort(key=lambda se: (se[0], -se[1]))
        claim(("personal-name", s, e) for s, e in names)
        claim(locative.find_locative_places(text, low, caps, lex, words))
        claim(locative.find_towns(text, caps, lex, words))
        claim(locative.find_police_attended(text, low, lex))
        claim(nearplaces.towns_before_outward(text, lex))   # before the classifiers, which read "Bradford BD5" as one run
        claim(nearplaces.numbered_before_towns(text, lex))
        if "st" in text or "office" in text:
            claim(nearplaces.towns_of_stations(text, lex))
        claim(nearplaces.lower_word_towns_of_stations(text, low, lex))
        claim(nearplaces.branches_of_chains(text, lex))
        claim(lowerplaces.find_lower_roads(text, low, lex))
        if " from " in text or " at " in text or "@" in text:
            claim(nearplaces.schools_of_staff(text, lex))
        claim(locative.find_lower_unknown_places(text, low, lex, words, self.lower_known))
        claim(locative.find_lower_shops(text, low, words, SHOPS))
        claim(locative.find_lower_towns(text, low, lex, words))
        claim(locative.find_town_venues(text, low, lex, words))
        claim(venues.find_lower_pubs(low, words, lex))
        claim(self.lower_unknown.find(text, low, words))
        claim(self.proper.find(text, caps))
        # last: the classifier's word-like names, where no rule has claimed the word
        modelled = [(s, e) for s, e in self.model.find(text, low, words, caps) if not time_of_day(low, s, e)]
        claim(("personal-name", s, e) for s, e in modelled)
        if modelled:   # "Precious & Gift (twins, 6)": a word-name joined to one the classifier found
            claim(("personal-name", s, e) for s, e in joined_names(text, modelled, lex))
        # and the place classifier's runs of capitalised words that no rule has touched
        claim(("named-place", s, e) for s, e in self.places_model.find(text, caps, free))
        # (after the gazetteer and the classifiers: "Jessop Wing", "Leigh Park" are longer names)
        claim(self.hospital_names.find(text, low, words))
        claim(self.kind_named.find(text, low, caps))
        claim(self.person_cues.repeated(text, low, spans))
        if " and " in text or "&" in text or "+" in text:
            claim(self.person_cues.paired_short_names(text, spans))
        if any(k == "postcode" for k, _, _ in spans):
            claim(nearplaces.towns_before_postcodes(text, spans, lex))
        if ", " in text or any(k in ("street-address", "named-place") for k, _, _ in spans):
            claim(nearplaces.towns_after_places(text, spans, lex))
        if ", " in text:
            claim(nearplaces.places_before_towns(text, spans, lex))
            claim(nearplaces.places_listed_between(text, spans, lex))
            claim(nearplaces.streets_before_towns(text, spans, lex))
        if " and " in text or " to " in text or " or " in text or " & " in text or " (" in text or " then " in text:
            claim(nearplaces.towns_joined_to_places(text, spans, lex))
        if " + " in text or " & " in text or " n " in text:
            claim(_unknown_joined_to_names(text, spans, lex, self.not_joined_names))
        if " of " in text:
            claim(nearplaces.towns_after_names(text, spans, lex))
        claim(nearplaces.initials_before_towns(text, spans, lex))
        if " (" in text:
            claim(_initials_after_names(text, spans, lex))
            claim(nearplaces.places_before_bracketed_towns(text, spans, lex))
        if any(k in PERSONAL_NUMBERS for k, _, _ in spans):
            claim(self._names_before_numbers(text, low, spans))
        claim(nearplaces.outward_after_places(text, spans))
        claim(nearplaces.outward_after_heads(text))
        claim(nearplaces.outward_after_ages(text))
        if any(k == "postcode" for k, _, _ in spans):
            claim(nearplaces.repeated_outward_codes(text, spans))
        if any(k == "street-address" for k, _, _ in spans):
            claim(nearplaces.houses_before_streets(text, spans, lex))
        if " | " in text or "|\n" in text:
            claim(nearplaces.places_in_tables(text, lex))
        if any(k == "named-place" for k, _, _ in spans):
            claim(nearplaces.repeated_places(text, spans))
        if " (" in text and any(k == "postcode" for k, _, _ in spans):
            claim(nearplaces.districts_after_postcodes(text, spans, lex))
        if any(k == "nhs-number" for k, _, _ in spans):
            spans = birthtalk.births_in_chi(text, spans)
        return birthlists.births_in_lists(text, _birth_dates_after_names(text, spans), lex)

    def _names_before_numbers(self, text: str, low: str, spans: list[Span]) -> Iterator[Span]:
        """"icpc nhs list: ruby 993 518 1901; mason 9378657974": a first name or a word-name
        right before a person's number is whose number it is (not "mum", "tel" or "will")."""
        classes, names = self.lex.classes, self.word_names.names
        for kind, s, e in list(spans):
            if kind not in PERSONAL_NUMBERS:
                continue
            m = BRACKETED_BEFORE_NUMBER.search(text, max(0, s - 18), s)
            if m and (m.group(1).lower() in names or classes.get(m.group(1).lower(), 0) & FIRSTS) \
                    and not classes.get(m.group(1).lower(), 0) & (ROLE | TITLE | DET):
                yield "personal-name", m.start(1), m.end(1)
                continue
            m = NAME_BEFORE_NUMBER.search(text, max(0, s - 16), s)
            w = m.group(1) if m else ""
            if w and w.lower() not in MODALS and (w.lower() in names or classes.get(w.lower(), 0) & FIRSTS) \
                    and not classes.get(w.lower(), 0) & (ROLE | VOCAB | TITLE | DET) and not self.lex.is_abbreviation(w):
                yield "personal-name", m.start(1), m.end(1)
                continue
            # "vinny's no. 07700 900951": whose number it is, in any case, if no English word or role
            m = OWNER_OF_NUMBER.search(text, max(0, s - 30), s)
            w = m.group(1).lower() if m else ""
            if w and (w not in self.lex.words or classes.get(w, 0) & FIRSTS) \
                    and not classes.get(w, 0) & (ROLE | VOCAB | TITLE | DET | PERSON_NOUN) \
                    and not self.lex.is_abbreviation(m.group(1)):
                yield "personal-name", m.start(1), m.end(1)

    # -- site lists ----------------------------------------------------------------------
    def _deny_hits(self, low: str, words: set[str]) -> list[Span]:
        """The deny list's phrases (each replaces the spans inside it)."""
        if "" not in self.deny_first and self.deny_first.isdisjoint(words):
            return []
        hits = []
        for m in self.deny.finditer(low):
            kind = self.deny_kinds.get(" ".join(m.group().replace("’", "'").split()), "local-term")
            hits.append((kind, m.start(), m.end()))
        return hits

    def _may_hold_named(self, text: str, named: set[str]) -> bool:
        """Whether an ASCII text whose name-like lower-case words are ``named`` may hold a
        hashed name: one of them is no English word, or is written with a capital."""
        return bool(named) and not (named.issubset(self.lex.words) and not any(
            w.capitalize() in text or w.upper() in text for w in named))

    def _named_by_text(self, text: str, low: str, words: set[str], starts: list[int]) -> list[set[str]]:
        """For each joined text, the words of its ``lower_words`` that are on no skip list and
        that may start a hashed name's search in ``_hashed_names``' first test: no English
        word, or one written with a capital somewhere in the joined text. A text whose set is
        empty, or holds only English words not written with a capital in it, holds none."""
        english = self.lex.words
        named = words.difference(self.hash_skip)
        out: list[set[str]] = [set() for _ in starts]
        if not named:
            return out
        common = named.intersection(english)
        if common:
            # "w.capitalize() in text" and "w.upper() in text" for all of them at once: the
            # runs of a capital and small letters, sorted, searched by prefix; the runs of capitals
            runs = sorted({r.lower() for r in _CAP_RUN.findall(text)})
            ups = "\x00".join(_UP_RUN.findall(text))
            keep = named - common
            for w in common:
                i = bisect_left(runs, w)
                if i < len(runs) and runs[i].startswith(w) or w.upper() in ups:
                    keep.add(w)
            named = keep
        for w in named:
            n = len(w)
            i = low.find(w)
            while i >= 0:
                j = i + n
                if not (i and "a" <= low[i - 1] <= "z") and not (j < len(low) and "a" <= low[j] <= "z"):
                    out[bisect_right(starts, i) - 1].add(w)   # a whole run of letters, as lower_words reads it
                i = low.find(w, j)
        return out

    def _hashed_names(self, text: str, words: set[str]) -> list[Span]:
        """n-grams of words, lower-cased and joined by one space, hashed and looked up.

        A hashed name is looked for from a first word that is no English word nor an
        abbreviation of the sector, in any case ("zebedee", "O'Neill", "jo"), or from an
        English word on a name list written with a capital ("Will", "GRACE"; not "will").
        The words after it must be name-like too (on a name list, or no English word), with
        particles ("van", "de", "bin") and initials ("John P Smith") allowed inside.

        ``words`` (``tokens.lower_words``) holds every run of letters of the text, so ASCII
        prose whose only name-like words are lower-case English ones ("young", "will") costs
        a set operation and a few substring tests; other text a ``findall`` and one pass
        marking the name-like words. Each distinct n-gram is hashed once per scanner.
        """
        if text.isascii() and not self._may_hold_named(text, words.difference(self.hash_skip)):
            return []   # the common case
        return self._hashed_full(text)

    def _hashed_full(self, text: str) -> list[Span]:
        skip, english = self.hash_skip, self.lex.words
        toks = _WORDS.findall(text)
        keys: dict[str, str] = {}   # name-like word as written -> its normal form
        firsts: set[str] = set()    # those that may start a name
        inner: set[str] = set()     # particles and initials
        for tok in set(toks).difference(skip):
            low = tok.lower()
            if low in PARTICLES or len(low) == 1 and low.isalpha():
                keys[tok] = low
                inner.add(tok)
                continue
            key = _norm(low)
            if not key or key in skip or not (low.isalpha() and len(low) > 1 or _rare_run(key, skip)):
                continue
            keys[tok] = key
            if not key[0].isdigit() and (key not in english or tok[:1].isupper()):
                firsts.add(tok)
        if not firsts:
            return []
        seen = self._hash_seen   # phrase -> whether it is a hashed name, kept across texts
        if len(seen) > 50_000:
            seen.clear()
        hashes, most = self.name_hashes, self.name_hash_max_words
        marked = [i for i, t in enumerate(toks) if t in keys]
        hits: list[tuple[int, int]] = []   # (first word, last word) of each hashed name found
        for x, i in enumerate(marked):
            if toks[i] not in firsts:
                continue
            parts = [keys[toks[i]]]
            if _lookup(seen, hashes, parts[0]):
                hits.append((i, i))
            for k in range(i + 1, i + most):
                x += 1
                if x >= len(marked) or marked[x] != k:
                    break   # the run of name-like words ends
                parts.append(keys[toks[k]])
                if _lookup(seen, hashes, " ".join(parts)):
                    hits.append((i, k))
        if not hits:
            return []
        spans = [(m.start(), m.end(), m.group()) for m in _WORDS.finditer(text)]
        out: list[Span] = []
        for i, k in hits:
            end, last = spans[k][1], spans[k][2]
            out.append(("local-term", spans[i][0], end - 2 if last.replace("’", "'").lower().endswith("'s") else end))
        return out

    def _allow(self, low: str, spans: list[Span]) -> list[Span]:
        kept: list[Span] = []
        index = self.allow_index
        for kind, s, e in spans:
            if kind in ALLOWABLE:
                first = _WORDS.search(low, s, e)
                key = first.group().replace("’", "'").removesuffix("'s").strip("'-") if first else ""
                pattern = index.get(key)
                covers = [m.start() for m in _phrases(pattern, low, s, e) if m.start() <= s and e <= m.end()] \
                    if pattern is not None else []
                # a phrase starting right after a title is a person's: "Miss Hennessy" (but "Dr Pepper" whole)
                titled = kind == "personal-name" and bool(TITLE_BEFORE.search(low, max(0, s - 7), s))
                if covers and not (titled and min(covers) == s):
                    continue
                if pattern is not None and not titled and _allowed_joined(low, s, e, index):
                    continue   # "Mellow Parenting and Mellow Bumps": allowed phrases and joining words
                if kind in ("personal-name", "named-place") and any(
                    m.start() <= s < m.end() for m in EPONYM_LAW.finditer(low, max(0, s - 2), min(len(low), e + 40))
                ):
                    continue
            kept.append((kind, s, e))
        return kept


# the most texts scan_many joins into one (on the corpus, 16 at a time cost 1.8 s per 4,000
# passages, 33 1.9 s, 64 2.1 s, 128 2.5 s, one by one 2.5 s)
JOIN_AT_MOST = 16
TITLE_BEFORE = re.compile(r"\b(?:mr|mrs|miss|ms|mx|dr|rev|revd|prof)\.? $")
# a club's "Town" that is the town's centre: "found in Swindon town centre", not Swindon Town
TOWN_PLACE_AFTER = re.compile(r" (?:centre|center|hall|square)\b")


# what may stand between allowed phrases in one span, or after the last: "Mellow Parenting and
# Mellow Bumps", "Mellow Parenting on Tuesdays"
JOINING = re.compile(r"(?:[\s,;&/]|\b(?:and|or|on|every)\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b)*")


def _phrases(pattern: re.Pattern[str], low: str, s: int, e: int) -> Iterator[re.Match[str]]:
    """The allowed phrases of ``pattern`` near ``low[s:e]``; not a club's "Town" that is the
    town's centre ("found in Swindon town centre" is no Swindon Town)."""
    for m in pattern.finditer(low, max(0, s - 100), min(len(low), e + 100)):
        if not (low.endswith("town", 0, m.end()) and TOWN_PLACE_AFTER.match(low, m.end())):
            yield m


def _allowed_joined(low: str, s: int, e: int, index: "_LazyPatterns") -> bool:
    """Whether allowed phrases cover ``low[s:e]`` but for joining words between them."""
    covered: list[tuple[int, int]] = []
    for w in _WORDS.finditer(low, s, e):
        pattern = index.get(w.group().replace("’", "'").removesuffix("'s").strip("'-"))
        if pattern is None:   # no phrase holds the word: it must join two
            if not JOINING.fullmatch(w.group()):
                return False
            continue
        covered += [(m.start(), m.end()) for m in _phrases(pattern, low, s, e) if m.start() < e and s < m.end()]
        covered.sort()
    pos = s
    for a, b in covered:
        if a > pos and not JOINING.fullmatch(low, pos, a):
            return False
        pos = max(pos, b)
    return pos >= e or bool(JOINING.fullmatch(low, pos, e))


def _initials_after_names(text: str, spans: list[Span], lex: Lexicon) -> Iterator[Span]:
    """"yp jade-louise (JL) moved to nan's": a name's initials in brackets right after it (not
    an abbreviation a list knows, "Kai (CIN)", "Mum (DV)")."""
    for kind, s, e in list(spans):
        if kind == "personal-name":
            m = INITIALS_IN_BRACKETS.match(text, e)
            if m and not lex.is_abbreviation(m.group(1)) \
                    and not lex.classes.get(m.group(1).lower(), 0) & (ROLE | TITLE | VOCAB | DET):
                yield "personal-name", m.start(1), m.end(1)


def _unknown_joined_to_names(text: str, spans: list[Span], lex: Lexicon, known: frozenset[str]) -> Iterator[Span]:
    """"haidar + milad playing fifa": a lower-case word that no list knows, joined by "+" or "&"
    to a name found, is a name too (not "jade + mum", "kai & sibs": a role or a word)."""
    for kind, s, e in list(spans):
        if kind != "personal-name":
            continue
        after = JOINED_AFTER.match(text, e)
        before = JOINED_BEFORE.search(text, max(0, s - 20), s)
        for m in (after, before):
            if m:
                w = m.group(1).removesuffix("'s").removesuffix("’s")
                c = lex.classes.get(w, 0)
                if w.islower() and len(w) >= 4 and w not in lex.words and w not in known and not c \
                        and not lex.is_abbreviation(w.upper()) \
                        or w.islower() and c & FIRSTS and not c & (VOCAB | ROLE | DET | CAL | TITLE) and w not in MODALS:
                    yield "personal-name", m.start(1), m.end(1)   # "summer n storm at the bus stn"


JOINED_AFTER = re.compile(r" (?:[+&]|n) ([a-z][a-z'’-]{2,15})(?![\w'’-])")
JOINED_BEFORE = re.compile(r"(?<![\w'’-])([a-z][a-z'’-]{2,15}) (?:[+&]|n) $")
INITIALS_IN_BRACKETS = re.compile(r" \(([A-Z]{2,3})\)")
# numbers that belong to one person, and the word right before one (a name, then a space or ": ")
PERSONAL_NUMBERS = frozenset({"nhs-number", "ni-number", "phone-number", "date-of-birth"})
NAME_BEFORE_NUMBER = re.compile(r"(?<![\w'’/-])([A-Za-z][a-z]{2,12}):? $")
# whose number it is in brackets, even a modal's word: "NHS no (will) 285 690 0011"
BRACKETED_BEFORE_NUMBER = re.compile(r"\(([A-Za-z][a-z]{2,12})\):? $")
OWNER_OF_NUMBER = re.compile(r"(?<![\w'’/-])([A-Za-z][a-z]{1,12})['’]s (?:mob(?:ile)?|phone|tel|no\.?|number|num|nhs(?: no\.?| number)?)[:.]? $")


def _birth_dates_after_names(text: str, spans: list[Span]) -> list[Span]:
    """"Sophie (08.06.2013)", "Hamid (01/01/2007 per HO)": a date in brackets right after a
    person's name is her date of birth, the way case summaries introduce a child, not the
    date of an event; so is a date right after a baby's name ("baby Reign 02/02/2023"), and a
    date with its year in the field after a name in a pasted row ("Kai Turner / 19-07-2013 / CP"),
    and a date years past right after a name or its comma ("Lee 'Biggsy' Biggins, 12.06.1998")."""
    name_ends = {e for kind, s, e in spans if kind == "personal-name"}
    if not any(kind == "exact-date" for kind, _, _ in spans):
        return spans   # (a gate on the text's own spans: scan_many's joined texts hold others' commas)

    baby_names = {e for kind, s, e in spans if kind == "personal-name" and text[max(0, s - 5):s].lower() == "baby "}
    if "|" in text or "\t" in text:
        spans = _births_in_table(text, spans)
    return _births_by_context(text, _names_and_births(text, _births_listed(text, [("date-of-birth", s, e) if kind == "exact-date" and (text[s - 2:s] == " (" and (
            text[e:e + 1] == ")" or BRACKET_SOURCE.match(text, e)) and (s - 2 in name_ends or _surname_after(text, s - 2, name_ends) and _long_past(text[s:e])
                                                                        or _initial_after(text, s - 2, name_ends))
            or text[s - 1:s] == " " and s - 1 in baby_names
            or (text[s - 1:s] == " " and s - 1 in name_ends or text[s - 2:s] == ", " and s - 2 in name_ends)
            and _long_past(text[s:e])
            or _field_after_name(text, s, e, name_ends)
            or _role_bracket_after_name(text, s, name_ends)) else (kind, s, e)
            for kind, s, e in spans])), name_ends)


def _surname_after(text: str, end: int, name_ends: set[int]) -> bool:
    """Whether the word ending at ``end`` is a lower-case surname right after a name found
    ("subject jacob hind (12.04.2009)": "hind" is an English word no rule read as a name);
    the caller asks for a date years past too ("seen kai today (12.04.2024)" is an event)."""
    m = LOWER_SURNAME_END.search(text, max(0, end - 24), end)
    return m is not None and m.start() in name_ends and m.group(1) not in NOT_SURNAMES


LOWER_SURNAME_END = re.compile(r" ([a-z][a-z'’-]{1,20})$")
# a court list's initial after a surname in capitals: "ADEYEMI O. (07/11/06)"
INITIAL_AFTER_NAME = re.compile(r" [A-Z]\.?$")


def _initial_after(text: str, end: int, name_ends: set[int]) -> bool:
    m = INITIAL_AFTER_NAME.search(text, max(0, end - 4), end)
    return m is not None and m.start() in name_ends
NOT_SURNAMES = frozenset("and or is was aged age dob born nee née jnr snr junior senior today yesterday again too also now "
                         "then here there".split())


# a person's role and a comma in brackets before a date, right after her name: "Jonas Petrauskas
# (father, 11.05.1986)"
ROLE_BRACKET_BEFORE = re.compile(r" \((?:[a-z]+[ -]){0,2}(?:mother|father|mum|dad|son|daughter|brother|sister|stepfather|"
                                 r"stepmother|stepdad|stepmum|nan|gran|grandmother|grandfather|grandma|grandad|aunt|uncle|"
                                 r"cousin|partner|carer|sibling|twin|baby|child|eldest|youngest), $")


def _role_bracket_after_name(text: str, s: int, name_ends: set[int]) -> bool:
    m = ROLE_BRACKET_BEFORE.search(text, max(0, s - 32), s)
    return m is not None and m.start() in name_ends


# a full date's four-digit year at its end
FULL_YEAR_AT_END = re.compile(r"(?<!\d)((?:19|20)\d\d)$")
# or its two digits after a day and a month: "3/8/08"
SHORT_YEAR_AT_END = re.compile(r"\d[./-]\d{1,2}[./-](\d\d)$")
# years before now that make a date right after a name its birth, not an event of the case
BIRTH_YEARS_AGO = 8


def _long_past(date: str) -> bool:
    """"stepdad Lee Tucker 11/04/1989": a date years past right after a name is when the
    person was born; the events an audit reads are of the last few years."""
    this = datetime.date.today().year
    m = FULL_YEAR_AT_END.search(date)
    if m is None:
        short = SHORT_YEAR_AT_END.search(date)   # "Ryan Cummings 3/8/08": this century's unless that is to come
        if short is None:
            return False
        year = 2000 + int(short.group(1))
        return (year if year <= this else year - 100) <= this - BIRTH_YEARS_AGO
    return int(m.group(1)) <= this - BIRTH_YEARS_AGO


def _titled(text: str, s: int, lex: Lexicon) -> bool:
    """A title or a capitalised word right before ``s``: "Mr McDonald", "Ryan Costa"."""
    before = text[max(0, s - 16):s]
    if not before.endswith(" "):
        return False
    words = before.split()
    return bool(words) and (words[-1][:1].isupper() or bool(lex.classes.get(words[-1].lower().rstrip("."), 0) & TITLE))


def _chain_alone(text: str, s: int, e: int) -> bool:
    """A chain with no branch named ("seen at McDonald's in town"): no local place, whatever the
    place classifier learnt from splits that labelled chains."""
    name = text[s:e].lower()
    parts = CHAIN_JOIN.split(name) if " and " in name or "&" in name or ", " in name else [name]
    return all(p in SHOPS or p in CHAIN_NAMES for p in parts) and not BRANCH_AFTER.match(text, e)


CHAIN_JOIN = re.compile(r"\s*(?:,|&|\band\b)\s*")   # "purchases at Primark and JD Sports"


def _region_only(text: str, s: int, e: int) -> bool:
    """"between the West Midlands and North Wales": regions and nations, no local place; and a
    county named after its town ("grew up in County Armagh", "Co. Durham")."""
    words = text[s:e].lower().split()
    if len(words) == 2 and words[0] in ("county", "co.", "co") and words[1] in COUNTIES_OF_TOWNS:
        return True   # "County Armagh" as one run
    if text[s:e].lower() in venues.HOSPITAL_NAMES_LOWER and not venues.REGION_AFTER.match(text, e):
        return False   # a hospital's short name, though made of regions' words: "North Mid", "West Mid"
    return all(w in REGION_WORDS for w in words) \
        or " " not in text[s:e] and bool(COUNTY_BEFORE.search(text, max(0, s - 8), s))


COUNTY_BEFORE = re.compile(r"\b(?:[Cc]ounty|[Cc]o\.?|[Cc]yngor(?: [Ss]ir)?) $")   # "Cyngor Caerdydd": a council
# counties named as their towns are ("Co. Durham", "County Armagh")
COUNTIES_OF_TOWNS = frozenset("antrim armagh down fermanagh tyrone londonderry derry durham".split())


# what a county's service is called after it: "Cumbria Safeguarding Hub", "Suffolk Early Help team"
COUNTY_SERVICE_WORDS = frozenset("mash edt send lado yot yjs safeguarding hub early help team service services "
                                 "children's childrens family families front door council cc virtual school".split())


def _county_service(text: str, s: int, e: int, lex: Lexicon) -> bool:
    """A county (no local place: ``places_known.txt``) with only a service's words after it."""
    words = [w.lower().strip(".,;:()") for w in text[s:e].split()]
    if words and words[0] == "the":
        words = words[1:]
    return len(words) > 1 and words[0] in lex.known_places and words[0] not in lex.towns \
        and all(w in COUNTY_SERVICE_WORDS for w in words[1:])


def _town_of_a_team(text: str, s: int, e: int, lex: Lexicon) -> bool:
    """"the Leeds MASH", "the Wigan SEND team", "the Medway Front Door": the town in the name
    of a service the whole authority has says where the audit is from, which every record
    shares, not where the child is. The span starts with a town, and the words after the town,
    in the span or after it, are abbreviations in capitals up to a service's word."""
    words = text[s:e].split()
    if words and words[0] in ("The", "the"):
        words = words[1:]   # the place classifier's run may start at "The"
    before = text[max(0, s - 24):s].split()[-1:] if text[s - 1:s] == " " else []
    lows = [w.lower() for w in words]
    for i in range(1, len(words)):
        # "the Tower Hamlets Early Help Hub", found from "Hamlets": a borough's service inside the span
        # (and one ending the span: "the St Helens MASH", as the place classifier reads it)
        if lows[i] in TEAM_WORDS or i + 1 < len(words) and (lows[i], lows[i + 1]) in TEAM_PAIRS:
            borough = " ".join(before + words[:i]).lower()
            own = " ".join(words[:i]).lower()
            if borough in _boroughs() or own in _boroughs() or own in lex.towns or lows[0] in ("st", "saint") and i == 2:
                return True
            break
    first = re.sub(r"['’]s$", "", words[0].lower()) if words else ""
    if first in ("st", "st.", "saint") and len(words) > 1:
        rest = []   # "the St Helens MASH": a saint's town of two words
    elif first in lex.towns or first in lex.word_towns and len(words) > 1:
        rest = words[1:]   # ("the Barrow Safeguarding Hub": a town that is a word too)
    elif len(words) > 1 and all(w[:1].isupper() or w in BOROUGH_JOINS for w in words) or len(words) == 1 and "-" in first:
        rest = []   # a borough of two words or more, found as one: "the Tower Hamlets CIN team", "the Stoke-on-Trent MASH"
    else:
        return False
    # (a NUL parts the texts scan_many joins: no word reads across it; nor across a line's end,
    # the next field of a pasted form: "Placement: residential, Oakview Lodge\nIRO: ...")
    tail = text[e:e + 40].split("\x00")[0].split("\n")[0]
    end = SENTENCE_END.search(tail)   # not past the sentence: "Villa Rd, Handsworth B19 1NH. mash ref"
    after = [re.sub(r"['’]s$", "", w.strip(".,;:()")) for w in (rest + tail[:end.start() if end else len(tail)].split())[:6]]
    if len(after) > 2 and after[0].lower() in ("and", "&") and (after[1].lower() in lex.towns or after[1].lower() in lex.word_towns):
        after = after[2:]   # "the Brighton and Hove Front Door": an authority of two towns
    for i, w in enumerate(after[:3]):
        if w == "send" and not (after[i + 1:i + 2] and after[i + 1].lower() in ("team", "service", "hub", "panel")):
            return False   # "the hotel in ashford send me money": the verb, not the SEND team
        if w.lower() in TEAM_WORDS or w in TEAM_CAPITALS or after[i + 1:i + 2] and (w.lower(), after[i + 1].lower()) in TEAM_PAIRS:
            return not (after[i + 1:i + 2] and (w.lower(), after[i + 1].lower()) in TOWN_ONLY_PAIRS
                        and not (len(words) == 1 and (first in lex.towns or first in lex.word_towns)))
        if i and w.lower() in ("team", "service", "hub"):
            return True   # "the Workington CSW team": a service's initials, then its word
        if [a.lower() for a in after[i:i + 3]] in (["children", "and", "families"], ["children", "and", "young"]):
            return True   # "our Peterhead Children and Families Team", the authority's service
        if not (w.isupper() and len(w) > 1):
            # "the Leeds CP MASH" reads on; "Southsea front" stops, and so does a locality's team
            # ("the Penge locality team", "Wigan North CIN"): it tells where in the authority
            return False
    return False


# an age in brackets: a person's, even after "from" ("txt from connor (15)")
AGE_BRACKET_AFTER = re.compile(r" \(\d{1,2}\)")
# a RAG rating's figure in brackets after its colour
RAG_SCORE_AFTER = re.compile(r" ?\(\d{1,3}(?:\.\d+)?%\)")
# the joining word of a place's hyphenated name before a word: "Stoke-on-Trent", "Weston-super-Mare"
PLACE_JOIN_BEFORE = re.compile(r"\w-(?i:on|upon|le|la|in|under|by|en|the|super|sub|y|yr|next|cum)-$")
@lru_cache(maxsize=1)
def _boroughs() -> frozenset[str]:
    """The districts and boroughs of two words or more ("tower hamlets", "waltham forest")."""
    from .lexicon import DATA, _items
    return frozenset(n.lower() for n in _items(DATA / "places_gb_districts.txt") if " " in n)


# what an authority's teams are called after its town
# (the authority-wide services only: "transferred from the Dewsbury team" or "the Manningham
# team" names a district, or another authority, where the child lived)
# (and its multi-agency meetings and partnership: "the Sefton MARAC", "the Wigan MACE panel")
SENTENCE_END = re.compile(r"[.;!?](?:\s|$)")
TEAM_WORDS = frozenset("mash edt send lado yot yos yjs camhs cin cwd marac mace mase lscp lscb scp "
                       # its reviewing officers and its looked-after children's team ("the Kirklees IRO Service",
                       # "wakefield cla team duty")
                       "iro iros cla lac "

                       # the authority itself ("copy to Torbay Council"), and a judgment named after one
                       # ("the Southwark judgment": the House of Lords' case on homeless 16- and 17-year-olds)
                       "council judgment judgement "
                       # the authority's counter-radicalisation teams: "referral to kirklees prevent team"
                       "prevent channel".split())
# teams whose initials are an English word, so only in capitals: Northern Ireland's family
# intervention teams ("allocate to Coleraine FIT")
TEAM_CAPITALS = frozenset({"FIT"})
# (a service's kind with "team" or "service" after it: "Hollybrook Fostering Agency" is an agency)
TEAM_PAIRS = frozenset({("front", "door"), ("gateway", "team"), ("children", "first"), ("early", "help"), ("youth", "justice"), ("youth", "offending"), ("safeguarding", "hub"), ("virtual", "school"),
                        ("young", "carers"), ("leaving", "care"), ("safeguarding", "partnership"), ("children's", "services"), ("childrens", "services"),
                        ("children", "services"), ("housing", "options"), ("safeguarding", "team"), ("safeguarding", "service"), ("child", "protection"),
                        ("family", "safeguarding"), ("social", "care"), ("duty", "team"), ("assessment", "team"),
                        ("children", "in"), ("family", "support")}
                       | {(k, w) for k in ("kinship", "fostering", "adoption") for w in ("team", "service")})
# a hospital's or a school's team too ("the Alder Hey safeguarding team"): after a town only
TOWN_ONLY_PAIRS = frozenset({("safeguarding", "team"), ("safeguarding", "service"), ("child", "protection"),
                             ("family", "safeguarding"), ("social", "care"), ("duty", "team"), ("assessment", "team"),
                             ("children", "in"), ("family", "support")})
BOROUGH_JOINS = frozenset({"of", "and", "upon", "on", "in", "le"})   # "Forest of Dean", "Richmond upon Thames"
# the words of regions and nations (a region is no local place: see places_uk_areas.txt)
REGION_WORDS = frozenset("north south east west northern southern eastern western mid midlands wales england "
                         "scotland ireland anglia central and the of africa asia europe america americas caribbean "
                         "balkans baltic baltics gulf middle far".split())
# a RAG rating in brackets after a grade: "Requires Improvement (Amber)"
RAG_WORDS = frozenset({"amber", "red", "green"})
# a reading scheme's book bands, in brackets after their level: "reading at Level 4 (Orange)"
BAND_COLOURS = frozenset("pink red yellow blue green orange turquoise purple gold white lime brown grey".split())
BAND_BEFORE = re.compile(r"\b(?:level|band|stage|phase|book)\s*\d{0,2}\s*\($", re.IGNORECASE)


def _band_colour(text: str, s: int, e: int) -> bool:
    return text[s:e].lower() in BAND_COLOURS and bool(BAND_BEFORE.search(text, max(0, s - 16), s))


def _dropped_g(text: str, s: int, e: int, lex: Lexicon) -> bool:
    """"talked re ramadan + fastin", "been grafting and graftin", "always mekin' me a cuppa":
    a word of "-ing" with its g dropped (an English word with the g, or an apostrophe marking
    it), in lower case, as speech and hurried notes write it, is no name or place ("killin us",
    not Killin); a given name stays one ("calvin", "dustin"), and so does a word after a title
    ("DSL mr parkin")."""
    w = text[s:e]
    return len(w) >= 5 and w.isalpha() and w.islower() and w.endswith("in") \
        and (w + "g" in lex.words or text[e:e + 1] in ("'", "’") and not text[e + 1:e + 2].isalpha()) \
        and not lex.classes.get(w, 0) & FIRSTS and not lex.classes.get(prev_word(text.lower(), s)[0], 0) & TITLE


def _chain_in_lower_case(text: str, s: int, e: int) -> bool:
    """"contact at a mcdonald's": a chain written in lower case, not Mr McDonald."""
    name = text[s:e]
    return name.islower() and name in SHOPS and text[e:e + 2] in ("'s", "’s")


# chains of two words or more, as _chain_alone reads them: "in a Premier Inn on the ring road"
CHAIN_NAMES = frozenset({"premier inn", "holiday inn", "pizza hut", "burger king", "sports direct", "jd sports",
                         "home bargains", "b&m", "marks and spencer", "marks & spencer", "m&s", "co-op", "the co-op",
                         "the range", "card factory", "costa coffee", "domino's", "papa john's", "five guys",
                         "busy bees", "kids planet", "bright horizons"})   # (nursery chains)


def _births_by_context(text: str, spans: list[Span], name_ends: set[int]) -> list[Span]:
    """Dates years past that the words around make a birth's:

    - an age dispute's dates: what the Home Office has, what a young person claims ("HO say
      01/01/2006, YP says 20/08/2008", "claimed dob ... (approx 04/04/2012)"), and the first of
      January the Home Office assigns ("HO ref T1182203 - still 1/1/05 on system");
    - the second cell of a pasted table's rows, two or more, after a name or a role ("Child A |
      2014-11-03 | Hollybrook Junior");
    - a date after a name and its comma, before an NHS number ("Asmita, 28.01.22. NHS ...")."""
    if not any(kind == "exact-date" for kind, _, _ in spans):
        return spans
    # (a table's births found already count among its rows: "Child B | 2017-06-21 | nursery")
    dated = [(s, e) for kind, s, e in spans if kind in ("exact-date", "date-of-birth")]
    low = text.lower()

    def own_text(s: int) -> tuple[int, int]:
        """The bounds of the text a date stands in (scan_many joins texts with NULs)."""
        lo = text.rfind("\x00", 0, s) + 1
        hi = text.find("\x00", s)
        return lo, hi if hi >= 0 else len(text)

    cells: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for s, e in dated:
        if TABLE_CELL_BEFORE.search(text, max(0, s - 44), s) and TABLE_CELL_AFTER.match(text, e):
            cells.setdefault(own_text(s), []).append((s, e))
    out = []
    for kind, s, e in spans:
        if kind == "exact-date":
            lo, hi = own_text(s)
            if _long_past(text[s:e]) and (AGE_DISPUTE_BEFORE.search(low, max(lo, s - 44), s)
                                          or FIRST_OF_JANUARY.fullmatch(text, s, e) and HOME_OFFICE.search(low, lo, hi)) \
                    or len(cells.get((lo, hi), [])) >= 2 and (s, e) in cells[(lo, hi)] \
                    or s - 2 in name_ends and text[s - 2:s] == ", " and NHS_AFTER.match(text, e):
                kind = "date-of-birth"
        out.append((kind, s, e))
    return out


# the words of an asylum claim, where the first of January is the date the Home Office assigns
HOME_OFFICE = re.compile(r"\bho\b|home office|\buasc\b|asylum")


# what comes before an age dispute's date: "HO say", "HO has her as", "YP says", "claimed dob", "approx"
AGE_DISPUTE_BEFORE = re.compile(
    r"(?:\b(?:ho|home office|yp|cyp|uasc)\s+(?:has|have|say|says|said|records?|recorded|gives?|gave|assessed|puts?|lists?|claims?|claimed)"
    r"(?:\s+(?:her|him|them|his|their))?(?:\s+(?:dob|d\.o\.b\.?))?(?:\s+as)?"
    r"|\b(?:claimed|claims|assessed|assigned|approx\.?|approximately)(?:\s+(?:dob|d\.o\.b\.?|date of birth|age))?"
    r"|\bstill)\s*:?\s*\(?$")
FIRST_OF_JANUARY = re.compile(r"0?1[/.-]0?1[/.-](?:\d{2}|\d{4})")
# a pasted table's second cell: "Child A | 2014-11-03 | ..." (the first cell a name or a role)
TABLE_CELL_BEFORE = re.compile(r"(?:^|[\n\x00])[ \t]*[A-Za-z][\w'’ .-]{0,30}[ \t]*\|[ \t]*$")
TABLE_CELL_AFTER = re.compile(r"[ \t]*\|")
NHS_AFTER = re.compile(r"[.,;]?\s*(?:nhs|NHS)\b")


def _names_and_births(text: str, spans: list[Span]) -> list[Span]:
    """"sibling list: 1. Bailey - 02/09/08  2. Kieran - 17/05/11  3. Sienna - 26/10/16": names
    each with a date that has its year, two or more in a row, are a list of births (an event's
    date comes before what happened, and a chronology's row holds one date)."""
    out = sorted(spans, key=lambda sp: sp[1])
    pairs = [k for k in range(1, len(out)) if out[k][0] == "exact-date" and out[k - 1][0] == "personal-name"
             and text[out[k - 1][2]:out[k][1]] in (" - ", " – ", ": ", " ") and YEAR_IN_DATE.search(text, out[k][1], out[k][2])]
    runs: list[list[int]] = []
    for k in pairs:
        if runs and runs[-1][-1] == k - 2 and LIST_GAP.fullmatch(text, out[k - 2][2], out[k - 1][1]):
            runs[-1].append(k)
        else:
            runs.append([k])
    for run in runs:
        if len(run) >= 2:
            for k in run:
                out[k] = ("date-of-birth", out[k][1], out[k][2])
    return out


# the year of a date: "02/09/08", "17.05.2011", "3 March 2016"
YEAR_IN_DATE = re.compile(r"(?:[/.-]\d{2}|\d{4})$|(?:19|20)\d\d")
# between one name's date and the next name of a list: "  2. ", ", ", "; ", " | "
LIST_GAP = re.compile(r"[\s,;|/]*(?:\d{1,2}[.)]\s*)?(?:and\s+|&\s+)?")


def _births_listed(text: str, spans: list[Span]) -> list[Span]:
    """"Kai's d.o.b 19-07-2013, Maisie 02-12-2016 and Jack 05-06-2018": a list of births goes
    on after a name, as long as each date follows a name joined to the birth before it."""
    if "," not in text and " and " not in text and "&" not in text and "+" not in text and ";" not in text and " / " not in text:
        return spans
    out = sorted(spans, key=lambda sp: sp[1])
    last_birth = -99
    for k, (kind, s, e) in enumerate(out):
        if kind == "date-of-birth":
            last_birth = e
        elif kind == "exact-date" and k and out[k - 1][0] == "personal-name" \
                and text[out[k - 1][2]:s] in (" ", " on ", " - ", ": ", " of ") and text[last_birth:out[k - 1][1]] in LIST_JOINS:
            # ("Hodan was born on 7th April 2010, Ilhan on 23rd November 2012 and Yusuf on ...")
            out[k] = ("date-of-birth", s, e)
            last_birth = e
        elif kind == "exact-date" and last_birth > 0 and BRACKETED_NAME_JOIN.fullmatch(text, last_birth, s):
            out[k] = ("date-of-birth", s, e)   # "as 03/04/2014 (Neema), 21/12/2016 (Baraka) and ..."
            last_birth = e
        elif kind == "exact-date" and last_birth > 0 and text[last_birth:s] in LIST_JOINS:
            out[k] = ("date-of-birth", s, e)   # "dates of birth (04.11.2014, 19.07.2017)"
            last_birth = e
        elif kind == "exact-date" and last_birth > 0 and SOURCE_JOIN.fullmatch(text, last_birth, s):
            out[k] = ("date-of-birth", s, e)   # "3 diff DOBs (01/01/2013 HO / 14/06/2012 school / 14.6.12 GP)"
            last_birth = e
    return out


# the record that gives a birth, then a list's join: " HO / ", " (school), ", " per GP; "
SOURCE_JOIN = re.compile(r" \(?(?:per |on )?(?i:ho|home office|school|gp|health|hv|police|la|nhs|system|lcs|mosaic|mum|dad|yp|"
                         r"passport|hospital|nursery|college|court|education|eclipse|liquidlogic|wcc?s)\)?\s*(?:[,;/]|and|&)\s*")
# a birth's bracketed name, then a list's join: " (Neema), " or " (Baraka) and "
BRACKETED_NAME_JOIN = re.compile(r" \([A-Z][\w'’ -]{1,30}\)(?:,| and| &|;)? ")
# a pasted table's header cell for births: "Name | Relationship | DOB"
DOB_HEADER = re.compile(r"^\s*(?:dob|d\.o\.b\.?|date of birth|born|birth date)\s*$", re.IGNORECASE)


def _births_in_table(text: str, spans: list[Span]) -> list[Span]:
    """"Name | Relationship | DOB" then "Connor JAMES | Father | 02/06/1992": a date in the
    column a header line calls the date of birth is one, in every row below the header."""
    out = list(spans)
    column: int | None = None
    sep = "|"
    for m in _table_rows(text):
        line, pos, end = m.group(1), m.start(1), m.end(1)
        if m.start() and text[m.start() - 1] == "\x00":
            column = None   # the next text of a batch (scan_many) has its own header
        if column is None:
            for sep in ("|", "\t"):
                cells = line.split(sep)
                hits = [k for k, c in enumerate(cells) if len(cells) > 1 and DOB_HEADER.match(c)]
                if hits:
                    column = hits[0]
                    break
        else:
            starts = [pos]
            for k, ch in enumerate(line):
                if ch == sep:
                    starts.append(pos + k + 1)
            if len(starts) > column:
                lo = starts[column]
                hi = starts[column + 1] if column + 1 < len(starts) else end
                out = [("date-of-birth", s, e) if kind == "exact-date" and lo <= s and e <= hi else (kind, s, e)
                       for kind, s, e in out]
    return out


LINES = re.compile(r"([^\n\x00]*)(?:[\n\x00]|$)")

# a table's rows pasted onto one line, parted by "||": "child | dob | school || Leighton | 06/08/15 | ..."
# (rows run together by "||", or by "| / |": "| Child | DOB | Plan | / | Child A | 04/06/2015 | ...")
ROWS_RUN_TOGETHER = re.compile(r"((?:[^\n\x00|]|\|(?!\||\s/\s\|))*)(?:\|\||\|\s/\s(?=\|)|[\n\x00]|$)")


def _table_rows(text: str) -> Iterator[re.Match]:
    """The rows of the text's tables: its lines, or the "||"- or "| / |"-parted rows of a line."""
    return (ROWS_RUN_TOGETHER if "||" in text or "| / |" in text else LINES).finditer(text)


LIST_JOINS = (", ", "; ", " and ", " & ", ",", " + ", "), ", "); ", ") and ")


FIELD_BREAKS = (" / ", " | ", "/ ", "| ")
YEAR_AT_END = re.compile(r"(?:19|20)\d\d$")


def _field_after_name(text: str, s: int, e: int, name_ends: set[int]) -> bool:
    for sep in FIELD_BREAKS:
        if text[s - len(sep):s] != sep:
            continue
        p = s - len(sep)
        # the name, or the name and its surname's initial: "Summer-Rose W. / 07.05.2016"
        if p in name_ends or p - 3 in name_ends and INITIAL_AFTER_NAME.fullmatch(text, p - 3, p) \
                or p - 2 in name_ends and INITIAL_AFTER_NAME.fullmatch(text, p - 2, p):
            return YEAR_AT_END.search(text, s, e) is not None
    # a short field between, a sex or a status, and a date years past: "| Rowan Jenkins | M |
    # 31/10/2015 |", "| Semhar Tesfay | UASC | 12/05/2007 |" (not "| Kai | visit | 12/05/2024 |")
    m = CELL_BETWEEN.search(text, max(0, s - 20), s)
    return bool(m) and m.start() in name_ends and _long_past(text[s:e])


INITIAL_AFTER_NAME = re.compile(r" [A-Z]\.?")
CELL_BETWEEN = re.compile(r" ?[|/] ?[^|/\d\n\x00]{1,12}? ?[|/] ?$")


# after a date in a name's brackets, where it came from: "Hamid (01/01/2007 per HO)"
BRACKET_SOURCE = re.compile(r" (?:per|as per|according to|from|on) [\w .'’-]{1,20}\)")


def _split(spans: list[Span], starts: list[int]) -> list[list[Span]]:
    """Spans of a joined text, per text (offsets relative to each): ``starts`` are the texts'."""
    per: list[list[Span]] = [[] for _ in starts]
    for kind, s, e in spans:
        j = bisect_right(starts, s) - 1
        base = starts[j]
        per[j].append((kind, s - base, e - base))
    return per


def _replace(spans: list[Span], hits: list[Span]) -> list[Span]:
    if not hits:
        return spans
    kept = [sp for sp in spans if not any(h[1] <= sp[1] and sp[2] <= h[2] for h in hits)]
    return kept + hits


def _lookup(seen: dict[str, bool], hashes: frozenset[bytes], phrase: str) -> bool:
    hit = seen.get(phrase)
    if hit is None:
        hit = seen[phrase] = hashlib.sha256(phrase.encode("utf-8")).digest() in hashes
    return hit


def _rare_run(key: str, skip: frozenset[str]) -> bool:
    """A run of two letters or more of a compound word that is no ordinary word ("o'neill")."""
    return not key.isascii() or any(r not in skip for r in LOWER_WORD.findall(key))


def _norm(word: str) -> str:
    """A word as hashed names are written: straight apostrophe, no 's, no edge marks."""
    w = word.replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    return w.strip("'-")


@lru_cache(maxsize=1)
def _hash_skip() -> frozenset[str]:
    """English words and the sector's abbreviations ("IRO", not "ELSA") on no name list."""
    lex = load_lexicon()
    named = {w for w, c in lex.classes.items() if c & NAME}
    return (lex.words - named) | {
        a.lower() for a in lex.abbreviations if a.isalpha() and not lex.classes.get(a.lower(), 0) & NAME}


def _phrase_index(phrases: list[str]) -> "_LazyPatterns":
    """word -> a pattern matching (in lower-case text) every phrase that contains the word."""
    by_word: dict[str, list[str]] = {}
    for phrase in phrases:
        for w in _WORDS.findall(phrase.lower()):
            key = w.replace("’", "'").removesuffix("'s").strip("'-")
            # a span may start inside a hyphened word: "Al" of "Al-Anon"
            for k in {key, *(key.split("-") if "-" in key else ())}:
                by_word.setdefault(k, []).append(phrase.lower())
    return _LazyPatterns(by_word)


class _LazyPatterns:
    """The allow-phrase patterns by word, each compiled the first time a text needs it:
    there are hundreds, and compiling them all was half of making a scanner."""

    def __init__(self, by_word: dict[str, list[str]]) -> None:
        self._phrases = by_word
        self._compiled: dict[str, re.Pattern[str] | None] = {}

    def get(self, word: str) -> re.Pattern[str] | None:
        if word in self._compiled:
            return self._compiled[word]
        phrases = self._phrases.get(word)
        # the text is lower-cased: no IGNORECASE needed
        compiled = self._compiled[word] = phrase_pattern(phrases, flags=0) if phrases else None
        return compiled


