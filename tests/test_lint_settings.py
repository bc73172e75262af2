"""Lint settings in site_config/lint.yml: severities, options, and what cannot be changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.lint import REGISTRY, load_settings
from generator.problems import ConfigError


def _settings(tmp_path: Path, text: str):
    path = tmp_path / "lint.yml"
    path.write_text(text, encoding="utf-8")
    return load_settings(path)


def test_defaults_without_a_file(tmp_path: Path) -> None:
    settings = load_settings(tmp_path / "missing.yml")
    assert settings.of(REGISTRY["K102"]).severity == "warning"
    assert settings.of(REGISTRY["C105"]).options == {"min_words": 8}


def test_severity_and_options_by_code_or_name(tmp_path: Path) -> None:
    settings = _settings(tmp_path, "rules:\n  K102: {severity: error}\n"
                                   "  disagreement-unexplained: {severity: off, options: {min_words: 20}}\n")
    assert settings.of(REGISTRY["K102"]).severity == "error"
    assert settings.of(REGISTRY["C105"]).severity == "off"
    assert settings.of(REGISTRY["C105"]).options["min_words"] == 20


@pytest.mark.parametrize("text, message", [
    ("rules:\n  K999: {severity: off}\n", "no rule `K999`"),
    ("rules:\n  K102: {severity: loud}\n", "severity must be one of"),
    ("rules:\n  C105: {options: {max_words: 3}}\n", "has no option `max_words`"),
    ("rules:\n  I103: {severity: warning}\n", "cannot be lowered"),
    ("rulez: {}\n", "unknown key `rulez`"),
    ("rules: [oops\n", "YAML syntax"),
])
def test_bad_settings_are_config_errors(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ConfigError) as err:
        _settings(tmp_path, text)
    assert message in str(err.value)
