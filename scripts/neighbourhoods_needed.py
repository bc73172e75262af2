"""Which names of hand lists of neighbourhoods, estates and local landmarks should join the
gazetteer, ``generator/privacy/data/places_gb_neighbourhoods.txt``?

    .venv/bin/python scripts/neighbourhoods_needed.py LIST... [--clean DIR ...]

Each LIST holds one name a line as locals write it ("Greater Leys", "Cargo Fleet Lane"),
grouped under '# Town' lines. A name is kept when

- no gazetteer, town list or list of places abroad holds it already;
- it is no everyday word or phrase (``everyday_*.txt``, ``allow_phrases.txt``, the vocabulary);
- alone, it is no English word and has four letters or more (a district that is a word,
  "Intake", "Flash", is read only with a site's own ``site_config/privacy/places.txt``);
- of two words or more, not all of its words are generic ("Town Centre", "Retail Park");
- with it in the gazetteer, no clean passage of the corpora under ``--clean`` (default
  ``tests/privacy_corpus`` and ``tests/privacy_open``) gains a finding that overlaps it.

The kept names are written to the data file, sorted, under its header; the names dropped for
flagging clean text are printed, so that a reviewer sees them.
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
from generator.privacy.lexicon import CAL, DATA, ROLE, TITLE, VOCAB, _items, _words  # noqa: E402
from list_cuts import DEFAULT_CLEAN, clean_texts, gained_spans  # noqa: E402

OUT = DATA / "places_gb_neighbourhoods.txt"
HOSPITALS_OUT = DATA / "places_gb_hospitals.txt"
HOSPITALS_HEADER = """\
# Hospitals, children's hospitals, maternity units, mental-health and CAMHS units and
# children's hospices of the UK, by their full names and the short names people use ("Alder
# Hey", "Stepping Hill", "Good Hope", "Jimmy's", "Pinderfields"). Written from general knowledge
# by two helpers that read neither the detector nor its corpora, then cut by
# scripts/neighbourhoods_needed.py --hospitals as the neighbourhoods are (names held already,
# everyday words, one-word English words, generic names, names that flagged a clean passage).
# Initials ("LGI", "QMC") are in hospital_initials.txt. One name a line, as written.
"""
HEADER = """\
# Neighbourhoods, estates, districts, streets known as areas, parks, piers and other local
# landmarks of the UK that the national gazetteer (places_gb.txt, places of 500 people or
# more) does not hold: "Greater Leys", "Cargo Fleet Lane", "Knowle West", "Revoe". Written
# from general knowledge by helpers that read neither the detector nor its corpora (the names
# are facts), then cut by scripts/neighbourhoods_needed.py: names already held, everyday
# words and phrases, one-word names that are English words, names made only of generic place
# words, and names that flagged a clean passage of the corpora are left out. Edit by hand only
# to remove a name; re-run the script to add. One name a line, as written.
"""
# words that name no particular place alone or together: "Town Centre", "Retail Park", "High Street"
GENERIC = frozenset(
    "the of and on upon in centre center park road street lane avenue estate station square market retail "
    "shopping bus railway rail town city civic leisure sports industrial business trading car north south east "
    "west upper lower high old new green village hall church school college hospital university beach pier "
    "promenade prom front sea harbour quay marina bridge common field fields recreation ground rec cemetery "
    "library pool baths stadium arena "
    # and of hospitals: "General Hospital", "Royal Infirmary", "Children's Hospital"
    "infirmary general district royal community memorial children's childrens women's maternity unit wing "
    "hospice county teaching clinic health mental care medical centre".split())


def existing() -> set[str]:
    """The names every list of places already holds, lower case."""
    held = set(lexicon.uk_place_words())
    for name in lexicon.GAZETTEER_FILES:
        path = DATA / name
        if path.exists() and path != OUT:
            held.update(line.lower() for line in _items(path))
    held.update(w.lower() for w in _words(DATA / "places_known.txt") | _words(DATA / "places_abroad.txt"))
    return held


def candidates(paths: list[Path]) -> list[str]:
    lex = lexicon.load_lexicon()
    held = existing()
    everyday = {p.lower() for p in lex.allow_phrases}
    out: dict[str, str] = {}
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            name = " ".join(line.split("#", 1)[0].split())
            if not name or not name[0].isupper():
                continue
            if name.lower().startswith("the "):
                name = name[4:]   # the gazetteer matches a name without its "the"
            low = name.lower()
            parts = [p for p in re.split(r"[ -]+", low) if p]
            if low in held or low in everyday or low in out or not parts:
                continue
            if len(parts) == 1:
                c = lex.classes.get(low, 0)
                if low in lex.words or len(low) < 4 or not low.isalpha() or c & (VOCAB | ROLE | TITLE | CAL):
                    continue
            elif all(p in GENERIC or p in lex.place_generic for p in parts):
                continue
            out[low] = name
    return sorted(out.values(), key=str.lower)


def flagged_clean(names: list[str], clean: list[str]) -> set[str]:
    """The names that, in the gazetteer, overlap a finding no clean passage had without them."""
    bad: set[str] = set()
    lows = {n.lower(): n for n in names}
    for span in gained_spans(clean, lambda: _write(names)):
        bad.update(n for low, n in lows.items() if low in span or span in low)
    return bad


def _write(names: list[str]) -> None:
    OUT.write_text(HEADER + "".join(n + "\n" for n in names), encoding="utf-8")


def _hospitals() -> None:
    """Write to the gazetteer of hospitals instead (``--hospitals``)."""
    global OUT, HEADER
    OUT, HEADER = HOSPITALS_OUT, HOSPITALS_HEADER


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("lists", nargs="+", type=Path)
    ap.add_argument("--clean", nargs="*", type=Path, default=DEFAULT_CLEAN)
    ap.add_argument("--hospitals", action="store_true", help="build places_gb_hospitals.txt from lists of hospitals")
    args = ap.parse_args(argv)
    if args.hospitals:
        _hospitals()
    kept_before = [line for line in _items(OUT)] if OUT.exists() else []
    if OUT.exists():
        OUT.unlink()   # measured against the gazetteer without the file
        lexicon.load_lexicon.cache_clear()
    names = sorted(set(candidates(args.lists)) | set(kept_before), key=str.lower)
    clean = clean_texts(args.clean)
    dropped: set[str] = set()
    for _ in range(3):   # a name dropped may have hidden another's finding
        if OUT.exists():
            OUT.unlink()
            lexicon.load_lexicon.cache_clear()
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
