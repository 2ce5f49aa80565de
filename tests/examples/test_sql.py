"""Run every SQL sample shown on the site in DuckDB and check the exact result rows.

Each test loads a few inline rows, runs the file from docs/examples/sql/ unchanged, and asserts
what the page says the statement does (dedup keeps the latest row, MERGE upserts, ...).
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import duckdb
import pytest

SQL = Path(__file__).resolve().parents[2] / "docs" / "examples" / "sql"


def run(con: duckdb.DuckDBPyConnection, name: str) -> list[tuple]:
    """Execute one sample file and return the rows of its last statement (if any)."""
    con.execute((SQL / name).read_text(encoding="utf-8"))
    try:
        return con.fetchall()
    except duckdb.InvalidInputException:  # statements without a result set
        return []


@pytest.fixture
def con() -> duckdb.DuckDBPyConnection:
    connection = duckdb.connect(":memory:")
    yield connection
    connection.close()


def test_every_sql_sample_has_a_test() -> None:
    tested = {"ctas_daily_revenue.sql", "incremental_insert.sql", "dedup_latest.sql",
              "merge_upsert.sql", "running_total.sql", "salted_join.sql",
              # tested in test_sql_models.py (data models and file formats pages)
              "scd2_customer_dim.sql", "scd2_as_of_join.sql",
              "parquet_partitioned_write.sql",
              "dq_profile_checks.sql", "stratified_sample.sql", "key_skew.sql"}  # fmt: skip
    assert {p.name for p in SQL.glob("*.sql")} == tested


def test_ctas_builds_daily_revenue_from_completed_orders(con) -> None:
    con.execute("""
        CREATE TABLE raw_orders (order_id INT, store VARCHAR, order_ts TIMESTAMP,
                                 amount DECIMAL(10,2), status VARCHAR);
        INSERT INTO raw_orders VALUES
            (1, 'north', '2026-03-01 09:15:00', 20.00, 'COMPLETED'),
            (2, 'north', '2026-03-01 17:40:00', 15.50, 'COMPLETED'),
            (3, 'north', '2026-03-01 18:00:00', 99.00, 'CANCELLED'),
            (4, 'south', '2026-03-01 10:00:00', 12.00, 'COMPLETED'),
            (5, 'north', '2026-03-02 08:05:00', 30.00, 'COMPLETED');
    """)
    run(con, "ctas_daily_revenue.sql")
    rows = con.execute(
        "SELECT store, order_date, orders, revenue FROM daily_store_revenue ORDER BY ALL"
    ).fetchall()
    assert [(s, d, n, float(r)) for s, d, n, r in rows] == [
        ("north", date(2026, 3, 1), 2, 35.5),
        ("north", date(2026, 3, 2), 1, 30.0),
        ("south", date(2026, 3, 1), 1, 12.0),
    ]


def test_incremental_insert_appends_only_new_rows_and_is_safe_to_rerun(con) -> None:
    con.execute("""
        CREATE TABLE events (event_id INT, device VARCHAR, event_ts TIMESTAMP, reading DOUBLE);
        CREATE TABLE staging_events AS SELECT * FROM events;
        INSERT INTO events VALUES (1, 'd1', '2026-03-01 10:00:00', 1.5);
        INSERT INTO staging_events VALUES
            (1, 'd1', '2026-03-01 10:00:00', 1.5),
            (2, 'd2', '2026-03-01 10:05:00', 2.5),
            (3, 'd1', '2026-03-01 10:10:00', 3.5);
    """)
    run(con, "incremental_insert.sql")
    run(con, "incremental_insert.sql")  # a retry must not load anything twice
    ids = [r[0] for r in con.execute("SELECT event_id FROM events ORDER BY event_id").fetchall()]
    assert ids == [1, 2, 3]


def test_incremental_insert_loads_everything_into_an_empty_target(con) -> None:
    con.execute("""
        CREATE TABLE events (event_id INT, device VARCHAR, event_ts TIMESTAMP, reading DOUBLE);
        CREATE TABLE staging_events AS SELECT * FROM events;
        INSERT INTO staging_events VALUES (7, 'd9', '2026-03-01 00:00:01', 0.1);
    """)
    run(con, "incremental_insert.sql")
    assert con.execute("SELECT COUNT(*) FROM events").fetchone() == (1,)


def test_dedup_keeps_the_latest_row_per_key(con) -> None:
    con.execute("""
        CREATE TABLE order_changes (order_id INT, status VARCHAR, updated_at TIMESTAMP);
        INSERT INTO order_changes VALUES
            (101, 'PLACED',  '2026-03-01 09:00:00'),
            (101, 'PACKED',  '2026-03-01 11:00:00'),
            (101, 'SHIPPED', '2026-03-02 08:00:00'),
            (102, 'PLACED',  '2026-03-01 09:30:00'),
            (103, 'PLACED',  '2026-03-01 10:00:00'),
            (103, 'CANCELLED', '2026-03-01 10:20:00');
    """)
    assert run(con, "dedup_latest.sql") == [
        (101, "SHIPPED", datetime(2026, 3, 2, 8, 0)),
        (102, "PLACED", datetime(2026, 3, 1, 9, 30)),
        (103, "CANCELLED", datetime(2026, 3, 1, 10, 20)),
    ]


def test_merge_updates_inserts_and_deletes(con) -> None:
    con.execute("""
        CREATE TABLE customers (customer_id INT PRIMARY KEY, email VARCHAR, tier VARCHAR);
        INSERT INTO customers VALUES
            (1, 'ana@example.com', 'silver'),
            (2, 'bo@example.com',  'gold'),
            (3, 'cy@example.com',  'bronze');
        CREATE TABLE customer_updates (customer_id INT, email VARCHAR, tier VARCHAR, op VARCHAR);
        INSERT INTO customer_updates VALUES
            (1, 'ana@example.org', 'gold', 'U'),   -- existing: update
            (3, NULL, NULL, 'D'),                  -- existing: delete
            (4, 'di@example.com', 'silver', 'U'),  -- new: insert
            (5, NULL, NULL, 'D');                  -- unknown and deleted: ignore
    """)
    run(con, "merge_upsert.sql")
    assert con.execute("SELECT * FROM customers ORDER BY customer_id").fetchall() == [
        (1, "ana@example.org", "gold"),
        (2, "bo@example.com", "gold"),
        (4, "di@example.com", "silver"),
    ]


def test_window_running_total_and_lag_per_store(con) -> None:
    con.execute("""
        CREATE TABLE daily_sales (store VARCHAR, sale_date DATE, amount INT);
        INSERT INTO daily_sales VALUES
            ('north', '2026-03-01', 100), ('north', '2026-03-02', 40),
            ('north', '2026-03-03', 60),  ('south', '2026-03-01', 10),
            ('south', '2026-03-02', 25);
    """)
    assert run(con, "running_total.sql") == [
        ("north", date(2026, 3, 1), 100, 100, None),
        ("north", date(2026, 3, 2), 40, 140, -60),
        ("north", date(2026, 3, 3), 60, 200, 20),
        ("south", date(2026, 3, 1), 10, 10, None),
        ("south", date(2026, 3, 2), 25, 35, 15),
    ]


def test_salted_join_gives_the_same_answer_as_a_plain_join(con) -> None:
    con.execute("""
        CREATE TABLE customers (customer_id INT, segment VARCHAR);
        INSERT INTO customers VALUES (1, 'retail'), (2, 'wholesale');
        CREATE TABLE clicks AS
            SELECT i AS click_id, CASE WHEN i % 10 = 0 THEN 2 ELSE 1 END AS customer_id
            FROM range(1, 101) AS t(i);
    """)
    salted = run(con, "salted_join.sql")
    plain = con.execute("""
        SELECT c.segment, COUNT(*) FROM clicks k JOIN customers c USING (customer_id)
        GROUP BY c.segment ORDER BY c.segment
    """).fetchall()
    assert salted == plain == [("retail", 90), ("wholesale", 10)]


def test_profile_checks_measure_completeness_uniqueness_and_validity(con) -> None:
    con.execute("""
        CREATE TABLE staged_orders (order_id INT, customer_id INT, status VARCHAR,
                                    amount DECIMAL(10,2));
        INSERT INTO staged_orders VALUES
            (1, 10,   'PLACED',    20.00),
            (2, 11,   'SHIPPED',   35.50),
            (2, 11,   'SHIPPED',   35.50),   -- duplicate delivery of order 2
            (3, NULL, 'PLACED',    12.00),   -- customer missing
            (4, 12,   'LOST',       9.00),   -- status outside the allowed list
            (5, 13,   'DELIVERED',  0.00),   -- amount not positive
            (6, 14,   'CANCELLED', 14.00),
            (7, NULL, 'placed',     5.00);   -- wrong case counts as invalid, customer missing
    """)
    [row] = run(con, "dq_profile_checks.sql")
    rows, completeness, uniqueness, duplicates, validity, non_positive = row
    assert rows == 8
    assert float(completeness) == 0.75  # 6 of 8 rows have a customer
    assert float(uniqueness) == 0.875  # 7 distinct ids in 8 rows
    assert duplicates == 1
    assert float(validity) == 0.75  # 'LOST' and 'placed' fail
    assert non_positive == 1


def test_stratified_sample_keeps_every_region_including_the_rare_one(con) -> None:
    con.execute("""
        CREATE TABLE orders (order_id INT, region VARCHAR);
        INSERT INTO orders
            SELECT i, CASE WHEN i % 10 = 0 THEN 'apac' WHEN i % 2 = 0 THEN 'emea' ELSE 'amer' END
            FROM range(1, 21) t(i);
        INSERT INTO orders VALUES (99, 'latam');   -- a region with a single order
    """)
    rows = run(con, "stratified_sample.sql")
    assert rows == [
        ("amer", 9), ("amer", 19), ("apac", 10), ("apac", 20),
        ("emea", 6), ("emea", 18), ("latam", 99),
    ]  # fmt: skip
    assert {region for region, _ in rows} == {"amer", "apac", "emea", "latam"}
    assert rows == run(con, "stratified_sample.sql")  # repeatable


def test_key_skew_ranks_hot_keys_and_shows_null_as_the_hottest(con) -> None:
    con.execute("""
        CREATE TABLE clicks (click_id INT, customer_id VARCHAR);
        INSERT INTO clicks
            SELECT i, CASE WHEN i <= 6 THEN NULL WHEN i <= 9 THEN 'c1'
                           WHEN i <= 11 THEN 'c2' ELSE 'c' || i END
            FROM range(1, 16) t(i);
    """)
    rows = run(con, "key_skew.sql")
    assert [(key, n, float(pct)) for key, n, pct in rows] == [
        (None, 6, 40.0),
        ("c1", 3, 20.0),
        ("c2", 2, 13.3),
    ]
