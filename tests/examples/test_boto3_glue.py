"""glue_catalog.py against moto: database, Parquet table, idempotent partitions, filters."""

from __future__ import annotations

from datetime import date, timedelta

import botocore.session
import pytest

from tests.examples.conftest import sample_module

catalog_sample = sample_module("boto3/glue_catalog.py")
LOCATION = "s3://acme-lake/curated/orders/"
COLUMNS = {"order_id": "bigint", "customer_id": "string", "amount": "decimal(10,2)"}


def days(first: date, count: int) -> list[str]:
    return [(first + timedelta(days=n)).isoformat() for n in range(count)]


@pytest.fixture
def glue(aws):
    client = aws.client("glue")
    catalog_sample.create_parquet_table(client, "sales", "orders", LOCATION, COLUMNS)
    return client


def test_the_table_is_an_external_parquet_table_partitioned_by_day(glue) -> None:
    table = glue.get_table(DatabaseName="sales", Name="orders")["Table"]
    assert table["TableType"] == "EXTERNAL_TABLE"
    assert table["PartitionKeys"] == [{"Name": "dt", "Type": "string"}]
    sd = table["StorageDescriptor"]
    assert sd["Location"] == LOCATION
    assert [(c["Name"], c["Type"]) for c in sd["Columns"]] == list(COLUMNS.items())
    assert sd["SerdeInfo"]["SerializationLibrary"].endswith("ParquetHiveSerDe")
    assert table["Parameters"]["classification"] == "parquet"


def test_partitions_are_added_in_chunks_and_reruns_add_nothing(glue) -> None:
    march = days(date(2026, 3, 1), 31)
    q2 = days(date(2026, 4, 1), 120)  # more than one BatchCreatePartition call
    assert catalog_sample.add_partitions(glue, "sales", "orders", LOCATION, march) == 31
    assert catalog_sample.add_partitions(glue, "sales", "orders", LOCATION, march + q2) == 120
    assert catalog_sample.add_partitions(glue, "sales", "orders", LOCATION, march) == 0
    one = glue.get_partition(
        DatabaseName="sales", TableName="orders", PartitionValues=["2026-03-15"]
    )
    assert one["Partition"]["StorageDescriptor"]["Location"] == f"{LOCATION}dt=2026-03-15/"


def test_the_catalog_filters_partitions_by_expression(glue) -> None:
    catalog_sample.add_partitions(glue, "sales", "orders", LOCATION, days(date(2026, 3, 1), 10))
    assert catalog_sample.partitions_since(glue, "sales", "orders", "2026-03-08") == [
        "2026-03-08", "2026-03-09", "2026-03-10"]  # fmt: skip


def test_the_chunk_size_is_the_api_limit() -> None:
    model = botocore.session.get_session().get_service_model("glue")
    members = model.operation_model("BatchCreatePartition").input_shape.members
    assert members["PartitionInputList"].metadata["max"] == catalog_sample.MAX_PARTITIONS_PER_CALL
