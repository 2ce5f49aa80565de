"""Write and read the orders table: conditional writes, optimistic locking, Query, paged Scan.

`table` is a boto3 Table resource (boto3.resource("dynamodb").Table("orders")), which converts
Python values to DynamoDB types. Every function makes the request the page explains.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from boto3.dynamodb.conditions import Attr, Key
from botocore.exceptions import ClientError


class StaleOrder(Exception):
    """Someone else changed the order since we read it; read it again and retry."""


def _failed_condition(error: ClientError) -> bool:
    return error.response["Error"]["Code"] == "ConditionalCheckFailedException"


def place_order(table: Any, order: dict) -> bool:
    """Insert a new order; False if that order ID already exists (a retried request)."""
    try:
        table.put_item(
            Item={**order, "version": 1},
            ConditionExpression=Attr("order_id").not_exists(),
        )
    except ClientError as error:
        if _failed_condition(error):
            return False
        raise
    return True


def set_status(table: Any, customer_id: str, order_id: str, status: str, version: int) -> int:
    """Change the status only if the item still has the version we read (optimistic locking)."""
    try:
        result = table.update_item(
            Key={"customer_id": customer_id, "order_id": order_id},
            UpdateExpression="SET #s = :status, version = version + :one",
            ConditionExpression=Attr("version").eq(version),
            ExpressionAttributeNames={"#s": "status"},  # status is a reserved word
            ExpressionAttributeValues={":status": status, ":one": 1},
            ReturnValues="UPDATED_NEW",
        )
    except ClientError as error:
        if _failed_condition(error):
            raise StaleOrder(f"{order_id} is no longer at version {version}") from None
        raise
    return int(result["Attributes"]["version"])


def warehouse_orders(table: Any, warehouse_id: str, since: str) -> list[dict]:
    """Query the by-warehouse index: one partition, a sort-key range, every page of results."""
    items, start = [], None
    while True:
        kwargs = {
            "IndexName": "by-warehouse",
            "KeyConditionExpression": (
                Key("warehouse_id").eq(warehouse_id) & Key("order_date").gte(since)
            ),
        }
        if start:
            kwargs["ExclusiveStartKey"] = start
        page = table.query(**kwargs)
        items.extend(page["Items"])
        start = page.get("LastEvaluatedKey")
        if not start:
            return items


def scan_pages(table: Any, page_size: int = 100) -> Iterator[list[dict]]:
    """Read the whole table a page at a time; a page ends at page_size items (or 1 MB)."""
    start = None
    while True:
        kwargs: dict[str, Any] = {"Limit": page_size}
        if start:
            kwargs["ExclusiveStartKey"] = start
        page = table.scan(**kwargs)
        yield page["Items"]
        start = page.get("LastEvaluatedKey")
        if not start:
            return
