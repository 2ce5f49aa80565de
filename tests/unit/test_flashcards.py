"""Flashcards from service data: stable ids, shared signals merged, Anki-ready CSV."""

from __future__ import annotations

import csv
import io

from macros.flashcards import CSV_COLUMNS, CSV_HEADER, build_cards, to_csv
from macros.models import Service


def _service(sid: str, signals: list[str], short: str | None = None) -> Service:
    return Service.model_validate(
        {
            "id": sid,
            "name": f"Amazon {sid.title()}",
            "short": short,
            "category": "analytics",
            "tasks": ["3.3", "1.1"],
            "summary": "s",
            "use_when": ["u"],
            "avoid_when": ["a"],
            "facts": [
                {
                    "key": "limit",
                    "label": "Some limit",
                    "value": 'up to 10, "quoted", with commas',
                    "note": "older material says 5",
                    "source": "https://docs.aws.amazon.com/x.html",
                    "verified": "2026-11",
                }
            ],
            "signals": signals,
            "page": f"ingestion/{sid}.md#{sid}",
        }
    )


def _url(ref: str) -> str:
    return "/" + ref


def test_one_card_per_signal_and_fact_with_stable_ids() -> None:
    cards = build_cards([_service("beta", ["replay"]), _service("alpha", ["Fan-out!"])], _url)
    assert [c["id"] for c in cards] == [
        "signal-fan-out",
        "signal-replay",
        "fact-alpha-limit",
        "fact-beta-limit",
    ]
    for card in cards:
        assert list(card) == ["id", "front", "back", "tags", "url"]
    fact = cards[2]
    assert fact["front"] == "Amazon Alpha: Some limit?"
    # A fact's note is provenance for contributors; the card shows the value alone.
    assert fact["back"] == 'up to 10, "quoted", with commas'
    assert fact["tags"] == ["dea-c01", "fact", "alpha", "task-1.1", "task-3.3"]
    assert fact["url"] == "/ingestion/alpha.md#alpha"


def test_a_signal_shared_by_two_services_names_both() -> None:
    cards = build_cards([_service("a", ["Replay"]), _service("b", ["replay"], short="B")], _url)
    signal = [c for c in cards if c["id"] == "signal-replay"]
    assert len(signal) == 1
    assert signal[0]["back"] == "Amazon A or Amazon B"
    assert {"a", "b"} <= set(signal[0]["tags"])
    assert next(c for c in cards if c["id"] == "fact-b-limit")["front"].startswith("B: ")


def test_csv_round_trips_through_the_csv_module() -> None:
    cards = build_cards([_service("alpha", ['a, b and "c"\nnext line'])], _url)
    text = to_csv(cards)
    lines = text.splitlines()
    assert lines[: len(CSV_HEADER)] == list(CSV_HEADER)
    body = "\n".join(line for line in text.split("\n") if not line.startswith("#"))
    rows = list(csv.reader(io.StringIO(body)))
    assert [len(r) for r in rows] == [len(CSV_COLUMNS)] * len(cards)
    assert [r[0] for r in rows] == [c["front"] for c in cards]
    assert [r[1] for r in rows] == [c["back"] for c in cards]
    assert [r[2] for r in rows] == [" ".join(c["tags"]) for c in cards]
