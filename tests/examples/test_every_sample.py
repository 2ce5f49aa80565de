"""Every code sample under docs/examples/ is exercised by a test and shown on a page.

A sample is tested when a test module under tests/examples/ names its file; it is shown when a
page includes it with pymdownx.snippets (--8<-- "examples/..."). New samples need both, so a
file nobody runs, or a tested file no reader sees, fails here with its path.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "docs" / "examples"
TESTS = Path(__file__).resolve().parent
SAMPLES = sorted(p for p in EXAMPLES.rglob("*") if p.is_file())
INCLUDE = re.compile(r'--8<--\s+"(?:docs/)?(examples/[^"]+)"')


def test_there_are_samples() -> None:
    assert len(SAMPLES) >= 30


def test_every_sample_is_named_by_a_test() -> None:
    tests = "\n".join(p.read_text(encoding="utf-8") for p in TESTS.glob("test_*.py"))
    untested = [p.relative_to(ROOT).as_posix() for p in SAMPLES if p.name not in tests]
    assert not untested, f"samples no test names: {untested}"


def test_every_sample_is_shown_on_a_page() -> None:
    shown = {
        m.group(1)
        for page in (ROOT / "docs").rglob("*.md")
        for m in INCLUDE.finditer(page.read_text(encoding="utf-8"))
    }
    hidden = [p.relative_to(ROOT).as_posix() for p in SAMPLES
              if p.relative_to(ROOT / "docs").as_posix() not in shown]  # fmt: skip
    assert not hidden, f"samples no page includes: {hidden}"
