"""MkDocs hook: a paragraph `Table: <text>` right before a table becomes that table's <caption>.

Markdown pipe tables have no caption syntax; this line reads naturally on GitHub too (where
CONTRIBUTING.md is also shown), and screen readers announce the caption with the table.
Registered under `hooks:` in mkdocs.yml; tests/site/test_tables.py requires every data table to
have a caption and a header row.
"""

from __future__ import annotations

import re

_CAPTIONED = re.compile(r"<p>Table:\s*(?P<caption>(?:(?!</p>).)+)</p>\s*<table>", re.DOTALL)


def caption_tables(html: str) -> str:
    return _CAPTIONED.sub(lambda m: f"<table>\n<caption>{m['caption'].strip()}</caption>", html)


def on_page_content(html: str, **_: object) -> str:
    return caption_tables(html)
