"""Train the word-like name classifier (generator/privacy/namemodel.py) on the tuning corpus.

    .venv/bin/python scripts/train_name_model.py [--corpus DIR] [--output FILE] [--holdout SPLIT]

Every occurrence of a word-like name in a passage of ``tests/privacy_corpus/`` is one example:
a name ("N") when it overlaps a personal-name label, a word ("O") otherwise. The hand-written
hard cases of the rule tests are examples too (``hard_cases``: the sentences that must fire or
stay quiet in tests/privacy and the P101 lint fixtures), so the model agrees with the decisions
the project has written down ("Grace periods", "Faith and Hope Trust"). With
``--holdout SPLIT`` that corpus split is left out, so what the model adds can be measured on
it. Development time only: the site build never trains.
"""
from __future__ import annotations

import argparse
import importlib.util
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from generator.privacy.lexicon import load_lexicon  # noqa: E402
from generator.privacy.namemodel import MODEL_PATH, NameModel  # noqa: E402
from generator.privacy.tokens import lower_words  # noqa: E402

# L1 and L2 penalties: enough to keep the model from learning single passages by heart
PARAMS = {"c1": 0.05, "c2": 0.05, "max_iterations": 200}


def load_corpus(corpus: Path) -> list:
    spec = importlib.util.spec_from_file_location("privacy_recall", ROOT / "benchmarks" / "privacy_recall.py")
    bench = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("privacy_recall", bench)
    spec.loader.exec_module(bench)
    return bench.load_corpus(corpus)


@dataclass
class Example:
    """A passage as the corpus loader gives it: text and (kind, start, end) labels."""

    text: str
    labels: list[tuple[str, int, int]]
    split: str = "hard-cases"


# the rule tests whose module-level lists are hard cases: (module, list of fires, list of quiet)
RULE_TESTS = (
    ("test_privacy_patterns", "FIRES", "PASSES"),
    ("test_privacy_slots", "FIRES", "QUIET"),
    ("test_privacy_redteam_c", "FIRES", "PASSES"),
    ("test_privacy_redteam_m", "FIRES", "QUIET"),
    ("test_privacy_redteam_n", "FIRES", "QUIET"),
    ("test_privacy_redteam_o", "FIRES", "QUIET"),
    ("test_privacy_redteam_p", "FIRES", "QUIET"),
    ("test_privacy_redteam_q", "FIRES", "QUIET"),
    ("test_privacy_redteam_r", "FIRES", "QUIET"),
)
FIXTURE_SPAN = re.compile(r"^(\w+): error P101 .*\(characters (\d+)-(\d+)\)")


def hard_cases(rule_tests=RULE_TESTS) -> list[Example]:
    """The sentences of ``rule_tests`` ((module, list of fires, list of quiet) in tests/privacy:
    a fire is (kind, text, span), or (text, span) for a named place) and the P101 fixtures."""
    out: list[Example] = []
    tests = str(ROOT / "tests" / "privacy")
    if tests not in sys.path:
        sys.path.append(tests)   # the rule tests import their helper (tests/privacy/scanning.py)
    for name, fires, quiet in rule_tests:
        spec = importlib.util.spec_from_file_location(name, ROOT / "tests" / "privacy" / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        for case in getattr(module, fires):
            kind, text, span = case if len(case) == 3 else ("named-place", *case)
            start = text.find(span)
            out.append(Example(text, [(kind, start, start + len(span))]))
        out.extend(Example(text, []) for text in getattr(module, quiet))
    fixtures = yaml.safe_load((ROOT / "tests" / "lint_fixtures" / "P101.yml").read_text(encoding="utf-8"))
    for case in fixtures["cases"]:
        for field, text in (case.get("set") or {}).items():
            if not isinstance(text, str):
                continue
            spans = [m.groups() for m in map(FIXTURE_SPAN.match, case.get("expect") or []) if m]
            out.append(Example(text, [("personal-name", int(a), int(b)) for f, a, b in spans if f == field]))
    return out


def examples(model: NameModel, passages: list) -> tuple[list[list[str]], list[str]]:
    xs, ys = [], []
    for p in passages:
        names = [(s, e) for kind, s, e in p.labels if kind == "personal-name"]
        text = p.text.replace("_", " ")   # as the scanner reads file names (scanner._spans)
        low = text.lower()
        for s, e in model.candidates(text, low, lower_words(low)):
            xs.append(model.features(text, s, e))
            ys.append("N" if any(a < e and s < b for a, b in names) else "O")
    return xs, ys


def train(passages: list, output: Path) -> tuple[int, int]:
    import pycrfsuite
    model = NameModel(load_lexicon(), model_path=None)
    xs, ys = examples(model, passages)
    trainer = pycrfsuite.Trainer(verbose=False)
    for x, y in zip(xs, ys):
        trainer.append([x], [y])
    trainer.set_params(PARAMS)
    output.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(output))
    return len(ys), ys.count("N")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=ROOT / "tests" / "privacy_corpus")
    ap.add_argument("--output", type=Path, default=MODEL_PATH)
    ap.add_argument("--holdout", help="a split of the corpus to leave out")
    args = ap.parse_args(argv)
    passages = [p for p in load_corpus(args.corpus) if p.split != args.holdout] + hard_cases()
    n, names = train(passages, args.output)
    print(f"{args.output}: trained on {n} occurrences of word-like names in {len(passages)} passages ({names} names)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
