"""Every page works in a real browser: no console error, no failed or off-site request;
search, the colour toggle, phone navigation and instant navigation behave."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import Watcher, search

pytestmark = pytest.mark.browser

# (query a reader would type, page that teaches it). The page must be among the first three
# pages in the results. Queries cover every content page, in the reader's words.
SEARCHES = [
    ("glacier deep archive", "store/s3-storage-classes/"),
    ("intelligent-tiering", "store/s3-storage-classes/"),
    ("express one zone", "store/s3-storage-classes/"),
    ("lifecycle rules", "store/s3-storage-classes/"),
    ("enhanced fan-out", "ingestion/streaming/"),
    ("hot shard", "ingestion/streaming/"),
    ("firehose buffering", "ingestion/streaming/"),
    ("MSK Connect", "ingestion/streaming/"),
    ("capacity mode", "ingestion/streaming/"),
    ("visibility timeout", "ingestion/messaging/"),
    ("dead-letter queue", "ingestion/messaging/"),
    ("message filtering", "ingestion/messaging/"),
    ("long polling", "ingestion/messaging/"),
    ("fifo topic", "ingestion/messaging/"),
    ("logs insights", "operations/monitoring-and-audit/"),
    ("cloudtrail lake", "operations/monitoring-and-audit/"),
    ("conformance packs", "operations/monitoring-and-audit/"),
    ("metric filter", "operations/monitoring-and-audit/"),
    ("envelope encryption", "security/encryption-and-access/"),
    ("key rotation", "security/encryption-and-access/"),
    ("gateway endpoint", "security/networking/"),
    ("bucket keys", "security/encryption-and-access/"),
    # Domains 2-4: searches a learner tried before those pages existed.
    ("redshift distribution key", "store/redshift/"),
    ("dynamodb", "store/dynamodb/"),
    ("lake formation", "security/lake-formation/"),
    ("partition projection", "store/data-catalogs/"),
    ("spice", "operations/quicksight/"),
    ("data quality rules", "operations/data-quality/"),
    ("security group", "security/networking/"),
    ("athena workgroup", "operations/athena/"),
]


@pytest.fixture(scope="module")
def search_page(browser, base_url: str):
    """One page for all the queries: loading the search index once keeps them fast."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(base_url, wait_until="networkidle")
    yield page
    context.close()


@pytest.mark.parametrize("shard", range(2))
def test_every_page_loads_cleanly(browser, base_url: str, pages: list[str], shard: int) -> None:
    context = browser.new_context()
    page = context.new_page()
    watcher = Watcher().attach(page)
    assert len(pages) >= 10
    for path in pages[shard::2]:  # two shards, so that parallel workers share the run
        response = page.goto(base_url + path, wait_until="networkidle")
        assert response is not None and response.ok, base_url + path
        assert page.locator("article h1").count() == 1, f"{path}: expected one h1"
    context.close()
    assert not watcher.problems, watcher.report()


def test_the_search_index_is_fetched_only_when_search_opens(browser, base_url: str) -> None:
    context = browser.new_context()
    page = context.new_page()
    fetched: list[str] = []
    page.on("request", lambda r: fetched.append(r.url) if "search_index" in r.url else None)
    page.goto(base_url + "ingestion/streaming/", wait_until="networkidle")
    assert fetched == [], "the index was downloaded before anyone opened search"
    assert base_url + "ingestion/streaming/" in search(page, "enhanced fan-out")[:3]
    assert fetched, "opening search did not load the index"
    # Arriving from a result (?h=...) still highlights the terms, now that the index is known.
    page.goto(base_url + "ingestion/streaming/?h=shard", wait_until="networkidle")
    assert page.locator("article mark").count() > 0, "search terms were not highlighted"
    context.close()


@pytest.mark.parametrize(("query", "expected"), SEARCHES, ids=[q for q, _ in SEARCHES])
def test_search_finds_the_page_that_teaches_it(
    search_page, base_url: str, query: str, expected: str
) -> None:
    found = search(search_page, query)
    assert base_url + expected in found[:3], f"{query!r}: top pages were {found[:3]}"


def test_dark_scheme_follows_the_system_setting(browser, base_url: str) -> None:
    context = browser.new_context(color_scheme="dark")
    page = context.new_page()
    page.goto(base_url, wait_until="networkidle")
    scheme = page.locator("body").get_attribute("data-md-color-scheme")
    context.close()
    assert scheme == "slate"


def _scheme(page) -> str | None:  # noqa: ANN001
    return page.locator("body").get_attribute("data-md-color-scheme")


def test_colour_toggle_persists_across_reload_and_navigation(browser, base_url: str) -> None:
    context = browser.new_context(color_scheme="light")
    page = context.new_page()
    page.goto(base_url + "store/", wait_until="networkidle")
    assert _scheme(page) == "default"
    page.locator('label[title="Switch to dark mode"]:visible').click()
    assert _scheme(page) == "slate"
    page.reload(wait_until="networkidle")
    assert _scheme(page) == "slate", "the choice was lost on reload"
    page.locator(".md-tabs__link", has_text="Ingestion").click()
    page.wait_for_url(base_url + "ingestion/")
    expect(page.locator("article h1")).to_contain_text("Ingestion")
    assert _scheme(page) == "slate", "the choice was lost on navigation"
    page.goto(base_url + "security/", wait_until="networkidle")  # a full load, not instant
    assert _scheme(page) == "slate", "the choice was lost on a fresh page load"
    page.locator('label[title="Switch to light mode"]:visible').click()
    assert _scheme(page) == "default"
    context.close()


def test_navigation_works_at_phone_size(browser, base_url: str) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True,
                                  has_touch=True)  # fmt: skip
    page = context.new_page()
    watcher = Watcher().attach(page)
    page.goto(base_url, wait_until="networkidle")
    assert not page.locator(".md-tabs").is_visible(), "tabs should collapse into the drawer"
    drawer = page.locator(".md-nav--primary")
    # navigation.prune: the drawer links to each section's index page, which lists its pages.
    page.locator('label.md-header__button[for="__drawer"]').click()
    drawer.locator("a.md-nav__link:visible", has_text="Ingestion").first.click()
    page.wait_for_url(base_url + "ingestion/")
    page.locator('label.md-header__button[for="__drawer"]').click()
    drawer.locator("a.md-nav__link[href$='ingestion/streaming/']:visible").first.click()
    page.wait_for_url(base_url + "ingestion/streaming/")
    # Instant navigation changes the address before it swaps the content: wait for the page.
    expect(page.locator("article h1")).to_contain_text("Streaming")
    # The page fits the phone: nothing makes the whole page scroll sideways.
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    context.close()
    assert overflow <= 0, f"page is {overflow}px wider than the phone"
    assert not watcher.problems, watcher.report()


def test_instant_navigation_keeps_scripts_working(browser, base_url: str) -> None:
    context = browser.new_context(color_scheme="light")
    page = context.new_page()
    watcher = Watcher().attach(page)
    page.goto(base_url, wait_until="networkidle")
    page.evaluate("window.__sameDocument = true")
    page.locator(".md-tabs__link", has_text="Store").click()
    page.wait_for_url(base_url + "store/")
    expect(page.locator("article h1")).to_contain_text("Store")
    page.locator(".md-nav--primary a[href$='store/s3-storage-classes/']:visible").first.click()
    page.wait_for_url(base_url + "store/s3-storage-classes/")
    expect(page.locator("article h1")).to_contain_text("storage classes", ignore_case=True)
    assert page.evaluate("window.__sameDocument === true"), "navigation was not instant"
    # Our own script ran on the new page: the wide comparison table is keyboard-scrollable.
    wrap = page.locator("#table-s3-storage-classes .md-typeset__scrollwrap")
    assert wrap.get_attribute("tabindex") == "0"
    # Material's scripts still work after the swap: search and the colour toggle.
    assert base_url + "ingestion/streaming/" in search(page, "enhanced fan-out")[:3]
    page.keyboard.press("Escape")
    page.locator('label[title="Switch to dark mode"]:visible').click()
    assert _scheme(page) == "slate"
    context.close()
    assert not watcher.problems, watcher.report()
