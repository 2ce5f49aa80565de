"""The cross-reference rules, one small case each, on inline data."""

from __future__ import annotations

from macros import checks
from macros.models import Question


def _question(**changes) -> Question:
    base = {
        "id": "1.1-001",
        "task": "1.1",
        "skills": ["1.1.1"],
        "services": ["amazon-s3"],
        "stem": "Which one?",
        "choices": [{"text": t, "why": "because"} for t in "abcd"],
        "answer": [2],
        "explanation": "So.",
        "learn_more": "page.md",
    }
    return Question.model_validate(base | changes)


SKILLS = {"1.1": {"1.1.1", "1.1.2"}}


def test_a_valid_question_has_no_findings() -> None:
    q = _question()
    assert list(checks.question_refs(q, "1.1", {"amazon-s3"}, SKILLS)) == []
    assert list(checks.question_answer(q)) == []


def test_question_in_the_wrong_file() -> None:
    findings = list(checks.question_refs(_question(), "1.2", {"amazon-s3"}, SKILLS))
    assert findings == [(("task",), "task '1.1' does not match the file 1.2.yaml")]


def test_single_answer_needs_four_choices() -> None:
    q = _question(choices=[{"text": t, "why": "w"} for t in "abcde"])
    assert [loc for loc, _ in checks.question_answer(q)] == [("choices",)]


def test_multiple_response_needs_matching_choose_count() -> None:
    five = [{"text": t, "why": "w"} for t in "abcde"]
    good = _question(choices=five, answer=[0, 3], stem="Pick. (Choose two.)")
    bad = _question(choices=five, answer=[0, 3, 4], stem="Pick. (Choose two.)")
    assert list(checks.question_answer(good)) == []
    assert [m for _, m in checks.question_answer(bad)] == [
        "must end with '(Choose three.)' to match its 3 answers"
    ]


def test_unknown_service_lists_known_ids() -> None:
    findings = list(checks.question_refs(_question(services=["x"]), "1.1", {"a", "b"}, SKILLS))
    assert findings == [(("services", 0), "unknown service id 'x'; known: a, b")]


def test_task_references_are_not_judged_without_an_exam_outline() -> None:
    # A broken exam.yaml must not turn every task id in every file into a follow-on error.
    q = _question(task="4.5", id="4.5-001", skills=["4.5.1"])
    assert list(checks.question_refs(q, "4.5", {"amazon-s3"}, None)) == []
    assert [m for _, m in checks.question_refs(q, "4.5", {"amazon-s3"}, SKILLS)] == [
        "unknown task id '4.5'; known: 1.1"
    ]
