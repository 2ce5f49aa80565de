"""Cheap guards for hand-merged text: no conflict markers, and stylesheets whose braces balance.

An unclosed rule silently disables every rule after it, which only a browser test would notice.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
MARKER = re.compile(r"^(<{7} |={7}$|>{7} )", re.M)


def tracked(*patterns: str) -> list[Path]:
    out = subprocess.run(
        ["git", "ls-files", *patterns], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return [ROOT / line for line in out.stdout.splitlines()]


def test_no_merge_conflict_markers() -> None:
    files = tracked("*.py", "*.md", "*.yml", "*.yaml", "*.css", "*.js", "*.html", "Makefile")
    # errors="replace": one data fixture is deliberately not UTF-8.
    texts = {p: p.read_text("utf-8", errors="replace") for p in files}
    bad = [str(p.relative_to(ROOT)) for p, text in texts.items() if MARKER.search(text)]
    assert not bad


@pytest.mark.parametrize("css", tracked("docs/*.css"), ids=lambda p: p.name)
def test_stylesheet_braces_balance(css: Path) -> None:
    text = re.sub(r"/\*.*?\*/", "", css.read_text("utf-8"), flags=re.S)
    depth = 0
    for line_no, line in enumerate(text.splitlines(), start=1):
        depth += line.count("{") - line.count("}")
        assert depth >= 0, f"{css.name}:{line_no}: '}}' without an opening rule"
    assert depth == 0, f"{css.name}: {depth} rule(s) left open"


def _duplicate_keys(node: yaml.Node, path: str = "") -> list[str]:
    found: list[str] = []
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key, value in node.value:
            if key.value in seen:
                found.append(f"{path}{key.value} (line {key.start_mark.line + 1})")
            seen.add(key.value)
            found += _duplicate_keys(value, f"{path}{key.value}.")
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            found += _duplicate_keys(item, path)
    return found


def test_mkdocs_config_repeats_no_key() -> None:
    # YAML keeps the last of two equal keys silently: a second extra_javascript once dropped
    # the practice scripts from every page.
    node = yaml.compose((ROOT / "mkdocs.yml").read_text("utf-8"), Loader=yaml.SafeLoader)
    assert _duplicate_keys(node) == []
    assert _duplicate_keys(yaml.compose("a: 1\nb: 2\na: 3\n")) == ["a (line 3)"]
