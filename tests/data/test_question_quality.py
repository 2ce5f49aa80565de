"""Quality gates on the whole question bank, so that test-taking tricks do not work.

A candidate who always picks the longest option, or always answers "C", must do no better than
one who guesses; stems close the way the exam's do, and no scenario is asked twice.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

CLOSING = re.compile(r"^(Which|What|How)\b[^?]*\?$")
# "least privilege" is a name, not a constraint, and stays in lower case.
CONSTRAINT = re.compile(r"\b(least(?! privilege)|most|lowest|highest|fastest|cheapest)\b", re.I)
CHOOSE = re.compile(r"\s*\(Choose (two|three)\.\)\s*$")


def last_sentence(stem: str) -> str:
    body = CHOOSE.sub("", stem.strip())
    return re.split(r"(?<=[.?!])\s+(?=[A-Z])", body)[-1]


def correct_is_longest(q) -> bool:
    lengths = [len(c.text) for c in q.choices]
    return any(lengths[a] == max(lengths) for a in q.answer)


def test_every_option_has_a_reason(catalog):
    missing = [f"{q.id} option {i}" for q in catalog.questions for i, c in enumerate(q.choices)
               if not c.why.strip()]  # fmt: skip
    assert not missing


def test_the_longest_option_is_rarely_the_answer(catalog):
    longest = [q.id for q in catalog.questions if correct_is_longest(q)]
    share = len(longest) / len(catalog.questions)
    assert share <= 1 / 3, f"{share:.0%} of answers are the longest option: {longest}"


def test_correct_positions_are_spread_evenly(catalog):
    single = [q.answer[0] for q in catalog.questions if len(q.answer) == 1]
    counts = Counter(single)
    expected = len(single) / 4
    for position in range(4):
        assert 0.6 * expected <= counts[position] <= 1.4 * expected, (
            f"answer position {'ABCD'[position]} is used {counts[position]} times of "
            f"{len(single)}; spread keys evenly: {dict(sorted(counts.items()))}"
        )


def test_about_one_in_six_is_multiple_response(catalog):
    share = sum(len(q.answer) > 1 for q in catalog.questions) / len(catalog.questions)
    assert 0.10 <= share <= 0.30, f"{share:.0%} are multiple response"


def test_no_two_stems_are_the_same(catalog):
    norm = Counter(" ".join(q.stem.lower().split()) for q in catalog.questions)
    assert [s[:80] for s, n in norm.items() if n > 1] == []


@pytest.mark.parametrize("stem", ["A. Which solution meets these requirements?"])
def test_closing_form_helper_accepts_exam_forms(stem):
    assert CLOSING.match(last_sentence(stem))


def test_stems_close_with_an_exam_question_form(catalog):
    bad = []
    for q in catalog.questions:
        last = last_sentence(q.stem)
        if not CLOSING.match(last):
            bad.append(f"{q.id}: {last!r} is not a closing question (Which/What/How ...?)")
        for word in CONSTRAINT.findall(last):
            if word != word.upper():
                bad.append(f"{q.id}: write the constraint {word!r} in capitals, as the exam does")
    assert not bad, "\n".join(bad)


def test_gates_can_fail_on_a_biased_bank():
    class C:
        def __init__(self, text):
            self.text = text

    class Q:
        answer = [0]
        choices = [C("the longest option by far"), C("short"), C("short"), C("short")]

    assert correct_is_longest(Q())
    assert not CLOSING.match(last_sentence("Pick the best option."))
