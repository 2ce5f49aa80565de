"""Publish the catalog as JSON under site/data/: the stable interface for browser scripts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .catalog import Catalog
from .flashcards import build_cards, to_csv
from .render import page_dir


def site_path(ref: str, directory_urls: bool = True) -> str:
    """'store/x.md#a' -> 'store/x/#a', the page's URL from the site root.

    With directory_urls=False (the offline build) pages are files: 'store/x.html#a', and a
    section's index page stays 'store/index.html'.
    """
    path, _, anchor = ref.partition("#")
    if directory_urls:
        folder = page_dir(path)
        url = folder + "/" if folder else ""
    else:
        url = path.removesuffix(".md") + ".html"
    return url + (f"#{anchor}" if anchor else "")


def exam_json(cat: Catalog) -> dict[str, Any]:
    fmt = cat.exam.format.model_dump()
    return {
        "format": fmt,
        "guide_version": cat.exam.format.guide_version,
        "domains": [{"id": d.id, "title": d.title, "weight": d.weight} for d in cat.exam.domains],
        "tasks": [
            {
                "id": t.id,
                "title": t.title,
                "domain": cat.domain_of_task[t.id],
                "skills": [{"id": s.id, "text": s.text} for s in t.skills],
            }
            for t in cat.tasks.values()
        ],
    }


def services_json(cat: Catalog) -> list[dict[str, Any]]:
    return [
        {
            "id": s.id,
            "name": s.name,
            "short": s.short,
            "tasks": s.tasks,
            "summary": s.summary,
            "signals": s.signals,
            "facts": [f.model_dump(exclude_none=True) for f in s.facts],
            "url": site_path(s.page),
        }
        for s in sorted(cat.services.values(), key=lambda s: s.id)
    ]


def comparisons_json(cat: Catalog) -> list[dict[str, Any]]:
    out = []
    for c in cat.comparisons.values():
        out.append(
            {
                "id": c.id,
                "title": c.title,
                "columns": [c.corner] + [cr.label for cr in c.criteria],
                "rows": [
                    [s.label] + [c.cells[s.key][cr.key] for cr in c.criteria] for s in c.subjects
                ],
                "sources": c.sources,
                "url": site_path(c.page),
            }
        )
    return out


def questions_json(cat: Catalog, directory_urls: bool = True) -> list[dict[str, Any]]:
    return [
        {
            "id": q.id,
            "task": q.task,
            "skills": q.skills,
            "domain": cat.domain_of_task[q.task],
            "services": q.services,
            "stem": q.stem,
            "choices": [c.text for c in q.choices],
            "answer": q.answer,
            "why": [c.why for c in q.choices],
            "explanation": q.explanation,
            "url": site_path(q.learn_more, directory_urls),
        }
        for q in cat.questions
    ]


def flashcards_json(cat: Catalog, directory_urls: bool = True) -> list[dict[str, Any]]:
    return build_cards(cat.services.values(), lambda ref: site_path(ref, directory_urls))


EXPORTS = {
    "exam.json": exam_json,
    "services.json": services_json,
    "comparisons.json": comparisons_json,
    "questions.json": questions_json,
    "flashcards.json": flashcards_json,
}


def write_exports(cat: Catalog, site_dir: Path) -> None:
    out = site_dir / "data"
    out.mkdir(parents=True, exist_ok=True)
    for name, build in EXPORTS.items():
        # Compact: the files are for programs (the practice tools, anyone's scripts), not for
        # reading, and indenting them took a third of the export time.
        text = json.dumps(build(cat), ensure_ascii=False, separators=(",", ":"))
        (out / name).write_text(text + "\n", encoding="utf-8")
    downloads = site_dir / "downloads"
    downloads.mkdir(parents=True, exist_ok=True)
    # newline="" keeps the csv module's line endings exactly as written.
    with (downloads / "flashcards.csv").open("w", encoding="utf-8", newline="") as fh:
        fh.write(to_csv(flashcards_json(cat)))
