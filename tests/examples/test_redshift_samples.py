"""Check the Amazon Redshift samples shown on the store/redshift*.md pages.

Two kinds live in docs/examples/redshift/:
- portable upserts, run unchanged in DuckDB with exact result rows (they also run in Redshift);
- Redshift-only statements (COPY, UNLOAD, DDL with DISTKEY, datashares, ...). No Redshift is
  available to the tests, so each is checked structurally: complete statements that end with a
  semicolon, balanced quotes and brackets, a known leading keyword, and the options the page
  says the statement uses. A page that describes an option the sample lacks fails here.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest

SAMPLES = Path(__file__).resolve().parents[2] / "docs" / "examples" / "redshift"

PORTABLE = ("upsert_merge.sql", "upsert_delete_insert.sql")

# Options each Redshift-only sample must contain (case-insensitive), as its page describes it.
REDSHIFT_ONLY: dict[str, tuple[str, ...]] = {
    "copy_orders.sql": (
        "COPY sales.orders_staging", "FROM 's3://", "IAM_ROLE 'arn:aws:iam::", "FORMAT AS CSV",
        "IGNOREHEADER 1", "GZIP", "MAXERROR", "COMPUPDATE OFF", "STATUPDATE ON",
    ),
    "copy_manifest.sql": ("COPY sales.orders_staging", ".manifest'", "IAM_ROLE", "MANIFEST;"),
    "unload_orders.sql": (
        "UNLOAD ('SELECT", "TO 's3://", "IAM_ROLE", "FORMAT AS PARQUET",
        "PARTITION BY (order_date)", "MAXFILESIZE 256 MB", "KMS_KEY_ID", "ENCRYPTED",
    ),
    "star_schema.sql": (
        "DISTSTYLE ALL", "DISTKEY (customer_id)", "COMPOUND SORTKEY (order_date, store_id)",
        "PRIMARY KEY", "FOREIGN KEY",
    ),
    "lake_and_federated.sql": (
        "FROM DATA CATALOG", "FROM POSTGRES", "SECRET_ARN 'arn:aws:secretsmanager:",
        "UNION ALL", "live_shop.orders",
    ),
    "datashare.sql": (
        "CREATE DATASHARE sales_share", "ALTER DATASHARE sales_share ADD SCHEMA",
        "ALTER DATASHARE sales_share ADD TABLE", "GRANT USAGE ON DATASHARE sales_share TO ACCOUNT",
        "FROM DATASHARE sales_share OF ACCOUNT", "GRANT USAGE ON DATABASE",
    ),
    "streaming_mv.sql": (
        "FROM KINESIS", "CREATE MATERIALIZED VIEW", "AUTO REFRESH YES", "JSON_PARSE(kinesis_data)",
    ),
    "late_binding_view.sql": ("CREATE VIEW", "lake.orders_archive", "WITH NO SCHEMA BINDING;"),
    "find_blockers.sql": ("FROM svv_transactions", "FROM stv_locks", "PG_TERMINATE_BACKEND("),
}  # fmt: skip

FIRST_WORDS = {
    "COPY", "UNLOAD", "CREATE", "ALTER", "GRANT", "SELECT", "TRUNCATE", "BEGIN", "COMMIT",
    "MERGE", "DELETE", "INSERT", "DROP",
}  # fmt: skip


def statements(sql: str) -> list[str]:
    """Split SQL into statements on semicolons outside quotes, dropping comment lines.

    A doubled single quote inside a literal ('' in UNLOAD's query text) stays inside it.
    """
    text = "\n".join(line for line in sql.splitlines() if not line.lstrip().startswith("--"))
    parts, current, quoted = [], [], False
    for char in text:
        if char == "'":
            quoted = not quoted
        if char == ";" and not quoted:
            parts.append("".join(current).strip())
            current = []
        else:
            current.append(char)
    tail = "".join(current).strip()
    assert not quoted, "unbalanced single quotes"
    assert not tail, f"text after the last semicolon: {tail[:60]!r}"
    return [p for p in parts if p]


def test_every_redshift_sample_is_tested() -> None:
    on_disk = {p.name for p in SAMPLES.glob("*.sql")}
    assert on_disk == set(PORTABLE) | set(REDSHIFT_ONLY)


@pytest.mark.parametrize("name", sorted(REDSHIFT_ONLY))
def test_redshift_only_sample_is_well_formed(name: str) -> None:
    sql = (SAMPLES / name).read_text(encoding="utf-8")
    assert sql.strip().endswith(";"), "the last statement must end with a semicolon"
    found = statements(sql)
    assert found, "no statement found"
    for stmt in found:
        assert stmt.split()[0].upper() in FIRST_WORDS, stmt[:60]
        unquoted = re.sub(r"'[^']*'", "''", stmt)
        assert unquoted.count("(") == unquoted.count(")"), f"unbalanced brackets: {stmt[:60]}"
    flat = " ".join(sql.split()).upper()
    for option in REDSHIFT_ONLY[name]:
        assert " ".join(option.split()).upper() in flat, f"{name} lacks {option!r}"


def test_statement_splitter_keeps_quoted_semicolons_and_doubled_quotes() -> None:
    sql = "UNLOAD ('SELECT 1 WHERE a = ''x;y''') TO 's3://b/';\nSELECT 2;"
    assert statements(sql) == ["UNLOAD ('SELECT 1 WHERE a = ''x;y''') TO 's3://b/'", "SELECT 2"]
    with pytest.raises(AssertionError):
        statements("SELECT 1")


def test_manifest_lists_s3_files_with_a_mandatory_flag() -> None:
    manifest = json.loads((SAMPLES / "orders.manifest").read_text(encoding="utf-8"))
    entries = manifest["entries"]
    assert len(entries) >= 2
    for entry in entries:
        assert set(entry) == {"url", "mandatory"}
        assert entry["url"].startswith("s3://") and entry["url"].endswith(".csv.gz")
        assert isinstance(entry["mandatory"], bool)
    assert any(e["mandatory"] for e in entries) and not all(e["mandatory"] for e in entries)


# --- portable upserts, run in DuckDB --------------------------------------------------------

SETUP = """
    CREATE TABLE orders (order_id INT, customer_id INT, status VARCHAR,
                         amount DECIMAL(10,2), updated_at TIMESTAMP);
    CREATE TABLE orders_staging AS SELECT * FROM orders;
"""

EXPECTED = [
    (1, 10, "SHIPPED", Decimal("20.00"), datetime(2026, 3, 2, 8, 0)),
    (2, 11, "PLACED", Decimal("35.50"), datetime(2026, 3, 1, 9, 30)),
    (3, 12, "PLACED", Decimal("12.00"), datetime(2026, 3, 2, 10, 0)),
]


@pytest.fixture
def con() -> duckdb.DuckDBPyConnection:
    connection = duckdb.connect(":memory:")
    connection.execute(SETUP)
    yield connection
    connection.close()


def run(con: duckdb.DuckDBPyConnection, name: str) -> None:
    con.execute((SAMPLES / name).read_text(encoding="utf-8"))


def rows(con: duckdb.DuckDBPyConnection) -> list[tuple]:
    return con.execute("SELECT * FROM orders ORDER BY order_id").fetchall()


@pytest.mark.parametrize("name", PORTABLE)
def test_upsert_keeps_the_newest_change_per_key_and_is_safe_to_rerun(con, name: str) -> None:
    con.execute("""
        INSERT INTO orders VALUES
            (1, 10, 'PLACED', 20.00, '2026-03-01 09:00:00'),
            (2, 11, 'PLACED', 35.50, '2026-03-01 09:30:00');
        INSERT INTO orders_staging VALUES
            (1, 10, 'PACKED',  20.00, '2026-03-01 11:00:00'),   -- older change to order 1
            (1, 10, 'SHIPPED', 20.00, '2026-03-02 08:00:00'),   -- newest change to order 1
            (3, 12, 'PLACED',  12.00, '2026-03-02 10:00:00');   -- a new order
    """)
    run(con, name)
    assert rows(con) == EXPECTED
    run(con, name)  # a retried batch must not duplicate or change anything
    assert rows(con) == EXPECTED


@pytest.mark.parametrize("name", PORTABLE)
def test_upsert_into_an_empty_table_inserts_one_row_per_key(con, name: str) -> None:
    con.execute("""
        INSERT INTO orders_staging VALUES
            (7, 70, 'PLACED',    5.00, '2026-03-03 07:00:00'),
            (7, 70, 'CANCELLED', 5.00, '2026-03-03 07:05:00');
    """)
    run(con, name)
    assert rows(con) == [(7, 70, "CANCELLED", Decimal("5.00"), datetime(2026, 3, 3, 7, 5))]


@pytest.mark.parametrize("name", PORTABLE)
def test_upsert_leaves_no_temporary_table_behind(con, name: str) -> None:
    run(con, name)
    found = con.execute("SELECT table_name FROM information_schema.tables").fetchall()
    tables = {table for (table,) in found}
    assert tables == {"orders", "orders_staging"}
