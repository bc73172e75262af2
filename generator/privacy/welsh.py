"""Sentences written in Welsh: "Mae Mam wedi dweud ei bod hi'n gobeithio bydd pethau'n well
eleni", "Dwi'n hoffi mynd i'r ysgol achos mae fy ffrindiau yna".

Welsh authorities keep bilingual records, and a child's words are quoted in the language she
spoke. To the name rules a Welsh sentence is a run of words no English list knows ("hoffi",
"ffrindiau", "wythnos") and of capitalised words that name lists hold ("Mae", "Haf",
"Seren"). So a sentence is read as Welsh when enough of its words are Welsh words that no
English sentence uses ("yn", "mae", "wedi", "gyda", "ddim" ...), and inside it only what a
Welsh sentence would show as a name is reported: a capitalised word within the sentence that
is no common Welsh word ("Gwelwyd y plant (Mabli a Cai)"), and a lower-case first name that
is no Welsh word ("gweld eira a sioned"). A sentence is Welsh by its grammar words, or by its
words of ``data/words_cy.txt``; so is a quote in an English sentence ('Nain said "mae o'n
hapus yno"'), and a short sentence beside a Welsh one.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import DATA, _items
from .tokens import lower_words, sentence_initial

# words of Welsh grammar that no English sentence holds (not "a", "i", "am", "ar", "o", "y")
FUNCTION = frozenset(
    "yn yr mae roedd oedd wedi gyda ydy ddim fy eu ein bod ac gan hefyd iawn bob dydd yna achos mewn ond neu "
    "nhw chi dwi dw rwy rydw rydyn fydd bydd cael gael yw hwn hon hyn sydd efo wrth rhaid dweud mynd gwneud "
    "plant plentyn ysgol hi'n dwi'n rwy'n sy'n i'r o'r a'r mae'r ydw ydyn oes nid nad pan fel ble beth pwy "
    "gyda'r efo'r yng ngh nghyd mynychu adolygu cytunwyd gwelwyd".split())
# common Welsh words that name lists hold, capitalised at a sentence's start or as days and
# months: "Mae", "Haf" (summer), "Seren" (star), "dydd Mawrth" (Tuesday)
COMMON = frozenset(
    "mae haf gaeaf gwanwyn hydref seren llun mawrth mercher iau gwener sadwrn sul ionawr chwefror ebrill mai "
    "mehefin gorffennaf awst medi tachwedd rhagfyr mam tad nain taid mamgu tadcu bampi nanna dad cariad "
    "diolch bore nos heddiw yfory ddoe".split())
SENTENCE = re.compile(r"[^.!?\n\x00]+")
# English grammar no Welsh sentence holds ("a", "i" and "am" are Welsh words too)
ENGLISH = frozenset("the and is was to of with he she they his her it this that for on be has have not".split())   # ("at" is Welsh too)
QUOTED = re.compile(r"[\"“]([^\"“”\n\x00]{2,120})[\"”]|(?<![\w])[‘']([^\"“”‘’'\n\x00]{2,80})[’'](?![\w])")
WORD = re.compile(r"[a-zâêîôûŵŷ'’]+")


@lru_cache(maxsize=1)
def welsh_words() -> frozenset[str]:
    """Welsh words no English list has (``data/words_cy.txt``), mutated forms too."""
    return frozenset(_items(DATA / "words_cy.txt"))


def stretches(low: str, words: set[str]) -> list[tuple[int, int]]:
    """The sentences of ``low`` written in Welsh: three of its words or more, and a quarter of
    them, are Welsh grammar (or two, and two in five: "Adolygu mewn chwe wythnos"). ``words`` gates it: most texts hold no such word.

    Texts joined by NULs (``scan_many``) are each gated by their own words, so that one text's
    Welsh words never make another's quote Welsh ("Eu não percebia nada" is Portuguese)."""
    if "\x00" in low and not _gate(low, words):
        return []
    if "\x00" in low:
        out: list[tuple[int, int]] = []
        start = 0
        for part in low.split("\x00"):
            out += [(s + start, e + start) for s, e in _stretches(part, lower_words(part))]
            start += len(part) + 1
        return out
    return _stretches(low, words)


def _gate(low: str, words: set[str]) -> bool:
    found = FUNCTION.intersection(words)
    lexical = welsh_words()
    return not (not found and len(lexical.intersection(words)) < 2
                or len(found) < 2 and ("yr" not in found or '"' not in low and "“" not in low) and len(lexical.intersection(words)) < 2)


def _stretches(low: str, words: set[str]) -> list[tuple[int, int]]:
    found = FUNCTION.intersection(words)
    lexical = welsh_words()
    if not found and len(lexical.intersection(words)) < 2 \
            or len(found) < 2 and ("yr" not in found or '"' not in low and "“" not in low) and len(lexical.intersection(words)) < 2:
        return []
    out: list[tuple[int, int]] = []
    sentences = []   # (start, end, Welsh, holds an English function word)
    for m in SENTENCE.finditer(low):
        toks = WORD.findall(m.group())
        welsh = sum(t.replace("’", "'") in FUNCTION for t in toks)
        english = not ENGLISH.isdisjoint(toks)
        # or three words or more, three in five of them Welsh words no English list has:
        # "nodyn: ffoniodd cymhorthydd yr ysgol, brathu plentyn arall"
        lex = sum(t.replace("’", "'") in lexical or t in FUNCTION for t in toks)
        sentences.append([m.start(), m.end(), welsh >= 3 and welsh * 4 >= len(toks) or welsh == 2 and welsh * 5 >= len(toks) * 2
                          or not english and len(toks) >= 3 and lex * 5 >= len(toks) * 3, english])
    # a short sentence beside a Welsh one, with no English grammar, is Welsh too: "... yn
    # iawn. dim pryderon. ymweliad nesaf ymhen 4 wythnos."
    changed = True
    while changed:
        changed = False
        for i, sent in enumerate(sentences):
            if sent[2] or sent[3]:
                continue
            near = [sentences[j] for j in (i - 1, i + 1) if 0 <= j < len(sentences)]
            if any(n[2] and "\x00" not in low[min(n[1], sent[1]):max(n[0], sent[0])] for n in near):
                sent[2] = changed = True
    out = [(s, e) for s, e, w, _ in sentences if w]
    # a Welsh phrase quoted in an English sentence: 'was "seren yr wythnos" in her class'
    # or a quote most of whose words are Welsh: '"mae o'n hapus yno, chwarae teg", and'
    for m in QUOTED.finditer(low):
        g = 1 if m.group(1) is not None else 2
        toks = WORD.findall(m.group(g))
        if not toks or not ENGLISH.isdisjoint(toks):
            continue
        lex = sum(t.replace("’", "'") in lexical or t in FUNCTION for t in toks)
        if not FUNCTION.isdisjoint(toks) and (len(toks) <= 8 or lex * 2 >= len(toks)) \
                or len(toks) >= 2 and lex * 5 >= len(toks) * 3:
            out.append((m.start(g), m.end(g)))
    return sorted(out)


def welsh_word(text: str, s: int, e: int, spans: list[tuple[int, int]], common_names) -> bool:
    """Whether a name's span is a Welsh word of a Welsh sentence: in lower case, a common
    Welsh word, or an opening word no first-name list holds."""
    if not any(a <= s and e <= b for a, b in spans):
        return False
    word = text[s:e]
    if word.islower():
        # a Welsh word, or one no first-name list holds; but "tomos", "sioned" are still names
        low = word.replace("’", "'")
        return low in FUNCTION or low in COMMON or low in welsh_words() or not common_names(low)
    if text.startswith(" wedi ", e):
        return False   # "Seren wedi cysgu fel babi": someone has slept
    if word.lower() in COMMON:
        return True
    return sentence_initial(text, s) and not common_names(word.lower())


def past_grammar_word(text: str, s: int, e: int, first_name) -> int:
    """A name's start past a Welsh grammar word the name rule took with it: "Gwelwyd Elis ar ei
    ben ei hun" (Elis was seen) names Elis, not "Gwelwyd Elis". ``first_name``: whether a
    word is a first name ("Bob Jones" keeps its "Bob")."""
    word, sep, _ = text[s:e].partition(" ")
    if sep and word.lower() in FUNCTION and not first_name(word.lower()):
        return s + len(word) + 1
    return s


# what may follow a Welsh label's words before its English one: "Enw / Name:", "Dyddiad geni /
# DOB:", "Enw'r plentyn / Child's name:" (a bilingual form of Wales, pasted into a note)
LABEL_REST = re.compile(r"(?:['’]r)?(?: [\w'’]+){0,2} / [A-Z]")
# an anonymised child in Welsh, as "Child A": "Plentyn A", "Person Ifanc B"
ANONYMISED = re.compile(r" [A-Z](?![\w'’])")
# a place's kind a word or two after a lower-case Welsh word: the word names the place
PLACE_AFTER = re.compile(r"(?: [\w'’]+){0,2} (?:centre|center|surgery|med|medical|health|school|hospital|practice|road|"
                         r"rd|street|st|lane|park|estate|close|ward|clinic)\b", re.IGNORECASE)


def form_label(text: str, s: int, e: int, names) -> bool:
    """Whether a name's span is a Welsh word of a bilingual form's label ("Enw / Name",
    "Crefydd / Religion") or the Welsh for an anonymised child ("Plentyn A"), or a Welsh word
    in lower case in an English sentence ("dont tell my dad where coleg is"); never a word a
    name list holds (``names``: whether it does)."""
    word = text[s:e].lower().replace("’", "'")
    base = word.removesuffix("'r")
    if base not in welsh_words() and base not in COMMON or names(base):
        return False
    if text[e:e + 2] in ("'s", "’s"):
        return False   # an English possessive: "went to ty's in torrisholme"
    if text[s:e].islower():
        # (not a word alone in quotes, a nickname's way: "calls himself 'dre'" is no Welsh town)
        quoted = text[s - 1:s] in ("'", "‘", '"', "“") and text[e:e + 1] in ("'", "’", '"', "”")
        return not quoted and not PLACE_AFTER.match(text, e)   # but "new gp = glan cynon med centre"
    return bool(LABEL_REST.match(text, e) or ANONYMISED.match(text, e))
