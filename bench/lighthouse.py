"""`make lighthouse`: Lighthouse (mobile preset) on the pages that weigh most, served with gzip.

Builds the site, serves it on 127.0.0.1 with gzip as GitHub Pages does, runs the pinned
Lighthouse from bench/lighthouse/ in Debian's Chromium over the home page, the longest teaching
page, compare/ and the mock exam, and writes their four category scores and the metrics behind
performance to bench/results.md. Budgets: performance 95, the other three 100.

    python -m bench.lighthouse [--page PATH ...]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench.results_file import write_section
from tests.serve import serve

ROOT = Path(__file__).resolve().parent.parent
CLI = ROOT / "bench" / "lighthouse" / "node_modules" / "lighthouse" / "cli" / "index.js"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
BUDGET = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}
METRICS = {
    "first-contentful-paint": ("FCP", "s"),
    "largest-contentful-paint": ("LCP", "s"),
    "total-blocking-time": ("TBT", "ms"),
    "cumulative-layout-shift": ("CLS", ""),
    "dom-size": ("DOM elements", ""),
}
# Same flags as the browser tests: no background traffic, nothing downloaded.
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run "
    "--disable-background-networking --disable-component-update --disable-sync"
)
TEACHING = ("ingestion", "store", "operations", "security")


@dataclass(frozen=True)
class Result:
    page: str
    scores: dict[str, int]
    metrics: dict[str, float]


def chromium() -> str:
    for name in (os.environ.get("CHROMIUM_PATH"), "chromium", "chromium-browser"):
        if name and (path := shutil.which(name)):
            return path
    sys.exit("make lighthouse needs Chromium: sudo apt-get install chromium")


def longest_teaching_page(site: Path) -> str:
    pages = [p for folder in TEACHING for p in (site / folder).glob("*/index.html")]
    longest = max(pages, key=lambda p: p.stat().st_size)
    return longest.parent.relative_to(site).as_posix() + "/"


def build(site: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=ROOT, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"}, check=True,
        stdout=subprocess.DEVNULL,
    )  # fmt: skip


def audit(url: str, page: str, out: Path, browser: str) -> Result:
    report = out / f"{page.strip('/').replace('/', '_') or 'home'}.json"
    subprocess.run(
        ["node", str(CLI), url + page, "--quiet", "--output=json", f"--output-path={report}",
         f"--only-categories={','.join(CATEGORIES)}", f"--chrome-flags={CHROME_FLAGS}"],
        env={**os.environ, "CHROME_PATH": browser}, check=True,
    )  # fmt: skip
    data = json.loads(report.read_text(encoding="utf-8"))
    scores = {c: round(100 * (data["categories"][c]["score"] or 0)) for c in CATEGORIES}
    metrics = {k: data["audits"][k]["numericValue"] for k in METRICS if k in data["audits"]}
    return Result(page or "(home)", scores, metrics)


def _metric(key: str, value: float) -> str:
    unit = METRICS[key][1]
    if unit == "s":
        return f"{value / 1000:.1f} s"
    if unit == "ms":
        return f"{value:.0f} ms"
    return f"{value:.2f}" if key == "cumulative-layout-shift" else f"{value:,.0f}"


def table(results: list[Result]) -> str:
    head = ["page", *CATEGORIES, *(label for label, _ in METRICS.values())]
    lines = ["| " + " | ".join(head) + " |", "|---|" + "---:|" * (len(head) - 1)]
    for r in results:
        cells = [f"`{r.page}`"]
        for c in CATEGORIES:
            mark = "" if r.scores[c] >= BUDGET[c] else " **below budget**"
            cells.append(f"{r.scores[c]}{mark}")
        cells += [_metric(k, r.metrics[k]) if k in r.metrics else "–" for k in METRICS]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--page", action="append", help="page path instead of the default four")
    args = parser.parse_args(argv)
    if not CLI.is_file():
        sys.exit("Lighthouse is not installed: run `make lighthouse` (npm ci in bench/lighthouse)")
    browser = chromium()
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        build(site)
        pages = args.page or ["", longest_teaching_page(site), "compare/", "practice/mock-exam/"]
        with serve(site, gzip=True) as url:
            results = [audit(url, page, Path(tmp), browser) for page in pages]
    version = json.loads((CLI.parent.parent / "package.json").read_text())["version"]
    body = (
        f"Measured {time.strftime('%Y-%m-%d')} by `make lighthouse`: Lighthouse {version}, "
        "mobile preset (simulated slow 4G and CPU slowdown), Debian Chromium, the built site "
        "served with gzip on 127.0.0.1. Budgets: performance 95, the others 100.\n\n"
        + table(results)
    )
    print(write_section("Lighthouse (mobile)", body))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
