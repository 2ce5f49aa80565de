"""The mock exam in a real browser: a full attempt, 65 questions by domain weight once the bank is
large enough (a grown bank is served in place of data/questions.js), unseen questions first,
the focused view and its guard against leaving, review filters, results and history, resume,
and the keyboard only."""

from __future__ import annotations

import json
import re
from urllib.parse import urlsplit

import pytest

from tests.browser.practice_support import (
    bank,
    domain_targets,
    embedded,
    focused,
    page,  # noqa: F401 - the fixture
    pick,
    question_by_stem,
    script_global,
    start_exam,
    stored,
    tab_to,
)

pytestmark = pytest.mark.browser


def _expected_size(data: dict) -> int:
    counts = data["counts"]
    return sum(
        min(counts.get(str(d["id"]), 0), target)
        for d, target in zip(data["domains"], domain_targets(data), strict=True)
    )


def _minutes(data: dict, size: int) -> int:
    fmt = data["format"]
    if size >= fmt["questions_total"]:
        return fmt["minutes"]
    return round(fmt["minutes"] * size / fmt["questions_total"])


def _answer_current(pg, questions: list[dict], right: bool) -> dict:  # noqa: ANN001
    main = pg.locator(".dea-exam-main")
    q = question_by_stem(questions, main.locator("legend").inner_text())
    pick(main, q, right)
    return q


def test_full_mock_exam_answer_flag_review_submit(page) -> None:  # noqa: F811
    page.goto(page.base + "practice/mock-exam/", wait_until="networkidle")
    data = embedded(page, "exam")
    questions = bank(page)
    total = _expected_size(data)
    if total < data["format"]["questions_total"]:
        warning = page.locator(".dea-short").inner_text()
        assert f"an attempt has {total} questions instead of" in warning
        assert f"{_minutes(data, total)} minutes on the clock" in warning
    n = start_exam(page)
    assert n == total
    minutes = _minutes(data, n)
    timer = page.locator("[role=timer]").inner_text()
    h, m = divmod(minutes, 60)
    assert re.match(rf"^{h}:{m:02d}:00$|^{h}:{m - 1:02d}:5\d$", timer), timer
    right = 0
    for i in range(n):
        if i < n - 1:  # leave the last question unanswered
            ok = i % 3 != 0
            _answer_current(page, questions, ok)
            right += ok
        if i == 1:
            page.get_by_role("button", name="Flag for review").click()
            assert page.locator(".dea-flag").get_attribute("aria-pressed") == "true"
            assert "⚑ 1" in page.locator(".dea-exam-bar .dea-flags").inner_text()
        if i < n - 1:
            page.get_by_role("button", name="Next").click()
    assert f"{n} of {n}" in page.locator(".dea-exam-bar .dea-at").inner_text()
    assert f"{n - 1} answered" in page.locator(".dea-exam-bar").inner_text()
    nav = page.locator(".dea-navbtn")
    assert nav.nth(0).get_attribute("aria-label") == "Question 1, answered"
    assert nav.nth(1).get_attribute("aria-label") == "Question 2, answered, flagged"
    assert nav.nth(n - 1).get_attribute("aria-label") == f"Question {n}, unanswered"
    page.get_by_role("button", name="Review answers").click()  # the last question's next step
    summary = page.locator(".dea-review-summary").inner_text()
    assert f"Answered: {n - 1} of {n}" in summary and "Unanswered: 1" in summary
    assert "Flagged for review: 1" in summary
    page.get_by_role("button", name="Submit the exam").click()
    page.locator(".dea-results").wait_for()
    fmt = data["format"]
    expected = round(fmt["score_min"] + (fmt["score_max"] - fmt["score_min"]) * right / n)
    score = page.locator(".dea-score").inner_text()
    assert f"Estimated score: {expected} " in score
    assert ("at or above" if expected >= fmt["passing_score"] else "below") in score
    assert "Time used: 0:0" in page.locator(".dea-summary").inner_text()
    assert page.locator("caption", has_text="Result per domain").count() == 1
    assert page.locator("caption", has_text="Result per task statement").count() == 1
    reviewed = page.locator(".dea-review-all > li")
    assert reviewed.count() == n
    assert reviewed.nth(n - 1).locator("h4").inner_text().endswith("not answered")
    assert reviewed.nth(1).locator("h4").inner_text().endswith("(flagged)")
    assert reviewed.first.locator(".dea-why").count() >= 4
    state = stored(page)
    assert state["exam"] is None and state["history"][-1]["score"] == expected
    assert sum(t for _, t in state["history"][-1]["domains"].values()) == n
    first_ids = state["lastExam"]["ids"]
    assert all(state["seen"][i] == 1 for i in first_ids)
    # A new attempt draws the questions not seen yet first.
    page.get_by_role("button", name="Start a new attempt").click()
    start_exam(page)
    second = stored(page)["exam"]["ids"]
    for d in data["domains"]:
        unseen = [q["id"] for q in questions if q["domain"] == d["id"] and q["id"] not in first_ids]
        mine = [
            i for i in second if next(q for q in questions if q["id"] == i)["domain"] == d["id"]
        ]
        repeats = [i for i in mine if i in first_ids]
        assert len(repeats) == max(0, len(mine) - len(unseen)), f"domain {d['id']}"


def _grown_bank(pg, per_domain: dict[int, int]) -> tuple[str, str, list[dict]]:  # noqa: ANN001
    """A bank of sum(per_domain) questions made by repeating the real ones under new ids: the
    bank as it will be once Domains 2-4 are written."""
    real = bank(pg)
    grown = []
    for domain, n in per_domain.items():
        pool = [q for q in real if q["domain"] == domain]
        for i in range(n):
            q = pool[i % len(pool)]
            grown.append({**q, "id": f"{q['id']}-g{i}"})
    keys = ("id", "task", "skills", "domain", "stem", "choices", "answer", "url")
    questions = "self.DeaBank=" + json.dumps([{k: q[k] for k in keys} for q in grown]) + ";"
    reasons = {q["id"]: {"why": q["why"], "explanation": q["explanation"]} for q in grown}
    return questions, "self.DeaExplanations=" + json.dumps(reasons) + ";", grown


def test_a_grown_bank_gives_65_questions_in_130_minutes_and_new_questions_each_time(page) -> None:  # noqa: F811
    page.goto(page.base + "practice/mock-exam/", wait_until="networkidle")
    data = embedded(page, "exam")
    per_domain = {1: 100, 2: 80, 3: 65, 4: 55}  # about 300, the size the bank grows to
    questions_js, reasons_js, grown = _grown_bank(page, per_domain)
    assert len(script_global(questions_js)) == 300  # type: ignore[arg-type]
    page.route(
        "**/data/questions.js*",
        lambda r: r.fulfill(body=questions_js, content_type="text/javascript"),
    )
    page.route(
        "**/data/explanations.js*",
        lambda r: r.fulfill(body=reasons_js, content_type="text/javascript"),
    )
    domain_of = {q["id"]: q["domain"] for q in grown}
    targets = dict(zip([d["id"] for d in data["domains"]], domain_targets(data), strict=True))
    assert targets == {1: 22, 2: 17, 3: 14, 4: 12}
    attempts = []
    for attempt in range(3):
        n = start_exam(page)
        assert n == 65
        if attempt == 0:
            assert page.locator("[role=timer]").inner_text() in ("2:10:00", "2:09:59")
        ids = stored(page)["exam"]["ids"]
        assert len(set(ids)) == 65
        per = {d: sum(1 for i in ids if domain_of[i] == d) for d in per_domain}
        assert per == targets
        attempts.append(set(ids))
        page.get_by_role("button", name="Review and submit").click()
        page.get_by_role("button", name="Submit the exam").click()
        page.get_by_role("button", name="Start a new attempt").click()
    # Domain 4 has 55 questions, 12 per attempt: three attempts never repeat one.
    assert (
        not attempts[0] & attempts[1]
        and not attempts[1] & attempts[2]
        and not attempts[0] & attempts[2]
    )
    assert len(stored(page)["history"]) == 3


def test_focused_view_keeps_the_bar_in_sight_and_asks_before_leaving(page) -> None:  # noqa: F811
    page.goto(page.base + "practice/mock-exam/", wait_until="networkidle")
    assert page.locator(".md-sidebar--primary").is_visible()
    start_exam(page)
    assert page.evaluate("document.documentElement.classList.contains('dea-focus')")
    for hidden in (".md-sidebar--primary", ".md-sidebar--secondary", ".md-tabs", ".md-footer"):
        assert not page.locator(hidden).is_visible(), f"{hidden} is shown during the attempt"
    assert not page.get_by_role("heading", name="How the mock exam works").is_visible()
    # Timer, progress and flags stay in sight at the bottom of the page.
    page.mouse.wheel(0, 5000)
    page.wait_for_timeout(200)
    bar = page.locator(".dea-exam-bar").bounding_box()
    header = page.locator(".md-header").bounding_box()
    assert bar and header and abs(bar["y"] - (header["y"] + header["height"])) < 2, bar
    assert page.locator("[role=timer]").is_visible() and page.locator(".dea-flags").is_visible()
    # Leaving: the browser asks (beforeunload), and so does a link Material would follow.
    prevented = page.evaluate(
        "() => { const e = new Event('beforeunload', {cancelable: true});"
        " window.dispatchEvent(e); return e.defaultPrevented; }"
    )
    assert prevented
    asked: list[str] = []

    def dismiss(dialog) -> None:  # noqa: ANN001
        asked.append(dialog.message)
        dialog.dismiss()

    page.once("dialog", dismiss)
    page.locator("a.md-header__button.md-logo").click()
    assert asked and asked[0].startswith("Leave the mock exam?")
    # (Material's navigation.tracking may have put a section's #anchor in the address.)
    assert urlsplit(page.url).path.endswith("/practice/mock-exam/")
    assert page.locator(".dea-exam-main").is_visible(), "staying keeps the attempt"
    page.once("dialog", lambda d: d.accept())
    page.locator("a.md-header__button.md-logo").click()
    page.wait_for_url(page.base)
    # Instant navigation changes the address first, then swaps the page and starts its tools.
    page.wait_for_function("() => !document.documentElement.classList.contains('dea-focus')")
    assert page.locator(".md-tabs").is_visible()
    prevented = page.evaluate(
        "() => { const e = new Event('beforeunload', {cancelable: true});"
        " window.dispatchEvent(e); return e.defaultPrevented; }"
    )
    assert not prevented, "the guard leaves with the exam page"
    page.go_back()
    page.get_by_role("button", name="Resume the exam").wait_for()
    assert page.locator(".dea-exam .dea-ui").is_visible(), "the tool shows after instant navigation"


def test_review_filters_and_a_short_way_to_submit(page) -> None:  # noqa: F811
    page.goto(page.base + "practice/mock-exam/", wait_until="networkidle")
    questions = bank(page)
    n = start_exam(page)
    _answer_current(page, questions, True)
    page.get_by_role("button", name="Next").click()
    page.get_by_role("button", name="Flag for review").click()
    page.get_by_role("button", name="Review and submit").click()
    assert focused(page)["text"] == "Review before you submit"
    page.keyboard.press("Tab")
    assert focused(page)["text"] == "Submit the exam", "Submit is one Tab away from the heading"
    items = page.locator(".dea-review-list > li")
    assert items.count() == n
    page.get_by_role("button", name=f"Unanswered ({n - 1})").click()
    assert page.locator(".dea-review-list > li:visible").count() == n - 1
    assert "Showing " + str(n - 1) in page.locator(".dea-shown").inner_text()
    page.get_by_role("button", name="Flagged (1)").click()
    visible = page.locator(".dea-review-list > li:visible")
    assert visible.count() == 1 and "flagged" in visible.inner_text()
    assert page.get_by_role("button", name="Flagged (1)").get_attribute("aria-pressed") == "true"
    visible.get_by_role("button", name="Question 2").click()
    assert page.locator(".dea-qhead").inner_text() == f"Question 2 of {n}"


def test_results_summary_first_then_questions_folded_and_the_history_chart(page) -> None:  # noqa: F811
    page.goto(page.base + "practice/mock-exam/", wait_until="networkidle")
    data = embedded(page, "exam")
    questions = bank(page)
    for attempt in range(2):
        n = start_exam(page, "exam")
        for i in range(3):
            _answer_current(page, questions, right=(i + attempt) % 2 == 0)
            page.get_by_role("button", name="Next").click()
        page.get_by_role("button", name="Review and submit").click()
        page.get_by_role("button", name="Submit the exam").click()
        page.locator(".dea-results").wait_for()
        if attempt == 0:
            page.get_by_role("button", name="Start a new attempt").click()
    order = page.locator(".dea-results > *").evaluate_all(
        "els => els.map(e => e.className || e.tagName)"
    )
    assert (
        order.index("dea-summary is-fail")
        < order.index("dea-table dea-bars")
        < order.index("dea-filters")
    )
    assert page.locator(".dea-bars .dea-bar-fill").count() >= 2
    wrong = page.get_by_role("button", name=re.compile(r"^Wrong or blank"))
    assert wrong.get_attribute("aria-pressed") == "true", "the wrong ones are shown first"
    shown = page.locator(".dea-review-all > li:visible")
    assert shown.count() == n - 1, "one of the three answered in the second attempt was right"
    assert all(r != "right" for r in shown.evaluate_all("els => els.map(e => e.dataset.result)"))
    details = shown.first.locator("details.dea-explain")
    assert details.get_attribute("open") is None, "explanations are folded until opened"
    assert not details.locator(".dea-why").first.is_visible()
    details.locator("summary").click()
    assert details.locator(".dea-why").first.is_visible()
    page.get_by_role("button", name=f"All ({n})").click()
    assert page.locator(".dea-review-all > li:visible").count() == n
    # The history: an accessible inline SVG with a table alternative, kept in the store.
    chart = page.locator("svg.dea-chart")
    assert chart.get_attribute("role") == "img"
    assert chart.locator("title").text_content().startswith("Percent correct per domain")
    assert "Overall from" in (chart.locator("desc").text_content() or "")
    assert chart.locator(".dea-s-all path").count() == 1
    assert page.locator(".dea-history-table tbody tr").count() == 2
    history = stored(page)["history"]
    assert len(history) == 2 and all(
        "domains" in x and "tasks" in x and x["elapsed"] >= 0 for x in history
    )
    page.goto(page.base + "practice/progress/", wait_until="networkidle")
    assert page.locator(".dea-history-box svg.dea-chart").count() == 1
    assert len(data["domains"]) == page.locator(".dea-history-table thead th").count() - 6


def test_exam_resumes_after_reload(page) -> None:  # noqa: F811
    page.goto(page.base + "practice/mock-exam/", wait_until="networkidle")
    questions = bank(page)
    start_exam(page)
    for _ in range(3):
        _answer_current(page, questions, True)
        page.get_by_role("button", name="Next").click()
    page.get_by_role("button", name="Flag for review").click()
    stem = page.locator(".dea-exam-main legend").inner_text()
    page.wait_for_timeout(1200)
    page.reload(wait_until="networkidle")
    info = page.locator(".dea-exam .dea-resume").inner_text()
    assert "3 of" in info and "1 flagged" in info
    page.get_by_role("button", name="Resume the exam").click()
    page.locator(".dea-qhead").wait_for()
    assert page.locator(".dea-qhead").inner_text().startswith("Question 4 of")
    assert page.locator(".dea-exam-main legend").inner_text() == stem
    assert page.locator(".dea-flag").get_attribute("aria-pressed") == "true"
    labels = page.locator(".dea-navbtn").evaluate_all("els => els.map(e => e.ariaLabel)")
    assert labels[:4] == [
        "Question 1, answered", "Question 2, answered", "Question 3, answered",
        "Question 4, unanswered, flagged",
    ]  # fmt: skip
    left = page.locator("[role=timer]").inner_text()
    limit = stored(page)["exam"]["limit"] // 60000
    assert left < f"{limit // 60}:{limit % 60:02d}:00", left
    page.locator(".dea-navbtn").first.click()
    assert page.locator(".dea-exam-main input:checked").count() >= 1


def test_mock_exam_with_the_keyboard_only(page) -> None:  # noqa: F811
    page.goto(page.base + "practice/mock-exam/", wait_until="networkidle")
    tab_to(page, "Start the exam")
    page.keyboard.press("Enter")
    page.locator(".dea-qhead").wait_for()
    assert focused(page)["text"].startswith("Question 1 of")
    n = int(focused(page)["text"].split(" of ")[1])
    for i in range(n):
        page.keyboard.press("Tab")  # into the option group
        first = focused(page)
        assert first["tag"] == "INPUT"
        if first["type"] == "radio":
            page.keyboard.press("ArrowDown")  # arrows move and select within the group
            assert focused(page)["checked"]
        else:
            page.keyboard.press("Space")
            page.keyboard.press("Tab")
            page.keyboard.press("Space")
        if i == 0:
            tab_to(page, "Flag for review")
            page.keyboard.press("Space")
            assert page.locator(".dea-flag").get_attribute("aria-pressed") == "true"
            page.keyboard.press("Shift+Tab")
            assert focused(page)["text"] == "Next"
            page.keyboard.press("Enter")
        elif i < n - 1:
            tab_to(page, "Next")
            page.keyboard.press("Enter")
        if i < n - 1:
            assert focused(page)["text"].startswith(f"Question {i + 2} of")
    labels = page.locator(".dea-navbtn").evaluate_all("els => els.map(e => e.ariaLabel)")
    assert all("unanswered" not in label for label in labels)
    tab_to(page, "Review answers")
    page.keyboard.press("Enter")
    assert focused(page)["text"] == "Review before you submit"
    assert tab_to(page, "Submit the exam") == 1
    page.keyboard.press("Enter")
    page.locator(".dea-results").wait_for()
    assert focused(page)["text"] == "Your result"
    assert page.locator(".dea-score").inner_text().startswith("Estimated score:")
