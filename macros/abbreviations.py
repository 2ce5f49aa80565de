"""MkDocs hook: a glossary abbreviation is marked once per section, not at every use.

The glossary is appended to every page, so the abbr extension wraps every "API" or "DMS" in an
<abbr> with its expansion: 255 of them on the longest page, each underlined. The reader needs
the expansion where a section first uses the term (sections are reached directly through links
and search); later uses in the same section become plain text.
"""

from __future__ import annotations

import re

_SECTION = re.compile(r"(?=<h2[ >])")
_ABBR = re.compile(r'<abbr title="[^"]*">([^<]*)</abbr>')


def first_per_section(html: str) -> str:
    sections = []
    for section in _SECTION.split(html):
        seen: set[str] = set()

        def keep_first(match: re.Match[str], seen: set[str] = seen) -> str:
            term = match.group(1)
            if term in seen:
                return term
            seen.add(term)
            return match.group(0)

        sections.append(_ABBR.sub(keep_first, section))
    return "".join(sections)


def on_page_content(html: str, **_: object) -> str:
    return first_per_section(html)
