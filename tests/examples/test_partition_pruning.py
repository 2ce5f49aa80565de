"""Partition pruning, measured: DuckDB over a Hive-partitioned Parquet layout.

The test writes ten daily folders (lake/orders/dt=YYYY-MM-DD/), runs each sample unchanged, and
reads DuckDB's EXPLAIN ANALYZE profile for the number of files the scan opened. Filtering on the
partition column must open two files; filtering on a column inside the files must open all ten,
for the same answer. Athena prunes partitions of a catalog table the same way.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest

from tests.examples.test_sql import SQL

DAYS = 10


def files_read(con: duckdb.DuckDBPyConnection, sql: str) -> int:
    """Files the Parquet scan opened, from the profile of one SELECT."""
    statement = sql.strip().rstrip(";")
    profile = con.execute(f"EXPLAIN ANALYZE {statement}").fetchall()[0][1]
    counts = re.findall(r"Total Files Read:\s*(\d+)", profile)
    assert counts, f"no file count in the profile:\n{profile}"
    return sum(int(c) for c in counts)


def select_of(name: str) -> str:
    """The sample's SQL without its comment lines (EXPLAIN takes one statement)."""
    text = (SQL / name).read_text(encoding="utf-8")
    return "\n".join(line for line in text.splitlines() if not line.startswith("--"))


@pytest.fixture
def con(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> duckdb.DuckDBPyConnection:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "lake").mkdir()
    connection = duckdb.connect(":memory:")
    connection.execute(f"""
        COPY (
            SELECT i AS order_id,
                   TIMESTAMP '2026-03-01 08:00:00' + INTERVAL (i % {DAYS}) DAY
                       + INTERVAL (i % 7) HOUR AS order_ts,
                   CAST(DATE '2026-03-01' + CAST(i % {DAYS} AS INTEGER) AS DATE) AS dt,
                   CAST(1 + i % 5 AS DECIMAL(10, 2)) AS amount
            FROM range(200) t(i)
        ) TO 'lake/orders' (FORMAT parquet, PARTITION_BY (dt))
    """)
    yield connection
    connection.close()


EXPECTED = [
    (date(2026, 3, 2), 20, Decimal("40.00")),  # rows i = 1, 11, ... 191, each amount 2
    (date(2026, 3, 3), 20, Decimal("60.00")),  # rows i = 2, 12, ... 192, each amount 3
]


def test_the_layout_has_one_folder_per_day(con, tmp_path: Path) -> None:
    folders = sorted(p.name for p in (tmp_path / "lake" / "orders").iterdir())
    assert len(folders) == DAYS and folders[0] == "dt=2026-03-01"


def test_filtering_on_the_partition_column_opens_only_those_folders(con) -> None:
    sql = select_of("pruned_daily_revenue.sql")
    assert con.execute(sql).fetchall() == EXPECTED
    assert files_read(con, sql) == 2


def test_filtering_on_a_column_inside_the_files_opens_every_folder(con) -> None:
    sql = select_of("unpruned_daily_revenue.sql")
    assert con.execute(sql).fetchall() == EXPECTED  # the same answer...
    assert files_read(con, sql) == DAYS  # ...for five times the files


def test_the_partitioned_write_sample_prunes_its_own_read(tmp_path, monkeypatch) -> None:
    # parquet_partitioned_write.sql says only the 2026-03-02 folder is opened; count it.
    monkeypatch.chdir(tmp_path)
    con = duckdb.connect(":memory:")
    con.execute("""
        CREATE TABLE raw_orders (order_id INT, order_date DATE, store VARCHAR,
                                 amount DECIMAL(10,2), notes VARCHAR);
        INSERT INTO raw_orders VALUES (1, '2026-03-01', 'north', 20.00, 'a'),
                                      (2, '2026-03-02', 'north', 15.50, 'b');
    """)
    text = (SQL / "parquet_partitioned_write.sql").read_text(encoding="utf-8")
    copy, select = text.split(";", 1)
    con.execute(copy)
    body = "\n".join(line for line in select.splitlines() if not line.startswith("--"))
    assert files_read(con, body) == 1
