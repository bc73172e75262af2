"""`auditkb new`: a record with every section of the form, at the next free id."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from jinja2 import Environment, PackageLoader, StrictUndefined

from .framework import Framework
from .project import Project

_ID = re.compile(r"^DDA-(\d{4})-(\d{3})\.ya?ml$")


def next_id(project: Project, year: int) -> str:
    """One more than the highest number used in `year`, in any folder under audits/."""
    used = [int(m.group(2)) for f in project.audits.rglob("*.y*ml")
            if (m := _ID.match(f.name)) and int(m.group(1)) == year]
    number = max(used, default=0) + 1
    if number > 999:
        raise ValueError(f"no free audit number left in {year}")
    return f"DDA-{year}-{number:03d}"


def _six_months_before(day: dt.date) -> dt.date:
    month, year = day.month - 6, day.year
    if month < 1:
        month, year = month + 12, year - 1
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def render_new_record(framework: Framework, record_id: str, today: dt.date, path: str) -> str:
    env = Environment(loader=PackageLoader("generator", "templates"), undefined=StrictUndefined,
                      keep_trailing_newline=True, autoescape=False)
    scales = {name: [v.id for v in s.values] for name, s in framework.form.scales.items()}
    return env.get_template("new-record.yml.j2").render(
        record_id=record_id, today=today.isoformat(), period_start=_six_months_before(today).isoformat(),
        vocab=framework.vocabularies, form=framework.form, areas=framework.areas,
        analysis_prompt=framework.analysis_prompt, scales=scales, path=path,
    )


def create(project: Project, framework: Framework, today: dt.date | None = None) -> Path:
    today = today or dt.date.today()
    record_id = next_id(project, today.year)
    path = project.audits / str(today.year) / f"{record_id}.yml"
    path.parent.mkdir(parents=True, exist_ok=True)
    rel = path.relative_to(project.root)
    text = render_new_record(framework, record_id, today, str(rel))
    with open(path, "x", encoding="utf-8") as fh:  # never overwrite
        fh.write(text)
    return path
