"""The DynamoDB boto3 samples run against moto: table and GSI, conditional writes, Query, Scan."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.examples.conftest import sample_module

schema = sample_module("boto3/dynamodb_orders_table.py")
access = sample_module("boto3/dynamodb_orders_access.py")


@pytest.fixture
def table(aws):
    schema.create_orders_table(aws.client("dynamodb"))
    return aws.resource("dynamodb").Table("orders")


def order(customer: str, order_id: str, status: str, day: str, warehouse: str = "w1") -> dict:
    return {"customer_id": customer, "order_id": order_id, "status": status,
            "order_date": day, "warehouse_id": warehouse, "total": Decimal("10.00")}  # fmt: skip


def test_table_keys_and_index_are_what_the_page_describes(aws) -> None:
    described = schema.create_orders_table(aws.client("dynamodb"), name="orders-2")
    assert described["TableStatus"] == "ACTIVE"
    assert described["BillingModeSummary"]["BillingMode"] == "PAY_PER_REQUEST"
    assert [(k["AttributeName"], k["KeyType"]) for k in described["KeySchema"]] == [
        ("customer_id", "HASH"), ("order_id", "RANGE")]  # fmt: skip
    (gsi,) = described["GlobalSecondaryIndexes"]
    assert gsi["IndexName"] == "by-warehouse"
    assert [(k["AttributeName"], k["KeyType"]) for k in gsi["KeySchema"]] == [
        ("warehouse_id", "HASH"), ("order_date", "RANGE")]  # fmt: skip
    assert gsi["Projection"] == {"ProjectionType": "INCLUDE", "NonKeyAttributes": ["status"]}


def test_a_retried_insert_does_not_overwrite_the_order(table) -> None:
    assert access.place_order(table, order("c1", "o1", "PLACED", "2026-03-01")) is True
    assert access.place_order(table, order("c1", "o1", "CANCELLED", "2026-03-01")) is False
    item = table.get_item(Key={"customer_id": "c1", "order_id": "o1"})["Item"]
    assert item["status"] == "PLACED" and item["version"] == 1


def test_optimistic_locking_refuses_a_stale_update(table) -> None:
    access.place_order(table, order("c1", "o1", "PLACED", "2026-03-01"))
    assert access.set_status(table, "c1", "o1", "PACKED", version=1) == 2
    with pytest.raises(access.StaleOrder, match="version 1"):
        access.set_status(table, "c1", "o1", "CANCELLED", version=1)  # read before the change
    item = table.get_item(Key={"customer_id": "c1", "order_id": "o1"})["Item"]
    assert (item["status"], item["version"]) == ("PACKED", 2)


def test_query_on_the_index_returns_one_warehouse_since_a_date(table) -> None:
    rows = [
        order("c1", "o1", "SHIPPED", "2026-03-01", "w1"),
        order("c1", "o2", "PLACED", "2026-03-03", "w1"),
        order("c2", "o3", "SHIPPED", "2026-03-04", "w1"),
        order("c2", "o4", "PLACED", "2026-03-05", "w2"),
    ]
    for row in rows:
        access.place_order(table, row)
    found = access.warehouse_orders(table, "w1", since="2026-03-02")
    assert sorted(i["order_id"] for i in found) == ["o2", "o3"]


def test_a_paged_scan_returns_every_item_once(table) -> None:
    for n in range(23):
        access.place_order(table, order(f"c{n % 4}", f"o{n:02d}", "PLACED", "2026-03-01"))
    pages = list(access.scan_pages(table, page_size=5))
    ids = [item["order_id"] for page in pages for item in page]
    assert sorted(ids) == [f"o{n:02d}" for n in range(23)]
    assert len(pages) >= 5 and all(len(p) <= 5 for p in pages)
