"""`make serve` uses dirty rebuilds; macros/dirty_serve.py keeps them correct.

Runs MkDocs' own build twice more after a first build, as `mkdocs serve --dirty` does, on a copy
of the project: editing a page rebuilds that page (and the coverage map) only, with the search
index still covering every page; editing a data file rebuilds every page.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config

from macros.dirty_serve import merge_index, page_html

ROOT = Path(__file__).resolve().parent.parent.parent
PROJECT = ("mkdocs.yml", "docs", "data", "macros", "overrides", "CONTRIBUTING.md")


def _dirty_build(project: Path, site: Path) -> None:
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(site))
    config.plugins.on_startup(command="serve", dirty=True)
    build(config, dirty=True)
    config.plugins.on_shutdown()


def _mtimes(site: Path) -> dict[str, float]:
    return {p.relative_to(site).as_posix(): p.stat().st_mtime for p in site.rglob("index.html")}


def _indexed_pages(site: Path) -> set[str]:
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    return {d["location"].split("#")[0] for d in index["docs"]}


def _touch_later(path: Path) -> None:
    later = time.time() + 2  # mtimes must move past those of the previous build's output
    os.utime(path, (later, later))


def test_dirty_rebuilds_stay_correct(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    project, site = tmp_path / "project", tmp_path / "site"
    project.mkdir()
    for name in PROJECT:
        src = ROOT / name
        (shutil.copytree if src.is_dir() else shutil.copy2)(src, project / name)
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")

    _dirty_build(project, site)
    first, pages = _mtimes(site), _indexed_pages(site)
    assert len(first) > 20

    edited = project / "docs" / "ingestion" / "messaging.md"
    edited.write_text(edited.read_text(encoding="utf-8") + "\n\nA dirty-build marker.\n")
    _touch_later(edited)
    _dirty_build(project, site)
    second = _mtimes(site)
    rebuilt = {p for p in first if second[p] != first[p]}
    assert rebuilt == {"ingestion/messaging/index.html", "exam/coverage/index.html"}
    assert "dirty-build marker" in (site / "ingestion/messaging/index.html").read_text()
    assert _indexed_pages(site) == pages, "the search index lost the pages not rebuilt"

    _touch_later(project / "data" / "glossary.yaml")
    _dirty_build(project, site)
    third = _mtimes(site)
    assert all(third[p] != second[p] for p in second), "a data change must rebuild every page"


def test_index_merge_keeps_pages_not_built() -> None:
    previous = {"config": {}, "docs": [{"location": loc} for loc in ("a/", "a/#x", "b/")]}
    current = {"config": {"new": 1}, "docs": [{"location": "b/"}, {"location": "b/#y"}]}
    merged = merge_index(previous, current, {"b/"})
    assert merged["config"] == {"new": 1}
    assert [d["location"] for d in merged["docs"]] == ["a/", "a/#x", "b/", "b/#y"]


def test_page_html_follows_directory_urls() -> None:
    assert page_html("exam/coverage.md") == Path("exam/coverage/index.html")
    assert page_html("index.md") == Path("index.html")
    assert page_html("store/index.md") == Path("store/index.html")
