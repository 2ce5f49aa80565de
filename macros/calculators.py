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


@dataclass(frozen=True)
class GlueRunCost:
    worker_type: str
    workers: int
    dpu_per_worker: float
    runtime_seconds: float
    minimum_seconds: float
    usd_per_dpu_hour: float
    runs: int

    @property
    def dpus(self) -> float:
        return self.workers * self.dpu_per_worker

    @property
    def billed_seconds(self) -> float:
        return max(self.runtime_seconds, self.minimum_seconds)

    @property
    def dpu_hours(self) -> float:
        return self.dpus * self.billed_seconds / 3600

    @property
    def usd_per_run(self) -> float:
        return self.dpu_hours * self.usd_per_dpu_hour

    @property
    def usd_total(self) -> float:
        return self.usd_per_run * self.runs


def glue_run_cost(
    glue: Service, worker_type: str, workers: int, runtime_seconds: float, runs: int = 1
) -> GlueRunCost:
    """Cost of a Spark job run: DPUs from the worker type, per-second billing above a minimum.

    The worker size, the minimum billed duration and the example DPU-hour rate all come from
    facts in aws-glue.yaml, so a change there changes the worked example.
    """
    key = worker_type.lower().replace(".", "")
    return GlueRunCost(
        worker_type=worker_type,
        workers=workers,
        dpu_per_worker=amount(glue, "worker-types", key),
        runtime_seconds=runtime_seconds,
        minimum_seconds=amount(glue, "billing-minimum", "minimum-seconds"),
        usd_per_dpu_hour=amount(glue, "dpu-hour-price", "usd"),
        runs=runs,
    )
