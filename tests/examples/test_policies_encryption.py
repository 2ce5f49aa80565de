"""The JSON policies shown on the encryption and privacy pages do what the pages say they do.

Every claim is a set of sample requests decided by the one evaluator in policy_eval.py. Missing
condition keys matter here: a negated operator (StringNotEquals, ArnNotLike) matches a request
that lacks the key, which is why a deny on a missing encryption header works, and why it is
tested with requests that omit the header.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from macros.catalog import Catalog
from tests.conftest import DOCS
from tests.examples import test_policies_access, test_policies_network
from tests.examples.policy_eval import KNOWN_BASES, Request, access, operators, statements

POLICIES = DOCS / "examples" / "policies"

KEY_ARN = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
OTHER_KEY_ARN = KEY_ARN.replace("1234abcd", "9999ffff")
BUCKET = "arn:aws:s3:::example-curated-zone"
READER = "arn:aws:iam::444455556666:role/AnalyticsReader"
KEY_ADMIN = "arn:aws:iam::111122223333:role/KeyAdmin"
OWNER_ROLE = "arn:aws:iam::111122223333:role/lake-etl"
VIA_S3 = {"kms:ViaService": "s3.eu-west-1.amazonaws.com"}

# The samples of the encryption and privacy pages (test_policies_access.py has the others).
TESTED = {
    "kms-key-policy-cross-account.json",
    "iam-analytics-reader-external-key.json",
    "s3-deny-insecure-transport.json",
    "s3-require-sse-kms-key.json",
    "scp-deny-outside-approved-regions.json",
}


def load(name: str) -> dict[str, Any]:
    return json.loads((POLICIES / name).read_text(encoding="utf-8"))


def test_every_policy_sample_has_a_test() -> None:
    tested = TESTED | test_policies_access.TESTED | test_policies_network.TESTED
    assert {p.name for p in POLICIES.glob("*.json")} == tested


@pytest.mark.parametrize("path", sorted(POLICIES.glob("*.json")), ids=lambda p: p.name)
def test_the_evaluator_knows_every_operator_a_sample_uses(path: Path) -> None:
    for operator in operators(json.loads(path.read_text(encoding="utf-8"))):
        base = operator.rpartition(":")[2].removesuffix("IfExists")
        assert base in KNOWN_BASES, f"{path.name} uses {operator}, which policy_eval lacks"


@pytest.mark.parametrize("path", sorted(POLICIES / n for n in TESTED), ids=lambda p: p.name)
def test_every_sample_is_a_well_formed_policy(path: Path) -> None:
    policy = json.loads(path.read_text(encoding="utf-8"))
    assert policy["Version"] == "2012-10-17"
    sids = [s["Sid"] for s in statements(policy)]
    assert len(sids) == len(set(sids)), "statement ids must be unique"
    for s in statements(policy):
        assert s["Effect"] in {"Allow", "Deny"}
        assert ("Action" in s) != ("NotAction" in s)
        assert "Resource" in s


# --- kms-key-policy-cross-account.json and its IAM half ---------------------------------

KEY_POLICY = "kms-key-policy-cross-account.json"
READER_IAM = "iam-analytics-reader-external-key.json"
OWNER_IAM = {"Version": "2012-10-17", "Statement": [
    {"Effect": "Allow", "Action": "kms:*", "Resource": KEY_ARN}]}  # fmt: skip


def key_access(action: str, principal: str, context: dict | None = None, identity=()) -> str:
    request = Request(action, KEY_ARN, principal, context or {})
    cross = principal.split(":")[4] != KEY_ARN.split(":")[4]
    return access(request, identity=identity, resource=[load(KEY_POLICY)],
                  resource_must_allow=True, cross_account=cross)  # fmt: skip


@pytest.mark.parametrize(
    ("action", "context", "with_iam", "decision"),
    [
        ("kms:Decrypt", VIA_S3, True, "allow"),
        ("kms:DescribeKey", VIA_S3, True, "allow"),
        # Only through S3 in Ireland.
        ("kms:Decrypt", {}, True, "implicit-deny"),
        ("kms:Decrypt", {"kms:ViaService": "s3.us-east-1.amazonaws.com"}, True, "implicit-deny"),
        ("kms:Decrypt", {"kms:ViaService": "sqs.eu-west-1.amazonaws.com"}, True, "implicit-deny"),
        # Decrypt, and nothing more.
        ("kms:Encrypt", VIA_S3, True, "implicit-deny"),
        ("kms:GenerateDataKey", VIA_S3, True, "implicit-deny"),
        ("kms:PutKeyPolicy", VIA_S3, True, "implicit-deny"),
        ("kms:ScheduleKeyDeletion", VIA_S3, True, "implicit-deny"),
        # Both halves are needed: without the role's own IAM policy the key policy is not enough.
        ("kms:Decrypt", VIA_S3, False, "implicit-deny"),
    ],
)
def test_the_other_account_may_decrypt_through_s3_only(
    action: str, context: dict, with_iam: bool, decision: str
) -> None:
    identity = [load(READER_IAM)] if with_iam else []
    assert key_access(action, READER, context, identity) == decision


@pytest.mark.parametrize(
    "action",
    ["kms:ScheduleKeyDeletion", "kms:PutKeyPolicy", "kms:DisableKey", "kms:EnableKeyRotation",
     "kms:DescribeKey", "kms:TagResource", "kms:RotateKeyOnDemand"],
)  # fmt: skip
def test_key_administrators_manage_the_key(action: str) -> None:
    assert key_access(action, KEY_ADMIN) == "allow"


@pytest.mark.parametrize(
    "action", ["kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey", "kms:ReEncryptFrom"]
)
def test_key_administrators_cannot_use_the_key_for_data(action: str) -> None:
    assert key_access(action, KEY_ADMIN, VIA_S3) == "implicit-deny"


@pytest.mark.parametrize(
    "action", ["kms:Decrypt", "kms:GenerateDataKey", "kms:ScheduleKeyDeletion"]
)
def test_the_owning_account_keeps_control_through_iam_policies(action: str) -> None:
    # The root statement delegates to the account's IAM policies: with one, all; without, none.
    assert key_access(action, OWNER_ROLE, identity=[OWNER_IAM]) == "allow"
    assert key_access(action, OWNER_ROLE) == "implicit-deny"


def test_reader_iam_policy_names_the_key_by_its_full_arn() -> None:
    # A bare alias would resolve in the caller's own account: the full key ARN is required.
    iam = load(READER_IAM)
    other = Request("kms:Decrypt", OTHER_KEY_ARN, READER, VIA_S3)
    assert access(other, identity=[iam]) == "implicit-deny"
    for resource in (f"{BUCKET}/sales/2026/part-0.parquet", BUCKET):
        action = "s3:GetObject" if "/" in resource.removeprefix("arn:aws:s3:::") else (
            "s3:ListBucket"
        )
        assert access(Request(action, resource, READER), identity=[iam]) == "allow"
    assert access(Request("s3:PutObject", f"{BUCKET}/x", READER), identity=[iam]) == (
        "implicit-deny"
    )


# --- s3-deny-insecure-transport.json: TLS, and TLS 1.2 or later -------------------------

TLS = "s3-deny-insecure-transport.json"
WRITER = "arn:aws:iam::111122223333:role/lake-writer"
S3_ALL = {"Version": "2012-10-17", "Statement": [
    {"Effect": "Allow", "Action": "s3:*", "Resource": [BUCKET, f"{BUCKET}/*"]}]}  # fmt: skip


@pytest.mark.parametrize(
    ("context", "decision"),
    [
        ({"aws:SecureTransport": "false"}, "explicit-deny"),
        ({"aws:SecureTransport": "true", "s3:TlsVersion": "1.1"}, "explicit-deny"),
        ({"aws:SecureTransport": "true", "s3:TlsVersion": "1.2"}, "allow"),
        ({"aws:SecureTransport": "true", "s3:TlsVersion": "1.3"}, "allow"),
    ],
)
@pytest.mark.parametrize(
    ("action", "resource"),
    [("s3:GetObject", f"{BUCKET}/a.parquet"), ("s3:PutObject", f"{BUCKET}/a.parquet"),
     ("s3:ListBucket", BUCKET), ("s3:DeleteBucket", BUCKET)],
)  # fmt: skip
def test_bucket_policy_refuses_plain_http_and_old_tls_whatever_iam_allows(
    action: str, resource: str, context: dict, decision: str
) -> None:
    request = Request(action, resource, WRITER, context)
    assert access(request, identity=[S3_ALL], resource=[load(TLS)]) == decision


def test_an_allow_on_secure_transport_would_not_have_enforced_anything() -> None:
    # The page's reason for a deny: an allow-only version is bypassed by any other allow.
    allow_only = {"Version": "2012-10-17", "Statement": [{
        "Effect": "Allow", "Principal": "*", "Action": "s3:*", "Resource": f"{BUCKET}/*",
        "Condition": {"Bool": {"aws:SecureTransport": "true"}}}]}  # fmt: skip
    http = Request("s3:GetObject", f"{BUCKET}/a", WRITER, {"aws:SecureTransport": "false"})
    assert access(http, identity=[S3_ALL], resource=[allow_only]) == "allow"
    assert access(http, identity=[S3_ALL], resource=[load(TLS)]) == "explicit-deny"


# --- s3-require-sse-kms-key.json: uploads under one named key ---------------------------

SSE = "s3-require-sse-kms-key.json"
HEADER = "s3:x-amz-server-side-encryption"
KEY_HEADER = "s3:x-amz-server-side-encryption-aws-kms-key-id"


@pytest.mark.parametrize(
    ("headers", "decision"),
    [
        ({}, "explicit-deny"),  # no header: refused even if default encryption is SSE-KMS
        ({HEADER: "AES256"}, "explicit-deny"),
        ({HEADER: "aws:kms"}, "explicit-deny"),  # key not named
        ({HEADER: "aws:kms", KEY_HEADER: OTHER_KEY_ARN}, "explicit-deny"),
        ({HEADER: "aws:kms", KEY_HEADER: KEY_ARN}, "allow"),
    ],
)
def test_bucket_policy_accepts_only_uploads_under_the_named_key(
    headers: dict, decision: str
) -> None:
    upload = Request("s3:PutObject", f"{BUCKET}/orders/a.parquet", WRITER, headers)
    assert access(upload, identity=[S3_ALL], resource=[load(SSE)]) == decision


def test_reads_are_not_affected_by_the_upload_rule() -> None:
    read = Request("s3:GetObject", f"{BUCKET}/orders/a.parquet", WRITER)
    assert access(read, identity=[S3_ALL], resource=[load(SSE)]) == "allow"


# --- scp-deny-outside-approved-regions.json ---------------------------------------------

SCP = "scp-deny-outside-approved-regions.json"
FULL_ACCESS = {"Version": "2012-10-17", "Statement": [
    {"Effect": "Allow", "Action": "*", "Resource": "*"}]}  # fmt: skip
DEV = "arn:aws:iam::111122223333:role/data-engineer"
BREAK_GLASS = "arn:aws:iam::111122223333:role/OrgBreakGlassAdmin"


@pytest.mark.parametrize(
    ("action", "region", "principal", "decision"),
    [
        ("s3:CreateBucket", "us-east-1", DEV, "explicit-deny"),
        ("rds:CopyDBSnapshot", "ap-southeast-2", DEV, "explicit-deny"),
        ("backup:CreateBackupVault", "us-west-2", DEV, "explicit-deny"),
        ("s3:CreateBucket", "eu-west-1", DEV, "allow"),
        ("glue:StartJobRun", "eu-central-1", DEV, "allow"),
        ("iam:CreateRole", "us-east-1", DEV, "allow"),  # global services are exempt
        ("organizations:ListAccounts", "us-east-1", DEV, "allow"),
        ("sts:AssumeRole", "us-east-1", DEV, "allow"),
        ("s3:CreateBucket", "us-east-1", BREAK_GLASS, "allow"),  # the break-glass role
    ],
)
def test_scp_denies_regional_actions_outside_the_approved_regions(
    action: str, region: str, principal: str, decision: str
) -> None:
    request = Request(action, "*", principal,
                      {"aws:RequestedRegion": region, "aws:PrincipalARN": principal})  # fmt: skip
    # The member account's administrator allows everything; the SCP still has the last word.
    assert access(request, identity=[FULL_ACCESS], guardrails=[[load(SCP), FULL_ACCESS]]) == (
        decision
    )


def test_scp_grants_nothing_and_fits_the_size_limit(catalog: Catalog) -> None:
    scp = load(SCP)
    assert all(s["Effect"] == "Deny" for s in statements(scp))
    request = Request("s3:CreateBucket", "*", DEV, {"aws:RequestedRegion": "eu-west-1"})
    # Without FullAWSAccess beside it, a deny-only SCP leaves nothing allowed, even to admins.
    assert access(request, identity=[FULL_ACCESS], guardrails=[scp]) == "implicit-deny"
    limits = next(
        f for f in catalog.services["aws-organizations"].facts if f.key == "policy-size"
    )
    compact = json.dumps(scp, separators=(",", ":"))
    assert len(compact) <= limits.amounts["scp-characters"]
