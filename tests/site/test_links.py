"""Every internal link and #anchor resolves, checked twice.

1. Links written in the Markdown sources, found with markdown-it-py (plus the admonition
   plugin, since CommonMark alone reads an admonition's body as an indented code block).
2. Every <a href> in the built HTML, which also covers links that macros generate.
Anchors are checked against the ids present in the built HTML.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from markdown_it import MarkdownIt
from mdit_py_plugins.admon import admon_plugin

from macros.render import page_dir
from tests.conftest import DOCS
from tests.site.htmlindex import PageInfo, index_site

EXTERNAL = re.compile(r"^[a-z][a-z0-9+.-]*:", re.I)


@pytest.fixture(scope="module")
def pages(site: Path) -> dict[Path, PageInfo]:
    return index_site(site)


def _source_links(md_file: Path) -> list[tuple[int, str]]:
    md = MarkdownIt("commonmark").use(admon_plugin).enable("table")
    out = []
    for token in md.parse(md_file.read_text(encoding="utf-8")):
        for child in token.children or []:
            if child.type == "link_open":
                out.append(((token.map or [0])[0] + 1, str(child.attrs["href"])))
    return out


def _built_page(site: Path, src: str) -> Path:
    return site / page_dir(src) / "index.html"


def test_markdown_links_resolve(site: Path, pages: dict[Path, PageInfo]) -> None:
    problems = []
    for md_file in sorted(DOCS.rglob("*.md")):
        src = md_file.relative_to(DOCS).as_posix()
        for line, href in _source_links(md_file):
            if EXTERNAL.match(href):
                continue
            path, _, anchor = href.partition("#")
            joined = posixpath.join(posixpath.dirname(src), path)
            target_src = posixpath.normpath(joined) if path else src
            where = f"docs/{src}:{line}: {href}"
            if not (DOCS / target_src).is_file():
                problems.append(f"{where}: no such page")
                continue
            if anchor and target_src.endswith(".md"):
                built = pages.get(_built_page(site, target_src))
                if built is None or anchor not in built.ids:
                    problems.append(f"{where}: no #{anchor} on the built page")
    assert not problems, "\n".join(problems)


def test_built_links_and_anchors_resolve(site: Path, pages: dict[Path, PageInfo]) -> None:
    problems = []
    for page, info in pages.items():
        if page.name == "404.html":
            continue  # links there are absolute, built from site_url
        for href in info.links:
            if EXTERNAL.match(href) or href.startswith("//"):
                continue
            parts = urlsplit(href)
            target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
            if target.is_dir() or parts.path.endswith("/"):
                target = target / "index.html"
            where = f"{page.relative_to(site)}: {href}"
            if not target.is_file():
                problems.append(f"{where}: no such file")
                continue
            if parts.fragment and target.suffix == ".html":
                ids = pages[target].ids if target in pages else set()
                if unquote(parts.fragment) not in ids:
                    problems.append(f"{where}: no such anchor")
    assert not problems, "\n".join(problems)
