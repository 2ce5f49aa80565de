"""AWS Lambda concurrency: how many execution environments a steady request rate keeps busy.

The rule (AWS Lambda Developer Guide, "Understanding Lambda function scaling",
https://docs.aws.amazon.com/lambda/latest/dg/lambda-concurrency.html): concurrency is the
number of requests in flight at the same moment, which for a steady load is the request rate
times the average duration (Little's law). It is compared with the account's default
concurrency quota per Region, and with the scaling rate, which adds at most a fixed number of
environments per function in each period. Quota, scaling rate and maximum timeout come from the
`amounts` of facts in aws-lambda.yaml.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..models import Service
from .base import amount, number


@dataclass(frozen=True)
class LambdaConcurrency:
    requests_per_second: float
    duration_ms: float
    quota: float  # default concurrent executions per Region
    environments_per_step: float  # scaling rate: new environments per step...
    step_seconds: float  # ...and the length of a step

    @property
    def concurrency(self) -> int:
        return math.ceil(self.requests_per_second * self.duration_ms / 1000)

    @property
    def within_quota(self) -> bool:
        return self.concurrency <= self.quota

    @property
    def quota_share(self) -> float:
        """The share of the default Regional quota this one function would hold."""
        return self.concurrency / self.quota

    @property
    def scaling_steps(self) -> int:
        """Scaling periods needed to grow from zero to this concurrency, at least."""
        return math.ceil(self.concurrency / self.environments_per_step)


def limits(fn: Service) -> dict[str, float]:
    return {
        "quota": amount(fn, "concurrency", "default"),
        "environments_per_step": amount(fn, "scaling-rate", "environments"),
        "step_seconds": amount(fn, "scaling-rate", "seconds"),
        "timeout_ms": amount(fn, "timeout", "seconds") * 1000,
    }


def estimate(lim: Mapping[str, float], inputs: Mapping[str, Any]) -> LambdaConcurrency:
    rate = number(inputs, "requests_per_second", "Requests per second", above=0)
    duration = number(inputs, "duration_ms", "Average duration", above=0,
                      maximum=lim["timeout_ms"], unit=" ms")  # fmt: skip
    return LambdaConcurrency(
        requests_per_second=rate,
        duration_ms=duration,
        quota=lim["quota"],
        environments_per_step=lim["environments_per_step"],
        step_seconds=lim["step_seconds"],
    )


def outputs(est: LambdaConcurrency) -> dict[str, Any]:
    return {
        "concurrency": est.concurrency,
        "quota": est.quota,
        "within_quota": est.within_quota,
        "quota_share": est.quota_share,
        "scaling_steps": est.scaling_steps,
        "step_seconds": est.step_seconds,
    }


def lambda_concurrency(
    fn: Service, requests_per_second: float, duration_ms: float
) -> LambdaConcurrency:
    inputs = {"requests_per_second": requests_per_second, "duration_ms": duration_ms}
    return estimate(limits(fn), inputs)
