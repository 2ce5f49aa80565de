"""What every calculator shares: reading amounts from facts, and validating inputs.

The browser twin (docs/assets/javascripts/calculators-core.js) validates with the same rules
and the same messages, and both are held to tests/vectors/calculators.json, so a reader gets
the same answer, or the same complaint, on the page and in a worked example.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

from ..models import Service

# A sanity cap for rates and counts: anything larger is a typo, not a workload.
ABSURD = 1e12


class InputError(ValueError):
    """An input a calculator cannot use; the message is shown to the reader as it is."""


def amount(service: Service, fact_key: str, name: str) -> float:
    for fact in service.facts:
        if fact.key == fact_key:
            if name not in fact.amounts:
                raise KeyError(f"{service.id}.{fact_key} has no amount {name!r}")
            return fact.amounts[name]
    raise KeyError(f"service {service.id!r} has no fact {fact_key!r}")


def fmt(value: float) -> str:
    """A number in a message: whole numbers with thousands separators, others as written."""
    if value == int(value):
        return f"{int(value):,}"
    return repr(float(value))


def number(
    inputs: Mapping[str, Any],
    key: str,
    label: str,
    *,
    above: float | None = None,
    minimum: float | None = None,
    maximum: float = ABSURD,
    whole: bool = False,
    unit: str = "",
) -> float:
    """One numeric input, checked in a fixed order so both implementations agree."""
    if key not in inputs or inputs[key] is None or inputs[key] == "":
        raise InputError(f"{label} is missing")
    value = inputs[key]
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise InputError(f"{label} must be a number")
    if whole and value != int(value):
        raise InputError(f"{label} must be a whole number")
    if above is not None and value <= above:
        raise InputError(
            f"{label} must be above zero"
            if above == 0
            else f"{label} must be above {fmt(above)}{unit}"
        )
    if minimum is not None and value < minimum:
        raise InputError(
            f"{label} cannot be negative"
            if minimum == 0
            else f"{label} must be at least {fmt(minimum)}{unit}"
        )
    if value > maximum:
        raise InputError(f"{label} must be at most {fmt(maximum)}{unit}")
    return float(value)


def choice(inputs: Mapping[str, Any], key: str, label: str, options: Sequence[str]) -> str:
    value = inputs.get(key)
    if value not in options:
        raise InputError(f"{label} must be one of: {', '.join(options)}")
    return str(value)
