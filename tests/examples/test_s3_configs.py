"""The S3 lifecycle and replication samples under docs/examples/s3/ say what the pages claim.

The lifecycle rules respect every class's minimum storage duration (read from the data), follow
the transition waterfall, expire noncurrent versions and clean up incomplete uploads. The
replication sample is a cross-account rule with the settings the page walks through.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from macros import lifecycle

S3 = Path(__file__).resolve().parents[2] / "docs" / "examples" / "s3"
ARN = re.compile(r"^arn:aws:(s3|iam|kms):")


def load(name: str) -> dict[str, Any]:
    return json.loads((S3 / name).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def lifecycle_rules() -> list[dict[str, Any]]:
    return load("lifecycle-clickstream.json")["Rules"]


@pytest.fixture(scope="module")
def replication() -> dict[str, Any]:
    return load("replication-cross-account.json")


def test_rule_ids_are_unique_and_enabled(lifecycle_rules) -> None:
    ids = [r["ID"] for r in lifecycle_rules]
    assert len(ids) == len(set(ids)) == 4
    assert all(r["Status"] == "Enabled" and "Filter" in r for r in lifecycle_rules)


def test_no_rule_pays_a_minimum_duration_early(lifecycle_rules, catalog) -> None:
    s3 = catalog.services["amazon-s3"]
    problems = [p for rule in lifecycle_rules for p in lifecycle.rule_problems(s3, rule)]
    assert problems == []


def test_the_checker_would_catch_a_bad_rule(catalog) -> None:
    s3 = catalog.services["amazon-s3"]
    bad = {"ID": "x", "Transitions": [{"Days": 1, "StorageClass": "STANDARD_IA"}]}
    assert lifecycle.rule_problems(s3, bad)


def test_every_data_rule_expires_noncurrent_versions_and_stale_uploads(lifecycle_rules) -> None:
    for rule in lifecycle_rules:
        if rule["ID"] == "clean-up-delete-markers":
            continue
        assert rule["NoncurrentVersionExpiration"]["NoncurrentDays"] >= 1, rule["ID"]
        assert rule["AbortIncompleteMultipartUpload"]["DaysAfterInitiation"] <= 7, rule["ID"]


def test_delete_marker_clean_up_stands_alone(lifecycle_rules) -> None:
    # ExpiredObjectDeleteMarker cannot share an Expiration with Days or Date.
    (rule,) = [r for r in lifecycle_rules if r["ID"] == "clean-up-delete-markers"]
    assert rule["Expiration"] == {"ExpiredObjectDeleteMarker": True}
    assert rule["Filter"] == {}


def test_the_raw_rule_matches_the_worked_example(lifecycle_rules, catalog) -> None:
    (raw,) = [r for r in lifecycle_rules if r["ID"] == "raw-clickstream"]
    moves = [(t["Days"], t["StorageClass"]) for t in raw["Transitions"]]
    s3 = catalog.services["amazon-s3"]
    stays = lifecycle.lifecycle_stays(s3, moves, raw["Expiration"]["Days"])
    assert [(s.storage_class, s.days) for s in stays] == [
        ("STANDARD", 30),
        ("STANDARD_IA", 90),
        ("GLACIER", 280),
    ]
    assert all(s.early == 0 for s in stays)


def test_curated_keeps_a_few_recent_versions(lifecycle_rules) -> None:
    (curated,) = [r for r in lifecycle_rules if r["ID"] == "curated-tables"]
    assert 1 <= curated["NoncurrentVersionExpiration"]["NewerNoncurrentVersions"] <= 100
    assert "Expiration" not in curated  # live tables are never expired by age


def test_replication_is_cross_account_with_owner_override(replication) -> None:
    (rule,) = replication["Rules"]
    dest = rule["Destination"]
    role_account = replication["Role"].split(":")[4]
    assert dest["Account"] != role_account
    assert dest["AccessControlTranslation"] == {"Owner": "Destination"}
    assert dest["Account"] in dest["Bucket"]
    assert all(ARN.match(a) for a in (replication["Role"], dest["Bucket"]))


def test_replication_opts_in_to_kms_objects_with_a_destination_key(replication) -> None:
    (rule,) = replication["Rules"]
    assert rule["SourceSelectionCriteria"]["SseKmsEncryptedObjects"]["Status"] == "Enabled"
    key = rule["Destination"]["EncryptionConfiguration"]["ReplicaKmsKeyID"]
    assert key.startswith("arn:aws:kms:") and rule["Destination"]["Account"] in key


def test_rtc_is_on_with_metrics_and_the_fifteen_minute_window(replication) -> None:
    (rule,) = replication["Rules"]
    dest = rule["Destination"]
    assert dest["ReplicationTime"] == {"Status": "Enabled", "Time": {"Minutes": 15}}
    assert dest["Metrics"]["Status"] == "Enabled"  # RTC requires replication metrics


def test_a_filtered_rule_states_delete_marker_replication(replication) -> None:
    (rule,) = replication["Rules"]
    assert "Filter" in rule and "Priority" in rule
    assert rule["DeleteMarkerReplication"]["Status"] == "Disabled"
