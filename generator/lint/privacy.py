"""Privacy rules: identifying details in free text, found by generator.privacy.

One scan per record is shared by all the rules (each rule reports one kind of
identifier). Findings point at the text by field and character offsets and
describe what they found; they never quote it.
"""

from __future__ import annotations

import weakref

from typing import Any, Callable, Iterator

from ..privacy import KINDS, PrivacyConfigError, PrivacyScanner
from ..problems import ConfigError
from .rule import Hit, RecordContext, rule

# Keys whose values are codes, dates or ids, not prose.
_CODED_KEYS = {"id", "status", "type", "category", "legal_status", "age_band", "service", "ethnicity",
               "kind", "auditor", "moderator", "final_grade", "rule", "field", "audit_date", "start", "end",
               "date", "answer", "obtained", "involved", "agrees", "escalated", "complete", "disability",
               "practitioner_feedback_sought", "listened", "respected", "difference"}
_CODED_LISTS = {"themes", "standards", "returned_to"}


def prose(data: Any, path: tuple = ()) -> list[tuple[tuple, str]]:
    """Every free-text string in a record, with its path, in document order.

    A list, walked with a stack: a recursive generator passes every string up through
    each level of nesting, which was a tenth of the privacy rule's time."""
    out: list[tuple[tuple, str]] = []
    stack: list[tuple[tuple, Any]] = [(path, data)]
    while stack:
        where, value = stack.pop()
        if isinstance(value, str):
            if value.strip():
                out.append((where, value))
        elif isinstance(value, dict):
            items = [(where + (k,), v) for k, v in value.items()
                     if not (k in _CODED_KEYS and not isinstance(v, (dict, list)))
                     and not (k in _CODED_LISTS and isinstance(v, list))]
            stack.extend(reversed(items))
        elif isinstance(value, list):
            stack.extend(reversed([(where + (i,), v) for i, v in enumerate(value)]))
    return out


def _scanner(ctx: RecordContext) -> PrivacyScanner:
    scanner = ctx.shared.get("privacy_scanner")
    if scanner is None:
        folder = ctx.shared.get("site_config")
        try:
            scanner = PrivacyScanner.from_config(folder) if folder is not None else PrivacyScanner()
        except PrivacyConfigError as err:
            raise ConfigError(str(err)) from None
        ctx.shared["privacy_scanner"] = scanner
    return scanner


def _findings(ctx: RecordContext) -> list[tuple[tuple, Any]]:
    """(path, finding) for the whole record, scanned once per run."""
    # keyed by the record object itself, weakly: a run that keeps its shared state
    # (auditkb serve) never sees another record's findings
    cache = ctx.shared.setdefault("privacy_findings", weakref.WeakKeyDictionary())
    found = cache.get(ctx.loaded)
    if found is None:
        scanner = _scanner(ctx)
        fields = list(prose(ctx.loaded.data))
        # one scan over all the record's fields (scan_many returns what scan would for each),
        # and a name found in one field reported wherever another field writes it
        found = cache[ctx.loaded] = [
            (path, f) for (path, _), findings in zip(fields, scanner.scan_record([t for _, t in fields])) for f in findings
        ]
    return found


_DOCS = {
    "personal-name": ("A personal name", "Maya told the social worker she felt safe.",
                      "The child told the social worker she felt safe."),
    "date-of-birth": ("A date of birth", "Child born 03/04/2019, seen at home.",
                      "Child (age band 5-9) seen at home."),
    "exact-date": ("An exact calendar date of an event", "Strategy meeting held on 14 March 2026.",
                   "Strategy meeting held in March 2026."),
    "case-number": ("A case-management, family-court or police reference number (ICS, LCS, Mosaic, Eclipse, "
                    "a court case number, a crime or log reference, or a bare 6-8 digit number)",
                    "Sibling's file (ICS 4412873) was not cross-referenced.",
                    "The sibling's file was not cross-referenced."),
    "nhs-number": ("An NHS number", "Health records under NHS 943 476 5919 were requested.",
                   "Health records were requested."),
    "ni-number": ("A National Insurance number", "Mum's NI QQ123456C was used for the benefit check.",
                  "A benefit check was completed."),
    "postcode": ("A postcode", "The family moved to M1 1AE in the spring.",
                 "The family moved across the city in the spring."),
    "street-address": ("A street address", "Home visits at 14 Acacia Avenue were unannounced.",
                       "Home visits were unannounced."),
    "phone-number": ("A phone number", "Dad can be reached on 07700 900123.",
                     "Dad's contact details are on the case file."),
    "email": ("An email address", "The IRO wrote to a.parent@example.org.",
              "The IRO wrote to Mum."),
    "named-place": ("A named school, nursery, surgery, hospital ward, children's home or local place",
                    "Attendance at Oakfield Primary School improved.",
                    "Attendance at school improved."),
    "local-term": ("A term on the local deny list (site_config/privacy/deny.yml)",
                   "The family lives on an estate that the deny list names.",
                   "The family lives on an estate in the north of the borough."),
}
_CODES = {kind: f"P{101 + i}" for i, kind in enumerate(_DOCS)}
_INSTEAD = {
    "personal-name": "write a role instead (Mum, the child, the social worker)",
    "date-of-birth": "leave it out: the age band says enough",
    "exact-date": "write the month or the quarter instead",
    "named-place": "write what kind of place it is instead (the school, the GP)",
    "street-address": "leave it out, or say what kind of place it is",
    "local-term": "leave it out, or say what kind of place it is",
}
for _kind in ("case-number", "nhs-number", "ni-number", "postcode", "phone-number", "email"):
    _INSTEAD[_kind] = "leave it out: the record never needs it"


def _make(kind: str) -> Callable[[RecordContext], Iterator[Hit]]:
    title, bad, good = _DOCS[kind]
    rule_name, description, severity = KINDS[kind]

    def check(ctx: RecordContext) -> Iterator[Hit]:
        for path, finding in _findings(ctx):
            if finding.kind == kind:
                yield ctx.hit(path, f"{description} in this text (characters {finding.start}-{finding.end}); "
                              f"{_INSTEAD[kind]}", start=finding.start, end=finding.end)

    check.__name__ = rule_name.replace("-", "_")
    check.__doc__ = f"""{title} in free text.

    ## What it does
    Scans every free-text field of the record (headline, summary, analyses, views,
    comments, actions, learning) for {description}, and reports where it is by field
    and character offsets, never by quoting it.

    ## Why it matters
    A published page must not let a reader identify a child, a family or a worker.
    Records are anonymised by hand and people slip; this catches the slip before the
    record is published.

    ## Example
    ```yaml
    summary: {bad}
    ```

    ## Instead
    ```yaml
    summary: {good}
    ```
    """
    return rule(_CODES[kind], rule_name, category="privacy", severity=severity)(check)


for _kind in _DOCS:
    if _kind in KINDS:
        _make(_kind)
