"""Sentences written in Welsh: "Mae Mam wedi dweud ei bod hi'n gobeithio bydd pethau'n well
eleni", "Dwi'n hoffi mynd i'r ysgol achos mae fy ffrindiau yna".

Welsh authorities keep bilingual records, and a child's words are quoted in the language she
spoke. To the name rules a Welsh sentence is a run of words no English list knows ("hoffi",
"ffrindiau", "wythnos") and of capitalised words that name lists hold ("Mae", "Haf",
"Seren"). So a sentence is read as Welsh when enough of its words are Welsh words that no
English sentence uses ("yn", "mae", "wedi", "gyda", "ddim" ...), and inside it only what a
Welsh sentence would show as a name is reported: a capitalised word within the sentence that
is no common Welsh word ("Gwelwyd y plant (Mabli a Cai)"). A lower-case name in a Welsh
sentence is lost with it; Welsh text is short and rare beside the English around it.
"""
from __future__ import annotations

import re

from .tokens import sentence_initial

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
ENGLISH = frozenset("the and is was to of with he she they his her it this that for on at be has have not".split())
QUOTED = re.compile(r"[\"“‘']([^\"“”‘’'\n\x00]{2,80})[\"”’']")
WORD = re.compile(r"[a-zâêîôûŵŷ'’]+")


def stretches(low: str, words: set[str]) -> list[tuple[int, int]]:
    """The sentences of ``low`` written in Welsh: three of its words or more, and a quarter of
    them, are Welsh grammar (or two, and two in five: "Adolygu mewn chwe wythnos"). ``words`` gates it: most texts hold no such word."""
    found = FUNCTION.intersection(words)
    if not found or len(found) < 2 and ("yr" not in found or '"' not in low and "“" not in low):
        return []
    out: list[tuple[int, int]] = []
    sentences = []   # (start, end, Welsh, holds an English function word)
    for m in SENTENCE.finditer(low):
        toks = WORD.findall(m.group())
        welsh = sum(t.replace("’", "'") in FUNCTION for t in toks)
        sentences.append([m.start(), m.end(), welsh >= 3 and welsh * 4 >= len(toks) or welsh == 2 and welsh * 5 >= len(toks) * 2,
                          not ENGLISH.isdisjoint(toks)])
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
    for m in QUOTED.finditer(low):
        toks = WORD.findall(m.group(1))
        if 0 < len(toks) <= 8 and not FUNCTION.isdisjoint(toks) and ENGLISH.isdisjoint(toks):
            out.append((m.start(1), m.end(1)))
    return sorted(out)


def welsh_word(text: str, s: int, e: int, spans: list[tuple[int, int]], common_names) -> bool:
    """Whether a name's span is a Welsh word of a Welsh sentence: in lower case, a common
    Welsh word, or an opening word no first-name list holds."""
    if not any(a <= s and e <= b for a, b in spans):
        return False
    word = text[s:e]
    if word.islower():
        return True
    if text.startswith(" wedi ", e):
        return False   # "Seren wedi cysgu fel babi": someone has slept
    if word.lower() in COMMON:
        return True
    return sentence_initial(text, s) and not common_names(word.lower())
