"""axe over every page in both colour schemes, and keyboard reachability with visible focus."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

BLOCKING = ("serious", "critical")


def _describe(path: str, violation: dict) -> str:
    nodes = violation["nodes"]
    first = nodes[0]
    summary = " ".join(first.get("failureSummary", "").split())[:300]
    return (
        f"{path or '/'}: {violation['impact']} {violation['id']} on {len(nodes)} element(s), "
        f"e.g. {first['target']}: {summary}"
    )


# Every page in both schemes; the pages are dealt into shards so that parallel workers share
# the run (about two minutes in one test otherwise).
SHARDS = 4


@pytest.mark.parametrize("shard", range(SHARDS))
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_serious_violation(
    browser, base_url: str, pages: list[str], scheme: str, shard: int
) -> None:
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    # The colour scheme comes from the context: toggling by script mid-transition gives false
    # contrast hits (DESIGN.md).
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    found: list[str] = []
    assert len(pages) >= SHARDS
    for path in pages[shard::SHARDS]:
        page.goto(base_url + path, wait_until="networkidle")
        expected = "slate" if scheme == "dark" else "default"
        assert page.locator("body").get_attribute("data-md-color-scheme") == expected
        results = axe.run(page)
        found += [
            _describe(path, v) for v in results.response["violations"] if v["impact"] in BLOCKING
        ]
    context.close()
    assert not found, "\n".join(found)


FOCUS_INFO = """() => {
  const e = document.activeElement;
  const s = getComputedStyle(e);
  const r = e.getBoundingClientRect();
  return {
    tag: e.tagName, cls: e.className, href: e.getAttribute("href") || "",
    outline: s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0,
    visible: r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight,
  };
}"""


def test_keyboard_reaches_skip_link_search_and_navigation(browser, base_url: str) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.goto(base_url + "store/", wait_until="networkidle")
    stops = []
    for _ in range(40):
        page.keyboard.press("Tab")
        stops.append(page.evaluate(FOCUS_INFO))
    context.close()

    first = stops[0]
    assert "md-skip" in first["cls"], f"the first Tab stop should be the skip link, got {first}"
    assert first["visible"] and first["outline"], "the skip link must show when focused"

    def reached(predicate) -> dict:  # noqa: ANN001
        hits = [s for s in stops if predicate(s)]
        assert hits, f"not reached by Tab: {[(s['tag'], s['cls'], s['href']) for s in stops]}"
        return hits[0]

    search = reached(lambda s: "md-search__input" in s["cls"])
    assert search["visible"]
    for kind in ("md-tabs__link", "md-nav__link"):
        link = reached(lambda s, k=kind: k in s["cls"] and s["href"])
        assert link["visible"] and link["outline"], f"{kind} has no visible focus: {link}"
    # Every link reached shows a focus outline.
    bare = [s for s in stops if s["tag"] == "A" and not s["outline"]]
    assert not bare, f"links without a visible focus indicator: {bare}"


def test_skip_link_moves_focus_to_the_content(browser, base_url: str) -> None:
    page = browser.new_page()
    page.goto(base_url + "ingestion/streaming/", wait_until="networkidle")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert page.url.endswith("#streaming-ingestion-kinesis-firehose-and-msk")
    page.close()
