"""The Python calculators reproduce the shared test vectors exactly.

tests/vectors/calculators.json is the one table both implementations answer to: this test runs
macros/calculators/ on it, tests/js/calculators.test.js runs calculators-core.js on it. Exact
means ==, not approximately: both languages compute in IEEE doubles in the same order.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from macros.calculators import CALCULATORS, InputError, browser_limits, compute

VECTORS = Path(__file__).resolve().parents[1] / "vectors" / "calculators.json"
TABLE = json.loads(VECTORS.read_text(encoding="utf-8"))
HINT = "if the change is intended, run `make vectors` and review the diff"


def test_limits_in_the_table_are_the_ones_the_data_gives(catalog) -> None:
    assert TABLE["limits"] == browser_limits(catalog.services), HINT


def test_every_calculator_has_results_and_refusals() -> None:
    for name in CALCULATORS:
        cases = [c for c in TABLE["cases"] if c["calculator"] == name]
        assert sum("expected" in c for c in cases) >= 3, name
        assert any("error" in c for c in cases), name
    names = [(c["calculator"], c["name"]) for c in TABLE["cases"]]
    assert len(names) == len(set(names)), "case names are unique"


@pytest.mark.parametrize("case", TABLE["cases"], ids=lambda c: f"{c['calculator']}: {c['name']}")
def test_python_reproduces_the_vector(case: dict) -> None:
    limits = TABLE["limits"][case["calculator"]]
    if "error" in case:
        with pytest.raises(InputError) as raised:
            compute(case["calculator"], case["inputs"], limits)
        assert str(raised.value) == case["error"], HINT
    else:
        assert compute(case["calculator"], case["inputs"], limits) == case["expected"], HINT
