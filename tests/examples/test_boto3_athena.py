"""run_query.py (docs/examples/athena/) against moto's Athena: start, poll, fetch.

moto queues a query, moves it to RUNNING and then SUCCEEDED on successive GetQueryExecution
calls, and serves canned result rows registered through its documented moto-api endpoint.

One adaptation: botocore 1.44 talks to Athena over the REST-JSON protocol (POST
/query-executions, GET /query-executions/{id} ...), and moto 5.2.6 already parses REST-JSON
requests by the botocore model, but its Athena URL table lists only "/", so any other path
answers 404. The fixture adds a catch-all path to that table for the test's duration; the boto3
client, its wire format and moto's Athena backend are unchanged. moto's state manager is set to
hold each state for one GetQueryExecution call, so the sample really polls. test_athena_query.py
checks the same module with a fake client, including paging and failures.
"""

from __future__ import annotations

import moto.athena.urls as athena_urls
import pytest
import requests
from moto.athena.responses import AthenaResponse
from moto.moto_api import state_manager

from tests.examples.conftest import REGION, sample_module

athena_sample = sample_module("athena/run_query.py")


@pytest.fixture
def athena(aws, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setitem(athena_urls.url_paths, "{0}/.*$", AthenaResponse.dispatch)
    state_manager.set_transition(
        model_name="athena::execution", transition={"progression": "manual", "times": 1}
    )
    yield aws.client("athena")
    state_manager.unset_transition(model_name="athena::execution")


def canned_results(rows: list[list[str]]) -> None:
    """Queue the rows moto returns for the next query (header row first, as Athena sends)."""
    payload = {
        "region": REGION,
        "results": [{
            "rows": [{"Data": [{"VarCharValue": v} for v in row]} for row in rows],
            "column_info": [{"Name": name, "Type": "varchar"} for name in rows[0]],
        }],
    }  # fmt: skip
    response = requests.post(
        "http://motoapi.amazonaws.com/moto-api/static/athena/query-results", json=payload
    )
    assert response.status_code == 201


def test_the_client_speaks_rest_json_as_shipped(athena) -> None:
    assert athena.meta.service_model.protocol == "rest-json"


def test_a_query_is_started_polled_until_it_succeeds_and_fetched(aws, athena) -> None:
    aws.client("s3").create_bucket(
        Bucket="athena-results", CreateBucketConfiguration={"LocationConstraint": REGION}
    )
    athena.create_work_group(
        Name="analysts",
        Configuration={"ResultConfiguration": {"OutputLocation": "s3://athena-results/analysts/"}},
    )
    canned_results([["store", "revenue"], ["north", "35.50"], ["south", "12.00"]])
    pauses: list[float] = []
    result = athena_sample.run_query(
        athena, "SELECT store, SUM(amount) AS revenue FROM orders GROUP BY store",
        database="retail", workgroup="analysts", sleep=pauses.append,
    )  # fmt: skip
    assert result.columns == ["store", "revenue"]
    assert result.rows == [["north", "35.50"], ["south", "12.00"]]  # header row dropped
    assert pauses and pauses[0] == 0.5  # it waited while moto reported QUEUED or RUNNING

    execution = athena.get_query_execution(QueryExecutionId=result.query_id)["QueryExecution"]
    assert execution["WorkGroup"] == "analysts"
    assert execution["QueryExecutionContext"]["Database"] == "retail"
    assert execution["Status"]["State"] == "SUCCEEDED"
