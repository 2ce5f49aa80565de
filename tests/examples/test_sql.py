"""Run every SQL sample shown on the site in DuckDB and check the exact result rows.

Each test loads a few inline rows, runs the file from docs/examples/sql/ unchanged, and asserts
what the page says the statement does (dedup keeps the latest row, MERGE upserts, ...).
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import duckdb
import pytest

from tests.examples.duckdb_samples import run_file

SQL = Path(__file__).resolve().parents[2] / "docs" / "examples" / "sql"


def run(con: duckdb.DuckDBPyConnection, name: str) -> list[tuple]:
    return run_file(con, SQL / name)


@pytest.fixture
def con() -> duckdb.DuckDBPyConnection:
    connection = duckdb.connect(":memory:")
    yield connection
    connection.close()


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
# --- SQL for analysis (Domain 3): aggregation, windows, pivots and joins --------------------

SALES = """
    CREATE TABLE sales (region VARCHAR, channel VARCHAR, amount INT);
    INSERT INTO sales VALUES
        ('eu', 'web', 120), ('eu', 'store', 30),
        ('us', 'web', 90),  ('us', 'store', 60), ('us', 'web', -5);  -- a refund
"""


def test_rollup_gives_details_subtotals_and_a_grand_total(con) -> None:
    con.execute(SALES)
    assert run(con, "sales_rollup.sql") == [
        ("eu", "store", 30, 0),
        ("eu", "web", 120, 0),
        ("us", "store", 60, 0),
        ("us", "web", 85, 0),
        ("eu", "(all channels)", 150, 1),
        ("us", "(all channels)", 145, 1),
        ("(all regions)", "(all channels)", 295, 2),
    ]


def test_grouping_sets_with_where_before_and_having_after(con) -> None:
    con.execute(SALES)
    # WHERE drops the refund before grouping; HAVING then drops the store channel (90 < 100).
    assert run(con, "grouping_sets_having.sql") == [
        ("eu", None, 150, 2),
        ("us", None, 150, 2),
        (None, "web", 210, 2),
        (None, None, 300, 4),
    ]


def test_rows_and_range_frames_differ_when_a_day_is_missing(con) -> None:
    con.execute("""
        CREATE TABLE daily_revenue (sale_date DATE, revenue INT);
        INSERT INTO daily_revenue VALUES
            ('2026-03-01', 100), ('2026-03-02', 200),
            ('2026-03-04', 400), ('2026-03-05', 500);   -- no sales on 3 March
    """)
    rows = run(con, "moving_average.sql")
    assert [(d, r) for d, r, _, _ in rows] == [
        (date(2026, 3, 1), 100), (date(2026, 3, 2), 200),
        (date(2026, 3, 4), 400), (date(2026, 3, 5), 500),
    ]  # fmt: skip
    assert [round(a, 2) for _, _, a, _ in rows] == [100, 150, 233.33, 366.67]  # three rows
    assert [b for _, _, _, b in rows] == [100, 150, 300, 450]  # three calendar days


def test_ranking_functions_treat_ties_differently(con) -> None:
    con.execute("""
        CREATE TABLE store_sales (store VARCHAR, revenue INT);
        INSERT INTO store_sales VALUES ('a', 500), ('b', 400), ('c', 400), ('d', 300), ('e', 100);
    """)
    assert run(con, "ranking_ties.sql") == [
        ("a", 500, 1, 1, 1, 1),
        ("b", 400, 2, 2, 2, 1),
        ("c", 400, 3, 2, 2, 1),
        ("d", 300, 4, 4, 3, 2),
        ("e", 100, 5, 5, 4, 2),
    ]


def test_lag_lead_and_the_ends_of_the_window(con) -> None:
    con.execute("""
        CREATE TABLE readings (sensor VARCHAR, read_at TIMESTAMP, celsius DOUBLE);
        INSERT INTO readings VALUES
            ('s1', '2026-03-01 08:00', 20.5), ('s1', '2026-03-01 12:00', 23.0),
            ('s1', '2026-03-01 18:00', 21.0),
            ('s2', '2026-03-01 09:00', 18.0), ('s2', '2026-03-01 15:00', 19.5);
    """)
    t = datetime
    assert run(con, "lag_lead_first_last.sql") == [
        ("s1", t(2026, 3, 1, 8), 20.5, None, t(2026, 3, 1, 12), 20.5, 21.0),
        ("s1", t(2026, 3, 1, 12), 23.0, 2.5, t(2026, 3, 1, 18), 20.5, 21.0),
        ("s1", t(2026, 3, 1, 18), 21.0, -2.0, None, 20.5, 21.0),
        ("s2", t(2026, 3, 1, 9), 18.0, None, t(2026, 3, 1, 15), 18.0, 19.5),
        ("s2", t(2026, 3, 1, 15), 19.5, 1.5, None, 18.0, 19.5),
    ]


def test_last_value_without_a_frame_returns_the_current_row(con) -> None:
    """Why the sample spells out the frame: the default one stops at the current row."""
    con.execute("""
        CREATE TABLE readings (sensor VARCHAR, read_at TIMESTAMP, celsius DOUBLE);
        INSERT INTO readings VALUES
            ('s1', '2026-03-01 08:00', 20.5), ('s1', '2026-03-01 12:00', 23.0);
    """)
    rows = con.execute(
        "SELECT LAST_VALUE(celsius) OVER (PARTITION BY sensor ORDER BY read_at) FROM readings "
        "ORDER BY read_at"
    ).fetchall()
    assert rows == [(20.5,), (23.0,)]


QUARTERLY = """
    CREATE TABLE quarterly_sales (region VARCHAR, quarter VARCHAR, amount INT);
    INSERT INTO quarterly_sales VALUES
        ('eu', 'Q1', 10), ('eu', 'Q2', 20), ('eu', 'Q2', 5), ('eu', 'Q4', 40),
        ('us', 'Q1', 7),  ('us', 'Q3', 30);
"""


def test_case_pivot_fills_empty_quarters_with_zero(con) -> None:
    con.execute(QUARTERLY)
    assert run(con, "pivot_case.sql") == [
        ("eu", 10, 25, 0, 40, 75),
        ("us", 7, 0, 30, 0, 37),
    ]


def test_pivot_operator_leaves_empty_quarters_null(con) -> None:
    con.execute(QUARTERLY)
    assert run(con, "pivot_operator.sql") == [
        ("eu", 10, 25, None, 40),
        ("us", 7, None, 30, None),
    ]


def test_union_all_unpivot_turns_columns_back_into_rows(con) -> None:
    con.execute("""
        CREATE TABLE region_quarters (region VARCHAR, q1 INT, q2 INT, q3 INT, q4 INT);
        INSERT INTO region_quarters VALUES ('eu', 10, 25, NULL, 40), ('us', 7, NULL, 30, NULL);
    """)
    rows = run(con, "unpivot_union_all.sql")
    assert rows == [("eu", "Q1", 10), ("eu", "Q2", 25), ("eu", "Q4", 40),
                    ("us", "Q1", 7), ("us", "Q3", 30)]  # fmt: skip
    # The same rows as the UNPIVOT operator (Redshift and DuckDB), which drops NULLs too.
    native = con.execute(
        "SELECT region, upper(quarter), amount FROM region_quarters "
        "UNPIVOT (amount FOR quarter IN (q1, q2, q3, q4)) ORDER BY ALL"
    ).fetchall()
    assert native == rows


JOIN_TABLES = """
    CREATE TABLE orders (order_id INT, customer VARCHAR);
    INSERT INTO orders VALUES (1, 'ana'), (2, 'bo'), (3, 'cy');
    CREATE TABLE payments (order_id INT, paid DECIMAL(8,2));
    INSERT INTO payments VALUES (1, 30), (1, 20), (2, 15);
    CREATE TABLE shipments (order_id INT, parcel_id INT);
    INSERT INTO shipments VALUES (1, 100), (1, 101), (1, 102), (2, 103);
"""


def test_pre_aggregating_children_avoids_fan_out(con) -> None:
    con.execute(JOIN_TABLES)
    rows = run(con, "join_fanout_fix.sql")
    assert [(i, c, float(p), n) for i, c, p, n in rows] == [
        (1, "ana", 50.0, 3),
        (2, "bo", 15.0, 1),
        (3, "cy", 0.0, 0),
    ]
    naive = con.execute("""
        SELECT o.order_id, SUM(p.paid), COUNT(s.parcel_id)
        FROM orders o
        JOIN payments p ON p.order_id = o.order_id
        JOIN shipments s ON s.order_id = o.order_id
        GROUP BY o.order_id ORDER BY o.order_id
    """).fetchall()
    # 2 payments x 3 shipments: the payments are counted three times, the parcels twice,
    # and the inner joins drop the order with neither.
    assert [(i, float(p), n) for i, p, n in naive] == [(1, 150.0, 6), (2, 15.0, 1)]


CUSTOMERS = """
    CREATE TABLE customers (customer_id INT, name VARCHAR);
    INSERT INTO customers VALUES (1, 'ana'), (2, 'bo'), (3, 'cy');
    CREATE TABLE orders (order_id INT, customer_id INT);
    INSERT INTO orders VALUES (10, 1), (11, 1), (12, NULL);  -- a guest order without a customer
"""


def test_not_exists_finds_customers_without_orders(con) -> None:
    con.execute(CUSTOMERS)
    assert run(con, "anti_join_not_exists.sql") == [(2, "bo"), (3, "cy")]


def test_not_in_returns_nothing_once_the_subquery_holds_a_null(con) -> None:
    con.execute(CUSTOMERS)
    assert run(con, "not_in_null_trap.sql") == []
    con.execute("DELETE FROM orders WHERE customer_id IS NULL")
    assert run(con, "not_in_null_trap.sql") == [(2, "bo"), (3, "cy")]
