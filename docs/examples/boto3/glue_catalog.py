"""Register a Parquet dataset in the AWS Glue Data Catalog and keep its partitions in step.

A crawler could infer all of this; when a pipeline already knows the schema and the folders it
writes, registering them directly is faster, cheaper and cannot guess wrong. Athena, Redshift
Spectrum, EMR and Glue jobs then all read the same table definition.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

PARQUET = {
    "InputFormat": "org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat",
    "OutputFormat": "org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat",
    "SerdeInfo": {
        "SerializationLibrary": "org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe"
    },
}
MAX_PARTITIONS_PER_CALL = 100  # BatchCreatePartition accepts at most 100 partitions


def create_parquet_table(
    glue: Any,
    database: str,
    table: str,
    location: str,
    columns: dict[str, str],
    partition_key: str = "dt",
) -> None:
    """An external Parquet table over `location`, partitioned by one string key (dt=YYYY-MM-DD)."""
    glue.create_database(DatabaseInput={"Name": database})
    glue.create_table(
        DatabaseName=database,
        TableInput={
            "Name": table,
            "TableType": "EXTERNAL_TABLE",
            "Parameters": {"classification": "parquet", "EXTERNAL": "TRUE"},
            "PartitionKeys": [{"Name": partition_key, "Type": "string"}],
            "StorageDescriptor": {
                "Columns": [{"Name": n, "Type": t} for n, t in columns.items()],
                "Location": location,
                **PARQUET,
            },
        },
    )


def add_partitions(
    glue: Any, database: str, table: str, location: str, days: Iterable[str]
) -> int:
    """Register dt=<day>/ folders; already registered ones are skipped, so reruns are safe."""
    inputs = [
        {"Values": [day], "StorageDescriptor": {"Location": f"{location}dt={day}/", **PARQUET}}
        for day in days
    ]
    created = 0
    for start in range(0, len(inputs), MAX_PARTITIONS_PER_CALL):
        chunk = inputs[start : start + MAX_PARTITIONS_PER_CALL]
        errors = glue.batch_create_partition(
            DatabaseName=database, TableName=table, PartitionInputList=chunk
        ).get("Errors", [])
        unexpected = [
            e for e in errors if e["ErrorDetail"]["ErrorCode"] != "AlreadyExistsException"
        ]
        if unexpected:
            raise RuntimeError(f"partitions not created: {unexpected}")
        created += len(chunk) - len(errors)
    return created


def partitions_since(glue: Any, database: str, table: str, first_day: str) -> list[str]:
    """Partition values from first_day on, filtered by the catalog, read page by page."""
    pages = glue.get_paginator("get_partitions").paginate(
        DatabaseName=database, TableName=table, Expression=f"dt >= '{first_day}'"
    )
    return sorted(p["Values"][0] for page in pages for p in page["Partitions"])
