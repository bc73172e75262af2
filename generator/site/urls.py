"""The one place that makes page paths and anchors (see the architecture's URL table).

A page is named by its Markdown source path inside `build/docs/` ("standards/4.md");
with `use_directory_urls` MkDocs serves it at "/standards/4/". Links in generated
Markdown point at source files ("../standards/4.md#4.7"), so MkDocs checks every
one of them and writes the right URL whatever the site's settings. Templates get
links from `href()` and never build one by hand.

URLs are stable: trainers link to them. Never change a path or an anchor here
without keeping the old one working.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True, order=True)
class Target:
    """Somewhere a link can land: a page (its source path) and, optionally, an anchor on it."""

    page: str
    anchor: str | None = None

    def at(self, anchor: str) -> "Target":
        return Target(self.page, anchor)


HOME = Target("index.md")
STANDARDS = Target("standards/index.md")
AUDITS = Target("audits/index.md")
THEMES = Target("themes/index.md")
LEARNING = Target("learning.md")
GOOD_PRACTICE = Target("good-practice.md")
RULES = Target("lint-rules.md")

# Where the site's own assets go inside build/docs/.
EXTRA_CSS = "assets/extra.css"
JS_DIR = "assets/js"


def standard(number: int) -> Target:
    return Target(f"standards/{number}.md")


def statement(number: int, statement_id: str) -> Target:
    """A statement's anchor is its id: /standards/3/#3.2b."""
    return Target(f"standards/{number}.md", statement_id)


def standard_table(number: int) -> Target:
    """The table of how the areas mapped to a standard were graded."""
    return standard(number).at("how-areas-were-graded")


def statement_examples(number: int, statement_id: str) -> Target:
    """Every example under one statement (learning, good practice, evidence), on its own
    page when the standard's page cannot show them all: /standards/4/4.7/."""
    return Target(f"standards/{number}/{statement_id}.md")


def standard_areas(number: int) -> Target:
    """Every audit area mapped to a standard and how it was judged, audit by audit:
    /standards/4/areas/ (statement ids never read "areas")."""
    return Target(f"standards/{number}/areas.md")


def audit(audit_id: str) -> Target:
    return Target(f"audits/{audit_id}.md")


def theme(theme_id: str) -> Target:
    return Target(f"themes/{theme_id}.md")


def theme_audits(theme_id: str) -> Target:
    """Every published audit with a theme: /themes/neglect/audits/."""
    return Target(f"themes/{theme_id}/audits.md")


def kind_page(kind_id: str) -> Target:
    """The landing page of one kind of learning item: /good-practice/ or /learning/."""
    return GOOD_PRACTICE if kind_id == "good-practice" else LEARNING


def kind_by_standard(kind_id: str, number: int) -> Target:
    """Every item of a kind that cites a statement of the standard: /learning/standard-4/."""
    return Target(f"{kind_page(kind_id).page[: -len('.md')]}/standard-{number}.md")


def kind_by_theme(kind_id: str, theme_id: str) -> Target:
    """Every item of a kind with the theme: /good-practice/theme-neglect/."""
    return Target(f"{kind_page(kind_id).page[: -len('.md')]}/theme-{theme_id}.md")


def kind_not_linked(kind_id: str) -> Target:
    """Every item of a kind that cites no statement: /learning/not-linked/."""
    return Target(f"{kind_page(kind_id).page[: -len('.md')]}/not-linked.md")


def page_of(first: Target, number: int) -> Target:
    """Page `number` (from 1) of a paginated list whose first page is `first`:
    the first page keeps its own URL, the others are /learning/standard-4/page/2/
    (and /audits/page/2/ for the audits index)."""
    if number <= 1:
        return first
    stem = first.page[: -len("/index.md")] if first.page.endswith("/index.md") else first.page[: -len(".md")]
    return Target(f"{stem}/page/{number}.md")


# The audits index's data for its filter when the index has more than one page: every
# published audit, loaded by the filter script (beside it) only when a reader narrows the list.
AUDITS_DATA = f"{JS_DIR}/audits-data.js"


# The sections of an audit page, in the form's order: key -> (anchor, name shown in backlinks).
# The audit areas sit between `parents-views` and `overall`, each anchored by its own id
# (`#risk`), so area ids must not be one of these anchors.
AUDIT_SECTIONS: dict[str, tuple[str, str]] = {
    "summary": ("summary", "Summary"),
    "case": ("the-case", "The case"),
    "file_check": ("file-check", "File check"),
    "practitioner": ("practitioner", "Practitioner"),
    "child_views": ("childs-views", "Child's views"),
    "parent_views": ("parents-views", "Parent's views"),
    "areas": ("areas", "Audit areas"),
    "overall": ("overall-grade", "Overall grade"),
    "views": ("other-views", "Other views"),
    "actions": ("actions", "Actions"),
    "learning": ("learning", "Learning"),
    "qa": ("qa-and-moderation", "QA and moderation"),
    "moderation": ("qa-and-moderation", "QA and moderation"),
}


def audit_section(audit_id: str, key: str) -> Target:
    return audit(audit_id).at(AUDIT_SECTIONS[key][0])


def audit_area(audit_id: str, area_id: str) -> Target:
    """An audit area's section: /audits/DDA-2026-014/#risk."""
    return audit(audit_id).at(area_id)


def learning_item(audit_id: str, index: int) -> Target:
    """The n-th (0-based) learning item of an audit: #learning-1 for the first."""
    return audit(audit_id).at(f"learning-{index + 1}")


def url(target: Target) -> str:
    """The site-absolute URL of a target, as readers see it: /standards/4/#4.7."""
    page = target.page[: -len(".md")]
    if page == "index" or page.endswith("/index"):
        page = page[: -len("index")]
    else:
        page += "/"
    path = "/" + page
    return path + (f"#{target.anchor}" if target.anchor else "")


@lru_cache(maxsize=65536)
def relative(from_page: str, target: Target) -> str:
    """A Markdown link from the source page `from_page` to `target`: ../standards/4.md#4.7.

    A link depends only on the folder of the page it is on (a link to the same page
    names the file too: 4.md#4.7), so a piece rendered once serves a whole folder.
    """
    here = from_page.split("/")[:-1]
    there = target.page.split("/")
    common = 0
    while common < min(len(here), len(there) - 1) and here[common] == there[common]:
        common += 1
    link = "/".join([".."] * (len(here) - common) + there[common:])
    return link + (f"#{target.anchor}" if target.anchor else "")
