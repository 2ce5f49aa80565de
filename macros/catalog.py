"""Load every file under data/, validate it and cross-check references.

All problems are collected and raised together as one DataError, each formatted as
`path:line: field.path: message`, so a contributor fixes a whole batch in one go and the
build never renders half-valid data.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from . import checks
from .models import Comparison, Exam, GlossaryEntry, Question, QuestionFile, Service, Skill, Task
from .models import Glossary as GlossaryModel
from .yamlsource import Loc, YamlDoc, YamlProblem, load

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class Problem:
    path: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.field}: " if self.field else ""
        return f"{self.path}:{self.line}: {where}{self.message}"


class DataError(Exception):
    def __init__(self, problems: list[Problem]):
        self.problems = problems
        lines = "\n".join(f"  {p}" for p in problems)
        super().__init__(f"{len(problems)} problem(s) in data/:\n{lines}")


@dataclass(frozen=True)
class Catalog:
    root: Path
    exam: Exam
    services: dict[str, Service]
    comparisons: dict[str, Comparison]
    questions: list[Question]
    glossary: list[GlossaryEntry]
    tasks: dict[str, Task] = field(init=False)
    skills: dict[str, Skill] = field(init=False)
    domain_of_task: dict[str, int] = field(init=False)

    def __post_init__(self) -> None:
        tasks = {t.id: t for d in self.exam.domains for t in d.tasks}
        object.__setattr__(self, "tasks", tasks)
        object.__setattr__(self, "skills", {s.id: s for t in tasks.values() for s in t.skills})
        object.__setattr__(
            self, "domain_of_task", {t.id: d.id for d in self.exam.domains for t in d.tasks}
        )

    def questions_for(self, task: str) -> list[Question]:
        return [q for q in self.questions if q.task == task]


def format_loc(loc: Loc) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _describe(value: Any) -> str:
    names = {
        list: "a list",
        dict: "a mapping",
        str: "a string",
        int: "a number",
        float: "a number",
        bool: "true/false",
        type(None): "nothing",
    }
    return names.get(type(value), type(value).__name__)


class _Loader:
    def __init__(self, root: Path):
        self.root = root
        self.data = root / "data"
        self.docs = root / "docs"
        self.problems: list[Problem] = []

    def rel(self, path: Path) -> str:
        return path.relative_to(self.root).as_posix()

    def report(self, path: Path, doc: YamlDoc | None, loc: Loc, message: str) -> None:
        line = doc.line_of(loc) if doc else 1
        self.problems.append(Problem(self.rel(path), line, format_loc(loc), message))

    def read(self, path: Path) -> YamlDoc | None:
        try:
            return load(path)
        except YamlProblem as exc:
            self.problems.append(Problem(self.rel(path), exc.line, "", exc.message))
        except OSError as exc:
            self.problems.append(Problem(self.rel(path), 1, "", f"cannot read: {exc.strerror}"))
        return None

    def validate(
        self, path: Path, doc: YamlDoc, model: type[M], wrap: str | None = None
    ) -> M | None:
        data = {wrap: doc.data} if wrap else doc.data
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            for err in exc.errors():
                loc = tuple(err["loc"])
                if wrap and loc and loc[0] == wrap:
                    loc = loc[1:]
                message = err["msg"].removeprefix("Value error, ")
                if err["type"].endswith("_type") and "input" in err:
                    message += f", got {_describe(err['input'])}"
                if err["type"] == "extra_forbidden":
                    message = "unknown key (check the spelling against the schema)"
                self.report(path, doc, loc, message)
        return None

    def apply(self, path: Path, doc: YamlDoc, findings: Iterable[checks.Finding], prefix: Loc = ()):
        for loc, message in findings:
            self.report(path, doc, prefix + loc, message)


def load_catalog(root: Path) -> Catalog:
    """Read and check root/data; raise DataError listing every problem found."""
    ld = _Loader(root)
    exam = _load_exam(ld)
    # Without a valid exam outline every task reference would look unknown; report the
    # outline's own problem and hold back those follow-on errors.
    tasks = {t.id: t for d in exam.domains for t in d.tasks} if exam else None
    task_ids = set(tasks) if tasks is not None else None
    skills_by_task = (
        {tid: {s.id for s in t.skills} for tid, t in tasks.items()} if tasks is not None else None
    )

    services, service_docs = _load_kind(ld, "services", Service)
    comparisons, comparison_docs = _load_kind(ld, "comparisons", Comparison)
    service_ids = set(services) | set(_stems(ld, "services"))

    for sid, svc in services.items():
        path, doc = service_docs[sid]
        ld.apply(path, doc, checks.service_refs(svc, service_ids, task_ids))
        ld.apply(path, doc, checks.page_exists(("page",), svc.page, ld.docs))
    for cid, comp in comparisons.items():
        path, doc = comparison_docs[cid]
        ld.apply(path, doc, checks.comparison_refs(comp, service_ids, task_ids))
        ld.apply(path, doc, checks.comparison_cells(comp))
        ld.apply(path, doc, checks.page_exists(("page",), comp.page, ld.docs))

    questions = _load_questions(ld, service_ids, skills_by_task)
    glossary = _load_glossary(ld)

    if ld.problems or exam is None:
        raise DataError(ld.problems)
    return Catalog(root, exam, services, comparisons, questions, glossary)


def _load_exam(ld: _Loader) -> Exam | None:
    path = ld.data / "exam.yaml"
    doc = ld.read(path)
    if doc is None:
        return None
    exam = ld.validate(path, doc, Exam)
    if exam is None:
        return None
    seen: dict[str, Loc] = {}
    for di, domain in enumerate(exam.domains):
        for ti, task in enumerate(domain.tasks):
            for si, skill in enumerate(task.skills):
                loc = ("domains", di, "tasks", ti, "skills", si, "id")
                if skill.id in seen:
                    ld.report(path, doc, loc, f"duplicate skill id {skill.id!r}")
                seen[skill.id] = loc
            loc = ("domains", di, "tasks", ti, "id")
            if task.id in seen:
                ld.report(path, doc, loc, f"duplicate task id {task.id!r}")
            seen[task.id] = loc
    return exam


def _stems(ld: _Loader, kind: str) -> list[str]:
    return [p.stem for p in sorted((ld.data / kind).glob("*.yaml"))]


def _load_kind(ld: _Loader, kind: str, model: type[M]) -> tuple[dict[str, M], dict[str, Any]]:
    items: dict[str, M] = {}
    docs: dict[str, tuple[Path, YamlDoc]] = {}
    for path in sorted((ld.data / kind).glob("*.yaml")):
        doc = ld.read(path)
        if doc is None:
            continue
        item = ld.validate(path, doc, model)
        if item is None:
            continue
        before = len(ld.problems)
        ld.apply(path, doc, checks.id_matches_stem(item.id, path.stem))
        if len(ld.problems) == before:
            items[item.id] = item
            docs[item.id] = (path, doc)
    return items, docs


def _load_questions(
    ld: _Loader, service_ids: set[str], skills_by_task: dict[str, set[str]] | None
) -> list[Question]:
    out: list[Question] = []
    first_seen: dict[str, str] = {}
    for path in sorted((ld.data / "questions").glob("*.yaml")):
        doc = ld.read(path)
        if doc is None:
            continue
        bank = ld.validate(path, doc, QuestionFile, wrap="questions")
        if bank is None:
            continue
        for i, q in enumerate(bank.questions):
            where = f"{ld.rel(path)}:{doc.line_of((i,))}"
            if q.id in first_seen:
                first = first_seen[q.id]
                ld.report(path, doc, (i, "id"), f"duplicate id {q.id!r}, first used at {first}")
            first_seen.setdefault(q.id, where)
            refs = checks.question_refs(q, path.stem, service_ids, skills_by_task)
            ld.apply(path, doc, refs, (i,))
            ld.apply(path, doc, checks.question_answer(q), (i,))
            ld.apply(path, doc, checks.page_exists(("learn_more",), q.learn_more, ld.docs), (i,))
            out.append(q)
    return out


def _load_glossary(ld: _Loader) -> list[GlossaryEntry]:
    path = ld.data / "glossary.yaml"
    doc = ld.read(path)
    if doc is None:
        return []
    glossary = ld.validate(path, doc, GlossaryModel, wrap="entries")
    if glossary is None:
        return []
    seen: set[str] = set()
    for i, entry in enumerate(glossary.entries):
        if entry.term in seen:
            ld.report(path, doc, (i, "term"), f"term {entry.term!r} is defined twice")
        seen.add(entry.term)
    return list(glossary.entries)
