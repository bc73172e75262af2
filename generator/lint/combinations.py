"""Re-identification by combination: what an audit's page shows, taken together.

Each field on an audit page is harmless alone; together (a baby, on an interim care
order, in the children-in-care service, audited in the third quarter of 2026) they
can point at one family. This rule warns QA when a published record's combination
is shared by fewer than `k` published records, so the record can be generalised.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Iterator

from ..record import Record
from .rule import CollectionContext, Hit, rule


def _published(record: Record) -> bool:
    return record.status == "moderated" and bool(record.qa and record.qa.complete)


def combination(record: Record) -> tuple | None:
    """(age band, case type and its detail, service, audit quarter), or None if incomplete."""
    case = record.case
    if case is None or record.audit_date is None:
        return None
    detail = case.category if case.type == "CP" else case.legal_status if case.type == "LA" else None
    quarter = f"{record.audit_date.year} Q{(record.audit_date.month - 1) // 3 + 1}"
    return (case.age_band, case.type, detail, case.service, quarter)


@rule("P201", "rare-combination", category="privacy", severity="warning", scope="collection", k=2)
def rare_combination(ctx: CollectionContext) -> Iterator[Hit]:
    """A published record's age band, case type, service and quarter are shared by fewer than k records.

    ## What it does
    Groups published records (moderated, QA complete) by what an audit page shows
    about the case: age band, case type with its CP category or legal status, service,
    and the quarter of the audit date. Warns on each record in a group smaller than
    `k` (2 by default).

    ## Why it matters
    A reader who knows a family ("the baby on an interim care order last summer") can
    recognise them from a unique combination even when no name is written.

    ## Example
    The only published audit of an unborn child on a CP plan for emotional abuse,
    in the adolescents service, audited in 2026 Q2.

    ## Instead
    Generalise what the page shows (a wider age band, or hold the record back until
    other audits share its combination), or raise `k` only with the data protection
    officer's agreement.
    """
    groups: dict[tuple, list] = defaultdict(list)
    for loaded in ctx.records:
        record = loaded.record
        if record is None or not _published(record):
            continue
        key = combination(record)
        if key is not None:
            groups[key].append(loaded)
    k = ctx.options["k"]
    for key, members in groups.items():
        if len(members) < k:
            for loaded in members:
                yield ctx.hit(loaded, ("case",),
                              f"what this audit's page shows about the case (age band, case type, service, "
                              f"quarter) is shared by {len(members)} published record(s), fewer than {k}; "
                              "generalise it so the family cannot be recognised")
