"""Development-time builder for the name and word lists in ``data/``.

Not imported at run time. Run it when the hand-compiled lists change or to refresh the
generated ones::

    python -m generator.privacy.build_lexicons --faker DIR --dict DIR

``--faker`` is a directory holding an unpacked Faker wheel (MIT licence; only its person
name lists are read); ``--dict`` holds Debian's ``british-english-small``,
``british-english`` and ``british-english-large`` word lists (SCOWL, permissive licence; package ``wbritish``). The
outputs are plain text files, one lower-case entry a line, so the scanner needs neither
package at run time:

- ``names_first.txt``: first names that are not English words (fire in any casing);
- ``names_first_wordlike.txt``: first names that are also English words, each followed by
  ``a`` (a common word: needs context) or ``s`` (a rare word: fires when capitalised);
- ``names_surnames.txt`` / ``names_surnames_wordlike.txt``: the same split for surnames;
- ``words_en.txt``: lower-case English words, to tell ordinary words from unknown tokens;
- ``words_en_large.txt``: the lower-case words of ``british-english-large`` that are neither in
  ``words_en.txt`` nor on a name list: rarer English words, which the unknown proper noun rule
  (``propernoun.py``) also counts as known. ``--words-only`` rebuilds it alone, from the
  committed name lists, without Faker.
"""
from __future__ import annotations

import argparse
import importlib
import re
import sys
import unicodedata
from pathlib import Path

DATA = Path(__file__).with_name("data")
# words of faith and dress that the English lists lack but that are also names: lower-case
# "his kara" is a Sikh bangle, so these are word-like names (see names_rare_words.txt)
# and clippings of notes that no dictionary holds: "global dev delay"
LOANWORDS = frozenset({"kara", "dev"})

# Faker locales that cover the UK's main communities (see the module docstring).
FIRST_LOCALES = (
    "en en_GB en_IE en_NZ en_US en_IN en_PK en_NG ha_NG ig_NG yo_NG tw_GH en_KE sw zu_ZA "
    "pl_PL ro_RO cs_CZ sk_SK lt_LT lv_LV hu_HU hr_HR sl_SI tr_TR fr_DZ pt_PT pt_BR es_ES "
    "it_IT fr_FR de_DE vi_VN zh_CN"
).split()
CORE_LOCALES = "en en_GB en_IE en_NZ en_US".split()
SURNAME_LOCALES = (
    "en en_GB en_IE en_US en_IN en_PK en_NG ha_NG ig_NG yo_NG tw_GH en_KE sw zu_ZA pl_PL "
    "ro_RO cs_CZ sk_SK lt_LT lv_LV hu_HU hr_HR tr_TR fr_DZ pt_PT es_ES it_IT vi_VN zh_CN"
).split()

TOKEN = re.compile(r"^[^\W\d_]+(?:['’][^\W\d_]+)*$")


def fold(word: str) -> str:
    """Strip diacritics: 'Łukasz' -> 'lukasz'."""
    word = word.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def parts(raw: str) -> set[str]:
    """Lower-case tokens of a name as the scanner's tokeniser would see them."""
    out: set[str] = set()
    for piece in re.split(r"[\s\-]+", raw.strip()):
        piece = piece.strip("'’.")
        if piece and TOKEN.match(piece):
            low = piece.lower()
            out.add(low)
            out.add(fold(low))
    return out


def read_list(path: Path) -> set[str]:
    out: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0]
        for item in line.split():
            out |= parts(item)
    return out


def faker_names(faker_dir: Path, locales: list[str], kind: str) -> set[str]:
    sys.path.insert(0, str(faker_dir))
    out: set[str] = set()
    for loc in locales:
        prov = importlib.import_module(f"faker.providers.person.{loc}").Provider
        for attr in dir(prov):
            if "format" in attr:
                continue
            if kind == "first" and not (attr.startswith("first_name") or attr == "first_romanized_names"):
                continue
            if kind == "last" and not (attr.startswith("last_name") or attr == "last_romanized_names"):
                continue
            value = getattr(prov, attr)
            if isinstance(value, (list, tuple, dict)):
                for item in value:
                    if isinstance(item, str):
                        out |= parts(item)
    return out


def dict_words(path: Path) -> set[str]:
    return {w for w in path.read_text(encoding="utf-8").split() if w.isalpha() and w.islower()}


def write(name: str, lines: list[str], header: str) -> None:
    text = "".join(f"# {h}\n" for h in header.strip().splitlines()) + "\n".join(lines) + "\n"
    (DATA / name).write_text(text, encoding="utf-8")
    print(f"{name}: {len(lines)} entries")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--faker", type=Path)
    ap.add_argument("--dict", type=Path, default=Path("/usr/share/dict"))
    ap.add_argument("--words-only", action="store_true", help="rebuild words_en_large.txt alone")
    args = ap.parse_args(argv)
    if args.words_only:
        write_large_words(args.dict)
        return
    if args.faker is None:
        ap.error("--faker is required unless --words-only")

    small = dict_words(args.dict / "british-english-small")
    medium = dict_words(args.dict / "british-english")
    large = dict_words(args.dict / "british-english-large")
    curated = read_list(DATA / "first_names_extra.txt") | read_list(DATA / "surnames_extra.txt")
    rare = read_list(DATA / "names_rare_words.txt")

    first_core = faker_names(args.faker, CORE_LOCALES, "first") | read_list(DATA / "first_names_extra.txt")
    last_core = faker_names(args.faker, CORE_LOCALES, "last") | read_list(DATA / "surnames_extra.txt")
    first = faker_names(args.faker, FIRST_LOCALES, "first") | first_core
    last = faker_names(args.faker, SURNAME_LOCALES, "last") | last_core
    first = {n for n in first if len(n) >= 3 or n in rare}
    last = {n for n in last if len(n) >= 2}

    def split(names: set[str], core: set[str]) -> tuple[list[str], list[str]]:
        strong, wordlike = [], []
        for n in sorted(names):
            if n in small or n in medium or n in LOANWORDS:
                wordlike.append(f"{n} {'s' if n in rare else 'a'}")
            elif len(n) <= 2:
                wordlike.append(f"{n} s")
            else:
                flags = ("" if n in core else "w") + ("x" if n in large and n not in curated else "")
                strong.append(f"{n} {flags}" if flags else n)
        return strong, wordlike

    gen = "Generated by build_lexicons.py from Faker's person lists (MIT) and the hand lists here."
    fs, fw = split(first, first_core)
    ls, lw = split(last - first, last_core)
    write("names_first.txt", fs, gen + "\nFirst names that are not English words.")
    write("names_first_wordlike.txt", fw, gen + "\nFirst names that are English words: a = common word, s = rare word.")
    write("names_surnames.txt", ls, gen + "\nSurnames (not also first names) that are not English words.")
    write("names_surnames_wordlike.txt", lw, gen + "\nSurnames that are English words: a = common, s = rare.")
    write("words_en.txt", sorted(medium), "Generated by build_lexicons.py from Debian's wbritish (SCOWL).\nLower-case English words.")
    write_large_words(args.dict)


def write_large_words(dict_dir: Path) -> None:
    """``words_en_large.txt``: british-english-large's lower-case words that are in neither
    ``words_en.txt`` nor a name list (the names stay unknown to the proper noun rule)."""
    medium = dict_words(dict_dir / "british-english")
    large = dict_words(dict_dir / "british-english-large")
    names: set[str] = set()
    for name in ("names_first.txt", "names_first_wordlike.txt", "names_surnames.txt",
                 "names_surnames_wordlike.txt", "first_names_extra.txt", "surnames_extra.txt"):
        names |= {w.lower() for line in (DATA / name).read_text(encoding="utf-8").splitlines()
                  for w in line.split("#", 1)[0].split()}
    extra = sorted(large - medium - names)
    write("words_en_large.txt", extra,
          "Generated by build_lexicons.py --words-only from Debian's wbritish british-english-large\n"
          "(SCOWL, permissive licence): lower-case words in neither words_en.txt nor a name list.")


if __name__ == "__main__":
    main()
