"""Vocabulary rules: every coded value is on the framework's list."""

from __future__ import annotations

import difflib
from typing import Any, Iterator

from .rule import Hit, RecordContext, rule

# (path into the record, vocabulary name, what to call it in a message)
_SINGLE = [
    (("case", "type"), "case_types", "a case type"),
    (("case", "category"), "cp_categories", "a child protection category"),
    (("case", "legal_status"), "legal_statuses", "a looked-after legal status"),
    (("case", "age_band"), "age_bands", "an age band"),
    (("case", "service"), "services", "a service"),
    (("diversity", "ethnicity"), "ethnicity_groups", "an ethnicity group"),
    (("parent_views", "listened"), "scale:frequency", "on the parent's scale"),
    (("parent_views", "respected"), "scale:frequency", "on the parent's scale"),
    (("parent_views", "difference"), "scale:life", "on the parent's scale"),
    (("overall", "grade", "auditor"), "grades", "a grade"),
    (("overall", "grade", "moderator"), "grades", "a grade"),
    (("moderation", "final_grade"), "grades", "a grade"),
]


# Where each long list lives, for messages.
_FILES = {"themes": "themes.yml", "services": "services.yml", "ethnicity_groups": "demographics.yml",
          "age_bands": "demographics.yml", "case_types": "case-types.yml"}


def _get(data: Any, path: tuple) -> Any:
    for part in path:
        if isinstance(data, dict):
            data = data.get(part)
        elif isinstance(data, list) and isinstance(part, int) and part < len(data):
            data = data[part]
        else:
            return None
    return data


def _values(ctx: RecordContext) -> Iterator[tuple[tuple, str, str, Any]]:
    """Every coded value in the record: (path, vocabulary, description, value)."""
    data = ctx.loaded.data
    for path, vocab, what in _SINGLE:
        yield path, vocab, what, _get(data, path)
    for i, theme in enumerate(_get(data, ("themes",)) or []):
        yield ("themes", i), "themes", "a theme", theme
    for area, entry in (_get(data, ("areas",)) or {}).items():
        for who in ("auditor", "moderator"):
            yield ("areas", area, "judgement", who), "grades", "a grade", _get(entry, ("judgement", who))
    for i, item in enumerate(_get(data, ("learning",)) or []):
        yield ("learning", i, "kind"), "learning_kinds", "a kind of learning", _get(item, ("kind",))
        for j, theme in enumerate(_get(item, ("themes",)) or []):
            yield ("learning", i, "themes", j), "themes", "a theme", theme
    for i, role in enumerate(_get(data, ("moderation", "returned_to")) or []):
        yield ("moderation", "returned_to", i), "returned_to", "a role the audit returns to", role


@rule("V101", "unknown-vocabulary-value", category="schema")
def unknown_vocabulary_value(ctx: RecordContext) -> Iterator[Hit]:
    """A coded value is not in the framework's vocabulary.

    ## What it does
    Checks themes, services, case types, CP categories, legal statuses, age bands,
    ethnicity groups, grades, the parent's scales, kinds of learning and the roles a
    moderated audit is returned to against the lists under `standards/`, and suggests
    the closest value.

    ## Why it matters
    Pages, indexes and figures are built from these values: a theme spelt
    `neglet` makes an audit vanish from the neglect page and its counts.

    ## Example
    ```yaml
    themes: [neglet, domestic-violence]
    overall: {grade: {auditor: excellent}}
    ```

    ## Instead
    ```yaml
    themes: [neglect, domestic-abuse]
    overall: {grade: {auditor: outstanding}}
    ```
    """
    vocabularies = ctx.framework.vocabularies
    for path, vocab, what, value in _values(ctx):
        if value is None or not isinstance(value, str):
            continue  # absent, or a type error the loader already reported
        allowed = vocabularies[vocab]
        if value in allowed:
            continue
        close = difflib.get_close_matches(value, allowed, n=1, cutoff=0.6)
        if close:
            hint = f"; did you mean `{close[0]}`?"
        elif len(allowed) <= 8:
            hint = "; expected one of " + ", ".join(f"`{v}`" for v in allowed)
        else:
            hint = f"; the list is in standards/{_FILES.get(vocab, '')}"
        yield ctx.hit(path, f"`{value}` is not {what}{hint}")


@rule("V102", "unknown-section-key", category="schema")
def unknown_section_key(ctx: RecordContext) -> Iterator[Hit]:
    """An audit area or file check is not one the form has.

    ## What it does
    Checks the keys under `areas:` against the framework's audit areas and the keys
    under `file_check:` against the form's file checks, and suggests the closest.

    ## Why it matters
    An analysis filed under a misspelt area is never shown and leaves the real area
    empty.

    ## Example
    ```yaml
    areas:
      oversite: {analysis: Supervision was monthly.}
    ```

    ## Instead
    ```yaml
    areas:
      oversight: {analysis: Supervision was monthly.}
    ```
    """
    data = ctx.loaded.data
    for section, vocab, what in (("areas", "areas", "an audit area"), ("file_check", "file_checks", "a file check")):
        allowed = ctx.framework.vocabularies[vocab]
        for key in (_get(data, (section,)) or {}):
            if key in allowed:
                continue
            close = difflib.get_close_matches(str(key), allowed, n=1, cutoff=0.6)
            hint = f"; did you mean `{close[0]}`?" if close else "; expected one of " + ", ".join(allowed)
            yield ctx.hit((section, key), f"`{key}` is not {what}{hint}", key=True)


@rule("V103", "case-detail-mismatch", category="schema")
def case_detail_mismatch(ctx: RecordContext) -> Iterator[Hit]:
    """A CP category on a case that is not CP, or a legal status on one not looked after.

    ## What it does
    `case.category` belongs to child protection cases only and `case.legal_status` to
    looked-after (LA) cases only; this reports either one given for another case type.

    ## Why it matters
    Figures by category and legal status would count a case twice, under the wrong
    heading.

    ## Example
    ```yaml
    case: {type: CIN, category: neglect}
    ```

    ## Instead
    ```yaml
    case: {type: CIN, category: null}
    ```
    """
    case = ctx.record.case
    if case is None or case.type is None:
        return
    if case.category is not None and case.type != "CP":
        yield ctx.hit(("case", "category"), f"a CP category is given for a `{case.type}` case; only CP cases have one")
    if case.legal_status is not None and case.type != "LA":
        yield ctx.hit(("case", "legal_status"),
                      f"a legal status is given for a `{case.type}` case; only looked-after (LA) cases have one")
