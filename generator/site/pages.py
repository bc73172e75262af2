"""Every generated page: its path, its template and the data the template gets.

The page set is fixed by the framework and the published audits: the home page,
the standards index and one page per standard, the audits index and one page per
published audit, the themes index and one page per theme, shared learning and good
practice. Data only here; the wording and the Markdown are the templates'.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..framework import Choice, Standard, Statement, Theme
from . import urls
from .audit_view import Link, LearningShown, audit_shown, month_range, statement_links, theme_links
from .figures import Counter, Figure, Table, table
from .index import AuditInfo, Citation, LearningEntry, SiteIndex
from .urls import Target


@dataclass
class Page:
    path: str
    """Source path inside build/docs/ (urls.py decides it)."""
    template: str
    context: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class AuditRow:
    """An audit as the indexes list it."""

    audit: AuditInfo
    case_type: str | None
    age_band: str | None
    themes: tuple[Link, ...]


@dataclass(frozen=True)
class StatementShown:
    standard: Standard
    statement: Statement
    target: Target
    learning: tuple[LearningShown, ...]
    good_practice: tuple[LearningShown, ...]
    evidence: tuple[Citation, ...]


def counter_for(index: SiteIndex) -> Counter:
    s = index.settings
    return Counter(s.small_number_threshold, s.suppressed_text(), s.suppressed_cell)


def learning_shown(index: SiteIndex, entry: LearningEntry) -> LearningShown:
    key = ("learning", entry.audit.id, entry.index)
    if key not in index.memo:
        index.memo[key] = LearningShown(entry, entry.target.anchor or "", statement_links(index, entry.statements),
                                        theme_links(index, entry.themes))
    return index.memo[key]


def audit_row(index: SiteIndex, audit: AuditInfo) -> AuditRow:
    fw, case = index.framework, audit.record.case
    types = {c.id: c.label for c in fw.case_types}
    bands = {c.id: c.label for c in fw.age_bands}
    return AuditRow(audit, types.get(case.type or "") if case else None,
                    bands.get(case.age_band or "") if case else None,
                    theme_links(index, audit.record.themes))


def grade_table(index: SiteIndex, rows: list[tuple[str, str, list[str | None]]]) -> Table:
    """Counts of grades (columns, best first) for each (label, key, grade ids) row, suppressed."""
    grades = index.framework.grades
    counted = [(label, key, [sum(1 for g in ids if g == grade.id) for grade in grades]) for label, key, ids in rows]
    return table([g.label for g in grades], counted, counter_for(index), [g.id for g in grades])


def _distinct(audits: list[AuditInfo]) -> list[AuditInfo]:
    return list({a.id: a for a in audits}.values())


def home(index: SiteIndex, home_text: str) -> Page:
    count = counter_for(index)
    dates = [a.record.audit_date for a in index.audits if a.record.audit_date]
    latest = index.learning[: index.settings.latest_learning_count]
    return Page(urls.HOME.page, "home.md.j2", {
        "home_text": home_text,
        "audits": count.count(len(index.audits)),
        "learning_count": count.count(sum(1 for e in index.learning if e.kind.id != "good-practice")),
        "good_practice_count": count.count(sum(1 for e in index.learning if e.kind.id == "good-practice")),
        "period": month_range(dates),
        "latest": [learning_shown(index, e) for e in latest],
        "standards": [(st, urls.standard(st.number)) for st in index.framework.standards],
    })


def _standard_audits(index: SiteIndex, st: Standard) -> list[AuditInfo]:
    """Audits that cite one of the standard's statements (every audit has areas mapped to every standard)."""
    found = [c.audit for s in st.statements for c in index.statements[s.id].evidence]
    found += [e.audit for s in st.statements
              for e in index.statements[s.id].learning + index.statements[s.id].good_practice]
    return _distinct(found)


def standards_index(index: SiteIndex) -> Page:
    count = counter_for(index)
    rows = []
    for st in index.framework.standards:
        items = {(e.audit.id, e.index) for s in st.statements
                 for e in index.statements[s.id].learning + index.statements[s.id].good_practice}
        rows.append((st, urls.standard(st.number), len(st.statements),
                     count.count(len(_standard_audits(index, st))), count.count(len(items))))
    return Page(urls.STANDARDS.page, "standards_index.md.j2", {
        "intro": index.framework.form.standards_intro, "rows": rows})


def standard(index: SiteIndex, st: Standard) -> Page:
    statements = []
    for s in st.statements:
        links = index.statements[s.id]
        statements.append(StatementShown(
            st, s, urls.statement(st.number, s.id),
            tuple(learning_shown(index, e) for e in links.learning),
            tuple(learning_shown(index, e) for e in links.good_practice),
            tuple(links.evidence)))
    mapped_areas = [a for a in index.framework.areas if st.number in a.standards]
    area_grades = index.standard_areas[st.number]
    rows = [(index.area_name(a.id), a.id,
             [g.judgement.id if g.judgement else None for g in area_grades if g.area.id == a.id])
            for a in mapped_areas]
    return Page(urls.standard(st.number).page, "standard.md.j2", {
        "standard": st,
        "statements": statements,
        "mapped_areas": mapped_areas,
        "area_grades": area_grades,
        "grades_table": grade_table(index, rows) if rows else None,
        "table_anchor": urls.standard_table(st.number).anchor,
        "area_names": {a.id: index.area_name(a.id) for a in mapped_areas},
    })


def audits_index(index: SiteIndex) -> Page:
    fw = index.framework
    used = {t for a in index.audits for t in a.record.themes}
    return Page(urls.AUDITS.page, "audits_index.md.j2", {
        "rows": [audit_row(index, a) for a in index.audits],
        "count": counter_for(index).count(len(index.audits)),
        "filter_themes": sorted(((t.id, t.label) for t in fw.themes if t.id in used), key=lambda x: x[1].lower()),
        "filter_case_types": [(c.id, c.label) for c in fw.case_types],
        "filter_grades": [(g.id, g.label) for g in fw.grades],
        "grades_table": grade_table(index, [("All published audits", "all",
                                             [a.grade.id if a.grade else None for a in index.audits])]),
    })


def audit(index: SiteIndex, info: AuditInfo) -> Page:
    return Page(info.target.page, "audit.md.j2", {"a": audit_shown(index, info)})


def themes_index(index: SiteIndex) -> Page:
    count = counter_for(index)
    facets: dict[str, dict[str, list[tuple[Theme, Target, Figure]]]] = {}
    for t in index.framework.themes:
        figure = count.count(len(index.theme_audits[t.id]))
        facets.setdefault(t.facet, {}).setdefault(t.group, []).append((t, urls.theme(t.id), figure))
    return Page(urls.THEMES.page, "themes_index.md.j2", {"facets": facets})


def theme(index: SiteIndex, t: Theme) -> Page:
    audits = index.theme_audits[t.id]
    entries = index.theme_learning[t.id]
    return Page(urls.theme(t.id).page, "theme.md.j2", {
        "theme": t,
        "count": counter_for(index).count(len(audits)),
        "rows": [audit_row(index, a) for a in audits],
        "good_practice": [learning_shown(index, e) for e in entries if e.kind.id == "good-practice"],
        "learning": [learning_shown(index, e) for e in entries if e.kind.id != "good-practice"],
        "grades_table": grade_table(index, [(t.label, t.id, [a.grade.id if a.grade else None for a in audits])]),
    })


def learning(index: SiteIndex, kind: Choice, target: Target) -> Page:
    """Shared learning or good practice: every item of one kind, by standard and by theme."""
    fw = index.framework
    entries = [e for e in index.learning if e.kind.id == kind.id]
    by_standard = []
    for st in fw.standards:
        ids = {s.id for s in st.statements}
        items = [learning_shown(index, e) for e in entries if ids & set(e.statements)]
        if items:
            by_standard.append((st, urls.standard(st.number), items))
    unlinked = [learning_shown(index, e) for e in entries if not e.statements]
    by_theme = []
    for t in fw.themes:
        items = [learning_shown(index, e) for e in entries if t.id in e.themes]
        if items:
            by_theme.append((t, urls.theme(t.id), items))
    template = "good_practice.md.j2" if kind.id == "good-practice" else "learning.md.j2"
    return Page(target.page, template, {
        "kind": kind,
        "count": counter_for(index).count(len(entries)),
        "by_standard": by_standard,
        "unlinked": unlinked,
        "by_theme": by_theme,
    })


@dataclass(frozen=True)
class RuleShown:
    """A lint rule as the QA reference page shows it."""

    code: str
    name: str
    category: str
    severity: str
    summary: str
    sections: tuple[tuple[str, str], ...]
    """(heading, Markdown body) from the rule's documentation."""
    options: tuple[tuple[str, Any], ...]


def _doc_sections(doc: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """Split a rule's documentation into its summary and its `## ` sections."""
    summary, *rest = doc.split("\n## ")
    sections = []
    for chunk in rest:
        heading, _, body = chunk.partition("\n")
        sections.append((heading.strip(), body.strip()))
    return summary.strip(), tuple(sections)


def lint_rules() -> Page:
    """The generated reference of every lint rule, for QA (what `auditkb explain` prints)."""
    from ..lint import REGISTRY

    rules = []
    for code in sorted(REGISTRY):
        r = REGISTRY[code]
        summary, sections = _doc_sections(r.doc)
        rules.append(RuleShown(r.code, r.name, r.category, r.severity, summary, sections,
                               tuple(r.options.items())))
    return Page(urls.RULES.page, "lint_rules.md.j2", {"rules": rules})


def all_pages(index: SiteIndex, home_text: str) -> list[Page]:
    fw = index.framework
    kinds = {k.id: k for k in fw.form.learning.kinds}
    pages = [home(index, home_text), standards_index(index)]
    pages += [standard(index, st) for st in fw.standards]
    pages.append(audits_index(index))
    pages += [audit(index, a) for a in index.audits]
    pages.append(themes_index(index))
    pages += [theme(index, t) for t in fw.themes]
    pages.append(learning(index, kinds.get("learning", Choice(id="learning", label="Learning")), urls.LEARNING))
    pages.append(learning(index, kinds.get("good-practice", Choice(id="good-practice", label="Good practice")),
                          urls.GOOD_PRACTICE))
    pages.append(lint_rules())
    return pages
