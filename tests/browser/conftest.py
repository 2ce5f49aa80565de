"""Serve the built site on 127.0.0.1 and drive Debian's Chromium with Playwright.

No browser is ever downloaded: the tests use a system Chromium (or CHROMIUM_PATH). Without one,
every test that needs the browser is deselected and the run ends with one line saying how to
enable them; with CI=true a missing browser fails them instead.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.serve import serve

CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
FLAGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
SKIP_MESSAGE = (
    "browser tests skipped: no Chromium found. Enable them with `sudo apt-get install chromium` "
    "(or CHROMIUM_PATH=/path/to/chrome); CI=true makes them required"
)


def ci_required() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("true", "1", "yes")


def find_browser() -> str | None:
    explicit = os.environ.get("CHROMIUM_PATH")
    if explicit:
        return explicit if Path(explicit).is_file() else None
    for name in CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


_skipped: list[str] = []


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if find_browser() is not None or ci_required():
        return
    needs = [i for i in items if "browser_path" in getattr(i, "fixturenames", ())]
    if needs:
        config.hook.pytest_deselected(items=needs)
        items[:] = [i for i in items if i not in needs]
        _skipped.append(f"{len(needs)} {SKIP_MESSAGE}")


def pytest_terminal_summary(terminalreporter) -> None:  # noqa: ANN001
    for line in _skipped:
        terminalreporter.write_line(line, yellow=True, bold=True)


@pytest.fixture(scope="session")
def browser_path() -> str:
    path = find_browser()
    if path is None:
        if ci_required():
            pytest.fail("no Chromium found, and CI=true requires the browser tests: "
                        "`sudo apt-get install chromium` or set CHROMIUM_PATH")  # fmt: skip
        pytest.skip(SKIP_MESSAGE)
    return path


def site_pages(site: Path) -> list[str]:
    """Every page of a built site as a path relative to the root ('' is the home page)."""
    found = []
    for p in site.rglob("index.html"):
        rel = p.relative_to(site)
        if rel.parts[0] in ("assets", "search"):
            continue
        parent = rel.parent.as_posix()
        found.append("" if parent == "." else parent + "/")
    return sorted(found)


@pytest.fixture(scope="session")
def pages(site: Path) -> list[str]:
    return site_pages(site)


@pytest.fixture(scope="session")
def base_url(site: Path) -> Iterator[str]:
    with serve(site) as url:
        yield url


@pytest.fixture(scope="session")
def browser(browser_path: str):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=browser_path, headless=True, args=FLAGS)
        yield instance
        instance.close()
