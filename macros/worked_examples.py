"""Worked examples of the calculators added with the calculators page (Lambda, S3, Firehose).

Pure functions: a calculator's result in, Markdown bullets out, indented so that they sit inside
an `!!! example` admonition. The numbers are the calculators' own, so a page's worked example
and the calculators page can never disagree. (The older examples live in render.py.)
"""

from __future__ import annotations

from .calculators import FirehoseFlush, LambdaConcurrency, S3Cost
from .calculators.s3_storage import CLASSES
from .render import usd


def _n(value: float, digits: int = 1) -> str:
    """A number as the guide writes it: thousands grouped, no trailing .0."""
    rounded = round(value, digits)
    if rounded == int(rounded):
        return f"{int(rounded):,}"
    return f"{rounded:,.{digits}f}".rstrip("0").rstrip(".")


def _join(lines: list[str], indent: int) -> str:
    return ("\n" + " " * indent).join(lines)


def lambda_concurrency_md(est: LambdaConcurrency, indent: int = 4) -> str:
    seconds = est.duration_ms / 1000
    lines = [
        f"- **Concurrency:** {_n(est.requests_per_second)} requests per second × "
        f"{_n(seconds, 3)} s each = **{est.concurrency:,}** invocations running at any moment.",
        (
            f"- **Quota:** that is {_n(est.quota_share * 100)}% of the default pool of "
            f"{_n(est.quota)} per Region, which every function in the account shares."
            if est.within_quota
            else f"- **Quota:** that is more than the default pool of {_n(est.quota)} per Region: "
            "without a quota increase, the excess requests are throttled."
        ),
        f"- **Scaling:** at {_n(est.environments_per_step)} new environments per "
        f"{_n(est.step_seconds)} seconds, growing from zero takes at least "
        f"{est.scaling_steps} such period{'s' if est.scaling_steps != 1 else ''}.",
    ]
    return _join(lines, indent)


def s3_costs_md(costs: list[S3Cost], indent: int = 4) -> str:
    """One bullet per storage class for the same objects, cheapest storage price first."""
    lines = []
    for cost in costs:
        name = CLASSES[cost.storage_class][0]
        parts = [f"{_n(cost.billed_gb)} GB billed"]
        if cost.billed_object_kb > cost.object_kb and not cost.standard_gb:
            parts.append(f"each object counted as {_n(cost.billed_object_kb)} KB")
        if cost.standard_gb:
            added = _n(cost.billed_object_kb - cost.object_kb)
            parts.append(
                f"{added} KB added to each object, plus {_n(cost.standard_overhead_kb)} KB "
                "at the S3 Standard rate"
            )
        if cost.billed_days > cost.days:
            parts.append(f"{_n(cost.billed_days)} days billed for {_n(cost.days)} kept")
        money = f"storage {usd(cost.storage_usd + cost.overhead_usd)}"
        if cost.monitoring_usd:
            money += f", monitoring {usd(cost.monitoring_usd)}"
        if cost.retrieval_usd:
            money += f", retrieval {usd(cost.retrieval_usd)}"
        lines.append(f"- **{name}:** {'; '.join(parts)}; {money}: **{usd(cost.total_usd)}**.")
    return _join(lines, indent)


def firehose_flush_md(flush: FirehoseFlush, indent: int = 4) -> str:
    if flush.trigger == "none":
        return "- **No buffering:** with an interval of zero, records are delivered as they arrive."
    by = "size" if flush.trigger == "size" else "time"
    lines = [
        f"- **Filling the buffer:** {_n(flush.buffer_mib)} MiB at {_n(flush.mib_per_second, 2)} "
        f"MiB/s takes {_n(flush.seconds_to_fill)} seconds; the interval is "
        f"{_n(flush.buffer_seconds)} seconds.",
        f"- **Flush:** by **{by}**, every {_n(flush.flush_seconds)} seconds, so each object holds "
        f"about {_n(flush.object_mib)} MiB before compression.",
        f"- **Objects:** about {_n(flush.objects_per_hour or 0)} an hour, "
        f"{_n((flush.objects_per_hour or 0) * 24)} a day.",
    ]
    return _join(lines, indent)
