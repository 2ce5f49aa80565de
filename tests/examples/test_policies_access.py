"""Structural checks on the IAM, bucket and trust policies under docs/examples/policies/.

The pages claim a property of each policy ("the only S3 data it touches is one prefix", "every
allow compares a resource tag with the caller's tag"). These tests hold the files to those
claims, so a later edit to a sample cannot silently contradict the sentence that explains it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import DOCS

POLICIES = DOCS / "examples" / "policies"
# The samples of the identity and access pages (test_policies_encryption.py has the others).
TESTED = {
    "abac-project-tags.json",
    "access-point-finance.json",
    "bucket-policy-tls-and-endpoint.json",
    "dynamodb-leading-keys.json",
    "glue-job-one-prefix.json",
    "kinesis-producer.json",
    "partner-trust-policy.json",
}
FILES = sorted(POLICIES / name for name in TESTED)
EFFECTS = {"Allow", "Deny"}


def load(name: str) -> dict[str, Any]:
    return json.loads((POLICIES / name).read_text(encoding="utf-8"))


def as_list(value: Any) -> list[Any]:
    """IAM accepts a string or a list in Action, Resource and condition values."""
    return value if isinstance(value, list) else [value]


def statements(policy: dict[str, Any]) -> list[dict[str, Any]]:
    return as_list(policy["Statement"])


def condition_keys(statement: dict[str, Any]) -> Iterator[tuple[str, str, list[Any]]]:
    """Yield (operator, key, values) for every condition in a statement."""
    for operator, block in statement.get("Condition", {}).items():
        for key, values in block.items():
            yield operator, key, as_list(values)


def s3_resources(policy: dict[str, Any]) -> list[str]:
    return [
        r
        for s in statements(policy)
        for r in as_list(s.get("Resource", []))
        if r.startswith("arn:aws:s3:")
    ]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_sample_is_a_well_formed_policy(path: Path) -> None:
    policy = json.loads(path.read_text(encoding="utf-8"))
    assert policy["Version"] == "2012-10-17"
    sids = [s.get("Sid") for s in statements(policy)]
    assert all(sids), "every statement carries a Sid that says what it is for"
    assert len(set(sids)) == len(sids), "Sids are unique"
    for s in statements(policy):
        assert s["Effect"] in EFFECTS
        assert as_list(s["Action"]), s["Sid"]
        for action in as_list(s["Action"]):
            assert action == "s3:*" or action.count(":") == 1, action
            assert action != "*", "no sample allows every action of every service"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_no_allow_uses_a_wildcard_resource(path: Path) -> None:
    for s in statements(json.loads(path.read_text(encoding="utf-8"))):
        if s["Effect"] == "Allow" and "Resource" in s:
            assert "*" not in as_list(s["Resource"]), s["Sid"]


def test_glue_job_touches_only_its_prefix_and_its_script() -> None:
    policy = load("glue-job-one-prefix.json")
    data = [r for r in s3_resources(policy) if r.startswith("arn:aws:s3:::acme-lake")]
    assert set(data) == {
        "arn:aws:s3:::acme-lake",
        "arn:aws:s3:::acme-lake/orders/raw/*",
        "arn:aws:s3:::acme-lake/orders/curated/*",
    }
    others = [r for r in s3_resources(policy) if r not in data]
    assert others == ["arn:aws:s3:::acme-glue-assets/scripts/orders_curate.py"]

    by_sid = {s["Sid"]: s for s in statements(policy)}
    listing = by_sid["ListOnlyTheOrdersPrefix"]
    prefixes = [v for _, key, v in condition_keys(listing) if key == "s3:prefix"][0]
    assert all(p.startswith("orders/") for p in prefixes)
    assert as_list(by_sid["ReadRawOrders"]["Action"]) == ["s3:GetObject"]
    assert "s3:GetObject" not in as_list(by_sid["WriteCuratedOrders"]["Action"])
    kms = by_sid["UseTheLakeKeyOnlyThroughS3"]
    assert ("StringEquals", "kms:ViaService", ["s3.eu-west-1.amazonaws.com"]) in list(
        condition_keys(kms)
    )


def test_abac_allows_compare_resource_tag_with_principal_tag() -> None:
    policy = load("abac-project-tags.json")
    allows = [s for s in statements(policy) if s["Effect"] == "Allow"]
    assert allows
    for s in allows:
        pairs = {(k, tuple(v)) for _, k, v in condition_keys(s)}
        assert ("aws:ResourceTag/project", ("${aws:PrincipalTag/project}",)) in pairs, s["Sid"]
    denies = [s for s in statements(policy) if s["Effect"] == "Deny"]
    denied = {a for s in denies for a in as_list(s["Action"])}
    assert {"glue:TagResource", "glue:UntagResource"} <= denied
    assert {"secretsmanager:TagResource", "secretsmanager:UntagResource"} <= denied


def test_dynamodb_policy_limits_rows_and_attributes() -> None:
    (s,) = statements(load("dynamodb-leading-keys.json"))
    conditions = {key: (op, values) for op, key, values in condition_keys(s)}
    op, keys = conditions["dynamodb:LeadingKeys"]
    assert op == "ForAllValues:StringEquals"
    assert keys == ["${cognito-identity.amazonaws.com:sub}"]
    op, attributes = conditions["dynamodb:Attributes"]
    assert op == "ForAllValues:StringEquals"
    assert "PlayerId" in attributes, "the partition key must be among the allowed attributes"
    assert conditions["dynamodb:Select"][1] == ["SPECIFIC_ATTRIBUTES"]
    assert as_list(s["Resource"]) == [
        "arn:aws:dynamodb:eu-west-1:111122223333:table/PlayerProfiles"
    ]


def test_partner_trust_policy_needs_the_external_id() -> None:
    (s,) = statements(load("partner-trust-policy.json"))
    assert s["Effect"] == "Allow"
    assert as_list(s["Action"]) == ["sts:AssumeRole"]
    assert s["Principal"] == {"AWS": "arn:aws:iam::444455556666:root"}
    external = [
        v for op, k, v in condition_keys(s) if k == "sts:ExternalId" and op == "StringEquals"
    ]
    assert external and 2 <= len(external[0][0]) <= 1224


def test_bucket_policy_enforces_tls_and_endpoint_with_denies() -> None:
    policy = load("bucket-policy-tls-and-endpoint.json")
    assert all(s["Effect"] == "Deny" and s["Principal"] == "*" for s in statements(policy))
    found = {(op, k, tuple(v)) for s in statements(policy) for op, k, v in condition_keys(s)}
    assert ("Bool", "aws:SecureTransport", ("false",)) in found
    assert any(op == "StringNotEquals" and k == "aws:SourceVpce" for op, k, _ in found)


def test_access_point_policy_stays_inside_its_prefix() -> None:
    policy = load("access-point-finance.json")
    for s in statements(policy):
        assert s["Principal"] == {"AWS": "arn:aws:iam::111122223333:role/finance-analyst"}
        for r in as_list(s["Resource"]):
            assert r.startswith("arn:aws:s3:eu-west-1:111122223333:accesspoint/finance")
            if "/object/" in r:
                assert r.endswith("/object/finance/*")
    listing = [s for s in statements(policy) if "s3:ListBucket" in as_list(s["Action"])][0]
    assert ("StringLike", "s3:prefix", ["finance/*"]) in list(condition_keys(listing))


def test_kinesis_producer_writes_one_stream_and_binds_the_key_to_it() -> None:
    policy = load("kinesis-producer.json")
    stream = "arn:aws:kinesis:eu-west-1:111122223333:stream/meter-readings"
    actions = {a for s in statements(policy) for a in as_list(s["Action"])}
    assert actions == {"kinesis:PutRecord", "kinesis:PutRecords", "kms:GenerateDataKey"}
    kms = [s for s in statements(policy) if "kms:GenerateDataKey" in as_list(s["Action"])][0]
    assert ("StringEquals", "kms:EncryptionContext:aws:kinesis:arn", [stream]) in list(
        condition_keys(kms)
    )
