"""The site's local lists: ``site_config/privacy/allow.yml`` and ``deny.yml``.

allow.yml::

    terms:                      # local names that must pass: projects, teams, services
      - Hope House Project

deny.yml::

    terms:                      # matched case-insensitively on word boundaries
      - Larkspur Fields Estate  # reported as local-term
      - {term: Quarry Lane, kind: street-address}   # or as the kind named
    name_hashes:                # sha256 hex of the lower-cased, whitespace-collapsed name
      - 5f4dcc3b...
    name_hash_max_words: 3      # optional: longest hashed name, in words (default 3)

Both files are optional, and so is every key. Anything else raises PrivacyConfigError.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

def _yaml_load(text: str):
    """PyYAML's C loader where it is built (it is in the wheels), else its Python one."""
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506 - a safe loader

from .findings import KINDS

_HEX64 = re.compile(r"^[0-9a-f]{64}$")


class PrivacyConfigError(ValueError):
    """Raised when allow.yml or deny.yml is malformed, or the name classifier cannot load."""


@dataclass(frozen=True)
class DenyTerm:
    term: str
    kind: str = "local-term"


@dataclass(frozen=True)
class SiteLists:
    """The site's additions to the built-in lists."""

    allow: tuple[str, ...] = ()
    deny: tuple[DenyTerm, ...] = ()
    name_hashes: frozenset[bytes] = field(default_factory=frozenset)
    name_hash_max_words: int = 3


def _read(path: Path) -> dict:
    if not path.is_file():
        return {}
    try:
        data = _yaml_load(path.read_text(encoding="utf-8"))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise PrivacyConfigError(f"{path}: not valid YAML{where}: {exc.problem}") from None
    except (yaml.YAMLError, UnicodeDecodeError, OSError) as exc:
        raise PrivacyConfigError(f"{path}: cannot be read: {type(exc).__name__}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise PrivacyConfigError(f"{path}: expected a mapping with keys such as 'terms', got {type(data).__name__}")
    return data


def _check_keys(path: Path, data: dict, allowed: set[str]) -> None:
    unknown = sorted(str(k) for k in data if k not in allowed)
    if unknown:
        raise PrivacyConfigError(f"{path}: unknown key(s) {', '.join(unknown)}; expected {', '.join(sorted(allowed))}")


def _list(path: Path, data: dict, key: str) -> list:
    value = data.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise PrivacyConfigError(f"{path}: '{key}' must be a list, got {type(value).__name__}")
    return value


def _term(path: Path, key: str, i: int, item) -> str:
    if not isinstance(item, str) or not item.strip():
        raise PrivacyConfigError(f"{path}: {key}[{i}] must be a non-empty string")
    return " ".join(item.split())


def _places(path: Path) -> list[DenyTerm]:
    """``places.txt``: the authority's own places, one name a line ('#' starts a comment), as a
    column pasted from a register of schools, surgeries or homes; each is a named place."""
    if not path.is_file():
        return []
    try:
        text = path.read_text(encoding="utf-8")
    except (UnicodeDecodeError, OSError) as exc:
        raise PrivacyConfigError(f"{path}: cannot be read: {type(exc).__name__}; save it as UTF-8 text") from None
    out = []
    for line in text.splitlines():
        name = " ".join(line.split("#", 1)[0].split())
        if name:
            out.append(DenyTerm(name, "named-place"))
    return out


def load_site_lists(config_dir: Path) -> SiteLists:
    """Read ``<config_dir>/privacy/{allow,deny}.yml`` and ``places.txt``; missing files are empty."""
    base = Path(config_dir) / "privacy"
    allow_path, deny_path = base / "allow.yml", base / "deny.yml"

    allow_data = _read(allow_path)
    _check_keys(allow_path, allow_data, {"terms"})
    allow = tuple(_term(allow_path, "terms", i, t) for i, t in enumerate(_list(allow_path, allow_data, "terms")))

    deny_data = _read(deny_path)
    _check_keys(deny_path, deny_data, {"terms", "name_hashes", "name_hash_max_words"})
    deny: list[DenyTerm] = []
    for i, item in enumerate(_list(deny_path, deny_data, "terms")):
        if isinstance(item, dict):
            extra = set(item) - {"term", "kind"}
            if extra:
                raise PrivacyConfigError(f"{deny_path}: terms[{i}] has unknown key(s) {', '.join(sorted(map(str, extra)))}")
            kind = item.get("kind", "local-term")
            if kind not in KINDS:
                raise PrivacyConfigError(f"{deny_path}: terms[{i}] kind '{kind}' is not one of {', '.join(KINDS)}")
            deny.append(DenyTerm(_term(deny_path, "terms", i, item.get("term")), kind))
        else:
            deny.append(DenyTerm(_term(deny_path, "terms", i, item)))

    hashes = set()
    for i, item in enumerate(_list(deny_path, deny_data, "name_hashes")):
        value = item.strip().lower() if isinstance(item, str) else None
        if value is None or not _HEX64.match(value):
            raise PrivacyConfigError(f"{deny_path}: name_hashes[{i}] must be a sha256 hex digest (64 hex characters)")
        hashes.add(bytes.fromhex(value))

    max_words = deny_data.get("name_hash_max_words", 3)
    if not isinstance(max_words, int) or isinstance(max_words, bool) or not 1 <= max_words <= 6:
        raise PrivacyConfigError(f"{deny_path}: name_hash_max_words must be a whole number from 1 to 6")

    known = {d.term.lower() for d in deny}
    for place in _places(base / "places.txt"):
        if place.term.lower() not in known:   # deny.yml's own entry keeps its kind
            known.add(place.term.lower())
            deny.append(place)
    return SiteLists(allow, tuple(deny), frozenset(hashes), max_words)
