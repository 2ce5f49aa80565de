"""Check the DQDL ruleset shown on the data quality page.

Glue is not available offline, so the test parses the ruleset the way DQDL is documented: a list
named Rules in square brackets, comma-separated rules shaped `RuleType "param" ... expression`,
an optional `with threshold` clause, and composite rules whose parts sit in parentheses joined by
`and` or `or`. It also checks that every rule type the page teaches appears in the sample.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "examples"
SAMPLE = EXAMPLES / "dataquality" / "orders_ruleset.dqdl"

# Rule types listed in the DQDL reference (https://docs.aws.amazon.com/glue/latest/dg/dqdl.html).
RULE_TYPES = {
    "AggregateMatch", "ColumnCorrelation", "ColumnCount", "ColumnDataType", "ColumnExists",
    "ColumnLength", "ColumnNamesMatchPattern", "ColumnValues", "Completeness", "CustomSql",
    "DataFreshness", "DatasetMatch", "DistinctValuesCount", "Entropy", "IsComplete",
    "IsPrimaryKey", "IsUnique", "Mean", "ReferentialIntegrity", "RowCount", "RowCountMatch",
    "StandardDeviation", "Sum", "SchemaMatch", "Uniqueness", "UniqueValueRatio",
    "DetectAnomalies",
}  # fmt: skip
# Rule types that are yes/no checks and take no expression.
BOOLEAN_TYPES = {"IsComplete", "IsUnique", "IsPrimaryKey", "ColumnExists", "DetectAnomalies"}
EXPRESSION = re.compile(
    r"^(=|!=|>=|<=|>|<)\s*\S.*$|^between\s+\S+\s+and\s+\S+$|^in\s+\[.+\]$", re.IGNORECASE
)
RULE = re.compile(
    r'^(?P<type>[A-Z][A-Za-z]+)(?P<params>(\s+"[^"]*")*)\s*(?P<expr>.*?)'
    r"(\s+with threshold\s+(?P<threshold>(>=|<=|>|<|=)\s*[0-9.]+))?$"
)


def rules_text() -> str:
    """The body between `Rules = [` and the closing bracket, without comment lines."""
    lines = [
        line for line in SAMPLE.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]  # fmt: skip
    text = "\n".join(lines).strip()
    match = re.fullmatch(r"Rules\s*=\s*\[(?P<body>.*)\]", text, re.S)
    assert match, "a DQDL ruleset must be one list named Rules in square brackets"
    return match.group("body")


def split_top_level(body: str) -> list[str]:
    """Split on commas that are outside quotes, brackets and parentheses."""
    parts, depth, quoted, current = [], 0, False, []
    for char in body:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in "([":
            depth += 1
        elif not quoted and char in ")]":
            depth -= 1
        if char == "," and depth == 0 and not quoted:
            parts.append("".join(current).strip())
            current = []
        else:
            current.append(char)
    parts.append("".join(current).strip())
    return [" ".join(part.split()) for part in parts if part]


def composite_parts(rule: str) -> list[str] | None:
    """The rules inside a composite rule such as `(A) or (B)`, or None for a simple rule."""
    if not rule.startswith("("):
        return None
    pieces = re.split(r"\)\s+(?:and|or)\s+\(", rule, flags=re.IGNORECASE)
    assert pieces[0].startswith("(") and pieces[-1].endswith(")"), rule
    pieces[0], pieces[-1] = pieces[0][1:], pieces[-1][:-1]
    return pieces


def check_simple(rule: str) -> re.Match[str]:
    match = RULE.match(rule)
    assert match, f"not shaped like a DQDL rule: {rule}"
    rule_type, expr = match.group("type"), match.group("expr").strip()
    assert rule_type in RULE_TYPES, f"unknown rule type {rule_type!r}"
    if rule_type in BOOLEAN_TYPES:
        assert expr == "", f"{rule_type} takes no expression: {rule}"
    else:
        assert EXPRESSION.match(expr), f"{rule_type} needs an expression: {rule}"
    return match


@pytest.fixture(scope="module")
def rules() -> list[str]:
    return split_top_level(rules_text())


def test_every_rule_parses(rules) -> None:
    assert len(rules) == 13
    for rule in rules:
        for part in composite_parts(rule) or [rule]:
            check_simple(part)


def test_rule_types_the_page_teaches_are_present(rules) -> None:
    used = {check_simple(part).group("type") for r in rules for part in composite_parts(r) or [r]}
    assert {
        "RowCount", "IsComplete", "IsUnique", "Completeness", "ColumnValues",
        "ReferentialIntegrity", "DataFreshness", "CustomSql", "DetectAnomalies",
    } <= used  # fmt: skip


def test_threshold_dynamic_and_composite_forms_appear(rules) -> None:
    assert any(check_simple(r).group("threshold") for r in rules if not r.startswith("("))
    assert any("avg(last(" in r for r in rules)
    assert any(composite_parts(r) for r in rules)


def test_custom_sql_reads_the_primary_alias(rules) -> None:
    [custom] = [r for r in rules if r.startswith("CustomSql")]
    assert re.search(r'"select .+ from primary\b', custom, re.IGNORECASE)


def test_referential_integrity_names_a_reference_alias(rules) -> None:
    [ref] = [r for r in rules if r.startswith("ReferentialIntegrity")]
    assert re.match(r'ReferentialIntegrity "\w+" "\w+\.\w+" ', ref)
