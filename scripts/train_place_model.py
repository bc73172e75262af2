"""Train the place classifier (generator/privacy/placemodel.py) on the tuning corpus.

    .venv/bin/python scripts/train_place_model.py [--corpus DIR] [--output FILE] [--holdout SPLIT]

Every run of capitalised words in a passage of ``tests/privacy_corpus/`` is one example: a
place ("P") when it overlaps a named-place label, other ("O") otherwise; runs that rules
claim are examples too, so the model learns what places look like, not only what the rules
miss. The hand-written hard cases of the rule tests and the P101 lint fixtures are examples
as well (``train_name_model.hard_cases`` with ``PLACE_RULE_TESTS``). With ``--holdout SPLIT`` that corpus split is left
out, so what the model adds can be measured on it. Development time only.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for p in (ROOT, ROOT / "scripts"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

from generator.privacy import placemodel  # noqa: E402
from generator.privacy.placemodel import MODEL_PATH, runs  # noqa: E402
from generator.privacy.scanner import PrivacyScanner  # noqa: E402
from generator.privacy.tokens import cap_tokens  # noqa: E402
from train_name_model import RULE_TESTS, hard_cases, load_corpus  # noqa: E402

# the name model's hard cases and the rule tests of places and of words that are no place
PLACE_RULE_TESTS = RULE_TESTS + (
    ("test_privacy_kinds", "FIRES", "PASSES"),
    ("test_privacy_openers", "FIRES", "QUIET"),
    ("test_privacy_redteam_i", "FIRES", "QUIET"),
    ("test_privacy_gazetteer", "FIRES", "QUIET"),
    ("test_privacy_ordinary_audits", "FIRES_J", "QUIET_J"),
    ("test_privacy_ordinary_audits", "FIRES_K", "QUIET_K"),
    ("test_privacy_propernoun", "FIRES", "QUIET"),
    ("test_privacy_everyday", "FIRES", "QUIET"),
)
PARAMS = {"c1": 0.1, "c2": 0.05, "max_iterations": 300}


def examples(passages: list) -> tuple[list[list[str]], list[str]]:
    model = PrivacyScanner(place_model_path=None).places_model
    xs, ys = [], []
    for p in passages:
        places = [(s, e) for kind, s, e in p.labels if kind == "named-place"]
        text = p.text.replace("_", " ")   # as the scanner reads file names (scanner._spans)
        caps = cap_tokens(text)
        for run in runs(text, caps):
            if not model.asked(text, run):
                continue
            s, e = run[0].start, run[-1].end
            xs.append(model.features(text, run))
            ys.append("P" if any(a < e and s < b for a, b in places) else "O")
    return xs, ys


def train(passages: list, output: Path) -> tuple[int, int]:
    import pycrfsuite
    xs, ys = examples(passages)
    trainer = pycrfsuite.Trainer(verbose=False)
    for x, y in zip(xs, ys):
        trainer.append([x], [y])
    trainer.set_params(PARAMS)
    output.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(output))
    return len(ys), ys.count("P")


def main(argv: list[str] | None = None) -> int:
    # the rule tests that hard_cases reads build scanners: they must not need the model yet
    placemodel.ENABLE_PLACE_MODEL = False
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=ROOT / "tests" / "privacy_corpus")
    ap.add_argument("--output", type=Path, default=MODEL_PATH)
    ap.add_argument("--holdout", help="a split of the corpus to leave out")
    args = ap.parse_args(argv)
    passages = [p for p in load_corpus(args.corpus) if p.split != args.holdout] + hard_cases(PLACE_RULE_TESTS)
    n, places = train(passages, args.output)
    print(f"{args.output}: trained on {n} runs of capitalised words in {len(passages)} passages ({places} places)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
