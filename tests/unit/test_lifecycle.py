"""Lifecycle arithmetic: stays per class, minimum-duration charges and rule checks from data."""

from __future__ import annotations

import pytest

from macros import lifecycle
from macros.models import Service
from tests.unit.servicefactory import service_with_amounts


def _s3(ia: float = 30, gir: float = 90, gfr: float = 90, gda: float = 180) -> Service:
    return service_with_amounts(
        "amazon-s3",
        "store/s3-storage-classes.md",
        {
            "ia-min-duration": {"days": ia},
            "glacier-ir-min-duration": {"days": gir},
            "glacier-flexible-min-duration": {"days": gfr},
            "deep-archive-min-duration": {"days": gda},
        },
    )


def test_a_well_spaced_rule_bills_no_early_days() -> None:
    stays = lifecycle.lifecycle_stays(_s3(), [(30, "STANDARD_IA"), (120, "GLACIER")], 400)
    assert [(s.storage_class, s.days, s.billed) for s in stays] == [
        ("STANDARD", 30, 30),
        ("STANDARD_IA", 90, 90),
        ("GLACIER", 280, 280),
    ]


def test_leaving_a_class_early_bills_its_minimum() -> None:
    stays = lifecycle.lifecycle_stays(_s3(), [(30, "STANDARD_IA"), (45, "GLACIER_IR")], 120)
    ia, gir = stays[1], stays[2]
    assert (ia.days, ia.billed, ia.early) == (15, 30, 15)
    assert (gir.days, gir.billed, gir.early) == (75, 90, 15)
    out = lifecycle.lifecycle_example_md(stays)
    assert "120 days of life, 150 storage-days billed (30 days" in out
    assert "\n    - **S3 Standard-IA**, days 30–45" in out


def test_minimums_come_from_data() -> None:
    stays = lifecycle.lifecycle_stays(_s3(gda=365), [(0, "DEEP_ARCHIVE")], 200)
    assert stays[-1].billed == 365


def test_the_waterfall_is_enforced() -> None:
    with pytest.raises(ValueError, match="S3 One Zone-IA cannot transition to S3 Standard-IA"):
        lifecycle.lifecycle_stays(_s3(), [(30, "ONEZONE_IA"), (90, "STANDARD_IA")], 200)
    with pytest.raises(KeyError, match="unknown storage class 'GLACIER_X'"):
        lifecycle.minimum_days(_s3(), "GLACIER_X")


def test_rule_problems_flag_short_stays_and_early_ia() -> None:
    rule = {
        "ID": "bad",
        "Transitions": [
            {"Days": 10, "StorageClass": "STANDARD_IA"},
            {"Days": 20, "StorageClass": "GLACIER"},
        ],
        "Expiration": {"Days": 60},
        "NoncurrentVersionExpiration": {"NoncurrentDays": 5},
    }
    problems = lifecycle.rule_problems(_s3(), rule)
    assert any("move to S3 Standard-IA on day 10" in p for p in problems)
    assert any("leave S3 Standard-IA after 10 days" in p for p in problems)
    assert any("leave S3 Glacier Flexible Retrieval after 40 days" in p for p in problems)
    assert len(problems) == 3


def test_noncurrent_versions_run_on_their_own_clock() -> None:
    rule = {
        "ID": "nc",
        "NoncurrentVersionTransitions": [{"NoncurrentDays": 30, "StorageClass": "STANDARD_IA"}],
        "NoncurrentVersionExpiration": {"NoncurrentDays": 45},
    }
    assert lifecycle.rule_problems(_s3(), rule) == [
        "nc: noncurrent versions leave S3 Standard-IA after 15 days, before its 30-day minimum"
    ]


def test_real_data_carries_the_minimum_durations(catalog) -> None:
    s3 = catalog.services["amazon-s3"]
    assert [lifecycle.minimum_days(s3, c) for c in lifecycle.CLASSES] == [0, 0, 30, 30, 90, 90, 180]
