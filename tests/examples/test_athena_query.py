"""The Athena start-poll-fetch sample, driven by a small fake client: no network, no AWS.

The fake mimics the three calls' response shapes (StartQueryExecution, GetQueryExecution,
GetQueryResults with NextToken) closely enough to check what the page says the code does:
it polls until a final state with a growing pause, reads every page, drops the header row,
reports Athena's reason on failure and stops a query that runs too long.
"""

from __future__ import annotations

import pytest

from tests.examples.conftest import sample_module

run_query_module = sample_module("athena/run_query.py")


class FakeAthena:
    """Returns the queued states in order, then serves the result rows in pages."""

    def __init__(self, states: list[str], rows: list[list[str]], reason: str = "") -> None:
        self.states = list(states)
        self.rows = rows  # header first, as Athena returns SELECT results
        self.reason = reason
        self.calls: list[tuple[str, dict]] = []

    def start_query_execution(self, **kwargs: object) -> dict:
        self.calls.append(("start", kwargs))
        return {"QueryExecutionId": "q-123"}

    def get_query_execution(self, **kwargs: object) -> dict:
        self.calls.append(("get", kwargs))
        state = self.states.pop(0) if len(self.states) > 1 else self.states[0]
        status: dict = {"State": state}
        if self.reason and state in {"FAILED", "CANCELLED"}:
            status["StateChangeReason"] = self.reason
        return {"QueryExecution": {"Status": status, "Statistics": {"DataScannedInBytes": 4096}}}

    def get_query_results(self, **kwargs: object) -> dict:
        self.calls.append(("results", kwargs))
        size = int(kwargs["MaxResults"])  # type: ignore[arg-type]
        start = int(kwargs.get("NextToken", 0))  # type: ignore[arg-type]
        chunk = self.rows[start : start + size]
        page = {
            "ResultSet": {
                "ResultSetMetadata": {"ColumnInfo": [{"Name": n} for n in self.rows[0]]},
                "Rows": [{"Data": [{"VarCharValue": v} for v in row]} for row in chunk],
            }
        }
        if start + size < len(self.rows):
            page["NextToken"] = str(start + size)
        return page

    def stop_query_execution(self, **kwargs: object) -> dict:
        self.calls.append(("stop", kwargs))
        return {}


def test_polls_until_success_then_reads_every_page() -> None:
    rows = [["store", "revenue"]] + [[f"s{i}", str(i * 10)] for i in range(2500)]
    fake = FakeAthena(["QUEUED", "RUNNING", "RUNNING", "SUCCEEDED"], rows)
    pauses: list[float] = []
    result = run_query_module.run_query(
        fake, "SELECT store, revenue FROM sales", database="retail", workgroup="analysts",
        sleep=pauses.append,
    )  # fmt: skip
    assert result.columns == ["store", "revenue"]
    assert len(result.rows) == 2500 and result.rows[0] == ["s0", "0"]  # header dropped
    assert result.bytes_scanned == 4096
    assert pauses == [0.5, 1.0, 2.0]  # the pause doubles between polls
    assert [name for name, _ in fake.calls].count("results") == 3  # 2,501 rows, pages of 1,000
    start = fake.calls[0][1]
    assert start["WorkGroup"] == "analysts"
    assert start["QueryExecutionContext"] == {"Database": "retail"}


def test_a_failed_query_raises_with_athenas_reason() -> None:
    reason = "HIVE_BAD_DATA: Error parsing field value '12,5' for field 2"
    fake = FakeAthena(["RUNNING", "FAILED"], [["a"]], reason=reason)
    with pytest.raises(run_query_module.QueryFailed, match="HIVE_BAD_DATA"):
        run_query_module.run_query(
            fake, "SELECT 1", database="d", workgroup="w", sleep=lambda s: None
        )
    assert "results" not in [name for name, _ in fake.calls]


def test_a_query_that_never_finishes_is_stopped() -> None:
    fake = FakeAthena(["RUNNING"], [["a"]])
    with pytest.raises(TimeoutError, match="stopped"):
        run_query_module.wait_for_query(fake, "q-123", timeout=30, sleep=lambda s: None)
    assert fake.calls[-1] == ("stop", {"QueryExecutionId": "q-123"})


def test_pause_never_exceeds_the_cap() -> None:
    fake = FakeAthena(["RUNNING"] * 8 + ["SUCCEEDED"], [["a"]])
    pauses: list[float] = []
    run_query_module.wait_for_query(fake, "q-123", max_wait=4, sleep=pauses.append)
    assert pauses == [0.5, 1, 2, 4, 4, 4, 4, 4]
