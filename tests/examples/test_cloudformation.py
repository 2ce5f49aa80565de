"""Every CloudFormation template under docs/examples/ passes cfn-lint, and says what its page says.

cfn-lint (pinned in requirements-dev.txt) checks each template against the CloudFormation
resource specification: property names and types, allowed values, references, and its best
practice rules. Any error or warning fails the test with the template, line and rule. Then each
template is read (short-form tags included) and held to the claims of the page that shows it:
the bucket is encrypted and versioned with lifecycle rules that respect the minimum storage
durations in data/, the Firehose stream reads the Kinesis stream, the crawler adds only new
partitions, the queue outlasts the function.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from cfnlint.api import ManualArgs, lint, lint_file

from macros import lifecycle
from macros.catalog import Catalog
from tests.conftest import DOCS
from tests.examples.test_templates import CfnLoader

CFN = DOCS / "examples" / "cloudformation"
TEMPLATES = sorted(CFN.glob("*.yaml")) + [DOCS / "examples" / "iac" / "sam-ingest-template.yaml"]
REGIONS = ManualArgs(regions=["eu-west-1"])


def problems(path: Path) -> list[str]:
    """cfn-lint errors and warnings (informational matches do not fail)."""
    return [
        f"{path.name}:{m.linenumber}: [{m.rule.id}] {m.message}"
        for m in lint_file(path, config=REGIONS)
        if m.rule.severity in {"error", "warning"}
    ]


def load(name: str) -> dict[str, Any]:
    return yaml.load((CFN / name).read_text(encoding="utf-8"), Loader=CfnLoader)  # noqa: S506


def resources(template: dict, kind: str) -> list[dict]:
    return [r["Properties"] for r in template["Resources"].values() if r["Type"] == kind]


def amounts(catalog: Catalog, service: str, key: str) -> dict[str, float]:
    return next(f.amounts for f in catalog.services[service].facts if f.key == key)


def test_there_are_the_four_templates_the_pages_promise() -> None:
    assert {p.name for p in CFN.glob("*.yaml")} == {
        "s3-encrypted-bucket.yaml",
        "kinesis-firehose-s3.yaml",
        "glue-job-and-crawler.yaml",
        "lambda-sqs-dlq.yaml",
    }


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: p.name)
def test_cfn_lint_finds_nothing(path: Path) -> None:
    assert problems(path) == []


def test_cfn_lint_would_catch_a_broken_template() -> None:
    broken = """
AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      VersioningConfiguration:
        Status: On
      BucketEncryption: aws:kms
  Queue:
    Type: AWS::SQS::Queue
    Properties:
      RedrivePolicy:
        deadLetterTargetArn: !GetAtt Missing.Arn
"""
    rules = {m.rule.id for m in lint(broken, regions=["eu-west-1"])}
    assert {"E3030", "E3012", "E1010"} <= rules, rules  # bad value, bad type, unknown resource


# --- s3-encrypted-bucket.yaml -----------------------------------------------------------


def test_bucket_is_kms_encrypted_versioned_private_and_tls_only() -> None:
    template = load("s3-encrypted-bucket.yaml")
    (bucket,) = resources(template, "AWS::S3::Bucket")
    (sse,) = bucket["BucketEncryption"]["ServerSideEncryptionConfiguration"]
    assert sse["ServerSideEncryptionByDefault"]["SSEAlgorithm"] == "aws:kms"
    assert sse["ServerSideEncryptionByDefault"]["KMSMasterKeyID"] == {
        "Fn::GetAtt": ["LakeKey", "Arn"]
    }
    assert sse["BucketKeyEnabled"] is True
    assert bucket["VersioningConfiguration"] == {"Status": "Enabled"}
    assert all(bucket["PublicAccessBlockConfiguration"].values())
    (key,) = resources(template, "AWS::KMS::Key")
    assert key["EnableKeyRotation"] is True
    (policy,) = resources(template, "AWS::S3::BucketPolicy")
    (deny,) = policy["PolicyDocument"]["Statement"]
    assert deny["Effect"] == "Deny" and deny["Condition"] == {
        "Bool": {"aws:SecureTransport": "false"}
    }


def test_bucket_lifecycle_rules_respect_the_minimum_storage_durations(catalog: Catalog) -> None:
    (bucket,) = resources(load("s3-encrypted-bucket.yaml"), "AWS::S3::Bucket")
    s3 = catalog.services["amazon-s3"]
    for rule in bucket["LifecycleConfiguration"]["Rules"]:
        # CloudFormation spells the S3 API's rule differently; translate, then check with data.
        api_rule = {
            "ID": rule["Id"],
            "Transitions": [
                {"Days": t["TransitionInDays"], "StorageClass": t["StorageClass"]}
                for t in rule.get("Transitions", [])
            ],
            "Expiration": {"Days": rule["ExpirationInDays"]},
            "NoncurrentVersionExpiration": rule["NoncurrentVersionExpiration"],
        }
        assert lifecycle.rule_problems(s3, api_rule) == []
        assert rule["AbortIncompleteMultipartUpload"]["DaysAfterInitiation"] <= 7


# --- kinesis-firehose-s3.yaml -----------------------------------------------------------


def test_firehose_reads_the_stream_and_writes_hive_style_prefixes(catalog: Catalog) -> None:
    template = load("kinesis-firehose-s3.yaml")
    (delivery,) = resources(template, "AWS::KinesisFirehose::DeliveryStream")
    assert delivery["DeliveryStreamType"] == "KinesisStreamAsSource"
    source = delivery["KinesisStreamSourceConfiguration"]
    assert source["KinesisStreamARN"] == {"Fn::GetAtt": ["ClickStream", "Arn"]}
    s3 = delivery["ExtendedS3DestinationConfiguration"]
    assert s3["Prefix"].startswith("clicks/year=!{timestamp:yyyy}/")
    assert "!{firehose:error-output-type}" in s3["ErrorOutputPrefix"]  # required with !{...}
    assert s3["CompressionFormat"] == "GZIP"

    params = template["Parameters"]
    size = amounts(catalog, "amazon-data-firehose", "buffer-size")
    interval = amounts(catalog, "amazon-data-firehose", "buffer-interval")
    assert (params["BufferSizeMiB"]["MinValue"], params["BufferSizeMiB"]["MaxValue"]) == (
        size["min-mib"], size["max-mib"])  # fmt: skip
    assert (params["BufferIntervalSeconds"]["MinValue"],
            params["BufferIntervalSeconds"]["MaxValue"]) == (
        interval["min-seconds"], interval["max-seconds"])  # fmt: skip


def test_the_delivery_role_can_read_the_stream_and_write_only_its_bucket() -> None:
    (role,) = resources(load("kinesis-firehose-s3.yaml"), "AWS::IAM::Role")
    (trust,) = role["AssumeRolePolicyDocument"]["Statement"]
    assert trust["Principal"] == {"Service": "firehose.amazonaws.com"}
    statements = role["Policies"][0]["PolicyDocument"]["Statement"]
    by_sid = {s["Sid"]: s for s in statements}
    assert "kinesis:GetRecords" in by_sid["ReadTheSourceStream"]["Action"]
    assert by_sid["WriteTheDeliveryBucket"]["Resource"] == [
        {"Fn::GetAtt": ["DeliveryBucket", "Arn"]}, {"Fn::Sub": "${DeliveryBucket.Arn}/*"}]


# --- glue-job-and-crawler.yaml ----------------------------------------------------------


def test_glue_job_uses_a_known_worker_type_bookmarks_and_a_timeout(catalog: Catalog) -> None:
    template = load("glue-job-and-crawler.yaml")
    (job,) = resources(template, "AWS::Glue::Job")
    workers = amounts(catalog, "aws-glue", "worker-types")
    assert job["WorkerType"].lower().replace(".", "") in workers
    assert job["Command"]["Name"] == "glueetl"
    assert job["DefaultArguments"]["--job-bookmark-option"] == "job-bookmark-enable"
    assert 0 < job["Timeout"] <= 24 * 60
    (trigger,) = resources(template, "AWS::Glue::Trigger")
    assert trigger["Actions"] == [{"JobName": {"Ref": "CurateOrdersJob"}}]


def test_crawler_adds_only_new_folders_and_never_rewrites_the_table() -> None:
    (crawler,) = resources(load("glue-job-and-crawler.yaml"), "AWS::Glue::Crawler")
    assert crawler["RecrawlPolicy"] == {"RecrawlBehavior": "CRAWL_NEW_FOLDERS_ONLY"}
    # An incremental crawl requires the LOG behaviours; anything else is rejected by Glue.
    assert crawler["SchemaChangePolicy"] == {"UpdateBehavior": "LOG", "DeleteBehavior": "LOG"}
    assert crawler["DatabaseName"] == {"Ref": "CuratedDatabase"}


# --- lambda-sqs-dlq.yaml ----------------------------------------------------------------


def test_queue_outlasts_the_function_and_failures_end_in_the_dlq(catalog: Catalog) -> None:
    template = load("lambda-sqs-dlq.yaml")
    queues = template["Resources"]
    source = queues["OrdersQueue"]["Properties"]
    dlq = queues["OrdersDeadLetterQueue"]["Properties"]
    (function,) = resources(template, "AWS::Lambda::Function")
    multiple = amounts(catalog, "amazon-sqs", "lambda-visibility-timeout")["timeout-multiple"]
    assert source["VisibilityTimeout"] >= multiple * function["Timeout"]
    assert source["RedrivePolicy"]["deadLetterTargetArn"] == {
        "Fn::GetAtt": ["OrdersDeadLetterQueue", "Arn"]}  # fmt: skip
    retention = amounts(catalog, "amazon-sqs", "message-retention")
    assert dlq["MessageRetentionPeriod"] == retention["max-days"] * 86400


def test_the_mapping_reports_partial_batch_failures() -> None:
    template = load("lambda-sqs-dlq.yaml")
    (mapping,) = resources(template, "AWS::Lambda::EventSourceMapping")
    assert mapping["FunctionResponseTypes"] == ["ReportBatchItemFailures"]
    assert mapping["BatchSize"] > 10 and mapping["MaximumBatchingWindowInSeconds"] >= 1
    (function,) = resources(template, "AWS::Lambda::Function")
    namespace: dict[str, Any] = {}
    exec(function["Code"]["ZipFile"], namespace)  # noqa: S102 - our own inline sample
    event = {"Records": [{"messageId": "m1", "body": '{"order_id": 1}'},
                         {"messageId": "m2", "body": "not json"}]}  # fmt: skip
    assert namespace["handler"](event, None) == {"batchItemFailures": [{"itemIdentifier": "m2"}]}
