"""Deliver JSON events to Amazon S3 through an Amazon Data Firehose stream.

Firehose buffers records and writes one object per flush: when the buffer reaches its size or
its interval, whichever comes first. With a plain prefix it adds a UTC YYYY/MM/DD/HH/ path, so
the objects land in hourly folders. Records that cannot be delivered go under the error prefix.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

BATCH_RECORDS = 500  # records per PutRecordBatch call
BATCH_BYTES = 4 * 1024 * 1024  # bytes per PutRecordBatch call


def create_s3_stream(
    firehose: Any,
    name: str,
    bucket_arn: str,
    role_arn: str,
    *,
    prefix: str = "clickstream/",
    buffer_mib: int = 64,
    buffer_seconds: int = 300,
) -> dict:
    """A Direct PUT stream writing GZIP objects to S3; returns the destination as stored."""
    firehose.create_delivery_stream(
        DeliveryStreamName=name,
        DeliveryStreamType="DirectPut",
        ExtendedS3DestinationConfiguration={
            "RoleARN": role_arn,  # Firehose assumes it to write to the bucket
            "BucketARN": bucket_arn,
            "Prefix": prefix,
            "ErrorOutputPrefix": "errors/",
            "BufferingHints": {"SizeInMBs": buffer_mib, "IntervalInSeconds": buffer_seconds},
            "CompressionFormat": "GZIP",
        },
    )
    stream = firehose.describe_delivery_stream(DeliveryStreamName=name)
    destination = stream["DeliveryStreamDescription"]["Destinations"][0]
    return destination["ExtendedS3DestinationDescription"]


def _batches(events: list[dict]) -> Iterator[list[dict]]:
    batch: list[dict] = []
    size = 0
    for event in events:
        # One JSON object per line, so Athena and Glue read the objects as JSON Lines.
        data = (json.dumps(event, separators=(",", ":")) + "\n").encode()
        if batch and (len(batch) == BATCH_RECORDS or size + len(data) > BATCH_BYTES):
            yield batch
            batch, size = [], 0
        batch.append({"Data": data})
        size += len(data)
    if batch:
        yield batch


def send_events(firehose: Any, name: str, events: list[dict], attempts: int = 3) -> int:
    """Send events in batches, resending failed records; return how many records were sent."""
    sent = 0
    for batch in _batches(events):
        for _ in range(attempts):
            response = firehose.put_record_batch(DeliveryStreamName=name, Records=batch)
            results = response["RequestResponses"]
            sent += sum("ErrorCode" not in r for r in results)
            batch = [rec for rec, res in zip(batch, results, strict=True) if "ErrorCode" in res]
            if not batch:
                break
        else:
            raise RuntimeError(f"{len(batch)} records not accepted after {attempts} attempts")
    return sent
