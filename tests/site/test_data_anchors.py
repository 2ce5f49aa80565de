"""Page references in the data land on a real heading of the built page.

The catalog already refuses a reference to a missing page; this checks the #anchor part, which
only the built HTML knows. Quiz feedback and service cards link readers through these anchors.
"""

from __future__ import annotations

from pathlib import Path

from macros.render import page_dir
from tests.site.htmlindex import parse


def _refs(catalog) -> list[tuple[str, str]]:
    refs = [(f"question {q.id} learn_more", q.learn_more) for q in catalog.questions]
    refs += [(f"service {s.id} page", s.page) for s in catalog.services.values()]
    refs += [(f"comparison {c.id} page", c.page) for c in catalog.comparisons.values()]
    return refs


def test_every_data_page_reference_has_its_anchor(site: Path, catalog) -> None:
    ids: dict[str, set[str]] = {}
    missing = []
    for who, ref in _refs(catalog):
        page, _, anchor = ref.partition("#")
        if not anchor:
            continue
        if page not in ids:
            ids[page] = parse(site / page_dir(page) / "index.html").ids
        if anchor not in ids[page]:
            missing.append(f"{who}: {ref} has no #{anchor}")
    assert not missing, "\n".join(missing)
