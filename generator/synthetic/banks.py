"""The sentence banks behind synthetic records, and how a record's words fill them.

The banks are data (`data/case.yml`, `data/areas.yml`): sentences in the register of the
sample audits, with placeholders such as `$child` and `$parent` that each record fills
from its `Voice`. An entry is a string or `{when: ..., text: ...}`; `when` holds
space-separated conditions that must all hold, each a tag (a case type, its CP category
or legal status, an age group or an age band) or alternatives joined with `|`. An entry's
`topic` (space-separated) keeps two sentences on the same subject out of one analysis.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from string import Template
from typing import Any

import yaml

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@lru_cache(maxsize=None)
def bank(name: str) -> dict[str, Any]:
    """One data file of the banks (`case` or `areas`), parsed once."""
    text = resources.files("generator.synthetic").joinpath(f"data/{name}.yml").read_text(encoding="utf-8")
    return yaml.load(text, Loader=_Loader)


@dataclass
class Voice:
    """How one record's prose names its people and its worry, and which entries fit it."""

    words: dict[str, str]
    """Placeholder -> words, lower case (`child` -> `the toddler`); `$Child` capitalises."""
    tags: frozenset[str] = field(default_factory=frozenset)
    """The case type and detail, the age band and its age groups (`LA`, `ICO`, `1-4`, `young`)."""

    def __post_init__(self) -> None:
        self._values = dict(self.words)
        self._values.update({k[:1].upper() + k[1:]: v[:1].upper() + v[1:] for k, v in self.words.items()})

    def fill(self, text: str) -> str:
        return Template(text).substitute(self._values) if "$" in text else text

    def fits(self, entry: Any) -> bool:
        if isinstance(entry, str) or "when" not in entry:
            return True
        return all(any(alt in self.tags for alt in cond.split("|")) for cond in entry["when"].split())

    def choose(self, entries: list[Any], rng: random.Random, k: int = 1,
               used: set[str] | None = None) -> list[str]:
        """Up to `k` different entries that fit, filled, in the order drawn.

        With `used`, entries on a topic already in it are skipped, and the topics of the
        entries drawn are added to it: a gap never contradicts a strength on its topic.
        """
        used = set() if used is None else used
        fitting = [e for e in entries if self.fits(e) and not (_topics(e) & used)]
        rng.shuffle(fitting)
        picked = []
        for entry in fitting:
            if len(picked) == k:
                break
            if _topics(entry) & used:
                continue
            used |= _topics(entry)
            picked.append(self.fill(text_of(entry)))
        return picked

    def one(self, entries: list[Any], rng: random.Random, used: set[str] | None = None) -> str:
        chosen = self.choose(entries, rng, 1, used)
        return chosen[0] if chosen else ""


def _topics(entry: Any) -> set[str]:
    return set(entry.get("topic", "").split()) if isinstance(entry, dict) else set()


def text_of(entry: Any) -> str:
    """The unfilled text of a bank entry."""
    return entry if isinstance(entry, str) else entry["text"]
