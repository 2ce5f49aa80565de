"""Name the sample file in every failing example test.

A test that runs docs/examples/sql/dedup_latest.sql fails with DuckDB's error or an assertion on
rows; neither says which file a contributor has to open. This hook finds the sample files a
failing test is about (its parameters first, then the file names its own source code mentions,
then those its module mentions) and puts them in front of the failure message, so the one-line
summary reads "FAILED ...::test_x - [docs/examples/sql/dedup_latest.sql] assert ...".
"""

from __future__ import annotations

import importlib.util
import inspect
import re
import sys
import types
from collections.abc import Iterable
from pathlib import Path

import boto3
import pytest
from moto import mock_aws

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "docs" / "examples"


def sample_paths() -> dict[str, list[str]]:
    """Every sample's file name -> its repository paths (two folders may share a name)."""
    found: dict[str, list[str]] = {}
    for path in sorted(EXAMPLES.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            found.setdefault(path.name, []).append(path.relative_to(ROOT).as_posix())
    return found


def samples_named(texts: Iterable[str], known: dict[str, list[str]]) -> list[str]:
    """Repository paths of the samples whose file names (or paths) appear in the texts."""
    hits: list[str] = []
    for text in texts:
        for name, paths in known.items():
            if not re.search(rf"(?<![\w.-]){re.escape(name)}(?![\w-]|\.\w)", text):
                continue
            # A path in the text ("redshift/copy_orders.sql") picks the right one of two namesakes.
            exact = [p for p in paths if p.split("docs/examples/", 1)[1] in text]
            for path in exact or paths:
                if path not in hits:
                    hits.append(path)
    return hits


def _names(code: types.CodeType) -> set[str]:
    """Global names a function's code (nested functions included) refers to."""
    names = set(code.co_names)
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            names |= _names(const)
    return names


def function_texts(function: types.FunctionType, depth: int = 2) -> list[str]:
    """A test's source, the string constants it uses, and the helpers it calls (two levels)."""
    texts: list[str] = []
    try:
        texts.append(inspect.getsource(function))
    except (OSError, TypeError):
        return texts
    for name in sorted(_names(function.__code__)):
        value = function.__globals__.get(name)
        if isinstance(value, str | Path):
            texts.append(str(value))
        elif isinstance(value, types.ModuleType) and getattr(value, "__file__", None):
            texts.append(str(value.__file__))  # a sample imported with sample_module()
        elif (
            depth > 0
            and isinstance(value, types.FunctionType)
            and value.__module__ == function.__module__
        ):
            texts.extend(function_texts(value, depth - 1))
    return texts


def samples_of(item: pytest.Item, known: dict[str, list[str]]) -> list[str]:
    params = getattr(getattr(item, "callspec", None), "params", {})
    found = samples_named((str(v) for v in params.values()), known)
    if found:
        return found
    function = getattr(item, "function", None)
    if isinstance(function, types.FunctionType):
        found = samples_named(function_texts(function), known)
        if found:
            return found
    module = getattr(item, "module", None)
    if module is not None:
        try:
            found = samples_named([inspect.getsource(module)], known)
        except (OSError, TypeError):
            found = []
    return found if len(found) <= 3 else []


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):  # noqa: ANN201
    outcome = yield
    report = outcome.get_result()
    if not report.failed:
        return
    paths = samples_of(item, sample_paths())
    if not paths:
        return
    label = ", ".join(paths)
    report.sections.append(("Sample under test", label))
    crash = getattr(report.longrepr, "reprcrash", None)
    if crash is not None and not crash.message.startswith("["):
        crash.message = f"[{label}] {crash.message}"


# --- boto3 samples ----------------------------------------------------------------------

REGION = "eu-west-1"


def sample_module(relative: str) -> types.ModuleType:
    """Import a sample such as 'boto3/s3_events.py' from docs/examples/ as a module."""
    path = EXAMPLES / relative
    name = "sample_" + path.stem
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader, path
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up here
    # No __pycache__ under docs/: MkDocs would publish it with the samples.
    writes, sys.dont_write_bytecode = sys.dont_write_bytecode, True
    try:
        spec.loader.exec_module(module)
    finally:
        sys.dont_write_bytecode = writes
    return module


@pytest.fixture
def aws(monkeypatch: pytest.MonkeyPatch):
    """Every AWS call inside the test goes to moto's in-memory fakes, never to AWS."""
    for var in ("AWS_PROFILE", "AWS_DEFAULT_PROFILE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("AWS_DEFAULT_REGION", REGION)
    with mock_aws(config={"lambda": {"use_docker": False}}):
        yield boto3.session.Session(region_name=REGION)
