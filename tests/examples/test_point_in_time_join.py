"""Run the Feature Store point-in-time join sample in DuckDB and check its exact rows.

The page claims three things about the query: each label gets the newest feature row recorded
at or before the label time, feature rows written after the label are never used (no leakage
from the future), and a label with no earlier feature row drops out of the inner join.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import duckdb
import pytest

SAMPLE = (
    Path(__file__).resolve().parents[2]
    / "docs"
    / "examples"
    / "featurestore"
    / "point_in_time_join.sql"
)


@pytest.fixture
def con() -> duckdb.DuckDBPyConnection:
    connection = duckdb.connect(":memory:")
    connection.execute("""
        CREATE TABLE customer_features (customer_id INT, event_time TIMESTAMP,
                                        orders_30d INT, avg_basket DOUBLE);
        INSERT INTO customer_features VALUES
            (1, '2026-01-01 00:00:00', 2, 30.0),
            (1, '2026-02-01 00:00:00', 5, 42.0),
            (1, '2026-03-01 00:00:00', 0, 0.0),
            (2, '2026-03-10 00:00:00', 7, 55.0),
            (3, '2026-02-20 00:00:00', 1, 12.5);
        CREATE TABLE labels (customer_id INT, label_time TIMESTAMP, churned BOOLEAN);
        INSERT INTO labels VALUES
            (1, '2026-02-15 00:00:00', FALSE),
            (1, '2026-03-15 00:00:00', TRUE),
            (2, '2026-03-01 00:00:00', FALSE),
            (3, '2026-02-20 00:00:00', TRUE);
    """)
    yield connection
    connection.close()


def rows(con: duckdb.DuckDBPyConnection) -> list[tuple]:
    """Run the sample file unchanged and return its result rows."""
    return con.execute(SAMPLE.read_text(encoding="utf-8")).fetchall()


def test_each_label_gets_the_latest_earlier_feature_row(con) -> None:
    assert rows(con) == [
        (1, datetime(2026, 2, 15), False, 5, 42.0, datetime(2026, 2, 1)),
        (1, datetime(2026, 3, 15), True, 0, 0.0, datetime(2026, 3, 1)),
        (3, datetime(2026, 2, 20), True, 1, 12.5, datetime(2026, 2, 20)),
    ]


def test_no_feature_row_from_after_the_label_is_used(con) -> None:
    for _customer, label_time, *_values, feature_time in rows(con):
        assert feature_time <= label_time


def test_label_without_earlier_features_drops_out(con) -> None:
    assert 2 not in {customer for customer, *_ in rows(con)}
