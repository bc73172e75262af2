"""What an audit's page shows, in the form's order, with the framework's words beside each answer.

This is data for the `audit.md.j2` template: labels looked up, links resolved,
nothing formatted. It never carries the record's `diversity` block: diversity data
never appears on an audit page.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from ..framework import Area, Framework, Grade, Views
from . import urls
from .index import AuditInfo, LearningEntry, SiteIndex
from .urls import Target


@dataclass(frozen=True)
class Link:
    """Something to link to, and what the link says."""

    text: str
    target: Target
    title: str | None = None
    """A tooltip: a statement's words (two statements are both labelled 3.2)."""


@dataclass(frozen=True)
class Answer:
    """One scaled question of the child's or the parent's views."""

    question: str
    numeric: bool
    value: Any
    """The score (numeric) or the chosen value's label (ordinal); None when not answered."""
    min: int | None = None
    max: int | None = None
    low: str | None = None
    high: str | None = None
    scale: tuple[str, ...] = ()
    """Ordinal: every label of the scale, best first."""


@dataclass(frozen=True)
class ViewsShown:
    question: str
    comments_prompt: str
    obtained: bool | None
    reason: str | None
    comments: str | None
    answers: tuple[Answer, ...]


@dataclass(frozen=True)
class AreaShown:
    area: Area
    anchor: str
    name: str
    """The area's short name (site.yml `area_names`), for the table of contents."""
    analysis: str | None
    auditor: Grade | None
    moderator: Grade | None
    statements: tuple[Link, ...]
    """The statements this area evidences: listed under `standards:` and named in the analysis."""
    standards: tuple[Link, ...]
    """The practice standards the form maps the area to."""


@dataclass(frozen=True)
class LearningShown:
    entry: LearningEntry
    anchor: str
    statements: tuple[Link, ...]
    themes: tuple[Link, ...]


@dataclass
class AuditShown:
    audit: AuditInfo
    fw: Framework
    case: dict[str, str | None] = field(default_factory=dict)
    themes: list[Link] = field(default_factory=list)
    file_checks: list[tuple[str, bool | None, str | None]] = field(default_factory=list)
    child_views: ViewsShown | None = None
    parent_views: ViewsShown | None = None
    areas: list[AreaShown] = field(default_factory=list)
    learning: list[LearningShown] = field(default_factory=list)
    returned_to: list[str] = field(default_factory=list)
    grades: dict[str, Grade | None] = field(default_factory=dict)
    """`auditor`, `moderator` (overall) and `final` (moderation.final_grade)."""
    sections: dict[str, str] = field(default_factory=dict)
    """Section key -> anchor."""

    @property
    def record(self):
        return self.audit.record


def _label(choices: list[Any], value: str | None) -> str | None:
    if value is None:
        return None
    for c in choices:
        if c.id == value:
            return c.label
    return value


def statement_links(index: SiteIndex, ids: list[str] | tuple[str, ...]) -> tuple[Link, ...]:
    """Links to statements, labelled as the form prints them; where two share a label
    (the two 3.2s), the statement's words go in the link's title to tell them apart."""
    out = []
    for sid in ids:
        target = index.statement_target(sid)
        if target is not None:
            statement = index.framework.statements[sid][1]
            title = statement.text if statement.shown in index.shared_labels else None
            out.append(Link(statement.shown, target, title))
    return tuple(out)


def theme_links(index: SiteIndex, ids: list[str] | tuple[str, ...]) -> tuple[Link, ...]:
    labels = {t.id: t.label for t in index.framework.themes}
    return tuple(Link(labels[t], urls.theme(t)) for t in ids if t in labels)


def _views(fw: Framework, spec: Views, block: Any) -> ViewsShown | None:
    if block is None:
        return None
    answers = []
    for q in spec.questions:
        scale = fw.form.scales[q.scale]
        value = getattr(block, q.id, None)
        if scale.kind == "numeric":
            answers.append(Answer(q.text, True, value, scale.min, scale.max, q.low, q.high))
        else:
            answers.append(Answer(q.text, False, _label(scale.values, value),
                                  scale=tuple(v.label for v in scale.values)))
    return ViewsShown(spec.question, spec.comments_prompt, block.obtained, block.reason, block.comments,
                      tuple(answers))


def audit_shown(index: SiteIndex, audit: AuditInfo) -> AuditShown:
    fw, record = index.framework, audit.record
    grades = {g.id: g for g in fw.grades}
    shown = AuditShown(audit, fw)
    case = record.case
    shown.case = {
        "type": _label(fw.case_types, case.type) if case else None,
        "category": _label(fw.cp_categories, case.category) if case else None,
        "legal_status": _label(fw.legal_statuses, case.legal_status) if case else None,
        "age_band": _label(fw.age_bands, case.age_band) if case else None,
        "service": _label(fw.services, case.service) if case else None,
    }
    shown.themes = list(theme_links(index, record.themes))
    for check in fw.form.file_checks:
        answer = record.file_check.get(check.id)
        if answer is not None:
            shown.file_checks.append((check.question, answer.answer, answer.comment))
    shown.child_views = _views(fw, fw.form.child_views, record.child_views)
    shown.parent_views = _views(fw, fw.form.parent_views, record.parent_views)
    cited = index.cited.get(audit.id, {})
    for area in fw.areas:
        entry = record.areas.get(area.id)
        if entry is None:
            continue
        judgement = entry.judgement
        shown.areas.append(AreaShown(
            area, area.id, index.area_name(area.id), entry.analysis,
            grades.get(judgement.auditor or "") if judgement else None,
            grades.get(judgement.moderator or "") if judgement else None,
            statement_links(index, cited.get(area.id, [])),
            tuple(Link(str(n), urls.standard(n)) for n in area.standards),
        ))
    for entry in index.learning_by_audit.get(audit.id, []):
        shown.learning.append(LearningShown(entry, entry.target.anchor or "", statement_links(index, entry.statements),
                                            theme_links(index, entry.themes)))
    overall = record.overall.grade if record.overall and record.overall.grade else None
    shown.grades = {
        "auditor": grades.get(overall.auditor or "") if overall else None,
        "moderator": grades.get(overall.moderator or "") if overall else None,
        "final": audit.grade,
    }
    if record.moderation:
        shown.returned_to = [_label(fw.form.moderation.returned_to, r) or r for r in record.moderation.returned_to]
    shown.sections = {key: anchor for key, (anchor, _) in urls.AUDIT_SECTIONS.items()}
    return shown


def month(value: dt.date | None) -> str:
    """A date as the pages show it: the month only ("September 2026")."""
    return value.strftime("%B %Y") if value else ""


def month_range(dates: list[dt.date]) -> str:
    if not dates:
        return ""
    first, last = min(dates), max(dates)
    if (first.year, first.month) == (last.year, last.month):
        return month(first)
    return f"{month(first)} to {month(last)}"

