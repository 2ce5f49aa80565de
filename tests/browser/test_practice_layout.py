"""The practice pages do not move under the reader: zero cumulative layout shift while the tools
start, on every practice page at desktop and phone size; and question cards use the phone's
width."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

# Every layout shift of the page load, with the elements that moved (for the failure message).
OBSERVE_SHIFTS = """
window.__shifts = [];
new PerformanceObserver(list => {
  for (const e of list.getEntries()) {
    if (e.hadRecentInput) continue;
    window.__shifts.push({
      value: e.value,
      sources: (e.sources || []).map(s => {
        const n = s.node;
        if (!n || !n.tagName) return String(n && n.nodeName);
        const cls = n.className ? "." + String(n.className).split(" ").join(".") : "";
        return n.tagName.toLowerCase() + cls;
      }),
    });
  }
}).observe({type: "layout-shift", buffered: true});
"""

VIEWPORTS = {
    "desktop": {"viewport": {"width": 1280, "height": 900}},
    "phone": {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True},
}


def practice_pages(pages: list[str]) -> list[str]:
    return [p for p in pages if p.startswith("practice/")]


@pytest.mark.parametrize("size", list(VIEWPORTS))
def test_practice_pages_have_no_layout_shift(browser, base_url: str, pages: list[str], size: str):
    found: list[str] = []
    measured = practice_pages(pages)
    assert len(measured) >= 20, measured
    for path in measured:
        context = browser.new_context(**VIEWPORTS[size])
        context.add_init_script(OBSERVE_SHIFTS)
        pg = context.new_page()
        pg.goto(base_url + path, wait_until="networkidle")
        if pg.locator(".dea-practice").count():
            pg.locator(".dea-practice[data-ready]").first.wait_for(state="attached")
        pg.wait_for_timeout(300)  # a late shift (a script that loads after the page) counts too
        shifts = pg.evaluate("window.__shifts")
        total = sum(s["value"] for s in shifts)
        if total > 0:
            moved = sorted({src for s in shifts for src in s["sources"]})[:6]
            found.append(f"{path}: CLS {total:.4f}, moved: {moved}")
        context.close()
    assert not found, "\n".join(found)


SERVER_TEXT = """async () => {
  const html = await (await fetch(location.href)).text();
  const doc = new DOMParser().parseFromString(html, "text/html");
  const norm = s => s.replace(/\\s+/g, " ").trim();
  const served = doc.querySelector(".dea-practice .dea-ui");
  const live = document.querySelector(".dea-practice .dea-ui");
  return {served: norm(served.textContent), live: norm(live.textContent),
          servedTags: [...served.querySelectorAll("*")].length,
          liveTags: [...live.querySelectorAll("*")].length};
}"""


def test_the_page_holds_the_screen_the_script_draws(browser, base_url: str, pages: list[str]):
    """A new learner's first screen is in the page as served, word for word, so the script that
    takes it over changes nothing visible (and nothing moves)."""
    context = browser.new_context()
    pg = context.new_page()
    drift = []
    for path in practice_pages(pages):
        pg.goto(base_url + path, wait_until="networkidle")
        if not pg.locator(".dea-practice").count():
            continue
        got = pg.evaluate(SERVER_TEXT)
        if got["served"] != got["live"] or got["servedTags"] != got["liveTags"]:  # text and shape
            drift.append(f"{path}:\n  served {got['served'][:300]}\n  drawn  {got['live'][:300]}")
    context.close()
    assert not drift, "\n".join(drift)


def test_question_cards_use_the_width_of_a_phone(browser, base_url: str) -> None:
    context = browser.new_context(**VIEWPORTS["phone"])
    pg = context.new_page()
    pg.goto(base_url + "practice/quiz-1-2/", wait_until="networkidle")
    content = pg.locator(".md-content__inner").evaluate("e => e.clientWidth")
    widths = {"quiz": pg.locator(".dea-opt").evaluate_all("els => els.map(e => e.offsetWidth)")}
    pg.goto(base_url + "practice/mock-exam/", wait_until="networkidle")
    pg.get_by_role("button", name="Start the exam").click()
    pg.locator(".dea-exam-main .dea-opt").first.wait_for()
    widths["exam"] = pg.locator(".dea-opt").evaluate_all("els => els.map(e => e.offsetWidth)")
    pg.get_by_role("button", name="Review and submit").click()
    pg.get_by_role("button", name="Submit the exam").click()
    pg.locator(".dea-review-all > li:visible").first.wait_for()
    widths["results"] = pg.locator(".dea-review-all > li:visible").evaluate_all(
        "els => els.map(e => e.offsetWidth)"
    )
    context.close()
    # The page's own margins and the card's border and padding (about 24 px) are all it loses.
    for screen, found in widths.items():
        assert found and min(found) >= content - 26, f"{screen}: {min(found)} of {content} px"
        assert min(found) >= 330, f"{screen}: options only {min(found)} px wide on a 390 px phone"


def _slow_tool_scripts(pg) -> None:  # noqa: ANN001
    """Hold the tool scripts back for a second, as a slow connection would."""

    def later(route) -> None:  # noqa: ANN001
        pg.wait_for_timeout(1000)
        route.continue_()

    pg.route("**/practice-exam.js", later)
    pg.route("**/practice-quiz.js", later)


def test_what_a_learner_does_before_the_script_runs_is_kept(browser, base_url: str) -> None:
    context = browser.new_context()
    pg = context.new_page()
    _slow_tool_scripts(pg)
    pg.goto(base_url + "practice/mock-exam/", wait_until="commit")
    pg.get_by_label("Practice mode", exact=False).check()
    pg.get_by_role("button", name="Start the exam").click()
    assert not pg.locator(".dea-exam[data-ready]").count(), "the click came before the script"
    pg.locator(".dea-qhead").wait_for()
    assert pg.locator(".dea-badge").inner_text() == "Practice mode"
    pg.goto(base_url + "practice/quiz-1-1/", wait_until="commit")
    pg.locator(".dea-qcard .dea-opt input").first.check()
    assert not pg.locator(".dea-quiz[data-ready]").count()
    pg.locator(".dea-quiz[data-ready]").wait_for(state="attached")
    assert pg.locator(".dea-qcard .dea-opt input").first.is_checked()
    assert pg.get_by_role("button", name="Check answer").is_enabled()
    context.close()


RETURNING = """async () => {
  const C = window.DeaCore, U = window.DeaUI;
  const box = document.querySelector(".dea-exam");
  const bank = await U.loadScript(box.dataset.questionsSrc, "DeaBank");
  const data = JSON.parse(box.querySelector("template").content.textContent);
  const state = C.fresh();
  const draw = C.drawExam(bank, data.domains, 65, C.seeded(1), {});
  const order = {};
  const byId = Object.fromEntries(bank.map(q => [q.id, q]));
  draw.ids.forEach(id => { order[id] = C.permutation(byId[id].choices.length); });
  const exam = {mode: "exam", ids: draw.ids, order, responses: {}, flagged: [draw.ids[0]],
                checked: [], elapsed: 60000, limit: 5880000, current: 3, plan: draw.plan};
  const first = {[draw.ids[0]]: byId[draw.ids[0]].answer};
  const result = C.scoreExam(draw.ids, byId, first, data.format);
  C.addHistory(state, C.historyEntry(exam, result, 1));
  state.lastExam = {...exam};
  state.exam = exam;
  const quiz = bank.filter(q => q.task === "1.2");
  state.quizzes["1.2"] = {...C.newRound(quiz, C.seeded(2)), current: 4};
  state.cards = {[`fact-x`]: {box: 3, due: 0}};
  C.record(state, draw.ids[0], true, 1);
  C.save(localStorage, state);
}"""


@pytest.mark.parametrize("size", list(VIEWPORTS))
def test_a_returning_learner_sees_no_layout_shift_either(browser, base_url: str, size: str):
    """With an unfinished exam, a history, a quiz round half done and rated cards, the tools
    draw other screens than the page holds; they keep the page from moving all the same."""
    context = browser.new_context(**VIEWPORTS[size])
    pg = context.new_page()
    pg.goto(base_url + "practice/mock-exam/", wait_until="networkidle")
    pg.locator(".dea-exam[data-ready]").wait_for(state="attached")
    pg.evaluate(RETURNING)
    pg.close()
    context.add_init_script(OBSERVE_SHIFTS)
    found = []
    for path in ["practice/mock-exam/", "practice/quiz-1-2/", "practice/flashcards/",
                 "practice/progress/"]:  # fmt: skip
        pg = context.new_page()
        pg.goto(base_url + path, wait_until="networkidle")
        pg.locator(".dea-practice[data-ready]").wait_for(state="attached")
        pg.wait_for_timeout(300)
        total = sum(s["value"] for s in pg.evaluate("window.__shifts"))
        if total > 0:
            found.append(f"{path}: CLS {total:.4f}")
        pg.close()
    check = context.new_page()
    check.goto(base_url + "practice/mock-exam/", wait_until="networkidle")
    assert check.get_by_role("button", name="Resume the exam").is_visible()
    check.goto(base_url + "practice/quiz-1-2/", wait_until="networkidle")
    assert check.locator(".dea-qcard h2").inner_text().startswith("Question 5 of")
    context.close()
    assert not found, "\n".join(found)
