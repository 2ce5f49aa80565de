"""firehose_to_s3.py against moto: the stream is stored as configured and events reach S3.

moto writes each PutRecordBatch straight to the bucket under the prefix and a UTC
YYYY/MM/DD/HH/ path, as Firehose does after a flush; it does not buffer or compress, so the
buffering hints and GZIP are checked on the stored configuration, and the flush rule is
computed by the Firehose buffer calculator.
"""

from __future__ import annotations

import gzip
import json
import re

import pytest

from macros.catalog import Catalog
from tests.examples.conftest import sample_module

delivery = sample_module("boto3/firehose_to_s3.py")
ROLE = "arn:aws:iam::123456789012:role/firehose-to-s3"


@pytest.fixture
def s3(aws):
    client = aws.client("s3")
    client.create_bucket(Bucket="clicks-lake",
                         CreateBucketConfiguration={"LocationConstraint": "eu-west-1"})  # fmt: skip
    return client


def test_stream_is_stored_with_prefix_buffering_and_compression(aws, s3) -> None:
    destination = delivery.create_s3_stream(
        aws.client("firehose"), "clicks", "arn:aws:s3:::clicks-lake", ROLE
    )
    assert destination["BucketARN"] == "arn:aws:s3:::clicks-lake"
    assert destination["RoleARN"] == ROLE
    assert destination["Prefix"] == "clickstream/"
    assert destination["ErrorOutputPrefix"] == "errors/"
    assert destination["BufferingHints"] == {"SizeInMBs": 64, "IntervalInSeconds": 300}
    assert destination["CompressionFormat"] == "GZIP"


def test_events_land_as_json_lines_in_hourly_folders(aws, s3) -> None:
    firehose = aws.client("firehose")
    delivery.create_s3_stream(firehose, "clicks", "arn:aws:s3:::clicks-lake", ROLE)
    events = [{"user": f"u{i}", "page": "/cart"} for i in range(1200)]
    assert delivery.send_events(firehose, "clicks", events) == 1200

    lines = []
    for obj in s3.list_objects_v2(Bucket="clicks-lake")["Contents"]:
        assert re.match(r"^clickstream/\d{4}/\d{2}/\d{2}/\d{2}/clicks-", obj["Key"]), obj["Key"]
        body = s3.get_object(Bucket="clicks-lake", Key=obj["Key"])["Body"].read()
        if body[:2] == b"\x1f\x8b":  # real Firehose output is GZIP; moto writes it plain
            body = gzip.decompress(body)
        lines += body.decode().splitlines()
    assert sorted(json.loads(line)["user"] for line in lines) == sorted(e["user"] for e in events)


def test_failed_records_are_resent_alone() -> None:
    class Flaky:
        def __init__(self) -> None:
            self.calls: list[int] = []

        def put_record_batch(self, DeliveryStreamName: str, Records: list) -> dict:  # noqa: N803
            self.calls.append(len(Records))
            fail = {"ErrorCode": "ServiceUnavailableException"}
            first = len(self.calls) == 1
            results = [fail if first and i % 2 else {"RecordId": "r"} for i in range(len(Records))]
            return {"RequestResponses": results}

    flaky = Flaky()
    assert delivery.send_events(flaky, "clicks", [{"n": i} for i in range(10)]) == 10
    assert flaky.calls == [10, 5]


def test_the_sample_respects_the_documented_limits(catalog: Catalog) -> None:
    facts = {f.key: f.amounts for f in catalog.services["amazon-data-firehose"].facts}
    assert facts["putrecordbatch-limits"]["records"] == delivery.BATCH_RECORDS
    assert facts["putrecordbatch-limits"]["mib"] * 1024 * 1024 == delivery.BATCH_BYTES
    size, interval = facts["buffer-size"], facts["buffer-interval"]
    assert size["min-mib"] <= 64 <= size["max-mib"]
    assert interval["min-seconds"] <= 300 <= interval["max-seconds"]
