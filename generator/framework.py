"""The audit framework, read from `standards/`: standards, areas, grades, form, vocabularies.

Nothing here hard-codes the framework: another authority swaps the YAML files and
keeps the code. The models are strict (unknown keys are errors) so a typo in a
framework file is caught when it is loaded, not when a page comes out wrong.
"""

from __future__ import annotations

import re
from functools import cached_property
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from .problems import ConfigError
from .yamlsource import read_file


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Statement(_Strict):
    """One statement of a practice standard, e.g. 4.7."""

    id: str = Field(pattern=r"^[1-9]\.[0-9]+[a-z]?$")
    """Stable id and web anchor: "4.7", "3.2b"."""
    label: str | None = None
    """What the form prints, when it differs from the id (the second "3.2")."""
    text: str
    note: str | None = None

    @property
    def shown(self) -> str:
        return self.label or self.id


class Standard(_Strict):
    """One of the nine practice standards."""

    number: int = Field(ge=1)
    title: str
    """Word for word from the form, stray spaces and all."""
    statements: list[Statement]

    @property
    def heading(self) -> str:
        """The title as pages show it: the form's words without a space before punctuation."""
        return re.sub(r"\s+([.,;:])", r"\1", self.title)


class Area(_Strict):
    """One audit area of the form (risk, oversight, ..., impact)."""

    id: str = Field(pattern=r"^[a-z][a-z_-]*$")
    title: str
    prompt: str = ""
    standards: list[int] = []
    """The practice standard numbers the form tells the auditor to refer to."""


class Grade(_Strict):
    id: str
    label: str
    letter: str
    descriptor: str


class Choice(_Strict):
    """A value on a list: an id that records use and a label that pages show."""

    id: str
    label: str


class Scale(_Strict):
    kind: Literal["numeric", "ordinal"]
    min: int | None = None
    max: int | None = None
    values: list[Choice] = []
    """Ordinal values, best first."""


class ViewQuestion(_Strict):
    id: str
    text: str
    scale: str
    low: str | None = None
    high: str | None = None


class Views(_Strict):
    question: str
    comments_prompt: str
    questions: list[ViewQuestion]


class FileCheck(_Strict):
    id: str
    question: str


class SummarySpec(_Strict):
    prompt: str
    word_limit: int = Field(default=150, ge=10)


class Prompt(_Strict):
    question: str


class Overall(_Strict):
    to_grade_higher: str
    theme_learning: str


class ViewsPrompts(_Strict):
    iro: str
    practitioner: str
    auditor_moderator: str


class ActionsSpec(_Strict):
    prompt: str
    columns: dict[str, str]


class LearningSpec(_Strict):
    prompt: str
    kinds: list[Choice]


class QaSpec(_Strict):
    prompt: str


class ModerationSpec(_Strict):
    prompt: str
    returned_to: list[Choice]
    practitioner_feedback: str


class Form(_Strict):
    """The questions of the Deep Dive Audit form, word for word."""

    summary: SummarySpec
    file_checks: list[FileCheck]
    practitioner: Prompt
    child_views: Views
    parent_views: Views
    scales: dict[str, Scale]
    overall: Overall
    views: ViewsPrompts
    actions: ActionsSpec
    learning: LearningSpec
    qa: QaSpec
    moderation: ModerationSpec
    standards_intro: str

    @model_validator(mode="after")
    def _scales_exist(self) -> "Form":
        for views in (self.child_views, self.parent_views):
            for q in views.questions:
                if q.scale not in self.scales:
                    raise ValueError(f"question `{q.id}` uses scale `{q.scale}`, which `scales` does not define")
        return self


class Theme(_Strict):
    id: str = Field(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
    label: str
    facet: Literal["risk-and-need", "practice"]
    group: str
    census_code: str | None = None
    description: str


class Service(_Strict):
    id: str
    label: str
    description: str


class CaseType(_Strict):
    id: str
    label: str
    description: str


class CpCategory(_Strict):
    id: str
    label: str
    census_code: str | None = None


class LegalStatus(_Strict):
    id: str
    label: str
    ssda903: str | None = None


class Framework(_Strict):
    """Everything under `standards/`, typed."""

    model_config = ConfigDict(extra="forbid", frozen=True, ignored_types=(cached_property,))

    standards: list[Standard]
    areas: list[Area]
    area_intro: str
    analysis_prompt: str
    grade_question: str
    grades: list[Grade]
    """Best first."""
    form: Form
    themes: list[Theme]
    services: list[Service]
    case_types: list[CaseType]
    cp_categories: list[CpCategory]
    legal_statuses: list[LegalStatus]
    age_bands: list[Choice]
    ethnicity_groups: list[Choice]

    @model_validator(mode="after")
    def _ids_unique(self) -> "Framework":
        lists = {
            "statements": [s.id for st in self.standards for s in st.statements],
            "standards": [st.number for st in self.standards],
            "areas": [a.id for a in self.areas],
            "grades": [g.id for g in self.grades],
            "themes": [t.id for t in self.themes],
            "services": [s.id for s in self.services],
            "case types": [c.id for c in self.case_types],
        }
        for name, ids in lists.items():
            seen: set = set()
            for i in ids:
                if i in seen:
                    raise ValueError(f"{name}: `{i}` appears twice")
                seen.add(i)
        numbers = {st.number for st in self.standards}
        for area in self.areas:
            for n in area.standards:
                if n not in numbers:
                    raise ValueError(f"area `{area.id}` refers to practice standard {n}, which does not exist")
        return self

    # Lookups used by the linter and the pages -------------------------------

    @cached_property
    def statements(self) -> dict[str, tuple[Standard, Statement]]:
        """Every statement by id ("4.7", "3.2b"), with its standard."""
        return {s.id: (st, s) for st in self.standards for s in st.statements}

    @cached_property
    def standard_by_number(self) -> dict[int, Standard]:
        return {st.number: st for st in self.standards}

    @cached_property
    def grade_rank(self) -> dict[str, int]:
        """0 for the best grade."""
        return {g.id: i for i, g in enumerate(self.grades)}

    @cached_property
    def vocabularies(self) -> dict[str, list[str]]:
        """Allowed values by vocabulary name, in the framework's order."""
        scales = {name: [v.id for v in s.values] for name, s in self.form.scales.items() if s.kind == "ordinal"}
        return {
            "grades": [g.id for g in self.grades],
            "themes": [t.id for t in self.themes],
            "services": [s.id for s in self.services],
            "case_types": [c.id for c in self.case_types],
            "cp_categories": [c.id for c in self.cp_categories],
            "legal_statuses": [c.id for c in self.legal_statuses],
            "age_bands": [c.id for c in self.age_bands],
            "ethnicity_groups": [c.id for c in self.ethnicity_groups],
            "learning_kinds": [k.id for k in self.form.learning.kinds],
            "returned_to": [c.id for c in self.form.moderation.returned_to],
            "areas": [a.id for a in self.areas],
            "file_checks": [f.id for f in self.form.file_checks],
            **{f"scale:{name}": values for name, values in scales.items()},
        }


# Which file holds which part, and how its keys map onto Framework's fields.
_FILES: dict[str, dict[str, str]] = {
    "practice-standards.yml": {"standards": "standards"},
    "audit-areas.yml": {"areas": "areas", "intro": "area_intro", "analysis_prompt": "analysis_prompt"},
    "grades.yml": {"grades": "grades", "question": "grade_question"},
    "form.yml": {"*": "form"},
    "themes.yml": {"themes": "themes"},
    "services.yml": {"services": "services"},
    "case-types.yml": {"case_types": "case_types", "cp_categories": "cp_categories",
                       "legal_statuses": "legal_statuses"},
    "demographics.yml": {"age_bands": "age_bands", "ethnicity_groups": "ethnicity_groups"},
}


def load_framework(directory: Path) -> Framework:
    """Read `standards/`; raise ConfigError listing every problem found."""
    fields: dict[str, object] = {}
    problems: list[str] = []
    where: dict[str, str] = {}
    for name, mapping in _FILES.items():
        path = directory / name
        if not path.exists():
            problems.append(f"{path}: missing (the framework needs it)")
            continue
        doc = read_file(path)
        problems += [f"{path}:{p.line}:{p.column}: {p.message}" for p in doc.problems]
        if not isinstance(doc.data, dict):
            if not doc.problems:
                problems.append(f"{path}:1:1: expected a mapping of keys")
            continue
        if "*" in mapping:
            fields[mapping["*"]] = doc.data
            where[mapping["*"]] = str(path)
            continue
        for key, value in doc.data.items():
            if key not in mapping:
                pos = doc.source_map.position((key,), key=True)
                problems.append(f"{path}:{pos.line}:{pos.column}: unknown key `{key}`")
                continue
            fields[mapping[key]] = value
            where[mapping[key]] = str(path)
    if problems:
        raise ConfigError("the framework in standards/ cannot be used:\n" + "\n".join(problems))
    try:
        return Framework.model_validate(fields)
    except ValidationError as err:
        lines = []
        for e in err.errors():
            loc = e["loc"]
            file = where.get(str(loc[0]), str(directory)) if loc else str(directory)
            dotted = ".".join(str(x) for x in loc)
            lines.append(f"{file}: {dotted}: {e['msg']}")
        raise ConfigError("the framework in standards/ cannot be used:\n" + "\n".join(lines)) from None
