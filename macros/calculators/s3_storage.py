"""Amazon S3 storage cost by storage class, with the charges that surprise people.

The rules (Amazon S3 User Guide, "Understanding and managing Amazon S3 storage classes",
https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage-class-intro.html, and
"Transitioning objects", .../lifecycle-transition-general-considerations.html):
- a class with a minimum storage duration bills at least that many days, even for an object
  deleted, overwritten or moved earlier;
- S3 Standard-IA, One Zone-IA and Glacier Instant Retrieval bill every object as at least 128 KB;
- S3 Glacier Flexible Retrieval and Deep Archive add 40 KB per object: 8 KB at the S3 Standard
  rate and 32 KB at the archive rate;
- reading from the IA and Glacier classes costs a retrieval fee per GB;
- S3 Intelligent-Tiering adds a monitoring fee per object of at least 128 KB (this calculator
  assumes the objects stay in its Frequent Access tier, the most expensive case).
Prices are the us-east-1 figures in amazon-s3.yaml (storage-price, retrieval-price); request
charges are left out. A month is 30 days here, a convention of this guide's examples.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..models import Service
from .base import amount, choice, number

# Lifecycle API name -> (display name, fact holding its minimum storage duration, or None).
CLASSES: dict[str, tuple[str, str | None]] = {
    "STANDARD": ("S3 Standard", None),
    "INTELLIGENT_TIERING": ("S3 Intelligent-Tiering", None),
    "STANDARD_IA": ("S3 Standard-IA", "ia-min-duration"),
    "ONEZONE_IA": ("S3 One Zone-IA", "ia-min-duration"),
    "GLACIER_IR": ("S3 Glacier Instant Retrieval", "glacier-ir-min-duration"),
    "GLACIER": ("S3 Glacier Flexible Retrieval", "glacier-flexible-min-duration"),
    "DEEP_ARCHIVE": ("S3 Glacier Deep Archive", "deep-archive-min-duration"),
}
# Class -> its key in the storage-price and retrieval-price facts (None: no retrieval fee).
PRICE_KEY = {
    "STANDARD": "standard",
    "INTELLIGENT_TIERING": "standard",
    "STANDARD_IA": "standard-ia",
    "ONEZONE_IA": "onezone-ia",
    "GLACIER_IR": "glacier-ir",
    "GLACIER": "glacier",
    "DEEP_ARCHIVE": "deep-archive",
}
RETRIEVAL_KEY = {**PRICE_KEY, "STANDARD": None, "INTELLIGENT_TIERING": None}
MIN_SIZE_CLASSES = ("STANDARD_IA", "ONEZONE_IA", "GLACIER_IR")
ARCHIVE_CLASSES = ("GLACIER", "DEEP_ARCHIVE")
KB_PER_GB = 1024 * 1024
DAYS_PER_MONTH = 30


@dataclass(frozen=True)
class S3Cost:
    storage_class: str
    objects: float
    object_kb: float  # average size as stored
    days: float  # how long each object is kept
    retrieval_gb: float
    lim: Mapping[str, float]

    @property
    def min_days(self) -> float:
        return self.lim[f"min_days_{self.storage_class}"]

    @property
    def billed_days(self) -> float:
        return max(self.days, self.min_days)

    @property
    def billed_object_kb(self) -> float:
        """Size billed at the class's rate for one object."""
        if self.storage_class in MIN_SIZE_CLASSES:
            return max(self.object_kb, self.lim["min_size_kb"])
        if self.storage_class in ARCHIVE_CLASSES:
            return self.object_kb + self.lim["archive_class_kb"]
        return self.object_kb

    @property
    def standard_overhead_kb(self) -> float:
        return self.lim["archive_standard_kb"] if self.storage_class in ARCHIVE_CLASSES else 0

    @property
    def billed_gb(self) -> float:
        return self.objects * self.billed_object_kb / KB_PER_GB

    @property
    def standard_gb(self) -> float:
        return self.objects * self.standard_overhead_kb / KB_PER_GB

    @property
    def storage_usd(self) -> float:
        price = self.lim[f"price_{self.storage_class}"]
        return self.billed_gb * price * self.billed_days / DAYS_PER_MONTH

    @property
    def overhead_usd(self) -> float:
        return self.standard_gb * self.lim["price_STANDARD"] * self.days / DAYS_PER_MONTH

    @property
    def monitoring_usd(self) -> float:
        watched = self.storage_class == "INTELLIGENT_TIERING" and (
            self.object_kb >= self.lim["it_monitor_min_kb"]
        )
        monitored = self.objects if watched else 0
        return monitored / 1000 * self.lim["it_usd_per_1000"] * self.days / DAYS_PER_MONTH

    @property
    def retrieval_usd(self) -> float:
        return self.retrieval_gb * self.lim[f"retrieval_{self.storage_class}"]

    @property
    def total_usd(self) -> float:
        return self.storage_usd + self.overhead_usd + self.monitoring_usd + self.retrieval_usd


def limits(s3: Service) -> dict[str, float]:
    lim: dict[str, float] = {}
    for cls, (_, duration_fact) in CLASSES.items():
        lim[f"min_days_{cls}"] = 0 if duration_fact is None else amount(s3, duration_fact, "days")
        lim[f"price_{cls}"] = amount(s3, "storage-price", PRICE_KEY[cls])
        key = RETRIEVAL_KEY[cls]
        lim[f"retrieval_{cls}"] = 0 if key is None else amount(s3, "retrieval-price", key)
    lim["min_size_kb"] = amount(s3, "min-billable-size", "kb")
    lim["archive_standard_kb"] = amount(s3, "archive-object-overhead", "standard-kb")
    lim["archive_class_kb"] = amount(s3, "archive-object-overhead", "archive-kb")
    lim["it_monitor_min_kb"] = amount(s3, "it-min-monitored-size", "kb")
    lim["it_usd_per_1000"] = amount(s3, "it-monitoring-fee", "usd-per-1000-objects")
    return lim


def estimate(lim: Mapping[str, float], inputs: Mapping[str, Any]) -> S3Cost:
    cls = choice(inputs, "storage_class", "Storage class", list(CLASSES))
    objects = number(inputs, "objects", "Number of objects", above=0, whole=True)
    size = number(inputs, "object_kb", "Average object size", above=0, unit=" KB")
    days = number(inputs, "days", "Days kept", above=0, maximum=36500, whole=True)
    retrieval = number(inputs, "retrieval_gb", "Data retrieved", minimum=0, unit=" GB")
    return S3Cost(cls, objects, size, days, retrieval, dict(lim))


def outputs(cost: S3Cost) -> dict[str, Any]:
    return {
        "billed_object_kb": cost.billed_object_kb,
        "billed_gb": cost.billed_gb,
        "standard_gb": cost.standard_gb,
        "billed_days": cost.billed_days,
        "minimum_size_applies": cost.billed_object_kb > cost.object_kb
        and cost.storage_class in MIN_SIZE_CLASSES,
        "minimum_duration_applies": cost.billed_days > cost.days,
        "storage_usd": cost.storage_usd,
        "overhead_usd": cost.overhead_usd,
        "monitoring_usd": cost.monitoring_usd,
        "retrieval_usd": cost.retrieval_usd,
        "total_usd": cost.total_usd,
    }


def s3_cost(
    s3: Service,
    storage_class: str,
    objects: int,
    object_kb: float,
    days: int = 30,
    retrieval_gb: float = 0,
) -> S3Cost:
    inputs = {"storage_class": storage_class, "objects": objects, "object_kb": object_kb,
              "days": days, "retrieval_gb": retrieval_gb}  # fmt: skip
    return estimate(limits(s3), inputs)
