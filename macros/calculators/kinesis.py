"""Kinesis Data Streams: provisioned shards for a write rate and its readers.

The rule (Amazon Kinesis Data Streams Developer Guide, "Quotas and limits",
https://docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html): each shard takes
1 MB/s or 1,000 records/s of writes, and serves 2 MB/s of reads shared by every consumer that
polls with GetRecords; an enhanced fan-out consumer instead gets its own 2 MB/s per shard, so it
adds no shards. The stream needs the largest of the three shard counts. Every figure comes from
the `amounts` of facts in kinesis-data-streams.yaml.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..models import Service
from .base import amount, number


@dataclass(frozen=True)
class ShardEstimate:
    write_kb: float  # KB/s written
    write_kb_limit: float
    records: float  # records/s written
    records_limit: float
    read_kb: float  # KB/s read by all shared-throughput consumers
    read_kb_limit: float
    efo_consumers: int = 0
    efo_kb_limit: float = 2048  # KB/s per shard for each enhanced fan-out consumer

    @property
    def by_volume(self) -> int:
        return math.ceil(self.write_kb / self.write_kb_limit)

    @property
    def by_count(self) -> int:
        return math.ceil(self.records / self.records_limit)

    @property
    def by_reads(self) -> int:
        return math.ceil(self.read_kb / self.read_kb_limit)

    @property
    def shards(self) -> int:
        return max(self.by_volume, self.by_count, self.by_reads)

    @property
    def efo_read_kb(self) -> float:
        """KB/s delivered to enhanced fan-out consumers, on top of the shared allowance."""
        return self.write_kb * self.efo_consumers


def limits(kds: Service) -> dict[str, float]:
    return {
        "write_kb": amount(kds, "shard-write-throughput", "kb-per-second"),
        "write_records": amount(kds, "shard-write-throughput", "records-per-second"),
        "read_kb": amount(kds, "shard-read-throughput", "kb-per-second"),
        "efo_kb": amount(kds, "efo-throughput", "kb-per-second"),
        "efo_consumers": amount(kds, "efo-consumers", "consumers"),
        "record_max_kb": amount(kds, "max-record-size", "max-kb"),
    }


def estimate(lim: Mapping[str, float], inputs: Mapping[str, Any]) -> ShardEstimate:
    rate = number(inputs, "records_per_second", "Records per second", above=0)
    size = number(inputs, "record_kb", "Average record size", above=0,
                  maximum=lim["record_max_kb"], unit=" KB")  # fmt: skip
    shared = number(inputs, "shared_consumers", "Shared-throughput consumers", minimum=0,
                    maximum=1000, whole=True)  # fmt: skip
    efo = number(inputs, "efo_consumers", "Enhanced fan-out consumers", minimum=0,
                 maximum=lim["efo_consumers"], whole=True)  # fmt: skip
    write_kb = rate * size
    return ShardEstimate(
        write_kb=write_kb,
        write_kb_limit=lim["write_kb"],
        records=rate,
        records_limit=lim["write_records"],
        read_kb=write_kb * shared,
        read_kb_limit=lim["read_kb"],
        efo_consumers=int(efo),
        efo_kb_limit=lim["efo_kb"],
    )


def outputs(est: ShardEstimate) -> dict[str, Any]:
    return {
        "write_kb": est.write_kb,
        "by_volume": est.by_volume,
        "by_count": est.by_count,
        "read_kb": est.read_kb,
        "by_reads": est.by_reads,
        "shards": est.shards,
        "efo_read_kb": est.efo_read_kb,
    }


def kinesis_shards(
    kds: Service,
    records_per_second: float,
    record_kb: float,
    consumers: int,
    efo_consumers: int = 0,
) -> ShardEstimate:
    """Provisioned shards needed so that writes and shared-throughput reads fit."""
    inputs = {"records_per_second": records_per_second, "record_kb": record_kb,
              "shared_consumers": consumers, "efo_consumers": efo_consumers}  # fmt: skip
    return estimate(limits(kds), inputs)
