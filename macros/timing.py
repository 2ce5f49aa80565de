"""Optional timings of our part of the build, for `make bench` (bench/run.py).

Off unless DEA_MACRO_TIMINGS names a file: then the macros module records the catalog load, the
time the macros plugin spends rendering each page (from its pre/post page hooks: Jinja plus our
macro calls) and the JSON export, and writes them there as JSON when the build ends.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

ENV = "DEA_MACRO_TIMINGS"


class Timings:
    def __init__(self) -> None:
        self.target = os.environ.get(ENV)
        self.seconds: dict[str, float] = {"load": 0.0, "render": 0.0, "export": 0.0}
        self.pages = 0
        self._started: float | None = None

    def add(self, key: str, since: float) -> None:
        self.seconds[key] += time.perf_counter() - since

    def page_started(self) -> None:
        self._started = time.perf_counter()

    def page_done(self) -> None:
        if self._started is not None:
            self.add("render", self._started)
            self.pages += 1
            self._started = None

    def write(self) -> None:
        if self.target:
            data = {**self.seconds, "pages": self.pages}
            Path(self.target).write_text(json.dumps(data), encoding="utf-8")
