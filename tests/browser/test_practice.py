"""The practice tools in a real browser: quizzes, flashcards, progress, stored-progress notices,
instant navigation and axe. The mock exam has its own file (test_practice_exam.py)."""

from __future__ import annotations

import json
import re

import pytest

from tests.browser.practice_support import (
    BACKUP,
    KEY,
    embedded,
    page,  # noqa: F401 - the fixture
    pick,
    question_by_stem,
    start_exam,
    stored,
)

pytestmark = pytest.mark.browser

PRACTICE_PAGES = [
    "practice/",
    "practice/quiz-1-2/",
    "practice/mock-exam/",
    "practice/flashcards/",
    "practice/progress/",
]


def _current(pg, data: dict) -> dict:  # noqa: ANN001
    return question_by_stem(data["questions"], pg.locator(".dea-qcard legend").inner_text())


def test_quiz_one_question_at_a_time_with_reasons_and_report_link(page) -> None:  # noqa: F811
    page.goto(page.base + "practice/quiz-1-2/", wait_until="networkidle")
    data = embedded(page, "quiz")
    n = len(data["questions"])
    assert n >= 2
    assert page.locator(".dea-qcard").count() == 1, "one question at a time"
    assert (
        page.locator(".dea-progress-text").inner_text() == f"Question 1 of {n} · 0 checked, 0 right"
    )
    multi_seen = False
    for i in range(n):
        card = page.locator(".dea-qcard")
        assert card.locator("h2").inner_text() == f"Question {i + 1} of {n}"
        q = _current(page, data)
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
            card.locator(f'.dea-opt[data-orig="{q["answer"][0]}"] input').uncheck()
        right = i == 0  # first right, the others wrong, to exercise "retry the ones I missed"
        pick(card, q, right)
        check.click()
        feedback = card.locator(".dea-feedback")
        verdict = feedback.locator(".dea-verdict").inner_text()
        assert verdict.startswith("Correct") if right else verdict.startswith("Not correct")
        for orig, why in enumerate(q["why"]):
            assert why in card.locator(f'.dea-opt[data-orig="{orig}"] .dea-why').inner_text()
        learn = feedback.get_by_role("link", name=re.compile("Learn more"))
        assert learn.get_attribute("href") == "../../" + q["url"]
        href = feedback.get_by_role(
            "link", name="Report a problem with this question"
        ).get_attribute("href")
        assert re.match(r"^https://github\.com/[^/]+/[^/]+/issues/new\?", href or "")
        assert f"template=question-problem.yml&question={q['id']}" in (href or "")
        assert f"{i + 1} checked, {1} right" in page.locator(".dea-progress-text").inner_text()
        page.get_by_role(
            "button", name="See your result" if i == n - 1 else "Next question"
        ).click()
    assert multi_seen, "quiz 1.2 holds a multiple-response question"
    assert page.locator(".dea-round-score").inner_text().startswith(f"You got 1 of {n} right")
    page.reload(wait_until="networkidle")  # the finished round is kept
    assert page.locator(".dea-round-end h2").inner_text() == "Round finished"
    page.get_by_role("button", name=f"Retry the {n - 1} questions I missed").click()
    assert page.locator(".dea-qcard h2").inner_text() == f"Question 1 of {n - 1}"
    assert page.locator(".dea-progress-text").inner_text().startswith("Retry round · Question 1 of")
    missed = {q["id"] for q in data["questions"][1:]}
    assert set(stored(page)["quizzes"]["1.2"]["ids"]) == missed


def test_quiz_round_continues_after_a_reload(page) -> None:  # noqa: F811
    page.goto(page.base + "practice/quiz-1-1/", wait_until="networkidle")
    data = embedded(page, "quiz")
    seen = []
    for _ in range(3):
        q = _current(page, data)
        seen.append(q["id"])
        pick(page.locator(".dea-qcard"), q, True)
        page.get_by_role("button", name="Check answer").click()
        page.get_by_role("button", name="Next question").click()
    order = page.locator(".dea-opt").evaluate_all("els => els.map(e => e.dataset.orig)")
    page.reload(wait_until="networkidle")
    assert page.locator(".dea-qcard h2").inner_text().startswith("Question 4 of")
    assert page.locator(".dea-opt").evaluate_all("els => els.map(e => e.dataset.orig)") == order
    assert "3 checked, 3 right" in page.locator(".dea-progress-text").inner_text()
    page.get_by_role("button", name="Previous").click()
    assert _current(page, data)["id"] == seen[2]
    assert page.locator(".dea-verdict").inner_text().startswith("Correct"), "checked stays checked"
    assert page.get_by_role("button", name="Checked").count() == 1
    page.get_by_role("button", name="Start over").click()
    assert page.locator(".dea-progress-text").inner_text().startswith("Question 1 of")
    assert "0 checked" in page.locator(".dea-progress-text").inner_text()


def test_stored_progress_notice_restores_what_can_be_read(page) -> None:  # noqa: F811
    damaged = json.dumps({
        "version": 2, "exam": None, "lastExam": None, "history": [], "cards": {}, "seen": {},
        "quizzes": {}, "answers": {"1.1-001": {"n": 2, "ok": 1, "last": 1, "at": 5}, "x": 7},
    })  # fmt: skip
    page.goto(page.base + "practice/quiz-1-1/", wait_until="networkidle")
    page.evaluate("([k, v]) => localStorage.setItem(k, v)", [KEY, damaged])
    page.reload(wait_until="networkidle")
    notice = page.get_by_role("alert")
    text = notice.inner_text()
    assert "Your saved progress could not be read" in text and "A copy was kept" in text
    assert "dea-c01-guide" not in notice.locator(":scope > p").all_inner_texts()[1], (
        "no key in the message"
    )
    assert json.loads(page.evaluate(f"localStorage.getItem('{BACKUP}')"))["raw"] == damaged
    # The notice waits for a choice on every practice page.
    page.goto(page.base + "practice/progress/", wait_until="networkidle")
    assert "Nothing practised yet" in page.locator(".dea-overview").inner_text()
    page.get_by_role("button", name="Restore it").click()
    assert (
        "Restored 1 saved item; 1 damaged item was left out."
        in page.locator(".dea-notice-result").inner_text()
    )
    assert "You have practised 1 of the" in page.locator(".dea-overview").inner_text(), (
        "the page shows it"
    )
    assert stored(page)["answers"]["1.1-001"]["n"] == 2
    page.reload(wait_until="networkidle")
    assert page.get_by_role("alert").count() == 0, "the choice is remembered"


@pytest.mark.parametrize("raw", ["{not json", '{"version": 0, "answers": []}'])
def test_unreadable_progress_start_fresh_keeps_the_page_working(page, raw: str) -> None:  # noqa: F811
    page.goto(page.base + "practice/quiz-1-1/", wait_until="networkidle")
    page.evaluate("([k, v]) => localStorage.setItem(k, v)", [KEY, raw])
    page.reload(wait_until="networkidle")
    assert "could not be read" in page.get_by_role("alert").inner_text()
    assert stored(page)["version"] == 2
    # The page still works: answer a question and it is stored.
    card = page.locator(".dea-qcard")
    card.locator("input").first.check()
    card.get_by_role("button", name="Check answer").click()
    assert card.locator(".dea-verdict").count() == 1
    assert stored(page)["answers"]
    if raw.startswith("{not"):
        page.get_by_role("button", name="Restore it").click()
        assert "Nothing could be restored" in page.locator(".dea-notice-result").inner_text()
    else:
        page.get_by_role("button", name="Start fresh").click()
        assert "Starting fresh" in page.locator(".dea-notice-result").inner_text()
    page.reload(wait_until="networkidle")
    assert page.get_by_role("alert").count() == 0, "the notice appears until a choice is made"
    assert stored(page)["answers"], "what was done meanwhile is kept"


def test_flashcards_decks_session_size_plain_labels(page) -> None:  # noqa: F811
    page.goto(page.base + "practice/flashcards/", wait_until="networkidle")
    cards = {c["id"]: c for c in embedded(page, "cards")["cards"]}
    status = page.locator(".dea-cards .dea-status")
    assert status.inner_text().startswith("20 cards to go in this session.")
    assert "box" not in status.inner_text().lower()
    assert "Exam signal" not in page.locator(".dea-card").inner_text()

    def shown() -> dict:
        text = page.locator(".dea-card .dea-card-text").first.inner_text()
        return next(c for c in cards.values() if c["prompt"] == text)

    page.get_by_label("Deck", exact=True).select_option("service:amazon-s3")
    assert "amazon-s3" in shown()["tags"]
    page.get_by_label("Deck", exact=True).select_option("domain:4")
    assert any(t.startswith("task-4.") for t in shown()["tags"])
    page.get_by_label("Deck", exact=True).select_option("task:1.1")
    assert "task-1.1" in shown()["tags"]
    page.get_by_label("Cards", exact=True).select_option("signal")
    assert shown()["kind"] == "signal"
    assert (
        page.locator(".dea-card-label").first.text_content() == "Which service does this point to?"
    )
    page.get_by_label("Session", exact=True).select_option("10")
    assert status.inner_text().startswith("10 cards to go")
    front = page.locator(".dea-card .dea-card-text").first.inner_text()
    page.get_by_role("button", name="Show answer").click()
    assert page.locator(".dea-back .dea-card-text").inner_text()
    page.get_by_role("button", name="Knew it").click()
    assert page.locator(".dea-card .dea-card-text").first.inner_text() != front
    assert status.inner_text().startswith("9 cards to go")
    assert "1 getting there" in status.inner_text()
    assert [c["box"] for c in stored(page)["cards"].values()] == [2]
    page.get_by_role("button", name="Show answer").click()
    page.get_by_role("button", name="Didn't know").click()
    assert status.inner_text().startswith("9 cards to go"), "a missed card comes back"
    assert "1 still learning" in status.inner_text()
    csv_link = page.get_by_role("link", name=re.compile("Download all .* cards"))
    response = page.request.get(csv_link.evaluate("a => a.href"))
    assert response.ok and response.text().startswith("#separator:comma")


def test_progress_page_export_import_reset(page, tmp_path) -> None:  # noqa: F811
    page.goto(page.base + "practice/quiz-1-1/", wait_until="networkidle")
    card = page.locator(".dea-qcard")
    card.locator("input").first.check()
    card.get_by_role("button", name="Check answer").click()
    page.goto(page.base + "practice/progress/", wait_until="networkidle")
    assert "You have practised 1 of the" in page.locator(".dea-overview").inner_text()
    assert page.locator("caption", has_text="Accuracy per task statement").count() == 1
    assert page.locator('[data-cell="t1.1-answers"]').inner_text() == "1"
    assert page.locator(".dea-weak li").count() >= 1
    with page.expect_download() as download:
        page.get_by_role("button", name="Export progress (JSON file)").click()
    exported = tmp_path / "progress.json"
    download.value.save_as(exported)
    assert json.loads(exported.read_text())["version"] == 2
    bad = tmp_path / "bad.json"
    bad.write_text('{"version": 2, "answers": 3}')
    with page.expect_file_chooser() as chooser:
        page.get_by_role("button", name="Import progress from a file…").click()
    chooser.value.set_files(str(bad))
    page.wait_for_function("() => document.body.innerText.includes('Import failed')")
    assert "Your progress was not changed" in page.locator(".dea-manage .dea-status").inner_text()
    page.get_by_role("button", name="Reset progress…").click()
    page.get_by_role("button", name="Yes, delete all progress").click()
    assert "Nothing practised yet" in page.locator(".dea-overview").inner_text()
    assert page.locator('[data-cell="t1.1-answers"]').inner_text() == "0"
    page.locator(".dea-import-file").set_input_files(str(exported))
    page.wait_for_function("() => document.body.innerText.includes('Progress imported')")
    assert "You have practised 1 of the" in page.locator(".dea-overview").inner_text()


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
    card = pg.locator(".dea-qcard")
    card.locator("input").first.check()
    card.get_by_role("button", name="Check answer").click()
    audit("quiz after checking")
    pg.get_by_role("button", name="Start over").click()
    audit("quiz, new round")
    pg.goto(base_url + "practice/flashcards/", wait_until="networkidle")
    pg.get_by_role("button", name="Show answer").click()
    audit("flashcard answer")
    pg.goto(base_url + "practice/mock-exam/", wait_until="networkidle")
    start_exam(pg, "practice")
    pg.locator(".dea-exam-main input").first.check()
    check = pg.get_by_role("button", name="Check answer")
    if check.is_enabled():
        check.click()
    pg.get_by_role("button", name="Flag for review").click()
    audit("exam question")
    pg.get_by_role("button", name="Review and submit").click()
    audit("exam review")
    pg.get_by_role("button", name="Submit the exam").click()
    pg.locator(".dea-results").wait_for()
    pg.locator(".dea-review-all > li:visible details.dea-explain summary").first.click()
    pg.locator("details.dea-history-table summary").click()
    audit("exam results")
    pg.goto(base_url + "practice/progress/", wait_until="networkidle")
    audit("progress with a mock exam")
    context.close()
    assert not problems, "\n".join(problems)


def test_phone_width_has_no_horizontal_scroll(browser, base_url: str) -> None:
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True)
    pg = context.new_page()
    for path in [
        "practice/quiz-1-2/",
        "practice/mock-exam/",
        "practice/flashcards/",
        "practice/progress/",
    ]:
        pg.goto(base_url + path, wait_until="networkidle")
        if path.endswith("mock-exam/"):
            start_exam(pg)
        overflow = pg.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1, f"{path} scrolls sideways by {overflow}px"
    context.close()


def test_tools_start_after_instant_navigation(page) -> None:  # noqa: F811
    # The test server rewrites sitemap.xml to its own address, so Material navigates instantly.
    page.goto(page.base + "practice/", wait_until="networkidle")
    page.evaluate("window.__sameDocument = true")  # survives only without a full reload
    page.locator(".md-content").get_by_role("link", name="Mock exam").first.click()
    start_exam(page)
    assert page.locator("[role=timer]").count() == 1
    assert page.evaluate("document.documentElement.classList.contains('dea-focus')")
    page.once("dialog", lambda d: d.accept())  # "Leave the mock exam?"
    page.locator("a.md-header__button.md-logo").click()
    page.wait_for_url(page.base)
    # Instant navigation changes the address first, then swaps the page and starts its tools.
    page.wait_for_function("() => !document.documentElement.classList.contains('dea-focus')")
    for name, url, ready in [
        ("Quiz 1.1: Perform data ingestion", "**/practice/quiz-1-1/", ".dea-progress-text"),
        ("Flashcards", "**/practice/flashcards/", ".dea-card"),
        ("Your progress", "**/practice/progress/", ".dea-overview"),
    ]:
        page.locator(".md-tabs__link", has_text="Practice").click()
        page.wait_for_url("**/practice/")
        page.locator(".md-content").get_by_role("link", name=name).first.click()
        page.wait_for_url(url)
        page.locator(f".dea-practice[data-ready] {ready}").first.wait_for()
    assert page.evaluate("window.__sameDocument === true"), "Material swapped the pages in place"
    # The exam's clock stopped with its page, and the unfinished exam was kept.
    assert stored(page)["exam"] is not None
    page.locator(".md-tabs__link", has_text="Practice").click()
    page.locator(".md-content").get_by_role("link", name="Mock exam").first.click()
    page.get_by_role("button", name="Resume the exam").wait_for()


def test_practice_scripts_load_only_where_a_tool_is(browser, base_url: str) -> None:
    context = browser.new_context()
    pg = context.new_page()
    loaded: list[str] = []
    pg.on("request", lambda r: loaded.append(r.url.rsplit("/", 1)[-1].split("?")[0]))
    pg.goto(base_url + "ingestion/streaming/", wait_until="networkidle")
    assert not [n for n in loaded if n.startswith("practice-") and n != "practice-boot.js"]
    assert not [n for n in loaded if n in ("questions.js", "explanations.js")]
    loaded.clear()
    pg.goto(base_url + "practice/quiz-1-1/", wait_until="networkidle")
    pg.locator(".dea-quiz[data-ready]").wait_for(state="attached")
    scripts = {n for n in loaded if n.endswith(".js")}
    assert {"practice-core.js", "practice-ui.js", "practice-quiz.js"} <= scripts
    assert not scripts & {"practice-exam.js", "practice-cards.js", "questions.js"}
    context.close()
