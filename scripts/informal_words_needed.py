"""Which words of hand lists of informal words should the scanner know as no name,
``generator/privacy/data/words_informal.txt``?

    .venv/bin/python scripts/informal_words_needed.py LIST... [--labelled DIR ...]

Each LIST holds one lower-case word a line that case notes use and dictionaries miss: dialect
("yerselves", "hadnae"), slang and text-speak ("peng", "ngl"), medicines and products
("oramorph", "calpol"), children's words ("blankie"), words of families' languages ("cwtch",
"dupatta"). The lower-case unknown word rule reads such a word as a possible name; the file
makes it known, as ``words_sector.txt`` does. A word is kept when

- it is one token of three letters or more, in lower case;
- no list of the scanner knows it yet: no name list (a name here would hide a child's name),
  English word list, abbreviation, town or place abroad;
- no label of a name or a place in the corpora under ``--labelled`` (default
  ``tests/privacy_corpus`` and ``tests/privacy_open``) holds it as a word ("tia" in "tia-mai").

The kept words are written under the file's header; those dropped for a label are printed.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from generator.privacy import lexicon  # noqa: E402
from generator.privacy.lexicon import DATA, _items, _words  # noqa: E402
from list_cuts import DEFAULT_CLEAN  # noqa: E402
from privacy_recall import load_corpus  # noqa: E402

OUT = DATA / "words_informal.txt"
HEADER = """\
# Informal words of case notes that dictionaries miss, and that are no name: regional dialect
# and slang ("yerselves", "hadnae", "peng"), text-speak ("ngl"), medicines, feeds and products
# ("oramorph", "aptamil", "calpol"), children's words ("blankie"), words of families' languages
# quoted untranslated ("dupatta", "cwtch", "babcia"). Written from general knowledge by four
# helpers that read nothing of the detector, told to leave out anything used as a name or a
# place; then cut by scripts/informal_words_needed.py to words no list of the scanner holds
# and no name or place label of the corpora holds. Read with words_sector.txt: the lower-case
# unknown word and lower-case name rules take these words for words. One word a line.
"""
WORD = re.compile(r"[a-z][a-z'’-]*[a-z]")
NAME_KINDS = ("personal-name", "named-place", "street-address")


def candidates(paths: list[Path]) -> list[str]:
    lex = lexicon.load_lexicon()
    known = (set(_items(DATA / "words_en_large.txt")) | {w.lower() for w in _items(DATA / "everyday_words.txt")}
             | {w.lower() for w in _words(DATA / "abbreviations.txt")}
             | set(" ".join(_words(DATA / "words_sector.txt")).lower().split()))
    out: set[str] = set()
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            word = line.split("#", 1)[0].strip().lower()
            if len(word) < 3 or not WORD.fullmatch(word) or lex.classes.get(word, 0) or word in lex.words \
                    or word in known or word in lex.towns or word in lex.word_towns or word in lex.known_places \
                    or word in lex.areas:
                continue
            out.add(word)
    return sorted(out)


def labelled_words(dirs: list[Path]) -> set[str]:
    """Every lower-case word of a name, place or address label of the corpora."""
    out: set[str] = set()
    for d in dirs:
        for p in load_corpus(d):
            for kind, s, e in p.labels:
                if kind in NAME_KINDS:
                    out.update(re.findall(r"[a-z'’]+", p.text[s:e].lower()))   # "tia", "mai"
                    out.update(re.findall(r"[a-z'’-]+", p.text[s:e].lower()))  # and "tia-mai"
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("lists", nargs="+", type=Path)
    ap.add_argument("--labelled", nargs="*", type=Path, default=DEFAULT_CLEAN)
    args = ap.parse_args(argv)
    held = list(_items(OUT)) if OUT.exists() else []
    if OUT.exists():
        OUT.unlink()
        lexicon.load_lexicon.cache_clear()
    words = set(candidates(args.lists)) | set(held)
    named = labelled_words(args.labelled)
    dropped = sorted(words & named)
    kept = sorted(words - named)
    OUT.write_text(HEADER + "".join(w + "\n" for w in kept), encoding="utf-8")
    print(f"{OUT.name}: {len(kept)} words; dropped for a name or place label: {len(dropped)}")
    for w in dropped:
        print("  dropped:", w)
    return 0


if __name__ == "__main__":
    sys.exit(main())
