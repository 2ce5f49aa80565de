"""Run the SQL samples of the Domain 2 data-model and file-format pages in DuckDB.

Each test loads a few inline rows, runs the file from docs/examples/sql/ unchanged and asserts
what the page claims: a type 2 dimension keeps history and is safe to rerun, an as-of join
attributes facts to the version current at the time, and a partitioned Parquet write produces
Hive-style folders that a filtered query can prune.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest

from tests.examples.test_sql import SQL, run

OPEN_END = date(9999, 12, 31)


@pytest.fixture
def con() -> duckdb.DuckDBPyConnection:
    connection = duckdb.connect(":memory:")
    yield connection
    connection.close()


def load_dimension(con: duckdb.DuckDBPyConnection) -> None:
    """Yesterday's dimension (two customers) and today's extract (one move, one new, one same)."""
    con.execute("""
        CREATE TABLE dim_customer (customer_sk INT, customer_id VARCHAR, name VARCHAR,
                                   city VARCHAR, valid_from DATE, valid_to DATE,
                                   is_current BOOLEAN);
        INSERT INTO dim_customer VALUES
            (1, 'C1', 'Ana', 'Lisbon', '2026-01-01', '9999-12-31', TRUE),
            (2, 'C2', 'Bo',  'Oslo',   '2026-01-01', '9999-12-31', TRUE);
        CREATE TABLE stg_customer (customer_id VARCHAR, name VARCHAR, city VARCHAR,
                                   change_date DATE);
        INSERT INTO stg_customer VALUES
            ('C1', 'Ana', 'Porto',  '2026-03-01'),   -- moved: new version
            ('C2', 'Bo',  'Oslo',   '2026-03-01'),   -- unchanged: nothing to do
            ('C3', 'Cy',  'Bergen', '2026-03-01');   -- first seen: new row
    """)


def dimension_rows(con: duckdb.DuckDBPyConnection) -> list[tuple]:
    return con.execute("SELECT * FROM dim_customer ORDER BY customer_sk").fetchall()


EXPECTED_DIMENSION = [
    (1, "C1", "Ana", "Lisbon", date(2026, 1, 1), date(2026, 3, 1), False),
    (2, "C2", "Bo", "Oslo", date(2026, 1, 1), OPEN_END, True),
    (3, "C1", "Ana", "Porto", date(2026, 3, 1), OPEN_END, True),
    (4, "C3", "Cy", "Bergen", date(2026, 3, 1), OPEN_END, True),
]


def test_scd2_closes_the_old_version_and_adds_new_ones(con) -> None:
    load_dimension(con)
    run(con, "scd2_customer_dim.sql")
    assert dimension_rows(con) == EXPECTED_DIMENSION


def test_scd2_rerun_with_the_same_extract_changes_nothing(con) -> None:
    load_dimension(con)
    run(con, "scd2_customer_dim.sql")
    run(con, "scd2_customer_dim.sql")
    assert dimension_rows(con) == EXPECTED_DIMENSION


def test_scd2_keeps_exactly_one_current_row_per_customer(con) -> None:
    load_dimension(con)
    run(con, "scd2_customer_dim.sql")
    counts = con.execute(
        "SELECT customer_id, COUNT(*) FROM dim_customer WHERE is_current "
        "GROUP BY customer_id ORDER BY customer_id"
    ).fetchall()
    assert counts == [("C1", 1), ("C2", 1), ("C3", 1)]


def test_as_of_join_attributes_sales_to_the_city_at_the_time(con) -> None:
    load_dimension(con)
    run(con, "scd2_customer_dim.sql")
    con.execute("""
        CREATE TABLE sales (sale_id INT, customer_id VARCHAR, sale_date DATE, amount INT);
        INSERT INTO sales VALUES
            (10, 'C1', '2026-02-15', 100),   -- Ana still lived in Lisbon
            (11, 'C1', '2026-03-05', 40),    -- after the move: Porto
            (12, 'C2', '2026-03-05', 7),
            (13, 'C3', '2026-03-02', 5);
    """)
    assert run(con, "scd2_as_of_join.sql") == [
        ("Bergen", 5),
        ("Lisbon", 100),
        ("Oslo", 7),
        ("Porto", 40),
    ]


def test_partitioned_parquet_write_and_pruned_read(con, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    con.execute("""
        CREATE TABLE raw_orders (order_id INT, order_date DATE, store VARCHAR,
                                 amount DECIMAL(10,2), notes VARCHAR);
        INSERT INTO raw_orders VALUES
            (1, '2026-03-01', 'north', 20.00, 'first'),
            (2, '2026-03-02', 'north', 15.50, 'second'),
            (3, '2026-03-02', 'south', 12.00, 'third'),
            (4, '2026-03-02', 'north',  4.50, 'fourth');
    """)
    rows = run(con, "parquet_partitioned_write.sql")
    assert rows == [("north", Decimal("20.00")), ("south", Decimal("12.00"))]

    folders = sorted(p.name for p in Path("curated_orders").iterdir())
    assert folders == ["order_date=2026-03-01", "order_date=2026-03-02"]

    # The partition value lives in the folder name, not inside the files, and every
    # column chunk is compressed with ZSTD and carries min/max statistics.
    meta = con.execute(
        "SELECT DISTINCT path_in_schema, compression FROM "
        "parquet_metadata('curated_orders/*/*.parquet') ORDER BY path_in_schema"
    ).fetchall()
    assert meta == [("amount", "ZSTD"), ("notes", "ZSTD"), ("order_id", "ZSTD"), ("store", "ZSTD")]
    stats = con.execute(
        "SELECT stats_min, stats_max FROM parquet_metadata("
        "'curated_orders/order_date=2026-03-02/*.parquet') WHERE path_in_schema = 'amount'"
    ).fetchall()
    assert stats == [("4.50", "15.50")]


def test_every_sample_here_exists() -> None:
    for name in ("scd2_customer_dim.sql", "scd2_as_of_join.sql", "parquet_partitioned_write.sql"):
        assert (SQL / name).is_file(), name
