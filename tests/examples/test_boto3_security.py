"""kms_context.py and secrets_rotation.py against moto.

KMS: a value decrypts with its own context and fails with any other (or none). Secrets Manager:
the secret reads back, and rotation is scheduled with its function and interval. moto needs the
rotation function to exist; it runs it with its no-Docker stand-in, which does nothing, so the
secret's value is unchanged, as it is until the first scheduled rotation on AWS.
"""

from __future__ import annotations

import io
import zipfile

import pytest
from botocore.exceptions import ClientError

from macros.catalog import Catalog
from tests.examples.conftest import sample_module

kms_sample = sample_module("boto3/kms_context.py")
secrets = sample_module("boto3/secrets_rotation.py")


@pytest.fixture
def key(aws) -> str:
    return aws.client("kms").create_key(Description="orders PII")["KeyMetadata"]["KeyId"]


def test_a_value_decrypts_only_with_its_own_context(aws, key) -> None:
    kms = aws.client("kms")
    context = kms_sample.context_for("customers", "c-42")
    blob = kms_sample.encrypt_value(kms, key, b"+44 20 7946 0000", context)
    assert kms_sample.decrypt_value(kms, blob, context) == b"+44 20 7946 0000"
    for wrong in (kms_sample.context_for("customers", "c-43"),  # copied to another record
                  kms_sample.context_for("suppliers", "c-42"),  # or another table
                  {}):  # or no context at all  # fmt: skip
        with pytest.raises(ClientError) as failure:
            kms_sample.decrypt_value(kms, blob, wrong)
        assert failure.value.response["Error"]["Code"] == "InvalidCiphertextException"


def test_a_data_key_is_bound_to_the_same_context(aws, key) -> None:
    kms = aws.client("kms")
    context = kms_sample.context_for("exports", "2026-03-01")
    plaintext, stored = kms_sample.new_data_key(kms, key, context)
    assert len(plaintext) == 32  # AES-256
    assert kms_sample.decrypt_value(kms, stored, context) == plaintext
    with pytest.raises(ClientError):
        kms_sample.decrypt_value(kms, stored, kms_sample.context_for("exports", "2026-03-02"))


def test_large_values_are_refused_before_calling_kms(catalog: Catalog) -> None:
    fact = next(f for f in catalog.services["aws-kms"].facts if f.key == "encrypt-max-size")
    assert fact.amounts["bytes"] == kms_sample.MAX_PLAINTEXT
    with pytest.raises(ValueError, match="data key"):
        kms_sample.encrypt_value(None, "k", b"x" * (kms_sample.MAX_PLAINTEXT + 1), {})


def rotation_function(aws) -> str:
    role = aws.client("iam").create_role(RoleName="rotate", AssumeRolePolicyDocument="{}")
    code = io.BytesIO()
    with zipfile.ZipFile(code, "w") as z:
        z.writestr("rotate.py", "def handler(event, context):\n    return None\n")
    return aws.client("lambda").create_function(
        FunctionName="rotate-orders-db", Runtime="python3.12", Role=role["Role"]["Arn"],
        Handler="rotate.handler", Code={"ZipFile": code.getvalue()},
    )["FunctionArn"]  # fmt: skip


def test_credentials_round_trip_and_rotation_is_scheduled(aws, key) -> None:
    sm = aws.client("secretsmanager")
    creds = {"username": "etl", "password": "initial-Pa55", "host": "orders.example.internal"}
    arn = secrets.store_credentials(sm, "prod/orders-db", creds, kms_key_id=key)
    assert ":secret:prod/orders-db-" in arn  # Secrets Manager appends six random characters
    assert secrets.read_credentials(sm, "prod/orders-db") == creds

    function = rotation_function(aws)
    secrets.schedule_rotation(sm, "prod/orders-db", function, days=30)
    described = sm.describe_secret(SecretId="prod/orders-db")
    assert described["RotationEnabled"] is True
    assert described["RotationLambdaARN"] == function
    assert described["RotationRules"]["AutomaticallyAfterDays"] == 30
    assert described["KmsKeyId"] == key
    assert secrets.read_credentials(sm, "prod/orders-db") == creds  # not rotated yet


def test_a_missing_rotation_function_is_an_error_not_a_silent_no_op(aws) -> None:
    sm = aws.client("secretsmanager")
    secrets.store_credentials(sm, "prod/orders-db", {"username": "etl", "password": "x"})
    missing = "arn:aws:lambda:eu-west-1:123456789012:function:no-such-function"
    with pytest.raises(ClientError, match="ResourceNotFound"):
        secrets.schedule_rotation(sm, "prod/orders-db", missing)
