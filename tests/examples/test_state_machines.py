"""Structural checks on every Step Functions definition under docs/examples/stepfunctions/.

The definitions are shown on the site, so they must be valid Amazon States Language in the
ways a reader can trip over: a StartAt that names a state, transitions that land on real
states, no dead ends, Task states with a Resource, and no state that nothing can reach. The
checks walk nested state machines too (Parallel branches and Map item processors).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import DOCS

DEFINITIONS = sorted((DOCS / "examples" / "stepfunctions").glob("*.asl.json"))
TERMINAL_TYPES = {"Succeed", "Fail"}
KNOWN_TYPES = {"Task", "Pass", "Choice", "Wait", "Parallel", "Map", "Succeed", "Fail"}


def _successors(state: dict) -> Iterator[str]:
    """Every state name this state can transition to."""
    if "Next" in state:
        yield state["Next"]
    if "Default" in state:
        yield state["Default"]
    for rule in state.get("Choices", []):
        if "Next" in rule:
            yield rule["Next"]
    for catcher in state.get("Catch", []):
        if "Next" in catcher:
            yield catcher["Next"]


def _nested_machines(name: str, state: dict) -> Iterator[tuple[str, dict]]:
    for i, branch in enumerate(state.get("Branches", [])):
        yield f"{name}.Branches[{i}]", branch
    for key in ("ItemProcessor", "Iterator"):
        if key in state:
            yield f"{name}.{key}", state[key]


def problems(machine: dict, where: str = "") -> list[str]:
    """Return every structural problem in a state machine definition, nested ones included."""
    found: list[str] = []
    states = machine.get("States")
    if not isinstance(states, dict) or not states:
        return [f"{where}States must be a non-empty object"]
    start = machine.get("StartAt")
    if start not in states:
        found.append(f"{where}StartAt {start!r} does not name a state")

    for name, state in states.items():
        at = f"{where}{name}"
        kind = state.get("Type")
        if kind not in KNOWN_TYPES:
            found.append(f"{at}: unknown Type {kind!r}")
            continue
        if kind == "Task" and not state.get("Resource"):
            found.append(f"{at}: Task state has no Resource")
        for target in _successors(state):
            if target not in states:
                found.append(f"{at}: transition to unknown state {target!r}")
        if kind in TERMINAL_TYPES:
            if "Next" in state or "End" in state:
                found.append(f"{at}: {kind} state must not have Next or End")
        elif kind == "Choice":
            if not state.get("Choices"):
                found.append(f"{at}: Choice state has no Choices")
            if "End" in state:
                found.append(f"{at}: Choice state cannot End")
        else:
            has_next, ends = "Next" in state, state.get("End") is True
            if has_next == ends:
                found.append(f"{at}: needs exactly one of Next or End: true")
        for label, nested in _nested_machines(at, state):
            found.extend(problems(nested, where=f"{label}."))

    reachable: set[str] = set()
    todo = [start] if start in states else []
    while todo:
        name = todo.pop()
        if name in reachable:
            continue
        reachable.add(name)
        todo.extend(t for t in _successors(states[name]) if t in states)
    for name in states:
        if name not in reachable:
            found.append(f"{where}{name}: unreachable from StartAt")
    return found


def test_there_are_definitions_to_check() -> None:
    assert "nightly-etl.asl.json" in {p.name for p in DEFINITIONS}


@pytest.mark.parametrize("path", DEFINITIONS, ids=lambda p: p.name)
def test_definition_is_structurally_valid(path: Path) -> None:
    machine = json.loads(path.read_text(encoding="utf-8"))
    assert problems(machine) == []


@pytest.mark.parametrize("path", DEFINITIONS, ids=lambda p: p.name)
def test_glue_tasks_wait_and_failures_are_reported(path: Path) -> None:
    """The example teaches .sync, Retry/Catch and an SNS alert; keep those in it."""
    states = json.loads(path.read_text(encoding="utf-8"))["States"]
    glue = [s for s in states.values() if "glue:startJobRun" in s.get("Resource", "")]
    for state in glue:
        assert state["Resource"].endswith(".sync"), "Glue tasks should wait for the job run"
        assert state.get("Retry") and state.get("Catch"), "Glue tasks need Retry and Catch"
        for catcher in state["Catch"]:
            handler = states[catcher["Next"]]
            assert handler["Resource"] == "arn:aws:states:::sns:publish"


# --- the checker itself must be able to fail -------------------------------------------


def test_a_valid_inline_machine_passes() -> None:
    machine = {
        "StartAt": "Work",
        "States": {
            "Work": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "Pick"},
            "Pick": {
                "Type": "Choice",
                "Choices": [{"Variable": "$.ok", "BooleanEquals": True, "Next": "Fan"}],
                "Default": "Stop",
            },
            "Fan": {
                "Type": "Parallel",
                "Branches": [{"StartAt": "A", "States": {"A": {"Type": "Pass", "End": True}}}],
                "End": True,
            },
            "Stop": {"Type": "Fail", "Error": "NotOk"},
        },
    }
    assert problems(machine) == []


def test_a_broken_inline_machine_reports_every_problem() -> None:
    machine = {
        "StartAt": "Begin",
        "States": {
            "Start": {"Type": "Task", "Next": "Load"},
            "Load": {
                "Type": "Task",
                "Resource": "arn:aws:states:::glue:startJobRun.sync",
                "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Alert"}],
            },
            "Orphan": {"Type": "Pass", "End": True},
            "Loop": {
                "Type": "Map",
                "ItemProcessor": {"StartAt": "Step", "States": {"Step": {"Type": "Pass"}}},
                "End": True,
            },
        },
    }
    found = problems(machine)
    assert "StartAt 'Begin' does not name a state" in found
    assert "Start: Task state has no Resource" in found
    assert "Load: transition to unknown state 'Alert'" in found
    assert "Load: needs exactly one of Next or End: true" in found
    assert "Loop.ItemProcessor.Step: needs exactly one of Next or End: true" in found
    assert "Orphan: unreachable from StartAt" in found
    assert "Start: unreachable from StartAt" in found
