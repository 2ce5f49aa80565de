"""The Python samples are clean code, as a reader would copy them: they compile and pass ruff.

Readers paste these files into their own projects, so a sample should not carry an unused
import or a line that ruff's default rules flag. The project's own ruff settings apply.
"""

from __future__ import annotations

import py_compile
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PYTHON_SAMPLES = sorted((ROOT / "docs" / "examples").rglob("*.py"))


@pytest.mark.parametrize("path", PYTHON_SAMPLES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_sample_compiles(path: Path, tmp_path: Path) -> None:
    py_compile.compile(str(path), cfile=str(tmp_path / "sample.pyc"), doraise=True)


def test_samples_pass_ruff() -> None:
    ruff = Path(sys.executable).with_name("ruff")
    if not ruff.exists():
        pytest.skip("ruff is not installed next to this Python")
    files = [str(p.relative_to(ROOT)) for p in PYTHON_SAMPLES]
    run = subprocess.run([str(ruff), "check", "--no-cache", *files], cwd=ROOT,
                         capture_output=True, text=True, check=False)  # fmt: skip
    assert run.returncode == 0, run.stdout + run.stderr
