"""The practice pages as built: each quiz embeds exactly its task's questions; the exports and
the Anki CSV match the data; every task has a quiz page in the nav."""

from __future__ import annotations

import csv
import html
import io
import json
import re
from pathlib import Path

import pytest

from macros.export import flashcards_json, questions_json
from macros.flashcards import CSV_COLUMNS
from macros.practice import json_template
from tests.conftest import DOCS

DATA = re.compile(r'<template class="dea-data">(.*?)</template>', re.S)


def _embedded(page: Path) -> list[dict]:
    return [json.loads(m) for m in DATA.findall(page.read_text(encoding="utf-8"))]


def test_every_task_has_a_quiz_page(catalog) -> None:
    for task_id in catalog.tasks:
        page = DOCS / "practice" / f"quiz-{task_id.replace('.', '-')}.md"
        assert f'quiz("{task_id}")' in page.read_text(encoding="utf-8"), page


def test_each_quiz_embeds_exactly_its_task_questions(site: Path, catalog) -> None:
    published = questions_json(catalog)
    for task_id in catalog.tasks:
        page = site / "practice" / f"quiz-{task_id.replace('.', '-')}" / "index.html"
        [data] = _embedded(page)
        assert data["task"]["id"] == task_id
        assert data["questions"] == [q for q in published if q["task"] == task_id]


def test_mock_exam_embeds_the_whole_bank(site: Path, catalog) -> None:
    [data] = _embedded(site / "practice" / "mock-exam" / "index.html")
    assert data["questions"] == questions_json(catalog)
    assert data["format"]["minutes"] == catalog.exam.format.minutes
    assert [d["weight"] for d in data["domains"]] == [d.weight for d in catalog.exam.domains]


def test_report_links_use_the_issue_form_field(site: Path) -> None:
    text = (site / "practice" / "quiz-1-1" / "index.html").read_text(encoding="utf-8")
    base = html.unescape(re.search(r'data-report="([^"]+)"', text).group(1))
    form = (DOCS.parent / ".github" / "ISSUE_TEMPLATE" / "question-problem.yml").read_text()
    field = re.search(r"template=([\w.-]+)&(\w+)=$", base)
    assert field and (DOCS.parent / ".github" / "ISSUE_TEMPLATE" / field.group(1)).is_file()
    assert f"id: {field.group(2)}\n" in form


def test_flashcards_csv_parses_with_the_right_columns(site: Path, catalog) -> None:
    text = (site / "downloads" / "flashcards.csv").read_text(encoding="utf-8")
    header = [line for line in text.splitlines() if line.startswith("#")]
    assert "#columns:" + ",".join(CSV_COLUMNS) in header
    body = "\n".join(line for line in text.split("\n") if not line.startswith("#"))
    rows = list(csv.reader(io.StringIO(body)))
    cards = flashcards_json(catalog)
    assert len(rows) == len(cards) > 0
    assert all(len(r) == len(CSV_COLUMNS) and r[0] and r[1] for r in rows)
    assert [r[0] for r in rows] == [c["front"] for c in cards]
    assert len({c["id"] for c in cards}) == len(cards), "card ids are unique"
    signals = sum(len(s.signals) for s in catalog.services.values())
    facts = sum(len(s.facts) for s in catalog.services.values())
    assert facts < len(cards) <= facts + signals


@pytest.mark.parametrize("evil", ["</script><script>alert(1)</script>", "<!--", "a & b"])
def test_embedded_json_cannot_break_out(evil: str) -> None:
    out = json_template({"stem": evil})
    inner = DATA.match(out).group(1)
    assert "<" not in inner and "&" not in inner
    assert json.loads(inner) == {"stem": evil}
