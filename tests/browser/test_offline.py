"""`make offline`: the site opened from the file system, with every network request refused,
still renders, searches and navigates."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import Watcher, file_only_context, search

pytestmark = pytest.mark.browser


def test_offline_build_works_from_the_file_system(browser, offline_site: Path) -> None:
    context, network = file_only_context(browser)
    page = context.new_page()
    watcher = Watcher().attach(page)
    page.goto((offline_site / "store" / "s3-storage-classes.html").as_uri(), wait_until="load")
    assert "storage classes" in page.locator("article h1").inner_text().lower()
    # Material's stylesheet applied (not a bare HTML page).
    assert page.locator(".md-header").evaluate("e => getComputedStyle(e).position") == "sticky"

    found = search(page, "enhanced fan-out")
    assert found and found[0].endswith("ingestion/streaming.html"), found
    first = page.locator(".md-search-result__item a.md-search-result__link").first
    first.click()
    page.wait_for_url("**/ingestion/streaming.html*")
    expect(page.locator("article h1")).to_contain_text("streaming", ignore_case=True)
    # A link written by a macro (domain table on the home page) opens a file, not a folder.
    page.goto((offline_site / "index.html").as_uri(), wait_until="load")
    page.locator("article a[href$='store/index.html']").first.click()
    page.wait_for_url("**/store/index.html")
    context.close()
    assert not network, f"requests left the machine: {network}"
    assert not watcher.problems, watcher.report()
