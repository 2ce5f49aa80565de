"""The practice pages as built: each quiz embeds exactly its task's questions; the exports and
the Anki CSV match the data; every task has a quiz page in the nav."""

from __future__ import annotations

import csv
import gzip
import hashlib
import html
import io
import json
import re
from pathlib import Path

import pytest

from macros.export import flashcards_json, questions_json
from macros.flashcards import CSV_COLUMNS
from macros.practice import EXAM_FIELDS, bank_scripts, json_template
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


def _bank_script(site: Path, name: str) -> object:
    text = (site / "data" / name).read_text(encoding="utf-8")
    assert text.startswith("self.Dea") and text.endswith(";\n")
    return json.loads(text[text.index("=") + 1 : -2])


def test_mock_exam_holds_the_bank_shape_and_loads_the_bank_scripts(site: Path, catalog) -> None:
    page = site / "practice" / "mock-exam" / "index.html"
    [data] = _embedded(page)
    published = questions_json(catalog)
    assert "questions" not in data, "the exam page does not embed the bank"
    counts: dict[str, int] = {}
    for q in published:
        counts[str(q["domain"])] = counts.get(str(q["domain"]), 0) + 1
    assert data["counts"] == counts
    assert data["format"]["minutes"] == catalog.exam.format.minutes
    assert [d["weight"] for d in data["domains"]] == [d.weight for d in catalog.exam.domains]
    questions = _bank_script(site, "questions.js")
    reasons = _bank_script(site, "explanations.js")
    assert questions == [{k: q[k] for k in EXAM_FIELDS} for q in published]
    assert reasons == {
        q["id"]: {"why": q["why"], "explanation": q["explanation"]} for q in published
    }
    # The page names the scripts with a hash of their content, so no stale copy is read.
    text = page.read_text(encoding="utf-8")
    for name in ("questions", "explanations"):
        src = html.unescape(re.search(rf'data-{name}-src="([^"]+)"', text).group(1))
        body = (site / "data" / f"{name}.js").read_text(encoding="utf-8")
        digest = hashlib.sha256(body.encode()).hexdigest()[:12]
        assert src == f"../../data/{name}.js?v={digest}"


def _gzip_kb(data: bytes) -> float:
    return len(gzip.compress(data, 6)) / 1024


# What practice-boot.js loads on the exam page besides the scripts the HTML names.
EXAM_SCRIPTS = ("practice-core.js", "practice-ui.js", "practice-exam.js")


def _page_weight_kb(site: Path, page: str, loaded: tuple[str, ...] = ()) -> float:
    """Gzipped HTML plus the local CSS and JS the page names (as bench/run.py counts), plus
    the scripts in `loaded` that it loads once it runs."""
    html_file = site / page / "index.html"
    text = html_file.read_text(encoding="utf-8")
    total = _gzip_kb(text.encode())
    total += sum(_gzip_kb((site / "assets" / "javascripts" / n).read_bytes()) for n in loaded)
    for m in re.finditer(
        r'<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"|<script[^>]+src="([^"]+)"', text
    ):
        ref = (m.group(1) or m.group(2)).split("?")[0]
        asset = (html_file.parent / ref).resolve()
        if "://" not in ref and asset.is_file():
            total += _gzip_kb(asset.read_bytes())
    return total


def test_mock_exam_stays_under_250_kb_with_300_questions(site: Path, catalog) -> None:
    """The bank will grow to about 300 questions. The exam page does not grow with it; an
    attempt adds data/questions.js (and the results data/explanations.js). Measured on a bank
    of 300 made by repeating today's questions under new ids (further apart than gzip's 32 KB
    window, so the repeats do not compress away)."""
    published = questions_json(catalog)
    grown = [
        {**q, "id": f"{q['id']}-{i}"} for i in range(300 // len(published) + 1) for q in published
    ][:300]
    scripts = bank_scripts(grown)
    page = _page_weight_kb(site, "practice/mock-exam/", EXAM_SCRIPTS)
    attempt = page + _gzip_kb(scripts["questions.js"].encode())
    with_results = attempt + _gzip_kb(scripts["explanations.js"].encode())
    print(f"mock exam: page {page:.1f} KB, with the 300-question bank {attempt:.1f} KB, "
          f"with explanations {with_results:.1f} KB (gzip)")  # fmt: skip
    assert page < 120
    assert attempt <= 250, f"page and bank at 300 questions: {attempt:.1f} KB"


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
