// The browser calculators (calculators-core.js) against the shared vectors that the Python
// calculators also reproduce: `node --test tests/js/`.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const calc = require("../../docs/assets/javascripts/calculators-core.js");
const table = require("../vectors/calculators.json");

for (const c of table.cases) {
  test(`${c.calculator}: ${c.name}`, () => {
    const limits = table.limits[c.calculator];
    const result = calc.run(c.calculator, c.inputs, limits);
    if ("error" in c) {
      assert.equal(result.error, c.error);
      assert.equal(result.outputs, undefined);
    } else {
      assert.equal(result.error, undefined, result.error);
      // Exact: the same IEEE doubles in the same order as Python, key for key.
      assert.deepStrictEqual(result.outputs, c.expected);
    }
  });
}

test("every calculator in the table exists here, and every one here is in the table", () => {
  const inTable = new Set(table.cases.map((c) => c.calculator));
  assert.deepEqual([...inTable].sort(), Object.keys(calc.CALCULATORS).sort());
  assert.deepEqual(Object.keys(calc.FIELDS).sort(), Object.keys(calc.CALCULATORS).sort());
});

test("every form field is an input of its calculator, and the defaults compute", () => {
  for (const [name, fields] of Object.entries(calc.FIELDS)) {
    const inputs = {};
    for (const f of fields) inputs[f.key] = calc.parseField(f, f.value);
    const result = calc.run(name, inputs, table.limits[name]);
    assert.equal(result.error, undefined, `${name}: ${result.error}`);
    assert.ok(calc.describe(name, result.outputs, inputs).length >= 1);
  }
});

test("text from a form becomes the input the calculator expects", () => {
  const box = { key: "x" };
  assert.equal(calc.parseField(box, " 1,000 "), 1000);
  assert.equal(calc.parseField(box, ""), "");
  assert.equal(calc.parseField(box, "abc"), "abc");
  assert.equal(calc.parseField({ key: "u", options: ["GB"] }, "GB"), "GB");
  const r = calc.run("lambda", { requests_per_second: "abc", duration_ms: 100 }, table.limits.lambda);
  assert.equal(r.error, "Requests per second must be a number");
  const missing = calc.run("lambda", { requests_per_second: "", duration_ms: 100 }, table.limits.lambda);
  assert.equal(missing.error, "Requests per second is missing");
});

test("numbers in messages and results are written as the Python side writes them", () => {
  assert.equal(calc.fmt(1000000000000), "1,000,000,000,000");
  assert.equal(calc.fmt(0.25), "0.25");
  assert.equal(calc.num(26214.400000572205), "26,214.4");
  assert.equal(calc.usd(79.2), "$79.20");
  assert.equal(calc.usd(1234.5), "$1,234.50");
  assert.equal(calc.usd(0.125), "$0.1250");
  assert.equal(calc.usd(0.0000476837158203125), "$0.000048");
});

test("results read as sentences", () => {
  const o = calc.compute("firehose", { mib_per_second: 0.5, buffer_mib: 64, buffer_seconds: 300 }, table.limits.firehose);
  assert.deepEqual(calc.describe("firehose", o), [
    "The buffer fills in 128 seconds, so it is flushed by size every 128 seconds.",
    "Each object holds about 64 MiB before compression; about 28.1 objects an hour.",
  ]);
  const none = calc.compute("firehose", { mib_per_second: 1, buffer_mib: 5, buffer_seconds: 0 }, table.limits.firehose);
  assert.match(calc.describe("firehose", none)[0], /turns buffering off/);
});

test("a wrong formula would be caught: the vectors are not trivially satisfied", () => {
  const c = table.cases.find((x) => x.calculator === "s3" && "expected" in x && x.expected.minimum_size_applies);
  const lim = { ...table.limits.s3, min_size_kb: 64 };
  assert.notDeepStrictEqual(calc.compute("s3", c.inputs, lim), c.expected);
});
