"""The search-index download waits for search to open (macros/lazy_search.py)."""

from __future__ import annotations

import pytest
from mkdocs.exceptions import PluginError

from macros.lazy_search import REWRITES, make_lazy

EAGER = ";".join(eager for eager, _ in REWRITES)
LAZY = ";".join(lazy for _, lazy in REWRITES)


def test_every_eager_subscription_is_replaced() -> None:
    assert make_lazy(f"a;{EAGER};b") == f"a;{LAZY};b"


def test_an_already_changed_bundle_is_left_alone() -> None:
    assert make_lazy(f"a;{LAZY};b") == f"a;{LAZY};b"


def test_an_unknown_bundle_stops_the_build() -> None:
    with pytest.raises(PluginError, match="update macros/lazy_search.py"):
        make_lazy(f"a;{REWRITES[0][0]};b")  # the second place is missing


def test_the_built_bundle_is_lazy(site) -> None:  # noqa: ANN001 - the session build
    (bundle,) = (site / "assets" / "javascripts").glob("bundle.*.min.js")
    text = bundle.read_text(encoding="utf-8")
    for eager, lazy in REWRITES:
        assert lazy in text and eager not in text
