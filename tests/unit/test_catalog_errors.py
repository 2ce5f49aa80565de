"""Each bad fixture breaks the minimal data tree in one way.

The error must name the file, the line and the field."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from macros.catalog import DataError, load_catalog

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
CASES = sorted(p.name for p in (FIXTURES / "bad").iterdir() if p.is_dir())


def _tree(tmp_path: Path, case: str | None) -> Path:
    shutil.copytree(FIXTURES / "minimal", tmp_path, dirs_exist_ok=True)
    if case:
        shutil.copytree(FIXTURES / "bad" / case, tmp_path, dirs_exist_ok=True)
        (tmp_path / "expected.txt").unlink()
    return tmp_path


def test_minimal_tree_is_valid(tmp_path: Path) -> None:
    cat = load_catalog(_tree(tmp_path, None))
    assert set(cat.services) == {"amazon-s3", "amazon-sqs"}
    assert [q.id for q in cat.questions] == ["1.1-001", "1.1-002"]


def test_there_is_a_fixture_for_every_failure_kind() -> None:
    assert len(CASES) >= 12


@pytest.mark.parametrize("case", CASES)
def test_bad_fixture_is_reported_with_file_line_and_field(tmp_path: Path, case: str) -> None:
    expected = (FIXTURES / "bad" / case / "expected.txt").read_text().splitlines()
    with pytest.raises(DataError) as info:
        load_catalog(_tree(tmp_path, case))
    reported = [str(p) for p in info.value.problems]
    for line in expected:
        assert line in reported, f"{case}: expected {line!r}, got {reported}"
    assert len(reported) == len(expected), reported


def test_every_problem_is_listed_in_the_message(tmp_path: Path) -> None:
    with pytest.raises(DataError) as info:
        load_catalog(_tree(tmp_path, "several-files"))
    message = str(info.value)
    assert message.startswith("3 problem(s) in data/:")
    assert "data/services/amazon-sqs.yaml:6: sumary:" in message
    assert "data/questions/1.1.yaml:35: [1].answer:" in message
