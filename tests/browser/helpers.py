"""Browser test helpers: a Watcher for console errors and failed or off-site requests, and
Material's search driven like a reader would."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit

LOCAL_HOSTS = frozenset({"127.0.0.1"})
INLINE_SCHEMES = frozenset({"data", "blob", "about"})


def off_site(url: str, allowed_hosts: frozenset[str] = LOCAL_HOSTS) -> bool:
    """True when loading url would reach a machine other than the local test server.

    file: URLs (the offline build) and inline data/blob URLs never leave the machine.
    """
    parts = urlsplit(url)
    if parts.scheme in INLINE_SCHEMES or parts.scheme == "file":
        return False
    return parts.hostname not in allowed_hosts


@dataclass
class Watcher:
    """Attach to a Playwright page; every problem seen is appended to `problems`."""

    problems: list[str] = field(default_factory=list)

    def attach(self, page) -> Watcher:  # noqa: ANN001 - a playwright Page
        page.on("console", self._console)
        page.on("pageerror", lambda e: self.problems.append(f"page error: {e}"))
        page.on("requestfailed", self._failed)
        page.on("request", self._request)
        page.on("response", self._response)
        return self

    def _console(self, message) -> None:  # noqa: ANN001
        if message.type == "error":
            self.problems.append(f"console error: {message.text} ({message.location.get('url')})")

    def _failed(self, request) -> None:  # noqa: ANN001
        self.problems.append(f"request failed: {request.url} ({request.failure})")

    def _request(self, request) -> None:  # noqa: ANN001
        if off_site(request.url):
            self.problems.append(f"request left the site: {request.url}")

    def _response(self, response) -> None:  # noqa: ANN001
        if response.status >= 400:
            self.problems.append(f"HTTP {response.status}: {response.url}")

    def report(self) -> str:
        return "\n".join(dict.fromkeys(self.problems))  # in order, without repeats


RESULTS_FOR = """([selector, token]) => [...document.querySelectorAll(selector)].some(a =>
  (new URL(a.href).searchParams.get("h") || "").toLowerCase().split(" ").includes(token))"""


def search(page, query: str) -> list[str]:  # noqa: ANN001 - a playwright Page
    """Type query into Material's search; the distinct result pages, best first."""
    box, opened = page.locator("input.md-search__input"), page.locator("#__search")
    # Material closes search 125 ms after any location change (instant navigation included),
    # so a click right after one can be undone: click again until the dialog stays open. Search
    # opens on the input's focus event, which an input that kept focus never fires again, so
    # blur it before each retry.
    for _ in range(5):
        box.click()
        page.wait_for_timeout(200)
        if opened.is_checked():
            break
        box.blur()
    page.keyboard.press("Control+A")
    page.keyboard.press("Backspace")
    page.keyboard.type(query)
    assert opened.is_checked(), "the search dialog did not open"
    # Results arrive as the query is typed; wait for those of the whole query: their links
    # carry the highlighted terms (?h=...), the last word included.
    link = ".md-search-result__item > a.md-search-result__link"
    token = "".join(c if c.isalnum() else " " for c in query.lower()).split()[-1]
    page.wait_for_function(RESULTS_FOR, arg=[link, token], timeout=10_000)
    hrefs = page.eval_on_selector_all(link, "els => els.map(e => e.href)")
    return list(dict.fromkeys(h.split("?")[0].split("#")[0] for h in hrefs))


def file_only_context(browser):  # noqa: ANN001, ANN201 - playwright Browser and BrowserContext
    """A browser context that loads file:// URLs only, as a reader with no network would; every
    other request is refused and its URL recorded in the returned list."""
    context = browser.new_context()
    network: list[str] = []

    def refuse(route) -> None:  # noqa: ANN001 - a playwright Route
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            network.append(route.request.url)
            route.abort()

    context.route("**/*", refuse)
    return context, network
