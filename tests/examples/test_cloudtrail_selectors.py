"""Check the advanced event selectors sample does what the monitoring page says.

The page claims the sample keeps management events except AWS KMS ones, records only S3 writes
and deletes under the finance/ prefix, and records only S3 calls that a VPC endpoint policy
denied. A small matcher of CloudTrail's selector semantics (an event is logged when every field
condition of at least one selector holds) checks those claims on sample events, and a second
test checks that each selector uses only fields CloudTrail accepts for its event category.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

SAMPLE = (
    Path(__file__).resolve().parents[2]
    / "docs"
    / "examples"
    / "cloudtrail"
    / "advanced-event-selectors.json"
)
FINANCE = "arn:aws:s3:::example-curated-zone/finance/"

# Fields that CloudTrail accepts on a trail's advanced event selectors, per event category
# (AdvancedEventSelector, CloudTrail API reference).
TRAIL_FIELDS: dict[str, set[str]] = {
    "Management": {"eventCategory", "eventSource", "readOnly"},
    "Data": {
        "eventCategory",
        "eventName",
        "eventSource",
        "eventType",
        "resources.ARN",
        "resources.type",
        "readOnly",
        "sessionCredentialFromConsole",
        "userIdentity.arn",
    },
    "NetworkActivity": {"eventCategory", "eventSource", "eventName", "errorCode", "vpcEndpointId"},
}


def load() -> list[dict[str, Any]]:
    return json.loads(SAMPLE.read_text(encoding="utf-8"))


def _field_holds(condition: dict[str, Any], event: dict[str, str]) -> bool:
    """One field condition; CloudTrail compares values as strings."""
    value = event.get(condition["Field"], "")
    for operator, operands in condition.items():
        if operator == "Field":
            continue
        if operator == "Equals" and value not in operands:
            return False
        if operator == "NotEquals" and value in operands:
            return False
        if operator == "StartsWith" and not any(value.startswith(o) for o in operands):
            return False
        if operator == "NotStartsWith" and any(value.startswith(o) for o in operands):
            return False
        if operator not in {"Equals", "NotEquals", "StartsWith", "NotStartsWith"}:
            raise ValueError(f"the matcher does not know {operator}")
    return True


def is_logged(selectors: list[dict[str, Any]], event: dict[str, str]) -> bool:
    """Selectors are ORed together; the conditions inside one selector are ANDed."""
    return any(all(_field_holds(c, event) for c in s["FieldSelectors"]) for s in selectors)


def _mgmt(source: str, name: str) -> dict[str, str]:
    return {"eventCategory": "Management", "eventSource": source, "eventName": name}


def _s3_object(name: str, key: str, read_only: bool) -> dict[str, str]:
    return {
        "eventCategory": "Data",
        "eventSource": "s3.amazonaws.com",
        "eventName": name,
        "resources.type": "AWS::S3::Object",
        "resources.ARN": f"arn:aws:s3:::example-curated-zone/{key}",
        "readOnly": "true" if read_only else "false",
    }


def _network(error: str | None) -> dict[str, str]:
    event = {
        "eventCategory": "NetworkActivity",
        "eventSource": "s3.amazonaws.com",
        "eventName": "PutObject",
        "vpcEndpointId": "vpce-0a1b2c3d4e5f67890",
    }
    if error:
        event["errorCode"] = error
    return event


CASES = [
    ("glue DeleteTable is kept", _mgmt("glue.amazonaws.com", "DeleteTable"), True),
    ("IAM policy changes are kept", _mgmt("iam.amazonaws.com", "AttachRolePolicy"), True),
    ("KMS Decrypt calls are dropped", _mgmt("kms.amazonaws.com", "Decrypt"), False),
    ("finance write is kept", _s3_object("PutObject", "finance/2026/l.parquet", False), True),
    ("finance delete is kept", _s3_object("DeleteObject", "finance/old.csv", False), True),
    ("finance read is dropped", _s3_object("GetObject", "finance/2026/l.parquet", True), False),
    ("write elsewhere is dropped", _s3_object("PutObject", "marketing/leads.csv", False), False),
    ("look-alike prefix is dropped", _s3_object("PutObject", "finance-old/x.csv", False), False),
    ("endpoint-policy denial is kept", _network("VpceAccessDenied"), True),
    ("allowed endpoint call is dropped", _network(None), False),
]


@pytest.mark.parametrize(("label", "event", "expected"), CASES, ids=[c[0] for c in CASES])
def test_sample_logs_what_the_page_says(label: str, event: dict[str, str], expected: bool) -> None:
    assert is_logged(load(), event) is expected, label


def test_selectors_use_fields_cloudtrail_accepts() -> None:
    for selector in load():
        fields = [c["Field"] for c in selector["FieldSelectors"]]
        categories = [c for c in selector["FieldSelectors"] if c["Field"] == "eventCategory"]
        category = categories[0]["Equals"][0]
        assert set(fields) <= TRAIL_FIELDS[category], selector["Name"]
        if category == "Data":
            assert "resources.type" in fields, "data event selectors must name a resource type"
        if category == "NetworkActivity":
            assert "eventSource" in fields, "network activity selectors must name an event source"
            errors = [c for c in selector["FieldSelectors"] if c["Field"] == "errorCode"]
            assert all(c["Equals"] == ["VpceAccessDenied"] for c in errors)
