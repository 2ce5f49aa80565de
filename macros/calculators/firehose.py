"""Amazon Data Firehose buffering: when a buffer is flushed, and how big the objects are.

The rule (Amazon Data Firehose Developer Guide, "Configure buffering hints",
https://docs.aws.amazon.com/firehose/latest/dev/buffering-hints.html): Firehose delivers a
buffer when it reaches the buffer size or when the buffer interval has passed, whichever comes
first; an interval of zero turns buffering off. The allowed ranges come from the `amounts` of
facts in amazon-data-firehose.yaml. The calculator assumes a steady incoming rate; Firehose may
also raise the buffer size on its own when a stream's throughput grows, which it leaves out.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..models import Service
from .base import amount, number


@dataclass(frozen=True)
class FirehoseFlush:
    mib_per_second: float
    buffer_mib: float
    buffer_seconds: float

    @property
    def seconds_to_fill(self) -> float:
        return self.buffer_mib / self.mib_per_second

    @property
    def trigger(self) -> str:
        """'size', 'interval', or 'none' when the interval is zero (no buffering)."""
        if self.buffer_seconds == 0:
            return "none"
        return "size" if self.seconds_to_fill <= self.buffer_seconds else "interval"

    @property
    def flush_seconds(self) -> float:
        return min(self.seconds_to_fill, self.buffer_seconds)

    @property
    def object_mib(self) -> float:
        """Data per delivered object (before compression) at a steady rate."""
        return self.mib_per_second * self.flush_seconds

    @property
    def objects_per_hour(self) -> float | None:
        return None if self.flush_seconds == 0 else 3600 / self.flush_seconds


def limits(firehose: Service) -> dict[str, float]:
    return {
        "buffer_min_mib": amount(firehose, "buffer-size", "min-mib"),
        "buffer_max_mib": amount(firehose, "buffer-size", "max-mib"),
        "buffer_default_mib": amount(firehose, "buffer-size", "default-mib"),
        "interval_min_seconds": amount(firehose, "buffer-interval", "min-seconds"),
        "interval_max_seconds": amount(firehose, "buffer-interval", "max-seconds"),
        "interval_default_seconds": amount(firehose, "buffer-interval", "default-seconds"),
    }


def estimate(lim: Mapping[str, float], inputs: Mapping[str, Any]) -> FirehoseFlush:
    rate = number(inputs, "mib_per_second", "Incoming data rate", above=0, maximum=100000,
                  unit=" MiB/s")  # fmt: skip
    size = number(inputs, "buffer_mib", "Buffer size", minimum=lim["buffer_min_mib"],
                  maximum=lim["buffer_max_mib"], unit=" MiB")  # fmt: skip
    interval = number(inputs, "buffer_seconds", "Buffer interval",
                      minimum=lim["interval_min_seconds"],
                      maximum=lim["interval_max_seconds"], unit=" seconds")  # fmt: skip
    return FirehoseFlush(mib_per_second=rate, buffer_mib=size, buffer_seconds=interval)


def outputs(flush: FirehoseFlush) -> dict[str, Any]:
    return {
        "seconds_to_fill": flush.seconds_to_fill,
        "trigger": flush.trigger,
        "flush_seconds": flush.flush_seconds,
        "object_mib": flush.object_mib,
        "objects_per_hour": flush.objects_per_hour,
    }


def firehose_flush(
    firehose: Service, mib_per_second: float, buffer_mib: float, buffer_seconds: float
) -> FirehoseFlush:
    inputs = {"mib_per_second": mib_per_second, "buffer_mib": buffer_mib,
              "buffer_seconds": buffer_seconds}  # fmt: skip
    return estimate(limits(firehose), inputs)
