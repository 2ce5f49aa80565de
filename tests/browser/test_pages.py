"""Every page renders in a real browser with no console error and no request off 127.0.0.1."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.browser


def _pages(site: Path) -> list[str]:
    return sorted(
        p.relative_to(site).parent.as_posix() + "/"
        for p in site.rglob("index.html")
        if not p.relative_to(site).as_posix().startswith(("assets/", "search/"))
    )


def test_every_page_loads_cleanly(browser, base_url: str, site: Path) -> None:
    problems: list[str] = []
    context = browser.new_context()
    page = context.new_page()
    page.on("console", lambda m: m.type == "error" and problems.append(f"console: {m.text}"))
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.on("requestfailed", lambda r: problems.append(f"failed: {r.url}"))
    page.on(
        "request",
        lambda r: (
            urlsplit(r.url).hostname not in ("127.0.0.1", None)
            and not r.url.startswith("data:")
            and problems.append(f"left the site: {r.url}")
        ),
    )
    pages = _pages(site)
    assert len(pages) >= 10
    for path in pages:
        url = base_url + ("" if path == "./" else path)
        response = page.goto(url, wait_until="networkidle")
        assert response is not None and response.ok, url
        assert page.locator("h1").count() >= 1, url
    context.close()
    assert not problems, "\n".join(problems)


def test_search_finds_a_storage_class(browser, base_url: str) -> None:
    page = browser.new_page()
    page.goto(base_url, wait_until="networkidle")
    page.click("input.md-search__input", force=True)
    page.keyboard.type("deep archive")
    result = page.locator(".md-search-result__item").first
    result.wait_for(timeout=10_000)
    assert "storage" in page.locator(".md-search-result").inner_text().lower()
    page.close()


def test_dark_scheme_follows_the_system_setting(browser, base_url: str) -> None:
    context = browser.new_context(color_scheme="dark")
    page = context.new_page()
    page.goto(base_url, wait_until="networkidle")
    scheme = page.locator("body").get_attribute("data-md-color-scheme")
    assert scheme == "slate"
    context.close()
