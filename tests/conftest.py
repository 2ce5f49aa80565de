"""Shared fixtures: project paths, the real catalog, and one strict build per session."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from macros.catalog import Catalog, load_catalog

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
DATA = ROOT / "data"


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return load_catalog(ROOT)


@dataclass(frozen=True)
class Build:
    site: Path
    log: str
    returncode: int


def strict_build(site: Path, **env: str) -> Build:
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=ROOT,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **env},
        capture_output=True,
        text=True,
        check=False,
    )
    return Build(site, proc.stdout + proc.stderr, proc.returncode)


@pytest.fixture(scope="session")
def build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """One `mkdocs build --strict` for every site test."""
    return strict_build(tmp_path_factory.mktemp("site"))


@pytest.fixture(scope="session")
def site(build: Build) -> Path:
    if build.returncode != 0:
        pytest.fail(f"mkdocs build --strict failed:\n{build.log}")
    return build.site


@pytest.fixture(scope="session")
def offline_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The `make offline` build (Material's offline plugin: .html URLs, search from file://)."""
    offline = strict_build(tmp_path_factory.mktemp("offline-site"), OFFLINE="true")
    if offline.returncode != 0:
        pytest.fail(f"offline build failed:\n{offline.log}")
    return offline.site
