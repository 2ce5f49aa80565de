"""Every practice control keeps at least 4.5:1 text contrast at rest, hovered and keyboard-
focused, in the light and the dark scheme.

axe checks only the resting state, and a colour rule of our own once beat Material's hover and
focus colours (text at 1.5:1 on hover in light, about 1:1 on focus in dark). This test walks
the tools through their screens and measures each visible, enabled control in the three states.
Disabled controls are left out: WCAG exempts inactive components.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from tests.browser.contrast import CONTRAST_JS
from tests.browser.practice_support import start_exam

pytestmark = pytest.mark.browser

KEY = "dea-c01-guide:v1"
MINIMUM = 4.5
CONTROLS = (
    ".dea-practice button, .dea-practice select, .dea-practice summary, .dea-practice a[href],"
    " .dea-practice label.dea-choice"
)
NO_TRANSITIONS = (
    "*, *::before, *::after { transition: none !important; animation: none !important; }"
)

VISIBLE = """els => els.map((e, i) => {
  const r = e.getBoundingClientRect();
  const s = getComputedStyle(e);
  const usable = r.width > 0 && r.height > 0 && s.visibility !== "hidden" && !e.disabled
    && e.getAttribute("aria-disabled") !== "true"
    && !e.closest("[hidden], details:not([open]) > :not(summary)");
  return usable ? i : -1;
}).filter(i => i >= 0)"""


def _settle(pg) -> None:  # noqa: ANN001
    pg.add_style_tag(content=NO_TRANSITIONS)
    pg.wait_for_timeout(50)


def _go(pg, path: str) -> None:  # noqa: ANN001
    pg.goto(pg.base + path, wait_until="networkidle")
    _settle(pg)


def _quiz(pg) -> None:  # noqa: ANN001
    _go(pg, "practice/quiz-1-2/")


def _quiz_checked(pg) -> None:  # noqa: ANN001
    _go(pg, "practice/quiz-1-2/")
    card = pg.locator(".dea-qcard").first
    card.locator("input").first.check()
    card.get_by_role("button", name="Check answer").click()


def _quiz_end(pg) -> None:  # noqa: ANN001
    _go(pg, "practice/quiz-2-1/")
    for _ in range(50):  # every question of the quiz, then its end screen
        if pg.locator(".dea-round-end").count():
            break
        first = pg.locator(".dea-qcard input").first
        if first.get_attribute("type") == "radio":  # one answer: any pick can be checked
            first.check()
            pg.get_by_role("button", name="Check answer").click()
        pg.locator(".dea-next").click()


def _exam_start(pg) -> None:  # noqa: ANN001
    _go(pg, "practice/mock-exam/")


def _exam_question(pg) -> None:  # noqa: ANN001
    _go(pg, "practice/mock-exam/")
    start_exam(pg, "practice")
    _settle(pg)
    pg.locator(".dea-exam-main input").first.check()
    pg.get_by_role("button", name="Flag for review").click()
    pg.get_by_role("button", name="Next").click()


def _exam_review(pg) -> None:  # noqa: ANN001
    _exam_question(pg)
    pg.get_by_role("button", name="Review and submit").click()
    pg.get_by_role("button", name="Flagged (1)").click()


def _exam_results(pg) -> None:  # noqa: ANN001
    _exam_review(pg)
    pg.get_by_role("button", name="Submit the exam").click()
    pg.locator(".dea-results").wait_for()
    pg.locator(".dea-review-all > li:visible details summary").first.click()
    pg.locator("details.dea-history-table summary").click()


def _cards(pg) -> None:  # noqa: ANN001
    _go(pg, "practice/flashcards/")


def _cards_answer(pg) -> None:  # noqa: ANN001
    _go(pg, "practice/flashcards/")
    pg.get_by_role("button", name="Show answer").click()


def _progress_reset(pg) -> None:  # noqa: ANN001
    _exam_results(pg)  # a mock exam in the history: the chart and its table
    _go(pg, "practice/progress/")
    pg.locator("details.dea-history-table summary").click()
    pg.get_by_role("button", name=re.compile("^Reset progress")).click()


def _notice(pg) -> None:  # noqa: ANN001
    _go(pg, "practice/quiz-1-1/")
    pg.evaluate("k => localStorage.setItem(k, '{damaged')", KEY)
    pg.reload(wait_until="networkidle")
    _settle(pg)


TOUR: list[tuple[str, Callable]] = [
    ("quiz", _quiz),
    ("quiz after checking", _quiz_checked),
    ("quiz round finished", _quiz_end),
    ("exam start", _exam_start),
    ("exam question", _exam_question),
    ("exam review", _exam_review),
    ("exam results", _exam_results),
    ("flashcards", _cards),
    ("flashcard answer", _cards_answer),
    ("progress, reset asked", _progress_reset),
    ("stored-progress notice", _notice),
]


def _problem(label: str, state: str, got: dict) -> str:
    return f"{label}: {got['text']!r} {state} {got['ratio']:.2f} ({got['fg']} on {got['bg']})"


def _measure_screen(pg, label: str) -> tuple[list[str], int, float]:  # noqa: ANN001
    """Problems found on the current screen, how many controls were measured and the lowest
    ratio seen in any state."""
    problems: list[str] = []
    ratios: list[float] = [21.0]
    controls = pg.locator(CONTROLS)
    indices = controls.evaluate_all(VISIBLE)
    # At rest: no pointer over the tool, nothing focused.
    pg.mouse.move(0, 0)
    pg.evaluate("() => document.activeElement && document.activeElement.blur()")
    for i in indices:
        got = controls.nth(i).evaluate(CONTRAST_JS)
        ratios.append(got["ratio"])
        if got["ratio"] < MINIMUM:
            problems.append(_problem(label, "at rest", got))
    # Hovered with the real pointer.
    for i in indices:
        el = controls.nth(i)
        # The first line box: a link that wraps has a gap in the middle of its bounding box.
        box = el.evaluate(
            "e => { e.scrollIntoView({block: 'center'}); const r = e.getClientRects()[0];"
            " return {x: r.x + r.width / 2, y: r.y + r.height / 2}; }"
        )
        pg.mouse.move(box["x"], box["y"])
        hovered = el.evaluate("e => e.matches(':hover')")
        assert hovered, f"{label}: could not hover {el.inner_text()!r}"
        got = el.evaluate(CONTRAST_JS)
        ratios.append(got["ratio"])
        if got["ratio"] < MINIMUM:
            problems.append(_problem(label, "hovered", got))
    pg.mouse.move(0, 0)
    # Focused as from the keyboard: one Tab sets keyboard modality, so focus() shows the ring.
    pg.keyboard.press("Tab")
    for i in indices:
        el = controls.nth(i)
        el.focus()
        assert el.evaluate("e => e.matches(':focus-visible')"), f"{label}: no keyboard focus"
        got = el.evaluate(CONTRAST_JS)
        ratios.append(got["ratio"])
        if got["ratio"] < MINIMUM:
            problems.append(_problem(label, "focused", got))
    return problems, len(indices), min(ratios)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_practice_control_is_readable_at_rest_hovered_and_focused(
    browser, base_url: str, scheme: str
) -> None:
    problems: list[str] = []
    measured = 0
    lowest = 21.0
    for label, setup in TOUR:
        # A fresh context per screen: empty storage, as a new learner has.
        context = browser.new_context(color_scheme=scheme, viewport={"width": 1280, "height": 900})
        pg = context.new_page()
        pg.base = base_url  # type: ignore[attr-defined]
        setup(pg)
        expected = "slate" if scheme == "dark" else "default"
        assert pg.locator("body").get_attribute("data-md-color-scheme") == expected
        found, n, low = _measure_screen(pg, label)
        problems += found
        measured += n
        lowest = min(lowest, low)
        assert n, f"{label}: no control found to measure"
        context.close()
    print(f"{scheme}: {measured} controls measured in 3 states; lowest ratio {lowest:.2f}")
    assert measured > 60
    assert not problems, "\n".join(problems)


COLOURS = "e => [getComputedStyle(e).backgroundColor, getComputedStyle(e).color]"


def test_focused_primary_buttons_keep_the_theme_colours(browser, base_url: str) -> None:
    """A focused primary button stays in the site's primary colours (a darker orange, white
    text), not Material's indigo accent, which gives white text only 4.26:1."""
    for scheme in ("light", "dark"):
        context = browser.new_context(color_scheme=scheme)
        pg = context.new_page()
        pg.goto(base_url + "practice/mock-exam/", wait_until="networkidle")
        _settle(pg)
        start = pg.get_by_role("button", name="Start the exam")
        theme = pg.evaluate("""() => {
          const probe = document.createElement("span");
          document.querySelector(".md-typeset").appendChild(probe);
          const get = v => {
            probe.style.color = `var(${v})`;
            return getComputedStyle(probe).color;
          };
          const out = {dark: get("--md-primary-fg-color--dark"),
                       primary: get("--md-primary-fg-color"),
                       primaryText: get("--md-primary-bg-color")};
          probe.remove();
          return out;
        }""")
        rest = start.evaluate(COLOURS)
        assert rest == [theme["primary"], theme["primaryText"]], (scheme, rest, theme)
        pg.keyboard.press("Tab")
        start.focus()
        focused = start.evaluate(COLOURS)
        assert focused == [theme["dark"], theme["primaryText"]], (scheme, focused, theme)
        start.hover()
        hovered = start.evaluate(COLOURS)
        assert hovered == focused
        context.close()
