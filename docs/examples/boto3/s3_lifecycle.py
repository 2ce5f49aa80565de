"""Apply a lifecycle configuration to a bucket and read back what S3 stored.

The rules themselves are data (the JSON shown above): keep them in version control and apply
them from code, so every environment gets the same rules. PutBucketLifecycleConfiguration
replaces the whole configuration, so the function always sends every rule, never one.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def load_rules(path: Path) -> dict[str, Any]:
    """The {"Rules": [...]} document, as the S3 API expects it."""
    return json.loads(path.read_text(encoding="utf-8"))


def apply_lifecycle(s3: Any, bucket: str, configuration: dict[str, Any]) -> list[dict]:
    """Replace the bucket's lifecycle rules and return the rules S3 now holds."""
    ids = [rule["ID"] for rule in configuration["Rules"]]
    if len(ids) != len(set(ids)):
        raise ValueError(f"rule IDs must be unique, got {ids}")
    s3.put_bucket_lifecycle_configuration(Bucket=bucket, LifecycleConfiguration=configuration)
    return s3.get_bucket_lifecycle_configuration(Bucket=bucket)["Rules"]


def rules_for_key(rules: list[dict], key: str) -> list[str]:
    """IDs of the enabled rules whose prefix filter covers an object key (tags not checked)."""
    matching = []
    for rule in rules:
        prefix = rule.get("Filter", {}).get("Prefix", "")
        if rule["Status"] == "Enabled" and key.startswith(prefix):
            matching.append(rule["ID"])
    return matching
