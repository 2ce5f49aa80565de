"""The shard calculator reads its limits from data and picks the binding constraint."""

from __future__ import annotations

import pytest

from macros import render
from macros.calculators import amount, kinesis_shards
from macros.models import Service
from tests.unit.servicefactory import service_with_amounts


def _kds(write_kb: float = 1024, records: float = 1000, read_kb: float = 2048) -> Service:
    return service_with_amounts(
        "kinesis-data-streams",
        "ingestion/streaming.md",
        {
            "shard-write-throughput": {"kb-per-second": write_kb, "records-per-second": records},
            "shard-read-throughput": {"kb-per-second": read_kb},
            "efo-throughput": {"kb-per-second": 2048},
            "efo-consumers": {"consumers": 20},
            "max-record-size": {"default-kb": 1024, "max-kb": 10240},
        },
    )


def test_volume_binds_for_large_records() -> None:
    est = kinesis_shards(_kds(), records_per_second=3000, record_kb=2, consumers=1)
    assert (est.by_volume, est.by_count, est.by_reads, est.shards) == (6, 3, 3, 6)


def test_record_count_binds_for_tiny_records() -> None:
    est = kinesis_shards(_kds(), records_per_second=5500, record_kb=0.1, consumers=1)
    assert (est.by_volume, est.by_count, est.shards) == (1, 6, 6)


def test_readers_bind_when_many_consumers_share_throughput() -> None:
    est = kinesis_shards(_kds(), records_per_second=3000, record_kb=2, consumers=3)
    assert (est.by_reads, est.shards) == (9, 9)


def test_limits_come_from_data() -> None:
    est = kinesis_shards(_kds(write_kb=2048), records_per_second=3000, record_kb=2, consumers=1)
    assert est.by_volume == 3


def test_missing_amount_is_a_clear_error() -> None:
    with pytest.raises(KeyError, match="has no amount 'mb'"):
        amount(_kds(), "shard-read-throughput", "mb")


def test_example_text_follows_the_numbers() -> None:
    kds = _kds()
    est = kinesis_shards(kds, 3000, 2, 2)
    out = render.kinesis_shards_example(est, kinesis_shards(kds, 3000, 2, 3), 2)
    assert "6,000 KB/s" in out and "so 6 shards" in out and "18,000 KB/s, or 9 shards" in out
    assert "\n    - **Writes by count:**" in out  # indented to stay inside an admonition


def test_real_data_carries_the_shard_limits(catalog) -> None:
    kds = catalog.services["kinesis-data-streams"]
    assert amount(kds, "shard-write-throughput", "kb-per-second") == 1024
    assert amount(kds, "shard-read-throughput", "kb-per-second") == 2048
