"""Which names of hand lists of given names should join the scanner's first names,
``generator/privacy/data/names_first_communities.txt``?

    .venv/bin/python scripts/first_names_needed.py LIST... [--clean DIR ...]

Each LIST holds one given name a line ("Harinder", "Menna", "Rach"), under '#' section lines;
a name that is also an English word carries " |word" ("Precious |word"). A name is kept, in
lower case and also without its accents ("Łukasz" as "lukasz"), when

- it is one word of three letters or more, and not marked as an English word;
- no list of the scanner knows the word yet: no name list, English word list (the large one
  too), everyday word, abbreviation, vocabulary, sector or informal word ("havin"), UK town
  or place abroad;
- with it in the file, no clean passage of the corpora under ``--clean`` (default
  ``tests/privacy_corpus`` and ``tests/privacy_open``) gains a finding that holds it
  (dialect and loanwords: "mair", "boab", "eira", "tika").

The file is rewritten with the kept names under its header; the names dropped for flagging
clean text are printed, so that a reviewer sees them. Names already in the file stay.
"""
from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from generator.privacy import lexicon  # noqa: E402
from generator.privacy.lexicon import DATA, _items, _words  # noqa: E402
from list_cuts import DEFAULT_CLEAN, clean_texts, gained_spans  # noqa: E402

OUT = lexicon.COMMUNITY_NAMES
HEADER = """\
# Given names of the communities UK children's services work with, and the short forms and
# pet names people are called by: Punjabi, Pakistani and Kashmiri, Bangladeshi, Gujarati,
# Tamil, Nepali; Somali, Eritrean and Ethiopian, Sudanese, Arabic, Kurdish, Afghan, Iranian,
# Albanian, Vietnamese, Nigerian, Ghanaian, Zimbabwean, Congolese, East African; Polish,
# Romanian, Baltic, Bulgarian, Czech and Slovak, Roma, Hungarian, Portuguese, Turkish, Greek,
# Chinese, Filipino, Thai; Welsh, Irish, Scottish; British short forms (Rach, Jas, Gaz, Macca).
# Written from general knowledge by helpers, one group of communities each, that read nothing
# of the detector; then cut by scripts/first_names_needed.py to names no other list of the
# scanner holds (no name list, English word, place, abbreviation) and that flag no clean
# passage of the corpora. A name here is a first name in any casing. Edit by hand only to
# remove a name; re-run the script to add. One name a line, lower case.
"""
SHAPE = re.compile(r"[^\W\d_](?:[^\W\d_]|['-])*[^\W\d_]")   # letters of any Latin alphabet: "gül", "łukasz"


def fold(name: str) -> str:
    """The name without its accents: "Łukasz" -> "lukasz" (ł has no decomposition)."""
    name = name.replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def candidates(paths: list[Path]) -> list[str]:
    lex = lexicon.load_lexicon()
    known = (set(_items(DATA / "words_en_large.txt")) | {w.lower() for w in _items(DATA / "everyday_words.txt")}
             | {w.lower() for w in _words(DATA / "abbreviations.txt")} | lexicon.sector_words())
    out: set[str] = set()
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            name, _, flag = line.split("#", 1)[0].partition("|")
            name = name.strip()
            if not name or "word" in flag:
                continue
            for low in {name.lower(), fold(name).lower()}:
                if len(low) < 3 or not SHAPE.fullmatch(low) or lex.classes.get(low, 0) or low in lex.words \
                        or low in known or low in lex.towns or low in lex.word_towns or low in lex.known_places \
                        or low in lex.areas:
                    continue
                out.add(low)
    return sorted(out)


def flagged_clean(names: list[str], clean: list[str]) -> set[str]:
    """The names that, in the file, are a word of a finding no clean passage had without them."""
    held = set(names)
    bad: set[str] = set()
    for span in gained_spans(clean, lambda: _write(names)):
        bad.update(w for w in re.split(r"[^a-z'-]+", span) if w in held)
    return bad


def _write(names: list[str]) -> None:
    OUT.write_text(HEADER + "".join(n + "\n" for n in names), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("lists", nargs="+", type=Path)
    ap.add_argument("--clean", nargs="*", type=Path, default=DEFAULT_CLEAN)
    args = ap.parse_args(argv)
    kept_before = list(_items(OUT)) if OUT.exists() else []
    if OUT.exists():
        OUT.unlink()   # the candidates are read against the lists without the file
        lexicon.load_lexicon.cache_clear()
    names = sorted(set(candidates(args.lists)) | set(kept_before))
    clean = clean_texts(args.clean)
    dropped: set[str] = set()
    for _ in range(3):   # a name dropped may have hidden another's finding
        if OUT.exists():
            OUT.unlink()
        bad = flagged_clean(names, clean)
        if not bad:
            break
        dropped |= bad
        names = [n for n in names if n not in bad]
    _write(names)
    print(f"{OUT.name}: {len(names)} names; dropped for flagging clean text: {len(dropped)}")
    for n in sorted(dropped):
        print("  dropped:", n)
    return 0


if __name__ == "__main__":
    sys.exit(main())
