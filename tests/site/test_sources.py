"""Source-level checks on the Markdown: no stray Jinja, unique headings per page."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import DOCS

MACROS = {
    "fact", "service_facts", "service_card", "compare", "task", "domain_tasks",
    "domain_weights", "exam_format", "comparison_index", "services_index", "comparisons_all",
    "task_outline", "num", "stats", "catalog", "kinesis_shards_example",
    "quiz", "quiz_index", "mock_exam", "flashcards", "progress",
}  # fmt: skip
EXPRESSION = re.compile(r"\{\{-?\s*(.*?)\s*-?\}\}", re.S)
STATEMENT = re.compile(r"\{%-?\s*(\w+)")
PAGES = sorted(DOCS.rglob("*.md"))


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.relative_to(DOCS).as_posix())
def test_jinja_text_is_only_a_known_macro(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    text = re.sub(r"\{%\s*raw\s*%\}.*?\{%\s*endraw\s*%\}", "", text, flags=re.S)
    for match in EXPRESSION.finditer(text):
        name = re.match(r"[A-Za-z_]\w*", match.group(1))
        assert name and name.group(0) in MACROS, f"unknown Jinja expression {match.group(0)!r}"
    assert not STATEMENT.search(text), "Jinja statements belong in a snippet file or {% raw %}"
    assert "${{" not in text


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.relative_to(DOCS).as_posix())
def test_headings_are_unique_within_a_page(page: Path) -> None:
    headings = re.findall(r"^#{1,6} (.+?)\s*$", page.read_text(encoding="utf-8"), flags=re.M)
    repeated = {h for h in headings if headings.count(h) > 1}
    assert not repeated, f"repeated headings make ambiguous anchors: {sorted(repeated)}"
