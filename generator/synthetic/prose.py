"""The written half of a synthetic record: every answer of the form, from the banks.

`compose` turns a `Skeleton` into the record as plain data (dicts, lists, strings, dates,
booleans) in the order of the form; `emit.record_yaml` writes it out. How much of an
area's analysis is strengths and how much gaps follows the moderator's grade for it.
"""

from __future__ import annotations

import random
import re
from typing import Any

from ..references import find_references
from .banks import Voice, bank
from .plan import AREAS, GRADES, Skeleton

_LEVEL = {0: "high", 1: "mid", 2: "low", 3: "low"}
_MIX = {0: (4, 0), 1: (3, 1), 2: (2, 3), 3: (1, 3)}
"""Grade rank -> (strengths, gaps) an analysis draws, before a little jitter."""
_AREA_WORDS = {"risk": "risk management", "oversight": "management oversight", "voice": "the child's voice",
               "assessment": "the assessment", "plans": "planning", "networks": "work with family networks",
               "partnership": "partnership working", "impact": "the impact of the help"}
_PARENT = {  # question -> answers a parent might give, by grade rank
    "listened": (("always", "always", "usually"), ("always", "usually", "usually"), ("usually", "sometimes"),
                 ("sometimes", "rarely")),
    "respected": (("always",), ("always", "usually"), ("always", "usually", "sometimes"),
                  ("usually", "sometimes", "rarely")),
    "difference": (("much-better", "better"), ("better", "better", "about-the-same"),
                   ("about-the-same", "better", "about-the-same"), ("about-the-same", "worse")),
}
_TIMESCALES = ("within 5 working days", "within 10 working days", "within 15 working days", "2 weeks",
               "4 weeks", "6 weeks", "8 weeks", "by the next review")


def grade_words(rank: int) -> str:
    return GRADES[rank].replace("-", " ")


def voice_of(sk: Skeleton, rng: random.Random) -> Voice:
    case = bank("case")
    combo = sk.combo
    kid = case["children"][combo.age_band]
    tags = {combo.case_type, combo.age_band, *kid["group"]} | ({combo.detail} if combo.detail else set())
    if combo.case_type != "LA":
        carer = sk.parent
    elif "adult" in tags:
        carer = "the supported accommodation staff"
    else:
        carer = "the kinship carers" if "kinship-care" in sk.risk_themes else "the foster carers"
    words = {"child": rng.choice(kid["child"]), "partner": kid["partner"], "parent": sk.parent,
             "other": "Dad" if sk.parent == "Mum" else "Mum", "carer": carer,
             "pronoun": "she" if sk.parent == "Mum" else "he",
             "worker": "the personal adviser" if "adult" in tags else "the social worker",
             **case["case_words"][combo.case_type]}
    if "adult" in tags:
        words["plan"] = "the pathway plan"
    base = Voice(words, frozenset(tags))
    concerns = [base.fill(case["themes"][t]["concern"]) for t in sk.risk_themes]
    words = {**words, "concern": concerns[0], "concern2": concerns[-1],
             "auditor_grade": grade_words(sk.auditor["overall"]),
             "final_grade": grade_words(sk.moderator["overall"]),
             "changed_area": _AREA_WORDS[sk.changed_area or "impact"]}
    return Voice(words, frozenset(tags))


def _however(sentence: str, rng: random.Random) -> str:
    lead = rng.choice(("However, ", "That said, ", "", "At the same time, "))
    first = sentence.split(" ", 1)[0]
    if not lead or first in ("Mum", "Dad") or first[:2].isupper():
        return lead + sentence
    return lead + sentence[:1].lower() + sentence[1:]


def _analysis(area: str, rank: int, v: Voice, rng: random.Random) -> str:
    b = bank("areas")[area]
    strengths, gaps = _MIX[rank]
    strengths += rng.choice((0, 0, 1))
    gaps += rng.choice((0, 1))
    used: set[str] = set()
    parts = [v.one(b["open"][_LEVEL[rank]], rng, used)] + v.choose(b["strengths"], rng, strengths, used)
    worries = v.choose(b["gaps"], rng, gaps, used)
    if worries:
        worries[0] = _however(worries[0], rng)
    return " ".join(parts + worries + [v.one(b["close"][_LEVEL[rank]], rng)])


def _ref_key(ref: str) -> tuple:
    major, minor = re.match(r"(\d+)\.(\d+)", ref).groups()
    return int(major), int(minor), ref


def _standards(text: str) -> list[str]:
    return sorted({r.statement for r in find_references(text)}, key=_ref_key)


def _summary(sk: Skeleton, v: Voice, rng: random.Random) -> str:
    case = bank("case")
    parts = [v.one(case["summary_intro"], rng)]
    parts += [v.one(case["themes"][t]["summary"], rng) for t in sk.risk_themes]
    parts += [v.one(case["summary_history"][sk.combo.case_type], rng), v.one(case["summary_period"], rng)]
    parts = [p for p in parts if p]
    while len(" ".join(parts).split()) > 140 and len(parts) > 2:
        parts.pop(-1 if len(parts) > 3 else 1)
    return " ".join(parts)


def _title(sk: Skeleton, rng: random.Random) -> str:
    themes = bank("case")["themes"]
    labels = [themes[t].get("label", t.replace("-", " ")).lower() for t in sk.risk_themes]
    label = labels[0] if len(labels) == 1 else f"{labels[0]} and {labels[1]}"
    headline = rng.choice(bank("case")["headlines"][GRADES[sk.moderator["overall"]]])
    return f"{label[:1].upper()}{label[1:]} - {headline}"


def _views(block: str, sk: Skeleton, v: Voice, rng: random.Random) -> dict[str, Any]:
    case = bank("case")[block]
    level = sk.moderator["overall"]
    if block == "child_views":
        chance = 0.0 if "young" in v.tags else 0.65 if "teen" not in v.tags else 0.75
    else:
        chance = 0.4 if "adult" in v.tags else 0.75
    if rng.random() >= chance:
        return {"obtained": False, "reason": v.one(case["reasons"], rng)}
    if block == "child_views":
        base = (9, 7, 6, 4)[level]
        scores = [min(10, max(0, base + rng.randint(-2, 1))) for _ in range(3)]
        answers = dict(zip(("listened", "respected", "difference"), scores))
    else:
        answers = {q: rng.choice(options[level]) for q, options in _PARENT.items()}
    comments = case["comments"]
    if isinstance(comments, dict):  # a first sentence naming the speaker, then the rest
        said = [v.one(comments["lead"], rng)] + v.choose(comments["follow"], rng, rng.randint(1, 2))
    else:
        said = v.choose(comments, rng, rng.randint(2, 3))
    return {"obtained": True, **answers, "comments": " ".join(said)}


def _weakest(sk: Skeleton) -> list[str]:
    """Areas, weakest first by the moderator's grade (impact last)."""
    return sorted((a for a in AREAS if a != "impact"), key=lambda a: (-sk.moderator[a], AREAS.index(a)))


def _actions(sk: Skeleton, v: Voice, rng: random.Random) -> list[dict[str, str]]:
    areas = bank("areas")
    count = 2 if sk.moderator["overall"] == 0 else rng.randint(3, 4)
    pool = []
    for area in _weakest(sk)[:3]:
        pool += rng.sample(areas[area]["actions"], len(areas[area]["actions"]))
    actions = []
    for entry in pool:
        role = entry["by"]
        if role == "IRO" and sk.combo.case_type != "LA":
            if sk.combo.case_type == "CIN":
                continue
            role = "CP Chair"
        if any(a["action"] == v.fill(entry["text"]) for a in actions):
            continue
        actions.append({"action": v.fill(entry["text"]), "by": role,
                        "timescale": entry.get("timescale") or rng.choice(_TIMESCALES)})
        if len(actions) == count:
            break
    return actions


def _learning(sk: Skeleton, rng: random.Random) -> list[dict[str, Any]]:
    areas, order = bank("areas"), _weakest(sk)
    items = []
    strongest, weakest = order[-1], order[0]
    if sk.moderator[strongest] <= 1:
        items.append(("good-practice", rng.choice(areas[strongest]["good"]), strongest))
    if sk.moderator[weakest] >= 1 or not items:
        items.append(("learning", rng.choice(areas[weakest]["learn"]), weakest))
    if rng.random() < 0.35:
        area = order[1]
        kind = "learning" if sk.moderator[area] >= 2 else "good-practice"
        items.append((kind, rng.choice(areas[area]["learn" if kind == "learning" else "good"]), area))
    practice = bank("case")["practice_themes"]
    out = []
    for kind, entry, area in items:
        item = {"kind": kind, "text": entry["text"], "standards": list(entry["standards"])}
        if rng.random() < 0.6:
            item["themes"] = [rng.choice(practice[area])]
        out.append(item)
    return out


def compose(sk: Skeleton) -> dict[str, Any]:
    """The whole record as plain data, in the order of the form."""
    rng = random.Random(sk.seed)
    case = bank("case")
    v = voice_of(sk, rng)
    combo, level = sk.combo, sk.moderator["overall"]
    record: dict[str, Any] = {
        "id": sk.id, "title": _title(sk, rng), "status": "moderated", "audit_date": sk.audit_date,
        "period": {"start": sk.period_start, "end": sk.audit_date},
        "case": {"type": combo.case_type, "category": combo.detail if combo.case_type == "CP" else None,
                 "legal_status": combo.detail if combo.case_type == "LA" else None,
                 "age_band": combo.age_band, "service": combo.service},
        "diversity": {"ethnicity": sk.ethnicity, "disability": sk.disability},
        "themes": sk.risk_themes + ([sk.practice_theme] if sk.practice_theme not in sk.risk_themes else []),
        "summary": _summary(sk, v, rng),
    }
    no_chance = (0.03, 0.12, 0.3, 0.5)[level]
    record["file_check"] = {}
    for check, comments in case["file_checks"].items():
        no = rng.random() < no_chance
        record["file_check"][check] = {"answer": not no, **({"comment": v.one(comments, rng)} if no else {})}
    if rng.random() < 0.88:
        said = case["practitioner"]["reflections"]
        record["practitioner"] = {"involved": True, "reflections": " ".join(
            [v.one(said["lead"], rng)] + v.choose(said["follow"], rng, rng.randint(1, 2)))}
    else:
        record["practitioner"] = {"involved": False, "reason": v.one(case["practitioner"]["reasons"], rng)}
    record["child_views"] = _views("child_views", sk, v, rng)
    record["parent_views"] = _views("parent_views", sk, v, rng)
    record["areas"] = {}
    for area in AREAS:
        text = _analysis(area, sk.moderator[area], v, rng)
        entry = {"analysis": text, "judgement": {"auditor": GRADES[sk.auditor[area]],
                                                 "moderator": GRADES[sk.moderator[area]]}}
        if area != "impact":
            entry["standards"] = _standards(text)
        record["areas"][area] = entry
    overall: dict[str, Any] = {"grade": {"auditor": GRADES[sk.auditor["overall"]],
                                         "moderator": GRADES[level]}}
    if level > 0:
        wants = [v.one(bank("areas")[a]["wants"], rng) for a in _weakest(sk)[:3]]
        overall["to_grade_higher"] = (wants[0][:1].upper() + wants[0][1:] + "; " + "; ".join(wants[1:-1])
                                      + ("; and " if len(wants) > 2 else " and ") + wants[-1] + ".")
    overall["theme_learning"] = " ".join(v.choose(case["theme_learning"], rng, 2))
    record["overall"] = overall
    agrees = sk.auditor["overall"] == level
    record["views"] = {"iro": v.one(case["views"]["iro"], rng),
                       "practitioner": v.one(case["views"]["practitioner"], rng),
                       "auditor_moderator": v.one(case["views"]["agree" if agrees else "disagree"], rng)}
    record["actions"] = _actions(sk, v, rng)
    record["learning"] = _learning(sk, rng)
    record["qa"] = {"complete": True, "comment": rng.choice(case["qa"]), "date": sk.qa_date}
    escalated = level == 3 and rng.random() < 0.6
    mod = case["moderation"]
    comment = [v.one(mod["agree" if agrees else "disagree"], rng)]
    if agrees and sk.changed_area:
        comment.append(v.one(mod["agree_area"], rng))
    comment.append(v.one(mod["escalated" if escalated else "not_escalated"], rng))
    returned = ["auditor", "team-manager"] + (["service-manager"] if level >= 2 or rng.random() < 0.3 else [])
    if combo.case_type != "CIN" and rng.random() < 0.7:
        returned.append("iro")
    record["moderation"] = {"agrees": agrees, "final_grade": GRADES[level], "comment": " ".join(comment),
                            "escalated": escalated, "date": sk.moderation_date, "returned_to": returned,
                            "practitioner_feedback_sought": rng.random() < 0.85}
    return record
