"""Pydantic models, one per data kind under data/.

Every model forbids unknown keys so that a typo in a YAML key is an error, not a silently
ignored field. Cross-file checks (ids that must exist elsewhere) live in catalog.py.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Annotated, Literal
from urllib.parse import urlparse

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationInfo,
    field_validator,
    model_validator,
)

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
TaskId = Annotated[str, StringConstraints(pattern=r"^[1-4]\.[1-9]$")]
SkillId = Annotated[str, StringConstraints(pattern=r"^[1-4]\.[1-9]\.[1-9][0-9]?$")]
Month = Annotated[str, StringConstraints(pattern=r"^20[2-9][0-9]-(0[1-9]|1[0-2])$")]

_PAGE_REF = re.compile(r"^[a-z0-9][a-z0-9_/-]*\.md(#[a-z0-9][a-z0-9_-]*)?$")


def _https_url(value: str) -> str:
    # Only https links to a real host: blocks javascript:, data: and relative tricks.
    parsed = urlparse(value)
    if parsed.scheme != "https" or not parsed.netloc or any(c in value for c in " <>\"'"):
        raise ValueError(f"must be an https:// address, got {value!r}")
    return value


def _page_ref(value: str) -> str:
    if not _PAGE_REF.match(value) or ".." in value:
        raise ValueError(f"must be a docs-relative page like 'store/page.md#anchor', got {value!r}")
    return value


HttpsUrl = Annotated[str, AfterValidator(_https_url)]
PageRef = Annotated[str, AfterValidator(_page_ref)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# --- exam -------------------------------------------------------------------------------


class Skill(Strict):
    id: SkillId
    text: Text
    new_in_1_1: bool = False


class Task(Strict):
    id: TaskId
    title: Text
    skills: list[Skill] = Field(min_length=1)

    @model_validator(mode="after")
    def _skills_belong(self) -> Task:
        for skill in self.skills:
            if not skill.id.startswith(self.id + "."):
                raise ValueError(f"skill {skill.id} does not belong to task {self.id}")
        return self


class Domain(Strict):
    id: int = Field(ge=1, le=4)
    title: Text
    slug: Slug
    weight: int = Field(ge=1, le=100)
    tasks: list[Task] = Field(min_length=1)

    @model_validator(mode="after")
    def _tasks_belong(self) -> Domain:
        for task in self.tasks:
            if not task.id.startswith(f"{self.id}."):
                raise ValueError(f"task {task.id} does not belong to domain {self.id}")
        return self


class QuestionType(Strict):
    name: Text
    description: Text


class ExamFormat(Strict):
    code: Text
    name: Text
    guide_version: Text
    guide_date: Text
    questions_total: int = Field(gt=0)
    questions_scored: int = Field(gt=0)
    questions_unscored: int = Field(ge=0)
    minutes: int = Field(gt=0)
    score_min: int
    score_max: int
    passing_score: int
    question_types: list[QuestionType] = Field(min_length=1)
    sources: list[HttpsUrl] = Field(min_length=1)

    @field_validator("passing_score")
    @classmethod
    def _inside_scale(cls, value: int, info: ValidationInfo) -> int:
        # A field validator, not a model one, so the error points at the passing_score line.
        low, high = info.data.get("score_min"), info.data.get("score_max")
        if low is not None and high is not None and not low < value <= high:
            raise ValueError(f"must lie inside score_min..score_max ({low}..{high}), got {value}")
        return value

    @model_validator(mode="after")
    def _consistent(self) -> ExamFormat:
        if self.questions_scored + self.questions_unscored != self.questions_total:
            raise ValueError("questions_scored + questions_unscored must equal questions_total")
        return self


class Exam(Strict):
    format: ExamFormat
    domains: list[Domain] = Field(min_length=1)

    @model_validator(mode="after")
    def _weights(self) -> Exam:
        total = sum(d.weight for d in self.domains)
        if total != 100:
            raise ValueError(f"domain weights must add up to 100, got {total}")
        return self


# --- services ---------------------------------------------------------------------------


class Category(StrEnum):
    analytics = "analytics"
    application_integration = "application-integration"
    compute = "compute"
    containers = "containers"
    database = "database"
    developer_tools = "developer-tools"
    frontend = "frontend"
    machine_learning = "machine-learning"
    management_governance = "management-governance"
    migration_transfer = "migration-transfer"
    networking = "networking"
    security = "security"
    storage = "storage"
    cost_management = "cost-management"


class Fact(Strict):
    key: Slug
    label: Text
    value: Text
    source: HttpsUrl
    verified: Month
    # For contributors (where a figure was read, why one source won); never shown to learners.
    note: Text | None = None
    # Machine-readable figures that calculators use; they must say the same as `value`.
    amounts: dict[Slug, float] = {}


class Service(Strict):
    id: Slug
    name: Text
    short: Text | None = None
    former_names: list[Text] = []
    category: Category
    tasks: list[TaskId] = Field(min_length=1)
    summary: Text
    use_when: list[Text] = Field(min_length=1)
    avoid_when: list[Text] = Field(min_length=1)
    facts: list[Fact] = Field(min_length=1)
    signals: list[Text] = []
    related: list[Slug] = []
    page: PageRef

    @model_validator(mode="after")
    def _unique_fact_keys(self) -> Service:
        seen: set[str] = set()
        for fact in self.facts:
            if fact.key in seen:
                raise ValueError(f"fact key {fact.key!r} is used twice")
            seen.add(fact.key)
        return self


# --- comparisons ------------------------------------------------------------------------


class Subject(Strict):
    key: Slug
    label: Text
    service: Slug | None = None


class Criterion(Strict):
    key: Slug
    label: Text


class Comparison(Strict):
    id: Slug
    title: Text
    caption: Text
    tasks: list[TaskId] = Field(min_length=1)
    page: PageRef
    subjects_as: Literal["columns", "rows"] = "columns"
    corner: Text = "Compared on"  # header of the first column
    subjects: list[Subject] = Field(min_length=2)
    criteria: list[Criterion] = Field(min_length=1)
    cells: dict[str, dict[str, Text]]
    sources: list[HttpsUrl] = Field(min_length=1)
    verified: Month
    notes: list[Text] = []


# --- questions --------------------------------------------------------------------------


class Choice(Strict):
    text: Text
    why: Text


class Question(Strict):
    id: Annotated[str, StringConstraints(pattern=r"^[1-4]\.[1-9]-[0-9]{3}$")]
    task: TaskId
    skills: list[SkillId] = Field(min_length=1)
    services: list[Slug] = []
    stem: Text
    choices: list[Choice] = Field(min_length=4)
    answer: list[int] = Field(min_length=1)
    explanation: Text
    learn_more: PageRef


class QuestionFile(Strict):
    """A file under data/questions/ is a YAML list of questions."""

    questions: list[Question]


# --- glossary ---------------------------------------------------------------------------


class GlossaryEntry(Strict):
    term: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9 ./&-]*$")]
    expansion: Text
    definition: Text | None = None


class Glossary(Strict):
    entries: list[GlossaryEntry]
