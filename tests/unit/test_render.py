"""Renderers escape every string that came from data, and produce stable markup."""

from __future__ import annotations

from pathlib import Path

import pytest

from macros import render
from macros.models import Comparison, Service

EVIL = '<script>alert("x")</script> & *bold* [link](javascript:x)'
SNAPSHOTS = Path(__file__).resolve().parent / "snapshots"


def _service(text: str = "safe") -> Service:
    return Service.model_validate(
        {
            "id": "amazon-s3",
            "name": text,
            "category": "storage",
            "tasks": ["2.3"],
            "summary": text,
            "use_when": [text],
            "avoid_when": [text],
            "facts": [
                {
                    "key": "k",
                    "label": text,
                    "value": text,
                    "note": text,
                    "source": "https://docs.aws.amazon.com/x?a=1&b=2",
                    "verified": "2026-11",
                }
            ],
            "signals": [text],
            "related": ["amazon-sqs"],
            "page": "store/s3.md#amazon-s3",
        }
    )


def _comparison(text: str = "cell") -> Comparison:
    return Comparison.model_validate(
        {
            "id": "demo",
            "title": "Demo",
            "caption": text,
            "tasks": ["2.3"],
            "page": "store/s3.md#demo",
            "subjects": [{"key": "a", "label": "Alpha"}, {"key": "b", "label": text}],
            "criteria": [{"key": "size", "label": "Size"}, {"key": "speed", "label": "Speed"}],
            "cells": {"a": {"size": "1 KB", "speed": "fast"}, "b": {"size": text, "speed": "slow"}},
            "sources": ["https://docs.aws.amazon.com/demo.html"],
            "verified": "2026-11",
            "notes": [text],
        }
    )


@pytest.mark.parametrize(
    "html",
    [
        lambda: render.service_facts(_service(EVIL)),
        lambda: render.service_card(_service(EVIL), {"amazon-sqs": EVIL}, {"amazon-sqs": "../q/"}),
        lambda: render.comparison(_comparison(EVIL)),
        lambda: render.fact(_service(EVIL), "k"),
    ],
    ids=["service_facts", "service_card", "comparison", "fact"],
)
def test_data_strings_are_escaped(html) -> None:
    out = html()
    assert "<script>" not in out
    assert "&lt;script&gt;" in out
    assert 'href="javascript' not in out


def test_inline_escapes_markdown_syntax() -> None:
    out = render.inline("*a* _b_ [c](d) `e` {{ f }}")
    for raw in ("*", "_", "[", "`", "{"):
        assert raw not in out


def test_inline_escapes_each_character_once() -> None:
    assert render.inline("key's & <b>") == "key&#39;s &#38; &#60;b&#62;"


def test_source_urls_are_attribute_escaped() -> None:
    assert 'href="https://docs.aws.amazon.com/x?a=1&amp;b=2"' in render.service_facts(_service())


def test_unknown_fact_key_lists_known_keys() -> None:
    with pytest.raises(KeyError, match="its facts: k"):
        render.fact(_service(), "nope")


def test_comparison_snapshot() -> None:
    expected = (SNAPSHOTS / "comparison.html").read_text(encoding="utf-8").strip()
    assert render.comparison(_comparison()) == expected


def test_comparison_can_put_subjects_in_rows() -> None:
    comp = _comparison().model_copy(update={"subjects_as": "rows"})
    out = render.comparison(comp)
    assert '<tr><th scope="row">Alpha</th><td>1 KB</td><td>fast</td></tr>' in out


@pytest.mark.parametrize(
    ("ref", "here", "url"),
    [
        ("store/s3.md#a", "index.md", "store/s3/#a"),
        ("store/s3.md", "store/index.md", "s3/"),
        ("store/index.md", "ingestion/streaming.md", "../../store/"),
        ("store/s3.md#x", "store/s3.md", "./#x"),
        ("index.md", "compare/index.md", "../"),
    ],
)
def test_page_url_is_relative_to_the_current_page(ref: str, here: str, url: str) -> None:
    assert render.page_url(ref, here) == url


@pytest.mark.parametrize(
    ("ref", "here", "url"),
    [
        ("store/s3.md#a", "index.md", "store/s3.html#a"),
        ("store/s3.md", "store/index.md", "s3.html"),
        ("store/index.md", "ingestion/streaming.md", "../store/index.html"),
        ("store/s3.md#x", "store/s3.md", "s3.html#x"),
        ("index.md", "compare/index.md", "../index.html"),
    ],
)
def test_page_url_without_directory_urls_names_the_html_file(ref: str, here: str, url: str) -> None:
    assert render.page_url(ref, here, directory_urls=False) == url


def test_md_ref_keeps_md_links_for_mkdocs_to_validate() -> None:
    assert render.md_ref("store/s3.md#a", "compare/index.md") == "../store/s3.md#a"


@pytest.mark.parametrize(
    ("ref", "url"),
    [("store/s3.md#a", "store/s3/#a"), ("store/index.md", "store/"), ("index.md", "")],
)
def test_site_path_uses_the_same_page_mapping(ref: str, url: str) -> None:
    from macros.export import site_path

    assert site_path(ref) == url


@pytest.mark.parametrize(
    ("path", "here", "directory_urls", "url"),
    [
        ("diagrams/x.svg", "ingestion/glue.md", True, "../../diagrams/x.svg"),
        ("diagrams/x.svg", "ingestion/index.md", True, "../diagrams/x.svg"),
        ("diagrams/x.svg", "ingestion/glue.md", False, "../diagrams/x.svg"),
        ("diagrams/x.svg", "index.md", False, "diagrams/x.svg"),
        (".", "practice/mock-exam.md", True, "../.."),
    ],
)
def test_asset_url_follows_the_page_layout(path, here, directory_urls, url) -> None:
    assert render.asset_url(path, here, directory_urls) == url


def test_source_labels_are_readable() -> None:
    url = "https://docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html"
    assert render.source_label(url) == "service sizes and limits (docs.aws.amazon.com/streams)"
    assert render.source_label("https://aws.amazon.com/glue/pricing/") == (
        "pricing (aws.amazon.com/glue)"
    )


def test_sources_are_folded_deduplicated_and_dated() -> None:
    block = render.sources_block(
        ["https://docs.aws.amazon.com/a/latest/x.html", "https://docs.aws.amazon.com/a/latest/x.html",
         "https://docs.aws.amazon.com/b/latest/y.html"], ["2026-11", "2026-12"], "facts-s3"
    )  # fmt: skip
    assert block.startswith(
        '<details class="dea-sources" data-search-exclude><summary>Sources: '
        "2 AWS documentation pages, checked 2026-11 to 2026-12</summary>"
    )
    assert block.count("<li") == 2 and 'id="facts-s3-src-2"' in block


def test_fact_table_numbers_each_value_to_its_source() -> None:
    svc = _service()
    html = render.service_facts(svc)
    assert "Generated from" not in html and "data/" not in html
    assert f'href="#facts-{svc.id}-src-1"' in html and f'id="facts-{svc.id}-src-1"' in html


def test_comparison_can_stay_out_of_the_search_index() -> None:
    # The compare/ page repeats tables that teaching sections already hold.
    assert " data-search-exclude>" not in render.comparison(_comparison()).split("<table>")[0]
    hidden = render.comparison(_comparison(), searchable=False)
    assert hidden.startswith('<div class="dea-compare" id="table-') and " data-search-exclude>" in (
        hidden.split("<table>")[0]
    )
