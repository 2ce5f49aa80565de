"""sqs_dead_letter.py against moto: a poison message ends in the DLQ, redrive brings it back.

moto moves a message to the DLQ once its receive count passes maxReceiveCount, as SQS does.
moto 5.2.6 does not implement StartMessageMoveTask, so the redrive test wraps the client with a
stand-in that records the call and moves the messages back the way SQS would (to the queue whose
redrive policy names the DLQ).
"""

from __future__ import annotations

import json

import pytest

from macros.catalog import Catalog
from tests.examples.conftest import sample_module

dlq = sample_module("boto3/sqs_dead_letter.py")


def count(sqs, url: str) -> int:
    attributes = sqs.get_queue_attributes(
        QueueUrl=url, AttributeNames=["ApproximateNumberOfMessages"]
    )["Attributes"]
    return int(attributes["ApproximateNumberOfMessages"])


class MoveTasks:
    """The SQS client plus StartMessageMoveTask, which moto lacks."""

    def __init__(self, sqs, source_url: str) -> None:
        self.sqs, self.source_url, self.calls = sqs, source_url, []

    def __getattr__(self, name: str):
        return getattr(self.sqs, name)

    def start_message_move_task(self, **kwargs) -> dict:
        self.calls.append(kwargs)
        dlq_url = self.sqs.get_queue_url(QueueName=kwargs["SourceArn"].split(":")[-1])["QueueUrl"]
        while messages := self.sqs.receive_message(QueueUrl=dlq_url, MaxNumberOfMessages=10).get(
            "Messages"
        ):
            for m in messages:
                self.sqs.send_message(QueueUrl=self.source_url, MessageBody=m["Body"])
                self.sqs.delete_message(QueueUrl=dlq_url, ReceiptHandle=m["ReceiptHandle"])
        return {"TaskHandle": "task-1"}


@pytest.fixture
def queues(aws):
    sqs = aws.client("sqs")
    # A zero visibility timeout makes a failed message visible again at once, for the test.
    url, dlq_url = dlq.create_queue_with_dlq(sqs, "orders", max_receives=3, visibility_seconds=0)
    return sqs, url, dlq_url


def test_the_source_queue_points_at_its_dlq(queues, catalog: Catalog) -> None:
    sqs, url, dlq_url = queues
    source = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["All"])["Attributes"]
    policy = json.loads(source["RedrivePolicy"])
    assert policy["deadLetterTargetArn"] == dlq.queue_arn(sqs, dlq_url)
    assert int(policy["maxReceiveCount"]) == 3
    retention = sqs.get_queue_attributes(
        QueueUrl=dlq_url, AttributeNames=["MessageRetentionPeriod"]
    )["Attributes"]["MessageRetentionPeriod"]
    fact = next(f for f in catalog.services["amazon-sqs"].facts if f.key == "message-retention")
    assert int(retention) == fact.amounts["max-days"] * 86400  # the longest allowed


def test_a_poison_message_moves_to_the_dlq_after_max_receives(queues) -> None:
    sqs, url, dlq_url = queues
    for body in ('{"order": 1}', "not json", '{"order": 2}'):
        sqs.send_message(QueueUrl=url, MessageBody=body)
    handled: list[dict] = []
    totals = [0, 0]
    for _ in range(6):
        ok, failed = dlq.process_batch(sqs, url, lambda b: handled.append(json.loads(b)),
                                       wait_seconds=0)  # fmt: skip
        totals[0] += ok
        totals[1] += failed
    assert handled == [{"order": 1}, {"order": 2}]
    assert totals == [2, 3]  # the poison message failed on each of its three receives
    assert count(sqs, url) == 0 and count(sqs, dlq_url) == 1


def test_redrive_returns_the_messages_to_the_fixed_consumer(queues) -> None:
    sqs, url, dlq_url = queues
    sqs.send_message(QueueUrl=url, MessageBody="v2-format")
    for _ in range(4):
        dlq.process_batch(sqs, url, json.loads, wait_seconds=0)  # the old consumer fails
    assert count(sqs, dlq_url) == 1

    client = MoveTasks(sqs, url)
    assert dlq.redrive(client, dlq_url, per_second=5) == "task-1"
    assert client.calls == [{"SourceArn": dlq.queue_arn(sqs, dlq_url),
                             "MaxNumberOfMessagesPerSecond": 5}]  # fmt: skip
    assert dlq.process_batch(sqs, url, lambda b: None, wait_seconds=0) == (1, 0)  # fixed
    assert count(sqs, url) == 0 and count(sqs, dlq_url) == 0
