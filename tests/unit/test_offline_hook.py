from __future__ import annotations

from macros.offline import SHIM, local_polyfills


def test_the_cdn_shim_is_replaced_by_the_vendored_copy() -> None:
    assert local_polyfills(["https://unpkg.com/iframe-worker/shim", "x.js"]) == [SHIM, "x.js"]


def test_the_vendored_shim_exists() -> None:
    from pathlib import Path

    assert (Path(__file__).resolve().parents[2] / "docs" / SHIM).is_file()
