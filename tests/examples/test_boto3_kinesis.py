"""kinesis_put_records.py against moto: only failed records are resent, none is duplicated.

moto's PutRecords always succeeds, so the test wraps the moto client in a shard that "throttles"
chosen records of chosen calls: it returns an ErrorCode for them without writing them, exactly
as Kinesis reports a partial failure, and forwards the rest to moto. The stream is then read
back from every shard.
"""

from __future__ import annotations

import pytest

from macros.catalog import Catalog
from tests.examples.conftest import sample_module

producer = sample_module("boto3/kinesis_put_records.py")
STREAM = "meter-readings"


class Throttling:
    """A Kinesis client that fails the records whose data is in `fail[call_number]`."""

    def __init__(self, client, fail: dict[int, set[bytes]]) -> None:
        self.client, self.fail, self.sent = client, fail, []

    def put_records(self, StreamName: str, Records: list[dict]) -> dict:  # noqa: N803
        call = len(self.sent)
        self.sent.append([r["Data"] for r in Records])
        failing = self.fail.get(call, set())
        ok = [r for r in Records if r["Data"] not in failing]
        written = iter(
            self.client.put_records(StreamName=StreamName, Records=ok)["Records"] if ok else []
        )
        results = [
            {"ErrorCode": "ProvisionedThroughputExceededException",
             "ErrorMessage": "Rate exceeded for shard shardId-000000000001"}
            if r["Data"] in failing else next(written)
            for r in Records
        ]  # fmt: skip
        return {"FailedRecordCount": sum("ErrorCode" in r for r in results), "Records": results}


def read_stream(kinesis) -> list[bytes]:
    data = []
    for shard in kinesis.list_shards(StreamName=STREAM)["Shards"]:
        it = kinesis.get_shard_iterator(StreamName=STREAM, ShardId=shard["ShardId"],
                                        ShardIteratorType="TRIM_HORIZON")["ShardIterator"]
        data += [r["Data"] for r in kinesis.get_records(ShardIterator=it, Limit=1000)["Records"]]
    return data  # fmt: skip


@pytest.fixture
def kinesis(aws):
    client = aws.client("kinesis")
    client.create_stream(StreamName=STREAM, ShardCount=2)
    return client


def readings(n: int) -> list[tuple[str, bytes]]:
    return [(f"meter-{i % 7}", f'{{"reading":{i}}}'.encode()) for i in range(n)]


def test_only_the_failed_records_are_resent_and_none_is_duplicated(kinesis) -> None:
    records = readings(10)
    fail = {0: {records[2][1], records[7][1]}, 1: {records[7][1]}}
    client, pauses = Throttling(kinesis, fail), []
    calls = producer.put_all(client, STREAM, records, sleep=pauses.append, jitter=lambda: 1.0)
    assert calls == 3
    assert client.sent[1] == [records[2][1], records[7][1]]  # only the two failures
    assert client.sent[2] == [records[7][1]]
    assert pauses == [0.1, 0.2]  # exponential, before each retry only
    assert sorted(read_stream(kinesis)) == sorted(d for _, d in records)


def test_records_still_failing_after_the_last_attempt_are_reported(kinesis) -> None:
    records = readings(3)
    stuck = records[1][1]
    client = Throttling(kinesis, {n: {stuck} for n in range(5)})
    with pytest.raises(producer.RecordsNotWritten) as raised:
        producer.put_all(client, STREAM, records, attempts=3, sleep=lambda s: None)
    assert [r["Data"] for r in raised.value.records] == [stuck]
    assert raised.value.records[0]["ErrorCode"] == "ProvisionedThroughputExceededException"
    assert len(client.sent) == 3
    assert sorted(read_stream(kinesis)) == sorted([records[0][1], records[2][1]])


def test_large_inputs_are_split_by_count_and_by_bytes() -> None:
    by_count = list(producer.batches(readings(1201)))
    assert [len(b) for b in by_count] == [500, 500, 201]
    big = [("k", b"x" * (3 * 1024 * 1024))] * 4  # 12 MiB in four records
    assert [len(b) for b in producer.batches(big)] == [3, 1]


def test_the_batch_limits_match_the_data(catalog: Catalog) -> None:
    fact = next(f for f in catalog.services["kinesis-data-streams"].facts
                if f.key == "putrecords-batch")  # fmt: skip
    assert fact.amounts["records"] == producer.MAX_RECORDS
    assert fact.amounts["mib"] * 1024 * 1024 == producer.MAX_BYTES
