"""The Glue cost example reads worker sizes, the billing minimum and the rate from data."""

from __future__ import annotations

import pytest

from macros import render
from macros.calculators import glue_run_cost
from macros.models import Service
from tests.unit.servicefactory import service_with_amounts


def _glue(minimum: float = 60, usd: float = 0.44) -> Service:
    return service_with_amounts(
        "aws-glue",
        "ingestion/glue.md",
        {
            "worker-types": {"g025x": 0.25, "g1x": 1, "g2x": 2, "g4x": 4, "g8x": 8, "g12x": 12,
                             "g16x": 16},  # fmt: skip
            "billing-minimum": {"minimum-seconds": minimum},
            "dpu-hour-price": {"usd": usd},
        },
    )


def test_dpu_hours_follow_worker_size_and_runtime() -> None:
    cost = glue_run_cost(_glue(), "G.2X", workers=10, runtime_seconds=18 * 60, runs=30)
    assert cost.dpus == 20
    assert cost.dpu_hours == pytest.approx(6)
    assert cost.usd_per_run == pytest.approx(2.64)
    assert cost.usd_total == pytest.approx(79.2)


def test_short_runs_are_billed_the_minimum() -> None:
    cost = glue_run_cost(_glue(), "G.1X", workers=2, runtime_seconds=20)
    assert cost.billed_seconds == 60
    out = render.glue_cost_example(cost)
    assert "took 20 seconds" in out and "at least 1 minute" in out


def test_limits_come_from_data() -> None:
    cost = glue_run_cost(_glue(minimum=600), "G.1X", workers=2, runtime_seconds=20)
    assert cost.billed_seconds == 600


def test_unknown_worker_type_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="Worker type must be one of: G.025X, G.1X"):
        glue_run_cost(_glue(), "G.9X", workers=1, runtime_seconds=60)


def test_a_missing_worker_size_in_the_data_is_a_clear_error() -> None:
    thin = service_with_amounts("aws-glue", "ingestion/glue.md", {
        "worker-types": {"g1x": 1}, "billing-minimum": {"minimum-seconds": 60},
        "dpu-hour-price": {"usd": 0.44}})  # fmt: skip
    with pytest.raises(KeyError, match="has no amount 'g025x'"):
        glue_run_cost(thin, "G.1X", workers=1, runtime_seconds=60)


def test_example_text_is_indented_for_an_admonition() -> None:
    out = render.glue_cost_example(glue_run_cost(_glue(), "G.2X", 10, 18 * 60, 30))
    assert "= 20 DPUs" in out and "$2.64" in out and "$79.20" in out
    assert "\n    - **Billed time:** 18 minutes" in out


def test_real_data_carries_the_glue_amounts(catalog) -> None:
    cost = glue_run_cost(catalog.services["aws-glue"], "G.1X", 1, 3600)
    assert cost.dpus == 1 and cost.minimum_seconds == 60
