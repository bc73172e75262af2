"""The coded half of a synthetic record: its case, dates, themes and grades.

Records are drawn in groups of two (three for the last group when `n` is odd) that share
what an audit page shows about the case (age band, case type and detail, service, audit
quarter), so that no published combination is unique: the linter's P201 stays quiet.
Everything else (themes, grades, dates within the quarter, the prose) differs.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import random
from dataclasses import dataclass, field

from .banks import bank

GRADES = ("outstanding", "good", "requires-improvement", "inadequate")
"""Best first, as in standards/grades.yml."""
AREAS = ("risk", "oversight", "voice", "assessment", "plans", "networks", "partnership", "impact")
LAST_YEAR = 2026
LAST_AUDIT = dt.date(2026, 10, 27)
"""QA and moderation follow within 24 days, so nothing is dated after 2026-11-20."""
PER_YEAR = 800
"""Records per year of audit dates: ids are DDA-YYYY-NNN, so a year holds at most 999."""

_LEVEL_WEIGHTS = (10, 45, 33, 12)  # how often a record's practice is O / G / R / I


@dataclass
class Combination:
    """What an audit page shows about the case; shared by every record of a group."""

    case_type: str
    detail: str | None
    age_band: str
    service: str
    year: int
    quarter: int
    profile: dict


@dataclass
class Skeleton:
    """One record's coded values, before any prose."""

    combo: Combination
    audit_date: dt.date
    period_start: dt.date
    qa_date: dt.date
    moderation_date: dt.date
    risk_themes: list[str]
    practice_theme: str
    auditor: dict[str, int]
    """Area -> grade rank (0 outstanding ... 3 inadequate), plus `overall`."""
    moderator: dict[str, int]
    changed_area: str | None
    """An area the moderator graded differently, if any."""
    parent: str
    ethnicity: str
    disability: bool
    id: str = ""
    seed: str = ""
    extra: dict = field(default_factory=dict)


def plan_records(n: int, seed: int) -> list[Skeleton]:
    """`n` skeletons in id order, deterministic from `seed`."""
    rng = random.Random(f"auditkb-synthetic:{seed}")
    sizes = [2] * (n // 2)
    if n % 2:
        if sizes:
            sizes[-1] += 1
        else:
            sizes = [1]
    years = list(range(LAST_YEAR - max(2, math.ceil(n / PER_YEAR)) + 1, LAST_YEAR + 1))
    skeletons: list[Skeleton] = []
    for g, size in enumerate(sizes):
        combo = _combination(rng, years[g * len(years) // len(sizes)])
        for m in range(size):
            sub = random.Random(f"auditkb-synthetic:{seed}:{g}:{m}")
            skeletons.append(_skeleton(sub, combo))
    by_year: dict[int, list[Skeleton]] = {}
    for i, sk in enumerate(skeletons):
        sk.extra["order"] = i
        by_year.setdefault(sk.audit_date.year, []).append(sk)
    ordered = []
    for year in sorted(by_year):
        members = sorted(by_year[year], key=lambda s: (s.audit_date, s.extra["order"]))
        if len(members) > 999:
            raise ValueError(f"more than 999 records dated {year}; raise the number of years")
        for number, sk in enumerate(members, start=1):
            sk.id = f"DDA-{year}-{number:03d}"
            ordered.append(sk)
    return ordered


def _combination(rng: random.Random, year: int) -> Combination:
    profiles = bank("case")["profiles"]
    profile = rng.choices(profiles, weights=[p["weight"] for p in profiles])[0]
    last_quarter = (LAST_AUDIT.month - 1) // 3 + 1 if year == LAST_AUDIT.year else 4
    return Combination(profile["type"], profile["detail"], rng.choice(profile["ages"]),
                       rng.choice(profile["services"]), year, rng.randint(1, last_quarter), profile)


def _date_in_quarter(rng: random.Random, year: int, quarter: int) -> dt.date:
    first = dt.date(year, 3 * quarter - 2, 1)
    last_month = 3 * quarter
    last = min(dt.date(year, last_month, calendar.monthrange(year, last_month)[1]), LAST_AUDIT)
    return first + dt.timedelta(days=rng.randint(0, (last - first).days))


def _six_months_before(day: dt.date) -> dt.date:
    month, year = day.month - 6, day.year
    if month < 1:
        month, year = month + 12, year - 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _themes(rng: random.Random, combo: Combination) -> list[str]:
    themes = bank("case")["themes"]
    pool = [t for t in combo.profile["themes"] if combo.age_band in themes[t].get("ages", [combo.age_band])]
    if combo.age_band == "unborn":
        pool = ["pre-birth"] + [t for t in pool if t != "pre-birth"]
        first = "pre-birth"
    else:
        first = rng.choice(pool or combo.profile["themes"][:1])
    rest = [t for t in pool if t != first]
    return [first] + (rng.sample(rest, 1) if rest and rng.random() < 0.6 else [])


def _grades(rng: random.Random) -> tuple[dict[str, int], dict[str, int], str | None]:
    level = rng.choices(range(4), weights=_LEVEL_WEIGHTS)[0]
    auditor = {a: min(3, max(0, level + rng.choices((-1, 0, 1), weights=(15, 65, 20))[0])) for a in AREAS}
    auditor["impact"] = level
    auditor["overall"] = level
    _settle(auditor)
    moderator = dict(auditor)
    if rng.random() < 0.2:  # the moderator disagrees with the overall grade
        step = 1 if auditor["overall"] == 0 else -1 if auditor["overall"] == 3 else rng.choice((1, 1, -1))
        moderator["overall"] += step
        for area in rng.sample([a for a in AREAS if a != "impact"], rng.randint(1, 3)) + ["impact"]:
            moderator[area] = min(3, max(0, moderator[area] + step))
        _settle(moderator)
    elif rng.random() < 0.2:  # agrees overall, grades one area differently
        area = rng.choice([a for a in AREAS if a != "impact"])
        moderator[area] = min(3, max(0, moderator[area] + rng.choice((1, -1))))
        _settle(moderator)
    changed = next((a for a in AREAS if moderator[a] != auditor[a]), None)
    return auditor, moderator, changed


def _settle(grades: dict[str, int]) -> None:
    """Keep the overall grade consistent with the areas (rules K103, K104)."""
    best_area = min(grades[a] for a in AREAS)
    if grades["overall"] < best_area:
        grades["impact"] = grades["overall"]
    if grades["overall"] == 0:
        for area in AREAS:
            if grades[area] == 3:
                grades[area] = 2


def _skeleton(rng: random.Random, combo: Combination) -> Skeleton:
    audit = _date_in_quarter(rng, combo.year, combo.quarter)
    qa = audit + dt.timedelta(days=rng.randint(3, 10))
    moderation = qa + dt.timedelta(days=rng.randint(4, 14))
    risk_themes = _themes(rng, combo)
    auditor, moderator, changed = _grades(rng)
    weakest = max((a for a in AREAS if a != "impact"), key=lambda a: (moderator[a], AREAS.index(a)))
    practice = rng.choice(bank("case")["practice_themes"][weakest])
    parent = "Mum" if combo.age_band in ("unborn", "under-1") or rng.random() < 0.75 else "Dad"
    if "unaccompanied-asylum-seeking-children" in risk_themes or "trafficking" in risk_themes:
        ethnicity = rng.choice(("asian-or-asian-british", "black-black-british-caribbean-or-african",
                                "other-ethnic-group"))
    else:
        ethnicity = rng.choices(("white", "asian-or-asian-british", "black-black-british-caribbean-or-african",
                                 "mixed-or-multiple", "other-ethnic-group", "not-recorded"),
                                weights=(68, 9, 7, 9, 3, 4))[0]
    disability = ("disabled-children" in risk_themes or combo.service == "children-with-disabilities"
                  or rng.random() < 0.05)
    return Skeleton(combo, audit, _six_months_before(audit), qa, moderation, risk_themes, practice,
                    auditor, moderator, changed, parent, ethnicity, disability, seed=str(rng.random()))
