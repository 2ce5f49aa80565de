"""bench/results.md holds one section per benchmark; each run replaces only its own section."""

from __future__ import annotations

import re
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results.md"
TITLE = "# Benchmark results\n"


def replace_section(text: str, heading: str, body: str) -> str:
    """text with the section `## heading` set to body (added at the end if missing)."""
    block = f"## {heading}\n\n{body.strip()}\n"
    # Text before the first section is replaced by the title: each section dates itself.
    sections = re.split(r"(?m)^(?=## )", text.strip() + "\n")[1:] if text.strip() else []
    for i, section in enumerate(sections):
        if section.splitlines()[0] == f"## {heading}":
            sections[i] = block
            break
    else:
        sections.append(block)
    return TITLE + "\n" + "\n".join(s.rstrip() + "\n" for s in sections)


def write_section(heading: str, body: str, path: Path = RESULTS) -> str:
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    new = replace_section(text, heading, body)
    path.write_text(new, encoding="utf-8")
    return new
