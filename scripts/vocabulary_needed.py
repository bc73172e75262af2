"""Which entries of a hand list of everyday words does the privacy scan report today?

    .venv/bin/python scripts/vocabulary_needed.py LIST [--out PREFIX]

LIST holds one entry a line ("Sunny D", "Gogglebox", "kollel"), grouped under '# heading'
lines. Each entry is put into a few plain sentences ("mum said {} was fine", "went to {} with
mum" ...); an entry is needed when a name or place finding overlaps it in any of them. The
needed entries are sorted for the two data files of ``generator/privacy/data``:

- ``PREFIX.words``: single words on no name list and no gazetteer, for ``everyday_words.txt``
  (never a name, in any case);
- ``PREFIX.phrases``: entries of two words or more, for ``everyday_phrases.txt`` (they pass as
  a whole phrase only);
- ``PREFIX.skipped``: single words that are also a name or a town ("Dove", "Heinz"): left
  out, since passing them alone would pass the person or the place.

Review each file by eye before adding it: a nursery, a pub or a football club named after its
town ("Tiny Tots", "The Crown", "Hull City") is a local place, and stays out. Entries reviewed
and left out are listed in ``scripts/vocabulary_rejected.txt`` and skipped here.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from generator.privacy import PrivacyScanner  # noqa: E402
from generator.privacy.lexicon import NAME, load_lexicon, uk_place_words  # noqa: E402

CARRIERS = ("mum said {} was fine", "went to {} with mum", "{} every day after school",
            "he had {} for tea and watched it on TV", "at the {} on Saturday", "likes {}, plays out",
            "seen at home. {}. next visit 2 wks", "Dad and {} argued")
KINDS = ("personal-name", "named-place")
REJECTED = Path(__file__).with_name("vocabulary_rejected.txt")
WORD = re.compile(r"[A-Za-z'’-]+")


def needed(scanner: PrivacyScanner, entry: str) -> bool:
    for carrier in CARRIERS:
        text = carrier.format(entry)
        start = text.find(entry)
        if any(f.kind in KINDS and f.start < start + len(entry) and start < f.end for f in scanner.scan(text)):
            return True
    return False


def sort_entries(path: Path) -> dict[str, dict[str, list[str]]]:
    scanner, lex, uk = PrivacyScanner(), load_lexicon(), uk_place_words()
    rejected = {line.strip().lower() for line in REJECTED.read_text(encoding="utf-8").splitlines()
                if line.strip() and not line.startswith("#")}
    out: dict[str, dict[str, list[str]]] = {"words": {}, "phrases": {}, "skipped": {}}
    heading = "# (no heading)"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            heading = line
            continue
        entry = line.split("#", 1)[0].strip()
        if not entry or entry.lower() in rejected or not needed(scanner, entry):
            continue
        if " " in entry or not WORD.fullmatch(entry):
            kind = "phrases"
        else:
            low = entry.lower()
            kind = "skipped" if lex.classes.get(low, 0) & NAME or low in uk or low in lex.towns else "words"
            entry = low if kind == "words" else entry
        out[kind].setdefault(heading, []).append(entry)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("list", type=Path)
    ap.add_argument("--out", default=None, help="prefix of the three output files (default: the list's path)")
    args = ap.parse_args(argv)
    prefix = args.out or str(args.list.with_suffix(""))
    for kind, groups in sort_entries(args.list).items():
        lines = [line for heading, entries in groups.items() for line in (heading, *entries)]
        Path(f"{prefix}.{kind}").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{prefix}.{kind}: {sum(len(e) for e in groups.values())} entries")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
