from __future__ import annotations

from pathlib import Path

import pytest

from macros.yamlsource import YamlProblem, load


def test_lines_of_keys_and_items(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text("# comment\nid: a\nfacts:\n  - key: k\n    value: v\n  - key: j\n")
    doc = load(path)
    assert doc.line_of(("id",)) == 2
    assert doc.line_of(("facts", 1)) == 6
    assert doc.line_of(("facts", 0, "value")) == 5
    # A missing field points at the closest parent that exists.
    assert doc.line_of(("facts", 1, "value")) == 6


def test_duplicate_key_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text("id: a\nname: b\nid: c\n")
    with pytest.raises(YamlProblem) as info:
        load(path)
    assert info.value.line == 3
    assert "'id' appears twice" in info.value.message
