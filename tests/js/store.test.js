// Stored progress, version 2: migration from version 1, and restoring a damaged copy.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const core = require("../../docs/assets/javascripts/practice-core.js");

class MemoryStorage {
  constructor(items = {}) { this.items = { ...items }; }
  getItem(k) { return k in this.items ? this.items[k] : null; }
  setItem(k, v) { this.items[k] = String(v); }
}

const EXAM = (ids) => ({ mode: "exam", ids, order: Object.fromEntries(ids.map((id) => [id, [1, 0, 3, 2]])),
  responses: {}, flagged: [], checked: [], elapsed: 0, limit: 7800000, current: 0, plan: [] });

// What version 1 of the site stored (its fresh() plus some progress).
function versionOne() {
  return {
    version: 1,
    answers: { "1.1-001": { n: 2, ok: 1, last: 1, at: 5 } },
    exam: EXAM(["1.1-003"]),
    lastExam: { ...EXAM(["1.1-001", "1.1-002"]), submitted: 4 },
    history: [{ at: 4, mode: "exam", score: 550, correct: 1, total: 2 }],
    cards: { "fact-x": { box: 2, due: 9 } },
  };
}

test("the storage key stays; the version inside it is 2", () => {
  assert.equal(core.KEY, "dea-c01-guide:v1");
  assert.equal(core.VERSION, 2);
  assert.deepEqual(Object.keys(core.fresh()).sort(),
    ["answers", "cards", "exam", "history", "lastExam", "quizzes", "seen", "version"]);
});

test("version 1 progress migrates to 2: nothing lost, exam questions counted as seen", () => {
  const storage = new MemoryStorage({ [core.KEY]: JSON.stringify(versionOne()) });
  const got = core.load(storage, 10);
  assert.equal(got.notice, null);
  assert.equal(got.state.version, 2);
  assert.deepEqual(got.state.answers, versionOne().answers);
  assert.deepEqual(got.state.history, versionOne().history);
  assert.deepEqual(got.state.cards, versionOne().cards);
  assert.deepEqual(got.state.seen, { "1.1-001": 1, "1.1-002": 1, "1.1-003": 1 });
  assert.deepEqual(got.state.quizzes, {});
  assert.deepEqual(core.validate(got.state), []);
  assert.equal(storage.getItem(core.BACKUP_KEY), null, "a migration is not a failure");
});

test("an exported version 1 file imports as version 2", () => {
  const got = core.parseImport(JSON.stringify(versionOne()));
  assert.equal(got.error, undefined);
  assert.equal(got.state.version, 2);
  assert.equal(got.state.seen["1.1-002"], 1);
});

test("version 2 checks its new parts", () => {
  const state = core.fresh();
  state.seen = { "1.1-001": 2 };
  state.quizzes = { "1.1": { ids: ["1.1-001"], order: { "1.1-001": [0, 1, 2, 3] }, picked: {}, checked: { "1.1-001": 1 }, current: 0 } };
  state.history = [{ at: 1, mode: "exam", score: 700, correct: 1, total: 1, elapsed: 5, limit: 9, domains: { 1: [1, 1] }, tasks: { "1.1": [1, 1] } }];
  assert.deepEqual(core.validate(state), []);
  assert.ok(core.validate({ ...state, seen: { x: 0 } }).some((p) => p.startsWith("seen[x]")));
  assert.ok(core.validate({ ...state, quizzes: { "1.1": { ids: [] } } }).some((p) => p.startsWith("quizzes[1.1]")));
  assert.ok(core.validate({ ...state, history: [{ ...state.history[0], domains: { 1: [2, 1] } }] }).some((p) => p.startsWith("history[0]")));
});

test("unreadable progress is kept as a pending copy with a kind for the learner's message", () => {
  for (const [raw, kind] of [
    ["{oops", "damaged"],
    [JSON.stringify({ ...core.fresh(), answers: { x: { n: "two" } } }), "damaged"],
    [JSON.stringify({ version: 0, answers: [] }), "older"],
    [JSON.stringify({ ...core.fresh(), version: 99 }), "newer"],
  ]) {
    const storage = new MemoryStorage({ [core.KEY]: raw });
    const got = core.load(storage, 7);
    assert.equal(got.notice.kind, kind, raw);
    const pending = core.pendingBackup(storage);
    assert.equal(pending.raw, raw);
    assert.equal(pending.pending, true);
    core.settleBackup(storage);
    assert.equal(core.pendingBackup(storage), null, "start fresh settles the copy");
    assert.equal(JSON.parse(storage.getItem(core.BACKUP_KEY)).raw, raw, "and still keeps it");
  }
});

test("salvage keeps every readable entry and drops the damaged ones", () => {
  const damaged = {
    ...core.fresh(),
    answers: { good: { n: 1, ok: 1, last: 1, at: 3 }, bad: { n: "two" } },
    cards: { c1: { box: 3, due: 5 }, c2: { box: 9, due: 5 } },
    history: [{ at: 1, score: 600, correct: 3, total: 5 }, "junk"],
    exam: { mode: "nonsense" },
    seen: "not a map",
  };
  const got = core.salvage(JSON.stringify(damaged));
  assert.deepEqual(Object.keys(got.state.answers), ["good"]);
  assert.deepEqual(Object.keys(got.state.cards), ["c1"]);
  assert.equal(got.state.history.length, 1);
  assert.equal(got.state.exam, null);
  assert.deepEqual(got.state.seen, {});
  assert.equal(got.kept, 3);
  assert.equal(got.dropped, 4);
  assert.deepEqual(core.validate(got.state), []);
  assert.equal(core.salvage("{oops"), null);
  assert.equal(core.salvage("[1, 2]"), null);
  // A newer version's copy: what this version understands is kept.
  const newer = core.salvage(JSON.stringify({ ...damaged, version: 99, future: {} }));
  assert.deepEqual(Object.keys(newer.state.answers), ["good"]);
  // A version 1 copy is migrated first.
  assert.equal(core.salvage(JSON.stringify(versionOne())).state.seen["1.1-001"], 1);
});

test("merging the restored copy adds answers, joins history and keeps newer values", () => {
  const restored = core.fresh();
  restored.answers = { a: { n: 2, ok: 1, last: 1, at: 5 }, b: { n: 1, ok: 0, last: 0, at: 5 } };
  restored.cards = { c: { box: 4, due: 50 } };
  restored.history = [{ at: 1, score: 500, correct: 1, total: 2 }];
  restored.seen = { q: 1 };
  restored.lastExam = EXAM(["q"]);
  const current = core.fresh();
  current.answers = { a: { n: 1, ok: 0, last: 0, at: 9 } };
  current.cards = { c: { box: 1, due: 9 } };
  current.history = [{ at: 8, score: 700, correct: 2, total: 2 }];
  current.seen = { q: 2 };
  const merged = core.merge(current, restored);
  assert.deepEqual(merged.answers.a, { n: 3, ok: 1, last: 0, at: 9 });
  assert.deepEqual(merged.answers.b, restored.answers.b);
  assert.deepEqual(merged.cards.c, current.cards.c);
  assert.deepEqual(merged.history.map((x) => x.at), [1, 8]);
  assert.deepEqual(merged.seen, { q: 3 });
  assert.deepEqual(merged.lastExam, restored.lastExam);
  assert.deepEqual(core.validate(merged), []);
});

test("restore brings back a partly damaged copy; an unreadable one says so", () => {
  const raw = JSON.stringify({ ...core.fresh(), answers: { good: { n: 1, ok: 1, last: 1, at: 3 }, bad: 7 } });
  const storage = new MemoryStorage({ [core.KEY]: raw });
  const loaded = core.load(storage, 1);
  assert.equal(loaded.notice.kind, "damaged");
  core.record(loaded.state, "since", true, 4); // progress made before the learner chose
  const got = core.restoreBackup(storage, loaded.state);
  assert.deepEqual(Object.keys(got.state.answers).sort(), ["good", "since"]);
  assert.deepEqual([got.kept, got.dropped], [1, 1]);
  assert.equal(core.pendingBackup(storage), null);
  assert.match(core.restoreBackup(storage, got.state).error, /no kept copy/);

  const hopeless = new MemoryStorage({ [core.KEY]: "{oops" });
  const fresh = core.load(hopeless, 1).state;
  assert.match(core.restoreBackup(hopeless, fresh).error, /nothing in the kept copy/);
  assert.ok(core.pendingBackup(hopeless), "the copy stays pending: nothing was decided");
});
