"""AWS Glue Spark job cost: DPUs from the worker type, per-second billing above a minimum.

The rule (AWS Glue pricing and the AWS Glue Developer Guide, "Defining job properties for Spark
jobs", https://docs.aws.amazon.com/glue/latest/dg/add-job.html): a job run is billed for its
DPUs (workers times the DPUs of the worker type) times its run time, per second, with a
minimum billed duration, at a price per DPU-hour. The worker sizes, the minimum and the example
rate come from facts in aws-glue.yaml, so a change there changes every worked example.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..models import Service
from .base import amount, choice, number

# Worker type as the API spells it -> the key of its size in the worker-types fact.
WORKER_TYPES = {"G.025X": "g025x", "G.1X": "g1x", "G.2X": "g2x", "G.4X": "g4x", "G.8X": "g8x",
                "G.12X": "g12x", "G.16X": "g16x"}  # fmt: skip


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


def limits(glue: Service) -> dict[str, float]:
    return {
        **{f"dpu_{k}": amount(glue, "worker-types", k) for k in WORKER_TYPES.values()},
        "minimum_seconds": amount(glue, "billing-minimum", "minimum-seconds"),
        "usd_per_dpu_hour": amount(glue, "dpu-hour-price", "usd"),
    }


def _cost(lim: Mapping[str, float], inputs: Mapping[str, Any], seconds: float) -> GlueRunCost:
    worker = choice(inputs, "worker_type", "Worker type", list(WORKER_TYPES))
    workers = number(inputs, "workers", "Number of workers", above=0, maximum=100000, whole=True)
    runs = number(inputs, "runs", "Runs", above=0, whole=True)
    return GlueRunCost(
        worker_type=worker,
        workers=int(workers),
        dpu_per_worker=lim[f"dpu_{WORKER_TYPES[worker]}"],
        runtime_seconds=seconds,
        minimum_seconds=lim["minimum_seconds"],
        usd_per_dpu_hour=lim["usd_per_dpu_hour"],
        runs=int(runs),
    )


def estimate(lim: Mapping[str, float], inputs: Mapping[str, Any]) -> GlueRunCost:
    """The browser calculator's form: run time in minutes."""
    minutes = number(inputs, "runtime_minutes", "Run time", above=0, maximum=100000,
                     unit=" minutes")  # fmt: skip
    return _cost(lim, inputs, minutes * 60)


def outputs(cost: GlueRunCost) -> dict[str, Any]:
    return {
        "dpus": cost.dpus,
        "billed_seconds": cost.billed_seconds,
        "dpu_hours": cost.dpu_hours,
        "usd_per_run": cost.usd_per_run,
        "usd_total": cost.usd_total,
    }


def glue_run_cost(
    glue: Service, worker_type: str, workers: int, runtime_seconds: float, runs: int = 1
) -> GlueRunCost:
    """Cost of a Spark job run given its run time in seconds (the worked examples' form)."""
    seconds = number({"s": runtime_seconds}, "s", "Run time", above=0, unit=" seconds")
    inputs = {"worker_type": worker_type, "workers": workers, "runs": runs}
    return _cost(limits(glue), inputs, seconds)
