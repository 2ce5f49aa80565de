"""Pure capacity calculators behind the worked examples.

Limits come from the `amounts` of sourced facts in data/, never from constants here, so a
changed quota changes every worked example that depends on it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .models import Service


def amount(service: Service, fact_key: str, name: str) -> float:
    for fact in service.facts:
        if fact.key == fact_key:
            if name not in fact.amounts:
                raise KeyError(f"{service.id}.{fact_key} has no amount {name!r}")
            return fact.amounts[name]
    raise KeyError(f"service {service.id!r} has no fact {fact_key!r}")


@dataclass(frozen=True)
class ShardEstimate:
    write_kb: float  # KB/s written
    write_kb_limit: float
    records: float  # records/s written
    records_limit: float
    read_kb: float  # KB/s read by all shared-throughput consumers
    read_kb_limit: float

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


def kinesis_shards(
    kds: Service, records_per_second: float, record_kb: float, consumers: int
) -> ShardEstimate:
    """Provisioned shards needed so that writes and shared-throughput reads fit."""
    write_kb = records_per_second * record_kb
    return ShardEstimate(
        write_kb=write_kb,
        write_kb_limit=amount(kds, "shard-write-throughput", "kb-per-second"),
        records=records_per_second,
        records_limit=amount(kds, "shard-write-throughput", "records-per-second"),
        read_kb=write_kb * consumers,
        read_kb_limit=amount(kds, "shard-read-throughput", "kb-per-second"),
    )
