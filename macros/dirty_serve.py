"""MkDocs hook: under `make serve` (mkdocs serve --dirty) an edit rebuilds only what it changes.

MkDocs' dirty mode rebuilds only pages whose Markdown is newer than their HTML. On its own that
would be wrong here in three ways, which this hook corrects:

- pages are rendered from data/, macros/ and templates, and include snippet files: when any of
  those inputs changes, every page is rebuilt (the full build a plain `mkdocs serve` does);
- a few pages gather from every other page (the coverage map reads every skill mark): they are
  rebuilt on every change;
- the search index is written from the pages built in this run only: the entries of the pages
  that were skipped are carried over from the previous index.

A plain `mkdocs build` is never dirty, so this hook does nothing there.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from pathlib import Path
from typing import Any

# Inputs outside the Markdown pages themselves; a change to any of them rebuilds every page.
INPUTS = ("data", "macros", "overrides", "mkdocs.yml", "CONTRIBUTING.md")
DOCS_INPUTS = ("examples", "diagrams")  # snippet and diagram files under docs/
# Pages whose content is gathered from the other pages.
AGGREGATES = ("exam/coverage.md",)
INDEX = Path("search") / "search_index.json"

_state: dict[str, Any] = {"dirty": False, "inputs": None, "index": None, "built": set()}


def newest_mtime(paths: Iterable[Path]) -> float:
    newest = 0.0
    for path in paths:
        if path.is_file():
            newest = max(newest, path.stat().st_mtime)
        elif path.is_dir():
            newest = max(
                [newest, *(p.stat().st_mtime for p in path.rglob("*") if p.is_file())]
            )
    return newest


def merge_index(previous: dict[str, Any], current: dict[str, Any], built: set[str]) -> dict:
    """current's entries for the pages built now, previous entries for every other page."""
    kept = [d for d in previous.get("docs", []) if d["location"].split("#")[0] not in built]
    return {**current, "docs": kept + current.get("docs", [])}


def _not_the_dirty_notice(record: logging.LogRecord) -> bool:
    # MkDocs warns that dirty builds may leave navigation stale; under strict: true that warning
    # alone would abort every rebuild. This hook is the answer to it, so it is dropped.
    return not str(record.msg).startswith("A 'dirty' build is being performed")


def on_startup(command: str, dirty: bool, **_: object) -> None:
    _state["dirty"] = dirty
    if dirty:
        logging.getLogger("mkdocs.commands.build").addFilter(_not_the_dirty_notice)


def on_pre_build(config: Any, **_: object) -> None:
    if not _state["dirty"]:
        return
    root = Path(config["config_file_path"]).parent
    docs, site = Path(config["docs_dir"]), Path(config["site_dir"])
    inputs = [root / name for name in INPUTS] + [docs / name for name in DOCS_INPUTS]
    newest = newest_mtime(inputs)
    changed = _state["inputs"] is not None and newest > _state["inputs"]
    _state["inputs"] = newest
    # Removing a page's HTML is how dirty mode is told to rebuild it.
    stale = site.rglob("*.html") if changed else (site / page_html(p) for p in AGGREGATES)
    for html in list(stale):
        html.unlink(missing_ok=True)
    index = site / INDEX
    _state["index"] = json.loads(index.read_text(encoding="utf-8")) if index.is_file() else None
    _state["built"] = set()


def page_html(src: str) -> Path:
    """Where a page is written with directory URLs: exam/coverage.md -> exam/coverage/index.html."""
    stem = src.removesuffix(".md")
    return Path(stem.removesuffix("index")) / "index.html"


def on_page_context(context: Any, page: Any, **_: object) -> Any:
    _state["built"].add(page.url)
    return context


def on_post_build(config: Any, **_: object) -> None:
    if not _state["dirty"] or _state["index"] is None:
        return
    index = Path(config["site_dir"]) / INDEX
    current = json.loads(index.read_text(encoding="utf-8"))
    merged = merge_index(_state["index"], current, _state["built"])
    index.write_text(json.dumps(merged, separators=(",", ":")), encoding="utf-8")
