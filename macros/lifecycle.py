"""S3 Lifecycle arithmetic: how long an object stays in each class and what minimums bill.

The minimum storage durations come from the `amounts` of facts in data/services/amazon-s3.yaml,
so the worked examples and the checks on the JSON samples follow the data, not constants here.
The functions are pure: they take the S3 service and plain values, and return plain values.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .calculators import amount
from .calculators.s3_storage import CLASSES
from .models import Service

# The lifecycle waterfall: the classes each class may transition to.
ALLOWED: dict[str, frozenset[str]] = {
    "STANDARD": frozenset(CLASSES) - {"STANDARD"},
    "STANDARD_IA": frozenset(
        {"INTELLIGENT_TIERING", "ONEZONE_IA", "GLACIER_IR", "GLACIER", "DEEP_ARCHIVE"}
    ),
    "INTELLIGENT_TIERING": frozenset({"ONEZONE_IA", "GLACIER_IR", "GLACIER", "DEEP_ARCHIVE"}),
    "ONEZONE_IA": frozenset({"GLACIER", "DEEP_ARCHIVE"}),
    "GLACIER_IR": frozenset({"GLACIER", "DEEP_ARCHIVE"}),
    "GLACIER": frozenset({"DEEP_ARCHIVE"}),
    "DEEP_ARCHIVE": frozenset(),
}

IA_CLASSES = frozenset({"STANDARD_IA", "ONEZONE_IA"})


def class_name(storage_class: str) -> str:
    if storage_class not in CLASSES:
        raise KeyError(f"unknown storage class {storage_class!r}; known: {', '.join(CLASSES)}")
    return CLASSES[storage_class][0]


def minimum_days(s3: Service, storage_class: str) -> int:
    """Days a class bills at least; zero for classes without a minimum storage duration."""
    class_name(storage_class)
    fact_key = CLASSES[storage_class][1]
    return 0 if fact_key is None else int(amount(s3, fact_key, "days"))


@dataclass(frozen=True)
class Stay:
    """One stretch of an object's life in one storage class."""

    storage_class: str
    start: int  # day the object enters the class (0 = day of upload)
    end: int  # day it leaves: next transition or expiration
    minimum: int  # minimum storage duration of the class, in days

    @property
    def days(self) -> int:
        return self.end - self.start

    @property
    def billed(self) -> int:
        # Leaving a class early (transition, delete, overwrite) still bills the remaining days.
        return max(self.days, self.minimum)

    @property
    def early(self) -> int:
        return self.billed - self.days


def lifecycle_stays(
    s3: Service, transitions: Iterable[Sequence[object]], expire_day: int, first: str = "STANDARD"
) -> list[Stay]:
    """Stays of an object uploaded to `first`, moved at each (day, class), deleted on expire_day."""
    moves = sorted((int(day), str(cls)) for day, cls in transitions)  # type: ignore[call-overload]
    current, start, stays = first, 0, []
    for day, target in moves:
        if target not in ALLOWED.get(current, frozenset()):
            raise ValueError(f"{class_name(current)} cannot transition to {class_name(target)}")
        if not start <= day <= expire_day:
            raise ValueError(f"transition on day {day} falls outside days {start}-{expire_day}")
        stays.append(Stay(current, start, day, minimum_days(s3, current)))
        current, start = target, day
    stays.append(Stay(current, start, expire_day, minimum_days(s3, current)))
    return [s for s in stays if s.days > 0 or s.minimum > 0]


def _steps(days_key: str, transitions: list[dict], expire: int | None) -> list[tuple[int, str]]:
    steps = sorted((int(t[days_key]), str(t["StorageClass"])) for t in transitions)
    return steps + ([(expire, "EXPIRE")] if expire is not None else [])


def _gap_problems(s3: Service, rule_id: str, steps: list[tuple[int, str]], what: str) -> list[str]:
    problems, current, since = [], "STANDARD", 0
    for day, target in steps:
        held = day - since
        need = minimum_days(s3, current)
        if held < need:
            problems.append(
                f"{rule_id}: {what} leave {class_name(current)} after {held} days, "
                f"before its {need}-day minimum"
            )
        if target != "EXPIRE" and target not in ALLOWED[current]:
            problems.append(f"{rule_id}: {class_name(current)} cannot go to {class_name(target)}")
        if target in IA_CLASSES and day < minimum_days(s3, target):
            problems.append(
                f"{rule_id}: {what} move to {class_name(target)} on day {day}; "
                f"the long-standing rule needs {minimum_days(s3, target)} days first"
            )
        if target != "EXPIRE":
            current, since = target, day
    return problems


def rule_problems(s3: Service, rule: dict) -> list[str]:
    """Day counts in one lifecycle rule that would bill a minimum duration or break the waterfall.

    Current versions count days from creation; noncurrent versions count from the day they were
    replaced, so each list is checked on its own clock.
    """
    rule_id = str(rule.get("ID", "rule"))
    expire = rule.get("Expiration", {}).get("Days")
    current = _steps("Days", rule.get("Transitions", []), expire)
    noncurrent_expire = rule.get("NoncurrentVersionExpiration", {}).get("NoncurrentDays")
    noncurrent = _steps(
        "NoncurrentDays", rule.get("NoncurrentVersionTransitions", []), noncurrent_expire
    )
    return _gap_problems(s3, rule_id, current, "current versions") + _gap_problems(
        s3, rule_id, noncurrent, "noncurrent versions"
    )


def _day_range(stay: Stay) -> str:
    return f"days {stay.start}–{stay.end}"


def lifecycle_example_md(stays: list[Stay], indent: int = 4) -> str:
    """Markdown bullets of an object's stays and billed days, indented to sit in an admonition."""
    lines = []
    for stay in stays:
        name = class_name(stay.storage_class)
        line = f"- **{name}**, {_day_range(stay)}: stored {stay.days} days"
        if stay.minimum == 0:
            line += ", no minimum duration."
        elif stay.early:
            line += (
                f", but the class bills at least {stay.minimum} days, so {stay.billed} days are "
                f"billed and {stay.early} of them pay for storage the object no longer uses."
            )
        else:
            line += f", at least the {stay.minimum}-day minimum, so nothing extra is billed."
        lines.append(line)
    actual = sum(s.days for s in stays)
    billed = sum(s.billed for s in stays)
    early = billed - actual
    lines.append(
        f"- **Total:** {actual} days of life, {billed} storage-days billed"
        + (f" ({early} days of minimum-duration charges)." if early else " (no early charges).")
    )
    return ("\n" + " " * indent).join(lines)
