"""A wrong macro call in a page stops the build with the page, its line and the message alone."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from macros.page_errors import body_offset

ROOT = Path(__file__).resolve().parent.parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "pages" / "bad-macro-call"


def test_a_wrong_fact_key_names_page_and_line_without_a_traceback(tmp_path: Path) -> None:
    site = tmp_path / "project"
    shutil.copytree(FIXTURE, site)
    (site / "macros").symlink_to(ROOT / "macros")  # the real macros and the real data/
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "out")],
        cwd=site,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
        check=False,
    )
    log = proc.stdout + proc.stderr
    expected = (FIXTURE / "expected.txt").read_text().strip()
    assert proc.returncode != 0, log
    assert expected in log, log
    assert "Traceback" not in log, log


def test_front_matter_lines_are_counted() -> None:
    assert body_offset("---\ntitle: x\n---\n\n# Page\n") == 4
    assert body_offset("# Page\ntext\n") == 0


def test_messages_name_the_macro_once() -> None:
    from macros.page_errors import message_of

    def fact(service_id, key):  # noqa: ANN001, ARG001 - the shape of a macro
        return ""

    try:
        fact("amazon-s3")  # type: ignore[call-arg]
    except TypeError as exc:
        assert message_of("fact", exc) == (
            "fact() missing 1 required positional argument: 'key'"
        )
    assert message_of("fact", KeyError("unknown fact 'x'")) == "fact(): unknown fact 'x'"
