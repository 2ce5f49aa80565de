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


def test_data_matches_what_pyyaml_builds(tmp_path: Path) -> None:
    # The walk builds plain strings itself and hands every other scalar to PyYAML.
    import yaml

    text = (
        'id: "007"\ncount: 7\nratio: 0.5\non: true\nnothing: null\nday: 2026-12-05\n'
        "items:\n  - plain text\n  - 'quoted: yes'\n  - [1, two]\nnested: {a: 1, 2: b}\n"
        "folded: >-\n  one\n  two\n"
    )
    path = tmp_path / "x.yaml"
    path.write_text(text)
    assert load(path).data == yaml.safe_load(text)


def test_merge_key_is_refused_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text("base: &b\n  a: 1\nother:\n  <<: *b\n  c: 2\n")
    with pytest.raises(YamlProblem) as info:
        load(path)
    assert info.value.line == 4
    assert "merge keys" in info.value.message
