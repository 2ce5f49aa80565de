"""Athena SQL query cost, billed per data scanned.

The rule (Athena pricing page, which the Athena User Guide links to for prices): bytes scanned
per query are rounded up to the next megabyte, with a minimum of 10 MB per query, at a
per-terabyte rate. Partitions and columnar formats matter because they shrink the bytes
scanned: the browser calculator takes the table size, the share of partitions a query reads and
the share of the columns a columnar file lets it skip. The rate, the minimum and the rounding
unit come from the `amounts` of facts in amazon-athena.yaml.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..models import Service
from .base import amount, choice, number

# A terabyte in the Athena examples is 1,024 GB of 1,024 MB: a convention of this guide's
# worked examples, stated on the page, not a figure taken from AWS.
MB_PER_TB = 1024 * 1024
BYTES_PER_MB = 1024 * 1024
UNIT_BYTES = {"KB": 1024, "MB": 1024**2, "GB": 1024**3, "TB": 1024**4}


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


def limits(athena: Service) -> dict[str, float]:
    return {
        "minimum_mb": amount(athena, "scan-billing", "minimum-mb"),
        "rounding_mb": amount(athena, "scan-billing", "rounding-mb"),
        "usd_per_tb": amount(athena, "scan-price", "usd-per-tb"),
    }


def _cost(lim: Mapping[str, float], scanned_bytes: int, queries: int) -> AthenaQueryCost:
    return AthenaQueryCost(
        scanned_bytes=scanned_bytes,
        minimum_mb=lim["minimum_mb"],
        rounding_mb=lim["rounding_mb"],
        usd_per_tb=lim["usd_per_tb"],
        queries=queries,
    )


def estimate(lim: Mapping[str, float], inputs: Mapping[str, Any]) -> AthenaQueryCost:
    """Bytes scanned from a table size and the shares of partitions and columns read."""
    unit = choice(inputs, "unit", "Size unit", list(UNIT_BYTES))
    size = number(inputs, "table_size", "Table size", minimum=0)
    partitions = number(inputs, "partitions_percent", "Share of partitions read", minimum=0,
                        maximum=100, unit="%")  # fmt: skip
    columns = number(inputs, "columns_percent", "Share of data in the columns read", minimum=0,
                     maximum=100, unit="%")  # fmt: skip
    queries = number(inputs, "queries", "Number of queries", above=0, whole=True)
    scanned = math.ceil(size * UNIT_BYTES[unit] * partitions / 100 * columns / 100)
    return _cost(lim, scanned, int(queries))


def outputs(cost: AthenaQueryCost) -> dict[str, Any]:
    return {
        "scanned_bytes": cost.scanned_bytes,
        "scanned_mb": cost.scanned_mb,
        "rounded_mb": cost.rounded_mb,
        "billed_mb": cost.billed_mb,
        "minimum_applies": cost.minimum_applies,
        "usd_per_query": cost.usd_per_query,
        "usd_total": cost.usd_total,
    }


def athena_query_cost(athena: Service, scanned_bytes: int, queries: int = 1) -> AthenaQueryCost:
    """Cost of Athena SQL queries for a known number of bytes scanned (the worked examples)."""
    if scanned_bytes < 0:
        raise ValueError(f"bytes scanned cannot be negative, got {scanned_bytes}")
    if queries < 1:
        raise ValueError(f"the number of queries must be at least 1, got {queries}")
    return _cost(limits(athena), scanned_bytes, queries)


def to_bytes(size: float, unit: str) -> int:
    """A size such as 40 GB as whole bytes, in the binary units the worked examples use."""
    key = unit.upper()
    if key not in UNIT_BYTES:
        raise KeyError(f"unknown size unit {unit!r}; known: {', '.join(UNIT_BYTES)}")
    return round(size * UNIT_BYTES[key])
