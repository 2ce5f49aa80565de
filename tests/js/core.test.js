// Pure practice logic, run with Node's built-in runner: `node --test tests/js/`.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const core = require("../../docs/assets/javascripts/practice-core.js");
const { DOMAINS, bank } = require("./bank.js");

const FMT = { score_min: 100, score_max: 1000, passing_score: 720 };

class MemoryStorage {
  constructor(items = {}) { this.items = { ...items }; }
  getItem(k) { return k in this.items ? this.items[k] : null; }
  setItem(k, v) { this.items[k] = String(v); }
}

test("target counts follow the weights and add up to the total", () => {
  assert.deepEqual(core.targetCounts(DOMAINS, 65), { 1: 22, 2: 17, 3: 14, 4: 12 });
  assert.deepEqual(core.targetCounts(DOMAINS, 50), { 1: 17, 2: 13, 3: 11, 4: 9 });
  for (const total of [1, 7, 65, 100, 131]) {
    const counts = core.targetCounts(DOMAINS, total);
    assert.equal(Object.values(counts).reduce((a, b) => a + b, 0), total);
  }
});

test("a full bank gives exactly the weighted counts per domain", () => {
  const draw = core.drawExam(bank([40, 40, 40, 40]), DOMAINS, 65, core.seeded(1));
  assert.equal(draw.ids.length, 65);
  assert.equal(new Set(draw.ids).size, 65);
  assert.equal(draw.short, false);
  const perDomain = {};
  draw.ids.forEach((id) => { perDomain[id[0]] = (perDomain[id[0]] || 0) + 1; });
  assert.deepEqual(perDomain, { 1: 22, 2: 17, 3: 14, 4: 12 });
});

test("a domain with too few questions gives all it has and the plan says so", () => {
  const draw = core.drawExam(bank([30, 5, 20, 0]), DOMAINS, 65, core.seeded(2));
  const d2 = draw.plan.find((p) => p.domain === 2);
  const d4 = draw.plan.find((p) => p.domain === 4);
  assert.deepEqual([d2.target, d2.available, d2.drawn], [17, 5, 5]);
  assert.deepEqual([d4.target, d4.available, d4.drawn], [12, 0, 0]);
  assert.equal(draw.short, true);
  assert.equal(draw.ids.length, 22 + 5 + 14);
});

test("a new attempt draws questions not in the previous one first", () => {
  const questions = bank([44, 34, 28, 24]);
  const first = core.drawExam(questions, DOMAINS, 65, core.seeded(3));
  const second = core.drawExam(questions, DOMAINS, 65, core.seeded(4), first.ids);
  const overlap = second.ids.filter((id) => first.ids.includes(id));
  assert.equal(overlap.length, 0);
  const third = core.drawExam(questions, DOMAINS, 65, core.seeded(5));
  assert.notDeepEqual(third.ids.slice().sort(), first.ids.slice().sort());
});

test("shuffling keeps every option and maps shown positions back to original answers", () => {
  const rng = core.seeded(7);
  for (let round = 0; round < 50; round++) {
    const perm = core.permutation(5, rng);
    assert.deepEqual(perm.slice().sort(), [0, 1, 2, 3, 4]);
    const q = { answer: [1, 3], choices: ["a", "b", "c", "d", "e"] };
    const shownRight = [perm.indexOf(1), perm.indexOf(3)];
    assert.ok(core.isCorrect(q, core.toOriginal(perm, shownRight)));
    const shownWrong = [perm.indexOf(0), perm.indexOf(3)];
    assert.ok(!core.isCorrect(q, core.toOriginal(perm, shownWrong)));
  }
  const orders = new Set();
  for (let i = 0; i < 30; i++) orders.add(core.permutation(4, rng).join(""));
  assert.ok(orders.size > 5, "the order changes between attempts");
});

test("multiple response is right only with exactly the right set", () => {
  const q = { answer: [0, 2] };
  assert.ok(core.isCorrect(q, [2, 0]));
  assert.ok(!core.isCorrect(q, [0]));
  assert.ok(!core.isCorrect(q, [0, 1, 2]));
  assert.ok(!core.isCorrect(q, []));
  assert.equal(core.choose(q), 2);
});

test("scaled score maps percent correct linearly onto 100-1000", () => {
  assert.equal(core.scaledScore(0, 65, FMT), 100);
  assert.equal(core.scaledScore(65, 65, FMT), 1000);
  assert.equal(core.scaledScore(1, 2, FMT), 550);
  assert.equal(core.scaledScore(0, 0, FMT), 100);
  assert.ok(Math.abs(core.percentFor(720, FMT) - 68.9) < 0.1);
});

test("scoring an exam gives totals, pass flag and breakdowns", () => {
  const questions = bank([3, 1, 0, 0]);
  const byId = Object.fromEntries(questions.map((q) => [q.id, q]));
  const ids = questions.map((q) => q.id);
  const responses = { [ids[0]]: [0], [ids[1]]: [0], [ids[3]]: [0] }; // right, wrong, -, right
  const result = core.scoreExam(ids.concat(["9.9-999"]), byId, responses, FMT);
  assert.equal(result.total, 4);
  assert.equal(result.correct, 2);
  assert.equal(result.answered, 3);
  assert.equal(result.score, 550);
  assert.equal(result.passed, false);
  assert.deepEqual(result.byDomain[1], { correct: 1, total: 3 });
  assert.deepEqual(result.byTask["2.1"], { correct: 1, total: 1 });
  const all = core.scoreExam(ids, byId, Object.fromEntries(questions.map((q) => [q.id, q.answer])), FMT);
  assert.equal(all.score, 1000);
  assert.equal(all.passed, true);
});

test("empty storage gives fresh progress and no notice", () => {
  const got = core.load(new MemoryStorage(), 1);
  assert.deepEqual(got.state, core.fresh());
  assert.equal(got.notice, null);
  assert.deepEqual(core.validate(core.fresh()), []);
});

test("valid progress round-trips through save and load", () => {
  const storage = new MemoryStorage();
  const state = core.fresh();
  core.record(state, "1.1-001", true, 5);
  core.record(state, "1.1-001", false, 6);
  core.rateCard(state.cards, "fact-x", true, 10);
  assert.ok(core.save(storage, state));
  const got = core.load(storage, 7);
  assert.equal(got.notice, null);
  assert.deepEqual(got.state.answers["1.1-001"], { n: 2, ok: 1, last: 0, at: 6 });
});

for (const [name, raw] of [
  ["not JSON", "{oops"],
  ["not an object", "[1,2]"],
  ["a damaged field", JSON.stringify({ ...core.fresh(), answers: { x: { n: "two" } } })],
  ["an old version", JSON.stringify({ version: 0, answers: [] })],
  ["a newer version", JSON.stringify({ ...core.fresh(), version: 99 })],
]) {
  test(`corrupt progress (${name}) is backed up, reset and reported`, () => {
    const storage = new MemoryStorage({ [core.KEY]: raw });
    const got = core.load(storage, 42);
    assert.deepEqual(got.state, core.fresh());
    assert.ok(got.notice && got.notice.reason.length > 5);
    assert.equal(got.notice.backupKey, core.BACKUP_KEY);
    const backup = JSON.parse(storage.getItem(core.BACKUP_KEY));
    assert.equal(backup.raw, raw);
    assert.equal(backup.at, 42);
    assert.deepEqual(JSON.parse(storage.getItem(core.KEY)), core.fresh());
  });
}

test("a known migration upgrades old data instead of discarding it", () => {
  const old = JSON.stringify({ version: 0, answered: { "1.1-001": 1 } });
  const migrations = {
    0: (o) => ({ ...core.fresh(), answers: { "1.1-001": { n: 1, ok: o.answered["1.1-001"], last: 1, at: 0 } } }),
  };
  const got = core.load(new MemoryStorage({ [core.KEY]: old }), 1, migrations);
  assert.equal(got.notice, null);
  assert.equal(got.state.answers["1.1-001"].ok, 1);
});

test("storage that throws never breaks loading or saving", () => {
  const broken = { getItem() { throw new Error("denied"); }, setItem() { throw new Error("denied"); } };
  const got = core.load(broken, 1);
  assert.deepEqual(got.state, core.fresh());
  assert.ok(got.storageError);
  assert.equal(core.save(broken, core.fresh()), false);
});

test("an unfinished exam is valid stored state; a broken one is not", () => {
  const state = core.fresh();
  state.exam = { mode: "exam", ids: ["1.1-001"], order: { "1.1-001": [2, 0, 1, 3] }, responses: {},
    flagged: [], checked: [], elapsed: 1000, limit: 7800000, current: 0, plan: [] };
  assert.deepEqual(core.validate(state), []);
  state.exam.responses = { "1.1-001": ["a"] };
  assert.ok(core.validate(state).some((p) => p.includes("exam.responses")));
});

test("import accepts an export and rejects anything else with a reason", () => {
  const state = core.fresh();
  core.record(state, "2.1-001", true, 3);
  assert.deepEqual(core.parseImport(JSON.stringify(state)).state, state);
  assert.match(core.parseImport("nope").error, /not valid JSON/);
  assert.match(core.parseImport('{"version":1}').error, /not a progress export/);
});

test("stats and weakest skills", () => {
  const state = core.fresh();
  const questions = [
    { id: "1.1-001", task: "1.1", skills: ["1.1.1", "1.1.2"] },
    { id: "1.1-002", task: "1.1", skills: ["1.1.2"] },
    { id: "2.1-001", task: "2.1", skills: ["2.1.1"] },
  ];
  core.record(state, "1.1-001", true, 1);
  core.record(state, "1.1-002", false, 1);
  core.record(state, "1.1-002", false, 2);
  core.record(state, "2.1-001", false, 1);
  const s = core.stats(state, questions);
  assert.deepEqual([s.n, s.ok], [4, 1]);
  assert.deepEqual(s.tasks["1.1"], { n: 3, ok: 1, questions: 2 });
  assert.deepEqual(s.domains["2"], { n: 1, ok: 0, questions: 1 });
  const weak = core.weakest(s.skills, 3).map((w) => w.id);
  assert.deepEqual(weak, ["2.1.1", "1.1.2", "1.1.1"]);
});

test("Leitner: due cards only, lowest box first, new cards after box 1", () => {
  const cards = ["a", "b", "c", "d", "e"].map((id) => ({ id }));
  const now = 100 * core.DAY;
  const boxes = {
    a: { box: 3, due: now - 1 },
    b: { box: 1, due: now },
    c: { box: 2, due: now + core.DAY }, // not due yet
    // d and e are new
  };
  assert.deepEqual(core.cardOrder(cards, boxes, now).map((c) => c.id), ["b", "d", "e", "a"]);
  assert.deepEqual(core.cardOrder(cards, boxes, now, true).map((c) => c.id), ["b", "d", "e", "c", "a"]);
});

test("Leitner: knew it moves up a box and waits longer; didn't resets to box 1", () => {
  const boxes = {};
  const now = 1000;
  assert.deepEqual(core.rateCard(boxes, "x", true, now), { box: 2, due: now + core.DAY });
  assert.deepEqual(core.rateCard(boxes, "x", true, now), { box: 3, due: now + 3 * core.DAY });
  for (let i = 0; i < 5; i++) core.rateCard(boxes, "x", true, now);
  assert.equal(boxes.x.box, 5);
  assert.deepEqual(core.rateCard(boxes, "x", false, now), { box: 1, due: now });
  const counts = core.boxCounts([{ id: "x" }, { id: "y" }], boxes);
  assert.equal(counts[1], 1);
  assert.equal(counts[0], 1);
});

test("quiz pages are folders online and .html files in the offline build", () => {
  assert.equal(core.quizPath("1.1", "/"), "practice/quiz-1-1/");
  assert.equal(core.quizPath("4.5", ".html"), "practice/quiz-4-5.html");
  assert.equal(core.quizPath("2.3", null), "practice/quiz-2-3/");
});
