"""The coverage map shows every skill, with numbers that match the pages and the data."""

from __future__ import annotations

import re
from pathlib import Path

from macros import coverage
from tests.conftest import DOCS

ROW = re.compile(r'<tr id="skill-([\d-]+)">(.*?)</tr>', re.S)
CELLS = re.compile(r"<td[^>]*>(.*?)</td>", re.S)


def rows(site: Path) -> dict[str, list[str]]:
    html = (site / "exam" / "coverage" / "index.html").read_text(encoding="utf-8")
    return {m.group(1).replace("-", "."): CELLS.findall(m.group(2)) for m in ROW.finditer(html)}


def test_every_skill_has_a_row(site, catalog):
    assert sorted(rows(site)) == sorted(catalog.skills)


def test_numbers_match_the_pages_and_the_questions(site, catalog):
    marks = coverage.scan_docs(DOCS)
    for skill_id, (_, taught, asked) in rows(site).items():
        expected_sections = sum(skill_id in m.skills for m in marks)
        assert taught.count("<a href=") == expected_sections, skill_id
        count = re.sub(r"<[^>]+>", "", asked)
        assert int(count) == sum(skill_id in q.skills for q in catalog.questions), skill_id


def test_marks_on_pages_name_real_skills(catalog):
    assert coverage.unknown_skills(coverage.scan_docs(DOCS), catalog.skills) == []
