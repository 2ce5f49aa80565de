"""The first screen of each practice tool, rendered into the page's HTML.

A tool drawn by its script after the page has painted pushes the content below it down (a layout
shift: Lighthouse measured 0.42 on the mock exam). So the page carries the screen a new learner
sees first, and the script takes it over without moving anything:

- mock exam: the start screen (plan per domain, mode, Start). The script binds its controls and
  keeps a copy to show again after an attempt.
- quiz: the progress bar and the first question, options in an order fixed per build. The
  script draws the same card from its own data (practice-ui.js questionForm), so the markup of
  `question_card` must match it; tests/browser/test_practice_layout.py measures the shift and
  compares the text.
- flashcards: the deck chooser and the first card of the default session.
- progress: every heading, table and control, with empty values that the script fills in.

Pure functions: data in, escaped HTML out. The class names are the scripts' hooks.
"""

from __future__ import annotations

import random
from collections import Counter
from typing import Any

from .render import esc

LETTERS = "ABCDEFGH"


def target_counts(domains: list[dict[str, Any]], total: int) -> dict[int, int]:
    """Largest-remainder apportionment, as practice-core.js targetCounts does."""
    weight_sum = sum(d["weight"] for d in domains)
    rows = []
    for i, d in enumerate(domains):
        exact = total * d["weight"] / weight_sum
        rows.append([d["id"], int(exact), exact - int(exact), i])
    left = total - sum(r[1] for r in rows)
    for r in sorted(rows, key=lambda r: (-r[2], r[3]))[:left]:
        r[1] += 1
    return {r[0]: r[1] for r in rows}


def exam_plan(
    domains: list[dict[str, Any]], counts: dict[int, int], total: int
) -> list[dict[str, int]]:
    """Per domain: weight, target share, questions available, questions drawn (examPlan)."""
    want = target_counts(domains, total)
    return [
        {
            "domain": d["id"],
            "weight": d["weight"],
            "target": want[d["id"]],
            "available": counts.get(d["id"], 0),
            "drawn": min(counts.get(d["id"], 0), want[d["id"]]),
        }
        for d in domains
    ]


def exam_minutes(fmt: dict[str, Any], size: int) -> int:
    """The real exam's time for a full attempt, the same pace for a shorter one (examLimit)."""
    if size >= fmt["questions_total"]:
        return fmt["minutes"]
    return max(1, round(fmt["minutes"] * size / fmt["questions_total"]))


def first_order(question_id: str, n: int) -> list[int]:
    """The option order a quiz page is built with for its first question: shuffled, but the
    same in every build (random.Random seeded by a string does not depend on hash seeds)."""
    order = list(range(n))
    random.Random(question_id).shuffle(order)
    return order


def _plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def button(label: str, cls: str = "", *, primary: bool = False, extra: str = "") -> str:
    """A button as practice-ui.js btn() draws it."""
    classes = "md-button dea-btn" + (" md-button--primary" if primary else "")
    classes += f" {cls}" if cls else ""
    return f'<button type="button" class="{classes}"{extra}>{esc(label)}</button>'


def table(caption: str, head: list[str], rows: list[tuple[str, list[str]]], cls: str = "") -> str:
    """A table as practice-ui.js table() draws it; rows are (row attributes, cells as HTML)."""
    thead = "".join(f'<th scope="col">{esc(c)}</th>' for c in head)
    body = "".join(
        f"<tr{attrs}>"
        + "".join(
            f'<th scope="row">{c}</th>' if i == 0 else f"<td>{c}</td>" for i, c in enumerate(cells)
        )
        + "</tr>"
        for attrs, cells in rows
    )
    return (
        f'<div class="dea-table{" " + cls if cls else ""}"><table class="dea-t">'
        f"<caption>{esc(caption)}</caption>"
        f"<thead><tr>{thead}</tr></thead><tbody>{body}</tbody></table></div>"
    )


# --- mock exam ---------------------------------------------------------------------------------


def exam_start(fmt: dict[str, Any], domains: list[dict[str, Any]], counts: dict[int, int]) -> str:
    total = fmt["questions_total"]
    plan = exam_plan(domains, counts, total)
    size = sum(p["drawn"] for p in plan)
    minutes = exam_minutes(fmt, size)
    short = [p for p in plan if p["drawn"] < p["target"]]
    parts = [
        '<section class="dea-screen dea-start" aria-labelledby="dea-exam-start">',
        '<h2 id="dea-exam-start" tabindex="-1">Start a mock exam</h2>',
    ]
    if short:
        missing = "; ".join(
            f"Domain {p['domain']} has {_plural(p['available'], 'question')}, "
            f"{p['target'] - p['available']} short of its share of {p['target']}"
            for p in short
        )
        parts.append(
            '<div class="admonition warning dea-short">'
            '<p class="admonition-title">The question bank is still growing</p>'
            f"<p>For now an attempt has {size} questions instead of {total}, with {minutes} "
            f"minutes on the clock: the real exam's pace of {fmt['minutes'] / total:g} minutes a "
            f"question. {missing}. The full {total}-question exam with {fmt['minutes']} minutes "
            "starts as soon as every domain has its share.</p></div>"
        )
    else:
        parts.append(
            f'<p class="dea-lead">Each attempt draws {total} questions by domain weight, with '
            f"{fmt['minutes']} minutes on the clock, as in the real exam. Questions you have not "
            "seen in earlier attempts come first.</p>"
        )
    rows = [
        (
            f' data-domain="{p["domain"]}"',
            [
                esc(f"Domain {p['domain']}: {d['title']}"),
                f"{p['weight']}%",
                str(p["target"]),
                str(p["available"]),
                str(p["drawn"]),
            ],
        )
        for p, d in zip(plan, domains, strict=True)
    ]
    parts.append(
        table(
            "Questions per domain in an attempt",
            ["Domain", "Weight", f"Real exam (of {total})", "In the bank", "This attempt"],
            rows,
        )
    )
    parts.append(
        '<fieldset class="dea-q dea-mode"><legend>Mode</legend>'
        '<div class="dea-opt"><input type="radio" name="dea-mode" id="dea-mode-exam" value="exam"'
        ' checked><label for="dea-mode-exam">'
        f"Exam mode: a {minutes}-minute countdown, results after you submit</label></div>"
        '<div class="dea-opt"><input type="radio" name="dea-mode" id="dea-mode-practice"'
        ' value="practice"><label for="dea-mode-practice">'
        "Practice mode: no clock, feedback after every question</label></div></fieldset>"
    )
    parts.append(
        '<p class="dea-actions">'
        + button("Start the exam", "dea-start-btn", primary=True)
        + button("Review your last attempt", "dea-last-btn", extra=" hidden")
        + "</p></section>"
    )
    return "".join(parts)


# --- quiz -------------------------------------------------------------------------------------


def question_form(q: dict[str, Any], order: list[int], name: str) -> str:
    """A question's options as practice-ui.js questionForm() draws them (nothing picked)."""
    multi = len(q["answer"]) > 1
    hint_id = f"{name}-hint"
    described = f' aria-describedby="{hint_id}"' if multi else ""
    rows = []
    kind = "checkbox" if multi else "radio"
    for pos, orig in enumerate(order):
        rid = f"{name}-{pos}"
        rows.append(
            f'<div class="dea-opt" data-orig="{orig}">'
            f'<input type="{kind}" name="{name}" id="{rid}" value="{pos}">'
            f'<label for="{rid}"><span class="dea-letter" aria-hidden="true">{LETTERS[pos]}.</span>'
            f" {esc(q['choices'][orig])}</label></div>"
        )
    hint = (
        f'<p class="dea-hint" id="{hint_id}">Select {len(q["answer"])} options (0 selected).</p>'
        if multi
        else ""
    )
    return (
        f'<fieldset class="dea-q"{described}><legend class="dea-stem">{esc(q["stem"])}</legend>'
        + "".join(rows)
        + hint
        + "</fieldset>"
    )


def quiz_bar(total: int) -> str:
    return (
        '<div class="dea-quizbar">'
        f'<p class="dea-progress-text">Question 1 of {total} · 0 checked, 0 right</p>'
        + button("Start over", "dea-restart")
        + '<div class="dea-meter" aria-hidden="true"><span style="width: 0%"></span></div>'
        "</div>"
    )


def quiz_card(q: dict[str, Any], order: list[int], index: int, total: int) -> str:
    """One question of a quiz round, as practice-quiz.js card() draws it."""
    last = index == total - 1
    return (
        '<section class="dea-qcard">'
        f'<h2 class="dea-qhead" tabindex="-1">Question {index + 1} of {total}</h2>'
        + question_form(q, order, "dea-quiz-q")
        + '<div class="dea-actions">'
        + button("Check answer", "dea-check", primary=True, extra=" disabled")
        + '</div><div class="dea-feedback" role="status"></div>'
        + '<div class="dea-actions dea-move">'
        + button("Previous", "dea-prev", extra=" disabled" if index == 0 else "")
        + button("See your result" if last else "Next question", "dea-next")
        + "</div></section>"
    )


def quiz_frame(questions: list[dict[str, Any]]) -> str:
    if not questions:
        return (
            "<p>There is nothing to practise here yet; the mock exam and the other quizzes draw "
            "on the rest of the bank.</p>"
        )
    q = questions[0]
    card = quiz_card(q, first_order(q["id"], len(q["choices"])), 0, len(questions))
    return quiz_bar(len(questions)) + f'<div class="dea-quizstage">{card}</div>'


# --- flashcards -------------------------------------------------------------------------------

SESSION_SIZES = ((10, "10 cards"), (20, "20 cards"), (50, "50 cards"), (0, "Every card due"))
DEFAULT_SESSION = 20
KINDS = (("all", "Signals and facts"), ("signal", "Scenario signals"), ("fact", "Key facts"))


def card_label(card: dict[str, Any]) -> str:
    return "Which service does this point to?" if card["kind"] == "signal" else "Key fact"


def card_face(card: dict[str, Any]) -> str:
    """A flashcard's front as practice-cards.js draws it, answer hidden."""
    return (
        '<div class="dea-card">'
        f'<p class="dea-card-label">{esc(card_label(card))}</p>'
        f'<p class="dea-card-text">{esc(card["prompt"])}</p>'
        '<div class="dea-back" aria-live="polite"></div>'
        '<p class="dea-actions">'
        + button("Show answer", "dea-show", primary=True)
        + button("Knew it", "dea-knew", primary=True, extra=" hidden")
        + button("Didn't know", "dea-didnt", extra=" hidden")
        + "</p></div>"
    )


def levels_text(fresh: int, learning: int, middle: int, known: int) -> str:
    """How well a deck is known, as practice-cards.js levelsText() says it."""
    return (
        f"In this deck: {fresh} new, {learning} still learning, {middle} getting there, "
        f"{known} known."
    )


def flashcards_frame(
    cards: list[dict[str, Any]],
    domains: list[dict[str, Any]],
    tasks: list[dict[str, Any]],
    services: list[tuple[str, str]],
) -> str:
    """Deck chooser (domain, task statement or service; kind; session size) and first card."""

    # Cards per tag, counted in one pass (a card counts once per domain however many of the
    # domain's task statements it carries).
    per_tag: Counter[str] = Counter()
    for c in cards:
        tags = set(c["tags"])
        per_tag.update(tags)
        per_tag.update({"domain-" + t[5:].split(".")[0] for t in tags if t.startswith("task-")})

    def option(value: str, label: str, n: int, selected: bool = False) -> str:
        sel = " selected" if selected else ""
        return f'<option value="{esc(value)}"{sel}>{esc(label)} ({n})</option>'

    decks = [option("all", "All cards", len(cards), True)]
    decks.append('<optgroup label="By domain">')
    for d in domains:
        n = per_tag[f"domain-{d['id']}"]
        decks.append(option(f"domain:{d['id']}", f"Domain {d['id']}: {d['title']}", n))
    decks.append('</optgroup><optgroup label="By task statement">')
    for t in tasks:
        n = per_tag[f"task-{t['id']}"]
        if n:
            decks.append(option(f"task:{t['id']}", f"{t['id']} {t['title']}", n))
    decks.append('</optgroup><optgroup label="By service">')
    for sid, name in services:
        n = per_tag[sid]
        if n:
            decks.append(option(f"service:{sid}", name, n))
    decks.append("</optgroup>")
    kinds = "".join(f'<option value="{v}">{esc(label)}</option>' for v, label in KINDS)
    sizes = "".join(
        f'<option value="{n}"{" selected" if n == DEFAULT_SESSION else ""}>{esc(label)}</option>'
        for n, label in SESSION_SIZES
    )
    chooser = (
        '<div class="dea-deckform">'
        '<p class="dea-field"><label for="dea-deck">Deck</label>'
        f'<select id="dea-deck" class="dea-deck">{"".join(decks)}</select></p>'
        '<p class="dea-field"><label for="dea-kind">Cards</label>'
        f'<select id="dea-kind" class="dea-kind">{kinds}</select></p>'
        '<p class="dea-field"><label for="dea-size">Session</label>'
        f'<select id="dea-size" class="dea-size">{sizes}</select></p></div>'
    )
    if not cards:
        return chooser + '<p class="dea-status" role="status">No card yet.</p>'
    session = min(DEFAULT_SESSION, len(cards))
    status = (
        f'<p class="dea-status" role="status">{_plural(session, "card")} to go in this session. '
        f"{levels_text(len(cards), 0, 0, 0)}</p>"
    )
    return chooser + status + '<div class="dea-cardstage">' + card_face(cards[0]) + "</div>"


# --- progress ---------------------------------------------------------------------------------

NOTHING_YET = (
    "Nothing practised yet in this browser. Start with a quiz or the mock exam; your results "
    "will show here."
)


def progress_frame(
    domains: list[dict[str, Any]],
    tasks: list[dict[str, Any]],
    bank: dict[str, dict[str, int]],
    quiz_urls: dict[str, str],
    exam_url: str,
) -> str:
    """The progress page for a learner with no progress yet. bank: questions per 'domains',
    'tasks' and 'skills' (string keys). The script fills the cells marked data-cell."""

    def cells(key: str, n: int) -> list[str]:
        return [
            f'<span data-cell="{key}-practised">0 of {n}</span>',
            f'<span data-cell="{key}-answers">0</span>',
            f'<span data-cell="{key}-accuracy">–</span>',
        ]

    head = ["Questions practised", "Answers", "Accuracy"]
    domain_rows = [
        (
            "",
            [
                esc(f"Domain {d['id']}: {d['title']}"),
                *cells(f"d{d['id']}", bank["domains"].get(str(d["id"]), 0)),
            ],
        )
        for d in domains
    ]
    task_rows = [
        (
            "",
            [
                f'<a href="{esc(quiz_urls[t["id"]])}">{esc(t["id"] + " " + t["title"])}</a>',
                *cells(f"t{t['id']}", bank["tasks"].get(t["id"], 0)),
            ],
        )
        for t in tasks
    ]
    skills = [s["id"] for t in tasks for s in t["skills"]]
    no_question = sum(1 for s in skills if not bank["skills"].get(s))
    return "".join(
        [
            '<div class="dea-progress-body">',
            "<h2>Overview</h2>",
            f'<p class="dea-overview">{esc(NOTHING_YET)}</p>',
            table("Accuracy per domain", ["Domain", *head], domain_rows),
            table(
                "Accuracy per task statement (each links to its quiz)",
                ["Task statement", *head],
                task_rows,
            ),
            "<h2>Weakest skills</h2>",
            '<div class="dea-weak-box"><p>No skill practised yet.</p></div>',
            f'<p class="dea-untried">{len(skills)} of {len(skills)} skills not practised yet; '
            f"{no_question} of those have no question in the bank yet (the bank is still "
            "growing).</p>",
            "<h2>Mock exams</h2>",
            '<div class="dea-history-box"><p>No mock exam submitted yet. '
            f'<a href="{esc(exam_url)}">Take a mock exam</a></p></div>',
            "<h2>Flashcards</h2>",
            '<p class="dea-cards-summary">No card rated yet.</p>',
            "</div>",
            '<section class="dea-manage">',
            "<h2>Keep, move or reset your progress</h2>",
            '<p class="dea-status" role="status"></p>',
            '<p class="dea-actions">',
            button("Export progress (JSON file)", "dea-export"),
            button("Import progress from a file…", "dea-import"),
            '<input type="file" class="dea-sr dea-import-file" tabindex="-1" aria-hidden="true"'
            ' accept=".json,application/json">',
            button("Reset progress…", "dea-reset"),
            "</p>",
            '<div class="admonition danger dea-confirm" hidden>',
            '<p class="admonition-title">Delete all progress?</p>',
            "<p>This removes every answer, flashcard, mock exam result and any unfinished exam "
            "or quiz round stored in this browser. Export first if you may want them back.</p>",
            '<p class="dea-actions">',
            button("Yes, delete all progress", "dea-confirm-yes", primary=True),
            button("Cancel", "dea-confirm-no"),
            "</p></div></section>",
        ]
    )
