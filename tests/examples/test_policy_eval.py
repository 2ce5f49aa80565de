"""The policy evaluator itself, on inline policies: it must be right before it judges a sample."""

from __future__ import annotations

import pytest

from tests.examples.policy_eval import (
    Request,
    UnknownOperator,
    access,
    condition_matches,
    evaluate,
)

BUCKET = "arn:aws:s3:::lake"


def policy(*statements: dict) -> dict:
    return {"Version": "2012-10-17", "Statement": list(statements)}


ALLOW_READ = {"Effect": "Allow", "Action": "s3:GetObject", "Resource": f"{BUCKET}/*"}


def test_no_statement_applies_means_implicit_deny() -> None:
    assert evaluate(policy(ALLOW_READ), Request("s3:PutObject", f"{BUCKET}/a")) == "implicit-deny"


def test_an_allow_allows_and_an_explicit_deny_beats_it() -> None:
    deny = {"Effect": "Deny", "Action": "s3:*", "Resource": f"{BUCKET}/secret/*"}
    both = policy(ALLOW_READ, deny)
    assert evaluate(both, Request("s3:GetObject", f"{BUCKET}/public/a")) == "allow"
    assert evaluate(both, Request("s3:GetObject", f"{BUCKET}/secret/a")) == "explicit-deny"


def test_a_deny_in_any_policy_wins_across_policies() -> None:
    guard = policy({"Effect": "Deny", "Principal": "*", "Action": "s3:GetObject",
                    "Resource": "*"})  # fmt: skip
    read = Request("s3:GetObject", f"{BUCKET}/a", "arn:aws:iam::111122223333:role/r")
    assert access(read, identity=[policy(ALLOW_READ)]) == "allow"
    assert access(read, identity=[policy(ALLOW_READ)], resource=[guard]) == "explicit-deny"
    assert access(read) == "implicit-deny"


def test_guardrails_grant_nothing_but_must_allow() -> None:
    endpoint = policy({**ALLOW_READ, "Principal": "*"})
    read = Request("s3:GetObject", f"{BUCKET}/a", "arn:aws:iam::111122223333:role/r")
    write = Request("s3:PutObject", f"{BUCKET}/a", "arn:aws:iam::111122223333:role/r")
    everything = policy({"Effect": "Allow", "Action": "s3:*", "Resource": "*"})
    assert access(read, identity=[everything], guardrails=[endpoint]) == "allow"
    assert access(write, identity=[everything], guardrails=[endpoint]) == "implicit-deny"
    assert access(read, guardrails=[endpoint]) == "implicit-deny"


def test_an_account_principal_delegates_to_that_accounts_identity_policies() -> None:
    role = "arn:aws:iam::111122223333:role/reader"
    key = "arn:aws:kms:eu-west-1:111122223333:key/k"
    key_policy = policy({"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"},
                         "Action": "kms:*", "Resource": "*"})  # fmt: skip
    iam = policy({"Effect": "Allow", "Action": "kms:Decrypt", "Resource": key})
    decrypt = Request("kms:Decrypt", key, role)
    assert evaluate(key_policy, decrypt) == "allow"  # the statement covers the account's roles
    assert access(decrypt, resource=[key_policy], resource_must_allow=True) == "implicit-deny"
    assert access(decrypt, identity=[iam], resource=[key_policy], resource_must_allow=True) == (
        "allow"
    )
    assert access(decrypt, identity=[iam], resource_must_allow=True, resource=[policy(
        {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::444455556666:root"},
         "Action": "kms:*", "Resource": "*"})]) == "implicit-deny"  # fmt: skip


def test_a_resource_policy_naming_the_caller_allows_on_its_own() -> None:
    role = "arn:aws:iam::111122223333:role/reader"
    bucket_policy = policy({**ALLOW_READ, "Principal": {"AWS": role}})
    assert access(Request("s3:GetObject", f"{BUCKET}/a", role), resource=[bucket_policy]) == (
        "allow"
    )


def test_cross_account_needs_both_sides() -> None:
    outsider = "arn:aws:iam::444455556666:role/reader"
    bucket_policy = policy({**ALLOW_READ, "Principal": {"AWS": outsider}})
    read = Request("s3:GetObject", f"{BUCKET}/a", outsider)
    assert access(read, resource=[bucket_policy], cross_account=True) == "implicit-deny"
    assert access(read, identity=[policy(ALLOW_READ)], cross_account=True) == "implicit-deny"
    assert access(read, identity=[policy(ALLOW_READ)], resource=[bucket_policy],
                  cross_account=True) == "allow"  # fmt: skip


def test_actions_ignore_case_and_take_wildcards() -> None:
    p = policy({"Effect": "Allow", "Action": ["S3:Get*", "kms:?ecrypt"], "Resource": "*"})
    assert evaluate(p, Request("s3:getobject")) == "allow"
    assert evaluate(p, Request("kms:Decrypt")) == "allow"
    assert evaluate(p, Request("kms:ReEncrypt")) == "implicit-deny"  # ? is exactly one character


def test_not_action_covers_everything_else() -> None:
    p = policy({"Effect": "Deny", "NotAction": ["iam:*", "sts:*"], "Resource": "*"})
    assert evaluate(p, Request("s3:PutObject")) == "explicit-deny"
    assert evaluate(p, Request("iam:CreateRole")) == "implicit-deny"


def test_resources_are_case_sensitive_and_star_crosses_slashes() -> None:
    assert evaluate(policy(ALLOW_READ), Request("s3:GetObject", f"{BUCKET}/a/b/c.csv")) == "allow"
    assert evaluate(policy(ALLOW_READ), Request("s3:GetObject", "arn:aws:s3:::LAKE/a")) == (
        "implicit-deny"
    )


def test_not_resource_excludes_the_listed_resources() -> None:
    p = policy({"Effect": "Deny", "Action": "s3:*", "NotResource": f"{BUCKET}/public/*"})
    assert evaluate(p, Request("s3:GetObject", f"{BUCKET}/private/a")) == "explicit-deny"
    assert evaluate(p, Request("s3:GetObject", f"{BUCKET}/public/a")) == "implicit-deny"


def test_principals_match_by_arn_account_or_star() -> None:
    role = "arn:aws:iam::111122223333:role/reader"
    by_role = policy({**ALLOW_READ, "Principal": {"AWS": role}})
    by_account = policy({**ALLOW_READ, "Principal": {"AWS": "arn:aws:iam::111122223333:root"}})
    anyone = policy({**ALLOW_READ, "Principal": "*"})
    outsider = "arn:aws:iam::999999999999:role/reader"
    obj = f"{BUCKET}/a"
    assert evaluate(by_role, Request("s3:GetObject", obj, role)) == "allow"
    assert evaluate(by_role, Request("s3:GetObject", obj, outsider)) == "implicit-deny"
    assert evaluate(by_account, Request("s3:GetObject", obj, role)) == "allow"
    assert evaluate(by_account, Request("s3:GetObject", obj, outsider)) == "implicit-deny"
    assert evaluate(anyone, Request("s3:GetObject", obj, outsider)) == "allow"


def test_not_principal_exempts_the_named_principal() -> None:
    admin = "arn:aws:iam::111122223333:role/admin"
    p = policy({"Effect": "Deny", "NotPrincipal": {"AWS": admin}, "Action": "s3:*",
                "Resource": "*"})  # fmt: skip
    assert evaluate(p, Request("s3:GetObject", "x", admin)) == "implicit-deny"
    assert evaluate(p, Request("s3:GetObject", "x", admin.replace("admin", "dev"))) == (
        "explicit-deny"
    )


@pytest.mark.parametrize(
    ("operator", "expected", "actual", "result"),
    [
        ("StringEquals", "a", "a", True),
        ("StringEquals", "a", "A", False),
        ("StringEqualsIgnoreCase", "a", "A", True),
        ("StringNotEquals", ["a", "b"], "b", False),
        ("StringNotEquals", ["a", "b"], "c", True),
        ("StringLike", "orders/*", "orders/raw/x", True),
        ("StringLike", "orders/*", "finance/x", False),
        ("StringNotLike", "orders/*", "finance/x", True),
        ("Bool", "false", "FALSE", True),
        ("Bool", "false", True, False),
        ("NumericLessThan", "1.2", "1.1", True),
        ("NumericLessThan", "1.2", "1.2", False),
        ("NumericLessThanEquals", "1.2", "1.2", True),
        ("NumericGreaterThan", 10, "11", True),
        ("NumericNotEquals", 10, "10", False),
        ("ArnLike", "arn:aws:iam::*:role/Admin*", "arn:aws:iam::1:role/AdminX", True),
        ("ArnLike", "arn:aws:iam::*:role/Admin", "arn:aws:iam::1:user/Admin", False),
        ("ArnNotLike", "arn:aws:iam::*:role/Admin", "arn:aws:iam::1:role/Admin", False),
        ("IpAddress", "10.0.0.0/8", "10.1.2.3", True),
        ("NotIpAddress", "10.0.0.0/8", "192.0.2.1", True),
    ],
)
def test_condition_operators(operator: str, expected, actual, result: bool) -> None:
    request = Request("s3:GetObject", context={"k": actual})
    assert condition_matches(operator, "k", expected, request) is result


@pytest.mark.parametrize(
    ("operator", "result"),
    [
        ("StringEquals", False),
        ("StringLike", False),
        ("Bool", False),
        ("NumericLessThan", False),
        ("ArnLike", False),
        ("StringNotEquals", True),
        ("StringNotLike", True),
        ("ArnNotLike", True),
        ("StringEqualsIfExists", True),
        ("BoolIfExists", True),
        ("ForAllValues:StringEquals", True),
        ("ForAnyValue:StringEquals", False),
    ],
)
def test_a_missing_key_matches_only_negated_ifexists_and_forallvalues(
    operator: str, result: bool
) -> None:
    assert condition_matches(operator, "aws:SourceVpce", "vpce-1", Request("s3:GetObject")) is (
        result
    )


def test_null_asks_whether_the_key_is_present() -> None:
    present = Request("s3:PutObject", context={"s3:x-amz-server-side-encryption": "aws:kms"})
    assert condition_matches("Null", "s3:x-amz-server-side-encryption", "true", Request("x"))
    assert not condition_matches("Null", "s3:x-amz-server-side-encryption", "true", present)
    assert condition_matches("Null", "s3:x-amz-server-side-encryption", "false", present)


def test_condition_key_names_ignore_case() -> None:
    request = Request("s3:GetObject", context={"AWS:SECURETRANSPORT": "false"})
    assert condition_matches("Bool", "aws:SecureTransport", "false", request)


def test_set_operators_on_multivalued_keys() -> None:
    keys = Request("dynamodb:Query", context={"dynamodb:LeadingKeys": ["u1", "u2"]})
    assert not condition_matches("ForAllValues:StringEquals", "dynamodb:LeadingKeys", "u1", keys)
    assert condition_matches("ForAnyValue:StringEquals", "dynamodb:LeadingKeys", "u1", keys)
    with pytest.raises(ValueError, match="multivalued"):
        condition_matches("StringEquals", "dynamodb:LeadingKeys", "u1", keys)


def test_policy_variables_resolve_from_the_request() -> None:
    p = policy({
        "Effect": "Allow", "Action": "glue:StartJobRun", "Resource": "*",
        "Condition": {"StringEquals": {"aws:ResourceTag/project": "${aws:PrincipalTag/project}"}},
    })  # fmt: skip
    same = {"aws:ResourceTag/project": "churn", "aws:PrincipalTag/project": "churn"}
    other = {"aws:ResourceTag/project": "fraud", "aws:PrincipalTag/project": "churn"}
    untagged = {"aws:ResourceTag/project": "churn"}  # the caller carries no project tag
    assert evaluate(p, Request("glue:StartJobRun", context=same)) == "allow"
    assert evaluate(p, Request("glue:StartJobRun", context=other)) == "implicit-deny"
    assert evaluate(p, Request("glue:StartJobRun", context=untagged)) == "implicit-deny"


def test_policy_variables_in_resources() -> None:
    p = policy({"Effect": "Allow", "Action": "s3:*",
                "Resource": "arn:aws:s3:::home/${aws:username}/*"})  # fmt: skip
    me = {"aws:username": "ana"}
    assert evaluate(p, Request("s3:GetObject", "arn:aws:s3:::home/ana/x", context=me)) == "allow"
    assert evaluate(p, Request("s3:GetObject", "arn:aws:s3:::home/bo/x", context=me)) == (
        "implicit-deny"
    )


def test_conditions_are_anded_across_keys_and_ored_across_values() -> None:
    p = policy({
        "Effect": "Deny", "Action": "*", "Resource": "*",
        "Condition": {
            "StringNotEquals": {"aws:RequestedRegion": ["eu-west-1", "eu-central-1"]},
            "ArnNotLike": {"aws:PrincipalArn": "arn:aws:iam::*:role/BreakGlass"},
        },
    })  # fmt: skip
    dev = "arn:aws:iam::1:role/dev"
    assert evaluate(p, Request("s3:ListBuckets", context={
        "aws:RequestedRegion": "us-east-1", "aws:PrincipalArn": dev})) == "explicit-deny"
    assert evaluate(p, Request("s3:ListBuckets", context={
        "aws:RequestedRegion": "eu-central-1", "aws:PrincipalArn": dev})) == "implicit-deny"
    assert evaluate(p, Request("s3:ListBuckets", context={
        "aws:RequestedRegion": "us-east-1",
        "aws:PrincipalArn": "arn:aws:iam::1:role/BreakGlass"})) == "implicit-deny"  # fmt: skip


@pytest.mark.parametrize("operator", ["DateLessThan", "StringSortOf", "ForEvery:StringEquals"])
def test_unknown_operators_fail_loudly(operator: str) -> None:
    with pytest.raises(UnknownOperator, match=operator.split(":")[-1]):
        condition_matches(operator, "k", "v", Request("s3:GetObject", context={"k": "v"}))
