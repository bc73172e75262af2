"""No input, however broken, makes the loader or the linter raise."""

from __future__ import annotations

import random
from pathlib import Path

from generator.lint import lint_paths, load_settings

ROOT = Path(__file__).resolve().parents[1]
JUNK = ["\x00", "\t", ":", "- ", "{", "}", "[", "]", "&a ", "*a", "!!python/object ", "'", '"', "\n", "? ",
        "%YAML 1.1\n", "---\n", "\ufeff", "\x85", "é", "\ud800", "yes", "4.10", "~", "|", ">"]


def test_mutated_samples_never_raise(tmp_path: Path, framework) -> None:
    sample = (ROOT / "audits" / "2025" / "DDA-2025-003.yml").read_text(encoding="utf-8")
    rng = random.Random(20261126)
    folder = tmp_path / "audits" / "2026"
    folder.mkdir(parents=True)
    for i in range(150):
        text = list(sample)
        for _ in range(rng.randint(1, 12)):
            at = rng.randrange(len(text))
            action = rng.random()
            if action < 0.4:
                del text[at:at + rng.randint(1, 40)]
            elif action < 0.8:
                text.insert(at, rng.choice(JUNK))
            else:
                text[at:at] = text[rng.randrange(len(text)):][:rng.randint(1, 80)]
        data = "".join(text).encode("utf-8", errors="surrogatepass")
        (folder / f"DDA-2026-{i + 1:03d}.yml").write_bytes(data)
    result = lint_paths([tmp_path / "audits"], tmp_path, framework, load_settings(tmp_path / "none.yml"))
    assert len(result.records) == 150
    assert result.errors > 0
