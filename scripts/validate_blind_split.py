"""Check the shape of a blind split a writer has made, without running the detector:

    .venv/bin/python scripts/validate_blind_split.py DIR

Each YAML file of DIR is a list of passages (``text``, ``labels``); every label's kind must be
one of the benchmark's and its text must occur in the passage (its ``occurrence``-th time), and
``clean.yml`` holds no labels. The writer of a split runs it (tests/privacy_blind/BRIEF.md);
it reads nothing of the detector, so running it keeps the writer blind.
"""
from __future__ import annotations

import sys
from pathlib import Path

import yaml

KINDS = {"personal-name", "named-place", "exact-date", "date-of-birth", "street-address", "postcode",
         "phone-number", "email", "nhs-number", "ni-number", "case-number"}


def problems(directory: Path) -> list[str]:
    out = []
    for f in sorted(directory.glob("*.yml")):
        for i, item in enumerate(yaml.safe_load(f.read_text(encoding="utf-8")) or []):
            text = item["text"]
            labels = item.get("labels") or []
            if f.name == "clean.yml" and labels:
                out.append(f"{f.name}#{i}: a clean passage has labels")
            for label in labels:
                if label.get("kind") not in KINDS:
                    out.append(f"{f.name}#{i}: unknown kind {label.get('kind')!r}")
                pos = -1
                for _ in range(int(label.get("occurrence", 1))):
                    pos = text.find(label["text"], pos + 1)
                    if pos < 0:
                        out.append(f"{f.name}#{i}: label {label['text']!r} does not occur that often")
                        break
    return out


def main(argv: list[str]) -> int:
    found = problems(Path(argv[0]))
    print("\n".join(found) if found else "OK")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
