"""Shared helpers of the practice-tool browser tests.

The tests read the question data a page uses to know the right options, then answer through
the page as a candidate would. Options are shuffled, so they are found by the data-orig
attribute (the option's index in the question bank) that every option row carries.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

KEY = "dea-c01-guide:v1"
BACKUP = "dea-c01-guide:backup"


@pytest.fixture
def page(browser, base_url: str) -> Iterator:
    """A fresh context (empty localStorage) that fails the test on any script error."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.on("console", lambda m: m.type == "error" and errors.append(m.text))
    pg.base = base_url  # type: ignore[attr-defined]
    yield pg
    context.close()
    assert not errors, "\n".join(errors)


def embedded(pg, kind: str) -> dict:  # noqa: ANN001
    text = pg.locator(f".dea-{kind} template.dea-data").evaluate("t => t.content.textContent")
    return json.loads(text)


def script_global(text: str) -> object:
    """The value a bank script (self.Name=<json>;) assigns."""
    return json.loads(text[text.index("=") + 1 :].rstrip().removesuffix(";"))


def bank(pg) -> list[dict]:  # noqa: ANN001
    """The questions of data/questions.js with their reasons from data/explanations.js."""
    box = pg.locator(".dea-exam")
    questions = script_global(
        pg.request.get(_abs(pg, box.get_attribute("data-questions-src"))).text()
    )
    reasons = script_global(
        pg.request.get(_abs(pg, box.get_attribute("data-explanations-src"))).text()
    )
    return [{**q, **reasons[q["id"]]} for q in questions]  # type: ignore[index]


def _abs(pg, src: str) -> str:  # noqa: ANN001
    return pg.evaluate("s => new URL(s, location.href).href", src)


def question_by_stem(questions: list[dict], stem: str) -> dict:
    return next(q for q in questions if q["stem"] == stem.strip())


def pick(scope, q: dict, right: bool) -> list[int]:  # noqa: ANN001
    """Tick the right options (or a wrong set of the same size) inside scope."""
    if right:
        wanted = q["answer"]
    else:
        wrong = [i for i in range(len(q["choices"])) if i not in q["answer"]]
        wanted = ([*q["answer"][:-1], wrong[0]]) if len(q["answer"]) > 1 else wrong[:1]
    for orig in wanted:
        scope.locator(f'.dea-opt[data-orig="{orig}"] input').check()
    return wanted


def stored(pg) -> dict:  # noqa: ANN001
    return json.loads(pg.evaluate(f"localStorage.getItem('{KEY}')"))


def start_exam(pg, mode: str = "exam") -> int:  # noqa: ANN001
    """Start an attempt from the start screen; the number of questions in it."""
    if mode == "practice":
        pg.get_by_label("Practice mode", exact=False).check()
    pg.get_by_role("button", name="Start the exam").click()
    heading = pg.locator(".dea-qhead")
    heading.wait_for()
    return int(heading.inner_text().split(" of ")[1])


def domain_targets(data: dict) -> list[int]:
    """Questions per domain for a full exam: weights shared out by largest remainder."""
    size = data["format"]["questions_total"]
    shares = [size * d["weight"] / 100 for d in data["domains"]]
    counts = [int(s) for s in shares]
    by_remainder = sorted(range(len(shares)), key=lambda i: shares[i] - counts[i], reverse=True)
    for i in by_remainder[: size - sum(counts)]:
        counts[i] += 1
    return counts


def tab_to(pg, name: str, limit: int = 400) -> int:  # noqa: ANN001
    """Press Tab until the focused element's accessible text is `name`; the presses it took."""
    for n in range(1, limit + 1):
        pg.keyboard.press("Tab")
        text = pg.evaluate(
            "() => { const e = document.activeElement;"
            " return (e.getAttribute('aria-label') || e.textContent || '').trim(); }"
        )
        if text == name:
            return n
    raise AssertionError(f"Tab never reached {name!r}")


def focused(pg) -> dict:  # noqa: ANN001
    return pg.evaluate(
        "() => { const e = document.activeElement; return {tag: e.tagName, type: e.type || '',"
        " text: (e.textContent || '').trim(), checked: !!e.checked}; }"
    )
