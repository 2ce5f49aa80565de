"""Send "new CSV file landed" events from a bucket to an SQS queue, and read them.

The queue's access policy must let s3.amazonaws.com send messages, limited to this bucket with
aws:SourceArn. S3 then posts a test event, and one event per matching object afterwards, at
least once: a consumer must tolerate duplicates.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import unquote_plus


def allow_bucket_to_send(sqs: Any, queue_url: str, queue_arn: str, bucket: str) -> None:
    policy = {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Sid": "S3SendsEventsOfOneBucket",
                "Effect": "Allow",
                "Principal": {"Service": "s3.amazonaws.com"},
                "Action": "sqs:SendMessage",
                "Resource": queue_arn,
                "Condition": {"ArnLike": {"aws:SourceArn": f"arn:aws:s3:::{bucket}"}},
            }
        ],
    }
    sqs.set_queue_attributes(QueueUrl=queue_url, Attributes={"Policy": json.dumps(policy)})


def notify_on_csv(s3: Any, bucket: str, queue_arn: str, prefix: str) -> None:
    """Every object created under `prefix` whose name ends in .csv produces one event."""
    s3.put_bucket_notification_configuration(
        Bucket=bucket,
        NotificationConfiguration={
            "QueueConfigurations": [
                {
                    "Id": "csv-landed",
                    "QueueArn": queue_arn,
                    "Events": ["s3:ObjectCreated:*"],
                    "Filter": {
                        "Key": {
                            "FilterRules": [
                                {"Name": "prefix", "Value": prefix},
                                {"Name": "suffix", "Value": ".csv"},
                            ]
                        }
                    },
                }
            ]
        },
    )


def landed_keys(message_body: str) -> list[tuple[str, str]]:
    """(bucket, key) pairs in one event message; the test event S3 sends first has none.

    Keys arrive URL-encoded ("raw/my file.csv" as "raw/my+file.csv"), so decode them before
    calling GetObject.
    """
    event = json.loads(message_body)
    return [
        (record["s3"]["bucket"]["name"], unquote_plus(record["s3"]["object"]["key"]))
        for record in event.get("Records", [])
        if record.get("eventName", "").startswith("ObjectCreated:")
    ]
