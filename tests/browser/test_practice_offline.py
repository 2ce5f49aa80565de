"""The practice tools in the offline build opened from file://, with every other request refused:
the mock exam loads its bank as classic scripts (fetch() of local JSON and ES modules are
blocked there), and quizzes and links use the build's x.html pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser.helpers import Watcher, file_only_context

pytestmark = pytest.mark.browser


def test_mock_exam_and_quiz_work_from_the_file_system(browser, offline_site: Path) -> None:
    context, network = file_only_context(browser)
    page = context.new_page()
    watcher = Watcher().attach(page)
    page.goto((offline_site / "practice" / "mock-exam.html").as_uri(), wait_until="load")
    src = page.locator(".dea-exam").get_attribute("data-questions-src") or ""
    assert src.startswith("../data/questions.js?v="), src
    page.get_by_label("Practice mode", exact=False).check()
    page.get_by_role("button", name="Start the exam").click()
    page.locator(".dea-qhead").wait_for()
    page.locator(".dea-exam-main input").first.check()
    check = page.get_by_role("button", name="Check answer")
    if check.is_enabled():
        check.click()
        # Feedback needs the reasons, from data/explanations.js.
        assert page.locator(".dea-exam-main .dea-why").first.inner_text().strip()
        learn = page.get_by_role("link", name="Learn more: the section that teaches this")
        assert learn.get_attribute("href").startswith("../")
        assert ".html" in learn.get_attribute("href")
    page.get_by_role("button", name="Review and submit").click()
    page.get_by_role("button", name="Submit the exam").click()
    page.locator(".dea-results").wait_for()
    assert page.locator(".dea-score").inner_text().startswith("Estimated score:")
    quiz_link = page.locator(".dea-bars a").first.get_attribute("href") or ""
    assert quiz_link.endswith(".html"), quiz_link
    page.goto((offline_site / "practice" / "quiz-1-1.html").as_uri(), wait_until="load")
    card = page.locator(".dea-qcard")
    card.locator("input").first.check()
    card.get_by_role("button", name="Check answer").click()
    assert card.locator(".dea-verdict").count() == 1
    context.close()
    assert not network, f"requests left the machine: {network}"
    assert not watcher.problems, watcher.report()
