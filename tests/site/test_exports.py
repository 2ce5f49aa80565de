"""The JSON published under site/data/ is exactly the catalog, in the documented shapes."""

from __future__ import annotations

import json
from pathlib import Path

from macros.export import EXPORTS


def test_exports_match_the_data(site: Path, catalog) -> None:
    for name, build in EXPORTS.items():
        published = json.loads((site / "data" / name).read_text(encoding="utf-8"))
        assert published == json.loads(json.dumps(build(catalog))), name


def test_question_export_shape(site: Path, catalog) -> None:
    questions = json.loads((site / "data" / "questions.json").read_text(encoding="utf-8"))
    assert len(questions) == len(catalog.questions)
    for q in questions:
        assert set(q) >= {
            "id",
            "task",
            "skills",
            "domain",
            "stem",
            "choices",
            "answer",
            "why",
            "explanation",
            "url",
        }
        assert len(q["why"]) == len(q["choices"])
        assert q["domain"] == int(q["task"][0])
        page = q["url"].split("#")[0]
        assert (site / page / "index.html").is_file(), q["url"]


def test_exam_export_lists_every_skill(site: Path) -> None:
    exam = json.loads((site / "data" / "exam.json").read_text(encoding="utf-8"))
    assert [d["weight"] for d in exam["domains"]] == [34, 26, 22, 18]
    assert sum(len(t["skills"]) for t in exam["tasks"]) == 120


def test_site_path_follows_the_page_layout() -> None:
    from macros.export import site_path

    assert site_path("ingestion/streaming.md#replay") == "ingestion/streaming/#replay"
    assert site_path("store/index.md") == "store/"
    assert site_path("ingestion/streaming.md#replay", False) == "ingestion/streaming.html#replay"
    assert site_path("store/index.md", False) == "store/index.html"
    assert site_path("index.md", False) == "index.html"
