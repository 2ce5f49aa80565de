"""Every code sample under docs/examples/ is exercised by a test and shown, captioned, on a page.

A sample is tested when a test module under tests/examples/ names its file; it is shown when a
page includes it with pymdownx.snippets (--8<-- "examples/...") inside a fenced block whose
title says how it is tested ("... (tested: runs against moto)"), so a reader knows the code ran.
New samples need all three, so a file nobody runs, a tested file no reader sees, or a sample
shown without saying it is tested fails here with its path.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "docs" / "examples"
TESTS = Path(__file__).resolve().parent
SAMPLES = sorted(p for p in EXAMPLES.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
INCLUDE = re.compile(r'--8<--\s+"(?:docs/)?(examples/[^"]+)"')
TITLED_FENCE = re.compile(r'^\s*```\w+\s+title="[^"]*\btested\b[^"]*"\s*$', re.IGNORECASE)

# The kinds of sample issue 15 asks for, by folder, with the least number of files each.
KINDS = {
    "boto3": 10,  # Python run against moto
    "cloudformation": 4,  # templates checked with cfn-lint
    "stepfunctions": 3,  # state machines checked structurally
    "policies": 10,  # JSON policies decided on sample requests
    "sql": 20,  # DuckDB SQL with exact rows
    "redshift": 8,  # Redshift SQL parsed with sqlglot
}


def includes() -> list[tuple[Path, int, str, str]]:
    """(page, line number, included sample, the fence line above it) for every include."""
    found = []
    for page in (ROOT / "docs").rglob("*.md"):
        lines = page.read_text(encoding="utf-8").splitlines()
        for i, line in enumerate(lines):
            m = INCLUDE.search(line)
            if m:
                found.append((page, i + 1, m.group(1), lines[i - 1] if i else ""))
    return found


def test_there_are_enough_samples_of_every_kind() -> None:
    assert len(SAMPLES) >= 40
    for folder, least in KINDS.items():
        count = len([p for p in SAMPLES if p.relative_to(EXAMPLES).parts[0] == folder])
        assert count >= least, f"docs/examples/{folder}/ has {count} samples, expected {least}+"


def test_every_sample_is_named_by_a_test() -> None:
    tests = "\n".join(p.read_text(encoding="utf-8") for p in TESTS.glob("test_*.py"))
    untested = [p.relative_to(ROOT).as_posix() for p in SAMPLES if p.name not in tests]
    assert not untested, f"samples no test names: {untested}"


def test_every_sample_is_shown_on_a_page() -> None:
    shown = {sample for _, _, sample, _ in includes()}
    hidden = [p.relative_to(ROOT).as_posix() for p in SAMPLES
              if p.relative_to(ROOT / "docs").as_posix() not in shown]  # fmt: skip
    assert not hidden, f"samples no page includes: {hidden}"


def test_every_included_sample_says_it_is_tested() -> None:
    bare = [
        f"{page.relative_to(ROOT)}:{line}: {sample}"
        for page, line, sample, fence in includes()
        if not TITLED_FENCE.match(fence)
    ]
    assert not bare, "give the fence a title saying how it is tested:\n" + "\n".join(bare)
