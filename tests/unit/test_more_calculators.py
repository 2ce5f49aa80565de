"""The calculators added for the calculators page, checked by hand against the real data.

Each expected number is worked out in the comment beside it from the rule in the calculator's
docstring, so a change to a formula (or a fact) that moves a result fails here.
"""

from __future__ import annotations

import pytest

from macros.calculators import (
    InputError,
    compute,
    firehose_flush,
    kinesis_shards,
    lambda_concurrency,
    s3_cost,
)
from macros.calculators.athena import estimate as athena_estimate
from macros.calculators.athena import limits as athena_limits


@pytest.fixture(scope="module")
def services(catalog):
    return catalog.services


# --- Lambda concurrency -----------------------------------------------------------------


def test_concurrency_is_rate_times_duration(services) -> None:
    est = lambda_concurrency(services["aws-lambda"], 250, 800)  # 250/s x 0.8 s
    assert (est.concurrency, est.within_quota, est.quota_share) == (200, True, 0.2)
    assert est.scaling_steps == 1


def test_a_busy_function_outgrows_the_default_quota(services) -> None:
    est = lambda_concurrency(services["aws-lambda"], 5000, 400)  # 5,000/s x 0.4 s
    assert (est.concurrency, est.within_quota, est.scaling_steps) == (2000, False, 2)


def test_fractions_of_an_environment_round_up(services) -> None:
    assert lambda_concurrency(services["aws-lambda"], 3, 100).concurrency == 1  # 0.3


@pytest.mark.parametrize(
    ("rate", "duration", "message"),
    [
        (0, 100, "Requests per second must be above zero"),
        (10, 900001, "Average duration must be at most 900,000 ms"),  # the 15-minute timeout
        (-1, 100, "Requests per second must be above zero"),
    ],
)
def test_lambda_inputs_are_checked(services, rate, duration, message) -> None:
    with pytest.raises(InputError, match=f"^{message}$"):
        lambda_concurrency(services["aws-lambda"], rate, duration)


# --- Firehose buffering -----------------------------------------------------------------


def test_a_busy_stream_flushes_on_size(services) -> None:
    flush = firehose_flush(services["amazon-data-firehose"], 0.5, 64, 300)
    assert (flush.seconds_to_fill, flush.trigger, flush.flush_seconds) == (128, "size", 128)
    assert (flush.object_mib, flush.objects_per_hour) == (64, 28.125)  # 3,600 / 128


def test_a_quiet_stream_flushes_on_time(services) -> None:
    flush = firehose_flush(services["amazon-data-firehose"], 0.1, 64, 300)
    assert (flush.trigger, flush.flush_seconds, flush.objects_per_hour) == ("interval", 300, 12)
    assert flush.object_mib == pytest.approx(30)  # 0.1 MiB/s for 300 s


def test_zero_interval_means_no_buffering(services) -> None:
    flush = firehose_flush(services["amazon-data-firehose"], 1, 5, 0)
    assert (flush.trigger, flush.flush_seconds, flush.objects_per_hour) == ("none", 0, None)


@pytest.mark.parametrize(
    ("rate", "size", "interval", "message"),
    [
        (0, 64, 300, "Incoming data rate must be above zero"),
        (1, 0.5, 300, "Buffer size must be at least 1 MiB"),
        (1, 129, 300, "Buffer size must be at most 128 MiB"),
        (1, 64, 901, "Buffer interval must be at most 900 seconds"),
        (1, 64, -5, "Buffer interval cannot be negative"),
    ],
)
def test_firehose_inputs_stay_inside_the_documented_ranges(
    services, rate, size, interval, message
) -> None:
    with pytest.raises(InputError, match=f"^{message}$"):
        firehose_flush(services["amazon-data-firehose"], rate, size, interval)


# --- S3 storage cost --------------------------------------------------------------------


def test_small_objects_in_standard_ia_bill_as_128_kb(services) -> None:
    cost = s3_cost(services["amazon-s3"], "STANDARD_IA", objects=1_000_000, object_kb=64)
    assert cost.billed_object_kb == 128
    assert cost.billed_gb == 122.0703125  # 1,000,000 x 128 KB / 1,048,576 KB per GB
    assert cost.storage_usd == pytest.approx(122.0703125 * 0.0125)


def test_deleting_early_still_bills_the_minimum_duration(services) -> None:
    cost = s3_cost(services["amazon-s3"], "GLACIER", objects=1000, object_kb=1024, days=60)
    assert (cost.billed_days, cost.billed_object_kb) == (90, 1056)  # + 32 KB per object
    assert cost.standard_gb == 1000 * 8 / 1048576  # the 8 KB at the S3 Standard rate
    assert cost.storage_usd == pytest.approx(1000 * 1056 / 1048576 * 0.0036 * 3)
    assert cost.overhead_usd == pytest.approx(1000 * 8 / 1048576 * 0.023 * 2)


def test_retrieval_is_charged_per_gb(services) -> None:
    cost = s3_cost(services["amazon-s3"], "DEEP_ARCHIVE", 1, 1024, days=365, retrieval_gb=100)
    assert cost.retrieval_usd == pytest.approx(2.0)  # 100 GB x $0.02, standard retrieval
    assert s3_cost(services["amazon-s3"], "STANDARD", 1, 1, retrieval_gb=100).retrieval_usd == 0


def test_intelligent_tiering_monitors_only_objects_of_128_kb_or_more(services) -> None:
    s3 = services["amazon-s3"]
    assert s3_cost(s3, "INTELLIGENT_TIERING", 10_000, 256).monitoring_usd == pytest.approx(0.025)
    assert s3_cost(s3, "INTELLIGENT_TIERING", 10_000, 100).monitoring_usd == 0


def test_s3_inputs_are_checked(services) -> None:
    with pytest.raises(InputError, match="^Storage class must be one of: STANDARD, "):
        s3_cost(services["amazon-s3"], "REDUCED_REDUNDANCY", 1, 1)
    with pytest.raises(InputError, match="^Number of objects must be a whole number$"):
        s3_cost(services["amazon-s3"], "STANDARD", 1.5, 1)
    with pytest.raises(InputError, match="^Average object size must be above zero$"):
        s3_cost(services["amazon-s3"], "STANDARD", 1, -4)


# --- Kinesis with enhanced fan-out ------------------------------------------------------


def test_enhanced_fan_out_consumers_add_no_shards(services) -> None:
    kds = services["kinesis-data-streams"]
    plain = kinesis_shards(kds, 3000, 2, consumers=1)
    fanned = kinesis_shards(kds, 3000, 2, consumers=1, efo_consumers=5)
    assert plain.shards == fanned.shards == 6
    assert fanned.efo_read_kb == 6000 * 5


def test_enhanced_fan_out_has_a_consumer_limit(services) -> None:
    with pytest.raises(InputError, match="^Enhanced fan-out consumers must be at most 20$"):
        kinesis_shards(services["kinesis-data-streams"], 100, 1, 0, efo_consumers=21)
    with pytest.raises(InputError, match="^Average record size must be at most 10,240 KB$"):
        kinesis_shards(services["kinesis-data-streams"], 100, 10241, 0)


# --- Athena from table size, partitions and columns -------------------------------------


def test_partitions_and_columns_shrink_the_bytes_billed(services) -> None:
    lim = athena_limits(services["amazon-athena"])
    whole = athena_estimate(lim, {"table_size": 1, "unit": "TB", "partitions_percent": 100,
                                  "columns_percent": 100, "queries": 1})  # fmt: skip
    pruned = athena_estimate(lim, {"table_size": 1, "unit": "TB", "partitions_percent": 10,
                                   "columns_percent": 25, "queries": 1})  # fmt: skip
    assert whole.usd_per_query == 5.0
    assert pruned.scanned_bytes == 27487790695  # 1 TiB x 0.1 x 0.25, rounded up to a byte
    assert pruned.billed_mb == 26215  # 26,214.4 MB rounds up
    assert pruned.usd_per_query == pytest.approx(5 * 26215 / 1048576)


def test_compute_names_unknown_calculators(services) -> None:
    with pytest.raises(KeyError, match="known: dynamodb, kinesis, lambda, athena, s3"):
        compute("redshift", {}, {})
