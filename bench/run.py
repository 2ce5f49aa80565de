"""`make bench`: how long the site takes to build and test, and how heavy it is to load.

Writes a Markdown table to bench/results.md and prints it; a figure over its budget is marked.
Not a test: timings vary between machines, so budgets carry headroom and a human reads them.

    python -m bench.run [--builds N] [--no-tests]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from bench.lighthouse import longest_teaching_page
from bench.results_file import write_section

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
# Pages whose transfer size we watch: the home page, the longest teaching page (the one
# `make lighthouse` audits) and the mock exam with what an attempt loads (its scripts and the
# question bank, data/questions.js). label -> (page, or None for the longest; budget in KB).
WEIGHED = {
    "home page": ("", 120),
    "longest teaching page": (None, 150),
    "mock exam attempt (practice/mock-exam/ + scripts + bank)": ("practice/mock-exam/", 250),
}
# What practice-boot.js loads on the mock exam page, besides the assets its HTML names.
EXAM_LOADS = (
    "assets/javascripts/practice-core.js",
    "assets/javascripts/practice-ui.js",
    "assets/javascripts/practice-exam.js",
    "data/questions.js",
)
# What the incremental rebuild needs besides docs/: data, macros, templates, snippet sources.
PROJECT = ("mkdocs.yml", "docs", "data", "macros", "overrides", "CONTRIBUTING.md")


@dataclass(frozen=True)
class Figure:
    name: str
    value: float | None  # None: not measured (e.g. a page that is not built yet)
    unit: str  # "s", "KB", "MB", "%"
    budget: float | None = None
    note: str = ""

    @property
    def over(self) -> bool:
        return self.value is not None and self.budget is not None and self.value > self.budget


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "not built"
    if unit == "%":
        return f"{value:.0f} %"
    if unit == "s":
        return f"{value:.2f} s"
    return f"{value:,.1f} {unit}"


def format_table(figures: Iterable[Figure]) -> str:
    lines = ["| measure | value | budget | status |", "|---|---:|---:|---|"]
    for f in figures:
        budget = "–" if f.budget is None else _fmt(f.budget, f.unit)
        if f.value is None:
            status = f.note or "page not built yet"
        else:
            status = "**OVER BUDGET**" if f.over else "ok"
            if f.note:
                status += f" ({f.note})"
        lines.append(f"| {f.name} | {_fmt(f.value, f.unit)} | {budget} | {status} |")
    return "\n".join(lines) + "\n"


# --- measurements -----------------------------------------------------------------------------


def build(site: Path, extra_env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(site)],
        cwd=ROOT, env={**ENV, **(extra_env or {})}, check=True,
    )  # fmt: skip
    return time.perf_counter() - start


def without_macros(site: Path) -> float:
    """Wall time of the same site built without the macros plugin: pages keep their macro calls
    as text, so the difference from a normal build is what our macros cost."""
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    plain = re.sub(r"(?ms)^  - macros:\n(?:      .*\n)+", "", text)
    if plain == text:
        raise RuntimeError("bench: could not find the macros plugin in mkdocs.yml")
    # Next to mkdocs.yml, so that relative paths (docs, overrides, hooks) still resolve.
    config = ROOT / ".bench-without-macros.yml"
    config.write_text(plain, encoding="utf-8")
    try:
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--quiet", "-f", str(config),
             "--site-dir", str(site)],
            cwd=ROOT, env=ENV, check=True,
        )  # fmt: skip
        return time.perf_counter() - start
    finally:
        config.unlink()


def timed_build(site: Path) -> tuple[float, float]:
    """Wall time of one strict build, and the seconds of it spent in our catalog load, the
    macros plugin's page rendering (Jinja compile and our macro calls) and the JSON export
    (macros/timing.py records them from the plugin's hooks)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "timings.json"
        wall = build(site, {"DEA_MACRO_TIMINGS": str(out)})
        data = json.loads(out.read_text(encoding="utf-8"))
    return wall, data["load"] + data["render"] + data["export"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=2) as r:  # noqa: S310 - local dev server
            return r.read().decode("utf-8", "replace")
    except OSError:
        return None


def incremental_rebuild(page: str = "ingestion/messaging.md", timeout: float = 120) -> float:
    """Seconds from saving one page under `mkdocs serve --dirty` (as `make serve` runs it) to
    the server returning the new page. Runs on a copy of the project so the working tree is
    never touched."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp)
        for name in PROJECT:
            src = ROOT / name
            (shutil.copytree if src.is_dir() else shutil.copy2)(src, copy / name)
        port = _free_port()
        url = f"http://127.0.0.1:{port}/" + page.removesuffix(".md") + "/"
        serve = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "--dirty", "--dev-addr", f"127.0.0.1:{port}"],
            cwd=copy, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        try:
            deadline = time.monotonic() + timeout
            while _get(url) is None:
                if time.monotonic() > deadline or serve.poll() is not None:
                    raise RuntimeError("mkdocs serve did not come up")
                time.sleep(0.1)
            time.sleep(1.0)  # let the watcher settle after the first build
            marker = f"bench-marker-{time.time_ns()}"
            with (copy / "docs" / page).open("a", encoding="utf-8") as f:
                f.write(f"\n\n{marker}\n")
            start = time.perf_counter()
            while marker not in (_get(url) or ""):
                if time.monotonic() > deadline:
                    raise RuntimeError("the edited page was never rebuilt")
                time.sleep(0.05)
            return time.perf_counter() - start
        finally:
            serve.terminate()
            try:
                serve.wait(timeout=10)
            except subprocess.TimeoutExpired:
                serve.kill()


def tree_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


_ASSET = re.compile(
    r'<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"|<script[^>]+src="([^"]+)"', re.IGNORECASE
)


def transfer_size(site: Path, page: str) -> int | None:
    """Gzipped bytes of a page's HTML plus the local CSS and JS it loads; None if not built."""
    html_file = site / page / "index.html"
    if not html_file.is_file():
        return None
    html = html_file.read_text(encoding="utf-8")
    total = len(gzip.compress(html.encode(), 6))
    for m in _ASSET.finditer(html):
        ref = (m.group(1) or m.group(2)).split("?")[0]
        if "://" in ref:
            continue
        asset = (html_file.parent / ref).resolve()
        if asset.is_file():
            total += len(gzip.compress(asset.read_bytes(), 6))
    return total


def test_suite_seconds() -> float:
    start = time.perf_counter()
    # As `make test` runs it: spread over every core.
    subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-n", "auto",
                    "--dist", "worksteal"],
                   cwd=ROOT, env=ENV, check=False, stdout=subprocess.DEVNULL)  # fmt: skip
    return time.perf_counter() - start


# --- report -----------------------------------------------------------------------------------

KB, MB = 1024, 1024 * 1024


def site_scale() -> str:
    """How big the measured site is: pages, words of Markdown, questions, services."""
    docs = [p for p in (ROOT / "docs").rglob("*.md")]
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in docs)
    questions = sum(
        len(re.findall(r"(?m)^- id:", p.read_text(encoding="utf-8")))
        for p in (ROOT / "data" / "questions").glob("*.yaml")
    )
    services = len(list((ROOT / "data" / "services").glob("*.yaml")))
    return (
        f"{len(docs)} Markdown pages, {words:,} words, {questions} questions, "
        f"{services} service files"
    )


def measure(builds: int, tests: bool) -> list[Figure]:
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        runs = [timed_build(site) for _ in range(builds)]
        plain = [without_macros(Path(tmp) / "site-plain") for _ in range(builds)]
        full = statistics.median(wall for wall, _ in runs)
        ours = statistics.median(share for _, share in runs)
        bare = statistics.median(plain)
        figures = [
            Figure(f"full strict build (median of {builds})", full, "s", 8),
            Figure("our macros: catalog load + page rendering + export (median)", ours, "s"),
            Figure("our macros' share of the build", 100 * ours / full, "%", 15),
            # Not the macros' cost alone: without them the pages also lose the tables and cards
            # the macros write, so Markdown, the theme and search have less to do.
            Figure(
                f"same site without the macros plugin (median of {builds})",
                bare,
                "s",
                note="pages keep their macro calls as text",
            ),  # fmt: skip
            Figure(
                "edit one page under `make serve` until the server has it",
                incremental_rebuild(),
                "s",
                2,
            ),  # fmt: skip
            Figure("total site size", tree_size(site) / MB, "MB", 15),
        ]
        for label, (page, budget) in WEIGHED.items():
            if page is None:
                page = longest_teaching_page(site)
                label = f"{label} ({page})"
            size = transfer_size(site, page)
            if size is not None and page == "practice/mock-exam/":
                size += sum(len(gzip.compress((site / f).read_bytes(), 6)) for f in EXAM_LOADS)
            figures.append(Figure(f"transfer, gzip HTML+CSS+JS: {label}",
                                  None if size is None else size / KB, "KB", budget))  # fmt: skip
        index = site / "search" / "search_index.json"
        raw = index.read_bytes()
        # No page loads the index: it is fetched once, when a reader first opens search
        # (macros/lazy_search.py), so it weighs on that first search, not on any page view.
        # Budget: about three seconds on a slow 4G link (1.6 Mbit/s) for that first search.
        figures += [
            Figure("search index, raw (fetched when search first opens)", len(raw) / KB, "KB"),
            Figure("search index, gzip", len(gzip.compress(raw, 6)) / KB, "KB", 640),
        ]
    if tests:
        seconds = test_suite_seconds()
        figures.append(Figure("test suite, run as `make test` runs it", seconds, "s", 420))
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--builds", type=int, default=5, help="full builds to take the median of")
    parser.add_argument("--no-tests", action="store_true", help="skip timing the test suite")
    args = parser.parse_args(argv)
    figures = measure(args.builds, not args.no_tests)
    body = (
        f"Measured {time.strftime('%Y-%m-%d')} by `make bench` on {os.cpu_count()} CPUs "
        f"(Python {sys.version.split()[0]}) at this size: {site_scale()}. Budgets have "
        "headroom; an over-budget figure is a signal to look, not a failed build.\n\n"
        + format_table(figures)
    )
    print(write_section("Build, page weight and tests", body))
    return 0  # over-budget figures are marked in the table, for a human to judge


if __name__ == "__main__":
    raise SystemExit(main())
