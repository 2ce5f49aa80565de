"""The endpoint and bucket policies of the networking page do what the page says.

The page claims two things: the endpoint policy lets traffic through the S3 gateway endpoint
reach one bucket only, whatever the caller's IAM role allows; and the bucket policy refuses every
request that does not arrive through one named endpoint. Sample requests go through the one
evaluator (policy_eval.py), with the endpoint policy as a guardrail that grants nothing itself.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.conftest import DOCS
from tests.examples.policy_eval import Request, access, as_list, statements

POLICIES = DOCS / "examples" / "policies"
BUCKET = "arn:aws:s3:::example-curated-zone"
ENDPOINT = "vpce-0a1b2c3d4e5f67890"
JOB = "arn:aws:iam::111122223333:role/etl-job"
# The caller's role is generous on purpose: the endpoint policy must hold anyway.
S3_EVERYTHING = {"Version": "2012-10-17", "Statement": [
    {"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]}  # fmt: skip

# The samples of the networking page (the other test_policies_*.py files test the others).
TESTED = {"s3-endpoint-policy-one-bucket.json", "s3-bucket-policy-endpoint-only.json"}


def load(name: str) -> dict[str, Any]:
    return json.loads((POLICIES / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(TESTED))
def test_every_sample_is_a_valid_policy_document(name: str) -> None:
    policy = load(name)
    assert policy["Version"] == "2012-10-17"
    for statement in statements(policy):
        assert statement["Effect"] in {"Allow", "Deny"}
        assert {"Action", "Resource", "Principal"} <= statement.keys()


@pytest.mark.parametrize(
    ("action", "resource", "decision"),
    [
        ("s3:GetObject", f"{BUCKET}/orders/2026/12/01/part-0.parquet", "allow"),
        ("s3:PutObject", f"{BUCKET}/orders/new.parquet", "allow"),
        ("s3:ListBucket", BUCKET, "allow"),
        # Exfiltration: another bucket, even one the role may write to, is out of reach.
        ("s3:PutObject", "arn:aws:s3:::someone-elses-bucket/dump.csv", "implicit-deny"),
        ("s3:GetObject", "arn:aws:s3:::aws-glue-assets-111122223333/scripts/job.py",
         "implicit-deny"),
        # Only the listed actions, even on the one bucket.
        ("s3:DeleteObject", f"{BUCKET}/orders/new.parquet", "implicit-deny"),
        ("s3:PutBucketPolicy", BUCKET, "implicit-deny"),
    ],
)  # fmt: skip
def test_endpoint_policy_reaches_only_the_one_bucket(
    action: str, resource: str, decision: str
) -> None:
    endpoint_policy = load("s3-endpoint-policy-one-bucket.json")
    request = Request(action, resource, JOB, {"aws:SourceVpce": ENDPOINT})
    assert access(request, identity=[S3_EVERYTHING], guardrails=[endpoint_policy]) == decision


def test_endpoint_policy_grants_nothing_by_itself() -> None:
    endpoint_policy = load("s3-endpoint-policy-one-bucket.json")
    request = Request("s3:GetObject", f"{BUCKET}/a", JOB, {"aws:SourceVpce": ENDPOINT})
    assert access(request, guardrails=[endpoint_policy]) == "implicit-deny"
    resources = {r for s in statements(endpoint_policy) for r in as_list(s["Resource"])}
    assert resources == {BUCKET, f"{BUCKET}/*"}


@pytest.mark.parametrize(
    ("action", "resource", "context", "decision"),
    [
        ("s3:GetObject", f"{BUCKET}/orders/part-0.parquet", {"aws:SourceVpce": ENDPOINT},
         "allow"),
        ("s3:GetObject", f"{BUCKET}/orders/part-0.parquet",
         {"aws:SourceVpce": "vpce-0fffffffffffffff0"}, "explicit-deny"),
        # From the internet the key is absent, and StringNotEquals matches a missing key.
        ("s3:GetObject", f"{BUCKET}/orders/part-0.parquet", {}, "explicit-deny"),
        ("s3:DeleteBucket", BUCKET, {}, "explicit-deny"),
        ("s3:ListBucket", BUCKET, {}, "explicit-deny"),
    ],
)  # fmt: skip
def test_bucket_policy_refuses_requests_from_outside_the_endpoint(
    action: str, resource: str, context: dict, decision: str
) -> None:
    policy = load("s3-bucket-policy-endpoint-only.json")
    request = Request(action, resource, JOB, context)
    assert access(request, identity=[S3_EVERYTHING], resource=[policy]) == decision


def test_bucket_policy_only_denies() -> None:
    # The identity policy must still grant: the bucket policy on its own allows nothing.
    policy = load("s3-bucket-policy-endpoint-only.json")
    (statement,) = statements(policy)
    assert statement["Effect"] == "Deny" and statement["Principal"] == "*"
    request = Request("s3:GetObject", f"{BUCKET}/a", JOB, {"aws:SourceVpce": ENDPOINT})
    assert access(request, resource=[policy]) == "implicit-deny"
