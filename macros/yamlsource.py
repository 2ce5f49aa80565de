"""Read YAML while remembering the line of every key and list item.

Pydantic reports where a problem is as a path such as ("facts", 2, "value"); the line map
turns that path into the line a contributor has to fix. Each file is parsed once, and one walk
over the node tree records the lines, refuses duplicate keys and builds the data (plain strings,
most of every file, directly; other scalars through PyYAML's constructor). libyaml's
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
        return YamlDoc(_walk(node, (), lines, loader), lines)
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


_STR = "tag:yaml.org,2002:str"
_MERGE = "tag:yaml.org,2002:merge"


def _walk(node: yaml.Node, loc: Loc, lines: dict[Loc, int], loader: Any) -> Any:  # noqa: ANN401
    lines.setdefault(loc, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        out: dict[Any, Any] = {}
        seen: set[str] = set()
        for key_node, value_node in node.value:
            if key_node.tag == _MERGE:
                raise YamlProblem(key_node.start_mark.line + 1, "merge keys (<<) are not used here")
            key = key_node.value
            if key in seen:
                # PyYAML keeps the last duplicate silently; that hides edits, so refuse.
                raise YamlProblem(key_node.start_mark.line + 1, f"key {key!r} appears twice")
            seen.add(key)
            lines[loc + (key,)] = key_node.start_mark.line + 1
            out[_scalar(key_node, loader)] = _walk(value_node, loc + (key,), lines, loader)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_walk(item, loc + (i,), lines, loader) for i, item in enumerate(node.value)]
    return _scalar(node, loader)


def _scalar(node: yaml.Node, loader: Any) -> Any:  # noqa: ANN401
    if node.tag == _STR:
        return node.value
    return loader.construct_object(node, deep=True)
