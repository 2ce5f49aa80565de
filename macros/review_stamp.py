"""MkDocs hook: a reviewed page says under its title when its facts were last checked.

Teaching pages carry `reviewed: YYYY-MM` (and a one-line `review:` note for contributors) in
their front matter once a reviewer who did not write them has checked their claims against the
AWS documentation; tests/site/test_reviews.py requires it and keeps it newer than the page's data.
"""

from __future__ import annotations

import calendar
import re
from typing import Any

from mkdocs.exceptions import PluginError

_H1_END = re.compile(r"</h1>")
REVIEWED = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")


def month_name(reviewed: str) -> str:
    """'2026-12' -> 'December 2026'; ValueError for anything else."""
    match = REVIEWED.match(str(reviewed))
    if not match:
        raise ValueError(f"reviewed: expected YYYY-MM, got {reviewed!r}")
    return f"{calendar.month_name[int(match.group(2))]} {match.group(1)}"


def stamp(html: str, reviewed: str) -> str:
    line = (
        f'<p class="dea-reviewed">Facts checked {month_name(reviewed)}</p>'
    )
    return _H1_END.sub(lambda m: m.group(0) + "\n" + line, html, count=1)


def on_page_content(html: str, page: Any, **_: object) -> str:
    reviewed = page.meta.get("reviewed")
    if not reviewed:
        return html
    try:
        return stamp(html, reviewed)
    except ValueError as exc:
        raise PluginError(f"docs/{page.file.src_uri}: front matter {exc}") from None
