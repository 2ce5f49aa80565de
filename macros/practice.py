"""Containers for the browser practice tools: quiz, mock exam, flashcards, progress.

Each container carries its data as JSON inside a <template>, so a page works with no request
at all (served, offline, or opened from file://), and the scripts in docs/assets/javascripts/
turn it into the interactive tool. Not <script type="application/json">: Material's instant
navigation re-creates every inline script of the new page without its type and runs it, so
JSON would be executed as JavaScript. The container is excluded from the search index.
Pure functions: data in, HTML out.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

from . import render
from .export import exam_json, flashcards_json, questions_json
from .render import esc

NOSCRIPT = (
    "<noscript><p><strong>This practice tool needs JavaScript.</strong> The questions are also "
    "published as <code>data/questions.json</code> at the root of the site.</p></noscript>"
)

ISSUE_TEMPLATE = "question-problem.yml"
ISSUE_FIELD = "question"  # the `id` of the question-id field in that issue form


def json_template(data: Any) -> str:
    """JSON in a <template>; no <, > or & survives, so no markup or entity can hide in it."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for raw, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        text = text.replace(raw, escaped)
    return f'<template class="dea-data">{text}</template>'


def report_base(repository: str) -> str:
    """Start of a 'report a problem' link; the question id is appended to it."""
    return (
        f"https://github.com/{quote(repository, safe='/')}/issues/new"
        f"?template={ISSUE_TEMPLATE}&{ISSUE_FIELD}="
    )


def container(kind: str, data: Any, root: str, extra: dict[str, str] | None = None) -> str:
    """A single-line HTML block, so that Markdown leaves it alone."""
    attrs = "".join(f' data-{k}="{esc(v)}"' for k, v in (extra or {}).items())
    return (
        f'<div class="dea-practice dea-{kind}" data-kind="{kind}" data-root="{esc(root)}"{attrs}'
        f' data-search-exclude markdown="0">{NOSCRIPT}{json_template(data)}</div>'
    )


def quiz_html(task: dict[str, Any], questions: list[dict[str, Any]], root: str, report: str) -> str:
    data = {"task": task, "questions": questions}
    return container("quiz", data, root, {"task": task["id"], "report": report})


def mock_exam_html(
    exam: dict[str, Any],
    questions: list[dict[str, Any]],
    root: str,
    report: str,
    pages: dict[str, str] | None = None,
) -> str:
    fmt = exam["format"]
    data = {
        "format": {
            k: fmt[k]
            for k in (
                "questions_total",
                "questions_scored",
                "minutes",
                "score_min",
                "score_max",
                "passing_score",
            )
        },
        "domains": exam["domains"],
        "tasks": [
            {"id": t["id"], "title": t["title"], "domain": t["domain"]} for t in exam["tasks"]
        ],
        "questions": questions,
    }
    return container("exam", data, root, {"report": report, **(pages or {})})


def flashcards_html(cards: list[dict[str, Any]], root: str) -> str:
    download = (
        f'<p class="dea-download"><a href="{esc(root)}downloads/flashcards.csv" download>'
        f"Download all {len(cards)} cards as a CSV file for Anki</a> (columns front, back, tags; "
        "in Anki choose File, Import).</p>"
    )
    return download + "\n\n" + container("cards", {"cards": cards}, root)


def progress_html(
    exam: dict[str, Any],
    questions: list[dict[str, Any]],
    root: str,
    pages: dict[str, str] | None = None,
) -> str:
    data = {
        "domains": exam["domains"],
        "tasks": exam["tasks"],
        "questions": [{"id": q["id"], "task": q["task"], "skills": q["skills"]} for q in questions],
    }
    return container("progress", data, root, pages)


def quiz_page(task_id: str) -> str:
    """Docs path of a task's quiz page: '1.1' -> 'practice/quiz-1-1.md'."""
    return f"practice/quiz-{task_id.replace('.', '-')}.md"


def _unknown(kind: str, value: object, known: object) -> KeyError:
    listed = ", ".join(str(k) for k in sorted(known))  # type: ignore[call-overload]
    return KeyError(f"unknown {kind} {value!r}; known: {listed}")


def register(env, cat, here: Callable[[], str]) -> None:  # noqa: ANN001 - the plugin's objects
    """The practice macros: quiz(task), quiz_index(), mock_exam(), flashcards(), progress().

    `here` gives the source path of the page being rendered, for relative links.
    """

    def directory_urls() -> bool:
        # Read at call time: the offline plugin turns directory URLs off after define_env runs.
        return env.conf["use_directory_urls"]

    def root() -> str:
        """The site root relative to this page, ending in a slash ('' on the home page)."""
        rel = render.asset_url(".", here(), directory_urls())
        return "" if rel == "." else rel + "/"

    def bank() -> list[dict]:
        # The JSON exports use folder URLs; the offline build names every page x.html.
        return questions_json(cat, directory_urls())

    def page_suffix() -> dict[str, str]:
        return {"page-suffix": "/" if directory_urls() else ".html"}

    def report() -> str:
        repository = (env.conf.get("extra") or {}).get("repository")
        if not repository:
            raise KeyError("mkdocs.yml needs extra.repository (owner/name on GitHub)")
        return report_base(repository)

    @env.macro
    def quiz(task_id: str) -> str:
        if task_id not in cat.tasks:
            raise _unknown("task id", task_id, cat.tasks)
        t = cat.tasks[task_id]
        questions = [q for q in bank() if q["task"] == task_id]
        info = {"id": t.id, "title": t.title, "domain": cat.domain_of_task[t.id]}
        domain = next(d for d in cat.exam.domains if d.id == info["domain"])
        anchor = "#task-" + t.id.replace(".", "-")
        taught = render.md_ref(f"{domain.slug}/index.md", here()) + anchor
        count = len(questions)
        intro = (
            f"Task statement {t.id} of [Domain {domain.id}: {render.inline(domain.title)}]"
            f"({taught}). "
            + (
                f"This quiz holds all {count} practice question{'s' if count != 1 else ''} "
                "of the task."
                if count
                else "No practice question has been written for this task yet."
            )
        )
        return intro + "\n\n" + quiz_html(info, questions, root(), report()) + "\n"

    @env.macro
    def quiz_index() -> str:
        counts = {t: 0 for t in cat.tasks}
        for q in cat.questions:
            counts[q.task] += 1
        lines = []
        for d in cat.exam.domains:
            lines.append(f"- **Domain {d.id}: {render.inline(d.title)}** ({d.weight}%)")
            for t in d.tasks:
                link = render.md_ref(quiz_page(t.id), here())
                n = counts[t.id]
                lines.append(
                    f"    - [Quiz {t.id}: {render.inline(t.title)}]({link}) "
                    f"({n} question{'s' if n != 1 else ''})"
                )
        return "\n".join(lines) + "\n"

    @env.macro
    def mock_exam() -> str:
        return mock_exam_html(exam_json(cat), bank(), root(), report(), page_suffix())

    @env.macro
    def flashcards() -> str:
        return flashcards_html(flashcards_json(cat, directory_urls()), root())

    @env.macro
    def progress() -> str:
        return progress_html(exam_json(cat), bank(), root(), page_suffix())

