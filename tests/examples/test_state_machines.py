"""Structural checks on every Step Functions definition under docs/examples/stepfunctions/.

The definitions are shown on the site, so they must be valid Amazon States Language in the
ways a reader can trip over: a StartAt that names a state, transitions that land on real
states, no dead ends, Task states with a Resource, and no state that nothing can reach. The
checks walk nested state machines too (Parallel branches and Map item processors).
"""

from __future__ import annotations

import json
import re
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


# Service integrations whose .sync pattern ("run a job and wait for it") exists.
SYNC_INTEGRATIONS = {
    "glue:startJobRun", "athena:startQueryExecution", "elasticmapreduce:addStep",
    "elasticmapreduce:createCluster", "ecs:runTask", "batch:submitJob", "states:startExecution",
    "codebuild:startBuild", "sagemaker:createTrainingJob", "sagemaker:createTransformJob",
    "emr-serverless:startJobRun", "databrew:startJobRun", "redshift-data:executeStatement",
}  # fmt: skip
INTEGRATION = re.compile(
    r"^arn:aws:states:::(?P<api>[a-z0-9-]+:[A-Za-z0-9]+)(?P<pattern>\.sync(:2)?|\.waitForTaskToken)?$"
)
LAMBDA_ARN = re.compile(r"^arn:aws:lambda:[a-z0-9-]+:\d{12}:function:[\w-]+(:[\w$-]+)?$")
JITTER = {"FULL", "NONE"}
MAP_MODES = {"INLINE", "DISTRIBUTED"}


def resource_problems(resource: str) -> list[str]:
    """A Task resource is an optimized integration (with a valid pattern) or a Lambda ARN."""
    if LAMBDA_ARN.match(resource):
        return []
    match = INTEGRATION.match(resource)
    if not match:
        return [f"unknown Resource {resource!r}"]
    sync = (match["pattern"] or "").startswith(".sync")
    if sync and match["api"] not in SYNC_INTEGRATIONS:
        return [f"{match['api']} has no .sync integration"]
    return []


def error_handling_problems(state: dict) -> list[str]:
    """Retriers and catchers: error names, States.ALL alone and last, sane numbers."""
    found = []
    for field in ("Retry", "Catch"):
        rules = state.get(field, [])
        if rules and state.get("Type") not in {"Task", "Parallel", "Map"}:
            found.append(f"{field} is only allowed on Task, Parallel and Map states")
        for i, rule in enumerate(rules):
            errors = rule.get("ErrorEquals")
            if not errors:
                found.append(f"{field}[{i}] has no ErrorEquals")
                continue
            if "States.ALL" in errors and (len(errors) > 1 or i != len(rules) - 1):
                found.append(f"{field}[{i}]: States.ALL must stand alone in the last rule")
            if field == "Catch" and "Next" not in rule:
                found.append(f"Catch[{i}] has no Next")
            if field == "Retry":
                if rule.get("IntervalSeconds", 1) < 1:
                    found.append(f"Retry[{i}]: IntervalSeconds must be at least 1")
                if rule.get("MaxAttempts", 3) < 0:
                    found.append(f"Retry[{i}]: MaxAttempts cannot be negative")
                if rule.get("BackoffRate", 2.0) < 1:
                    found.append(f"Retry[{i}]: BackoffRate must be at least 1")
                if rule.get("JitterStrategy", "NONE") not in JITTER:
                    found.append(f"Retry[{i}]: JitterStrategy must be FULL or NONE")
    return found


def _dollar_keys(node: object) -> list[tuple[str, object]]:
    if isinstance(node, dict):
        pairs = [(k, v) for k, v in node.items() if k.endswith(".$")]
        return pairs + [p for v in node.values() for p in _dollar_keys(v)]
    if isinstance(node, list):
        return [p for v in node for p in _dollar_keys(v)]
    return []


def path_problems(state: dict) -> list[str]:
    """A key ending in .$ takes a path ($..., $$...) or an intrinsic function (States.X(...))."""
    found = []
    for field in ("Parameters", "ItemSelector", "ResultSelector", "ItemReader"):
        for key, value in _dollar_keys(state.get(field, {})):
            if not isinstance(value, str) or not (
                value.startswith("$") or re.match(r"^States\.\w+\(", value)
            ):
                found.append(f"{field}: {key} needs a path or an intrinsic function, got {value!r}")
    for field in ("InputPath", "OutputPath", "ResultPath", "ItemsPath"):
        value = state.get(field, "$")
        if value is not None and not str(value).startswith("$"):
            found.append(f"{field} must be a path or null, got {value!r}")
    return found


def map_problems(state: dict) -> list[str]:
    found = []
    processor = state.get("ItemProcessor") or state.get("Iterator")
    if not processor:
        return ["Map state has no ItemProcessor"]
    mode = processor.get("ProcessorConfig", {}).get("Mode", "INLINE")
    if mode not in MAP_MODES:
        found.append(f"unknown Map mode {mode!r}")
    concurrency = state.get("MaxConcurrency", 0)
    if not isinstance(concurrency, int) or concurrency < 0:
        found.append("MaxConcurrency must be a whole number, 0 meaning no limit")
    distributed_only = {"ItemReader", "ItemBatcher", "ResultWriter", "ToleratedFailurePercentage"}
    if mode == "INLINE" and distributed_only & state.keys():
        found.append(f"{sorted(distributed_only & state.keys())} need DISTRIBUTED mode")
    if mode == "DISTRIBUTED":
        kind = processor["ProcessorConfig"].get("ExecutionType")
        if kind not in {"STANDARD", "EXPRESS"}:
            found.append("a distributed Map needs ExecutionType STANDARD or EXPRESS")
        if "ItemReader" in state and resource_problems(state["ItemReader"]["Resource"]):
            found.append("ItemReader has an unknown Resource")
    return found


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
        if kind == "Task" and state.get("Resource"):
            found.extend(f"{at}: {p}" for p in resource_problems(state["Resource"]))
        found.extend(f"{at}: {p}" for p in error_handling_problems(state))
        found.extend(f"{at}: {p}" for p in path_problems(state))
        if kind == "Map":
            found.extend(f"{at}: {p}" for p in map_problems(state))
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
    assert {p.name for p in DEFINITIONS} == {
        "nightly-etl.asl.json",
        "table-refresh-map.asl.json",
        "validate-files-distributed-map.asl.json",
    }


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


def states_of(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))["States"]


def all_states(machine: dict) -> Iterator[tuple[str, dict]]:
    for name, state in machine["States"].items():
        yield name, state
        for _, nested in _nested_machines(name, state):
            yield from all_states(nested)


def test_the_samples_together_teach_retry_catch_map_and_sync() -> None:
    used: set[str] = set()
    for path in DEFINITIONS:
        for _, state in all_states(json.loads(path.read_text(encoding="utf-8"))):
            used |= {k for k in ("Retry", "Catch") if state.get(k)}
            if state.get("Type") == "Map":
                used.add("Map:" + state["ItemProcessor"]["ProcessorConfig"]["Mode"])
            if state.get("Resource", "").endswith(".sync"):
                used.add(".sync")
    assert {"Retry", "Catch", "Map:INLINE", "Map:DISTRIBUTED", ".sync"} <= used


def test_table_refresh_runs_each_table_once_with_a_concurrency_cap(catalog) -> None:
    path = DOCS / "examples" / "stepfunctions" / "table-refresh-map.asl.json"
    refresh = states_of(path)["RefreshEachTable"]
    inline_limit = next(f for f in catalog.services["aws-step-functions"].facts
                        if f.key == "inline-map-concurrency").amounts["iterations"]  # fmt: skip
    assert refresh["Type"] == "Map" and 0 < refresh["MaxConcurrency"] <= inline_limit
    job = refresh["ItemProcessor"]["States"]["RunTableJob"]
    assert job["Resource"] == "arn:aws:states:::glue:startJobRun.sync"
    # One failed table must not stop the others: the catch ends that iteration quietly.
    (catcher,) = job["Catch"]
    handler = refresh["ItemProcessor"]["States"][catcher["Next"]]
    assert handler["Type"] == "Pass" and handler.get("End") is True
    register = states_of(path)["RegisterPartitions"]
    assert register["Resource"] == "arn:aws:states:::athena:startQueryExecution.sync"


def test_file_validation_reads_s3_itself_and_tolerates_a_few_failures(catalog) -> None:
    path = DOCS / "examples" / "stepfunctions" / "validate-files-distributed-map.asl.json"
    fan_out = states_of(path)["ValidateEveryFile"]
    limit = next(f for f in catalog.services["aws-step-functions"].facts
                 if f.key == "distributed-map-concurrency").amounts["children"]  # fmt: skip
    assert fan_out["ItemProcessor"]["ProcessorConfig"]["Mode"] == "DISTRIBUTED"
    assert 0 < fan_out["MaxConcurrency"] <= limit
    assert fan_out["ItemReader"]["Resource"] == "arn:aws:states:::s3:listObjectsV2"
    assert 0 < fan_out["ToleratedFailurePercentage"] <= 5
    assert fan_out["ResultWriter"]["Resource"] == "arn:aws:states:::s3:putObject"
    catches = {e for c in fan_out["Catch"] for e in c["ErrorEquals"]}
    assert "States.ExceedToleratedFailureThreshold" in catches


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


def test_the_checker_catches_bad_retries_resources_paths_and_maps() -> None:
    machine = {
        "StartAt": "A",
        "States": {
            "A": {
                "Type": "Task",
                "Resource": "arn:aws:states:::sns:publish.sync",
                "Parameters": {"Message.$": "error.Cause"},
                "Retry": [{"ErrorEquals": ["States.ALL"]}, {"ErrorEquals": ["X"],
                          "IntervalSeconds": 0, "BackoffRate": 0.5, "JitterStrategy": "SOME"}],
                "Catch": [{"ErrorEquals": []}],
                "Next": "B",
            },
            "B": {
                "Type": "Map",
                "ItemReader": {"Resource": "arn:aws:states:::s3:listObjectsV2"},
                "MaxConcurrency": -1,
                "ItemProcessor": {"StartAt": "C", "States": {"C": {"Type": "Pass", "End": True}}},
                "End": True,
            },
        },
    }  # fmt: skip
    found = problems(machine)
    assert "A: sns:publish has no .sync integration" in found
    assert "A: Parameters: Message.$ needs a path or an intrinsic function, got 'error.Cause'" in (
        found
    )
    assert "A: Retry[0]: States.ALL must stand alone in the last rule" in found
    assert "A: Retry[1]: IntervalSeconds must be at least 1" in found
    assert "A: Retry[1]: BackoffRate must be at least 1" in found
    assert "A: Retry[1]: JitterStrategy must be FULL or NONE" in found
    assert "A: Catch[0] has no ErrorEquals" in found
    assert "B: MaxConcurrency must be a whole number, 0 meaning no limit" in found
    assert "B: ['ItemReader'] need DISTRIBUTED mode" in found
