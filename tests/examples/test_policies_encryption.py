"""The JSON policies shown on the security pages do what the pages say they do.

Each policy under docs/examples/policies/ is parsed, checked for the shape of an IAM policy
document, and then run through a deliberately small evaluator of the condition operators these
samples use. The evaluator follows the documented rule that matters most here: when a condition
key is missing from the request, a negated operator (StringNotEquals, ArnNotLike) matches, and a
positive one (Bool, NumericLessThan) does not. That is why a deny on a missing encryption header
works, and why it is tested with requests that omit the header.
"""

from __future__ import annotations

import json
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any

import pytest

from macros.catalog import Catalog
from tests.conftest import DOCS

POLICIES = DOCS / "examples" / "policies"
Request = dict[str, Any]

KEY_ARN = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
OTHER_KEY_ARN = KEY_ARN.replace("1234abcd", "9999ffff")
BUCKET = "arn:aws:s3:::example-curated-zone"


def load(name: str) -> dict[str, Any]:
    return json.loads((POLICIES / name).read_text(encoding="utf-8"))


def as_list(value: Any) -> list[Any]:
    """IAM allows a single value or a list almost everywhere; normalise to a list."""
    return value if isinstance(value, list) else [value]


def action_matches(statement: dict[str, Any], action: str) -> bool:
    """Action and NotAction with IAM wildcards; action names are case-insensitive."""
    def hit(patterns: list[str]) -> bool:
        return any(fnmatchcase(action.lower(), p.lower()) for p in patterns)

    if "NotAction" in statement:
        return not hit(as_list(statement["NotAction"]))
    return hit(as_list(statement["Action"]))


def condition_matches(operator: str, key: str, expected: Any, request: Request) -> bool:
    """Evaluate one condition operator against the request context."""
    wanted = [str(v) for v in as_list(expected)]
    if key not in request:
        return operator in {"StringNotEquals", "ArnNotLike"}
    actual = str(request[key])
    if operator == "StringEquals":
        return actual in wanted
    if operator == "StringNotEquals":
        return actual not in wanted
    if operator == "Bool":
        return actual.lower() in [w.lower() for w in wanted]
    if operator == "NumericLessThan":
        return any(float(actual) < float(w) for w in wanted)
    if operator == "ArnNotLike":
        return not any(fnmatchcase(actual, w) for w in wanted)
    raise AssertionError(f"operator {operator} is not modelled by this test")


def statement_applies(statement: dict[str, Any], action: str, request: Request) -> bool:
    conditions = statement.get("Condition", {})
    return action_matches(statement, action) and all(
        condition_matches(op, key, value, request)
        for op, pairs in conditions.items()
        for key, value in pairs.items()
    )


def explicitly_denied(policy: dict[str, Any], action: str, request: Request) -> bool:
    return any(
        s["Effect"] == "Deny" and statement_applies(s, action, request)
        for s in policy["Statement"]
    )


def allowed_actions_for(policy: dict[str, Any], principal: str) -> set[str]:
    found: set[str] = set()
    for s in policy["Statement"]:
        if s["Effect"] == "Allow" and principal in as_list(s["Principal"]["AWS"]):
            found |= set(as_list(s["Action"]))
    return found


# The samples of the encryption and privacy pages (test_policies_access.py has the others).
TESTED = {
    "kms-key-policy-cross-account.json",
    "iam-analytics-reader-external-key.json",
    "s3-deny-insecure-transport.json",
    "s3-require-sse-kms-key.json",
    "scp-deny-outside-approved-regions.json",
}


def test_every_policy_sample_has_a_test() -> None:
    from tests.examples import test_policies_access, test_policies_network

    tested = TESTED | test_policies_access.TESTED | test_policies_network.TESTED
    assert {p.name for p in POLICIES.glob("*.json")} == tested


@pytest.mark.parametrize("path", sorted(POLICIES / n for n in TESTED), ids=lambda p: p.name)
def test_every_sample_is_a_well_formed_policy(path: Path) -> None:
    policy = json.loads(path.read_text(encoding="utf-8"))
    assert policy["Version"] == "2012-10-17"
    sids = [s["Sid"] for s in policy["Statement"]]
    assert len(sids) == len(set(sids)), "statement ids must be unique"
    for s in policy["Statement"]:
        assert s["Effect"] in {"Allow", "Deny"}
        assert ("Action" in s) != ("NotAction" in s)
        assert "Resource" in s


def test_key_policy_lets_the_other_account_decrypt_and_nothing_more() -> None:
    policy = load("kms-key-policy-cross-account.json")
    owner_root = "arn:aws:iam::111122223333:root"
    reader = "arn:aws:iam::444455556666:role/AnalyticsReader"
    # The account statement keeps IAM policies in the owning account working.
    assert "kms:*" in allowed_actions_for(policy, owner_root)
    granted = allowed_actions_for(policy, reader)
    assert "kms:Decrypt" in granted
    assert not granted & {"kms:*", "kms:PutKeyPolicy", "kms:ScheduleKeyDeletion", "kms:Encrypt"}
    reader_statement = next(
        s for s in policy["Statement"] if reader in as_list(s["Principal"]["AWS"])
    )
    assert statement_applies(
        reader_statement, "kms:Decrypt", {"kms:ViaService": "s3.eu-west-1.amazonaws.com"}
    )
    assert not statement_applies(reader_statement, "kms:Decrypt", {})


def test_key_administrators_cannot_use_the_key_for_data() -> None:
    policy = load("kms-key-policy-cross-account.json")
    admin = "arn:aws:iam::111122223333:role/KeyAdmin"
    admin_actions = allowed_actions_for(policy, admin)
    for data_action in ("kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey", "kms:ReEncryptFrom"):
        assert not any(fnmatchcase(data_action, a) for a in admin_actions), data_action


def test_reader_iam_policy_is_the_other_half_of_the_key_policy() -> None:
    iam = load("iam-analytics-reader-external-key.json")
    kms_statements = [s for s in iam["Statement"] if any(
        a.startswith("kms:") for a in as_list(s["Action"])
    )]
    assert len(kms_statements) == 1
    statement = kms_statements[0]
    # A bare alias would resolve in the caller's own account: the full key ARN is required.
    assert as_list(statement["Resource"]) == [KEY_ARN]
    key_account = KEY_ARN.split(":")[4]
    owner_root = f"arn:aws:iam::{key_account}:root"
    assert "kms:*" in allowed_actions_for(load("kms-key-policy-cross-account.json"), owner_root)
    assert "kms:Decrypt" in as_list(statement["Action"])


@pytest.mark.parametrize(
    ("request_context", "denied"),
    [
        ({"aws:SecureTransport": "false"}, True),
        ({"aws:SecureTransport": "true", "s3:TlsVersion": "1.1"}, True),
        ({"aws:SecureTransport": "true", "s3:TlsVersion": "1.2"}, False),
        ({"aws:SecureTransport": "true", "s3:TlsVersion": "1.3"}, False),
    ],
)
def test_bucket_policy_refuses_plain_http_and_old_tls(
    request_context: Request, denied: bool
) -> None:
    policy = load("s3-deny-insecure-transport.json")
    assert all(s["Effect"] == "Deny" for s in policy["Statement"])
    for s in policy["Statement"]:
        assert set(as_list(s["Resource"])) == {BUCKET, f"{BUCKET}/*"}
    for action in ("s3:GetObject", "s3:PutObject", "s3:ListBucket"):
        assert explicitly_denied(policy, action, request_context) is denied


@pytest.mark.parametrize(
    ("headers", "denied"),
    [
        ({}, True),  # no header: the deny fires even if default encryption is SSE-KMS
        ({"s3:x-amz-server-side-encryption": "AES256"}, True),
        ({"s3:x-amz-server-side-encryption": "aws:kms"}, True),  # key not named
        (
            {
                "s3:x-amz-server-side-encryption": "aws:kms",
                "s3:x-amz-server-side-encryption-aws-kms-key-id": OTHER_KEY_ARN,
            },
            True,
        ),
        (
            {
                "s3:x-amz-server-side-encryption": "aws:kms",
                "s3:x-amz-server-side-encryption-aws-kms-key-id": KEY_ARN,
            },
            False,
        ),
    ],
)
def test_bucket_policy_accepts_only_uploads_under_the_named_key(
    headers: Request, denied: bool
) -> None:
    policy = load("s3-require-sse-kms-key.json")
    assert explicitly_denied(policy, "s3:PutObject", headers) is denied
    # Reads are not affected: the policy governs how objects are written.
    assert not explicitly_denied(policy, "s3:GetObject", {})


@pytest.mark.parametrize(
    ("action", "context", "denied"),
    [
        ("s3:CreateBucket", {"aws:RequestedRegion": "us-east-1"}, True),
        ("rds:CopyDBSnapshot", {"aws:RequestedRegion": "ap-southeast-2"}, True),
        ("backup:CreateBackupVault", {"aws:RequestedRegion": "us-west-2"}, True),
        ("s3:CreateBucket", {"aws:RequestedRegion": "eu-west-1"}, False),
        ("glue:StartJobRun", {"aws:RequestedRegion": "eu-central-1"}, False),
        ("iam:CreateRole", {"aws:RequestedRegion": "us-east-1"}, False),  # global service
        (
            "s3:CreateBucket",
            {
                "aws:RequestedRegion": "us-east-1",
                "aws:PrincipalARN": "arn:aws:iam::111122223333:role/OrgBreakGlassAdmin",
            },
            False,
        ),
    ],
)
def test_scp_denies_regional_actions_outside_the_approved_regions(
    action: str, context: Request, denied: bool
) -> None:
    scp = load("scp-deny-outside-approved-regions.json")
    assert explicitly_denied(scp, action, context) is denied


def test_scp_grants_nothing_and_fits_the_size_limit(catalog: Catalog) -> None:
    scp = load("scp-deny-outside-approved-regions.json")
    assert all(s["Effect"] == "Deny" for s in scp["Statement"])
    limits = next(
        f for f in catalog.services["aws-organizations"].facts if f.key == "policy-size"
    )
    compact = json.dumps(scp, separators=(",", ":"))
    assert len(compact) <= limits.amounts["scp-characters"]
