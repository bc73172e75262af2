"""Lower-case names shown by the words around them rather than by a capital: a word after
kin or a role ("sister naila", "carer rose."), before a role or kin in brackets ("jen (fsw)",
"storm (older sib)"), on either side of "=" in a pasted summary ("child A = hope", "grace =
maternal gran"), after "me and", before "'s" after "at", as an action point's subject, and
every other place a passage writes a lower-case name it has already shown. Hurried notes
name people this way; each cue is narrow, so an English word stays a word elsewhere."""
from __future__ import annotations

import re
from collections.abc import Iterator

from .lexicon import CAL, DET, FIRST, FIRSTS, NAME, PERSON_NOUN, ROLE, SURNAME, SURNAME_AMB, TITLE, VOCAB
from .tokens import around, next_word, occurrences, prev_word, sentence_initial, word_spans
from .venues import TREES
from .wordnames import (ABSTRACT, BABY_THINGS, MODALS, NOT_AFTER_MODAL, PERSON_ACTS, PERSON_STATES, SEASON_NAMES, WEATHER, WORD_ENDING_SPACE,
                        WordNameFinder)

Span = tuple[str, int, int]


class PersonCues:
    """Reads the cues with a ``WordNameFinder``'s lists (its word-names, its test of a
    word that can be a name)."""

    def __init__(self, finder: WordNameFinder) -> None:
        self.finder, self.lex, self.names, self.known = finder, finder.lex, finder.names, finder.known

    def find(self, text: str, low: str, words: set[str]) -> Iterator[Span]:
        """Lower-case names shown by the words around them, each read from its cue:
        - after kin, a word no English list knows ("mum's sister naila", "cousin kez");
        - after a role, a word-name the sentence then ends on or that then acts ("with carer
          rose", "foster carer summer has booked");
        - before a role in brackets ("jen (fsw) to take mum");
        - after "me and", "him and" before a verb ("me and kez were");
        - a short unknown word's house ("at shaz's");
        - an action point's subject ("frank to bring kids to contact")."""
        lex = self.lex
        # ("step-dad (mark)": kin joined to "step" by a hyphen, read as the kin word; same length)
        cue_low = low.replace("step-", "step ") if "step-" in low else low
        for s, e, cue in occurrences(cue_low, KIN_CUES.intersection(words)):
            if cue in NICKNAMED_KIN and text[e + 1:e + 2] in QUOTES or text[e + 1:e + 2] == "(" and text[e + 2:e + 3] in QUOTES:
                q = QUOTED_NICKNAME.match(text, e)
                if q and not lex.classes.get(q.group(1).split()[0].lower(), 0) & (ROLE | DET | CAL):
                    yield "personal-name", q.start(1), q.end(1)   # "believed with bf 'Tiny'"
                continue
            house = HOUSE_OF_KIN.match(low, e)
            if house and (house.group(1) in self.names or lex.classes.get(house.group(1), 0) & FIRSTS) \
                    and house.group(1) not in MODALS and not lex.classes.get(house.group(1), 0) & (ROLE | VOCAB) \
                    and house.group(0)[1:] not in NOT_A_HOUSE \
                    and prev_word(low, s)[0] in ("at", "to", "from", "round"):
                yield "personal-name", house.start(1), house.end(1)   # "stay at grandad bills": his house
                continue
            if text[e:e + 2] != " (" and not self._may_follow(_next_token(low, e)):
                continue
            word = NAME_STARTING.match(text, e + 1) if text[e:e + 1] == " " else None
            if word and word.group(1).rstrip("'’-") != word.group(1):
                word = None   # "that Nan painted'": a quotation's end, not a name
            if not word and text[e:e + 2] == " (":
                cap = BRACKETED_CAP.match(text, e + 2)
                if cap and lex.classes.get(cap.group(1).lower(), 0) & FIRSTS \
                        and not lex.classes.get(cap.group(1).lower(), 0) & (ROLE | VOCAB | CAL):
                    yield "personal-name", cap.start(1), cap.end(1)   # "Dad (Yaw)", "Mum (Amber)"
                    continue
                inner = BRACKETED_WORD.match(text, e + 2)
                if inner and (self._may_name(inner.group(1)) or self._unknown_name(inner.group(1))
                              or lex.classes.get(inner.group(1), 0) & NAME and not lex.classes.get(inner.group(1), 0) & (ROLE | VOCAB)):
                    yield "personal-name", inner.start(1), inner.end(1)   # "nan (june) to collect"
                    continue
                pair = BRACKETED_PAIR.match(text, e + 2)
                if pair and lex.classes.get(pair.group(2), 0) & NAME and not lex.classes.get(pair.group(2), 0) & (ROLE | VOCAB | DET | CAL) \
                        and not lex.classes.get(pair.group(1), 0) & (ROLE | VOCAB | DET | CAL) \
                        and (pair.group(1) not in lex.words or lex.classes.get(pair.group(1), 0) & FIRSTS):
                    yield "personal-name", pair.start(1), pair.end(2)   # "mum (lenda smith) v welcoming"
            if not word:
                continue
            w = word.group(1)
            if cue == "baby" and (w.lower() in BABY_THINGS or prev_word(low, s)[0] in ("a", "an", "like")):
                continue   # "baby rice": a food; "like a baby bird": any baby
            if cue in PARENTS:
                # after "mum", "dad", "baby" come a note's shorthand verbs ("dad dna", "mum
                # didnt"): only a first name, or a word-name after "baby" ("baby holly in")
                named = self._role_named(text, low, word, unknown=False) or cue == "baby" and w in self.names \
                    and self._may_name(w) and next_word(low, word.end(1))[0] in BABY_AFTER
            else:
                named = w not in lex.words and w.isalpha() and self.finder._named(w) \
                    and not prev_word(low, s)[0] in ("his", "her", "their", "my", "your", "our", "a", "the") \
                    or self._role_named(text, low, word, kin=True)
            if not named and lex.classes.get(w, 0) & CAL and text[word.end(1):word.end(1) + 2] in ("'s", "’s"):
                named = True   # "live at nanny jan's": a month has no house

            if named:
                yield "personal-name", word.start(1), word.end(1)
        for s, e, cue in occurrences(low, NAME_ROLES.intersection(words)):
            cap = ROLE_BRACKETED_CAP.match(text, e)
            w = cap.group(1).lower() if cap else ""
            if cap and not lex.classes.get(w, 0) & (ROLE | VOCAB | CAL | TITLE | DET) and not lex.is_abbreviation(cap.group(1)) \
                    and (w not in self.known and (lex.classes.get(w, 0) & FIRSTS or w not in lex.words)
                         or w in lex.words and PET_FORM.search(w)
                         and any(lex.classes.get(w[:-k], 0) & NAME for k in (1, 2, 3))):   # "Smithy": Smith's
                yield "personal-name", cap.start(1), cap.end(1)   # "youth football coach (Smithy)", not "worker (Barnardos)"
                continue
            if not self._may_follow(_next_token(low, e)):
                continue
            word = NAME_STARTING.match(text, e + 1) if text[e:e + 1] == " " else None
            if word and self._role_named(text, low, word):
                yield "personal-name", word.start(1), word.end(1)
        i = text.find("(")
        while i >= 0:
            inside = DESCRIBED.match(text, i)
            if not inside and ALIAS_BRACKET.match(text, i):
                # "sunny (p, real name sunil)": a name the note goes on to gloss, in any case
                word = WORD_ENDING_SPACE.search(text, max(0, i - 14), i)
                w = word.group(1) if word else ""
                c = lex.classes.get(w.lower(), 0)
                if w and c & FIRSTS and not c & (ROLE | VOCAB | TITLE | DET) and w.lower() not in MODALS:
                    yield "personal-name", word.start(1), word.end(1)
            elif inside and self._describes(inside.group(1).lower()):
                word = WORD_ENDING_SPACE.search(text, max(0, i - 14), i)
                w = word.group(1) if word else ""
                if w and w.islower() and self.finder._named(w) and (w not in lex.words or w in self.names) \
                        and w not in MODALS and not lex.classes.get(w, 0) & ROLE \
                        or len(w) == 2 and w.isalpha() and w.islower() and w not in lex.words \
                        and not lex.is_abbreviation(w) and not lex.is_abbreviation(w.upper()):
                    yield "personal-name", word.start(1), word.end(1)   # "jen (fsw)", "storm (older sib)", "kg (chair)"
                elif w[:1].isupper() and w[1:].islower() and not lex.classes.get(w.lower(), 0) & (ROLE | VOCAB | TITLE | DET | CAL) \
                        and w.lower() not in MODALS and (lex.classes.get(w.lower(), 0) & FIRSTS or w.lower() not in lex.words
                                                         and w.lower() not in self.known and not lex.is_abbreviation(w)):
                    yield "personal-name", word.start(1), word.end(1)   # "Nkem (night staff)", "Patience (safeguarding mw)"
            i = text.find("(", i + 1)
        if "=" in text:
            yield from self._defined(text, low)
        if " + " in text or " & " in text:
            yield from self._couples(text, low)
        if "says " in low or "said " in low:
            for m in SAYS_NAME.finditer(low):
                for g in (1, 2) if m.group(2) else (1,):
                    w = m.group(g)
                    if (w in self.names and w not in MODALS and self._may_name(w) and (w not in WEATHER or m.group(2))
                            or len(w) >= 3 and self._unknown_name(w)) and text[m.start(g):m.end(g)] == w:
                        yield "personal-name", m.start(g), m.end(g)   # "mum says grace is ...", "says 'storm and sky are"
        # an unknown word before a person's verb: read from the few unknown words of the text
        # (most words before " is" are English), then the verb after each
        for w in [w for w in words if 3 <= len(w) <= 12 and w not in lex.words and self._unknown_name(w)]:
            i = low.find(w)
            while i >= 0:
                e = i + len(w)
                if not (i and (low[i - 1].isalnum() or low[i - 1] in "_’-")) \
                        and (VERB_OF_PERSON.match(low, e) or low[e:e + 1] == " " and VERB_OF_PERSON.match(low, e + 1)) \
                        and (sentence_initial(text, i) or i and text[i - 1] in QUOTES) and text[i:e] == w:
                    yield "personal-name", i, e   # "'gethin was in the same clothes", "sion upset"
                i = low.find(w, i + 1)
        if " from " in low:
            for m in FROM_WORD.finditer(low):
                if not SENDER_BEFORE.search(low, max(0, m.start() - 10), m.start()):
                    continue
                w = m.group(1)
                nxt, sep, _ = next_word(low, m.end(1))
                if (self._may_name(w) or self._unknown_name(w)) and w not in EQUALS_KIN \
                        and not lex.is_abbreviation(text[m.start(1):m.end(1)]) \
                        and not (sep == " " and lex.classes.get(nxt, 0) & (ROLE | PERSON_NOUN)):
                    yield "personal-name", m.start(1), m.end(1)   # "text from kaz:", not "call from foster carer"
        if "(" in text:
            for m in BORN_AFTER.finditer(low):
                word = WORD_ENDING_SPACE.search(text, max(0, m.start() - 14), m.start())
                w = word.group(1) if word else ""
                if w and not lex.classes.get(w.lower(), 0) & (ROLE | VOCAB | DET | TITLE) and w.lower() not in EQUALS_KIN \
                        and not lex.is_abbreviation(w) and (w[0].isupper() or self._may_name(w) or self._unknown_name(w)):
                    yield "personal-name", word.start(1), word.end(1)   # "Precious (born 12th March 2014)"
        if "the " in low:
            for m in FAMILY_NAME.finditer(text):
                if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "'’-"):
                    continue
                base = m.group(2).lower()
                if m.group(1).lower() in TREES:
                    continue   # "placed @ the willows": a home named by its trees
                if m.group(1).islower() and base in lex.words and not FAMILY_END.match(text, m.end()):
                    continue   # "the reasons for the timing", "on the days Mum cannot": no family's name
                if lex.classes.get(base, 0) & (NAME & ~CAL) and not lex.classes.get(base, 0) & (ROLE | VOCAB) \
                        and CARERS_BEFORE.search(low, max(0, m.start() - 40), m.start()):
                    yield "personal-name", m.start(1), m.end(1)   # "her carers, the Dyers", "(the wheelers)"
        if " family" in low:
            for m in LOWER_FAMILY.finditer(text):
                w = m.group(1)
                c = lex.classes.get(w, 0)
                if (c & SURNAME or c & SURNAME_AMB and w not in lex.words) and not c & (ROLE | VOCAB | CAL) \
                        and w not in NOT_A_FAMILY_NAME:
                    yield "personal-name", m.start(1), m.end(1)   # "discussed the nowak family" (not "the church family")
        if ": " in text:
            for m in ACTION_COLON.finditer(text):
                w = m.group(1)
                if (w in self.names or lex.classes.get(w, 0) & FIRSTS) and w not in MODALS \
                        and not lex.classes.get(w, 0) & (ROLE | VOCAB | CAL):
                    yield "personal-name", m.start(1), m.end(1)   # "actions: - dean: confirm panel date"
        if not POSS_KIN_AFTER.isdisjoint(words) and ("'s " in low or "’s " in low):
            for p in (m for pattern in POSS_KIN_PATTERNS for m in pattern.finditer(low)):
                word = WORD_ENDING_SPACE.search(text, max(0, p.start() - 13), p.start())
                w = text[word.start(1):p.start()] if word else ""
                if w and w.islower() and w.isalpha() and (self._unknown_name(w) or self._may_name(w) and w in self.names) \
                        and not prev_word(low, word.start(1))[0] in ("the", "a", "his", "her", "my", "their", "your"):
                    yield "personal-name", word.start(1), p.start()   # "bishal's dad posted"
        if AGED_SECOND.search(low) or AGED_AND.search(low):
            yield from self._aged_list(text, low)
        if " called " in low:
            for m in BE_CALLED.finditer(low):
                w = m.group(1)
                if self.finder._named(w) and (w not in lex.words or w in self.names) and w not in MODALS:
                    yield "personal-name", m.start(1), m.end(1)   # "prefers to be called storm"
        if "me and " in low or "him and " in low or "her and " in low or "me n " in low or "me & " in low:
            for m in ME_AND.finditer(low):
                w = m.group(1)
                if ME_BEFORE.search(low, max(0, m.start() - 4), m.start()) and self.finder._named(w) and (w not in lex.words or w in self.names) and w not in MODALS:
                    yield "personal-name", m.start(1), m.end(1)
        if "'s" in text or "’s" in text:
            for p in POSSESSIVE.finditer(text):
                m = HOUSE_OF.search(text, max(0, p.start() - 11), p.end())
                w = m.group(1) if m and m.start() > 0 else ""
                c = lex.classes.get(w, 0)
                if w and HOUSE_BEFORE.search(text, max(0, m.start() - 7), m.start()) and not c & (ROLE | VOCAB | CAL) and (
                        len(w) <= 4 and w not in lex.words and w not in self.known and self.finder._named(w)
                        or c & FIRSTS and w not in MODALS and self.finder._named(w)):
                    yield "personal-name", m.start(1), m.end(1)   # "at shaz's", "'it was at lee's'"
        if "its " in low or "it's " in low or "it’s " in low or "this is " in low or "im " in low or "i'm " in low:
            for m in around(low, low, ITS_NAME, ITS_ANCHORS, 0):
                w = m.group(1)
                c = lex.classes.get(w, 0)
                if text[m.start(1):m.end(1)] not in (w, w.upper() if len(w) == 2 else w) or c & (ROLE | VOCAB | CAL) \
                        or w in MODALS or len(w) == 2 and lex.is_abbreviation(w.upper()):
                    continue
                nw = next_word(low, m.end(1))[0]
                if m.group().startswith("i") and nw.endswith(("ed", "ing")):
                    continue   # "I'm nae bothered", "im no going": Scots' "not", not a name
                if c & FIRST and w not in lex.words or (w in self.names or c & FIRSTS or len(w) == 2
                                                         and text[m.start(1):m.end(1)].isupper()) \
                        and GREETING_BEFORE.search(low, max(0, m.start() - 12), m.start()):
                    yield "personal-name", m.start(1), m.end(1)   # "hi hun its faye ur sw", "yo its AJ"
        if "cheers" in words or "thanks" in words or "thank" in words or "ta" in words or "love" in words \
                or "miss" in words or "luv" in words or "thankyou" in words:
            for m in THANKS_NAME.finditer(low):
                w = m.group(1)
                c = lex.classes.get(w, 0)
                if text[m.start(1):m.end(1)] == w and (c & FIRSTS and not c & (ROLE | VOCAB | CAL | DET)
                                                         and w not in MODALS or self._unknown_name(w)) \
                        and w not in ("for", "you", "so", "very", "a", "lot", "all", "again", "mate", "babe", "hun"):
                    yield "personal-name", m.start(1), m.end(1)   # "cheers kev for the food parcel"
        if not STAY_VERBS.isdisjoint(words):
            # read from " at kyles" (a space is a literal the engine skips to), then the verb before
            for m in STAY_AT.finditer(low):
                w = m.group(1)
                verb, sep, _ = prev_word(low, m.start())
                if sep or verb.replace("’", "'") not in STAY_VERBS and verb != "i'm" and verb != "i’m":
                    continue
                if text[m.start(1):m.end(1)] == w and lex.classes.get(w, 0) & FIRSTS \
                        and not lex.classes.get(w, 0) & (ROLE | VOCAB) and w not in MODALS \
                        and not (m.group(0)[-2] not in "'’" and (w + "s" in S_WORDS or lex.classes.get(w + "s", 0) & DET)) \
                        and (verb not in BE_VERBS or m.group(0).split()[-1].rstrip("'’") not in lex.words):
                    yield "personal-name", m.start(1), m.end(1)   # "i want 2 stay at jades tnite", "im at kyles"
        if not KIN_AFTER_S.isdisjoint(words):
            for m in _names_before_kin(low, KIN_AFTER_S.intersection(words)):
                w = m.group(1)
                parts = w.split("-")
                if text[m.start(1):m.end(1)] == w and all(self._first_or_word_name(p) for p in parts) \
                        and w + "s" not in S_WORDS and not lex.classes.get(w + "s", 0) & DET \
                        and not lex.classes.get(prev_word(low, m.start(1))[0], 0) & DET:
                    yield "personal-name", m.start(1), m.end(1)   # "jacks dad in spain", "hunters bro", "stacey-lees kids"
        if " to " in low:
            for m in ACTION_VERB.finditer(low):
                at = m.start() - 5 if low[m.start() - 5:m.start()] in (" also", " then") else m.start()
                word = WORD_ENDING_SPACE.search(low, max(0, at - 13), at + 1)
                w = word.group(1) if word else ""
                if w and w not in lex.words and text[word.start(1):word.end(1)] == w and self.finder._named(w) \
                        and not lex.classes.get(w, 0) & (ROLE | VOCAB) and sentence_initial(text, word.start(1)):
                    yield "personal-name", word.start(1), word.end(1)   # "ACTION: kath to complete"
            for s, e, word in occurrences(low, self.names.intersection(words)):
                if text[s:e] in (word, word.capitalize()) and word not in ABSTRACT and word not in MODALS \
                        and word not in SEASON_NAMES and word not in EVALUATIVE and sentence_initial(text, s) \
                        and ACTION_TO.match(low, e):
                    yield "personal-name", s, e   # "frank to bring kids to contact", "action: Precious to attend"

    def _first_or_word_name(self, w: str) -> bool:
        c = self.lex.classes.get(w, 0)
        return (bool(c & FIRSTS) or w in self.names) and not c & (ROLE | VOCAB | CAL | DET | TITLE) \
            and w not in MODALS and w not in ABSTRACT

    def repeated(self, text: str, low: str, spans: list[Span]) -> Iterator[Span]:
        """A lower-case name found once is a name wherever else its passage writes it ("shaz
        + tel split up. tel now at his mam's", "grace rang back. grace = maternal gran"):
        a word no English list knows anywhere, a word-name where no determiner or modal use
        makes it a word. Only inside one passage (scan_many joins passages with NULs)."""
        lex = self.lex
        for kind, s, e in list(spans):
            if kind == "personal-name" and text[s:e].islower():
                given = GIVEN_BEFORE.search(text, max(0, s - 14), s)
                g = given.group(1) if given else ""
                if g and (g in self.names or lex.classes.get(g, 0) & FIRSTS) and g not in MODALS \
                        and not lex.classes.get(g, 0) & (ROLE | VOCAB):
                    spans.append((kind, given.start(1), given.end(1)))
                    yield kind, given.start(1), given.end(1)   # "dawn atkinson": the surname's given name
        for kind, s0, e0 in list(spans):
            # "with Angel, 11. Angel named her safe adults": a capitalised word-name found once
            # is the same person where a sentence opens with it in the passage (the first name
            # of a full name too: "the LAC nurse, Joy Mensah, ... Joy recorded")
            if kind != "personal-name":
                continue
            first = text[s0:e0].split(" ", 1)[0]
            s, e, w = s0, s0 + len(first), first
            if not w.istitle() or not w.isalpha() or len(w) < 3 or w.lower() not in lex.words \
                    or e < e0 and w.lower() in MODALS:
                continue   # (not "Will" of "Will Smith" again at "Will the plan ...")
            lo = text.rfind("\x00", 0, s) + 1
            hi = text.find("\x00", e)
            hi = len(text) if hi < 0 else hi
            for a, b in word_spans(text, w, lo, hi):
                if a != s and sentence_initial(text, a) and next_word(low, b)[0] not in NOT_AFTER_REPEAT:
                    yield "personal-name", a, b
        for kind, s, e in list(spans):
            w = text[s:e]
            # "took Grace + Will to the pier. will had an ice cream", "SGs Ann & Bill. bill cooking":
            # a capitalised name found, written again in lower case before a verb of a person
            # (a modal: a verb in the past or the present's third person, which no modal takes)
            if kind != "personal-name" or not w.istitle() or not w.isalpha() or len(w) < 3:
                continue
            modal = w.lower() in MODALS
            lo = text.rfind("\x00", 0, s) + 1
            hi = text.find("\x00", e)
            hi = len(text) if hi < 0 else hi
            for a, b in word_spans(low, w.lower(), lo, hi):
                if not text[a:b].islower() or prev_word(low, a)[0] in NOT_BEFORE_REPEAT:
                    continue
                nw, sep, _ = next_word(low, b)
                if sep == " " and (nw in NOT_AFTER_MODAL or nw in PERSON_AFTER_REPEAT
                                   or nw.endswith("ing") and not modal and w.lower() not in ABSTRACT):
                    yield "personal-name", a, b
        for kind, s, e in spans:
            w = text[s:e]
            # (a passage already flagged for a word loses nothing by its being flagged again)
            if kind != "personal-name" or len(w) < 3 or not w.isalpha() or not w.islower() or w in MODALS \
                    or lex.classes.get(w, 0) & (ROLE | VOCAB | DET):
                continue
            lo = text.rfind("\x00", 0, s) + 1
            hi = text.find("\x00", e)
            hi = len(text) if hi < 0 else hi
            for a, b in word_spans(low, w, lo, hi, possessive=True):
                before = prev_word(low, a)[0]
                if a != s and text[a:b] == w and (w not in lex.words or not (
                        before in NOT_BEFORE_REPEAT and (before not in PREPOSITIONS or w in ABSTRACT or w in RAG)
                        or next_word(low, b)[0] in NOT_AFTER_REPEAT)):
                    yield "personal-name", a, b

    def paired_short_names(self, text: str, spans: list[Span]) -> Iterator[Span]:
        """"stay with Jean and Col", "Jean + Tel said": a short capitalised word joined to a name
        found, that is a dictionary's word only as an abbreviation or a rare word ("col", "tel"):
        a pet name. Not a plural ("Smith and Sons") and not a run of capitals ("Jean and Social Care")."""
        lex = self.lex
        for kind, s, e in list(spans):
            if kind != "personal-name" or not text[s:s + 1].isupper():
                continue
            m = PAIRED_SHORT.match(text, e)
            if not m:
                continue
            w = m.group(1)
            c = lex.classes.get(w.lower(), 0)
            if c or w.endswith("s") or lex.is_abbreviation(w) or w.lower() in MODALS \
                    or text[m.end():m.end() + 2][1:2].isupper() and text[m.end():m.end() + 1] == " ":
                continue
            yield "personal-name", m.start(1), m.end(1)

    def _may_follow(self, tok: str) -> bool:
        """Whether the word after a cue may be a name at all (most words after "mum" are
        none): a word-name, a word of a name list, or a word no English list knows."""
        return bool(tok) and (tok in self.names or bool(self.lex.classes.get(tok, 0) & NAME) or tok not in self.lex.words)

    def _describes(self, inside: str) -> bool:
        """Whether a bracket says who the word before it is: a role ("(fsw)") or kin, maybe
        with a word before it ("(older sib)", "(mum's ex)")."""
        last = inside.split()[-1].replace("’", "'")
        return last in BRACKET_KIN or last == "chair" or last in STAFF_LAST or last in AGENCY_LAST and " " not in inside \
            or bool(self.lex.classes.get(last, 0) & ROLE) and " " not in inside

    def _defined(self, text: str, low: str) -> Iterator[Span]:
        """A pasted summary's "=": a name after a role or a child's letter ("child A = hope",
        "dad = mark jnr"), or before a role ("grace = maternal gran")."""
        lex = self.lex
        i = text.find("=")
        while i >= 0:
            left = WORD_ENDING_SPACE.search(text, max(0, i - 14), i)
            lw = left.group(1).lower() if left else ""
            right = NAME_STARTING.match(text, i + 1 + (text[i + 1:i + 2] == " "))
            rw = right.group(1) if right else ""
            if rw and next_word(low, right.end(1))[0] not in EQUALS_KIN and (lw in EQUALS_KIN or lw in EQUALS_PERSON
                                                                           or lex.classes.get(lw, 0) & ROLE or CHILD_LETTER.search(low, max(0, i - 12), i)) \
                    and self._may_name(rw) and rw.lower() not in TRADES \
                    and not ("-" in rw and all(p in lex.words for p in rw.lower().split("-"))):
                yield "personal-name", right.start(1), right.end(1)   # (not "carers = long-term fc")
            elif lw and (rw in EQUALS_KIN or rw in ("maternal", "paternal") or lex.classes.get(rw, 0) & ROLE) \
                    and left.group(1).islower() and self._may_name(lw) and lw not in RAG_COLOURS:
                yield "personal-name", left.start(1), left.end(1)
            i = text.find("=", i + 1)

    def _couples(self, text: str, low: str) -> Iterator[Span]:
        """"shaz + tel split up (again)": two lower-case words joined by "+" or "&" before a
        verb of a couple, one of them a word no list knows; the other then a name too unless
        it is a word of a person or a thing ("shaz + kids went")."""
        for m in COUPLE.finditer(text):
            a, b = m.group(1), m.group(2)
            strong = [self._unknown_name(w) for w in (a, b)]
            if not any(strong):
                continue
            for w, st, is_strong in ((a, m.start(1), strong[0]), (b, m.start(2), strong[1])):
                if is_strong or self._may_name(w) or len(w) <= 4 and w.isalpha() and w not in NOT_COUPLED \
                        and not self.lex.classes.get(w, 0) & (ROLE | VOCAB | PERSON_NOUN | DET):
                    yield "personal-name", st, st + len(w)

    def _unknown_name(self, w: str) -> bool:
        return w.isalpha() and w not in self.lex.words and w not in self.known and self.finder._named(w) \
            and not self.lex.classes.get(w, 0) & (ROLE | VOCAB)

    def _aged_list(self, text: str, low: str) -> Iterator[Span]:
        """Children listed with their ages: "sibs: ruby 12, sonny 9, princess 6", "2 chn (ivy
        5, ted 3)". A list of two or more, where each word may be a name."""
        run: list[re.Match[str]] = []
        for m in [*AGED.finditer(low), None]:
            if m and run and LIST_GAP.fullmatch(low, run[-1].end(), m.start()):
                run.append(m)
                continue
            if len(run) >= 2 and all(self._may_name(r.group(1)) or r.group(1) in self.names for r in run):
                for r in run:
                    yield "personal-name", r.start(1), r.end(1)
            run = [m] if m else []

    def _may_name(self, w: str) -> bool:
        lex = self.lex
        return self.finder._named(w) and (w not in lex.words or w in self.names or bool(lex.classes.get(w, 0) & FIRSTS)) \
            and w not in MODALS and not lex.classes.get(w, 0) & (ROLE | VOCAB)

    def _role_named(self, text: str, low: str, word: re.Match[str], unknown: bool = True, kin: bool = False) -> bool:
        """A word-name or first name (or, with ``unknown``, a word no list knows) right after a
        role, then the end of a clause, a verb of a person or an action: "with carer rose",
        "foster carer summer has booked", "YOT worker jas informed", "hv gill to visit"; after
        kin, also where she lives or who is with her ("live w/ auntie grace in preston")."""
        w = word.group(1)
        if w in MODALS or not (w in self.names or self.lex.classes.get(w, 0) & FIRSTS or (
                unknown and w.isalpha() and w not in self.lex.words and w not in self.known and self.finder._named(w))) \
                or not self.finder._plain(w):
            return False
        nxt, sep, _ = next_word(low, word.end(1))
        return not nxt or sep.strip() in (".", ",", ";", "-", ")", "—", "–", "@") or sep == " " and (
            nxt in PERSON_ACTS or nxt in PERSON_STATES or nxt in ROLE_NAME_VERBS or kin and nxt in KIN_PLACE_AFTER) \
            or bool(ACTION_TO.match(low, word.end(1)))   # "hv gill to visit"


# a word-name found once stays a word after these and before these: "by god's grace", "the
# mark on his leg", "hope of a return"
NOT_BEFORE_REPEAT = frozenset("a an the his her their my your our its this that some no any of by with in".split())
# a short capitalised word joined to a name: "Jean and Col", "Jean + Tel"
PAIRED_SHORT = re.compile(r" (?:and|&|\+) ([A-Z][a-z]{2,3})(?![\w'’-])")
# and what follows a person, not a word, after a name found capitalised: "rose must be seen", "sunny comes back"
PERSON_AFTER_REPEAT = frozenset("must needs wants comes came goes says asks asking tells keeps".split())
NOT_AFTER_REPEAT = frozenset("of on that for no number nos".split())
# (a preposition keeps only an abstract noun or a RAG colour a word: "with grace", not "with jade")
PREPOSITIONS = frozenset("of by with in".split())
RAG = frozenset("red amber green".split())
# words of kin and roles before a lower-case name (see ``PersonCues.find``)
KIN_CUES = frozenset("sister brother cousin aunt auntie aunty uncle nan nana nanny gran grandad niece nephew "
                     "stepdad stepmum gf bf girlfriend boyfriend partner sis bro dad mum mam baby "
                     "anti yncl nain taid boy girl lad lass".split())
NAME_ROLES = frozenset("carer carers sw hv fsw worker iro tm dsl teacher officer nurse mentor childminder coach "
                       "supervisor interpreter keyworker leaver lead chair ssw cr".split())
# after kin and a name, where the person lives or who is with them: "auntie grace in preston"
KIN_PLACE_AFTER = frozenset("in at from and".split())
ROLE_NAME_VERBS = frozenset("has had is was says wants rang called booked agreed visited reports informed leading "
                            "looking living staying aware present attended arrested snr jnr sr jr at v very".split())
# (both read from their rarer end: " and " and "'s")
ME_AND = re.compile(r" (?:and|n|an|&) ([a-z]{3,12})(?: (?:were|was|went|got|had|did|have))\b")
ME_BEFORE = re.compile(r"\b(?:me|him|her)$")
POSSESSIVE = re.compile(r"['’]s\b")
HOUSE_OF = re.compile(r"(?<![\w'’-])([a-z]{3,10})['’]s\b")
HOUSE_BEFORE = re.compile(r"\b(?:at|to|from|round|in) $")
# a message's writer naming herself: "hi hun its faye ur sw", "this is kez from school"
ITS_ANCHORS = ("its ", "it's ", "it’s ", "this is ", "im ", "i'm ", "i’m ")
ITS_NAME = re.compile(r"(?<![\w'’-])(?:it['’]?s|this is|i['’]?m) ([a-z]{2,12})(?![\w'’-])")
# thanks to a person in a message: "cheers kev for the food parcel", "thanks jo x"
THANKS_NAME = re.compile(r"(?<![\w-])(?:cheers|thanks|thank you|thankyou|ta|love you|miss you|luv u|love u) "
                         r"([a-z]{2,12})(?![\w'’-])")
# a nickname in quotes after kin, capitalised: "bf 'Tiny'", "uncle \"Big Dave\""
QUOTES = frozenset("'‘\"“")
NICKNAMED_KIN = frozenset("bf gf boyfriend girlfriend partner cousin uncle brother bro sister sis stepdad".split())
QUOTED_NICKNAME = re.compile(r" \(?['‘\"“]([A-Z][a-z]{1,14}(?: [A-Z][a-z]{1,14})?)['’\"”](?!\w)")
# a greeting before "its": then even a word-name is the writer's ("hiya its jade", "yo its rio")
GREETING_BEFORE = re.compile(r"(?<![\w-])(?:hiya|hi|hey|hello|yo|morning|evening|heya|alright)\b[ ,!a-z]{0,6}$")
# a first name's house, with or without its apostrophe, after a verb of staying or going
# ("im at kyles": after a verb of being, only a plural that is no English word, not "was at marks")
BE_VERBS = frozenset("im i'm am was is".split())
STAY_VERBS = frozenset("stay stays staying stayin stayed sleep sleeps sleeping slept sleepover stop stopping stopped "
                       "go goes going goin went gone back round over".split()) | BE_VERBS
# a name's "s" with no apostrophe before a word of kin or home, as hurried notes write it
KIN_AFTER_S = frozenset("mum mums mam dad dads nan nans nana gran grandad bro brother sis sister kids baby auntie "
                        "aunty uncle cousin partner bf gf boyfriend girlfriend".split())
# words ending in "s" that are no name's: "for this mum", "was dad", "his nan"
S_WORDS = frozenset("this his hers its was has is does goes us yes thus plus always perhaps towards afterwards "
                    "sometimes less unless across whereas besides nowadays ours yours theirs".split())
NAME_S_BEFORE = re.compile(r"(?<![\w'’-])([a-z]{3,12}(?:-[a-z]{2,8})?)s $")
STAY_AT = re.compile(r" (?:at|to|round|in) ([a-z]{3,12})['’]?s(?![\w'’-])")


def _names_before_kin(low: str, kin) -> list[re.Match]:
    """``NAMES_KIN``'s matches, read back from each word of kin after "s "."""
    found = {}
    for s, _, _ in occurrences(low, kin):
        if low[s - 2:s] == "s ":
            m = NAME_S_BEFORE.search(low, max(0, s - 25), s)
            if m:
                found[m.start()] = m
    return [m for _, m in sorted(found.items())]


def _next_token(low: str, e: int) -> str:
    """The word right after a cue ending at ``e``, without its possessive or a mark after it."""
    seg = low[e + 1:e + 20] if low[e:e + 1] == " " else ""
    tok = seg.split(None, 1)[0] if seg and seg[0] != " " else ""
    tok = tok.rstrip(".,;:!?)\"-")
    return tok[:-2] if tok.endswith(("'s", "’s")) else tok


# a bracket of kin after a name, its last word: "(older sib)", "(mum's ex)", "(maternal aunt)"
BRACKET_KIN = frozenset("sib sibs sibling brother sister bro sis half-brother half-sister ex dad mum mam nan gran "
                        "grandad aunt auntie aunty uncle cousin partner boyfriend girlfriend bf gf stepdad stepmum "
                        "baby son daughter grandma grandmother grandfather granddad provider carer childminder "
                        "guardian".split())
# (up to three words before the last: "(her dad)", "(mgm partner)", "(mat gt aunt)", "(SL provider)")
DESCRIBED = re.compile(r"\(((?:(?:[a-z]+['’]s|older|younger|big|little|half|maternal|paternal|mat|pat|mgm|mgf|pgm|pgf|"
                       r"gt|great|her|his|their|my|ex|new|step|night|day|safeguarding|specialist|named|link|bank|agency|"
                       r"support|kinship|foster|sgo|respite|connected|kin|family|[A-Z]{2,4})[ -]){0,3}[a-z-]+)\)")
# a bracket that glosses the person before it: "sunny (p, real name sunil)", "(v, 24)", "(aka Tiny)"
ALIAS_BRACKET = re.compile(r"\((?:real name|aka|a\.k\.a\.|known as|(?:p|v|ap|perp|victim|perpetrator)[,;])", re.IGNORECASE)
# the last word of a bracket of staff: "Nkem (night staff)", "Patience (safeguarding mw)", "miss harrop (pastoral)"
STAFF_LAST = frozenset("staff mw pastoral".split())
# and of a bracket of the agency a worker is from: "Sunny (housing) rang", "gemma (eh) to visit"
AGENCY_LAST = frozenset("housing police school nursery health edu eh yot yos idva camhs ewo mash edt legal "
                        "transport commissioning sen send".split())
# words of kin on either side of "=": "dad = mark jnr", "grace = maternal gran"
# a trade after "dad =" is his job ("host dad = baker"); a colour before "=" is a key's
# ("safe map: green = nan's, school")
TRADES = frozenset("baker butcher cook mason porter hunter farmer fisher miner painter weaver carter tanner "
                   "sawyer shepherd smith builder driver".split())
RAG_COLOURS = frozenset("red amber green blue yellow orange".split())
EQUALS_KIN = BRACKET_KIN | frozenset("gm mgm mgf pgm pgf gran nana nanny grandma grandmother grandfather".split())
# a police note's person before "=": "female = destiny", "driver = kyle"
EQUALS_PERSON = frozenset("female male victim driver passenger suspect".split())
BRACKETED_WORD = re.compile(r"([a-z][a-z'’-]{1,15})\)")
# a first name and a surname in lower case in the bracket: "mum (lenda smith)"
BRACKETED_PAIR = re.compile(r"([a-z][a-z'’-]{1,15}) ([a-z][a-z'’-]{2,15})\)")
BRACKETED_CAP = re.compile(r"([A-Z][a-z'’-]{1,15})\)")
# a word-name someone speaks of: "mum says grace is ...", "carer says joy has been ..."
SAYS_NAME = re.compile(r"(?:says|said) ['‘\"“]?([a-z]{3,12})(?: and ([a-z]{3,12}))? (?:is|are|has|have|was|were|had|keeps|"
                       r"wont|won't|doesnt|doesn't|didnt|didn't|needs|wants|likes|hates|loves|gets|got|stays|stayed|"
                       r"comes|came|goes|went|lives|lived|visits|visited|sleeps|slept|hits|hit|from)\b")
# a word no list knows opening a note's sentence, then a verb or state of a person
# (read from the verb, which has a space before it: a regex that starts with a word is slow)
# (the word before it may open a quotation: "down to 'zainab was watching TV'")
VERB_OF_PERSON = re.compile(r" (?:was|is|has|had|said|says|upset|told|refused|wants|wanted)\b")
# a message's sender: "text from kaz:", "call from jo -"
# (read from " from ", then the word before it)
FROM_WORD = re.compile(r" from ([a-z][a-z'’-]{1,15})\b")
SENDER_BEFORE = re.compile(r"(?<![\w'’-])(?:text|txt|msg|message|call|voicemail|vm|email|snap|dm)$")
# a birth in brackets after a name: "Precious (born 12th March 2014)", "mo (dob 2/2/10)"
BORN_AFTER = re.compile(r"\((?:born|dob|d\.o\.b|b\.|b\s\d)")
# a family by its surname in the plural, where carers are spoken of: "her carers, the Dyers"
FAMILY_NAME = re.compile(r"the (([A-Za-z][a-z]{2,})s)(?![\w'’-])")
# what ends a family's name in lower case when its word is also an English word: a stop or a verb
# ("(the wheelers)", "the coopers agreed", "with the dyers, who"; not "the reasons for the timing",
# "on the days Mum cannot", "a visit to the days centre")
FAMILY_END = re.compile(r"\s*(?:[).,;:!?\n\x00]|$| (?:are|were|have|had|who|said|say|says|live|lived|and|&|\+|will|would|"
                        r"[a-z]+ed)\b)")
CARERS_BEFORE = re.compile(r"\b(?:carers?|placed|placement|staying|stays|foster|fostering|emergency|kinship|"
                           r"connected|sgo|respite|visits? to|visiting)\b[^.;\n]*$")
# kin after a lower-case name's "'s": "bishal's dad", "kai's mum"
POSS_KIN_AFTER = frozenset("mum dad mam nan nana gran grandad sister brother sis bro auntie aunty aunt uncle cousin "
                           "stepdad stepmum partner boyfriend girlfriend bf gf".split())
POSS_KIN_PATTERNS = tuple(re.compile(q + "s (?:" + "|".join(sorted(POSS_KIN_AFTER)) + r")\b") for q in ("'", "’"))
# two people and what they did together: "shaz + tel split up", "kez & jay were arrested"
COUPLE = re.compile(r"(?<![\w'’-])([a-z]{3,12}) [+&] ([a-z]{3,12}) (?:split|were|are|have|had|went|both|argued|"
                    r"fought|got|back|left|moved|seen|arrested|still|together|at|in)\b")
NOT_COUPLED = frozenset("kids kid chn sibs sib boys girls lads mates dog dogs cat cats baby twins".split())
# a word and an age in a list: "ruby 12, sonny 9"
AGED = re.compile(r"(?<![\w'’-])([a-z]{3,12}) \d{1,2}(?:\s?(?:yrs?|y/?o|m|mths))?(?![\w/.:-])")
# (the list's second item, read first: it is cheap, and most records have none)
AGED_SECOND = re.compile(r", [a-z]{3,12} \d")
AGED_AND = re.compile(r" and [a-z]{3,12} \d")
LIST_GAP = re.compile(r"(?:,| and| &|;) ")
# a lower-case word and one space before a surname found: "dawn atkinson"
GIVEN_BEFORE = re.compile(r"(?<![\w'’-])([a-z]{3,12}) $")
# kin after whom a note's shorthand follows as often as a name
# a capitalised word alone in brackets after a role: "coach (Smithy)", "carer (Bernadette)"
ROLE_BRACKETED_CAP = re.compile(r" \(([A-Z][a-z'’-]{2,15})\)")
# the ending of a pet form, which an English word may have too: "Smithy", "Tommo", "Gazza"
PET_FORM = re.compile(r"^[a-z]{3,6}(?:y|ie|o|za)$")
# a family by its surname in lower case: "discussed the nowak family"
LOWER_FAMILY = re.compile(r"\bthe ([a-z][a-z'’-]{2,15}) family\b")
NOT_A_FAMILY_NAME = frozenset("whole wider extended birth foster host adoptive blended same new other young large".split())
# an action list's item by its worker and a colon: "actions: - gemma: update chron - dean: confirm panel date"
ACTION_COLON = re.compile(r"(?:^|(?<=[\n\x00])|(?<=[-•*;] ))([a-z]{2,12}): (?:update|confirm|sign|ring|call|book|chase|send|"
                          r"arrange|complete|check|write|email|visit|contact|refer|liaise|follow|review|speak|share)\b")
PARENTS = frozenset("dad mum mam baby".split())
# kin's house by the name and an "s" with no apostrophe: "stay at grandad bills"
HOUSE_OF_KIN = re.compile(r" ([a-z]{2,12})s(?![\w'’-])")
NOT_A_HOUSE = frozenset("this his thus is was has does yes us its hers ours yours theirs always sometimes".split())
BABY_AFTER = frozenset("on in at is was has had born weighed seen now still asleep crying feeding and wt weight dob tbc due".split())
CHILD_LETTER = re.compile(r"\b(child|sibling|sib|yp) ([a-z1-9]) ?$")
BE_CALLED = re.compile(r" (?:be|being|is|was|now|one|lad|boy|girl|man|guy|bloke|someone|woman|fella) called "
                       r"['‘\"“]?([a-z][a-z'’-]{1,15})\b")   # "one called 'dex'"
ACTION_VERBS = ("bring|attend|take|complete|ring|call|visit|contact|send|arrange|see|speak|collect|provide|update|"
                "chase|book|share|liaise|make|agree|meet|drop|pick|sign|confirm|check|inform|weigh|do|write|request|"
                "review|refer|follow|email|text|phone")
# word-names that open "lovely to see", "good to hear": a feeling about it, no action point
EVALUATIVE = frozenset("lovely nice good great glad pleased sad happy hard lucky brave fair sunny".split())
# an action point's " to <verb>" (read alone: an optional word before it would slow the scan)
ACTION_VERB = re.compile(rf" to (?:{ACTION_VERBS})\b")
ACTION_TO = re.compile(rf"(?: also| then)? to (?:{ACTION_VERBS})\b")
# the same without a possessive's "'s": "aunty grace's house"
NAME_STARTING = re.compile(r"([a-z][a-z'’-]{1,15}?)(?:['’]s)?(?![\w'’-])")
