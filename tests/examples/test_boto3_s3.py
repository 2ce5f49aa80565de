"""The S3 boto3 samples (lifecycle, replication, event notifications) run against moto.

Each test calls the functions a page shows and asserts what the bucket holds afterwards, as
S3 would report it. moto keeps the configurations and delivers event notifications to SQS; it
does not copy objects for replication or apply lifecycle rules over time, so those effects are
taught on the pages and checked on the configuration (lifecycle day counts are checked against
the minimum storage durations in test_s3_configs.py).
"""

from __future__ import annotations

import pytest

from tests.conftest import DOCS
from tests.examples.conftest import REGION, sample_module

lifecycle = sample_module("boto3/s3_lifecycle.py")
replication = sample_module("boto3/s3_replication.py")
events = sample_module("boto3/s3_events.py")

RULES = DOCS / "examples" / "s3" / "lifecycle-clickstream.json"
WHERE = {"LocationConstraint": REGION}


def make_bucket(s3, name: str) -> None:
    s3.create_bucket(Bucket=name, CreateBucketConfiguration=WHERE)


# --- s3_lifecycle.py --------------------------------------------------------------------


def test_the_page_rules_are_accepted_and_stored_as_written(aws) -> None:
    s3 = aws.client("s3")
    make_bucket(s3, "clickstream-lake")
    configuration = lifecycle.load_rules(RULES)
    stored = lifecycle.apply_lifecycle(s3, "clickstream-lake", configuration)
    by_id = {rule["ID"]: rule for rule in stored}
    assert set(by_id) == {r["ID"] for r in configuration["Rules"]}
    for rule in configuration["Rules"]:
        for field in ("Transitions", "NoncurrentVersionTransitions", "Expiration",
                      "NoncurrentVersionExpiration", "AbortIncompleteMultipartUpload"):  # fmt: skip
            sent, kept = rule.get(field), by_id[rule["ID"]].get(field)
            if field == "NoncurrentVersionExpiration" and sent:
                # moto 5.2.6 does not keep NewerNoncurrentVersions; S3 does.
                sent = {k: v for k, v in sent.items() if k != "NewerNoncurrentVersions"}
            assert kept == sent, (rule["ID"], field)


def test_applying_again_replaces_rather_than_appends(aws) -> None:
    s3 = aws.client("s3")
    make_bucket(s3, "clickstream-lake")
    configuration = lifecycle.load_rules(RULES)
    lifecycle.apply_lifecycle(s3, "clickstream-lake", configuration)
    one_rule = {"Rules": configuration["Rules"][:1]}
    stored = lifecycle.apply_lifecycle(s3, "clickstream-lake", one_rule)
    assert [r["ID"] for r in stored] == [configuration["Rules"][0]["ID"]]


def test_duplicate_rule_ids_are_refused_before_calling_s3(aws) -> None:
    s3 = aws.client("s3")
    rule = {"ID": "x", "Status": "Enabled", "Filter": {}, "Expiration": {"Days": 1}}
    with pytest.raises(ValueError, match="unique"):
        lifecycle.apply_lifecycle(s3, "no-such-bucket", {"Rules": [rule, rule]})


def test_rules_for_key_follow_the_prefix_filters() -> None:
    configuration = lifecycle.load_rules(RULES)
    rules = configuration["Rules"]
    prefixes = {r["ID"]: r["Filter"].get("Prefix") for r in rules if r["Filter"].get("Prefix")}
    for rule_id, prefix in prefixes.items():
        assert rule_id in lifecycle.rules_for_key(rules, prefix + "2026/03/01/part-0.json")


# --- s3_replication.py ------------------------------------------------------------------

ROLE = "arn:aws:iam::123456789012:role/s3-replication"


def test_replication_needs_versioning_first(aws) -> None:
    s3 = aws.client("s3")
    make_bucket(s3, "lake-eu")
    with pytest.raises(RuntimeError, match="versioning"):
        replication.replicate_prefix(s3, "lake-eu", "arn:aws:s3:::lake-dr", ROLE, "curated/")
    with pytest.raises(s3.exceptions.ClientError, match="ReplicationConfigurationNotFound"):
        s3.get_bucket_replication(Bucket="lake-eu")  # nothing was half-configured


def test_replication_rule_is_stored_with_role_destination_and_class(aws) -> None:
    s3 = aws.client("s3")
    for name in ("lake-eu", "lake-dr"):
        make_bucket(s3, name)
        replication.enable_versioning(s3, name)
    stored = replication.replicate_prefix(s3, "lake-eu", "arn:aws:s3:::lake-dr", ROLE, "curated/")
    assert stored["Role"] == ROLE
    (rule,) = stored["Rules"]
    assert rule["ID"] == "replicate-curated"
    assert rule["Status"] == "Enabled" and rule["Priority"] == 1
    assert rule["Destination"] == {"Bucket": "arn:aws:s3:::lake-dr", "StorageClass": "STANDARD_IA"}
    assert rule["DeleteMarkerReplication"] == {"Status": "Disabled"}
    # moto 5.2.6 stores the rule's Filter without its prefix, so the prefix is checked on what
    # the sample sends (the cross-account JSON sample is checked in test_s3_configs.py).
    assert "Filter" in rule
    assert s3.get_bucket_versioning(Bucket="lake-dr")["Status"] == "Enabled"


# --- s3_events.py -----------------------------------------------------------------------


def test_only_csv_objects_under_the_prefix_produce_events(aws) -> None:
    s3, sqs = aws.client("s3"), aws.client("sqs")
    make_bucket(s3, "landing")
    url = sqs.create_queue(QueueName="csv-landed")["QueueUrl"]
    arn = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["QueueArn"])["Attributes"][
        "QueueArn"
    ]
    events.allow_bucket_to_send(sqs, url, arn, "landing")
    events.notify_on_csv(s3, "landing", arn, "raw/")

    for key in ("raw/orders 2026-03-01.csv", "raw/orders.json", "archive/old.csv"):
        s3.put_object(Bucket="landing", Key=key, Body=b"id,amount\n1,20\n")

    landed = []
    for _ in range(3):
        for message in sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10).get(
            "Messages", []
        ):
            landed.extend(events.landed_keys(message["Body"]))
    # The test event yields nothing, the space in the key arrives encoded and is decoded.
    assert landed == [("landing", "raw/orders 2026-03-01.csv")]

    stored = s3.get_bucket_notification_configuration(Bucket="landing")["QueueConfigurations"]
    rules = stored[0]["Filter"]["Key"]["FilterRules"]
    assert {(r["Name"].lower(), r["Value"]) for r in rules} == {("prefix", "raw/"),
                                                               ("suffix", ".csv")}  # fmt: skip


def test_the_queue_policy_admits_only_this_bucket(aws) -> None:
    import json

    from tests.examples.policy_eval import Request, evaluate

    sqs = aws.client("sqs")
    url = sqs.create_queue(QueueName="csv-landed")["QueueUrl"]
    arn = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["QueueArn"])["Attributes"][
        "QueueArn"
    ]
    events.allow_bucket_to_send(sqs, url, arn, "landing")
    policy = json.loads(
        sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["Policy"])["Attributes"]["Policy"]
    )

    def send(bucket: str) -> str:
        context = {"aws:SourceArn": f"arn:aws:s3:::{bucket}"}
        return evaluate(policy, Request("sqs:SendMessage", arn, "s3.amazonaws.com", context))

    assert send("landing") == "allow"
    assert send("someone-elses-bucket") == "implicit-deny"


def test_landed_keys_ignores_the_test_event() -> None:
    assert events.landed_keys('{"Service":"Amazon S3","Event":"s3:TestEvent"}') == []
