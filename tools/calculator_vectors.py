"""`make vectors`: fill in the expected outputs of tests/vectors/calculators.json.

The file is the one table of test vectors that both calculator implementations must reproduce
exactly: macros/calculators/ (pytest, tests/unit/test_calculator_vectors.py) and
docs/assets/javascripts/calculators-core.js (Node, tests/js/calculators.test.js). Contributors
add or edit cases (name, calculator, inputs); this tool writes the limits read from data/ and,
for each case, the Python outputs or the error message. Review the diff: every changed number
should follow from a changed formula or fact. The tests never rewrite the file.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from macros.calculators import InputError, browser_limits, compute
from macros.catalog import load_catalog

ROOT = Path(__file__).resolve().parent.parent
VECTORS = ROOT / "tests" / "vectors" / "calculators.json"
ABOUT = (
    "Shared test vectors of the calculators. Inputs and exact expected outputs (or the exact "
    "error message) that macros/calculators/ and docs/assets/javascripts/calculators-core.js "
    "must both reproduce. 'limits' are the figures read from data/, as the browser receives "
    "them. Edit cases, then run `make vectors` to refill limits and expectations."
)


def expectation(name: str, inputs: dict[str, Any], limits: dict[str, float]) -> dict[str, Any]:
    try:
        return {"expected": compute(name, inputs, limits)}
    except InputError as exc:
        return {"error": str(exc)}


def refresh(table: dict[str, Any], limits: dict[str, dict[str, float]]) -> dict[str, Any]:
    cases = []
    for case in table["cases"]:
        base = {k: case[k] for k in ("name", "calculator", "inputs")}
        cases.append(base | expectation(case["calculator"], case["inputs"],
                                        limits[case["calculator"]]))  # fmt: skip
    return {"about": ABOUT, "limits": limits, "cases": cases}


def main() -> int:
    catalog = load_catalog(ROOT)
    table = json.loads(VECTORS.read_text(encoding="utf-8"))
    fresh = refresh(table, browser_limits(catalog.services))
    VECTORS.write_text(json.dumps(fresh, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{VECTORS.relative_to(ROOT)}: {len(fresh['cases'])} cases")
    return 0


if __name__ == "__main__":
    sys.exit(main())
