"""Every generated page: its path, its template and the data the template gets.

The page set is fixed by the framework and the published audits: the home page,
the standards index and one page per standard, the audits index and one page per
published audit, the themes index and one page per theme, shared learning and good
practice, and the pages of the full lists those pages only preview (index.Listing:
a statement's examples, a standard's audit areas, a theme's audits, learning and good
practice by standard, by theme and not linked; the audits index itself, in pages).
Every page but an audit's is bounded in size whatever the number of audits (the audits
filter's data file, not a page, holds one short row per audit). Data only here; the
wording and the Markdown are the templates'.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Callable

from ..framework import Choice, Standard, Statement, Theme
from . import audit_view, urls
from .audit_view import Link, LearningShown, audit_shown, month_range, statement_links, theme_links
from .figures import Counter, Figure, Table, table
from .index import LISTED_KINDS, AuditInfo, Citation, LearningEntry, Listing, SiteIndex
from .urls import Target


@dataclass
class Page:
    path: str
    """Source path inside build/docs/ (urls.py decides it)."""
    template: str
    context: dict[str, Any] | Callable[[], dict[str, Any]] = field(default_factory=dict)
    """The template's data, or a function that makes it (so a cached page costs nothing)."""
    key: str | None = None
    """For a page made from one record alone: that record's content hash. The page's
    Markdown can then be reused while the record, the framework, the settings and the
    templates are unchanged (auditkb serve). None: rendered on every run."""


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
    """The newest of each kind, at most `statement_examples` of each."""
    all_examples: "More | None" = None
    """The statement's own page and how many examples it lists (learning, good practice and
    evidence), when the standard's page cannot show every example."""


@dataclass(frozen=True)
class Pager:
    """Where one page of a paginated list sits: page `number` of `count`, and the way to
    its neighbours (None where there is none). A list of one page shows no pager."""

    number: int
    count: int
    first: Target | None
    previous: Target | None
    next: Target | None
    last: Target | None


@dataclass(frozen=True)
class More:
    """A preview's link to its full list: the list's first page and how many it holds."""

    target: Target
    count: Figure


def pager(listing: Listing, number: int) -> Pager:
    last = listing.pages
    return Pager(number, last,
                 listing.target(1) if number > 1 else None,
                 listing.target(number - 1) if number > 1 else None,
                 listing.target(number + 1) if number < last else None,
                 listing.target(last) if number < last else None)


def more(index: SiteIndex, first: Target) -> More | None:
    """The link to a full list, if the site has that list."""
    listing = index.listings.get(first)
    return More(first, counter_for(index).count(len(listing.items))) if listing else None


def listing_pages(listing: Listing, template: str, context: dict[str, Any],
                  shown: Callable[[Any], Any] | None = None) -> list[Page]:
    """Every page of a full list: `context`, plus the page's `items` and its `pager`.

    `context` holds the framework's and the settings' things and the list's count;
    a page also shows its items, each made from one audit's record. So a page is keyed
    by its place in the list, the count and its items' records' hashes: after an edit,
    only pages listing the edited audit (or whose items moved) are rendered again.
    """
    out = []
    count = context.get("count")
    for number in range(1, listing.pages + 1):
        items = listing.page_items(number)

        def make(items: tuple = items, number: int = number) -> dict[str, Any]:
            return {**context, "items": [shown(x) for x in items] if shown else list(items),
                    "pager": pager(listing, number)}

        key = _listing_key(template, number, listing.pages, count.text if isinstance(count, Figure) else count,
                           items)
        out.append(Page(listing.target(number).page, template, make, key=key))
    return out


def _listing_key(template: str, number: int, pages: int, count: Any, items: tuple) -> str | None:
    try:
        parts = (template, number, pages, count, tuple(_item_key(x) for x in items))
    except TypeError:  # an item not made from one audit: render the page every time
        return None
    return hashlib.blake2b(repr(parts).encode("utf-8"), digest_size=16).hexdigest()


def _item_key(item: Any) -> Any:
    """What identifies a listed item: its audit and record hash, and where in the record it is."""
    if isinstance(item, tuple):
        return tuple(_item_key(x) for x in item)
    if isinstance(item, str):
        return item
    known = _ITEM_KEYS.get(id(item))
    if known is not None and known[0] is item:
        return known[1]
    audit = item if isinstance(item, AuditInfo) else getattr(item, "audit", None)
    if not isinstance(audit, AuditInfo) or not audit.loaded.digest:
        raise TypeError(f"cannot key a listed {type(item).__name__}")
    area = getattr(item, "area", None)
    key = (type(item).__name__, audit.id, audit.loaded.digest, getattr(item, "index", None),
           getattr(item, "section", None), getattr(area, "id", area))
    _ITEM_KEYS[id(item)] = (item, key)  # an item is on several lists; the item is kept so its id stays its own
    return key


_ITEM_KEYS: dict[int, tuple[Any, Any]] = {}


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
    k = index.settings.statement_examples
    statements = []
    for s in st.statements:
        links = index.statements[s.id]
        statements.append(StatementShown(
            st, s, urls.statement(st.number, s.id),
            tuple(learning_shown(index, e) for e in links.learning[:k]),
            tuple(learning_shown(index, e) for e in links.good_practice[:k]),
            tuple(links.evidence[:k]),
            more(index, urls.statement_examples(st.number, s.id))))
    mapped_areas = [a for a in index.framework.areas if st.number in a.standards]
    area_grades = index.standard_areas[st.number]
    rows = [(index.area_name(a.id), a.id,
             [g.judgement.id if g.judgement else None for g in area_grades if g.area.id == a.id])
            for a in mapped_areas]
    all_areas = more(index, urls.standard_areas(st.number))
    return Page(urls.standard(st.number).page, "standard.md.j2", {
        "standard": st,
        "statements": statements,
        "mapped_areas": mapped_areas,
        "area_grades": [] if all_areas else area_grades,
        "all_areas": all_areas,
        "grades_table": grade_table(index, rows) if rows else None,
        "table_anchor": urls.standard_table(st.number).anchor,
        "area_names": {a.id: index.area_name(a.id) for a in mapped_areas},
    })


def statement_pages(index: SiteIndex, st: Standard, s: Statement) -> list[Page]:
    """Every example under a statement, when its standard's page cannot show them all."""
    listing = index.listings.get(urls.statement_examples(st.number, s.id))
    if listing is None:
        return []

    def shown(example: tuple[str, Any]) -> tuple[str, Any]:
        kind, item = example
        return (kind, item if kind == "evidence" else learning_shown(index, item))

    return listing_pages(listing, "statement.md.j2", {
        "standard": st, "statement": s, "back": urls.statement(st.number, s.id),
        "count": counter_for(index).count(len(listing.items)),
    }, shown)


def standard_areas_pages(index: SiteIndex, st: Standard) -> list[Page]:
    """How every audit area mapped to a standard was judged, when the standard's page cannot list them all."""
    listing = index.listings.get(urls.standard_areas(st.number))
    if listing is None:
        return []
    return listing_pages(listing, "standard_areas.md.j2", {
        "standard": st, "back": urls.standard_table(st.number),
        "count": counter_for(index).count(len(listing.items)),
        "area_names": {a.id: index.area_name(a.id) for a in index.framework.areas},
    })


def audits_index(index: SiteIndex) -> list[Page]:
    """Every published audit, one lean row each, newest first; in pages of `page_size`
    when there are more (/audits/page/2/), each page with the filter. The filter then
    narrows every audit, not only a page's, from the data file (audits_data)."""
    fw = index.framework
    used = {t for a in index.audits for t in a.record.themes}
    context = {
        "count": counter_for(index).count(len(index.audits)),
        "filter_themes": sorted(((t.id, t.label) for t in fw.themes if t.id in used), key=lambda x: x[1].lower()),
        "filter_case_types": [(c.id, c.label) for c in fw.case_types],
        "filter_grades": [(g.id, g.label) for g in fw.grades],
        "grades_table": grade_table(index, [("All published audits", "all",
                                             [a.grade.id if a.grade else None for a in index.audits])]),
    }
    listing = index.listings.get(urls.AUDITS) or Listing(urls.AUDITS, tuple(index.audits), max(1, len(index.audits)))
    return listing_pages(listing, "audits_index.md.j2", context, lambda a: audit_row(index, a))


def audits_data(index: SiteIndex) -> list[Page]:
    """The audits filter's data, when the audits index has more than one page: for every
    audit, newest first, what its row shows and what the filter matches on."""
    if urls.AUDITS not in index.listings:
        return []
    rows = []
    for a in index.audits:
        row = audit_row(index, a)
        r = a.record
        rows.append([a.id, r.title or "", audit_view.month(r.audit_date), a.grade.label if a.grade else "",
                     row.case_type or "", " ".join(r.themes), (r.case.type if r.case else None) or "",
                     a.grade.id if a.grade else ""])
    return [Page(urls.AUDITS_DATA, "audits_data.js.j2", {"rows": rows})]


def audit(index: SiteIndex, info: AuditInfo) -> Page:
    # an audit page shows its own record and the framework only: keyed by the record
    return Page(info.target.page, "audit.md.j2", lambda: {"a": audit_shown(index, info)},
                key=info.loaded.digest or None)


def themes_index(index: SiteIndex) -> Page:
    count = counter_for(index)
    facets: dict[str, dict[str, list[tuple[Theme, Target, Figure]]]] = {}
    for t in index.framework.themes:
        figure = count.count(len(index.theme_audits[t.id]))
        facets.setdefault(t.facet, {}).setdefault(t.group, []).append((t, urls.theme(t.id), figure))
    return Page(urls.THEMES.page, "themes_index.md.j2", {"facets": facets})


def theme(index: SiteIndex, t: Theme) -> Page:
    """A theme's figures and the newest of its audits and items, with links to all of them."""
    k = index.settings.latest_examples
    audits = index.theme_audits[t.id]
    entries = index.theme_learning[t.id]
    good_practice = [e for e in entries if e.kind.id == "good-practice"]
    learning_items = [e for e in entries if e.kind.id == "learning"]
    return Page(urls.theme(t.id).page, "theme.md.j2", {
        "theme": t,
        "count": counter_for(index).count(len(audits)),
        "rows": [audit_row(index, a) for a in audits[:k]],
        "all_audits": more(index, urls.theme_audits(t.id)),
        "good_practice": [learning_shown(index, e) for e in good_practice[:k]],
        "all_good_practice": more(index, urls.kind_by_theme("good-practice", t.id)) if len(good_practice) > k else None,
        "learning": [learning_shown(index, e) for e in learning_items[:k]],
        "all_learning": more(index, urls.kind_by_theme("learning", t.id)) if len(learning_items) > k else None,
        "grades_table": grade_table(index, [(t.label, t.id, [a.grade.id if a.grade else None for a in audits])]),
    })


def theme_audits_pages(index: SiteIndex, t: Theme) -> list[Page]:
    """Every published audit with a theme, when the theme's page cannot list them all."""
    listing = index.listings.get(urls.theme_audits(t.id))
    if listing is None:
        return []
    return listing_pages(listing, "theme_audits.md.j2", {
        "theme": t, "back": urls.theme(t.id), "count": counter_for(index).count(len(listing.items)),
    }, lambda a: audit_row(index, a))


def learning(index: SiteIndex, kind: Choice, target: Target) -> Page:
    """Shared learning or good practice: how many items cite each standard and have each
    theme, each linked to its full list, and the newest items."""
    fw = index.framework
    entries = [e for e in index.learning if e.kind.id == kind.id]
    by_standard = [(st, m) for st in fw.standards if (m := more(index, urls.kind_by_standard(kind.id, st.number)))]
    by_theme = [(t, m) for t in fw.themes if (m := more(index, urls.kind_by_theme(kind.id, t.id)))]
    template = "good_practice.md.j2" if kind.id == "good-practice" else "learning.md.j2"
    return Page(target.page, template, {
        "kind": kind,
        "count": counter_for(index).count(len(entries)),
        "latest": [learning_shown(index, e) for e in entries[: index.settings.latest_examples]],
        "by_standard": by_standard,
        "unlinked": more(index, urls.kind_not_linked(kind.id)),
        "by_theme": by_theme,
    })


def learning_list_pages(index: SiteIndex, kind: Choice) -> list[Page]:
    """The full lists of one kind of item: by standard, not linked to a statement, by theme."""
    fw = index.framework
    landing = urls.kind_page(kind.id)
    lists: list[tuple[Listing | None, dict[str, Any]]] = []
    for st in fw.standards:
        lists.append((index.listings.get(urls.kind_by_standard(kind.id, st.number)),
                      {"by": "standard", "standard": st, "about": urls.standard(st.number)}))
    lists.append((index.listings.get(urls.kind_not_linked(kind.id)), {"by": "not-linked"}))
    for t in fw.themes:
        lists.append((index.listings.get(urls.kind_by_theme(kind.id, t.id)),
                      {"by": "theme", "theme": t, "about": urls.theme(t.id)}))
    pages = []
    for listing, about in lists:
        if listing is not None:
            pages += listing_pages(listing, "learning_list.md.j2", {
                **about, "kind": kind, "landing": landing,
                "count": counter_for(index).count(len(listing.items))}, lambda e: learning_shown(index, e))
    return pages


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
    _ITEM_KEYS.clear()
    fw = index.framework
    kinds = {k.id: k for k in fw.form.learning.kinds}
    pages = [home(index, home_text), standards_index(index)]
    for st in fw.standards:
        pages.append(standard(index, st))
        for s in st.statements:
            pages += statement_pages(index, st, s)
        pages += standard_areas_pages(index, st)
    pages += audits_index(index)
    pages += audits_data(index)
    pages += [audit(index, a) for a in index.audits]
    pages.append(themes_index(index))
    for t in fw.themes:
        pages.append(theme(index, t))
        pages += theme_audits_pages(index, t)
    for kind_id in reversed(LISTED_KINDS):  # learning, then good practice
        kind = kinds.get(kind_id, Choice(id=kind_id, label=kind_id.replace("-", " ").capitalize()))
        pages.append(learning(index, kind, urls.kind_page(kind_id)))
        pages += learning_list_pages(index, kind)
    pages.append(lint_rules())
    _ITEM_KEYS.clear()
    return pages
