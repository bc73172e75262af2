"""The cross-link index: who cites which statement, which audits sit under which theme.

Built in two passes, as mkdocs-autorefs resolves cross-references:

1. register every anchor the site will have (each page, each statement, each
   section and area of each published audit, each learning item);
2. resolve every reference in the published records (`standards:` lists and
   statements named inline in any free text) against what was registered;

then a third: plan the paginated full lists that the aggregated pages only preview
(a statement's examples, a theme's audits, learning by standard and by theme) and
register their pages, so that links to them are checked like any other.

A reference that does not resolve is a Problem with its file, line and field, and
the text stays plain: it never becomes a dead link. Only records passed in as
published are indexed, so a record held back has no page and no backlinks.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterator

from ..framework import Area, Choice, Framework, Grade
from ..problems import Problem
from ..record import Record
from ..records import LoadedRecord, dotted
from ..references import find_references
from . import urls
from .settings import SiteSettings
from .urls import Target


@dataclass(frozen=True)
class AuditInfo:
    """One published audit, as other pages refer to it."""

    id: str
    record: Record
    loaded: LoadedRecord
    grade: Grade | None
    """The published grade: moderation.final_grade."""
    target: Target

    @property
    def sort_key(self) -> tuple[str, str]:
        """Newest first when sorted in reverse."""
        return (self.record.audit_date.isoformat() if self.record.audit_date else "", self.id)


@dataclass(frozen=True)
class Citation:
    """A backlink: a section of a published audit that evidences or names a statement."""

    audit: AuditInfo
    section: str
    """An area id (`risk`) or a section key of urls.AUDIT_SECTIONS (`summary`)."""
    section_name: str
    target: Target
    judgement: Grade | None = None
    """The area's moderated judgement, for an audit area."""


@dataclass(frozen=True)
class LearningEntry:
    """One learning item of a published audit, with what it cites resolved."""

    audit: AuditInfo
    index: int
    kind: Choice
    text: str
    statements: tuple[str, ...]
    """Statement ids cited in `standards:` and inline, existing ones only, in order."""
    themes: tuple[str, ...]
    """The item's own themes, then the record's."""
    target: Target


@dataclass
class StatementLinks:
    """Everything that links to one statement."""

    learning: list[LearningEntry] = field(default_factory=list)
    good_practice: list[LearningEntry] = field(default_factory=list)
    evidence: list[Citation] = field(default_factory=list)

    def examples(self) -> list[tuple[str, "LearningEntry | Citation"]]:
        """Every example, as (kind, item): good practice, then learning, then evidence
        (kind `evidence`), each newest first. A statement's own page lists them in this order."""
        return ([("good-practice", e) for e in self.good_practice] + [("learning", e) for e in self.learning]
                + [("evidence", c) for c in self.evidence])


@dataclass(frozen=True)
class Listing:
    """A list too long for the page that previews it, paginated at a fixed size.

    Page 1 is `first`; page n is `urls.page_of(first, n)`. Items keep the index's
    order: newest audit first (by audit date, then id), then the audit's own order.
    """

    first: Target
    items: tuple
    page_size: int

    @property
    def pages(self) -> int:
        return max(1, -(-len(self.items) // self.page_size))

    def target(self, number: int) -> Target:
        return urls.page_of(self.first, number)

    def page_items(self, number: int) -> tuple:
        start = (number - 1) * self.page_size
        return self.items[start:start + self.page_size]


@dataclass(frozen=True)
class AreaGrade:
    """An audit area that the framework maps to a standard, and how it was judged."""

    audit: AuditInfo
    area: Area
    judgement: Grade | None
    target: Target


@dataclass
class SiteIndex:
    framework: Framework
    settings: SiteSettings
    audits: list[AuditInfo]
    """Published audits, newest first."""
    anchors: set[Target] = field(default_factory=set)
    """Every page and anchor the generated site has (pass 1)."""
    statements: dict[str, StatementLinks] = field(default_factory=dict)
    """Backlinks by statement id, for every statement of the framework."""
    standard_areas: dict[int, list[AreaGrade]] = field(default_factory=dict)
    """Audit areas by the standard number the framework maps them to."""
    theme_audits: dict[str, list[AuditInfo]] = field(default_factory=dict)
    theme_learning: dict[str, list[LearningEntry]] = field(default_factory=dict)
    learning: list[LearningEntry] = field(default_factory=list)
    """Every learning item, newest audit first, in the audit's order."""
    learning_by_audit: dict[str, list[LearningEntry]] = field(default_factory=dict)
    cited: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    """By audit id, then section (area id, section key or `learning-N`): statement ids cited there."""
    problems: list[Problem] = field(default_factory=list)
    shared_labels: frozenset[str] = frozenset()
    """Statement labels that more than one statement shows (the two 3.2s)."""
    listings: dict[Target, Listing] = field(default_factory=dict)
    """Every paginated full list the site has, by its first page (pass 3)."""
    memo: dict = field(default_factory=dict, repr=False)
    """Page data built once from the index and shown on many pages (pages.py fills it)."""

    def area_name(self, area_id: str) -> str:
        return self.settings.area_names.get(area_id) or area_id.replace("-", " ").replace("_", " ").capitalize()

    def statement_target(self, statement_id: str) -> Target | None:
        """Where a statement lives, if it exists (and pass 1 registered it)."""
        targets = self.memo.get("statement-targets")
        if targets is None:
            targets = self.memo["statement-targets"] = {
                sid: target for sid, (st, _) in self.framework.statements.items()
                if (target := urls.statement(st.number, sid)) in self.anchors}
        return targets.get(statement_id)


def free_text(record: Record) -> Iterator[tuple[tuple, str, str]]:
    """Every free-text field of a record: (path, text, section key or area id)."""
    if record.summary:
        yield ("summary",), record.summary, "summary"
    for key, answer in record.file_check.items():
        if answer.comment:
            yield ("file_check", key, "comment"), answer.comment, "file_check"
    for name in ("practitioner", "child_views", "parent_views"):
        block = getattr(record, name)
        for part in ("reflections", "comments", "reason"):
            text = getattr(block, part, None) if block else None
            if text:
                yield (name, part), text, name
    for area_id, entry in record.areas.items():
        if entry.analysis:
            yield ("areas", area_id, "analysis"), entry.analysis, area_id
    for part in ("to_grade_higher", "theme_learning"):
        text = getattr(record.overall, part, None) if record.overall else None
        if text:
            yield ("overall", part), text, "overall"
    for part in ("iro", "practitioner", "auditor_moderator"):
        text = getattr(record.views, part, None) if record.views else None
        if text:
            yield ("views", part), text, "views"
    for i, action in enumerate(record.actions):
        if action.action:
            yield ("actions", i, "action"), action.action, "actions"
    for i, item in enumerate(record.learning):
        if item.text:
            yield ("learning", i, "text"), item.text, f"learning-{i}"
    for name in ("qa", "moderation"):
        block = getattr(record, name)
        if block and block.comment:
            yield (name, "comment"), block.comment, name


def build_index(framework: Framework, published: list[LoadedRecord], settings: SiteSettings,
                memo: dict | None = None) -> SiteIndex:
    """Pass 1 then pass 2, over the records passed in (and no others).

    `memo`, kept by the caller between runs with the same framework and settings,
    holds what pass 2 found in each record (by its content hash), so that after an
    edit only the edited record's text is searched for references again.
    """
    grades = {g.id: g for g in framework.grades}
    audits: list[AuditInfo] = []
    problems: list[Problem] = []
    seen: set[str] = set()
    for loaded in published:
        record = loaded.record
        if record is None:
            continue
        if record.id in seen:
            line, column = loaded.position(("id",))
            problems.append(Problem(
                file=loaded.display, line=line, column=column, rule="I101", rule_name="duplicate-id",
                category="schema", severity="error", field="id",
                message=f"another published record already has the id {record.id}; this one gets no page"))
            continue
        seen.add(record.id)
        audits.append(AuditInfo(record.id, record, loaded, grades.get(record.published_grade or ""),
                                urls.audit(record.id)))
    audits.sort(key=lambda a: a.sort_key, reverse=True)
    labels = Counter(s.shown for _, s in framework.statements.values())
    index = SiteIndex(framework, settings, audits, problems=problems,
                      shared_labels=frozenset(label for label, n in labels.items() if n > 1))
    _register(index)
    _resolve(index, {} if memo is None else memo)
    _plan_listings(index)
    return index


def _register(index: SiteIndex) -> None:
    """Pass 1: every page and anchor of the site."""
    fw = index.framework
    add = index.anchors.add
    for page in (urls.HOME, urls.STANDARDS, urls.AUDITS, urls.THEMES, urls.LEARNING, urls.GOOD_PRACTICE):
        add(page)
    for st in fw.standards:
        add(urls.standard(st.number))
        add(urls.standard_table(st.number))
        for s in st.statements:
            add(urls.statement(st.number, s.id))
    for theme in fw.themes:
        add(urls.theme(theme.id))
    area_ids = {a.id for a in fw.areas}
    for audit in index.audits:
        add(audit.target)
        for key in _sections_shown(audit.record):
            add(urls.audit_section(audit.id, key))
        for area_id in audit.record.areas:
            if area_id in area_ids:
                add(urls.audit_area(audit.id, area_id))
        for i, _ in enumerate(audit.record.learning):
            add(urls.learning_item(audit.id, i))


def _sections_shown(record: Record) -> list[str]:
    """The sections an audit's page has (audit.md.j2 leaves out the empty ones)."""
    views = record.views
    shown = {
        "summary": bool(record.summary),
        "case": True,
        "file_check": bool(record.file_check),
        "practitioner": record.practitioner is not None,
        "child_views": record.child_views is not None,
        "parent_views": record.parent_views is not None,
        "areas": bool(record.areas),
        "overall": True,
        "views": bool(views and (views.iro or views.practitioner or views.auditor_moderator)),
        "actions": bool(record.actions),
        "learning": any(item.kind and item.text for item in record.learning),
        "qa": True,
        "moderation": True,
    }
    return [key for key in urls.AUDIT_SECTIONS if shown[key]]


def _unknown(loaded: LoadedRecord, path: tuple, statement: str, *, inline: tuple[int, int] | None) -> Problem:
    line, column = loaded.position(path)
    where = "named in the text" if inline else "listed"
    return Problem(
        file=loaded.display, line=line, column=column,
        rule="R102" if inline else "R101",
        rule_name="unknown-statement-inline" if inline else "unknown-statement",
        category="reference", severity="error", field=dotted(path),
        message=f"statement {statement} is {where} but the practice standards have no such statement;"
                " it is not linked",
        start=inline[0] if inline else None, end=inline[1] if inline else None,
    )


def _cited(index: SiteIndex, audit: AuditInfo) -> tuple[dict[str, list[str]], list[Problem]]:
    """The statements each section of one audit cites, in order, and its unknown references."""
    record, loaded = audit.record, audit.loaded
    cited: dict[str, list[str]] = defaultdict(list)  # section -> statement ids, in order
    problems: list[Problem] = []

    def cite(section: str, path: tuple, sid: str, inline: tuple[int, int] | None = None) -> None:
        if index.statement_target(sid) is None:
            problems.append(_unknown(loaded, path, sid, inline=inline))
        elif sid not in cited[section]:
            cited[section].append(sid)

    for area_id, entry in record.areas.items():
        for i, sid in enumerate(entry.standards):
            cite(area_id, ("areas", area_id, "standards", i), sid)
    for i, item in enumerate(record.learning):
        for j, sid in enumerate(item.standards):
            cite(f"learning-{i}", ("learning", i, "standards", j), sid)
    for path, text, section in free_text(record):
        for ref in find_references(text):
            cite(section, path, ref.statement, (ref.start, ref.end))
    return cited, problems


def _resolve(index: SiteIndex, memo: dict) -> None:
    """Pass 2: every reference in every published record, against the registered anchors."""
    fw = index.framework
    grades = {g.id: g for g in fw.grades}
    kinds = {k.id: k for k in fw.form.learning.kinds}
    themes = {t.id for t in fw.themes}
    areas = {a.id: a for a in fw.areas}
    index.statements = {sid: StatementLinks() for sid in fw.statements}
    index.standard_areas = {st.number: [] for st in fw.standards}
    index.theme_audits = {t.id: [] for t in fw.themes}
    index.theme_learning = {t.id: [] for t in fw.themes}

    kept = dict(memo)
    memo.clear()  # keep only what this run's records use
    for audit in index.audits:
        record = audit.record
        key = (audit.id, audit.loaded.digest)
        found = kept.get(key) if audit.loaded.digest else None
        if found is None:
            found = _cited(index, audit)
        if audit.loaded.digest:
            memo[key] = found
        cited, problems = found
        index.cited[audit.id] = cited
        index.problems += problems

        for area_id, entry in record.areas.items():
            area = areas.get(area_id)
            if area is None:
                continue
            judged = entry.judgement.moderator or entry.judgement.auditor if entry.judgement else None
            grade = grades.get(judged or "")
            for number in area.standards:
                index.standard_areas[number].append(
                    AreaGrade(audit, area, grade, urls.audit_area(audit.id, area_id)))
        for section, sids in cited.items():
            if section.startswith("learning-"):
                continue
            if section in areas:
                entry = record.areas[section]
                judged = entry.judgement.moderator or entry.judgement.auditor if entry.judgement else None
                citation = Citation(audit, section, index.area_name(section),
                                    urls.audit_area(audit.id, section), grades.get(judged or ""))
            else:
                citation = Citation(audit, section, urls.AUDIT_SECTIONS[section][1],
                                    urls.audit_section(audit.id, section))
            for sid in sids:
                index.statements[sid].evidence.append(citation)

        record_themes = [t for t in record.themes if t in themes]
        for t in record_themes:
            index.theme_audits[t].append(audit)
        for i, item in enumerate(record.learning):
            kind = kinds.get(item.kind or "")
            if kind is None or not item.text:
                continue
            own = [t for t in item.themes if t in themes]
            entry_themes = tuple(dict.fromkeys(own + record_themes))
            learning = LearningEntry(audit, i, kind, item.text, tuple(cited.get(f"learning-{i}", [])),
                                     entry_themes, urls.learning_item(audit.id, i))
            index.learning.append(learning)
            index.learning_by_audit.setdefault(audit.id, []).append(learning)
            for sid in learning.statements:
                links = index.statements[sid]
                (links.good_practice if kind.id == "good-practice" else links.learning).append(learning)
            for t in entry_themes:
                index.theme_learning[t].append(learning)


# The kinds of learning item that have pages of their own (urls.kind_page).
LISTED_KINDS = ("good-practice", "learning")


def _plan_listings(index: SiteIndex) -> None:
    """Pass 3: the full lists that aggregated pages only preview, and their pages' anchors.

    Aggregated pages stay the same size whatever the number of audits: a standard's page
    shows the newest few examples under each statement, a theme's page the newest few
    audits and items, the learning pages counts and the newest few. Everything else is on
    these lists, paginated at `page_size`. A list exists when its preview cannot show it all
    (the learning lists by standard and by theme: whenever they have an item). The audits
    index is itself such a list, of every audit, when it has more than a page of them.
    """
    fw, s = index.framework, index.settings

    def add(first: Target, items: list) -> None:
        listing = Listing(first, tuple(items), s.page_size)
        index.listings[first] = listing
        for number in range(1, listing.pages + 1):
            index.anchors.add(listing.target(number))

    if len(index.audits) > s.page_size:
        add(urls.AUDITS, index.audits)
    for st in fw.standards:
        for statement in st.statements:
            links = index.statements[statement.id]
            if max(len(links.good_practice), len(links.learning), len(links.evidence)) > s.statement_examples:
                add(urls.statement_examples(st.number, statement.id), links.examples())
        if len(index.standard_areas[st.number]) > s.page_size:
            add(urls.standard_areas(st.number), index.standard_areas[st.number])
    for theme in fw.themes:
        if len(index.theme_audits[theme.id]) > s.latest_examples:
            add(urls.theme_audits(theme.id), index.theme_audits[theme.id])
    for kind in LISTED_KINDS:
        entries = [e for e in index.learning if e.kind.id == kind]
        for st in fw.standards:
            ids = {statement.id for statement in st.statements}
            items = [e for e in entries if not ids.isdisjoint(e.statements)]
            if items:
                add(urls.kind_by_standard(kind, st.number), items)
        unlinked = [e for e in entries if not e.statements]
        if unlinked:
            add(urls.kind_not_linked(kind), unlinked)
        for theme in fw.themes:
            items = [e for e in index.theme_learning[theme.id] if e.kind.id == kind]
            if items:
                add(urls.kind_by_theme(kind, theme.id), items)
