"""Every teaching page has been fact-checked by someone who did not write it, and that check is
newer than the data the page shows (issue: every sentence true and our own).

A page records its review in front matter: `reviewed: YYYY-MM` and a one-line `review:` note.
The data a page shows is every service and comparison file its macro calls name; a data file
committed (or changed in the working tree) after the review month makes the review stale.
"""

from __future__ import annotations

import re
import subprocess
import time
from pathlib import Path

import pytest
import yaml

from macros.review_stamp import REVIEWED

ROOT = Path(__file__).resolve().parent.parent.parent
DOCS, DATA = ROOT / "docs", ROOT / "data"
TEACHING = sorted(p for d in ("ingestion", "store", "operations", "security")
                  for p in (DOCS / d).glob("*.md"))  # fmt: skip
CALLS = re.compile(r'\b(fact|service_facts|service_card|compare)\(\s*"([\w.-]+)"')
# Worked-example macros and the service whose facts they compute from.
CALCULATORS = {
    "kinesis_shards_example": "kinesis-data-streams",
    "glue_cost_example": "aws-glue",
    "dynamodb_capacity_example": "amazon-dynamodb",
    "lifecycle_example": "amazon-s3",
    "athena_cost_example": "amazon-athena",
    "lambda_concurrency_example": "aws-lambda",
    "s3_cost_example": "amazon-s3",
    "firehose_flush_example": "amazon-data-firehose",
}


def front_matter(page: Path) -> dict:
    text = page.read_text(encoding="utf-8")
    match = re.match(r"---\n(.*?)\n---\n", text, re.S)
    return (yaml.safe_load(match.group(1)) or {}) if match else {}


def data_files(page: Path) -> set[Path]:
    text = page.read_text(encoding="utf-8")
    found = set()
    for macro, ident in CALLS.findall(text):
        kind = "comparisons" if macro == "compare" else "services"
        found.add(DATA / kind / f"{ident}.yaml")
    for macro, service in CALCULATORS.items():
        if macro + "(" in text:
            found.add(DATA / "services" / f"{service}.yaml")
    return {p for p in found if p.is_file()}


def changed_month(paths: set[Path]) -> str | None:
    """Newest month in which any of paths changed: the working tree first, then git history."""
    if not paths:
        return None
    rel = [str(p.relative_to(ROOT)) for p in paths]
    status = subprocess.run(["git", "status", "--porcelain", "--", *rel], cwd=ROOT,
                            capture_output=True, text=True, check=True).stdout  # fmt: skip
    if status.strip():
        return time.strftime("%Y-%m")
    log = subprocess.run(["git", "log", "-1", "--format=%cs", "--", *rel], cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout.strip()  # fmt: skip
    return log[:7] or None


def test_there_are_teaching_pages() -> None:
    assert len(TEACHING) >= 20


@pytest.mark.parametrize("page", TEACHING, ids=lambda p: p.relative_to(DOCS).as_posix())
def test_page_records_an_independent_review(page: Path) -> None:
    meta = front_matter(page)
    reviewed = str(meta.get("reviewed", ""))
    assert REVIEWED.match(reviewed), f"front matter needs reviewed: YYYY-MM, got {reviewed!r}"
    note = meta.get("review")
    assert isinstance(note, str) and len(note.split()) >= 5, "front matter needs a review: note"


@pytest.mark.parametrize("page", TEACHING, ids=lambda p: p.relative_to(DOCS).as_posix())
def test_review_is_not_older_than_the_pages_data(page: Path) -> None:
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout: data change dates unknown")
    reviewed = str(front_matter(page).get("reviewed", ""))
    newest = changed_month(data_files(page))
    assert newest is None or reviewed >= newest, (
        f"reviewed {reviewed} but its data changed in {newest}: review the page again"
    )


def test_data_files_are_found_from_macro_calls(tmp_path: Path) -> None:
    page = tmp_path / "p.md"
    page.write_text('{{ fact("amazon-s3", "x") }} {{ compare("s3-storage-classes") }} '
                    '{{ glue_cost_example(worker_type="G.1X") }}')  # fmt: skip
    names = {p.name for p in data_files(page)}
    assert names == {"amazon-s3.yaml", "s3-storage-classes.yaml", "aws-glue.yaml"}
