"""Check the Amazon Redshift samples shown on the store/redshift*.md pages.

Two kinds live in docs/examples/redshift/:
- portable upserts, run unchanged in DuckDB with exact result rows (they also run in Redshift);
- Redshift-only statements (COPY, UNLOAD, DDL with DISTKEY, datashares, ...). No Redshift is
  available to the tests, so each is parsed with sqlglot's Redshift dialect (pinned in
  requirements-dev.txt), and checked structurally: complete statements that end with a
  semicolon, balanced quotes and brackets, a known leading keyword, and the options the page
  says the statement uses. A page that describes an option the sample lacks fails here.

What sqlglot 30 does with them, and so what the parse can prove:
- COPY parses into a Copy node: target table, source location and IAM role are checked on the
  tree. Its option list is read as key-value pairs, so a flag such as GZIP swallows the next
  keyword as its "value"; the options are therefore compared as a flat list of words.
- UNLOAD is not supported: sqlglot falls back to an opaque Command. The test then parses the
  query quoted inside UNLOAD (with '' unescaped) as Redshift SQL, and keeps the structural checks
  for the clauses after it.
- CREATE DATASHARE, ALTER DATASHARE, GRANT ... ON DATASHARE and CREATE EXTERNAL SCHEMA fall back
  to Command too; the expected node types below say so, and the structural checks cover them.
  Everything else (tables with DISTKEY and SORTKEY, views, MERGE, SELECTs against system
  tables) parses into real statements, so a typo there changes the node types and fails.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest
import sqlglot
from sqlglot import exp

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


# What sqlglot's Redshift dialect makes of each statement, in order. "Command" marks a
# Redshift-only statement that sqlglot does not model (see the module docstring).
PARSED_AS: dict[str, list[str]] = {
    "copy_orders.sql": ["TruncateTable", "Copy"],
    "copy_manifest.sql": ["Copy"],
    "unload_orders.sql": ["Command"],
    "star_schema.sql": ["Create", "Create", "Create", "Create"],
    "lake_and_federated.sql": ["Command", "Command", "Select", "Select"],
    "datashare.sql": ["Command"] * 6 + ["Grant"],
    "streaming_mv.sql": ["Command", "Create"],
    "late_binding_view.sql": ["Create"],
    "find_blockers.sql": ["Select", "Select", "Select"],
    "upsert_merge.sql": ["Create", "Merge", "Drop"],
    "upsert_delete_insert.sql": ["Create", "Transaction", "Delete", "Insert", "Commit", "Drop"],
}
UNMODELLED = ("UNLOAD", "CREATE DATASHARE", "ALTER DATASHARE", "GRANT USAGE ON DATASHARE",
              "CREATE DATABASE", "CREATE EXTERNAL SCHEMA")  # fmt: skip


def parse(name: str) -> list[exp.Expression]:
    sql = (SAMPLES / name).read_text(encoding="utf-8")
    return [e for e in sqlglot.parse(sql, read="redshift") if e is not None]


def test_every_sql_sample_has_an_expected_parse() -> None:
    assert set(PARSED_AS) == {p.name for p in SAMPLES.glob("*.sql")}


@pytest.mark.parametrize("name", sorted(PARSED_AS))
def test_sqlglot_parses_the_sample_into_the_expected_statements(name: str) -> None:
    trees = parse(name)
    assert [type(t).__name__ for t in trees] == PARSED_AS[name]
    for tree in trees:
        if isinstance(tree, exp.Command):
            # Only the statements sqlglot cannot model may fall back; the text shows which.
            text = tree.sql(dialect="redshift").upper()
            body = text.split("*/")[-1].strip() if text.startswith("/*") else text
            assert body.startswith(UNMODELLED), body[:80]


def copy_problems(copy: exp.Copy) -> list[str]:
    """What a COPY needs and sqlglot's lenient parse does not insist on."""
    found = []
    files = copy.args.get("files") or []
    if len(files) != 1 or not str(files[0].this).startswith("s3://"):
        found.append(f"COPY needs one s3:// source after FROM, got {[f.sql() for f in files]}")
    credentials = copy.args.get("credentials")
    role = credentials.args.get("iam_role") if credentials else None
    if role is None or not str(role.this).startswith("arn:aws:iam::"):
        found.append("COPY needs IAM_ROLE 'arn:aws:iam::...'")
    return found


@pytest.mark.parametrize("name", ["copy_orders.sql", "copy_manifest.sql"])
def test_copy_loads_the_staging_table_from_s3_with_a_role(name: str) -> None:
    (copy,) = [t for t in parse(name) if isinstance(t, exp.Copy)]
    assert copy_problems(copy) == []
    assert copy.this.sql() == "sales.orders_staging"
    (source,) = copy.args["files"]
    assert source.this.startswith("s3://example-sales-lake/")
    role = copy.args["credentials"].args["iam_role"].this
    assert role.startswith("arn:aws:iam::111122223333:role/")
    words = [w.upper() for p in copy.args["params"] for w in p.sql(dialect="redshift").split()]
    assert {"FORMAT", "CSV", "IGNOREHEADER", "GZIP"} <= set(words)
    if name == "copy_manifest.sql":
        assert source.this.endswith(".manifest") and "MANIFEST" in words


def test_unload_falls_back_but_its_query_parses() -> None:
    (unload,) = parse("unload_orders.sql")
    assert isinstance(unload, exp.Command) and unload.this.upper() == "UNLOAD"
    text = (SAMPLES / "unload_orders.sql").read_text(encoding="utf-8")
    quoted = re.search(r"UNLOAD \('((?:[^']|'')*)'\)", text, re.S)
    assert quoted, "UNLOAD must quote its query"
    query = sqlglot.parse_one(quoted.group(1).replace("''", "'"), read="redshift")
    assert isinstance(query, exp.Select)
    assert [t.sql() for t in query.find_all(exp.Table)] == ["sales.fact_orders"]
    columns = {c.alias_or_name for c in query.expressions}
    partition = re.search(r"PARTITION BY \((\w+)\)", text).group(1)
    assert partition in columns, "UNLOAD can only partition by a column the query returns"


@pytest.mark.parametrize(
    "typo",
    ["SELEC order_id FROM sales.orders;", "SELECT order_id FORM sales.orders;",
     "COPPY sales.orders FROM 's3://b/';", "COPY sales.orders FRM 's3://b/' IAM_ROLE 'x';",
     "COPY sales.orders FROM 's3://b/' IAM_ROLE;", "CREATE TABLE t (id INT DISTKEY,;"],
)  # fmt: skip
def test_a_typo_fails_the_parse_or_the_checks_on_the_tree(typo: str) -> None:
    try:
        trees = [t for t in sqlglot.parse(typo, read="redshift") if t]
    except sqlglot.errors.ParseError:
        return
    kinds = [type(t).__name__ for t in trees]
    if kinds == ["Copy"]:
        assert copy_problems(trees[0]), "sqlglot accepts this COPY; the tree checks must not"
    else:
        assert kinds not in (["Select"], ["Create"]), kinds


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
