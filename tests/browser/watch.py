"""Collect what goes wrong while a page is open: console errors, failed or off-site requests."""

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
