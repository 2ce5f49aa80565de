"""What goes into the search index: teaching text, not source lists or repeated tables.

The index is fetched when a reader first opens search, so everything in it is download and
in-browser indexing time; results that point at a repeat of a section rather than the section
itself are noise too.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest


@pytest.fixture(scope="module")
def docs(site: Path) -> list[dict]:
    return json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]


def test_source_lists_stay_out(docs: list[dict]) -> None:
    block = re.compile(r"Sources: \d+ AWS documentation pages?")
    leaked = [d["location"] for d in docs if block.search(d["text"])]
    assert not leaked, leaked[:5]


def test_compare_page_keeps_its_headings_not_the_repeated_tables(docs: list[dict], catalog) -> None:
    on_compare = [d for d in docs if d["location"].startswith("compare/")]
    titles = {d["title"] for d in on_compare}
    text = " ".join(d["text"] for d in on_compare)
    taught = " ".join(d["text"] for d in docs if not d["location"].startswith("compare/"))
    for c in catalog.comparisons.values():
        assert c.title in titles, f"{c.id}: its section should still be found by its title"
        # The longest cell is specific to its table (short ones such as "Yes" are not).
        cell = max((v for row in c.cells.values() for v in row.values()), key=len)
        assert cell not in text, f"{c.id}: its table is indexed on compare/ as well"
        assert cell in taught, f"{c.id}: its table should stay searchable where it is taught"


def test_coverage_map_lists_stay_out(docs: list[dict]) -> None:
    coverage = " ".join(d["text"] for d in docs if d["location"].startswith("exam/coverage/"))
    assert "How to read the map" in " ".join(
        d["title"] for d in docs if d["location"].startswith("exam/coverage/")
    )
    assert "Taught in" in coverage  # the explanation stays
    assert "1.1.1" not in coverage  # the generated skill rows do not
