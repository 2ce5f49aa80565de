"""The calculators page in a real browser: each form, filled and submitted, shows the result.

Inputs come from the shared vectors (tests/vectors/calculators.json), so the page is checked
against the numbers both implementations agree on: the test types one case per calculator into
the form, presses Calculate and reads the live result region. A bad input must produce the
calculator's message and mark the field. axe runs on this page with every other page
(test_accessibility.py).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from macros.render import usd

pytestmark = pytest.mark.browser

VECTORS = json.loads(
    (Path(__file__).resolve().parents[1] / "vectors" / "calculators.json").read_text("utf-8")
)
PAGE = "practice/calculators/"

# One vector per calculator, and the sentence its result must contain.
CASES: dict[str, tuple[str, Callable[[dict], str]]] = {
    "dynamodb": ("6 KB items: reads round up to 8 KB, writes need 6 units",
                 lambda o: f"{o['rcu_strong']:,} RCU strongly consistent"),
    "kinesis": ("three shared readers: reads decide", lambda o: f"Provision {o['shards']} shards"),
    "lambda": ("busy function above the default quota",
               lambda o: f"about {o['concurrency']:,} execution environments busy at once"),
    "athena": ("10% of partitions and 25% of the data in Parquet columns",
               lambda o: f"Cost per query: {usd(o['usd_per_query'])}"),
    "s3": ("the same objects in Standard-IA bill as 128 KB each",
           lambda o: f"Total, without request charges: {usd(o['total_usd'])}"),
    "glue": ("10 G.2X workers for 18 minutes, 30 runs",
             lambda o: f"Cost per run: {usd(o['usd_per_run'])}; in total: {usd(o['usd_total'])}"),
    "firehose": ("quiet stream flushes on time",
                 lambda o: f"flushed by time every {o['flush_seconds']:g} seconds"),
}  # fmt: skip


def vector(calculator: str, name: str) -> dict:
    return next(c for c in VECTORS["cases"] if c["calculator"] == calculator and c["name"] == name)


@pytest.fixture
def page(browser, base_url: str) -> Iterator:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.on("console", lambda m: m.type == "error" and errors.append(m.text))
    pg.goto(base_url + PAGE, wait_until="networkidle")
    # Each calculator sits in a folded panel the reader opens (it keeps the page from shifting).
    summaries = pg.locator("details.dea-calc-panel > summary")
    assert summaries.count() >= 7
    for i in range(summaries.count()):
        summaries.nth(i).click()
    yield pg
    context.close()
    assert not errors, "\n".join(errors)


def fill(box, inputs: dict) -> None:
    for key, value in inputs.items():
        field = box.locator(f"[name='{key}']")
        if field.evaluate("e => e.tagName") == "SELECT":
            field.select_option(str(value))
        else:
            field.fill(str(value))
    box.get_by_role("button", name="Calculate").click()


def test_every_calculator_starts_with_a_result(page) -> None:
    boxes = page.locator(".dea-calc[data-calc]")
    assert boxes.count() == len(CASES)
    for i in range(boxes.count()):
        status = boxes.nth(i).get_by_role("status")
        assert status.locator("li").count() >= 1, boxes.nth(i).get_attribute("data-calc")


@pytest.mark.parametrize("calculator", sorted(CASES))
def test_a_filled_form_shows_the_vectors_result(page, calculator: str) -> None:
    name, sentence = CASES[calculator]
    case = vector(calculator, name)
    box = page.locator(f".dea-calc[data-calc='{calculator}']")
    fill(box, case["inputs"])
    status = box.get_by_role("status")
    assert sentence(case["expected"]) in status.inner_text()
    assert box.locator("[aria-invalid='true']").count() == 0


def test_labels_name_every_field(page) -> None:
    for calculator in CASES:
        box = page.locator(f".dea-calc[data-calc='{calculator}']")
        for field in box.locator("input, select").all():
            label = page.locator(f"label[for='{field.get_attribute('id')}']")
            assert label.count() == 1 and label.inner_text().strip()


def test_a_bad_input_shows_the_message_and_marks_the_field(page) -> None:
    box = page.locator(".dea-calc[data-calc='firehose']")
    fill(box, {"mib_per_second": "0", "buffer_mib": "64", "buffer_seconds": "300"})
    status = box.get_by_role("status")
    assert status.inner_text().strip() == "Check the input: Incoming data rate must be above zero."
    assert box.get_by_label("Incoming data rate").get_attribute("aria-invalid") == "true"
    fill(box, {"mib_per_second": "1", "buffer_mib": "abc", "buffer_seconds": "300"})
    assert "Buffer size must be a number" in status.inner_text()
    assert box.get_by_label("Incoming data rate").get_attribute("aria-invalid") is None
    fill(box, {"mib_per_second": "1", "buffer_mib": "5", "buffer_seconds": "300"})
    assert box.locator("[aria-invalid='true']").count() == 0


def test_the_keyboard_alone_recalculates(page) -> None:
    box = page.locator(".dea-calc[data-calc='lambda']")
    field = box.get_by_label("Requests per second")
    field.fill("5000")
    field.press("Enter")  # submits the form
    # 5,000 requests a second of the default 800 ms each
    assert "4,000 execution environments" in box.get_by_role("status").inner_text()
