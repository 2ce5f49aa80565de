"""Source-level checks on the Markdown: no stray Jinja, unique headings per page."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from macros import define_env
from tests.conftest import DOCS


class _RecordingEnv:
    """Stands in for the plugin's env so the test learns the macros define_env registers."""

    def __init__(self) -> None:
        self.names: set[str] = set()
        self.macros: dict[str, object] = {}
        self.conf: dict[str, object] = {"mdx_configs": {}}
        self.variables: dict[str, object] = {}
        self.page = None

    def macro(self, func):  # noqa: ANN001, ANN201
        self.names.add(func.__name__)
        self.macros[func.__name__] = func
        return func


def _known_names() -> set[str]:
    env = _RecordingEnv()
    define_env(env)
    return env.names | set(env.variables)


MACROS = _known_names()
EXPRESSION = re.compile(r"\{\{-?\s*(.*?)\s*-?\}\}", re.S)
STATEMENT = re.compile(r"\{%-?\s*(\w+)")
PAGES = sorted(DOCS.rglob("*.md"))


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.relative_to(DOCS).as_posix())
def test_jinja_text_is_only_a_known_macro(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    text = re.sub(r"\{%\s*raw\s*%\}.*?\{%\s*endraw\s*%\}", "", text, flags=re.S)
    for match in EXPRESSION.finditer(text):
        name = re.match(r"[A-Za-z_]\w*", match.group(1))
        assert name and name.group(0) in MACROS, f"unknown Jinja expression {match.group(0)!r}"
    assert not STATEMENT.search(text), "Jinja statements belong in a snippet file or {% raw %}"
    assert "${{" not in text


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.relative_to(DOCS).as_posix())
def test_headings_are_unique_within_a_page(page: Path) -> None:
    headings = re.findall(r"^#{1,6} (.+?)\s*$", page.read_text(encoding="utf-8"), flags=re.M)
    repeated = {h for h in headings if headings.count(h) > 1}
    assert not repeated, f"repeated headings make ambiguous anchors: {sorted(repeated)}"
