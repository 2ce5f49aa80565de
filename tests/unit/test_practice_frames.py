"""The practice tools' first screens, rendered into the page: the same rules as practice-core.js
(tests/js/ checks those), escaping, and flashcard labels in plain words."""

from __future__ import annotations

import re

import pytest

from macros import practice_frames as frames
from macros.export import flashcards_json
from macros.practice import SIGNAL_FRONT, page_card

DOMAINS = [
    {"id": 1, "title": "One", "weight": 34},
    {"id": 2, "title": "Two", "weight": 26},
    {"id": 3, "title": "Three", "weight": 22},
    {"id": 4, "title": "Four", "weight": 18},
]
FMT = {"questions_total": 65, "minutes": 130}


def test_targets_and_time_follow_practice_core() -> None:
    # The same figures as tests/js/exam.test.js.
    assert frames.target_counts(DOMAINS, 65) == {1: 22, 2: 17, 3: 14, 4: 12}
    assert frames.target_counts(DOMAINS, 50) == {1: 17, 2: 13, 3: 11, 4: 9}
    for total in (1, 7, 65, 100, 131):
        assert sum(frames.target_counts(DOMAINS, total).values()) == total
    assert frames.exam_minutes(FMT, 65) == 130
    assert frames.exam_minutes(FMT, 49) == 98
    assert frames.exam_minutes({"questions_total": 65, "minutes": 1}, 1) == 1


def test_start_screen_says_what_is_missing_until_the_bank_is_full() -> None:
    short = frames.exam_start(FMT, DOMAINS, {1: 75, 2: 9, 3: 8})
    assert "For now an attempt has 39 questions instead of 65, with 78 minutes" in short
    assert "Domain 4 has 0 questions, 12 short of its share of 12" in short
    assert "a 78-minute countdown" in short
    full = frames.exam_start(FMT, DOMAINS, {1: 100, 2: 80, 3: 70, 4: 60})
    assert "dea-short" not in full
    assert "draws 65 questions by domain weight, with 130 minutes" in full
    assert "a 130-minute countdown" in full


def test_frames_escape_what_comes_from_data() -> None:
    evil = "<img src=x onerror=alert(1)> & co"
    q = {"id": "1.1-001", "stem": evil, "choices": [evil, "b", "c", "d"], "answer": [0]}
    html = frames.quiz_frame([q])
    assert "<img" not in html and "&lt;img" in html and "&amp; co" in html
    start = frames.exam_start(FMT, [{**DOMAINS[0], "title": evil}], {1: 1})
    assert "<img" not in start


def test_the_first_quiz_order_is_shuffled_but_the_same_in_every_build() -> None:
    orders = {tuple(frames.first_order(f"1.1-{i:03d}", 4)) for i in range(40)}
    assert len(orders) > 5, "not always the bank's order"
    assert frames.first_order("1.2-007", 5) == frames.first_order("1.2-007", 5)
    assert sorted(frames.first_order("1.2-007", 5)) == [0, 1, 2, 3, 4]


def test_multiple_response_questions_get_checkboxes_and_a_hint() -> None:
    q = {"id": "x", "stem": "s", "choices": list("abcde"), "answer": [1, 3]}
    html = frames.question_form(q, [4, 3, 2, 1, 0], "n")
    assert html.count('type="checkbox"') == 5
    assert 'aria-describedby="n-hint"' in html and "Select 2 options (0 selected)." in html
    assert re.findall(r'data-orig="(\d)"', html) == ["4", "3", "2", "1", "0"]


def test_every_real_signal_card_shows_its_signal_under_a_plain_label(catalog) -> None:
    cards = [page_card(c) for c in flashcards_json(catalog)]
    signals = [c for c in cards if c["kind"] == "signal"]
    assert signals and all(not c["prompt"].startswith("Exam signal") for c in signals)
    assert all(c["prompt"].startswith("“") for c in signals)
    assert frames.card_label(signals[0]) == "Which service does this point to?"
    facts = [c for c in cards if c["kind"] == "fact"]
    assert facts and frames.card_label(facts[0]) == "Key fact"


@pytest.mark.parametrize(
    ("front", "signal"),
    [("Exam signal: “fan-out”. Which service does it point to?", "“fan-out”"),
     ("Kinesis: Shard limit?", None)],
)  # fmt: skip
def test_signal_front_pattern(front: str, signal: str | None) -> None:
    found = SIGNAL_FRONT.match(front)
    assert (found.group("signal") if found else None) == signal
