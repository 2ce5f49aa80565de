"""The Athena cost example reads the rate, the per-query minimum and the rounding from data."""

from __future__ import annotations

import pytest

from macros import render
from macros.calculators import MB_PER_TB, athena_query_cost, to_bytes
from macros.models import Service
from tests.unit.servicefactory import service_with_amounts

MB = 1024 * 1024


def _athena(usd: float = 5, minimum: float = 10, rounding: float = 1) -> Service:
    return service_with_amounts(
        "amazon-athena",
        "operations/athena.md",
        {
            "scan-price": {"usd-per-tb": usd},
            "scan-billing": {"minimum-mb": minimum, "rounding-mb": rounding},
        },
    )


def test_a_terabyte_costs_the_rate() -> None:
    cost = athena_query_cost(_athena(), to_bytes(1, "TB"))
    assert cost.billed_mb == MB_PER_TB
    assert cost.usd_per_query == pytest.approx(5)


def test_partial_megabytes_round_up() -> None:
    cost = athena_query_cost(_athena(), 25 * MB + 1)
    assert cost.rounded_mb == 26
    assert cost.billed_mb == 26
    assert not cost.minimum_applies


def test_small_queries_pay_the_minimum() -> None:
    cost = athena_query_cost(_athena(), 300 * 1024)  # 300 KB
    assert cost.rounded_mb == 1
    assert cost.billed_mb == 10 and cost.minimum_applies
    assert cost.usd_per_query == pytest.approx(10 / MB_PER_TB * 5)


def test_a_query_that_reads_nothing_still_pays_the_minimum() -> None:
    assert athena_query_cost(_athena(), 0).billed_mb == 10


def test_exact_megabytes_do_not_round() -> None:
    cost = athena_query_cost(_athena(), 40 * 1024 * MB)  # 40 GB
    assert cost.billed_mb == 40 * 1024
    assert cost.usd_per_query == pytest.approx(40 / 1024 * 5)


def test_many_queries_multiply() -> None:
    cost = athena_query_cost(_athena(), to_bytes(2, "GB"), queries=3000)
    assert cost.usd_total == pytest.approx(2 / 1024 * 5 * 3000)


def test_rate_minimum_and_rounding_come_from_data() -> None:
    cost = athena_query_cost(_athena(usd=6, minimum=20, rounding=4), 21 * MB)
    assert cost.rounded_mb == 24 and cost.billed_mb == 24
    assert cost.usd_per_query == pytest.approx(24 / MB_PER_TB * 6)
    assert athena_query_cost(_athena(minimum=20), 15 * MB).billed_mb == 20


def test_bad_input_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="negative"):
        athena_query_cost(_athena(), -1)
    with pytest.raises(ValueError, match="at least 1"):
        athena_query_cost(_athena(), 1, queries=0)
    with pytest.raises(KeyError, match="unknown size unit 'PB'"):
        to_bytes(1, "PB")


def test_missing_amount_is_a_clear_error() -> None:
    broken = service_with_amounts(
        "amazon-athena", "operations/athena.md", {"scan-price": {"usd-per-tb": 5}}
    )
    with pytest.raises(KeyError, match="has no fact 'scan-billing'"):
        athena_query_cost(broken, 1)


def test_example_text_shows_the_minimum_and_rounding() -> None:
    small = render.athena_cost_example(athena_query_cost(_athena(), 300 * 1024))
    assert "below the 10 MB minimum" in small and "**10 MB**" in small
    odd = render.athena_cost_example(athena_query_cost(_athena(), 25 * MB + 1))
    assert "rounds up to **26 MB**" in odd
    big = render.athena_cost_example(athena_query_cost(_athena(), to_bytes(1, "TB"), 30))
    assert "**$5.00**" in big and "**$150.00**" in big
    assert "\n    - **Cost per query:**" in big  # indented to stay inside an admonition


def test_real_data_carries_the_athena_amounts(catalog) -> None:
    cost = athena_query_cost(catalog.services["amazon-athena"], 1)
    assert cost.minimum_mb == 10 and cost.rounding_mb == 1 and cost.usd_per_tb == 5
