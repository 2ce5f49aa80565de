"""Run one Athena query from code: start it, wait for it, then read every page of results.

Athena's API is asynchronous. StartQueryExecution only returns an ID; the caller polls
GetQueryExecution until the query reaches a final state, then pages through
GetQueryResults with NextToken. `client` is a boto3 Athena client (boto3.client("athena")),
whose credentials come from the role the code runs under.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

FINAL_STATES = {"SUCCEEDED", "FAILED", "CANCELLED"}


class QueryFailed(RuntimeError):
    """The query ended FAILED or CANCELLED; the message carries Athena's reason."""


@dataclass(frozen=True)
class QueryResult:
    query_id: str
    columns: list[str]
    rows: list[list[str | None]]
    bytes_scanned: int


def wait_for_query(
    client: Any,
    query_id: str,
    *,
    first_wait: float = 0.5,
    max_wait: float = 10.0,
    timeout: float = 900.0,
    sleep: Callable[[float], None] = time.sleep,
) -> dict:
    """Poll GetQueryExecution with a growing pause until the query finishes or time runs out."""
    waited, pause = 0.0, first_wait
    while True:
        execution = client.get_query_execution(QueryExecutionId=query_id)["QueryExecution"]
        state = execution["Status"]["State"]
        if state in FINAL_STATES:
            return execution
        if waited >= timeout:
            client.stop_query_execution(QueryExecutionId=query_id)
            raise TimeoutError(f"query {query_id} still {state} after {waited:.0f} s; stopped it")
        sleep(pause)
        waited += pause
        pause = min(pause * 2, max_wait)  # back off: short queries return fast, long ones poll less


def fetch_all_rows(client: Any, query_id: str, page_size: int = 1000) -> tuple[list[str], list]:
    """Read every page of a finished SELECT; the first row of the first page is the header."""
    columns: list[str] = []
    rows: list[list[str | None]] = []
    token = None
    while True:
        kwargs = {"QueryExecutionId": query_id, "MaxResults": page_size}
        if token:
            kwargs["NextToken"] = token
        page = client.get_query_results(**kwargs)
        result_set = page["ResultSet"]
        if not columns:
            columns = [c["Name"] for c in result_set["ResultSetMetadata"]["ColumnInfo"]]
        for row in result_set["Rows"]:
            values = [cell.get("VarCharValue") for cell in row["Data"]]
            if not rows and values == columns:  # skip the header row that SELECT results carry
                continue
            rows.append(values)
        token = page.get("NextToken")
        if not token:
            return columns, rows


def run_query(
    client: Any,
    sql: str,
    *,
    database: str,
    workgroup: str,
    sleep: Callable[[float], None] = time.sleep,
) -> QueryResult:
    """Start a query in a workgroup (which sets the result location and limits), wait, fetch."""
    started = client.start_query_execution(
        QueryString=sql,
        QueryExecutionContext={"Database": database},
        WorkGroup=workgroup,
    )
    query_id = started["QueryExecutionId"]
    execution = wait_for_query(client, query_id, sleep=sleep)
    status = execution["Status"]
    if status["State"] != "SUCCEEDED":
        reason = status.get("StateChangeReason", "no reason given")
        raise QueryFailed(f"query {query_id} {status['State']}: {reason}")
    columns, rows = fetch_all_rows(client, query_id)
    scanned = execution.get("Statistics", {}).get("DataScannedInBytes", 0)
    return QueryResult(query_id, columns, rows, scanned)
