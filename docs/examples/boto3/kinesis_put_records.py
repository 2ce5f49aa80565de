"""Write a batch of records to a Kinesis data stream, resending only the records that failed.

PutRecords can succeed as a call while some of its records fail (typically with
ProvisionedThroughputExceededException when a shard is over its limit). The response lists a
result per record, in request order; the failed ones carry an ErrorCode. Resending the whole
batch would duplicate the records that did land, so only the failed ones go back, after an
exponentially growing, randomised pause.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any

MAX_RECORDS = 500  # records per PutRecords call
MAX_BYTES = 10 * 1024 * 1024  # bytes per call, partition keys included


class RecordsNotWritten(RuntimeError):
    """Some records still failed after the last attempt; they are in `.records`."""

    def __init__(self, records: list[dict]) -> None:
        super().__init__(f"{len(records)} records not written: {records[0].get('ErrorCode', '')}")
        self.records = records


def batches(records: Sequence[tuple[str, bytes]]) -> Iterator[list[dict]]:
    """Split (partition key, data) pairs into calls that respect both per-call limits."""
    batch: list[dict] = []
    size = 0
    for key, data in records:
        entry_size = len(key.encode()) + len(data)
        if batch and (len(batch) == MAX_RECORDS or size + entry_size > MAX_BYTES):
            yield batch
            batch, size = [], 0
        batch.append({"PartitionKey": key, "Data": data})
        size += entry_size
    if batch:
        yield batch


def put_all(
    kinesis: Any,
    stream: str,
    records: Sequence[tuple[str, bytes]],
    *,
    attempts: int = 5,
    base_delay: float = 0.1,
    max_delay: float = 5.0,
    sleep: Callable[[float], None] = time.sleep,
    jitter: Callable[[], float] = random.random,
) -> int:
    """Write every record; return the number of PutRecords calls made."""
    calls = 0
    for pending in batches(records):
        for attempt in range(1, attempts + 1):
            response = kinesis.put_records(StreamName=stream, Records=pending)
            calls += 1
            if response["FailedRecordCount"] == 0:
                break
            # Results come back in request order: keep the entries whose result has an error.
            failed = [
                (entry, result)
                for entry, result in zip(pending, response["Records"], strict=True)
                if "ErrorCode" in result
            ]
            pending = [entry for entry, _ in failed]
            if attempt == attempts:
                raise RecordsNotWritten([{**e, "ErrorCode": r["ErrorCode"]} for e, r in failed])
            # Full jitter: a random pause up to the exponential cap spreads retrying producers.
            sleep(min(max_delay, base_delay * 2 ** (attempt - 1)) * jitter())
    return calls
