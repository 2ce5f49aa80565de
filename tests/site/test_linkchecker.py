"""A second opinion on links: LinkChecker (a tool we did not write) over the built site.

It walks the offline build from file://index.html, where every page is an .html file (over
HTTP the same walk took a minute instead of seconds). Internal links only: anything that is not
a file: URL is syntax-checked and never fetched. Links with a #fragment are left to our own
check of every href and anchor in the built HTML (tests/site/test_links.py): at full size the
site has about 6,000 of them, and LinkChecker's anchor check re-reads the target page for each,
which took over five minutes on two cores; without them the walk takes seconds.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

CONFIG = """\
[checking]
threads=20
"""


def linkchecker() -> str:
    found = Path(sys.executable).with_name("linkchecker")
    return str(found) if found.exists() else (shutil.which("linkchecker") or "linkchecker")


@pytest.fixture
def readable_copy(offline_site: Path) -> Iterator[Path]:
    """Run as root, LinkChecker drops to the `nobody` user, who cannot enter pytest's private
    temp folders: check a world-readable copy instead."""
    top = Path(tempfile.mkdtemp(prefix="dea-linkcheck-"))
    try:
        top.chmod(0o755)
        shutil.copytree(offline_site, top / "site")
        (top / "linkcheckerrc").write_text(CONFIG, encoding="utf-8")
        for path in [top, *top.rglob("*")]:
            path.chmod(0o755 if path.is_dir() else 0o644)
        yield top
    finally:
        shutil.rmtree(top, ignore_errors=True)


def test_linkchecker_finds_no_broken_internal_link(readable_copy: Path) -> None:
    config = readable_copy / "linkcheckerrc"
    offline_site = readable_copy / "site"
    proc = subprocess.run(
        [
            linkchecker(), "--config", str(config), "--no-status",
            "--ignore-url", r"^(?!file:)",      # external: syntax only, never fetched
            "--ignore-url", r"#",               # fragments: checked by tests/site/test_links.py
            (offline_site / "index.html").as_uri(),
        ],
        capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    summary = [line for line in proc.stdout.splitlines() if "links in" in line]
    output = f"linkchecker exit {proc.returncode}:\n{proc.stdout}\n{proc.stderr}"
    assert proc.returncode == 0, output
    assert summary and " 0 warnings found. 0 errors found" in summary[0], proc.stdout
    checked = int(summary[0].split(" links in ")[1].split()[0])
    if checked < 100:
        pytest.fail(f"LinkChecker only saw {checked} URLs; did it walk the site?\n{proc.stdout}")
