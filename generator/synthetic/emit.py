"""Writing a composed record as YAML laid out like the sample records.

Prose goes in folded block scalars (`>`) wrapped at about 96 columns; statement
references and age bands are quoted, `yes`/`no` are written in lower case, and
sections are separated by blank lines, so that a synthetic file reads like one
QA would write (and like `auditkb new` starts one).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

MODELINE = "# yaml-language-server: $schema=../../schema/audit-record.schema.json"
WIDTH = 96
_PLAIN = re.compile(r"[A-Za-z][A-Za-z0-9 ,.'()/-]*")
_RESERVED = {"yes", "no", "true", "false", "null", "on", "off", "y", "n", "~"}


def scalar(value: Any) -> str:
    """A value on one line: plain where YAML 1.1 and 1.2 both read it as this string."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (int, dt.date)):
        return str(value) if not isinstance(value, dt.date) else value.isoformat()
    text = str(value)
    if _PLAIN.fullmatch(text) and text.lower() not in _RESERVED and not text.endswith((" ", ":")):
        return text
    return json.dumps(text, ensure_ascii=False)


def flow(values: list[Any], quote: bool = False) -> str:
    return "[" + ", ".join(json.dumps(v) if quote else scalar(v) for v in values) + "]"


def folded(key: str, text: str, indent: int) -> list[str]:
    pad = " " * (indent + 2)
    return [" " * indent + f"{key}: >"] + [pad + line for line in wrap(text, WIDTH - len(pad))]


def wrap(text: str, width: int) -> list[str]:
    """Greedy wrapping at single spaces (what textwrap does here, several times faster)."""
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return lines + [line] if line else lines


def _field(key: str, value: Any, indent: int) -> list[str]:
    if isinstance(value, str) and len(value) > 60:
        return folded(key, value, indent)
    return [" " * indent + f"{key}: {scalar(value)}"]


def record_yaml(r: dict[str, Any]) -> str:
    out = [MODELINE, f"id: {r['id']}", f"title: {scalar(r['title'])}", f"status: {r['status']}",
           f"audit_date: {scalar(r['audit_date'])}",
           f"period: {{start: {scalar(r['period']['start'])}, end: {scalar(r['period']['end'])}}}", "", "case:"]
    for key, value in r["case"].items():
        out.append(f"  {key}: " + (json.dumps(value) if key == "age_band" else scalar(value)))
    out += ["diversity:"] + [f"  {k}: {scalar(v)}" for k, v in r["diversity"].items()]
    out += ["", f"themes: {flow(r['themes'])}", ""] + folded("summary", r["summary"], 0)
    out += ["", "file_check:"]
    for check, entry in r["file_check"].items():
        if "comment" in entry:
            out += [f"  {check}:", f"    answer: {scalar(entry['answer'])}"] + folded("comment", entry["comment"], 4)
        else:
            out.append(f"  {check}: {{answer: {scalar(entry['answer'])}}}")
    for section in ("practitioner", "child_views", "parent_views"):
        out += ["", f"{section}:"]
        for key, value in r[section].items():
            out += _field(key, value, 2)
    out += ["", "areas:"]
    for area, entry in r["areas"].items():
        j = entry["judgement"]
        out += [f"  {area}:"] + folded("analysis", entry["analysis"], 4)
        out.append(f"    judgement: {{auditor: {j['auditor']}, moderator: {j['moderator']}}}")
        if "standards" in entry:
            out.append(f"    standards: {flow(entry['standards'], quote=True)}")
    g = r["overall"]["grade"]
    out += ["", "overall:", f"  grade: {{auditor: {g['auditor']}, moderator: {g['moderator']}}}"]
    for key in ("to_grade_higher", "theme_learning"):
        if key in r["overall"]:
            out += folded(key, r["overall"][key], 2)
    out += ["", "views:"]
    for key, value in r["views"].items():
        out += folded(key, value, 2)
    out += ["", "actions:"]
    for action in r["actions"]:
        lines = folded("action", action["action"], 4)
        out += ["  - " + lines[0].lstrip()] + lines[1:]
        out += [f"    by: {scalar(action['by'])}", f"    timescale: {scalar(action['timescale'])}"]
    out += ["", "learning:"]
    for item in r["learning"]:
        out.append(f"  - kind: {item['kind']}")
        out += folded("text", item["text"], 4)
        out.append(f"    standards: {flow(item['standards'], quote=True)}")
        if item.get("themes"):
            out.append(f"    themes: {flow(item['themes'])}")
    qa = r["qa"]
    out += ["", "qa:", f"  complete: {scalar(qa['complete'])}"] + folded("comment", qa["comment"], 2)
    out.append(f"  date: {scalar(qa['date'])}")
    m = r["moderation"]
    out += ["", "moderation:", f"  agrees: {scalar(m['agrees'])}", f"  final_grade: {m['final_grade']}"]
    out += folded("comment", m["comment"], 2)
    out += [f"  escalated: {scalar(m['escalated'])}", f"  date: {scalar(m['date'])}",
            f"  returned_to: {flow(m['returned_to'])}",
            f"  practitioner_feedback_sought: {scalar(m['practitioner_feedback_sought'])}"]
    return "\n".join(out) + "\n"
