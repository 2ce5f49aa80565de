"""The DynamoDB capacity calculator rounds item sizes and applies consistency factors from data."""

from __future__ import annotations

import pytest

from macros import render
from macros.calculators import amount, dynamodb_capacity
from macros.models import Service
from tests.unit.servicefactory import service_with_amounts


def _ddb(read_kb: float = 4, write_kb: float = 1, max_kb: float = 400) -> Service:
    return service_with_amounts(
        "amazon-dynamodb",
        "store/dynamodb.md",
        {
            "read-capacity-unit": {"kb": read_kb, "strong": 1, "eventual": 0.5, "transactional": 2},
            "write-capacity-unit": {"kb": write_kb, "standard": 1, "transactional": 2},
            "item-size": {"kb": max_kb},
            "partition-throughput": {"read-units": 3000, "write-units": 1000},
        },
    )


def test_strong_reads_of_a_full_unit_item() -> None:
    cap = dynamodb_capacity(_ddb(), item_kb=4, reads_per_second=20, writes_per_second=0)
    assert (cap.read_units_per_item, cap.rcu("strong")) == (1, 20)


def test_read_size_rounds_up_to_the_next_4_kb() -> None:
    cap = dynamodb_capacity(_ddb(), item_kb=6, reads_per_second=10, writes_per_second=0)
    assert (cap.read_units_per_item, cap.rcu("strong")) == (2, 20)


def test_a_3500_byte_item_costs_the_same_as_4_kb() -> None:
    cap = dynamodb_capacity(_ddb(), item_kb=3.5, reads_per_second=10, writes_per_second=10)
    assert (cap.rcu("strong"), cap.wcu()) == (10, 40)


def test_eventual_reads_cost_half() -> None:
    cap = dynamodb_capacity(_ddb(), item_kb=10, reads_per_second=30, writes_per_second=0)
    assert (cap.read_units_per_item, cap.rcu("eventual")) == (3, 45)


def test_half_units_round_up_to_a_whole_unit() -> None:
    cap = dynamodb_capacity(_ddb(), item_kb=4, reads_per_second=5, writes_per_second=0)
    assert cap.rcu("eventual") == 3


def test_transactional_reads_cost_double() -> None:
    cap = dynamodb_capacity(_ddb(), item_kb=8, reads_per_second=10, writes_per_second=0)
    assert cap.rcu("transactional") == 40


def test_write_size_rounds_up_to_the_next_kb() -> None:
    cap = dynamodb_capacity(_ddb(), item_kb=2.5, reads_per_second=0, writes_per_second=5)
    assert (cap.write_units_per_item, cap.wcu("standard")) == (3, 15)


def test_transactional_writes_cost_double() -> None:
    cap = dynamodb_capacity(_ddb(), item_kb=3, reads_per_second=0, writes_per_second=8)
    assert (cap.wcu("standard"), cap.wcu("transactional")) == (24, 48)


def test_partition_check_counts_the_binding_limit() -> None:
    cap = dynamodb_capacity(_ddb(), item_kb=2, reads_per_second=1000, writes_per_second=1500)
    assert (cap.rcu("strong"), cap.wcu(), cap.min_partitions) == (1000, 3000, 3)


def test_unit_sizes_come_from_data() -> None:
    cap = dynamodb_capacity(_ddb(read_kb=8, write_kb=2), 8, 10, 10)
    assert (cap.rcu("strong"), cap.wcu()) == (10, 40)


def test_item_larger_than_the_maximum_is_refused() -> None:
    with pytest.raises(ValueError, match="at most 400 KB"):
        dynamodb_capacity(_ddb(), item_kb=401, reads_per_second=1, writes_per_second=1)


def test_unknown_consistency_is_a_clear_error() -> None:
    cap = dynamodb_capacity(_ddb(), item_kb=1, reads_per_second=1, writes_per_second=1)
    with pytest.raises(KeyError, match="known: eventual, strong, transactional"):
        cap.rcu("linearizable")


def test_example_text_follows_the_numbers() -> None:
    out = render.dynamodb_capacity_example(dynamodb_capacity(_ddb(), 6, 100, 50))
    assert "6 KB rounds up to 8 KB" in out and "6 KB is exactly 6 × 1 KB" in out
    assert "**200 RCU**" in out and "**100 RCU**" in out
    assert "**300 WCU**" in out and "**600 WCU**" in out and "**400 RCU**" in out
    assert "\n    - **Transactional writes:**" in out  # indented to stay inside an admonition


def test_real_data_carries_the_unit_sizes(catalog) -> None:
    ddb = catalog.services["amazon-dynamodb"]
    assert amount(ddb, "read-capacity-unit", "kb") == 4
    assert amount(ddb, "write-capacity-unit", "kb") == 1
    assert amount(ddb, "read-capacity-unit", "eventual") == 0.5
    assert amount(ddb, "write-capacity-unit", "transactional") == 2
