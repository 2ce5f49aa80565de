"""Check the partition-projection DDL shown on the data catalogs page.

DuckDB cannot run Athena DDL, so the test parses the statement and checks what the page says
about it: every partition column is projected with a supported type, the date range and format
agree, the enum list stays short, and the storage location template sits under the table
location and names each partition column once, so Athena can build a real S3 path.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "examples"
SAMPLE = EXAMPLES / "catalog" / "clickstream_projection.sql"
TYPES = {"enum", "integer", "date", "injected"}
UNITS = {"YEARS", "MONTHS", "WEEKS", "DAYS", "HOURS", "MINUTES", "SECONDS"}
# Java date patterns used in the sample, translated for Python's strptime.
JAVA_TO_PY = {"yyyy": "%Y", "MM": "%m", "dd": "%d", "HH": "%H"}


def ddl() -> str:
    """The sample without its comment lines."""
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    return "\n".join(line for line in lines if not line.lstrip().startswith("--"))


def table_properties(text: str) -> dict[str, str]:
    """The quoted key = value pairs inside TBLPROPERTIES ( ... )."""
    body = re.search(r"TBLPROPERTIES\s*\((.*)\)\s*;", text, re.S)
    assert body, "no TBLPROPERTIES block"
    return dict(re.findall(r"'([^']+)'\s*=\s*'([^']*)'", body.group(1)))


def partition_columns(text: str) -> list[str]:
    """Column names declared in PARTITIONED BY ( ... )."""
    block = re.search(r"PARTITIONED BY\s*\(([^)]*)\)", text)
    assert block, "no PARTITIONED BY clause"
    return [part.split()[0] for part in block.group(1).split(",")]


def table_location(text: str) -> str:
    match = re.search(r"LOCATION\s+'([^']+)'", text)
    assert match, "no LOCATION"
    return match.group(1)


def python_format(java: str) -> str:
    """Translate the Java date pattern of projection.<col>.format for strptime."""
    for java_token, py_token in JAVA_TO_PY.items():
        java = java.replace(java_token, py_token)
    return java


def project(template: str, values: dict[str, str]) -> str:
    """Build the S3 prefix Athena would read for one combination of partition values."""
    return re.sub(r"\$\{(\w+)\}", lambda m: values[m.group(1)], template)


@pytest.fixture(scope="module")
def parsed() -> tuple[dict[str, str], list[str], str]:
    text = ddl()
    return table_properties(text), partition_columns(text), table_location(text)


def test_projection_is_enabled_for_every_partition_column(parsed) -> None:
    props, columns, _ = parsed
    assert props["projection.enabled"] == "true"
    assert columns == ["region", "dt"]
    for column in columns:
        assert props[f"projection.{column}.type"] in TYPES


def test_date_range_parses_with_the_declared_format(parsed) -> None:
    props, _, _ = parsed
    start, end = (part.strip() for part in props["projection.dt.range"].split(","))
    fmt = python_format(props["projection.dt.format"])
    assert datetime.strptime(start, fmt).date() == date(2025, 1, 1)
    assert end == "NOW" or datetime.strptime(end, fmt)
    assert int(props["projection.dt.interval"]) >= 1
    assert props["projection.dt.interval.unit"] in UNITS


def test_enum_values_are_a_short_list(parsed) -> None:
    props, _, _ = parsed
    values = props["projection.region.values"].split(",")
    assert values == ["eu", "us", "ap"]
    assert len(values) <= 36  # the page advises a few dozen values at most


def test_template_sits_under_the_location_and_names_each_column_once(parsed) -> None:
    props, columns, location = parsed
    template = props["storage.location.template"]
    assert template.startswith(location)
    placeholders = re.findall(r"\$\{(\w+)\}", template)
    assert sorted(placeholders) == sorted(columns)
    assert template.endswith("/")


def test_projected_path_matches_the_layout_the_page_describes(parsed) -> None:
    props, _, _ = parsed
    path = project(props["storage.location.template"], {"region": "eu", "dt": "2026-03-01"})
    assert path == "s3://example-clickstream-lake/events/eu/2026-03-01/"
    # Not Hive style: MSCK REPAIR TABLE could not discover these folders.
    assert "=" not in path
