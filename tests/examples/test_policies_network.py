"""Check the policy samples under docs/examples/policies/ do what the networking page says.

The page claims two things: the endpoint policy lets traffic through the S3 gateway endpoint
reach one bucket only, and the bucket policy refuses every request that does not arrive through
one named endpoint. A small evaluator of the IAM subset these files use (Allow/Deny, wildcard
actions and resources, StringEquals/StringNotEquals) checks both claims on concrete requests,
so a later edit that widens a policy fails here instead of misleading a reader.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any

import pytest

POLICIES = Path(__file__).resolve().parents[2] / "docs" / "examples" / "policies"
BUCKET = "example-curated-zone"
ENDPOINT = "vpce-0a1b2c3d4e5f67890"


@dataclass(frozen=True)
class Request:
    action: str
    resource: str
    context: dict[str, str] = field(default_factory=dict)


def load(name: str) -> dict[str, Any]:
    return json.loads((POLICIES / name).read_text(encoding="utf-8"))


def _as_list(value: str | list[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def _matches(patterns: str | list[str], value: str) -> bool:
    # IAM action names are case-insensitive; ARNs are compared as written.
    return any(fnmatchcase(value.lower(), p.lower()) for p in _as_list(patterns))


def _condition_holds(condition: dict[str, dict[str, Any]], context: dict[str, str]) -> bool:
    for operator, pairs in condition.items():
        for key, expected in pairs.items():
            actual = context.get(key)
            allowed = _as_list(expected)
            if operator == "StringEquals" and actual not in allowed:
                return False
            if operator == "StringNotEquals" and actual in allowed:
                return False
            if operator not in {"StringEquals", "StringNotEquals"}:
                raise ValueError(f"the evaluator does not know {operator}")
    return True


def statement_applies(statement: dict[str, Any], request: Request) -> bool:
    """True when the statement's action, resource and condition all cover the request."""
    return (
        _matches(statement["Action"], request.action)
        and _matches(statement["Resource"], request.resource)
        and _condition_holds(statement.get("Condition", {}), request.context)
    )


def decision(policy: dict[str, Any], request: Request) -> str:
    """IAM's order for one policy: an explicit deny wins, then an allow, else implicit deny."""
    applying = [s for s in policy["Statement"] if statement_applies(s, request)]
    if any(s["Effect"] == "Deny" for s in applying):
        return "explicit-deny"
    if any(s["Effect"] == "Allow" for s in applying):
        return "allow"
    return "implicit-deny"


# The samples of the networking page (the other test_policies_*.py files test the others).
TESTED = {"s3-endpoint-policy-one-bucket.json", "s3-bucket-policy-endpoint-only.json"}


@pytest.mark.parametrize("name", sorted(TESTED))
def test_every_sample_is_a_valid_policy_document(name: str) -> None:
    policy = load(name)
    assert policy["Version"] == "2012-10-17"
    for statement in policy["Statement"]:
        assert statement["Effect"] in {"Allow", "Deny"}
        assert {"Action", "Resource", "Principal"} <= statement.keys()


def test_endpoint_policy_reaches_only_the_one_bucket() -> None:
    policy = load("s3-endpoint-policy-one-bucket.json")
    resources = {r for s in policy["Statement"] for r in _as_list(s["Resource"])}
    assert resources == {f"arn:aws:s3:::{BUCKET}", f"arn:aws:s3:::{BUCKET}/*"}
    assert all(s["Effect"] == "Allow" for s in policy["Statement"])

    read = Request("s3:GetObject", f"arn:aws:s3:::{BUCKET}/orders/2026/12/01/part-0.parquet")
    write = Request("s3:PutObject", f"arn:aws:s3:::{BUCKET}/orders/new.parquet")
    listing = Request("s3:ListBucket", f"arn:aws:s3:::{BUCKET}")
    assert {decision(policy, r) for r in (read, write, listing)} == {"allow"}

    other_bucket = Request("s3:PutObject", "arn:aws:s3:::someone-elses-bucket/dump.csv")
    delete = Request("s3:DeleteObject", f"arn:aws:s3:::{BUCKET}/orders/new.parquet")
    assert decision(policy, other_bucket) == "implicit-deny"
    assert decision(policy, delete) == "implicit-deny"


def test_bucket_policy_refuses_requests_from_outside_the_endpoint() -> None:
    policy = load("s3-bucket-policy-endpoint-only.json")
    (statement,) = policy["Statement"]
    assert statement["Effect"] == "Deny" and statement["Principal"] == "*"
    assert statement["Condition"] == {"StringNotEquals": {"aws:SourceVpce": ENDPOINT}}

    obj = f"arn:aws:s3:::{BUCKET}/orders/part-0.parquet"
    through_endpoint = Request("s3:GetObject", obj, {"aws:SourceVpce": ENDPOINT})
    other_endpoint = Request("s3:GetObject", obj, {"aws:SourceVpce": "vpce-0fffffffffffffff0"})
    from_internet = Request("s3:GetObject", obj)  # no endpoint: the key is absent
    delete_bucket = Request("s3:DeleteBucket", f"arn:aws:s3:::{BUCKET}")

    # The bucket policy only denies; identity policies still have to grant the access.
    assert decision(policy, through_endpoint) == "implicit-deny"
    assert decision(policy, other_endpoint) == "explicit-deny"
    assert decision(policy, from_internet) == "explicit-deny"
    assert decision(policy, delete_bucket) == "explicit-deny"


def test_the_evaluator_refuses_operators_it_does_not_know() -> None:
    with pytest.raises(ValueError):
        _condition_holds({"IpAddress": {"aws:SourceIp": "10.0.0.0/8"}}, {})
