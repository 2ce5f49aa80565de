"""The worked-example text of the Lambda, S3 and Firehose calculators follows their numbers."""

from __future__ import annotations

from macros import worked_examples
from macros.calculators import firehose_flush, lambda_concurrency, s3_cost


def test_lambda_example_states_concurrency_quota_and_scaling(catalog) -> None:
    fn = catalog.services["aws-lambda"]
    out = worked_examples.lambda_concurrency_md(lambda_concurrency(fn, 250, 800))
    assert "250 requests per second × 0.8 s each = **200**" in out
    assert "20% of the default pool of 1,000" in out and "at least 1 such period." in out
    over = worked_examples.lambda_concurrency_md(lambda_concurrency(fn, 5000, 400))
    assert "more than the default pool" in over and "2 such periods" in over
    assert "\n    - **Quota:**" in out  # indented to stay inside an admonition


def test_s3_example_names_each_surcharge(catalog) -> None:
    s3 = catalog.services["amazon-s3"]
    costs = [s3_cost(s3, c, 50_000_000, 16, 30) for c in ("STANDARD_IA", "DEEP_ARCHIVE")]
    out = worked_examples.s3_costs_md(costs)
    assert "each object counted as 128 KB" in out
    assert "32 KB added to each object, plus 8 KB at the S3 Standard rate" in out
    assert "180 days billed for 30 kept" in out
    assert "**S3 Standard-IA:** 6,103.5 GB billed" in out


def test_firehose_example_says_which_threshold_fires(catalog) -> None:
    fh = catalog.services["amazon-data-firehose"]
    busy = worked_examples.firehose_flush_md(firehose_flush(fh, 0.5, 64, 300))
    quiet = worked_examples.firehose_flush_md(firehose_flush(fh, 0.05, 64, 300))
    assert "by **size**, every 128 seconds" in busy and "about 28.1 an hour" in busy
    assert "by **time**, every 300 seconds" in quiet and "about 15 MiB" in quiet
    assert "delivered as they arrive" in worked_examples.firehose_flush_md(
        firehose_flush(fh, 1, 5, 0)
    )
