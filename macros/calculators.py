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


@dataclass(frozen=True)
class DynamoCapacity:
    """DynamoDB capacity for one item size and request rate, with the unit sizes it used."""

    item_kb: float
    reads_per_second: float
    writes_per_second: float
    read_unit_kb: float  # item size one read unit covers (4 KB)
    write_unit_kb: float  # item size one write unit covers (1 KB)
    read_factors: dict[str, float]  # units per read of one read-unit-sized item, by consistency
    write_factors: dict[str, float]  # units per write of one write-unit-sized item, by kind
    partition_read_units: float
    partition_write_units: float

    @property
    def read_units_per_item(self) -> int:
        """Reads round the item size up to the next multiple of the read unit size."""
        return math.ceil(self.item_kb / self.read_unit_kb)

    @property
    def write_units_per_item(self) -> int:
        """Writes round the item size up to the next multiple of the write unit size."""
        return math.ceil(self.item_kb / self.write_unit_kb)

    def rcu(self, consistency: str = "strong") -> int:
        """Read units per second; fractions (half-unit eventual reads) round up to a whole unit."""
        if consistency not in self.read_factors:
            known = ", ".join(sorted(self.read_factors))
            raise KeyError(f"unknown read consistency {consistency!r}; known: {known}")
        exact = self.reads_per_second * self.read_units_per_item * self.read_factors[consistency]
        return math.ceil(exact)

    def wcu(self, kind: str = "standard") -> int:
        """Write units per second for standard or transactional writes."""
        if kind not in self.write_factors:
            known = ", ".join(sorted(self.write_factors))
            raise KeyError(f"unknown write kind {kind!r}; known: {known}")
        return math.ceil(
            self.writes_per_second * self.write_units_per_item * self.write_factors[kind]
        )

    @property
    def min_partitions(self) -> int:
        """Partitions (hence distinct, evenly used key values) needed at the strongest settings."""
        return max(
            math.ceil(self.rcu("strong") / self.partition_read_units),
            math.ceil(self.wcu("standard") / self.partition_write_units),
            1,
        )


def dynamodb_capacity(
    ddb: Service, item_kb: float, reads_per_second: float, writes_per_second: float
) -> DynamoCapacity:
    """Read and write units for a DynamoDB workload.

    The rule (Amazon DynamoDB Developer Guide, "DynamoDB read and write operations",
    https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html):
    a read unit covers one strongly consistent read per second of an item up to 4 KB, an
    eventually consistent read takes half a unit and a transactional read two; a write unit
    covers one write per second of an item up to 1 KB and a transactional write takes two.
    Item sizes round up to the next unit size. Every size and multiplier is read from the
    `amounts` of facts in amazon-dynamodb.yaml, so a documentation change flows through.
    """
    max_kb = amount(ddb, "item-size", "kb")
    if not 0 < item_kb <= max_kb:
        raise ValueError(f"item size must be above 0 and at most {max_kb:g} KB, got {item_kb:g}")
    if reads_per_second < 0 or writes_per_second < 0:
        raise ValueError("request rates cannot be negative")
    return DynamoCapacity(
        item_kb=item_kb,
        reads_per_second=reads_per_second,
        writes_per_second=writes_per_second,
        read_unit_kb=amount(ddb, "read-capacity-unit", "kb"),
        write_unit_kb=amount(ddb, "write-capacity-unit", "kb"),
        read_factors={
            name: amount(ddb, "read-capacity-unit", name)
            for name in ("strong", "eventual", "transactional")
        },
        write_factors={
            name: amount(ddb, "write-capacity-unit", name) for name in ("standard", "transactional")
        },
        partition_read_units=amount(ddb, "partition-throughput", "read-units"),
        partition_write_units=amount(ddb, "partition-throughput", "write-units"),
    )


# A terabyte in the Athena examples is 1,024 GB of 1,024 MB: a convention of this guide's
# worked examples, stated on the page, not a figure taken from AWS.
MB_PER_TB = 1024 * 1024
BYTES_PER_MB = 1024 * 1024


@dataclass(frozen=True)
class AthenaQueryCost:
    """What one Athena SQL query is billed for, and what a number of such queries cost."""

    scanned_bytes: int
    minimum_mb: float  # per-query minimum from amazon-athena.yaml
    rounding_mb: float  # scanned data rounds up to a multiple of this
    usd_per_tb: float
    queries: int

    @property
    def scanned_mb(self) -> float:
        return self.scanned_bytes / BYTES_PER_MB

    @property
    def rounded_mb(self) -> float:
        """Scanned megabytes rounded up to the next whole rounding unit."""
        return math.ceil(self.scanned_mb / self.rounding_mb) * self.rounding_mb

    @property
    def billed_mb(self) -> float:
        """Rounded megabytes, raised to the per-query minimum when the query read less."""
        return max(self.rounded_mb, self.minimum_mb)

    @property
    def minimum_applies(self) -> bool:
        return self.rounded_mb < self.minimum_mb

    @property
    def billed_tb(self) -> float:
        return self.billed_mb / MB_PER_TB

    @property
    def usd_per_query(self) -> float:
        return self.billed_tb * self.usd_per_tb

    @property
    def usd_total(self) -> float:
        return self.usd_per_query * self.queries


def athena_query_cost(athena: Service, scanned_bytes: int, queries: int = 1) -> AthenaQueryCost:
    """Cost of Athena SQL queries billed per data scanned.

    The rule (Athena pricing page): bytes scanned per query are rounded up to the next
    megabyte, with a minimum of 10 MB per query, at a per-terabyte rate. The rate, the minimum
    and the rounding unit all come from the `amounts` of facts in amazon-athena.yaml.
    """
    if scanned_bytes < 0:
        raise ValueError(f"bytes scanned cannot be negative, got {scanned_bytes}")
    if queries < 1:
        raise ValueError(f"the number of queries must be at least 1, got {queries}")
    return AthenaQueryCost(
        scanned_bytes=scanned_bytes,
        minimum_mb=amount(athena, "scan-billing", "minimum-mb"),
        rounding_mb=amount(athena, "scan-billing", "rounding-mb"),
        usd_per_tb=amount(athena, "scan-price", "usd-per-tb"),
        queries=queries,
    )


UNIT_BYTES = {"KB": 1024, "MB": 1024**2, "GB": 1024**3, "TB": 1024**4}


def to_bytes(size: float, unit: str) -> int:
    """A size such as 40 GB as whole bytes, in the binary units the worked examples use."""
    key = unit.upper()
    if key not in UNIT_BYTES:
        raise KeyError(f"unknown size unit {unit!r}; known: {', '.join(UNIT_BYTES)}")
    return round(size * UNIT_BYTES[key])
