"""The audit record: one completed Deep Dive Audit, anonymised (see docs/audit-record).

Key names are fixed by the record format. Values that come from a vocabulary
(themes, grades, services, age bands...) are plain strings here, marked with the
vocabulary's name: the framework under `standards/` says which values exist, the
linter checks them, and the JSON Schema gets the lists from the framework.

Most fields are optional because a `draft` may be incomplete; which sections a
record needs at each status is the linter's completeness rules' business.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    WithJsonSchema,
)
from pydantic_core import PydanticCustomError

ID_PATTERN = r"^DDA-[0-9]{4}-[0-9]{3}$"
STATUSES = ("draft", "qa-checked", "moderated")

# Keys that would carry what the form has and the record must never have.
IDENTIFYING_KEYS = {
    "name": "a name", "child_name": "the child's name", "child": "the child's name",
    "first_name": "a name", "surname": "a name", "last_name": "a name", "full_name": "a name",
    "dob": "the date of birth", "date_of_birth": "the date of birth", "birth_date": "the date of birth",
    "ics_no": "a case number", "ics": "a case number", "ics_number": "a case number",
    "case_number": "a case number", "case_no": "a case number", "lcs_no": "a case number",
    "mosaic_id": "a case number", "nhs_number": "an NHS number", "nhs_no": "an NHS number",
    "ni_number": "a National Insurance number", "address": "an address", "postcode": "a postcode",
    "case_owner": "the case owner's name", "social_worker": "a worker's name",
    "team_manager": "a worker's name", "tm": "a worker's name", "auditor": "a worker's name",
    "auditor_name": "a worker's name", "moderator_name": "a worker's name",
    "iro_name": "a worker's name", "team": "a team's name", "school": "a school's name",
}


def _yes_no(value: Any) -> Any:
    """`yes`/`no` as YAML 1.2 reads them (strings), or true/false, to a bool."""
    if isinstance(value, bool):
        return value
    if value in ("yes", "no"):
        return value == "yes"
    if isinstance(value, str) and value.strip().lower() in ("yes", "no", "y", "n", "true", "false"):
        raise PydanticCustomError("yes_no", "write `yes` or `no` in lower case, not `{value}`", {"value": value})
    raise PydanticCustomError("yes_no", "expected `yes` or `no`")


YesNo = Annotated[
    bool,
    BeforeValidator(_yes_no),
    WithJsonSchema({"anyOf": [{"enum": ["yes", "no"]}, {"type": "boolean"}]}),
]


def _standard_ref(value: Any) -> Any:
    """A statement id must be text: YAML turns an unquoted 4.10 into 4.1."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        source = getattr(value, "source", str(value))
        read = f"YAML reads {source} as {value}; " if source != str(value) else ""
        message = f'standard reference written as a number: {read}quote it: "{source}"'
        raise PydanticCustomError("standard_ref_number", message.replace("{", "{{").replace("}", "}}"))
    return value


StandardRef = Annotated[
    str,
    BeforeValidator(_standard_ref),
    Field(pattern=r"^[1-9]\.[0-9]+[a-z]?$", json_schema_extra={"x-vocabulary": "statements"}),
]


def vocab(name: str) -> Any:
    """An optional field whose allowed values are the framework's vocabulary `name`."""
    return Field(default=None, json_schema_extra={"x-vocabulary": name})


def vocab_item(name: str) -> Any:
    """A list item or mapping key from the framework's vocabulary `name`."""
    return Field(json_schema_extra={"x-vocabulary": name})


Text = Annotated[str, Field(description="Free text (Markdown). Never names, dates of birth or case numbers.")]
Score = Annotated[int, Field(ge=0, le=10, strict=True)]


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Period(_Section):
    start: dt.date | None = None
    end: dt.date | None = None


class Case(_Section):
    type: str | None = vocab("case_types")
    category: str | None = vocab("cp_categories")
    """CP only."""
    legal_status: str | None = vocab("legal_statuses")
    """Looked after only."""
    age_band: str | None = vocab("age_bands")
    service: str | None = vocab("services")


class Diversity(_Section):
    """Shown only in aggregates with small numbers suppressed, never on the audit's page."""

    ethnicity: str | None = vocab("ethnicity_groups")
    disability: YesNo | None = None


class FileCheckAnswer(_Section):
    answer: YesNo | None = None
    comment: Text | None = None


class Practitioner(_Section):
    involved: YesNo | None = None
    reflections: Text | None = None
    reason: Text | None = None


class ChildViews(_Section):
    obtained: YesNo | None = None
    listened: Score | None = None
    respected: Score | None = None
    difference: Score | None = None
    comments: Text | None = None
    reason: Text | None = None


class ParentViews(_Section):
    obtained: YesNo | None = None
    listened: str | None = vocab("scale:frequency")
    respected: str | None = vocab("scale:frequency")
    difference: str | None = vocab("scale:life")
    comments: Text | None = None
    reason: Text | None = None


class Judgement(_Section):
    auditor: str | None = vocab("grades")
    moderator: str | None = vocab("grades")


class AreaEntry(_Section):
    analysis: Text | None = None
    judgement: Judgement | None = None
    standards: list[StandardRef] = []
    """Statements this analysis evidences; the area's own standards are implied."""


class Overall(_Section):
    grade: Judgement | None = None
    to_grade_higher: Text | None = None
    theme_learning: Text | None = None


class ViewsBlock(_Section):
    iro: Text | None = None
    practitioner: Text | None = None
    auditor_moderator: Text | None = None


class Action(_Section):
    action: Text | None = None
    by: str | None = Field(default=None, description="A role (Team Manager), never a name.")
    timescale: str | None = None


class LearningItem(_Section):
    kind: str | None = vocab("learning_kinds")
    text: Text | None = None
    standards: list[StandardRef] = []
    themes: list[Annotated[str, vocab_item("themes")]] = []


class Qa(_Section):
    complete: YesNo | None = None
    comment: Text | None = None
    date: dt.date | None = None


class Moderation(_Section):
    agrees: YesNo | None = None
    final_grade: str | None = vocab("grades")
    comment: Text | None = None
    escalated: YesNo | None = None
    date: dt.date | None = None
    returned_to: list[Annotated[str, vocab_item("returned_to")]] = []
    practitioner_feedback_sought: YesNo | None = None


class Waiver(_Section):
    """Switches one lint rule off for this record, with the reason written down."""

    rule: str = Field(pattern=r"^[A-Z]+[0-9]+$")
    field: str | None = None
    reason: Text = Field(min_length=10)


class Record(_Section):
    """One anonymised Deep Dive Audit."""

    model_config = ConfigDict(extra="forbid", title="Deep Dive Audit record")

    id: str = Field(pattern=ID_PATTERN, description="DDA-YYYY-NNN; the file is named <id>.yml")
    title: str | None = None
    status: Literal["draft", "qa-checked", "moderated"]
    audit_date: dt.date | None = None
    period: Period | None = None
    case: Case | None = None
    diversity: Diversity | None = None
    themes: list[Annotated[str, vocab_item("themes")]] = []
    summary: Text | None = None
    file_check: dict[Annotated[str, vocab_item("file_checks")], FileCheckAnswer] = {}
    practitioner: Practitioner | None = None
    child_views: ChildViews | None = None
    parent_views: ParentViews | None = None
    areas: dict[Annotated[str, vocab_item("areas")], AreaEntry] = {}
    overall: Overall | None = None
    views: ViewsBlock | None = None
    actions: list[Action] = []
    learning: list[LearningItem] = []
    qa: Qa | None = None
    moderation: Moderation | None = None
    waivers: list[Waiver] = []

    @property
    def published_grade(self) -> str | None:
        return self.moderation.final_grade if self.moderation else None
