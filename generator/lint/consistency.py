"""Consistency rules: answers that contradict each other, or that QA would query."""

from __future__ import annotations

import datetime as dt
from typing import Iterator

from .rule import Hit, RecordContext, rule


@rule("K101", "dates-out-of-order", category="consistency")
def dates_out_of_order(ctx: RecordContext) -> Iterator[Hit]:
    """The record's dates do not run in order.

    ## What it does
    Checks period start < period end <= audit date <= QA date <= moderation date,
    and that no date is in the future.

    ## Why it matters
    A QA date before the audit, or a period ending after it, is a typing slip that
    makes the record's timeline (and the period shown on the site) wrong.

    ## Example
    ```yaml
    audit_date: 2026-09-14
    qa: {date: 2026-09-04}
    ```

    ## Instead
    ```yaml
    audit_date: 2026-09-14
    qa: {date: 2026-09-20}
    ```
    """
    r = ctx.record
    chain = [
        (("period", "start"), "the period's start", r.period.start if r.period else None),
        (("period", "end"), "the period's end", r.period.end if r.period else None),
        (("audit_date",), "the audit date", r.audit_date),
        (("qa", "date"), "the QA date", r.qa.date if r.qa else None),
        (("moderation", "date"), "the moderation date", r.moderation.date if r.moderation else None),
    ]
    present = [c for c in chain if c[2] is not None]
    for (path_a, name_a, a), (path_b, name_b, b) in zip(present, present[1:]):
        if b < a or (path_a == ("period", "start") and b == a):
            yield ctx.hit(path_b, f"{name_b} ({b.isoformat()}) is before {name_a} ({a.isoformat()})")
    today = dt.date.today()
    for path, name, value in present:
        if value > today:
            yield ctx.hit(path, f"{name} ({value.isoformat()}) is in the future")


@rule("K102", "period-not-six-months", category="consistency", severity="warning",
      min_days=150, max_days=215)
def period_not_six_months(ctx: RecordContext) -> Iterator[Hit]:
    """The audit period is not about six months.

    ## What it does
    Warns when `period` spans fewer than `min_days` or more than `max_days` days.

    ## Why it matters
    "The audit spans a period of 6 months": audits that span other periods are not
    comparable, and figures built on them mislead.

    ## Example
    ```yaml
    period: {start: 2026-08-01, end: 2026-09-14}
    ```

    ## Instead
    ```yaml
    period: {start: 2026-03-14, end: 2026-09-14}
    ```
    """
    p = ctx.record.period
    if p is None or p.start is None or p.end is None or p.end <= p.start:
        return
    days = (p.end - p.start).days
    if not ctx.options["min_days"] <= days <= ctx.options["max_days"]:
        yield ctx.hit(("period",), f"the period spans {days} days; an audit spans about six months")


def _rank(ctx: RecordContext, grade: str | None) -> int | None:
    return ctx.framework.grade_rank.get(grade) if grade else None


def _area_grades(ctx: RecordContext, who: str) -> list[int]:
    ranks = []
    for entry in ctx.record.areas.values():
        if entry.judgement is not None:
            rank = _rank(ctx, getattr(entry.judgement, who))
            if rank is not None:
                ranks.append(rank)
    return ranks


@rule("K103", "overall-grade-above-every-area", category="consistency", severity="warning")
def overall_grade_above_every_area(ctx: RecordContext) -> Iterator[Hit]:
    """The overall grade is better than every area's grade.

    ## What it does
    Warns when the auditor's or the moderator's overall grade is better than the
    best grade they gave any area.

    ## Why it matters
    The overall judgement is made "considering the findings"; a grade above all the
    findings needs the moderator's attention.

    ## Example
    ```yaml
    areas:
      risk: {judgement: {auditor: requires-improvement}}
      # ... every area requires improvement
    overall: {grade: {auditor: good}}
    ```

    ## Instead
    Grade overall no higher than the findings support, or revisit the area grades.
    """
    overall = ctx.record.overall
    if overall is None or overall.grade is None:
        return
    for who in ("auditor", "moderator"):
        rank = _rank(ctx, getattr(overall.grade, who))
        areas = _area_grades(ctx, who)
        if rank is not None and areas and rank < min(areas):
            yield ctx.hit(("overall", "grade", who),
                          f"the {who}'s overall grade is better than every area's {who} grade")


@rule("K104", "outstanding-with-inadequate-area", category="consistency", severity="warning")
def outstanding_with_inadequate_area(ctx: RecordContext) -> Iterator[Hit]:
    """The overall grade is Outstanding although an area is Inadequate.

    ## What it does
    Warns when an overall grade is the best on the scale while an area graded by
    the same person is the worst.

    ## Why it matters
    Outstanding means "consistently good or better"; an inadequate area contradicts it.

    ## Example
    ```yaml
    areas:
      networks: {judgement: {moderator: inadequate}}
    overall: {grade: {moderator: outstanding}}
    ```

    ## Instead
    Grade overall no higher than good, or revisit the area.
    """
    overall = ctx.record.overall
    if overall is None or overall.grade is None:
        return
    worst = len(ctx.framework.grades) - 1
    for who in ("auditor", "moderator"):
        if _rank(ctx, getattr(overall.grade, who)) == 0 and worst in _area_grades(ctx, who):
            yield ctx.hit(("overall", "grade", who),
                          f"the {who}'s overall grade is {ctx.framework.grades[0].label} but an area is "
                          f"{ctx.framework.grades[-1].label}")


@rule("K105", "grade-to-improve-missing", category="consistency", severity="warning")
def grade_to_improve_missing(ctx: RecordContext) -> Iterator[Hit]:
    """Below Outstanding, nothing says what would grade the audit higher.

    ## What it does
    Warns when the published (or, before moderation, the auditor's) grade is below
    the best and `overall.to_grade_higher` is empty.

    ## Why it matters
    "What would you need to see, to grade this audit higher?" is the most useful
    sentence for the team.

    ## Example
    ```yaml
    overall: {grade: {auditor: good, moderator: good}}
    ```

    ## Instead
    ```yaml
    overall:
      grade: {auditor: good, moderator: good}
      to_grade_higher: Direct work recorded in the child's words, and a plan the family helped write.
    ```
    """
    r = ctx.record
    grade = r.published_grade or (r.overall.grade.moderator or r.overall.grade.auditor
                                  if r.overall and r.overall.grade else None)
    if grade is None or ctx.framework.grade_rank.get(grade) in (None, 0):
        return
    if r.overall is None or not (r.overall.to_grade_higher or "").strip():
        yield ctx.hit(("overall", "to_grade_higher"),
                      "the grade is below the best, but nothing says what would grade the audit higher",
                      advisory=r.status == "draft")


@rule("K106", "summary-too-long", category="consistency", severity="warning")
def summary_too_long(ctx: RecordContext) -> Iterator[Hit]:
    """The summary is over the framework's word limit.

    ## What it does
    Warns when `summary` has more words than `standards/form.yml`'s
    `summary.word_limit` (150 by default).

    ## Why it matters
    The form says the summary "needs to be brief": readers get the case in seconds
    and the analysis carries the detail.

    ## Example
    A 300-word summary that retells the chronology.

    ## Instead
    Issues, history and reason for involvement in a few sentences; detail goes in the areas.
    """
    limit = ctx.framework.form.summary.word_limit
    words = len((ctx.record.summary or "").split())
    if words > limit:
        yield ctx.hit(("summary",), f"the summary has {words} words; the limit is {limit}")


@rule("K107", "final-grade-mismatch", category="consistency")
def final_grade_mismatch(ctx: RecordContext) -> Iterator[Hit]:
    """The moderation block contradicts the grades.

    ## What it does
    Reports a `final_grade` that differs from the moderator's overall grade, and an
    `agrees` that does not match whether the moderator's grade equals the auditor's.

    ## Why it matters
    `moderation.final_grade` is the grade that is published; if it contradicts the
    record, the site publishes the wrong judgement.

    ## Example
    ```yaml
    overall: {grade: {auditor: good, moderator: requires-improvement}}
    moderation: {agrees: yes, final_grade: good}
    ```

    ## Instead
    ```yaml
    overall: {grade: {auditor: good, moderator: requires-improvement}}
    moderation: {agrees: no, final_grade: requires-improvement, comment: ...}
    ```
    """
    r = ctx.record
    m = r.moderation
    grade = r.overall.grade if r.overall and r.overall.grade else None
    if m is None or grade is None:
        return
    if m.final_grade and grade.moderator and m.final_grade != grade.moderator:
        yield ctx.hit(("moderation", "final_grade"),
                      f"final grade `{m.final_grade}` differs from the moderator's overall grade `{grade.moderator}`")
    final = m.final_grade or grade.moderator
    if m.agrees is not None and final and grade.auditor:
        if m.agrees != (final == grade.auditor):
            said = "agrees" if m.agrees else "disagrees"
            yield ctx.hit(("moderation", "agrees"),
                          f"the moderator {said} with the auditor, but the grades are `{grade.auditor}` "
                          f"and `{final}`")


@rule("K108", "answers-without-views", category="consistency")
def answers_without_views(ctx: RecordContext) -> Iterator[Hit]:
    """Views were not obtained, yet answers on the scale are recorded.

    ## What it does
    Reports scores or scale answers under `child_views` or `parent_views` when
    `obtained` is `no`.

    ## Why it matters
    Figures would count answers nobody gave.

    ## Example
    ```yaml
    child_views: {obtained: no, reason: Declined., listened: 7}
    ```

    ## Instead
    ```yaml
    child_views: {obtained: no, reason: Declined to speak with the auditor.}
    ```
    """
    for key in ("child_views", "parent_views"):
        block = getattr(ctx.record, key)
        if block is None or block.obtained is not False:
            continue
        for q in ("listened", "respected", "difference"):
            if getattr(block, q) is not None:
                yield ctx.hit((key, q), f"`{q}` has an answer but the views were not obtained")
