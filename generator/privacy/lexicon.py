"""Word lists behind the name rule, loaded once from ``data/``.

Every token the name rule looks at is classified by one dictionary lookup on its lower-case
form; the value is a bit set of the classes below.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

def _yaml_load(text: str):
    """PyYAML's C loader where it is built (it is in the wheels), else its Python one."""
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506 - a safe loader

DATA = Path(__file__).with_name("data")

# Token classes (bits).
FIRST = 1          # first name that is not an English word: a name in any casing
FIRST_SEMI = 2     # first name that is a rare English word: a name when capitalised
FIRST_AMB = 4      # first name that is a common English word: a name in context
SURNAME = 8        # surname that is not an English word
SURNAME_AMB = 16   # surname that is an English word (Baker, Green): a name in context
CAL = 32           # month, day, season or colour that is also a name: strong context only
TITLE = 64         # Mr, Mrs, Dr ...
ROLE = 128         # SW, TM, Mum, social worker ...
INTRO = 256        # named, called ...
SPEECH = 512       # said, told ...
PERSON_NOUN = 1024 # after a possessive: mum, school ...
DET = 2048         # the, a, his ...
VOCAB = 4096       # never a name
WIDE = 16384       # a name from the wider (non-UK) lists, or a rare English word: capitalised only

NAME = FIRST | FIRST_SEMI | FIRST_AMB | SURNAME | SURNAME_AMB | CAL
FIRSTS = FIRST | FIRST_SEMI | FIRST_AMB


# generic place words that cannot stand inside a place's name ("Agree with the school")
PLACE_BRIDGE_STOP = frozenset(
    "the a an our his her their its this that same other another each every any both of and for at in "
    "on to with new current previous former nearest nearby main open sure free play car".split()
)


def _items(path: Path) -> list[str]:
    out: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if "#" in line:
            line = line.split("#", 1)[0]
        line = line.strip()
        if line:
            out.append(line)
    return out


_COMMENT = re.compile(r"#[^\n]*")


def _words(path: Path) -> set[str]:
    """Every whitespace-separated word of a list file, comments left out (what ``_items``
    and ``split`` give, in two C-level passes: the long word lists load at every start)."""
    return set(_COMMENT.sub("", path.read_text(encoding="utf-8")).split())


@dataclass(frozen=True)
class Lexicon:
    classes: dict[str, int]
    words: frozenset[str]            # lower-case English words
    abbreviations: frozenset[str]    # exact case
    speech_pairs: frozenset[tuple[str, str]]
    place_generic: frozenset[str]
    allow_phrases: tuple[str, ...]
    intro_pairs: frozenset[tuple[str, ...]]   # "known as", "name is"
    rag_before: frozenset[str] = frozenset()
    rag_after: frozenset[str] = frozenset()
    person_before: frozenset[str] = frozenset()
    known_places: frozenset[str] = frozenset()   # countries, languages ...: not local places
    place_bridges: frozenset[str] = frozenset()  # lower-case generic words inside a place name
    calendar: frozenset[str] = frozenset()       # months, days and seasons
    towns: frozenset[str] = frozenset()          # UK towns and districts that are no English word
    word_towns: frozenset[str] = frozenset()     # UK towns that are English words: "Derby", "Reading"
    areas: frozenset[str] = frozenset()          # council areas named by a town: "Wrexham"
    place_words: frozenset[str] = frozenset()    # every one-word UK place, English words too: "Bow"

    def is_abbreviation(self, tok: str) -> bool:
        """'CAIT', 'HoS', 'IROs': written as the list writes it (or in capitals)."""
        a = self.abbreviations
        if tok in a or (tok.isupper() and tok in a):
            return True
        # a plural of capitals is an abbreviation's: "IROs", "SATs", "GCSEs"
        return len(tok) > 2 and tok[-1] == "s" and tok[:-1].isupper()

    def cls(self, token: str) -> int:
        return self.classes.get(token.lower(), 0)


# the gazetteers: the hand list of towns and districts, GeoNames' places (one name a line)
# and the districts GeoNames lacks; names of two words or more are ``gazetteer.py``'s
# words that are never names (``vocabulary.txt``: the sector's, by hand; ``everyday_words.txt``:
# the brands, shows, faiths' words and dialect of everyday life), and phrases that pass
VOCABULARY_FILES = ("vocabulary.txt", "everyday_words.txt")
# words of notes that no dictionary has and that are no name: the sector's (hand-kept) and
# informal ones (dialect, slang, medicines, loanwords; cut by scripts/informal_words_needed.py)
SECTOR_FILES = ("words_sector.txt", "words_informal.txt")


@lru_cache(maxsize=1)
def sector_words() -> frozenset[str]:
    """The lower-case words of ``SECTOR_FILES``."""
    return frozenset(" ".join(" ".join(_words(DATA / name)) for name in SECTOR_FILES
                              if (DATA / name).exists()).lower().split())
ALLOW_FILES = ("allow_phrases.txt", "everyday_phrases.txt")
GAZETTEER_FILES = ("places_gb.txt", "places_gb_districts.txt", "places_gb_neighbourhoods.txt", "places_gb_hospitals.txt")


def uk_place_words() -> set[str]:
    """UK towns and districts named by one word, lower case: ``places_uk.txt`` (several a
    line) and the one-word names of the gazetteers (``GAZETTEER_FILES``)."""
    out = {w.lower() for w in _words(DATA / "places_uk.txt")}
    for name in GAZETTEER_FILES:
        path = DATA / name
        if path.exists():
            out.update(w.lower().replace("’", "'") for w in _items(path) if " " not in w and "-" not in w)
    return out


# given names of communities the generated lists lack, cut by scripts/first_names_needed.py
COMMUNITY_NAMES = DATA / "names_first_communities.txt"


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    classes: dict[str, int] = {}

    def add(words, bit: int) -> None:
        for w in words:
            classes[w] = classes.get(w, 0) | bit

    for line in _items(DATA / "names_first.txt"):
        parts = line.split()
        add(parts[:1], FIRST | (WIDE if len(parts) > 1 else 0))   # 'w' or 'x': capitalised only
    communities = COMMUNITY_NAMES   # (scripts/first_names_needed.py rebuilds it)
    for line in _items(communities) if communities.exists() else ():
        add([line], FIRST)   # names of communities the generated lists lack ("harinder", "menna", "rach")
    for line in _items(DATA / "names_first_wordlike.txt"):
        name, flag = line.split()
        add([name], FIRST_SEMI if flag == "s" else FIRST_AMB)
    for line in _items(DATA / "names_surnames.txt"):
        parts = line.split()
        add(parts[:1], SURNAME | (WIDE if len(parts) > 1 else 0))
    for line in _items(DATA / "names_surnames_wordlike.txt"):
        add([line.split()[0]], SURNAME_AMB)

    ctx = _yaml_load((DATA / "context.yml").read_text(encoding="utf-8"))
    add(ctx["titles"], TITLE)
    add([r.split()[-1] for r in ctx["roles"]], ROLE)
    add([r for r in ctx["introducers"] if " " not in r], INTRO)
    intro_pairs = frozenset(tuple(r.split()) for r in ctx["introducers"] if len(r.split()) == 2)
    speech_pairs = set()
    for v in ctx["speech_verbs"]:
        parts = v.split()
        if len(parts) == 1:
            add(parts, SPEECH)
        else:
            speech_pairs.add((parts[0], parts[1]))
    add(ctx["person_nouns"], PERSON_NOUN)
    add(ctx["determiners"], DET)

    vocab = set().union(*(_words(DATA / name) for name in VOCABULARY_FILES))
    for w in vocab:
        classes[w] = (classes.get(w, 0) & ~NAME) | VOCAB
    for w in ctx["calendar"] + ctx.get("strong_context_names", []):
        if classes.get(w, 0) & NAME:
            classes[w] = (classes[w] & ~NAME) | CAL
        elif w in ctx["calendar"]:
            classes[w] = classes.get(w, 0) | VOCAB
    # role and title words are not names themselves ("Nurse", "Judge", "Sister")
    for w, c in list(classes.items()):
        if c & (ROLE | TITLE | DET) and c & NAME:
            classes[w] = c & ~NAME

    # "O’Neill" is looked up as written: every entry with a straight apostrophe has a curly twin
    for w, c in list(classes.items()):
        if "'" in w:
            classes.setdefault(w.replace("'", "’"), c)
    abbreviations = _words(DATA / "abbreviations.txt")
    words = _words(DATA / "words_en.txt")
    words = frozenset(words | {w.replace("'", "’") for w in words if "'" in w})
    allow = tuple(item for name in ALLOW_FILES for item in _items(DATA / name))
    generic = frozenset(w.lower() for w in _words(DATA / "place_generic.txt"))
    # places abroad (a family's country and towns) are known too: no local place
    known_places = frozenset(w.lower() for w in _words(DATA / "places_known.txt") | _words(DATA / "places_abroad.txt"))
    place_words = frozenset(uk_place_words()) - known_places
    towns = place_words - words
    return Lexicon(classes, words, frozenset(abbreviations), frozenset(speech_pairs), generic, allow, intro_pairs,
                   frozenset(ctx.get("rag_before", [])), frozenset(ctx.get("rag_after", [])),
                   frozenset(ctx.get("person_before", [])), known_places,
                   (generic - PLACE_BRIDGE_STOP) | {"children", "childrens", "children’s"},
                   frozenset(ctx["calendar"]), towns,
                   frozenset(_words(DATA / "places_uk_words.txt")) - frozenset(ctx["calendar"]) - known_places,
                   frozenset(_words(DATA / "places_uk_areas.txt")) - {"down", "borders"}, place_words)


# endings of an English word's inflections and prefixes of its derivations: "exposed to
# cuckooing", "no window restrictors", "the rehoming centre"
INFLECTIONS = ("ings", "ing", "ed", "es", "s", "ers", "er", "ors")
PREFIXES = ("re", "un", "de", "dis", "pre", "over", "under", "mis", "non")


def english_form(w: str, words: frozenset[str]) -> bool:
    """A lower-case word that is an English word of ``words`` with an ending or a prefix:
    "cuckooing", "restrictors", "stopping", "rehoming"; and with its "g" dropped ("sortin")."""
    if w.endswith("in") and (w + "g" in words or english_form(w + "g", words)):
        return True
    for pre in PREFIXES:
        if w.startswith(pre) and len(w) - len(pre) >= 4 and (w[len(pre):] in words or english_form(w[len(pre):], words)):
            return True
    for suf in INFLECTIONS:
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            stem = w[: -len(suf)]
            if stem in words or stem + "e" in words or stem[-1] == stem[-2] and stem[:-1] in words:
                return True
    return False


def phrase_pattern(phrases: list[str] | tuple[str, ...], flags: int = re.IGNORECASE) -> re.Pattern[str] | None:
    """One regex (case-insensitive unless ``flags`` says otherwise) matching any of the phrases
    on word boundaries, with any run of whitespace between words and either kind of apostrophe."""
    parts = []
    for p in sorted({" ".join(p.split()) for p in phrases if p.strip()}, key=len, reverse=True):
        words = [re.sub(r"['’]", "['’]", re.escape(w)) for w in p.split(" ")]
        parts.append(r"\s+".join(words))
    if not parts:
        return None
    return re.compile(r"(?<![\w])(?:" + "|".join(parts) + r")(?![\w])", flags)
