// Quiz rounds kept across reloads, and flashcard decks and levels in plain words.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const core = require("../../docs/assets/javascripts/practice-core.js");

const Q = (id, n = 4) => ({ id, choices: Array.from({ length: n }, (_, i) => `c${i}`), answer: [0] });

test("a new round keeps the page's option order for its first question", () => {
  const qs = [Q("a"), Q("b", 5), Q("c")];
  const round = core.newRound(qs, core.seeded(1), [3, 1, 0, 2]);
  assert.deepEqual(round.ids, ["a", "b", "c"]);
  assert.deepEqual(round.order.a, [3, 1, 0, 2]);
  assert.deepEqual(round.order.b.slice().sort(), [0, 1, 2, 3, 4]);
  assert.equal(round.current, 0);
  // A first order that does not fit the question is ignored.
  assert.deepEqual(core.newRound(qs, core.seeded(1), [1, 0]).order.a.slice().sort(), [0, 1, 2, 3]);
  const state = core.fresh();
  state.quizzes["1.1"] = round;
  assert.deepEqual(core.validate(state), []);
});

test("the summary of a round counts checked, right and the ones missed", () => {
  const round = core.newRound([Q("a"), Q("b"), Q("c")], core.seeded(2));
  assert.deepEqual(core.roundSummary(round), { total: 3, checked: 0, right: 0, missed: [], done: false });
  round.checked = { a: 1, b: 0, c: 0 };
  assert.deepEqual(core.roundSummary(round), { total: 3, checked: 3, right: 1, missed: ["b", "c"], done: true });
});

test("a stored round is dropped when the bank changed under it", () => {
  const byId = { a: Q("a"), b: Q("b") };
  const round = core.newRound([Q("a"), Q("b")], core.seeded(3));
  round.current = 5;
  assert.equal(core.roundFits(round, byId), round);
  assert.equal(round.current, 0, "an out-of-range position restarts at the first question");
  assert.equal(core.roundFits(round, { a: Q("a") }), null, "a removed question");
  assert.equal(core.roundFits(round, { a: Q("a", 5), b: Q("b") }), null, "a question with another option count");
  assert.equal(core.roundFits(null, byId), null);
});

const CARDS = [
  { id: "s1", tags: ["dea-c01", "signal", "amazon-s3", "task-2.1"] },
  { id: "f1", tags: ["dea-c01", "fact", "amazon-s3", "task-2.1", "task-2.3"] },
  { id: "f2", tags: ["dea-c01", "fact", "aws-glue", "task-1.2"] },
  { id: "s2", tags: ["dea-c01", "signal", "aws-kms", "task-4.3"] },
];

test("decks by domain, task statement, service and kind", () => {
  const ids = (choice, kind) => core.deck(CARDS, choice, kind).map((c) => c.id);
  assert.deepEqual(ids("all"), ["s1", "f1", "f2", "s2"]);
  assert.deepEqual(ids("domain:2"), ["s1", "f1"]);
  assert.deepEqual(ids("domain:1"), ["f2"]);
  assert.deepEqual(ids("task:2.3"), ["f1"]);
  assert.deepEqual(ids("service:amazon-s3"), ["s1", "f1"]);
  assert.deepEqual(ids("all", "signal"), ["s1", "s2"]);
  assert.deepEqual(ids("domain:2", "fact"), ["f1"]);
  assert.deepEqual(ids("task:1.1"), []);
});

test("card levels in words instead of box numbers", () => {
  const boxes = { s1: { box: 1, due: 0 }, f1: { box: 3, due: 0 }, f2: { box: 5, due: 0 } };
  assert.deepEqual(core.cardLevels(CARDS, boxes), { fresh: 1, learning: 1, middle: 1, known: 1 });
});
