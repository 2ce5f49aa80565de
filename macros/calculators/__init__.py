"""Pure capacity and cost calculators behind the worked examples and the calculators page.

Limits and prices come from the `amounts` of sourced facts in data/, never from constants here,
so a changed quota changes every worked example and the browser calculators with it. Each module
holds one calculator: `limits(service)` reads its figures from the data, `estimate(limits,
inputs)` validates the inputs and returns a small dataclass, `outputs(result)` lists the numbers
the browser twin (docs/assets/javascripts/calculators-core.js) must reproduce exactly, and a
service-based function serves the worked-example macros.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from ..models import Service
from . import athena, dynamodb, firehose, glue, kinesis, lambda_scaling, s3_storage
from .athena import (
    BYTES_PER_MB,
    MB_PER_TB,
    UNIT_BYTES,
    AthenaQueryCost,
    athena_query_cost,
    to_bytes,
)
from .base import InputError, amount
from .dynamodb import DynamoCapacity, dynamodb_capacity
from .firehose import FirehoseFlush, firehose_flush
from .glue import GlueRunCost, glue_run_cost
from .kinesis import ShardEstimate, kinesis_shards
from .lambda_scaling import LambdaConcurrency, lambda_concurrency
from .s3_storage import S3Cost, s3_cost

__all__ = [
    "BYTES_PER_MB", "CALCULATORS", "MB_PER_TB", "UNIT_BYTES", "AthenaQueryCost",
    "DynamoCapacity", "FirehoseFlush", "GlueRunCost", "InputError", "LambdaConcurrency",
    "S3Cost", "ShardEstimate", "amount", "athena_query_cost", "browser_limits", "compute",
    "dynamodb_capacity", "firehose_flush", "glue_run_cost", "kinesis_shards",
    "lambda_concurrency", "s3_cost", "to_bytes",
]  # fmt: skip


@dataclass(frozen=True)
class Calculator:
    service: str  # the service whose facts hold its figures
    limits: Callable[[Service], dict[str, float]]
    estimate: Callable[[Mapping[str, float], Mapping[str, Any]], Any]
    outputs: Callable[[Any], dict[str, Any]]


CALCULATORS: dict[str, Calculator] = {
    "dynamodb": Calculator("amazon-dynamodb", dynamodb.limits, dynamodb.estimate,
                           dynamodb.outputs),
    "kinesis": Calculator("kinesis-data-streams", kinesis.limits, kinesis.estimate,
                          kinesis.outputs),
    "lambda": Calculator("aws-lambda", lambda_scaling.limits, lambda_scaling.estimate,
                         lambda_scaling.outputs),
    "athena": Calculator("amazon-athena", athena.limits, athena.estimate, athena.outputs),
    "s3": Calculator("amazon-s3", s3_storage.limits, s3_storage.estimate, s3_storage.outputs),
    "glue": Calculator("aws-glue", glue.limits, glue.estimate, glue.outputs),
    "firehose": Calculator("amazon-data-firehose", firehose.limits, firehose.estimate,
                           firehose.outputs),
}  # fmt: skip


def browser_limits(services: Mapping[str, Service]) -> dict[str, dict[str, float]]:
    """Every calculator's figures, as the browser receives them (read from the data)."""
    return {name: c.limits(services[c.service]) for name, c in CALCULATORS.items()}


def compute(name: str, inputs: Mapping[str, Any], limits: Mapping[str, float]) -> dict[str, Any]:
    """One calculator run, as the browser twin runs it; raises InputError with its message."""
    if name not in CALCULATORS:
        raise KeyError(f"unknown calculator {name!r}; known: {', '.join(CALCULATORS)}")
    calc = CALCULATORS[name]
    return calc.outputs(calc.estimate(limits, inputs))
