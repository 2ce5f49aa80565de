"""The practice tools in a real browser: quiz, mock exam, resume, corrupt storage, keyboard, axe.

The tests read the question data embedded in each page to know the right options, then answer
through the page as a candidate would. Options are shuffled, so they are found by the
data-orig attribute (the option's index in the question bank) that the quiz sets on each row.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import pytest

pytestmark = pytest.mark.browser

KEY = "dea-c01-guide:v1"
BACKUP = "dea-c01-guide:backup"
PRACTICE_PAGES = [
    "practice/",
    "practice/quiz-1-2/",
    "practice/mock-exam/",
    "practice/flashcards/",
    "practice/progress/",
]


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


def _data(pg, kind: str) -> dict:
    text = pg.locator(f".dea-{kind} template.dea-data").evaluate("t => t.content.textContent")
    return json.loads(text)


def _question_by_stem(questions: list[dict], stem: str) -> dict:
    return next(q for q in questions if q["stem"] == stem.strip())


def _pick(scope, q: dict, right: bool) -> list[int]:
    """Tick the right options (or a wrong set of the same size) inside scope."""
    if right:
        wanted = q["answer"]
    else:
        wrong = [i for i in range(len(q["choices"])) if i not in q["answer"]]
        wanted = ([*q["answer"][:-1], wrong[0]]) if len(q["answer"]) > 1 else wrong[:1]
    for orig in wanted:
        scope.locator(f'.dea-opt[data-orig="{orig}"] input').check()
    return wanted


def test_quiz_check_reasons_retry_and_report_link(page) -> None:
    page.goto(page.base + "practice/quiz-1-2/", wait_until="networkidle")
    data = _data(page, "quiz")
    cards = page.locator(".dea-qcard")
    assert cards.count() == len(data["questions"]) >= 2
    multi_seen = False
    for i in range(cards.count()):
        card = cards.nth(i)
        q = _question_by_stem(data["questions"], card.locator("legend").inner_text())
        origs = sorted(int(x) for x in card.locator(".dea-opt").evaluate_all(
            "els => els.map(e => e.dataset.orig)"))  # fmt: skip
        assert origs == list(range(len(q["choices"]))), "every option shown exactly once"
        check = card.get_by_role("button", name="Check answer")
        assert check.is_disabled()
        if len(q["answer"]) > 1:
            multi_seen = True
            assert "(Choose two.)" in q["stem"]
            card.locator(f'.dea-opt[data-orig="{q["answer"][0]}"] input').check()
            assert check.is_disabled(), "a Choose-two question is not checkable with one option"
            assert "1 selected" in card.locator(".dea-hint").inner_text()
        right = i == 0  # first right, the others wrong, to exercise "retry wrong ones"
        for box in card.locator("input").all():
            box.uncheck() if box.get_attribute("type") == "checkbox" else None
        _pick(card, q, right)
        check.click()
        feedback = card.locator(".dea-feedback")
        assert feedback.get_attribute("role") == "status"
        verdict = feedback.locator(".dea-verdict").inner_text()
        assert verdict.startswith("Correct") if right else verdict.startswith("Not correct")
        assert card.locator(".dea-why").count() == len(q["choices"])
        for orig, why in enumerate(q["why"]):
            assert why in card.locator(f'.dea-opt[data-orig="{orig}"] .dea-why').inner_text()
        learn = feedback.get_by_role("link", name=re.compile("Learn more"))
        assert learn.get_attribute("href") == "../../" + q["url"]
        report = feedback.get_by_role("link", name="Report a problem with this question")
        href = report.get_attribute("href") or ""
        assert re.match(r"^https://github\.com/[^/]+/[^/]+/issues/new\?", href)
        assert f"template=question-problem.yml&question={q['id']}" in href
    assert multi_seen, "quiz 1.2 holds a multiple-response question"
    wrong = len(data["questions"]) - 1
    status = page.locator(".dea-quiz .dea-status").inner_text()
    assert f"1 of {len(data['questions'])} right" in status
    retry = page.get_by_role("button", name=f"Retry wrong ones ({wrong})")
    page.reload(wait_until="networkidle")  # the wrong ones are remembered
    retry.click()
    assert page.locator(".dea-qcard").count() == wrong


def _domain_targets(data) -> list[int]:
    """Questions per domain for a full exam: weights shared out by largest remainder."""
    size = data["format"]["questions_total"]
    shares = [size * d["weight"] / 100 for d in data["domains"]]
    counts = [int(s) for s in shares]
    by_remainder = sorted(range(len(shares)), key=lambda i: shares[i] - counts[i], reverse=True)
    for i in by_remainder[: size - sum(counts)]:
        counts[i] += 1
    return counts


def test_full_mock_exam_answer_flag_review_submit(page) -> None:
    page.goto(page.base + "practice/mock-exam/", wait_until="networkidle")
    data = _data(page, "exam")
    total = sum(
        min(len([q for q in data["questions"] if q["domain"] == d["id"]]), target)
        for d, target in zip(data["domains"], _domain_targets(data), strict=True)
    )
    warning = page.locator(".dea-short")
    if total < data["format"]["questions_total"]:
        assert f"has {total} questions instead of" in warning.inner_text()
    page.get_by_role("button", name="Start the exam").click()
    heading = page.locator(".dea-qhead")
    assert heading.inner_text().endswith(f" of {total}")
    assert re.match(r"^2:(09|10):\d\d$", page.locator("[role=timer]").inner_text())
    n = int(heading.inner_text().split(" of ")[1])
    right = 0
    for i in range(n):
        main = page.locator(".dea-exam-main")
        q = _question_by_stem(data["questions"], main.locator("legend").inner_text())
        if i == n - 1:
            pass  # leave the last question unanswered
        else:
            ok = i % 3 != 0
            _pick(main, q, ok)
            right += ok
        if i == 1:
            page.get_by_role("button", name="Flag for review").click()
            assert page.locator(".dea-flag").get_attribute("aria-pressed") == "true"
        if i < n - 1:
            page.get_by_role("button", name="Next").click()
    nav = page.locator(".dea-navbtn")
    assert nav.nth(0).get_attribute("aria-label") == "Question 1, answered"
    assert nav.nth(1).get_attribute("aria-label") == "Question 2, answered, flagged"
    assert nav.nth(n - 1).get_attribute("aria-label") == f"Question {n}, unanswered"
    page.get_by_role("button", name="Review answers and submit").click()
    summary = page.locator(".dea-review-summary").inner_text()
    assert f"Answered: {n - 1} of {n}" in summary and "Unanswered: 1" in summary
    assert "Flagged for review: 1" in summary
    page.get_by_role("button", name="Submit the exam").click()
    fmt = data["format"]
    expected = round(fmt["score_min"] + (fmt["score_max"] - fmt["score_min"]) * right / n)
    score = page.locator(".dea-score").inner_text()
    assert f"Estimated score: {expected} " in score
    assert ("at or above" if expected >= fmt["passing_score"] else "below") in score
    assert page.locator("caption", has_text="Result per domain").count() == 1
    assert page.locator("caption", has_text="Result per task statement").count() == 1
    reviewed = page.locator(".dea-review-all > li")
    assert reviewed.count() == n
    assert reviewed.nth(n - 1).locator("h4").inner_text().endswith("not answered")
    assert reviewed.nth(1).locator("h4").inner_text().endswith("(flagged)")
    assert reviewed.first.locator(".dea-why").count() >= 4
    stored = json.loads(page.evaluate(f"localStorage.getItem('{KEY}')"))
    assert stored["exam"] is None and stored["history"][-1]["score"] == expected
    first_ids = stored["lastExam"]["ids"]
    # A new attempt shuffles a different order (and draws other questions once the bank allows).
    page.get_by_role("button", name="Start a new attempt").click()
    page.get_by_role("button", name="Start the exam").click()
    stored = json.loads(page.evaluate(f"localStorage.getItem('{KEY}')"))
    assert stored["exam"]["ids"] != first_ids


def test_exam_resumes_after_reload(page) -> None:
    page.goto(page.base + "practice/mock-exam/", wait_until="networkidle")
    data = _data(page, "exam")
    page.get_by_role("button", name="Start the exam").click()
    for _ in range(3):
        main = page.locator(".dea-exam-main")
        _pick(main, _question_by_stem(data["questions"], main.locator("legend").inner_text()), True)
        page.get_by_role("button", name="Next").click()
    page.get_by_role("button", name="Flag for review").click()
    stem = page.locator(".dea-exam-main legend").inner_text()
    page.wait_for_timeout(1200)
    page.reload(wait_until="networkidle")
    info = page.locator(".dea-exam .admonition.info").inner_text()
    assert "3 of" in info and "1 flagged" in info
    page.get_by_role("button", name="Resume the exam").click()
    assert page.locator(".dea-qhead").inner_text().startswith("Question 4 of")
    assert page.locator(".dea-exam-main legend").inner_text() == stem
    assert page.locator(".dea-flag").get_attribute("aria-pressed") == "true"
    labels = page.locator(".dea-navbtn").evaluate_all("els => els.map(e => e.ariaLabel)")
    assert labels[:4] == [
        "Question 1, answered", "Question 2, answered", "Question 3, answered",
        "Question 4, unanswered, flagged",
    ]  # fmt: skip
    left = page.locator("[role=timer]").inner_text()
    assert left < "2:10:00" and left.startswith("2:")
    # Earlier answers come back with the same shuffled order.
    page.locator(".dea-navbtn").first.click()
    assert page.locator(".dea-exam-main input:checked").count() >= 1


@pytest.mark.parametrize("raw", ["{not json", '{"version": 0, "answers": []}'])
def test_corrupt_progress_gives_a_notice_and_a_working_page(page, raw: str) -> None:
    page.goto(page.base + "practice/quiz-1-1/", wait_until="networkidle")
    page.evaluate("([k, v]) => localStorage.setItem(k, v)", [KEY, raw])
    page.reload(wait_until="networkidle")
    notice = page.get_by_role("alert")
    assert "could not be read" in notice.inner_text()
    assert BACKUP in notice.inner_text()
    backup = json.loads(page.evaluate(f"localStorage.getItem('{BACKUP}')"))
    assert backup["raw"] == raw
    assert json.loads(page.evaluate(f"localStorage.getItem('{KEY}')"))["version"] == 2
    # The page still works: answer a question and it is stored.
    card = page.locator(".dea-qcard").first
    card.locator("input").first.check()
    card.get_by_role("button", name="Check answer").click()
    assert card.locator(".dea-verdict").count() == 1
    assert json.loads(page.evaluate(f"localStorage.getItem('{KEY}')"))["answers"]
    page.get_by_role("button", name="Dismiss").click()
    assert page.get_by_role("alert").count() == 0
    page.reload(wait_until="networkidle")
    assert page.get_by_role("alert").count() == 0, "the notice appears once"


def _tab_to(pg, name: str, limit: int = 400) -> None:
    """Press Tab until the focused element's accessible text is `name`."""
    for _ in range(limit):
        pg.keyboard.press("Tab")
        text = pg.evaluate(
            "() => { const e = document.activeElement;"
            " return (e.getAttribute('aria-label') || e.textContent || '').trim(); }"
        )
        if text == name:
            return
    raise AssertionError(f"Tab never reached {name!r}")


def _focused(pg) -> dict:
    return pg.evaluate(
        "() => { const e = document.activeElement; return {tag: e.tagName, type: e.type || '',"
        " text: (e.textContent || '').trim(), checked: !!e.checked}; }"
    )


def test_mock_exam_with_the_keyboard_only(page) -> None:
    page.goto(page.base + "practice/mock-exam/", wait_until="networkidle")
    _tab_to(page, "Start the exam")
    page.keyboard.press("Enter")
    assert _focused(page)["text"].startswith("Question 1 of")
    n = int(_focused(page)["text"].split(" of ")[1])
    for i in range(n):
        page.keyboard.press("Tab")  # into the option group
        first = _focused(page)
        assert first["tag"] == "INPUT"
        if first["type"] == "radio":
            page.keyboard.press("ArrowDown")  # arrows move and select within the group
            assert _focused(page)["checked"]
        else:
            page.keyboard.press("Space")
            page.keyboard.press("Tab")
            page.keyboard.press("Space")
        if i == 0:
            _tab_to(page, "Flag for review")
            page.keyboard.press("Space")
            assert page.locator(".dea-flag").get_attribute("aria-pressed") == "true"
            page.keyboard.press("Shift+Tab")
            assert _focused(page)["text"] == "Next"
            page.keyboard.press("Enter")
        elif i < n - 1:
            _tab_to(page, "Next")
            page.keyboard.press("Enter")
        if i < n - 1:
            assert _focused(page)["text"].startswith(f"Question {i + 2} of")
    labels = page.locator(".dea-navbtn").evaluate_all("els => els.map(e => e.ariaLabel)")
    assert all("unanswered" not in label for label in labels)
    _tab_to(page, "Review answers and submit")
    page.keyboard.press("Enter")
    assert _focused(page)["text"] == "Review before you submit"
    _tab_to(page, "Submit the exam")
    page.keyboard.press("Enter")
    assert _focused(page)["text"] == "Your result"
    assert page.locator(".dea-score").inner_text().startswith("Estimated score:")


def test_flashcards_rate_and_remember(page) -> None:
    page.goto(page.base + "practice/flashcards/", wait_until="networkidle")
    front = page.locator(".dea-card .dea-card-text").first.inner_text()
    page.get_by_role("button", name="Show answer").click()
    assert page.locator(".dea-back .dea-card-text").inner_text()
    page.get_by_role("button", name="Knew it").click()
    assert page.locator(".dea-card .dea-card-text").first.inner_text() != front
    stored = json.loads(page.evaluate(f"localStorage.getItem('{KEY}')"))
    assert [c["box"] for c in stored["cards"].values()] == [2]
    page.reload(wait_until="networkidle")
    assert page.locator(".dea-card .dea-card-text").first.inner_text() != front
    csv_link = page.get_by_role("link", name=re.compile("Download all .* cards"))
    response = page.request.get(csv_link.evaluate("a => a.href"))
    assert response.ok and response.text().startswith("#separator:comma")


def test_progress_page_export_import_reset(page, tmp_path) -> None:
    page.goto(page.base + "practice/quiz-1-1/", wait_until="networkidle")
    card = page.locator(".dea-qcard").first
    card.locator("input").first.check()
    card.get_by_role("button", name="Check answer").click()
    page.goto(page.base + "practice/progress/", wait_until="networkidle")
    assert "You have practised 1 of the" in page.locator(".dea-progress-body").inner_text()
    assert page.locator("caption", has_text="Accuracy per task statement").count() == 1
    assert page.locator(".dea-weak li").count() >= 1
    with page.expect_download() as download:
        page.get_by_role("button", name="Export progress (JSON file)").click()
    exported = tmp_path / "progress.json"
    download.value.save_as(exported)
    assert json.loads(exported.read_text())["version"] == 2
    bad = tmp_path / "bad.json"
    bad.write_text('{"version": 1, "answers": 3}')
    page.get_by_label("Import progress from an exported file:").set_input_files(str(bad))
    page.wait_for_function("() => document.body.innerText.includes('Import failed')")
    assert "Your progress was not changed" in page.locator(".dea-progress .dea-status").inner_text()
    page.get_by_role("button", name="Reset progress…").click()
    page.get_by_role("button", name="Yes, delete all progress").click()
    assert "Nothing practised yet" in page.locator(".dea-progress-body").inner_text()
    page.get_by_label("Import progress from an exported file:").set_input_files(str(exported))
    page.wait_for_function("() => document.body.innerText.includes('Progress imported')")
    assert "You have practised 1 of the" in page.locator(".dea-progress-body").inner_text()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_practice_pages_have_no_serious_axe_violations(browser, base_url: str, scheme: str) -> None:
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    context = browser.new_context(color_scheme=scheme)
    pg = context.new_page()
    problems: list[str] = []

    def audit(label: str) -> None:
        pg.wait_for_timeout(300)  # let Material's colour transition settle
        # The tools with every rule; the rest of the page content without link-in-text-block,
        # which flags the theme's colour-only prose links on every page of the site. The
        # header, tabs and search dialog are the theme's and are audited site-wide elsewhere.
        runs = [
            ({"include": [[".dea-practice"]]}, None),
            ({"include": [[".md-content"]], "exclude": [[".dea-practice"]]},
             {"rules": {"link-in-text-block": {"enabled": False}}}),
        ]  # fmt: skip
        for context_, rules in runs[0 if pg.locator(".dea-practice").count() else 1 :]:
            options = {"resultTypes": ["violations"], **(rules or {})}
            for v in axe.run(pg, context=context_, options=options).response["violations"]:
                if v["impact"] in ("serious", "critical"):
                    targets = [", ".join(n["target"]) for n in v["nodes"]][:3]
                    problems.append(f"{label}: {v['id']} ({v['impact']}): {targets}")

    for path in PRACTICE_PAGES:
        pg.goto(base_url + path, wait_until="networkidle")
        audit(path)
    pg.goto(base_url + "practice/quiz-1-2/", wait_until="networkidle")
    card = pg.locator(".dea-qcard").first
    card.locator("input").first.check()
    card.get_by_role("button", name="Check answer").click()
    audit("quiz after checking")
    pg.goto(base_url + "practice/mock-exam/", wait_until="networkidle")
    pg.get_by_label(re.compile("^Practice mode")).check()
    pg.get_by_role("button", name="Start the exam").click()
    pg.locator(".dea-exam-main input").first.check()
    check = pg.get_by_role("button", name="Check answer")
    if check.is_enabled():
        check.click()
    pg.get_by_role("button", name="Flag for review").click()
    audit("exam question")
    pg.get_by_role("button", name="Review answers and submit").click()
    audit("exam review")
    pg.get_by_role("button", name="Submit the exam").click()
    audit("exam results")
    context.close()
    assert not problems, "\n".join(problems)


def test_phone_width_has_no_horizontal_scroll(browser, base_url: str) -> None:
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True)
    pg = context.new_page()
    for path in ["practice/quiz-1-2/", "practice/mock-exam/", "practice/flashcards/"]:
        pg.goto(base_url + path, wait_until="networkidle")
        if path.endswith("mock-exam/"):
            pg.get_by_role("button", name="Start the exam").click()
        overflow = pg.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1, f"{path} scrolls sideways by {overflow}px"
    context.close()


def test_tools_start_after_instant_navigation(page) -> None:
    # The test server rewrites sitemap.xml to its own address, so Material navigates instantly.
    page.goto(page.base + "practice/", wait_until="networkidle")
    page.evaluate("window.__sameDocument = true")  # survives only without a full reload
    page.locator(".md-content").get_by_role("link", name="Mock exam").first.click()
    page.get_by_role("button", name="Start the exam").click()
    assert page.locator("[role=timer]").count() == 1
    page.locator(".md-nav").get_by_role(
        "link", name="Quiz 1.1: Perform data ingestion"
    ).first.click()
    page.wait_for_url("**/practice/quiz-1-1/")
    page.locator(".dea-qcard").first.wait_for()
    assert page.evaluate("window.__sameDocument === true"), "Material swapped the page in place"
    # The exam's clock stopped with its page, and the unfinished exam was kept.
    stored = json.loads(page.evaluate(f"localStorage.getItem('{KEY}')"))
    assert stored["exam"] is not None
    page.go_back()
    page.get_by_role("button", name="Resume the exam").wait_for()
