"""The browser tests' detectors must be able to fail: check them on plain URLs."""

from __future__ import annotations

import pytest

from tests.browser.helpers import off_site
from tests.serve import rebase_sitemap


@pytest.mark.parametrize(
    "url",
    [
        "https://fonts.googleapis.com/css?family=Roboto",
        "https://cdn.jsdelivr.net/npm/mermaid/dist/mermaid.min.js",
        "http://localhost:8000/",  # another local origin is still not the test server
        "http://127.0.0.2/",
        "//unpkg.com/iframe-worker/shim",
    ],
)
def test_off_site_detector_flags_external_urls(url: str) -> None:
    assert off_site(url)


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:41234/assets/javascripts/bundle.js",
        "file:///tmp/site/index.html",
        "data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=",
        "blob:http://127.0.0.1:41234/5f0c",
        "about:blank",
    ],
)
def test_off_site_detector_accepts_local_urls(url: str) -> None:
    assert not off_site(url)


def test_sitemap_is_rebased_onto_the_test_server() -> None:
    xml = (
        "<urlset><url><loc>http://127.0.0.1:8000/store/</loc></url>"
        "<url><loc>http://127.0.0.1:8000/</loc></url></urlset>"
    )
    out = rebase_sitemap(xml, "http://127.0.0.1:5555/")
    assert "<loc>http://127.0.0.1:5555/store/</loc>" in out
    assert "8000" not in out
