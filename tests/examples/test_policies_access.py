"""The IAM, bucket, access point and trust policies of the identity and access pages.

Each page sentence about a policy ("reading is allowed only under orders/raw/", "a player can
read and write only their own items") is a test here: sample requests go through the one
evaluator (tests/examples/policy_eval.py) and the decision must be the one the page claims.
Structural checks (unique Sids, no wildcard allows) stay where they catch what requests cannot.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import DOCS
from tests.examples.policy_eval import Request, access, as_list, evaluate, statements

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

ACCOUNT = "111122223333"
LAKE = "arn:aws:s3:::acme-lake"
KEY = f"arn:aws:kms:eu-west-1:{ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab"


def load(name: str) -> dict[str, Any]:
    return json.loads((POLICIES / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_sample_is_a_well_formed_policy(path: Path) -> None:
    policy = json.loads(path.read_text(encoding="utf-8"))
    assert policy["Version"] == "2012-10-17"
    sids = [s.get("Sid") for s in statements(policy)]
    assert all(sids), "every statement carries a Sid that says what it is for"
    assert len(set(sids)) == len(sids), "Sids are unique"
    for s in statements(policy):
        assert s["Effect"] in {"Allow", "Deny"}
        for action in as_list(s["Action"]):
            assert action == "s3:*" or action.count(":") == 1, action
            assert action != "*", "no sample allows every action of every service"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_no_allow_uses_a_wildcard_resource(path: Path) -> None:
    for s in statements(json.loads(path.read_text(encoding="utf-8"))):
        if s["Effect"] == "Allow" and "Resource" in s:
            assert "*" not in as_list(s["Resource"]), s["Sid"]


# --- glue-job-one-prefix.json: "a Glue job on one prefix" -------------------------------

GLUE = "glue-job-one-prefix.json"


@pytest.mark.parametrize(
    ("action", "resource", "context", "allowed"),
    [
        # Reading only under orders/raw/, writing and deleting only under orders/curated/.
        ("s3:GetObject", f"{LAKE}/orders/raw/2026/03/01/part-0.csv", {}, True),
        ("s3:GetObject", f"{LAKE}/orders/curated/part-0.parquet", {}, False),
        ("s3:GetObject", f"{LAKE}/finance/ledger.csv", {}, False),
        ("s3:PutObject", f"{LAKE}/orders/curated/part-0.parquet", {}, True),
        ("s3:DeleteObject", f"{LAKE}/orders/curated/part-0.parquet", {}, True),
        ("s3:PutObject", f"{LAKE}/orders/raw/part-0.csv", {}, False),  # cannot overwrite raw
        ("s3:DeleteObject", f"{LAKE}/orders/raw/part-0.csv", {}, False),
        # Listing only for prefixes under orders/.
        ("s3:ListBucket", LAKE, {"s3:prefix": "orders/raw/2026/"}, True),
        ("s3:ListBucket", LAKE, {"s3:prefix": "finance/"}, False),
        ("s3:ListBucket", LAKE, {}, False),  # listing the whole bucket
        # Its own script, and nothing else in the assets bucket.
        ("s3:GetObject", "arn:aws:s3:::acme-glue-assets/scripts/orders_curate.py", {}, True),
        ("s3:GetObject", "arn:aws:s3:::acme-glue-assets/scripts/other_job.py", {}, False),
        # Catalog: the named tables, adding partitions but not deleting tables.
        ("glue:GetTable", f"arn:aws:glue:eu-west-1:{ACCOUNT}:table/sales/orders_raw", {}, True),
        (
            "glue:BatchCreatePartition",
            f"arn:aws:glue:eu-west-1:{ACCOUNT}:table/sales/orders_curated", {}, True,
        ),
        ("glue:DeleteTable", f"arn:aws:glue:eu-west-1:{ACCOUNT}:table/sales/orders_raw", {}, False),
        ("glue:GetTable", f"arn:aws:glue:eu-west-1:{ACCOUNT}:table/sales/customers", {}, False),
        # The lake key only when S3 forwards the request.
        ("kms:Decrypt", KEY, {"kms:ViaService": "s3.eu-west-1.amazonaws.com"}, True),
        ("kms:Decrypt", KEY, {}, False),
        ("kms:Decrypt", KEY, {"kms:ViaService": "kinesis.eu-west-1.amazonaws.com"}, False),
        # Logs: Glue's own log groups only.
        (
            "logs:PutLogEvents",
            f"arn:aws:logs:eu-west-1:{ACCOUNT}:log-group:/aws-glue/jobs/output:log-stream:x",
            {}, True,
        ),
        ("logs:PutLogEvents", f"arn:aws:logs:eu-west-1:{ACCOUNT}:log-group:/other:x", {}, False),
    ],
)  # fmt: skip
def test_glue_job_role_reaches_only_what_the_page_lists(
    action: str, resource: str, context: dict, allowed: bool
) -> None:
    decision = evaluate(load(GLUE), Request(action, resource, context=context))
    assert decision == ("allow" if allowed else "implicit-deny")


# --- abac-project-tags.json: "one policy serves every project" --------------------------

ABAC = "abac-project-tags.json"
CHURN = {"aws:PrincipalTag/project": "churn"}
JOB = f"arn:aws:glue:eu-west-1:{ACCOUNT}:job/churn-features"
SECRET = f"arn:aws:secretsmanager:eu-west-1:{ACCOUNT}:secret:churn-db-AbCdEf"


@pytest.mark.parametrize(
    ("action", "resource", "resource_tag", "caller", "decision"),
    [
        ("glue:StartJobRun", JOB, "churn", CHURN, "allow"),
        ("secretsmanager:GetSecretValue", SECRET, "churn", CHURN, "allow"),
        ("glue:StartJobRun", JOB, "fraud", CHURN, "implicit-deny"),
        ("secretsmanager:GetSecretValue", SECRET, "fraud", CHURN, "implicit-deny"),
        ("glue:StartJobRun", JOB, "churn", {}, "implicit-deny"),  # an untagged caller
        ("glue:DeleteJob", JOB, "churn", CHURN, "implicit-deny"),  # only the listed actions
        # The loophole: retagging a fraud resource as churn is refused, even on its own project.
        ("glue:TagResource", JOB, "fraud", CHURN, "explicit-deny"),
        ("glue:UntagResource", JOB, "churn", CHURN, "explicit-deny"),
        ("secretsmanager:TagResource", SECRET, "fraud", CHURN, "explicit-deny"),
    ],
)
def test_abac_compares_the_callers_tag_with_the_resources(
    action: str, resource: str, resource_tag: str, caller: dict, decision: str
) -> None:
    context = {**caller, "aws:ResourceTag/project": resource_tag}
    assert evaluate(load(ABAC), Request(action, resource, context=context)) == decision


# --- dynamodb-leading-keys.json: row- and column-level security -------------------------

DDB = "dynamodb-leading-keys.json"
TABLE = f"arn:aws:dynamodb:eu-west-1:{ACCOUNT}:table/PlayerProfiles"
ME = "eu-west-1:1111aaaa-0000-4000-8000-000000000001"
YOU = "eu-west-1:2222bbbb-0000-4000-8000-000000000002"


def player_request(action: str, keys: list[str], attributes: list[str], **extra: str) -> Request:
    context = {
        "cognito-identity.amazonaws.com:sub": ME,
        "dynamodb:LeadingKeys": keys,
        "dynamodb:Attributes": attributes,
        **{f"dynamodb:{k}": v for k, v in extra.items()},
    }
    return Request(action, TABLE, context=context)


@pytest.mark.parametrize(
    ("request_", "decision"),
    [
        (player_request("dynamodb:GetItem", [ME], ["PlayerId", "Level"],
                        Select="SPECIFIC_ATTRIBUTES"), "allow"),
        (player_request("dynamodb:Query", [ME], ["PlayerId", "DisplayName"],
                        Select="SPECIFIC_ATTRIBUTES"), "allow"),
        (player_request("dynamodb:UpdateItem", [ME], ["PlayerId", "LastLogin"],
                        ReturnValues="UPDATED_NEW"), "allow"),
        # Another player's partition key: row-level security.
        (player_request("dynamodb:GetItem", [YOU], ["PlayerId"],
                        Select="SPECIFIC_ATTRIBUTES"), "implicit-deny"),
        (player_request("dynamodb:GetItem", [ME, YOU], ["PlayerId"],
                        Select="SPECIFIC_ATTRIBUTES"), "implicit-deny"),
        # An attribute outside the list: column-level security.
        (player_request("dynamodb:GetItem", [ME], ["PlayerId", "Email"],
                        Select="SPECIFIC_ATTRIBUTES"), "implicit-deny"),
        # Asking for all attributes, or for old values back from a write.
        (player_request("dynamodb:Query", [ME], ["PlayerId"], Select="ALL_ATTRIBUTES"),
         "implicit-deny"),
        (player_request("dynamodb:PutItem", [ME], ["PlayerId"], ReturnValues="ALL_OLD"),
         "implicit-deny"),
        # Actions the policy does not list.
        (player_request("dynamodb:DeleteItem", [ME], ["PlayerId"]), "implicit-deny"),
        (player_request("dynamodb:Scan", [ME], ["PlayerId"]), "implicit-deny"),
    ],
)  # fmt: skip
def test_players_reach_only_their_own_items_and_public_attributes(
    request_: Request, decision: str
) -> None:
    assert evaluate(load(DDB), request_) == decision


def test_the_partition_key_must_be_an_allowed_attribute() -> None:
    (s,) = statements(load(DDB))
    attributes = s["Condition"]["ForAllValues:StringEquals"]["dynamodb:Attributes"]
    assert "PlayerId" in attributes, "without the partition key no request can succeed"


# --- partner-trust-policy.json: external ID against the confused deputy -----------------

TRUST = "partner-trust-policy.json"
PARTNER_ROLE = "arn:aws:iam::444455556666:role/orders-feed"
ROLE = f"arn:aws:iam::{ACCOUNT}:role/PartnerOrdersFeed"
PARTNER_IAM = {"Version": "2012-10-17", "Statement": [
    {"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": ROLE}]}  # fmt: skip


@pytest.mark.parametrize(
    ("caller", "external_id", "partner_allows", "decision"),
    [
        (PARTNER_ROLE, "acme-7f3c9d2e-orders-feed", True, "allow"),
        (PARTNER_ROLE, None, True, "implicit-deny"),  # the external ID is required
        (PARTNER_ROLE, "someone-elses-id", True, "implicit-deny"),
        (PARTNER_ROLE, "acme-7f3c9d2e-orders-feed", False, "implicit-deny"),  # partner decides
        ("arn:aws:iam::999988887777:role/attacker", "acme-7f3c9d2e-orders-feed", True,
         "implicit-deny"),
    ],
)  # fmt: skip
def test_only_the_partner_with_the_external_id_assumes_the_role(
    caller: str, external_id: str | None, partner_allows: bool, decision: str
) -> None:
    context = {"sts:ExternalId": external_id} if external_id else {}
    request = Request("sts:AssumeRole", ROLE, caller, context)
    identity = [PARTNER_IAM] if partner_allows else []
    assert access(request, identity=identity, resource=[load(TRUST)], cross_account=True) == (
        decision
    )


def test_external_id_fits_its_documented_length(catalog) -> None:
    (s,) = statements(load(TRUST))
    external_id = s["Condition"]["StringEquals"]["sts:ExternalId"]
    limits = next(f for f in catalog.services["aws-iam"].facts if f.key == "external-id").amounts
    assert limits["minimum"] <= len(external_id) <= limits["maximum"]


# --- bucket-policy-tls-and-endpoint.json: guardrails in a bucket policy -----------------

GUARD = "bucket-policy-tls-and-endpoint.json"
ENDPOINT = "vpce-0a1b2c3d4e5f67890"
ANALYST = f"arn:aws:iam::{ACCOUNT}:role/analyst"
S3_ALL = {"Version": "2012-10-17", "Statement": [
    {"Effect": "Allow", "Action": "s3:*", "Resource": [LAKE, f"{LAKE}/*"]}]}  # fmt: skip


@pytest.mark.parametrize(
    ("action", "resource", "context", "decision"),
    [
        ("s3:GetObject", f"{LAKE}/orders/a.csv",
         {"aws:SecureTransport": "true", "aws:SourceVpce": ENDPOINT}, "allow"),
        ("s3:PutObject", f"{LAKE}/orders/a.csv",
         {"aws:SecureTransport": "true", "aws:SourceVpce": ENDPOINT}, "allow"),
        # Plain HTTP is refused for every S3 action, even through the endpoint.
        ("s3:GetObject", f"{LAKE}/orders/a.csv",
         {"aws:SecureTransport": "false", "aws:SourceVpce": ENDPOINT}, "explicit-deny"),
        ("s3:ListBucket", LAKE, {"aws:SecureTransport": "false"}, "explicit-deny"),
        # Object reads, writes and deletes from outside the endpoint: stolen keys are useless.
        ("s3:GetObject", f"{LAKE}/orders/a.csv", {"aws:SecureTransport": "true"}, "explicit-deny"),
        ("s3:DeleteObject", f"{LAKE}/orders/a.csv",
         {"aws:SecureTransport": "true", "aws:SourceVpce": "vpce-0fffffffffffffff0"},
         "explicit-deny"),
        # The endpoint rule covers objects only; listing over TLS from anywhere is not denied.
        ("s3:ListBucket", LAKE, {"aws:SecureTransport": "true"}, "allow"),
    ],
)  # fmt: skip
def test_bucket_policy_refuses_plain_http_and_object_access_outside_the_endpoint(
    action: str, resource: str, context: dict, decision: str
) -> None:
    request = Request(action, resource, ANALYST, context)
    assert access(request, identity=[S3_ALL], resource=[load(GUARD)]) == decision


def test_the_bucket_policy_only_denies() -> None:
    # "denies enforce, allows do not": the policy must grant nothing by itself.
    policy = load(GUARD)
    assert all(s["Effect"] == "Deny" and s["Principal"] == "*" for s in statements(policy))
    request = Request("s3:GetObject", f"{LAKE}/a", ANALYST,
                      {"aws:SecureTransport": "true", "aws:SourceVpce": ENDPOINT})  # fmt: skip
    assert access(request, resource=[policy]) == "implicit-deny"


# --- access-point-finance.json: one team, one prefix ------------------------------------

AP = "access-point-finance.json"
AP_ARN = f"arn:aws:s3:eu-west-1:{ACCOUNT}:accesspoint/finance"
FINANCE = f"arn:aws:iam::{ACCOUNT}:role/finance-analyst"


@pytest.mark.parametrize(
    ("principal", "action", "resource", "context", "decision"),
    [
        (FINANCE, "s3:GetObject", f"{AP_ARN}/object/finance/2026/q1.parquet", {}, "allow"),
        (FINANCE, "s3:GetObject", f"{AP_ARN}/object/hr/salaries.parquet", {}, "implicit-deny"),
        (FINANCE, "s3:PutObject", f"{AP_ARN}/object/finance/x.parquet", {}, "implicit-deny"),
        (FINANCE, "s3:ListBucket", AP_ARN, {"s3:prefix": "finance/2026/"}, "allow"),
        (FINANCE, "s3:ListBucket", AP_ARN, {"s3:prefix": "hr/"}, "implicit-deny"),
        (FINANCE, "s3:ListBucket", AP_ARN, {}, "implicit-deny"),
        (f"arn:aws:iam::{ACCOUNT}:role/hr-analyst", "s3:GetObject",
         f"{AP_ARN}/object/finance/2026/q1.parquet", {}, "implicit-deny"),
        # Another access point of the same bucket is not covered by this policy.
        (FINANCE, "s3:GetObject",
         f"arn:aws:s3:eu-west-1:{ACCOUNT}:accesspoint/hr/object/finance/x", {}, "implicit-deny"),
    ],
)  # fmt: skip
def test_finance_analysts_reach_only_finance_through_their_access_point(
    principal: str, action: str, resource: str, context: dict, decision: str
) -> None:
    request = Request(action, resource, principal, context)
    assert access(request, resource=[load(AP)]) == decision


# --- kinesis-producer.json: a producer limited to one stream ----------------------------

PRODUCER = "kinesis-producer.json"
STREAM = f"arn:aws:kinesis:eu-west-1:{ACCOUNT}:stream/meter-readings"


@pytest.mark.parametrize(
    ("action", "resource", "context", "allowed"),
    [
        ("kinesis:PutRecords", STREAM, {}, True),
        ("kinesis:PutRecord", STREAM, {}, True),
        ("kinesis:PutRecords", STREAM.replace("meter-readings", "payments"), {}, False),
        ("kinesis:GetRecords", STREAM, {}, False),  # cannot read the stream
        ("kinesis:DeleteStream", STREAM, {}, False),
        ("kms:GenerateDataKey", KEY, {"kms:EncryptionContext:aws:kinesis:arn": STREAM}, True),
        ("kms:GenerateDataKey", KEY,
         {"kms:EncryptionContext:aws:kinesis:arn": STREAM.replace("meter-readings", "x")}, False),
        ("kms:GenerateDataKey", KEY, {}, False),
        ("kms:Decrypt", KEY, {"kms:EncryptionContext:aws:kinesis:arn": STREAM}, False),
    ],
)  # fmt: skip
def test_producer_writes_one_stream_and_uses_the_key_only_for_it(
    action: str, resource: str, context: dict, allowed: bool
) -> None:
    decision = evaluate(load(PRODUCER), Request(action, resource, context=context))
    assert decision == ("allow" if allowed else "implicit-deny")
