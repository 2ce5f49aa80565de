"""Running a DuckDB sample file: shared by the SQL sample tests."""

from __future__ import annotations

from pathlib import Path

import duckdb


def run_file(con: duckdb.DuckDBPyConnection, path: Path) -> list[tuple]:
    """Execute one sample file and return the rows of its last statement (if any)."""
    con.execute(path.read_text(encoding="utf-8"))
    try:
        return con.fetchall()
    except duckdb.InvalidInputException:  # statements without a result set
        return []
