"""Completeness rules: QA's check that an audit can progress to moderation.

A `draft` may be incomplete, so what is missing from a draft is a warning; a
`qa-checked` or `moderated` record must be complete, so it is an error.
"""

from __future__ import annotations

from typing import Any, Iterator

from ..record import Record
from .rule import Hit, RecordContext, rule


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip()) or value == [] or value == {}


def _required(record: Record, framework) -> Iterator[tuple[tuple, str]]:
    """(path, what) for every answer the form needs that the record lacks."""
    for key, what in (("title", "a headline"), ("audit_date", "the audit date"), ("summary", "the summary")):
        if _blank(getattr(record, key)):
            yield (key,), what
    if record.period is None or record.period.start is None or record.period.end is None:
        yield ("period",), "the period the audit spans (start and end)"
    case = record.case
    for key, what in (("type", "the case type"), ("age_band", "the age band"), ("service", "the service")):
        if case is None or _blank(getattr(case, key)):
            yield ("case", key), what
    if case is not None and case.type == "CP" and _blank(case.category):
        yield ("case", "category"), "the child protection category"
    if case is not None and case.type == "LA" and _blank(case.legal_status):
        yield ("case", "legal_status"), "the looked-after legal status"
    if not record.themes:
        yield ("themes",), "at least one theme"
    for check in framework.form.file_checks:
        entry = record.file_check.get(check.id)
        if entry is None or entry.answer is None:
            yield ("file_check", check.id), f"the file check answer to \u201c{check.question}\u201d"
    if record.practitioner is None or record.practitioner.involved is None:
        yield ("practitioner", "involved"), "whether the audit was undertaken with the practitioner"
    for views, who in (("child_views", "child"), ("parent_views", "parent or carer")):
        block = getattr(record, views)
        if block is None or block.obtained is None:
            yield (views, "obtained"), f"whether the {who}'s views were obtained"
    moderated = record.status == "moderated"
    for area in framework.areas:
        entry = record.areas.get(area.id)
        if entry is None or _blank(entry.analysis):
            yield ("areas", area.id, "analysis"), f"the analysis for area `{area.id}`"
        if entry is None or entry.judgement is None or entry.judgement.auditor is None:
            yield ("areas", area.id, "judgement", "auditor"), f"the auditor's judgement for area `{area.id}`"
        if moderated and (entry is None or entry.judgement is None or entry.judgement.moderator is None):
            yield ("areas", area.id, "judgement", "moderator"), f"the moderator's judgement for area `{area.id}`"
    overall = record.overall
    if overall is None or overall.grade is None or overall.grade.auditor is None:
        yield ("overall", "grade", "auditor"), "the auditor's overall grade"
    if moderated and (overall is None or overall.grade is None or overall.grade.moderator is None):
        yield ("overall", "grade", "moderator"), "the moderator's overall grade"
    if not record.actions:
        yield ("actions",), "at least one recommended action"
    if record.status in ("qa-checked", "moderated"):
        qa = record.qa
        if qa is None or qa.complete is None:
            yield ("qa", "complete"), "QA's completeness check"
        if qa is None or qa.date is None:
            yield ("qa", "date"), "the QA date"
    if moderated:
        m = record.moderation
        for key, what in (("agrees", "whether the moderator agrees with the auditor's grade"),
                          ("final_grade", "the final overall judgement"),
                          ("comment", "the moderation comment"),
                          ("escalated", "whether an audit worry form was raised"),
                          ("date", "the moderation date"),
                          ("returned_to", "who the moderated audit was returned to"),
                          ("practitioner_feedback_sought", "whether practitioner feedback was sought")):
            if m is None or _blank(getattr(m, key)):
                yield ("moderation", key), what


@rule("C101", "missing-required-answer", category="completeness")
def missing_required_answer(ctx: RecordContext) -> Iterator[Hit]:
    """A question the form asks has no answer.

    ## What it does
    Lists every answer missing for the record's status: the headline, dates, case
    details, themes, summary, the four file checks, practitioner involvement, whether
    the child's and parent's views were obtained, every area's analysis and
    judgement, the overall grade and at least one action; for `qa-checked` and
    `moderated` records the QA check; for `moderated` records the moderator's
    judgements and the whole moderation block. Missing answers in a `draft` are
    warnings; in a `qa-checked` or `moderated` record they are errors.

    ## Why it matters
    QA checks "that this audit is checked for completeness and that it can progress
    for moderation". An empty area is an area nobody looked at.

    ## Example
    ```yaml
    status: qa-checked
    areas:
      risk: {judgement: {auditor: good}}
    ```

    ## Instead
    ```yaml
    status: qa-checked
    areas:
      risk:
        analysis: Risk was identified at the strategy meeting and the safety plan ...
        judgement: {auditor: good}
    ```
    """
    draft = ctx.record.status == "draft"
    for path, what in _required(ctx.record, ctx.framework):
        yield ctx.hit(path, f"missing: {what}", advisory=draft)


@rule("C102", "file-check-no-without-comment", category="completeness")
def file_check_no_without_comment(ctx: RecordContext) -> Iterator[Hit]:
    """A file check answered `no` has no comment saying what is out of date.

    ## What it does
    Reports each file check (basic details, case recording, chronology, case summary)
    answered `no` without a `comment`.

    ## Why it matters
    "No" alone tells the team nothing to put right; the comment is the action.

    ## Example
    ```yaml
    file_check:
      chronology: {answer: no}
    ```

    ## Instead
    ```yaml
    file_check:
      chronology: {answer: no, comment: Chronology stops before the spring strategy meeting.}
    ```
    """
    for key, entry in ctx.record.file_check.items():
        if entry.answer is False and _blank(entry.comment):
            yield ctx.hit(("file_check", key, "answer"), f"file check `{key}` is `no` with no comment saying why",
                          advisory=ctx.record.status == "draft")


@rule("C103", "views-not-obtained-without-reason", category="completeness")
def views_not_obtained_without_reason(ctx: RecordContext) -> Iterator[Hit]:
    """The child's or parent's views were not obtained and no reason is given.

    ## What it does
    Reports `obtained: no` without a `reason`, and `obtained: yes` without the three
    answers on their scales.

    ## Why it matters
    Whether children and parents were heard is what the audit is for; "not obtained"
    needs a reason the moderator can weigh (too young, declined, not safe to ask).

    ## Example
    ```yaml
    child_views: {obtained: no}
    ```

    ## Instead
    ```yaml
    child_views:
      obtained: no
      reason: Pre-verbal; the auditor observed a home visit instead.
    ```
    """
    draft = ctx.record.status == "draft"
    for key, who in (("child_views", "child's"), ("parent_views", "parent's")):
        block = getattr(ctx.record, key)
        if block is None or block.obtained is None:
            continue
        if block.obtained is False and _blank(block.reason):
            yield ctx.hit((key, "obtained"), f"the {who} views were not obtained and no `reason` is given",
                          advisory=draft)
        if block.obtained is True:
            for q in ("listened", "respected", "difference"):
                if getattr(block, q) is None:
                    yield ctx.hit((key, q), f"the {who} views were obtained but `{q}` has no answer",
                                  advisory=draft)


@rule("C104", "practitioner-answer-unexplained", category="completeness")
def practitioner_answer_unexplained(ctx: RecordContext) -> Iterator[Hit]:
    """Practitioner involvement is answered without the reflections or the reason.

    ## What it does
    `practitioner.involved: yes` needs `reflections`; `involved: no` needs `reason`.

    ## Why it matters
    The form asks "What were their reflections/comments? If not why not?"; either
    answer is learning.

    ## Example
    ```yaml
    practitioner: {involved: no}
    ```

    ## Instead
    ```yaml
    practitioner: {involved: no, reason: The allocated worker had left; the team manager took part.}
    ```
    """
    p = ctx.record.practitioner
    if p is None or p.involved is None:
        return
    draft = ctx.record.status == "draft"
    if p.involved and _blank(p.reflections):
        yield ctx.hit(("practitioner", "involved"), "the practitioner was involved but `reflections` is empty",
                      advisory=draft)
    if not p.involved and _blank(p.reason):
        yield ctx.hit(("practitioner", "involved"), "the practitioner was not involved and no `reason` is given",
                      advisory=draft)


@rule("C105", "disagreement-unexplained", category="completeness", min_words=8)
def disagreement_unexplained(ctx: RecordContext) -> Iterator[Hit]:
    """The moderator disagrees with the auditor's grade without saying why.

    ## What it does
    When `moderation.agrees` is `no`, the moderation comment must explain the
    disagreement: it must be there and at least `min_words` words long.

    ## Why it matters
    The moderated grade is what is published; auditors learn from the reasoning
    behind a changed grade, not from the change.

    ## Example
    ```yaml
    moderation: {agrees: no, final_grade: good, comment: Disagree.}
    ```

    ## Instead
    ```yaml
    moderation:
      agrees: no
      final_grade: good
      comment: >
        Graded good rather than requires improvement: the safety plan was reviewed
        at every core group and the child's school attendance recovered.
    ```
    """
    m = ctx.record.moderation
    if m is None or m.agrees is not False:
        return
    words = len((m.comment or "").split())
    if words < ctx.options["min_words"]:
        yield ctx.hit(("moderation", "comment"),
                      f"the moderator disagrees with the auditor's grade; the comment must explain why "
                      f"(at least {ctx.options['min_words']} words, found {words})",
                      advisory=ctx.record.status == "draft")


@rule("C106", "incomplete-action", category="completeness")
def incomplete_action(ctx: RecordContext) -> Iterator[Hit]:
    """A recommended action lacks what to do, who does it, or by when.

    ## What it does
    Each item of `actions` needs `action`, `by` (a role) and `timescale`.

    ## Why it matters
    The form asks for actions that are "specific"; an action without an owner or a
    timescale is the drift the audit was meant to prevent.

    ## Example
    ```yaml
    actions:
      - action: Update the chronology.
    ```

    ## Instead
    ```yaml
    actions:
      - {action: Update the chronology., by: Social Worker, timescale: 2 weeks}
    ```
    """
    draft = ctx.record.status == "draft"
    labels = {"action": "no text saying what to do", "by": "no owner (a role)", "timescale": "no timescale"}
    for i, action in enumerate(ctx.record.actions):
        for key, what in labels.items():
            if _blank(getattr(action, key)):
                yield ctx.hit(("actions", i, key), f"action {i + 1} has {what}", advisory=draft)


@rule("C107", "learning-item-empty", category="completeness")
def learning_item_empty(ctx: RecordContext) -> Iterator[Hit]:
    """A learning item has no kind or no text.

    ## What it does
    Each item of `learning` needs a `kind` (good practice or learning) and `text`.

    ## Why it matters
    Learning items are what practitioners read on the standards and themes pages; an
    empty one is a blank card.

    ## Example
    ```yaml
    learning:
      - kind: good-practice
    ```

    ## Instead
    ```yaml
    learning:
      - kind: good-practice
        text: Direct work using Three Houses gave the child's voice real weight in the plan.
        standards: ["2.3"]
    ```
    """
    draft = ctx.record.status == "draft"
    for i, item in enumerate(ctx.record.learning):
        if _blank(item.kind):
            yield ctx.hit(("learning", i, "kind"), f"learning item {i + 1} has no kind", advisory=draft)
        if _blank(item.text):
            yield ctx.hit(("learning", i, "text"), f"learning item {i + 1} has no text", advisory=draft)
