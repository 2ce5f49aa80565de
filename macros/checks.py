"""Cross-reference rules between data files.

Each rule is a small pure function that yields (field path, message) pairs, so that it can be
unit-tested on inline data and the catalog can attach the file and line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from .models import Comparison, Question, Service
from .yamlsource import Loc

Finding = tuple[Loc, str]

_COUNT_WORDS = {2: "two", 3: "three", 4: "four"}
_CHOOSE = re.compile(r"\(Choose (two|three|four)\.\)\s*$")


def known(ids: Iterable[str]) -> str:
    listed = sorted(ids)
    return ", ".join(listed) if listed else "(none)"


def id_matches_stem(item_id: str, stem: str) -> Iterator[Finding]:
    if item_id != stem:
        yield ("id",), f"id {item_id!r} must equal the file name {stem!r}"


def page_exists(loc: Loc, ref: str, docs: Path) -> Iterator[Finding]:
    page = ref.split("#", 1)[0]
    if not (docs / page).is_file():
        yield loc, f"page {page!r} does not exist under docs/"


def service_refs(
    service: Service, services: set[str], tasks: set[str] | None
) -> Iterator[Finding]:
    """tasks is None when the exam outline itself failed to load: task ids cannot be judged."""
    for i, task in enumerate(service.tasks):
        if tasks is not None and task not in tasks:
            yield ("tasks", i), f"unknown task id {task!r}; known: {known(tasks)}"
    for i, other in enumerate(service.related):
        if other not in services:
            yield ("related", i), f"unknown service id {other!r}; known: {known(services)}"
        elif other == service.id:
            yield ("related", i), "a service cannot be related to itself"


def comparison_refs(
    comp: Comparison, services: set[str], tasks: set[str] | None
) -> Iterator[Finding]:
    for i, task in enumerate(comp.tasks):
        if tasks is not None and task not in tasks:
            yield ("tasks", i), f"unknown task id {task!r}; known: {known(tasks)}"
    for i, subject in enumerate(comp.subjects):
        if subject.service is not None and subject.service not in services:
            yield (
                ("subjects", i, "service"),
                f"unknown service id {subject.service!r}; known: {known(services)}",
            )
    yield from _unique_keys("subjects", [s.key for s in comp.subjects])
    yield from _unique_keys("criteria", [c.key for c in comp.criteria])


def comparison_cells(comp: Comparison) -> Iterator[Finding]:
    subjects = [s.key for s in comp.subjects]
    criteria = [c.key for c in comp.criteria]
    for key in comp.cells:
        if key not in subjects:
            yield ("cells", key), f"{key!r} is not a subject; subjects: {', '.join(subjects)}"
    for subject in subjects:
        row = comp.cells.get(subject)
        if row is None:
            yield ("cells",), f"no cells for subject {subject!r}"
            continue
        for key in row:
            if key not in criteria:
                yield (
                    ("cells", subject, key),
                    f"{key!r} is not a criterion; criteria: {', '.join(criteria)}",
                )
        for criterion in criteria:
            if criterion not in row:
                yield ("cells", subject), f"missing cell for criterion {criterion!r}"


def question_refs(
    q: Question,
    file_task: str,
    services: set[str],
    skills_by_task: dict[str, set[str]] | None,
) -> Iterator[Finding]:
    """skills_by_task is None when the exam outline failed to load (see service_refs)."""
    if q.task != file_task:
        yield ("task",), f"task {q.task!r} does not match the file {file_task}.yaml"
    if not q.id.startswith(q.task + "-"):
        yield ("id",), f"id {q.id!r} must start with its task {q.task!r}"
    if skills_by_task is None:
        pass
    elif q.task not in skills_by_task:
        yield ("task",), f"unknown task id {q.task!r}; known: {known(skills_by_task)}"
    else:
        own = skills_by_task[q.task]
        for i, skill in enumerate(q.skills):
            if skill not in own:
                yield (
                    ("skills", i),
                    f"skill {skill!r} is not a skill of task {q.task}; known: {known(own)}",
                )
    for i, service in enumerate(q.services):
        if service not in services:
            yield ("services", i), f"unknown service id {service!r}; known: {known(services)}"


def question_answer(q: Question) -> Iterator[Finding]:
    count = len(q.choices)
    for i, index in enumerate(q.answer):
        if not 0 <= index < count:
            yield ("answer", i), f"index {index} is outside the choices (0 to {count - 1})"
    if q.answer != sorted(set(q.answer)):
        yield ("answer",), "indices must be unique and in ascending order"
    keys = len(q.answer)
    match = _CHOOSE.search(q.stem)
    if keys == 1:
        if count != 4:
            yield ("choices",), f"a single-answer question has exactly 4 choices, found {count}"
        if match:
            yield ("stem",), f"says '(Choose {match.group(1)}.)' but has one answer"
    else:
        if count < 5:
            yield ("choices",), f"a multiple-response question has 5 or more choices, found {count}"
        word = _COUNT_WORDS.get(keys, str(keys))
        if not match or match.group(1) != word:
            yield ("stem",), f"must end with '(Choose {word}.)' to match its {keys} answers"


def _unique_keys(field: str, keys: list[str]) -> Iterator[Finding]:
    seen: set[str] = set()
    for i, key in enumerate(keys):
        if key in seen:
            yield (field, i, "key"), f"key {key!r} is used twice"
        seen.add(key)
