"""Glossary terms reach the pages as <abbr> with their expansion, once per h2 section."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

ABBR = re.compile(r'<abbr title="([^"]*)">([^<]*)</abbr>')


def test_glossary_terms_are_marked_with_their_expansion(site: Path, catalog) -> None:  # noqa: ANN001
    html = (site / "ingestion" / "streaming" / "index.html").read_text(encoding="utf-8")
    expansions = {g.term: g.expansion for g in catalog.glossary}
    marks = ABBR.findall(html)
    assert ("Amazon Managed Streaming for Apache Kafka", "MSK") in marks
    assert all(expansions.get(term) == title for title, term in marks)


def test_each_term_is_marked_at_most_once_per_section(site: Path) -> None:
    for page in ("ingestion/streaming", "ingestion/batch-and-migration"):
        html = (site / page / "index.html").read_text(encoding="utf-8")
        for section in re.split(r"(?=<h2[ >])", html):
            repeated = [t for t, n in Counter(t for _, t in ABBR.findall(section)).items() if n > 1]
            assert not repeated, f"{page}: marked more than once in a section: {repeated}"
