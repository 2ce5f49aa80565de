"""MkDocs hook: the offline build loads Material's file:// web-worker shim from the site itself.

Material's offline plugin adds https://unpkg.com/iframe-worker/shim to the page scripts so that
search runs from the file system; that request would leave the machine. We ship the same shim
(iframe-worker 1.0.4, MIT) under docs/assets/javascripts/vendor/ and point the build at it.
"""

from __future__ import annotations

from mkdocs.plugins import event_priority

SHIM = "assets/javascripts/vendor/iframe-worker-1.0.4.js"


def local_polyfills(polyfills: list[str]) -> list[str]:
    return [SHIM if "iframe-worker" in url else url for url in polyfills]


@event_priority(-100)  # after the offline plugin has added its CDN address
def on_config(config):  # noqa: ANN001, ANN201 - MkDocs' own types
    config.extra["polyfills"] = local_polyfills(config.extra.get("polyfills", []))
    return config
