"""Render architecture diagrams from small YAML files to static SVG.

Material would load Mermaid from a CDN, and pages must work offline, so each diagram is a
YAML source under docs/diagrams/ rendered here to an SVG committed beside it. `make diagrams`
rewrites the SVGs; a test fails while one is stale. The layout is a left-to-right layered flow,
which is what pipeline diagrams are: a node sits one column right of its furthest predecessor.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Literal

from pydantic import Field, ValidationError

from .catalog import format_loc
from .models import Slug, Strict, Text
from .yamlsource import YamlProblem, load

ROOT = Path(__file__).resolve().parent.parent
DIAGRAM_DIR = ROOT / "docs" / "diagrams"

Kind = Literal["source", "service", "store", "consumer"]

# Light fills with near-black text keep contrast above 7:1; the card is white in both site
# schemes because an <img> cannot follow the page's colour toggle.
FILLS: dict[str, tuple[str, str]] = {
    "source": ("#e8eef6", "#3d5a80"),
    "service": ("#fdebdc", "#a8400c"),
    "store": ("#e3f1e6", "#2e6b3a"),
    "consumer": ("#efe7f6", "#5b3a80"),
}

CHAR_W = 7.8  # average width of a 13px sans-serif character, for sizing boxes
LINE_H = 17
PAD_X, PAD_Y = 14, 10
COL_GAP, ROW_GAP, MARGIN = 70, 26, 16
LAYER_GAP_DOWN = 40


class Node(Strict):
    id: Slug
    label: Text
    kind: Kind = "service"


class Edge(Strict):
    source: Slug = Field(alias="from")
    target: Slug = Field(alias="to")
    label: Text | None = None


class Diagram(Strict):
    title: Text
    description: Text
    direction: Literal["right", "down"] = "right"
    nodes: list[Node] = Field(min_length=2)
    edges: list[Edge] = Field(min_length=1)


class DiagramError(Exception):
    """A diagram source that cannot be drawn; the message names file, line and field."""


@dataclass(frozen=True)
class Box:
    node: Node
    x: float
    y: float
    w: float
    h: float


def parse(path: Path) -> Diagram:
    rel = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
    try:
        doc = load(path)
    except YamlProblem as exc:
        raise DiagramError(f"{rel}:{exc.line}: {exc.message}") from exc
    try:
        diagram = Diagram.model_validate(doc.data)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = tuple(first["loc"])
        field = format_loc(loc)
        raise DiagramError(f"{rel}:{doc.line_of(loc)}: {field}: {first['msg']}") from exc
    ids = [n.id for n in diagram.nodes]
    for i, node_id in enumerate(ids):
        if node_id in ids[:i]:
            line = doc.line_of(("nodes", i, "id"))
            raise DiagramError(f"{rel}:{line}: nodes[{i}].id: {node_id!r} appears twice")
    for i, edge in enumerate(diagram.edges):
        for end, value in (("from", edge.source), ("to", edge.target)):
            if value not in ids:
                line = doc.line_of(("edges", i, end))
                raise DiagramError(
                    f"{rel}:{line}: edges[{i}].{end}: unknown node {value!r}; known: {ids}"
                )
    try:
        ranks(diagram)
    except ValueError as exc:
        raise DiagramError(f"{rel}:{doc.line_of(('edges',))}: edges: {exc}") from exc
    return diagram


def ranks(diagram: Diagram) -> dict[str, int]:
    """Column of each node: the length of the longest path reaching it. Refuses cycles."""
    preds: dict[str, list[str]] = {n.id: [] for n in diagram.nodes}
    for edge in diagram.edges:
        preds[edge.target].append(edge.source)
    rank: dict[str, int] = {}
    visiting: set[str] = set()

    def visit(node_id: str) -> int:
        if node_id in rank:
            return rank[node_id]
        if node_id in visiting:
            raise ValueError(f"the arrows form a cycle through {node_id!r}")
        visiting.add(node_id)
        rank[node_id] = max((visit(p) + 1 for p in preds[node_id]), default=0)
        visiting.discard(node_id)
        return rank[node_id]

    for node in diagram.nodes:
        visit(node.id)
    return rank


def layout(diagram: Diagram) -> tuple[dict[str, Box], float, float]:
    """Place nodes in layers along the flow; returns boxes and the drawing's width and height.

    "Along" is x for a diagram flowing right and y for one flowing down; "across" is the other
    axis, on which each layer is centred. Long chains flow down so they fit a page's width.
    """
    down = diagram.direction == "down"
    rank = ranks(diagram)
    layers: dict[int, list[Node]] = {}
    for node in diagram.nodes:
        layers.setdefault(rank[node.id], []).append(node)
    sizes = {n.id: _size(n.label) for n in diagram.nodes}

    def along(node_id: str) -> float:
        return sizes[node_id][1 if down else 0]

    def across(node_id: str) -> float:
        return sizes[node_id][0 if down else 1]

    cross_gap = COL_GAP / 2 if down else ROW_GAP
    depth = {c: max(along(n.id) for n in ns) for c, ns in layers.items()}
    span = {
        c: sum(across(n.id) for n in ns) + cross_gap * (len(ns) - 1) for c, ns in layers.items()
    }
    widest = max(span.values())
    # The gap after a layer leaves room for the labels of the arrows that leave it.
    gap = {c: float(LAYER_GAP_DOWN if down else COL_GAP) for c in layers}
    for edge in diagram.edges:
        if edge.label:
            c = rank[edge.source]
            need = LAYER_GAP_DOWN + 12 if down else _label_width(edge.label) + 36
            gap[c] = max(gap[c], need)
    boxes: dict[str, Box] = {}
    pos = MARGIN
    for c in sorted(layers):
        cross = MARGIN + (widest - span[c]) / 2
        for node in layers[c]:
            w, h = sizes[node.id]
            offset = (depth[c] - along(node.id)) / 2
            x, y = (cross, pos + offset) if down else (pos + offset, cross)
            boxes[node.id] = Box(node, x, y, w, h)
            cross += across(node.id) + cross_gap
        pos += depth[c] + gap[c]
    length = pos - gap[max(layers)] + MARGIN
    breadth = widest + 2 * MARGIN
    # Arrows that skip a layer run beside it; leave room for them and their labels.
    for edge in diagram.edges:
        lane = detour(diagram, boxes, rank, edge)
        if lane is not None:
            room = (_label_width(edge.label) / 2 if edge.label else 0) + MARGIN
            breadth = max(breadth, lane + room if down else lane + 12 + MARGIN)
    return (boxes, breadth, length) if down else (boxes, length, breadth)


def detour(diagram: Diagram, boxes: dict[str, Box], rank: dict[str, int], edge: Edge):
    """Across-axis coordinate of the lane an arrow skipping layers takes, or None.

    A straight curve from layer 1 to layer 3 would cross the boxes of layer 2, so it bends out
    past the far side of every box it would pass.
    """
    r1, r2 = rank[edge.source], rank[edge.target]
    if r2 - r1 < 2:
        return None
    between = [b for n, b in boxes.items() if r1 < rank[n] < r2]
    ends = [boxes[edge.source], boxes[edge.target], *between]
    if diagram.direction == "down":
        return max(b.x + b.w for b in ends) + 24
    return max(b.y + b.h for b in ends) + 24


def _size(label: str) -> tuple[float, float]:
    lines = label.splitlines()
    return (
        max(120.0, max(len(line) for line in lines) * CHAR_W + 2 * PAD_X),
        len(lines) * LINE_H + 2 * PAD_Y,
    )


def _label_width(label: str) -> float:
    return len(label) * CHAR_W * 0.9 + 8


def render(diagram: Diagram, name: str) -> str:
    boxes, width, height = layout(diagram)
    down = diagram.direction == "down"
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width:.0f} {height:.0f}" '
        f'width="{width:.0f}" height="{height:.0f}" role="img" '
        f'aria-labelledby="{name}-title {name}-desc" '
        'font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif" font-size="13">',
        f'<title id="{name}-title">{escape(diagram.title)}</title>',
        f'<desc id="{name}-desc">{escape(diagram.description)}</desc>',
        '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" '
        'markerWidth="8" markerHeight="8" orient="auto-start-reverse">'
        '<path d="M0 0L10 5L0 10z" fill="#444"/></marker></defs>',
        f'<rect width="{width:.0f}" height="{height:.0f}" rx="8" fill="#ffffff"/>',
    ]
    rank = ranks(diagram)
    for edge in diagram.edges:
        a, b = boxes[edge.source], boxes[edge.target]
        lane = detour(diagram, boxes, rank, edge)
        if lane is None:
            out.append(_edge(a, b, edge.label, down, _label_position(diagram, edge)))
        else:
            out.append(_lane(a, b, edge.label, down, lane))
    for box in boxes.values():
        out.append(_box(box))
    out.append("</svg>")
    return "\n".join(out) + "\n"


def _edge(a: Box, b: Box, label: str | None, down: bool, at: float = 0.5) -> str:
    """A curved arrow between adjacent layers; its label sits at fraction `at` of the curve."""
    if down:
        p0, p3 = (a.x + a.w / 2, a.y + a.h), (b.x + b.w / 2, b.y - 2)
        mid = (p0[1] + p3[1]) / 2
        p1, p2 = (p0[0], mid), (p3[0], mid)
    else:
        p0, p3 = (a.x + a.w, a.y + a.h / 2), (b.x - 2, b.y + b.h / 2)
        mid = (p0[0] + p3[0]) / 2
        p1, p2 = (mid, p0[1]), (mid, p3[1])
    curve = " ".join(f"{x:.1f} {y:.1f}" for x, y in (p1, p2, p3))
    parts = [
        f'<path d="M{p0[0]:.1f} {p0[1]:.1f}C{curve}" '
        'fill="none" stroke="#444" stroke-width="1.5" marker-end="url(#arrow)"/>'
    ]
    if label:
        parts.append(_label(label, *_bezier(at, p0, p1, p2, p3)))
    return "".join(parts)


def _bezier(t: float, *points: tuple[float, float]) -> tuple[float, float]:
    p0, p1, p2, p3 = points
    w = ((1 - t) ** 3, 3 * (1 - t) ** 2 * t, 3 * (1 - t) * t**2, t**3)
    return (
        sum(k * p[0] for k, p in zip(w, points, strict=True)),
        sum(k * p[1] for k, p in zip(w, points, strict=True)),
    )


def _label_position(diagram: Diagram, edge: Edge) -> float:
    """Where along its arrow a label goes, so labels of arrows that meet do not overlap."""
    into_target = sum(e.target == edge.target for e in diagram.edges)
    out_of_source = sum(e.source == edge.source for e in diagram.edges)
    if into_target > 1:
        return 0.3  # arrows converge on the target: label near the source, where they are apart
    if out_of_source > 1:
        return 0.7
    return 0.5


def _lane(a: Box, b: Box, label: str | None, down: bool, lane: float) -> str:
    """An arrow that leaves its source sideways and runs along a lane past skipped layers."""
    if down:
        x1, y1 = a.x + a.w, a.y + a.h / 2
        x2, y2 = b.x + b.w + 2, b.y + b.h / 2
        path = f"M{x1:.1f} {y1:.1f}C{lane:.1f} {y1:.1f} {lane:.1f} {y2:.1f} {x2:.1f} {y2:.1f}"
        lx, ly = lane - 6, (y1 + y2) / 2
    else:
        x1, y1 = a.x + a.w / 2, a.y + a.h
        x2, y2 = b.x + b.w / 2, b.y + b.h + 2
        path = f"M{x1:.1f} {y1:.1f}C{x1:.1f} {lane:.1f} {x2:.1f} {lane:.1f} {x2:.1f} {y2:.1f}"
        lx, ly = (x1 + x2) / 2, lane - 6
    out = (
        f'<path d="{path}" fill="none" stroke="#444" stroke-width="1.5" marker-end="url(#arrow)"/>'
    )
    return out + (_label(label, lx, ly) if label else "")


def _label(label: str, lx: float, ly: float) -> str:
    w = _label_width(label)
    return (
        f'<rect x="{lx - w / 2:.1f}" y="{ly - 9:.1f}" width="{w:.1f}" height="16" '
        'rx="3" fill="#ffffff"/>'
        f'<text x="{lx:.1f}" y="{ly + 3.5:.1f}" text-anchor="middle" font-size="11" '
        f'fill="#333">{escape(label)}</text>'
    )


def _box(box: Box) -> str:
    fill, stroke = FILLS[box.node.kind]
    lines = box.node.label.splitlines()
    cx = box.x + box.w / 2
    top = box.y + PAD_Y + LINE_H - 4
    text = "".join(
        f'<tspan x="{cx:.1f}" y="{top + i * LINE_H:.1f}"'
        + (' font-weight="600"' if i == 0 else "")
        + f">{escape(line)}</tspan>"
        for i, line in enumerate(lines)
    )
    return (
        f'<rect x="{box.x:.1f}" y="{box.y:.1f}" width="{box.w:.1f}" height="{box.h:.1f}" '
        f'rx="6" fill="{fill}" stroke="{stroke}" stroke-width="1.5"/>'
        f'<text text-anchor="middle" fill="#1a1a1a">{text}</text>'
    )


def sources(directory: Path = DIAGRAM_DIR) -> list[Path]:
    return sorted(directory.glob("*.yaml"))


def rendered(path: Path) -> str:
    return render(parse(path), path.stem)


def main() -> int:
    status = 0
    for path in sources():
        try:
            text = rendered(path)
        except DiagramError as exc:
            print(exc, file=sys.stderr)
            status = 1
            continue
        path.with_suffix(".svg").write_text(text, encoding="utf-8")
        print(f"wrote {path.with_suffix('.svg').relative_to(ROOT)}")
    return status


if __name__ == "__main__":
    sys.exit(main())
