"""A wrong macro call in a page stops the build with one line: page:line: macro(): message.

mkdocs-macros catches every exception a macro raises and prints it inside a long traceback.
Mistakes in a page (an unknown fact key, a missing argument) are the writer's, not the code's,
so our macros are wrapped: such an error is recorded with the page line that made the call, the
macro returns nothing, and once the page is rendered the build stops with every recorded line.
Exceptions of other kinds are bugs in our code and keep their traceback.
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError
from mkdocs.utils.meta import get_data

# What a wrong argument raises: an unknown id (KeyError), a bad value (ValueError) or a call
# with missing or extra arguments (TypeError).
WRITER_ERRORS = (LookupError, ValueError, TypeError)


def template_line() -> int | None:
    """The line of the page template whose code is calling us, or None outside a template."""
    frame = sys._getframe(1)
    while frame is not None:
        template = frame.f_globals.get("__jinja_template__")
        if template is not None:
            return template.get_corresponding_lineno(frame.f_lineno)
        frame = frame.f_back
    return None


def body_offset(source: str) -> int:
    """Lines MkDocs removes from the top of a page (front matter) before macros see it."""
    body, _ = get_data(source)
    return source[: len(source) - len(body)].count("\n") if source.endswith(body) else 0


def message_of(name: str, exc: Exception) -> str:
    # str(KeyError) adds quotes around the message; a TypeError names the Python function.
    text = str(exc.args[0]) if isinstance(exc, KeyError) and exc.args else str(exc)
    text = re.sub(r"^[\w.]*<locals>\.", "", text)
    return text if text.startswith(f"{name}(") else f"{name}(): {text}"


@dataclass
class PageErrors:
    found: list[tuple[int | None, str]] = field(default_factory=list)

    def wrap(self, name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(fn)
        def call(*args: Any, **kwargs: Any) -> Any:
            try:
                return fn(*args, **kwargs)
            except WRITER_ERRORS as exc:
                self.found.append((template_line(), message_of(name, exc)))
                return ""

        return call

    def wrap_all(self, macros: dict[str, Callable[..., Any]], module: str) -> None:
        """Wrap the macros defined in our own package (not the plugin's built-ins)."""
        for name, fn in list(macros.items()):
            if getattr(fn, "__module__", "").startswith(module):
                macros[name] = self.wrap(name, fn)

    def raise_for(self, src_uri: str, abs_src_path: str | None) -> None:
        """Stop the build if the page just rendered made a wrong call; forget it otherwise."""
        found, self.found = self.found, []
        if not found:
            return
        offset = 0
        if abs_src_path:
            offset = body_offset(Path(abs_src_path).read_text(encoding="utf-8"))
        lines = [
            f"docs/{src_uri}:{line + offset if line else '?'}: {message}"
            for line, message in found
        ]
        raise PluginError("\n".join(lines))
