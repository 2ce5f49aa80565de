"""Every data table on the built site has a header row and a caption (screen readers announce
both; a table without them is a grid of unlabelled numbers)."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path


@dataclass
class Table:
    where: str
    classes: str
    caption: str = ""
    header_cells: int = 0
    in_thead: bool = False
    rows: int = 0
    _in_caption: bool = field(default=False, repr=False)


class _Tables(HTMLParser):
    """Tables inside the page content; Pygments line-number tables are layout, not data."""

    def __init__(self, where: str) -> None:
        super().__init__(convert_charrefs=True)
        self.where = where
        self.tables: list[Table] = []
        self.stack: list[Table | None] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "table":
            layout = "highlighttable" in a.get("class", "")
            table = None if layout else Table(self.where, a.get("class", ""))
            if table:
                self.tables.append(table)
            self.stack.append(table)
            return
        table = self.stack[-1] if self.stack else None
        if table is None:
            return
        if tag == "caption":
            table._in_caption = True
        elif tag == "thead":
            table.in_thead = True
        elif tag == "th" and table.in_thead:
            table.header_cells += 1
        elif tag == "tr":
            table.rows += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "table" and self.stack:
            self.stack.pop()
            return
        table = self.stack[-1] if self.stack else None
        if table is None:
            return
        if tag == "caption":
            table._in_caption = False
        elif tag == "thead":
            table.in_thead = False

    def handle_data(self, data: str) -> None:
        table = self.stack[-1] if self.stack else None
        if table is not None and table._in_caption:
            table.caption += data


def tables_in(html: str, where: str) -> list[Table]:
    parser = _Tables(where)
    parser.feed(html)
    return parser.tables


def problems(tables: list[Table]) -> list[str]:
    out = []
    for t in tables:
        if not t.caption.strip():
            out.append(f"{t.where}: table ({t.classes or 'no class'}) has no <caption>")
        if t.header_cells == 0:
            out.append(f"{t.where}: table ({t.classes or 'no class'}) has no header row")
    return out


def test_every_data_table_has_a_header_row_and_a_caption(site: Path) -> None:
    tables: list[Table] = []
    for page in sorted(site.rglob("*.html")):
        tables += tables_in(page.read_text(encoding="utf-8"), page.relative_to(site).as_posix())
    assert len(tables) >= 5, "expected the comparison and facts tables"
    assert not problems(tables), "\n".join(problems(tables))


def test_the_table_check_flags_a_bare_markdown_table() -> None:
    bare = "<table><thead><tr><th>a</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>"
    headless = "<table><caption>Limits</caption><tr><td>1</td></tr></table>"
    code = '<table class="highlighttable"><tr><td>1</td></tr></table>'
    found = problems(tables_in(bare + headless + code, "x.html"))
    assert found == [
        "x.html: table (no class) has no <caption>",
        "x.html: table (no class) has no header row",
    ]
