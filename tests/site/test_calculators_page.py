"""The calculators page as built: one calculator per topic, its limits taken from the data, and
a link to it from the section that teaches the topic."""

from __future__ import annotations

import json
import re
from pathlib import Path

from macros.calculators import CALCULATORS, browser_limits
from tests.conftest import DOCS

CONTAINER = re.compile(
    r'<div class="dea-calc" data-calc="([a-z0-9]+)"[^>]*>.*?'
    r'<template class="dea-data">(.*?)</template>', re.S
)
# Where each calculator's topic is taught, and the calculator's anchor on the page. The teaching
# page links to that anchor and the calculator links back (the strict build checks both exist).
TAUGHT = {
    "dynamodb": ("store/dynamodb.md", "dynamodb-read-and-write-capacity"),
    "kinesis": ("ingestion/streaming.md", "kinesis-data-streams-shards"),
    "lambda": ("ingestion/compute.md", "lambda-concurrency"),
    "athena": ("operations/athena.md", "athena-query-cost"),
    "s3": ("store/s3-storage-classes.md", "s3-storage-cost-by-class"),
    "glue": ("ingestion/glue.md", "glue-job-cost-in-dpu-hours"),
    "firehose": ("ingestion/streaming.md", "firehose-buffer-flush"),
}


def test_every_calculator_is_on_the_page_with_the_datas_limits(site: Path, catalog) -> None:
    html = (site / "practice" / "calculators" / "index.html").read_text(encoding="utf-8")
    found = {name: json.loads(data) for name, data in CONTAINER.findall(html)}
    assert set(found) == set(CALCULATORS)
    expected = browser_limits(catalog.services)
    for name, data in found.items():
        assert data["limits"] == expected[name], name
        assert data["title"]


def test_each_teaching_page_links_to_its_calculator() -> None:
    source = (DOCS / "practice" / "calculators.md").read_text(encoding="utf-8")
    assert set(re.findall(r'calculator\("([a-z0-9]+)"', source)) == set(CALCULATORS) == set(TAUGHT)
    for name, (page, anchor) in TAUGHT.items():
        text = (DOCS / page).read_text(encoding="utf-8")
        assert f"practice/calculators.md#{anchor}" in text, f"{page} does not link to {name}"
        assert f"../{page}" in source, f"the {name} calculator does not link back to {page}"
