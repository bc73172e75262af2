"""Lint settings from `site_config/lint.yml`: severity, enablement and options per rule."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..problems import ConfigError
from ..yamlsource import read_file
from .rule import REGISTRY, Rule

SEVERITIES = ("error", "warning", "off")


@dataclass
class RuleSetting:
    severity: str
    options: dict[str, Any]


@dataclass
class LintSettings:
    """The effective setting of every rule."""

    rules: dict[str, RuleSetting] = field(default_factory=dict)
    site_config: Path | None = None
    """The folder the settings came from; privacy word lists live beside them."""

    def of(self, rule_: Rule) -> RuleSetting:
        return self.rules.get(rule_.code) or RuleSetting(rule_.severity, dict(rule_.options))


def _protected(rule_: Rule) -> bool:
    """Privacy errors can be neither switched off nor lowered: nothing identifying is published."""
    return rule_.category == "privacy" and rule_.severity == "error"


def load_settings(path: Path) -> LintSettings:
    """Read lint settings; a missing file means the defaults. Raises ConfigError."""
    settings = LintSettings({code: RuleSetting(r.severity, dict(r.options)) for code, r in REGISTRY.items()},
                            site_config=path.parent)
    if not path.exists():
        return settings
    doc = read_file(path)
    errors = [f"{path}:{p.line}:{p.column}: {p.message}" for p in doc.problems]
    data = doc.data if isinstance(doc.data, dict) else {}
    if doc.data is not None and not isinstance(doc.data, dict):
        errors.append(f"{path}:1:1: expected a mapping with `rules:`")
    for key in data:
        if key != "rules":
            pos = doc.source_map.position((key,), key=True)
            errors.append(f"{path}:{pos.line}:{pos.column}: unknown key `{key}`; expected `rules`")
    for code, entry in (data.get("rules") or {}).items():
        pos = doc.source_map.position(("rules", code), key=True)
        where = f"{path}:{pos.line}:{pos.column}"
        rule_ = REGISTRY.get(code) or next((r for r in REGISTRY.values() if r.name == code), None)
        if rule_ is None:
            errors.append(f"{where}: no rule `{code}` (see `auditkb rules`)")
            continue
        if not isinstance(entry, dict):
            errors.append(f"{where}: expected a mapping such as {{severity: warning}}")
            continue
        current = settings.rules[rule_.code]
        for key, value in entry.items():
            if key == "severity":
                if value not in SEVERITIES:
                    errors.append(f"{where}: severity must be one of {', '.join(SEVERITIES)}")
                elif _protected(rule_) and value != "error":
                    errors.append(f"{where}: {rule_.code} is a privacy error and cannot be lowered or switched off")
                else:
                    current.severity = value
            elif key == "options":
                if not isinstance(value, dict):
                    errors.append(f"{where}: options must be a mapping")
                    continue
                for opt, val in value.items():
                    if opt not in rule_.options:
                        errors.append(f"{where}: {rule_.code} has no option `{opt}`"
                                      + (f"; it has {', '.join(rule_.options)}" if rule_.options else ""))
                    elif type(val) is not type(rule_.options[opt]) and not (
                            isinstance(val, (int, float)) and isinstance(rule_.options[opt], (int, float))):
                        errors.append(f"{where}: option `{opt}` should be like {rule_.options[opt]!r}")
                    else:
                        current.options[opt] = val
            else:
                errors.append(f"{where}: unknown key `{key}`; expected severity or options")
    if errors:
        raise ConfigError("lint settings cannot be used:\n" + "\n".join(errors))
    return settings
