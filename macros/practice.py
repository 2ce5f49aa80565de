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
from typing import Any
from urllib.parse import quote

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


def quiz(task: dict[str, Any], questions: list[dict[str, Any]], root: str, report: str) -> str:
    data = {"task": task, "questions": questions}
    return container("quiz", data, root, {"task": task["id"], "report": report})


def mock_exam(
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


def flashcards(cards: list[dict[str, Any]], root: str) -> str:
    download = (
        f'<p class="dea-download"><a href="{esc(root)}downloads/flashcards.csv" download>'
        f"Download all {len(cards)} cards as a CSV file for Anki</a> (columns front, back, tags; "
        "in Anki choose File, Import).</p>"
    )
    return download + "\n\n" + container("cards", {"cards": cards}, root)


def progress(
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


CALC_NOSCRIPT = (
    "<noscript><p><strong>This calculator needs JavaScript.</strong> The worked examples on "
    "the page that teaches the topic show the same arithmetic.</p></noscript>"
)


def calculator(name: str, title: str, limits: dict[str, float]) -> str:
    """A calculator's container: its limits (read from data/) as JSON for calculators.js."""
    data = {"title": title, "limits": limits}
    return (
        f'<div class="dea-calc" data-calc="{esc(name)}" data-search-exclude markdown="0">'
        f"{CALC_NOSCRIPT}{json_template(data)}</div>"
    )

