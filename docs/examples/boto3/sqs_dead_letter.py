"""A work queue with a dead-letter queue, a consumer that deletes only what it handled, and a
redrive back to the source once the bug is fixed.

A message the handler fails on is not deleted: it becomes visible again after the visibility
timeout and is received again, until its receive count passes maxReceiveCount and SQS moves it
to the dead-letter queue (DLQ).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

FOURTEEN_DAYS = 14 * 24 * 3600  # the longest retention a queue accepts, in seconds


def queue_arn(sqs: Any, url: str) -> str:
    attributes = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["QueueArn"])
    return attributes["Attributes"]["QueueArn"]


def create_queue_with_dlq(
    sqs: Any, name: str, *, max_receives: int = 5, visibility_seconds: int = 60
) -> tuple[str, str]:
    """Create `name` and `name-dlq`; return both queue URLs (source first)."""
    # The DLQ keeps messages as long as possible: a standard queue keeps each message's original
    # enqueue time when it moves, so time spent in the source counts against the DLQ too.
    dlq_url = sqs.create_queue(
        QueueName=f"{name}-dlq", Attributes={"MessageRetentionPeriod": str(FOURTEEN_DAYS)}
    )["QueueUrl"]
    redrive = {"deadLetterTargetArn": queue_arn(sqs, dlq_url), "maxReceiveCount": max_receives}
    url = sqs.create_queue(
        QueueName=name,
        Attributes={
            "RedrivePolicy": json.dumps(redrive),
            # Longer than the handler takes, or a message in progress is received twice.
            "VisibilityTimeout": str(visibility_seconds),
        },
    )["QueueUrl"]
    return url, dlq_url


def process_batch(
    sqs: Any, url: str, handle: Callable[[str], None], wait_seconds: int = 20
) -> tuple[int, int]:
    """Receive up to 10 messages (long polling), delete the handled ones; return (ok, failed)."""
    messages = sqs.receive_message(
        QueueUrl=url, MaxNumberOfMessages=10, WaitTimeSeconds=wait_seconds
    ).get("Messages", [])
    done = []
    for message in messages:
        try:
            handle(message["Body"])
        except Exception:  # noqa: BLE001 - any failure leaves the message for a later receive
            continue
        done.append({"Id": message["MessageId"], "ReceiptHandle": message["ReceiptHandle"]})
    if done:
        sqs.delete_message_batch(QueueUrl=url, Entries=done)
    return len(done), len(messages) - len(done)


def redrive(sqs: Any, dlq_url: str, per_second: int = 10) -> str:
    """Move the DLQ's messages back to the queues they came from, at a capped rate."""
    task = sqs.start_message_move_task(
        SourceArn=queue_arn(sqs, dlq_url), MaxNumberOfMessagesPerSecond=per_second
    )
    return task["TaskHandle"]
