"""Flashcards from the service data: exam signals (scenario words -> service) and key facts.

Pure functions, so that the JSON export, the flashcards page and the Anki CSV share one list
and tests can call them without MkDocs. Card ids are stable across builds (they come from the
service id, the fact key or the signal's words, never from a position), because the browser
keeps each card's spaced-repetition box under its id.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable
from typing import Any

from .models import Service

# Anki (2.1.55 and later) reads these header lines and never imports them as notes; the csv
# module sees them as ordinary rows, so readers skip lines that start with "#".
CSV_COLUMNS = ("front", "back", "tags")
CSV_HEADER = (
    "#separator:comma",
    "#html:false",
    "#columns:" + ",".join(CSV_COLUMNS),
    f"#tags column:{len(CSV_COLUMNS)}",
)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def build_cards(services: Iterable[Service], url: Callable[[str], str]) -> list[dict[str, Any]]:
    """One card per distinct exam signal and one per key fact, in a stable order.

    `url` turns a service's `page` reference into a site URL. A signal that several services
    share becomes one card whose back names all of them, so the card is never half true.
    """
    ordered = sorted(services, key=lambda s: s.id)
    signals: dict[str, dict[str, Any]] = {}
    facts: list[dict[str, Any]] = []
    for svc in ordered:
        task_tags = [f"task-{t}" for t in sorted(svc.tasks)]
        for signal in svc.signals:
            key = _slug(signal)
            card = signals.setdefault(
                key,
                {
                    "id": f"signal-{key}",
                    "front": f"Exam signal: “{signal}”. Which service does it point to?",
                    "names": [],
                    "tags": ["dea-c01", "signal"],
                    "url": url(svc.page),
                },
            )
            card["names"].append(svc.name)
            card["tags"] += [t for t in [svc.id, *task_tags] if t not in card["tags"]]
        for fact in svc.facts:
            back = fact.value
            facts.append(
                {
                    "id": f"fact-{svc.id}-{fact.key}",
                    "front": f"{svc.short or svc.name}: {fact.label}?",
                    "back": back,
                    "tags": ["dea-c01", "fact", svc.id, *task_tags],
                    "url": url(svc.page),
                }
            )
    cards = []
    for card in signals.values():
        names = card.pop("names")
        cards.append({**card, "back": " or ".join(names)})
    return [_ordered(c) for c in cards] + [_ordered(c) for c in facts]


def _ordered(card: dict[str, Any]) -> dict[str, Any]:
    return {k: card[k] for k in ("id", "front", "back", "tags", "url")}


def to_csv(cards: Iterable[dict[str, Any]]) -> str:
    """Anki-importable CSV: header lines, then front, back and space-separated tags."""
    buffer = io.StringIO()
    buffer.write("\n".join(CSV_HEADER) + "\n")
    writer = csv.writer(buffer, lineterminator="\n")
    for card in cards:
        writer.writerow([card["front"], card["back"], " ".join(card["tags"])])
    return buffer.getvalue()
