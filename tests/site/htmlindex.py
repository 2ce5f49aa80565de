"""Parse the built site once: every page's element ids and the links it contains."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path


@dataclass
class PageInfo:
    ids: set[str] = field(default_factory=set)
    links: list[str] = field(default_factory=list)
    assets: list[str] = field(default_factory=list)  # src of scripts/images, href of stylesheets


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.info = PageInfo()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if "id" in a:
            self.info.ids.add(a["id"])
        if tag == "a" and "href" in a:
            self.info.links.append(a["href"])
        if tag in ("script", "img", "iframe", "source") and a.get("src"):
            self.info.assets.append(a["src"])
        if tag == "link" and a.get("href") and a.get("rel") in ("stylesheet", "preload", "icon"):
            self.info.assets.append(a["href"])


def parse(path: Path) -> PageInfo:
    collector = _Collector()
    collector.feed(path.read_text(encoding="utf-8"))
    return collector.info


def index_site(site: Path) -> dict[Path, PageInfo]:
    return {p: parse(p) for p in sorted(site.rglob("*.html"))}
