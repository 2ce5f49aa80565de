"""Diagram sources: validation errors name file and line, layout is layered, SVGs are fresh."""

from __future__ import annotations

from pathlib import Path

import pytest

from macros import diagrams, render

GOOD = """\
title: Flow <one>
description: A feeds B & C.
nodes:
  - id: a
    label: "Source\\nline two"
    kind: source
  - id: b
    label: B
  - id: c
    label: C
    kind: store
edges:
  - {from: a, to: b, label: "put <x>"}
  - {from: b, to: c}
  - {from: a, to: c}
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "flow.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_ranks_follow_the_longest_path(tmp_path):
    drawing = diagrams.parse(write(tmp_path, GOOD))
    assert diagrams.ranks(drawing) == {"a": 0, "b": 1, "c": 2}
    boxes, width, height = diagrams.layout(drawing)
    assert boxes["a"].x < boxes["b"].x < boxes["c"].x
    assert width > boxes["c"].x + boxes["c"].w and height > 0


def test_svg_escapes_text_and_has_title_and_description(tmp_path):
    svg = diagrams.rendered(write(tmp_path, GOOD))
    assert '<title id="flow-title">Flow &lt;one&gt;</title>' in svg
    assert '<desc id="flow-desc">A feeds B &amp; C.</desc>' in svg
    assert "put &lt;x&gt;" in svg and "<x>" not in svg
    assert 'aria-labelledby="flow-title flow-desc"' in svg


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (GOOD.replace("to: c}", "to: z}", 1), "flow.yaml:14: edges[1].to: unknown"),
        (GOOD.replace("kind: store", "kind: database"), "flow.yaml:11: nodes[2].kind:"),
        (GOOD.replace("  - id: c", "  - id: b"), "flow.yaml:9: nodes[2].id: 'b' appears twice"),
        (GOOD + "  - {from: c, to: a}\n", "edges: the arrows form a cycle"),
        (GOOD.replace("title: Flow <one>\n", ""), "flow.yaml:1: title: Field required"),
    ],
)
def test_bad_sources_name_file_line_and_field(tmp_path, text, expected):
    with pytest.raises(diagrams.DiagramError) as info:
        diagrams.parse(write(tmp_path, text))
    assert expected in str(info.value)


def test_figure_uses_description_as_alt_text():
    html = render.figure('Say "hi"', "a < b", "../diagrams/x.svg", 300.4, 120)
    assert 'alt="a &lt; b"' in html and "<figcaption>Say &quot;hi&quot;</figcaption>" in html
    assert 'width="300" height="120"' in html


@pytest.mark.parametrize("source", diagrams.sources(), ids=lambda p: p.stem)
def test_committed_svg_is_fresh(source):
    svg = source.with_suffix(".svg")
    assert svg.is_file(), f"{svg.name} missing: run `make diagrams`"
    assert svg.read_text(encoding="utf-8") == diagrams.rendered(source), (
        f"{svg.name} is stale: run `make diagrams`"
    )


def test_a_downward_diagram_stacks_layers_vertically(tmp_path):
    drawing = diagrams.parse(write(tmp_path, GOOD.replace("nodes:", "direction: down\nnodes:")))
    boxes, width, height = diagrams.layout(drawing)
    assert boxes["a"].y < boxes["b"].y < boxes["c"].y
    assert height > width
    assert "C" in diagrams.render(drawing, "flow")


@pytest.mark.parametrize("source", diagrams.sources(), ids=lambda p: p.stem)
def test_committed_diagram_fits_the_content_column(source):
    # Wider drawings are scaled down on the page until their 13px text is hard to read.
    _, width, _ = diagrams.layout(diagrams.parse(source))
    assert width <= 800, f"{source.name} is {width:.0f}px wide: use `direction: down`"
