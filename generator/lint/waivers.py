"""Waiver rules: a record may switch a rule off for itself only with a written reason."""

from __future__ import annotations

from typing import Iterator

from .rule import REGISTRY, Hit, RecordContext, rule


@rule("W101", "invalid-waiver", category="schema")
def invalid_waiver(ctx: RecordContext) -> Iterator[Hit]:
    """A waiver names no rule, or a rule that cannot be waived.

    ## What it does
    Each item of `waivers:` names a rule code and a reason of at least a few words
    (the record format enforces the reason). This rule reports codes that do not
    exist and waivers of privacy errors, which nothing can waive.

    ## Why it matters
    A waiver is a decision QA can defend; a waiver of an unknown rule hides a typo,
    and nothing identifying may be published, whatever a record says.

    ## Example
    ```yaml
    waivers:
      - {rule: K999, reason: Not relevant.}
    ```

    ## Instead
    ```yaml
    waivers:
      - rule: K102
        reason: The audit deliberately spans the twelve months since the child came into care.
    ```
    """
    for i, waiver in enumerate(ctx.record.waivers):
        target = REGISTRY.get(waiver.rule)
        if target is None:
            yield ctx.hit(("waivers", i, "rule"), f"there is no rule {waiver.rule} to waive")
        elif target.category == "privacy" and target.severity == "error":
            yield ctx.hit(("waivers", i, "rule"), f"{waiver.rule} is a privacy rule and cannot be waived")
