"""Every committed diagram appears on a page, with its description as alt text."""

from __future__ import annotations

import re
from pathlib import Path

from macros import diagrams

IMG = re.compile(r'<img src="([^"]*diagrams/([a-z0-9-]+)\.svg)" alt="([^"]+)"')


def test_every_diagram_is_shown_with_alt_text(site: Path):
    shown: dict[str, str] = {}
    for page in site.rglob("*.html"):
        for _, name, alt in IMG.findall(page.read_text(encoding="utf-8")):
            shown[name] = alt
    sources = {p.stem for p in diagrams.sources()}
    assert sources - set(shown) == set(), "diagrams no page shows; use {{ diagram(name) }}"
    assert all(len(alt) > 40 for alt in shown.values())
    assert {p.stem for p in (site / "diagrams").glob("*.svg")} == sources
    assert not list((site / "diagrams").glob("*.yaml")), "diagram sources must not be published"
