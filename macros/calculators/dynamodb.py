"""DynamoDB read and write capacity units for one item size and request rate.

The rule (Amazon DynamoDB Developer Guide, "DynamoDB read and write operations",
https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html):
a read unit covers one strongly consistent read per second of an item up to 4 KB, an eventually
consistent read takes half a unit and a transactional read two; a write unit covers one write
per second of an item up to 1 KB and a transactional write takes two. Item sizes round up to the
next unit size. Every size and multiplier is read from the `amounts` of facts in
amazon-dynamodb.yaml, so a documentation change flows through.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..models import Service
from .base import amount, number


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


READS = ("strong", "eventual", "transactional")
WRITES = ("standard", "transactional")


def limits(ddb: Service) -> dict[str, float]:
    return {
        "read_unit_kb": amount(ddb, "read-capacity-unit", "kb"),
        "write_unit_kb": amount(ddb, "write-capacity-unit", "kb"),
        **{f"read_{k}": amount(ddb, "read-capacity-unit", k) for k in READS},
        **{f"write_{k}": amount(ddb, "write-capacity-unit", k) for k in WRITES},
        "item_max_kb": amount(ddb, "item-size", "kb"),
        "partition_read_units": amount(ddb, "partition-throughput", "read-units"),
        "partition_write_units": amount(ddb, "partition-throughput", "write-units"),
    }


def estimate(lim: Mapping[str, float], inputs: Mapping[str, Any]) -> DynamoCapacity:
    item_kb = number(inputs, "item_kb", "Item size", above=0, maximum=lim["item_max_kb"],
                     unit=" KB")  # fmt: skip
    reads = number(inputs, "reads_per_second", "Reads per second", minimum=0)
    writes = number(inputs, "writes_per_second", "Writes per second", minimum=0)
    return DynamoCapacity(
        item_kb=item_kb,
        reads_per_second=reads,
        writes_per_second=writes,
        read_unit_kb=lim["read_unit_kb"],
        write_unit_kb=lim["write_unit_kb"],
        read_factors={k: lim[f"read_{k}"] for k in READS},
        write_factors={k: lim[f"write_{k}"] for k in WRITES},
        partition_read_units=lim["partition_read_units"],
        partition_write_units=lim["partition_write_units"],
    )


def outputs(cap: DynamoCapacity) -> dict[str, Any]:
    return {
        "read_units_per_item": cap.read_units_per_item,
        "write_units_per_item": cap.write_units_per_item,
        **{f"rcu_{k}": cap.rcu(k) for k in READS},
        **{f"wcu_{k}": cap.wcu(k) for k in WRITES},
        "min_partitions": cap.min_partitions,
    }


def dynamodb_capacity(
    ddb: Service, item_kb: float, reads_per_second: float, writes_per_second: float
) -> DynamoCapacity:
    """Read and write units for a DynamoDB workload (see the module docstring for the rule)."""
    inputs = {"item_kb": item_kb, "reads_per_second": reads_per_second,
              "writes_per_second": writes_per_second}  # fmt: skip
    return estimate(limits(ddb), inputs)
