"""Check the Athena-only SQL samples that DuckDB cannot run.

The CTAS sample must obey Athena's CTAS rules the page teaches: partition columns last in the
SELECT list and in partitioned_by order, a known format and compression, and an INSERT INTO
whose column count matches. The Iceberg sample must declare an Iceberg table and use each
statement the page names, in an order that makes sense (create before change, change before
maintenance).
"""

from __future__ import annotations

import re
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "examples" / "athena"


def statements(name: str) -> list[str]:
    """The file's statements, without comment lines, split on semicolons."""
    lines = (EXAMPLES / name).read_text(encoding="utf-8").splitlines()
    text = "\n".join(line for line in lines if not line.lstrip().startswith("--"))
    return [s.strip() for s in text.split(";") if s.strip()]


def select_columns(select_list: str) -> list[str]:
    """Output names of a simple SELECT list: the alias if there is one, else the column."""
    names = []
    depth, current = 0, ""
    for ch in select_list + ",":
        if ch == "," and depth == 0:
            item = current.strip()
            alias = re.search(r"\bAS\s+(\w+)\s*$", item, re.I)
            names.append(alias.group(1) if alias else item.split(".")[-1])
            current = ""
            continue
        depth += ch == "("
        depth -= ch == ")"
        current += ch
    return names


def test_ctas_partition_columns_come_last_in_order() -> None:
    ctas = statements("ctas_to_parquet.sql")[0]
    props = dict(re.findall(r"(\w+)\s*=\s*'([^']*)'", ctas.split(") AS")[0]))
    assert props["format"] == "PARQUET" and props["write_compression"] == "SNAPPY"
    assert props["external_location"].startswith("s3://")
    array = re.search(r"partitioned_by\s*=\s*ARRAY\[(.*?)\]", ctas)
    assert array, "no partitioned_by"
    partitioned = re.findall(r"'(\w+)'", array.group(1))
    select_list = re.search(r"SELECT(.*?)FROM", ctas, re.S).group(1)
    columns = select_columns(select_list)
    assert columns[-len(partitioned) :] == partitioned


def test_insert_into_matches_the_ctas_columns() -> None:
    ctas, insert = statements("ctas_to_parquet.sql")
    assert insert.startswith("INSERT INTO curated.orders_parquet")
    ctas_cols = select_columns(re.search(r"SELECT(.*?)FROM", ctas, re.S).group(1))
    insert_cols = select_columns(re.search(r"SELECT(.*?)FROM", insert, re.S).group(1))
    assert len(insert_cols) == len(ctas_cols)
    assert insert_cols[-1] == ctas_cols[-1] == "order_date"  # the partition column stays last


def test_iceberg_sample_uses_every_statement_in_a_sensible_order() -> None:
    stmts = statements("iceberg_orders.sql")
    kinds = [s.split()[0].upper() for s in stmts]
    assert kinds == ["CREATE", "MERGE", "DELETE", "SELECT", "SELECT", "OPTIMIZE", "VACUUM"]
    create = stmts[0]
    props = dict(re.findall(r"'([^']+)'\s*=\s*'([^']*)'", create))
    assert props["table_type"] == "ICEBERG"
    assert int(props["vacuum_max_snapshot_age_seconds"]) == 7 * 24 * 3600
    assert "FOR TIMESTAMP AS OF" in stmts[3] and "FOR VERSION AS OF" in stmts[4]
    assert "REWRITE DATA USING BIN_PACK" in stmts[5]


def test_merge_deletes_updates_and_inserts() -> None:
    merge = statements("iceberg_orders.sql")[1]
    clauses = re.findall(r"WHEN (NOT MATCHED|MATCHED)[^T]*THEN\s+(\w+)", merge)
    assert clauses == [("MATCHED", "DELETE"), ("MATCHED", "UPDATE"), ("NOT MATCHED", "INSERT")]
