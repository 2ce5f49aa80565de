"""Read YAML while remembering the line of every key and list item.

Pydantic reports where a problem is as a path such as ("facts", 2, "value"); the line map
turns that path into the line a contributor has to fix. Each file is parsed once: the node tree
gives the lines and the duplicate-key check, then the same tree is built into data. libyaml's
parser (CSafeLoader, shipped in PyYAML's wheels) does this about ten times faster than the
pure-Python one, which stays as the fallback.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

Loc = tuple[str | int, ...]


class YamlProblem(Exception):
    """A file that is not valid YAML, or that repeats a key."""

    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line = line
        self.message = message


@dataclass(frozen=True)
class YamlDoc:
    data: Any
    lines: dict[Loc, int]

    def line_of(self, loc: Loc) -> int:
        """Line of the deepest part of loc that exists in the file (1-based)."""
        for end in range(len(loc), -1, -1):
            line = self.lines.get(tuple(loc[:end]))
            if line is not None:
                return line
        return 1


def load(path: Path) -> YamlDoc:
    text = _decode(path.read_bytes())
    loader = _SafeLoader(text)
    lines: dict[Loc, int] = {}
    try:
        node = loader.get_single_node()
        if node is None:
            return YamlDoc(None, lines)
        _walk(node, (), lines)  # before construction, which would keep the last duplicate
        return YamlDoc(loader.construct_document(node), lines)
    except yaml.MarkedYAMLError as exc:
        raise _syntax_problem(text, exc) from exc
    finally:
        loader.dispose()


def _syntax_problem(text: str, exc: yaml.MarkedYAMLError) -> YamlProblem:
    # libyaml words some errors differently; on this rare path the pure-Python parser
    # re-reads the file so that messages do not depend on which parser is installed.
    if _SafeLoader is not yaml.SafeLoader:
        try:
            yaml.compose(text, Loader=yaml.SafeLoader)
        except yaml.MarkedYAMLError as pure:
            exc = pure
    mark = exc.problem_mark or exc.context_mark
    line = mark.line + 1 if mark else 1
    return YamlProblem(line, f"invalid YAML: {exc.problem or exc}")


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise YamlProblem(
            line,
            f"not UTF-8: byte 0x{raw[exc.start]:02x} at column {column}; "
            "save the file as UTF-8",
        ) from None


def _walk(node: yaml.Node, loc: Loc, lines: dict[Loc, int]) -> None:
    lines.setdefault(loc, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = key_node.value
            if key in seen:
                # PyYAML keeps the last duplicate silently; that hides edits, so refuse.
                raise YamlProblem(key_node.start_mark.line + 1, f"key {key!r} appears twice")
            seen.add(key)
            lines[loc + (key,)] = key_node.start_mark.line + 1
            _walk(value_node, loc + (key,), lines)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _walk(item, loc + (index,), lines)
