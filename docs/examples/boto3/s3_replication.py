"""Turn on replication from a source bucket: versioning first, then one rule per prefix.

Replication needs versioning on both buckets, an IAM role that S3 assumes to read the source
and write the destination, and rules. Only objects written after the rule exists replicate;
existing objects need S3 Batch Replication.
"""

from __future__ import annotations

from typing import Any


def enable_versioning(s3: Any, bucket: str) -> None:
    s3.put_bucket_versioning(Bucket=bucket, VersioningConfiguration={"Status": "Enabled"})


def replicate_prefix(
    s3: Any,
    source: str,
    destination_arn: str,
    role_arn: str,
    prefix: str,
    storage_class: str = "STANDARD_IA",
) -> dict:
    """Replicate new objects under `prefix` to another bucket; return the stored configuration."""
    status = s3.get_bucket_versioning(Bucket=source).get("Status")
    if status != "Enabled":
        raise RuntimeError(f"bucket {source} must have versioning enabled, it is {status!r}")
    rule = {
        "ID": f"replicate-{prefix.strip('/').replace('/', '-') or 'all'}",
        "Priority": 1,
        "Status": "Enabled",
        "Filter": {"Prefix": prefix},
        # A filtered (V2) rule must say whether delete markers replicate.
        "DeleteMarkerReplication": {"Status": "Disabled"},
        "Destination": {"Bucket": destination_arn, "StorageClass": storage_class},
    }
    s3.put_bucket_replication(
        Bucket=source, ReplicationConfiguration={"Role": role_arn, "Rules": [rule]}
    )
    return s3.get_bucket_replication(Bucket=source)["ReplicationConfiguration"]
