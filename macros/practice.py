"""The browser practice tools: quiz, mock exam, flashcards, progress.

Each macro emits a container holding the tool's first screen as HTML (practice_frames.py, so
nothing moves when the script takes over) and its data as JSON inside a <template>. Not
<script type="application/json">: Material's instant navigation re-creates every inline script
of the new page without its type and runs it, so JSON would be executed as JavaScript. The
scripts in docs/assets/javascripts/ make the tool work, with no request to another site.

The mock exam does not embed the bank: at about 0.65 KB gzipped a question, 300 questions would
weigh some 200 KB on that page alone. The build publishes the bank once as two classic scripts
(bank_scripts: data/questions.js with what an attempt needs, data/explanations.js with the
reasons, loaded for feedback and results), which the browser caches and which load from file://
in the offline build, where fetch() of local JSON and ES modules are blocked. A quiz page
embeds only its own task's questions (about a seventeenth of the bank).

The container is excluded from the search index. Pure functions, except register().
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote

from . import practice_frames as frames
from . import render
from .export import exam_json, flashcards_json, questions_json
from .render import esc

# Without JavaScript the first screen stays inert; this says why. No <style> in it: Material's
# instant navigation parses new pages with scripting off, so a <noscript> style would apply.
NOSCRIPT = (
    "<noscript><p><strong>This practice tool needs JavaScript.</strong> The questions are also "
    "published as <code>data/questions.json</code> at the root of the site.</p></noscript>"
)

ISSUE_TEMPLATE = "question-problem.yml"
ISSUE_FIELD = "question"  # the `id` of the question-id field in that issue form

# The bank as classic scripts under site/data/: file name -> global variable it assigns.
BANK_FILES = {"questions.js": "DeaBank", "explanations.js": "DeaExplanations"}
# What an attempt needs of each question; the rest (why, explanation) is in explanations.js.
EXAM_FIELDS = ("id", "task", "skills", "domain", "stem", "choices", "answer", "url")


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


def container(
    kind: str, data: Any, root: str, extra: dict[str, str] | None = None, frame: str = ""
) -> str:
    """A single-line HTML block, so that Markdown leaves it alone."""
    attrs = "".join(f' data-{k}="{esc(v)}"' for k, v in (extra or {}).items())
    return (
        f'<div class="dea-practice dea-{kind}" data-kind="{kind}" data-root="{esc(root)}"{attrs}'
        f' data-search-exclude markdown="0">{NOSCRIPT}{json_template(data)}'
        f'<div class="dea-notices"></div><div class="dea-ui">{frame}</div></div>'
    )


def bank_scripts(questions: list[dict[str, Any]]) -> dict[str, str]:
    """The text of data/questions.js and data/explanations.js: each assigns one global."""
    exam = [{k: q[k] for k in EXAM_FIELDS} for q in questions]
    reasons = {q["id"]: {"why": q["why"], "explanation": q["explanation"]} for q in questions}

    def script(name: str, value: Any) -> str:
        text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        return f"self.{BANK_FILES[name]}={text};\n"

    return {
        "questions.js": script("questions.js", exam),
        "explanations.js": script("explanations.js", reasons),
    }


def bank_urls(scripts: dict[str, str], root: str) -> dict[str, str]:
    """Container attributes naming the bank scripts, with a content hash so a changed bank is
    never read from a stale cache."""
    out = {}
    for name, text in scripts.items():
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
        out[f"{name.removesuffix('.js')}-src"] = f"{root}data/{name}?v={digest}"
    return out


def write_bank(site_dir: Path, scripts: dict[str, str]) -> None:
    out = site_dir / "data"
    out.mkdir(parents=True, exist_ok=True)
    for name, text in scripts.items():
        (out / name).write_text(text, encoding="utf-8")


def quiz_html(task: dict[str, Any], questions: list[dict[str, Any]], root: str, report: str) -> str:
    first = (
        frames.first_order(questions[0]["id"], len(questions[0]["choices"])) if questions else []
    )
    data = {"task": task, "questions": questions, "firstOrder": first}
    return container(
        "quiz", data, root, {"task": task["id"], "report": report}, frames.quiz_frame(questions)
    )


def exam_meta(exam: dict[str, Any], questions: list[dict[str, Any]]) -> dict[str, Any]:
    fmt = exam["format"]
    keys = (
        "questions_total",
        "questions_scored",
        "minutes",
        "score_min",
        "score_max",
        "passing_score",
    )
    counts: dict[int, int] = {}
    for q in questions:
        counts[q["domain"]] = counts.get(q["domain"], 0) + 1
    return {
        "format": {k: fmt[k] for k in keys},
        "domains": exam["domains"],
        "tasks": [
            {"id": t["id"], "title": t["title"], "domain": t["domain"]} for t in exam["tasks"]
        ],
        "counts": {str(k): v for k, v in sorted(counts.items())},
    }


def mock_exam_html(
    exam: dict[str, Any],
    questions: list[dict[str, Any]],
    root: str,
    report: str,
    pages: dict[str, str] | None = None,
) -> str:
    """The exam page holds its start screen and the bank's shape (questions per domain); the
    questions come from data/questions.js when an attempt starts."""
    data = exam_meta(exam, questions)
    counts = {int(k): v for k, v in data["counts"].items()}
    frame = frames.exam_start(data["format"], data["domains"], counts)
    attrs = {"report": report, **bank_urls(bank_scripts(questions), root), **(pages or {})}
    return container("exam", data, root, attrs, frame)


# A signal card's front in the Anki export (macros/flashcards.py); the page shows the signal
# under a plain label instead of repeating "Exam signal".
SIGNAL_FRONT = re.compile(
    r"^Exam signal: (?P<signal>“.*”)\. Which service does it point to\?$", re.S
)


def page_card(card: dict[str, Any]) -> dict[str, Any]:
    kind = "signal" if "signal" in card["tags"] else "fact"
    found = SIGNAL_FRONT.match(card["front"]) if kind == "signal" else None
    prompt = found.group("signal") if found else card["front"]
    return {"id": card["id"], "kind": kind, "prompt": prompt, "back": card["back"],
            "tags": card["tags"], "url": card["url"]}  # fmt: skip


def flashcards_html(
    cards: list[dict[str, Any]],
    root: str,
    exam: dict[str, Any] | None = None,
    services: list[tuple[str, str]] | None = None,
) -> str:
    download = (
        f'<p class="dea-download"><a href="{esc(root)}downloads/flashcards.csv" download>'
        f"Download all {len(cards)} cards as a CSV file for Anki</a> (columns front, back, tags; "
        "in Anki choose File, Import).</p>"
    )
    shown = [page_card(c) for c in cards]
    exam = exam or {"domains": [], "tasks": []}
    frame = frames.flashcards_frame(shown, exam["domains"], exam["tasks"], services or [])
    data = {"cards": shown, "sessionSize": frames.DEFAULT_SESSION}
    return download + "\n\n" + container("cards", data, root, frame=frame)


def progress_html(
    exam: dict[str, Any],
    questions: list[dict[str, Any]],
    root: str,
    pages: dict[str, str] | None = None,
) -> str:
    fmt = exam["format"]
    data = {
        "format": {k: fmt[k] for k in ("score_min", "score_max", "passing_score")},
        "domains": exam["domains"],
        "tasks": exam["tasks"],
        "questions": [{"id": q["id"], "task": q["task"], "skills": q["skills"]} for q in questions],
    }
    bank: dict[str, dict[str, int]] = {"domains": {}, "tasks": {}, "skills": {}}
    for q in questions:
        for kind, key in (("domains", str(q["domain"])), ("tasks", q["task"])):
            bank[kind][key] = bank[kind].get(key, 0) + 1
        for s in q["skills"]:
            bank["skills"][s] = bank["skills"].get(s, 0) + 1
    suffix = (pages or {}).get("page-suffix", "/")
    quiz_urls = {t["id"]: root + quiz_path(t["id"], suffix) for t in exam["tasks"]}
    exam_url = root + "practice/mock-exam" + suffix
    frame = frames.progress_frame(exam["domains"], exam["tasks"], bank, quiz_urls, exam_url)
    return container("progress", data, root, pages, frame)


def quiz_path(task_id: str, suffix: str = "/") -> str:
    """A quiz page from the site root, as practice-core.js quizPath() writes it."""
    return "practice/quiz-" + task_id.replace(".", "-") + suffix


def quiz_page(task_id: str) -> str:
    """Docs path of a task's quiz page: '1.1' -> 'practice/quiz-1-1.md'."""
    return f"practice/quiz-{task_id.replace('.', '-')}.md"


CALC_NOSCRIPT = (
    "<noscript><p><strong>This calculator needs JavaScript.</strong> The worked examples on "
    "the page that teaches the topic show the same arithmetic.</p></noscript>"
)


def calculator(name: str, title: str, limits: dict[str, float]) -> str:
    """A calculator's container: its limits (read from data/) as JSON for calculators.js.

    The form is built by the script inside a folded panel the reader opens: its height depends
    on the result, so drawing it open would move the rest of the page after load (layout shift).
    """
    data = {"title": title, "limits": limits}
    return (
        f'<details class="dea-calc-panel" markdown="0"><summary>Open the calculator: '
        f"{esc(title)}</summary>"
        f'<div class="dea-calc" data-calc="{esc(name)}" data-search-exclude>'
        f"{CALC_NOSCRIPT}{json_template(data)}</div></details>"
    )

def _unknown(kind: str, value: object, known: object) -> KeyError:
    listed = ", ".join(str(k) for k in sorted(known))  # type: ignore[call-overload]
    return KeyError(f"unknown {kind} {value!r}; known: {listed}")


def register(env, cat, here: Callable[[], str]) -> None:  # noqa: ANN001 - the plugin's objects
    """The practice macros: quiz(task), quiz_index(), mock_exam(), flashcards(), progress(),
    and the bank scripts written after the build.

    `here` gives the source path of the page being rendered, for relative links.
    """

    def directory_urls() -> bool:
        # Read at call time: the offline plugin turns directory URLs off after define_env runs.
        return env.conf["use_directory_urls"]

    def root() -> str:
        """The site root relative to this page, ending in a slash ('' on the home page)."""
        rel = render.asset_url(".", here(), directory_urls())
        return "" if rel == "." else rel + "/"

    banks: dict[bool, list[dict]] = {}

    def bank() -> list[dict]:
        # The JSON exports use folder URLs; the offline build names every page x.html.
        # Built once per URL layout: 17 quiz pages and the mock exam share it.
        layout = directory_urls()
        if layout not in banks:
            banks[layout] = questions_json(cat, layout)
        return banks[layout]

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
        services = sorted(
            ((s.id, s.name) for s in cat.services.values()),
            key=lambda s: s[1].removeprefix("Amazon ").removeprefix("AWS ").lower(),
        )
        return flashcards_html(
            flashcards_json(cat, directory_urls()), root(), exam_json(cat), services
        )

    @env.macro
    def progress() -> str:
        return progress_html(exam_json(cat), bank(), root(), page_suffix())


def on_post_build(env) -> None:  # noqa: ANN001 - the plugin's object
    """Publish the bank scripts the mock exam loads (data/questions.js, data/explanations.js)."""
    cat = env.variables["catalog"]
    bank = questions_json(cat, env.conf["use_directory_urls"])
    write_bank(Path(env.conf["site_dir"]), bank_scripts(bank))
