// The mock exam's pure logic: plan, time limit, drawing unseen questions first, history, trend.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const core = require("../../docs/assets/javascripts/practice-core.js");
const { DOMAINS, bank } = require("./bank.js");

const FMT = { questions_total: 65, minutes: 130, score_min: 100, score_max: 1000, passing_score: 720 };

const domainOf = (id) => Number(id[0]);

test("the plan of a full bank is 34/26/22/18 of 65 by largest remainder", () => {
  const shape = core.examPlan(DOMAINS, { 1: 100, 2: 80, 3: 70, 4: 60 }, 65);
  assert.deepEqual(shape.plan.map((p) => p.target), [22, 17, 14, 12]);
  assert.deepEqual(shape.plan.map((p) => p.drawn), [22, 17, 14, 12]);
  assert.equal(shape.size, 65);
  assert.equal(shape.short, false);
});

test("the plan of a growing bank says which domains fall short", () => {
  const shape = core.examPlan(DOMAINS, { 1: 75, 2: 9, 3: 8 }, 65);
  assert.deepEqual(shape.plan.map((p) => [p.available, p.drawn]), [[75, 22], [9, 9], [8, 8], [0, 0]]);
  assert.equal(shape.size, 39);
  assert.equal(shape.short, true);
});

test("a full attempt gets the real 130 minutes, a shorter one the same pace per question", () => {
  assert.equal(core.examLimit(FMT, 65), 130 * 60000);
  assert.equal(core.examLimit(FMT, 49), 98 * 60000);
  assert.equal(core.examLimit(FMT, 1), 2 * 60000);
  assert.equal(core.examLimit({ ...FMT, minutes: 1 }, 1), 60000, "never under a minute");
});

test("a seeded draw is repeatable and differs between seeds", () => {
  const questions = bank([40, 40, 40, 40]);
  const a = core.drawExam(questions, DOMAINS, 65, core.seeded(11), {});
  const b = core.drawExam(questions, DOMAINS, 65, core.seeded(11), {});
  const c = core.drawExam(questions, DOMAINS, 65, core.seeded(12), {});
  assert.deepEqual(a.ids, b.ids);
  assert.notDeepEqual(a.ids, c.ids);
});

test("attempts draw unseen questions first: no repeat until a domain's unseen pool runs out", () => {
  // 3.5 attempts' worth of questions per domain, so the pools run out at different attempts.
  const questions = bank([77, 60, 49, 42]);
  const SHARE = { 1: 22, 2: 17, 3: 14, 4: 12 };
  const seen = {};
  for (let attempt = 0; attempt < 8; attempt++) {
    const before = { ...seen };
    const draw = core.drawExam(questions, DOMAINS, 65, core.seeded(100 + attempt), seen);
    assert.equal(draw.ids.length, 65);
    assert.equal(new Set(draw.ids).size, 65, "no question twice in one attempt");
    for (const d of [1, 2, 3, 4]) {
      const drawn = draw.ids.filter((id) => domainOf(id) === d);
      const unseenBefore = questions.filter((q) => q.domain === d && !before[q.id]).length;
      const repeats = drawn.filter((id) => before[id]).length;
      // A repeat only once every unseen question of the domain is in this attempt.
      assert.equal(repeats, Math.max(0, drawn.length - unseenBefore), `attempt ${attempt + 1}, domain ${d}`);
    }
    core.countSeen(seen, draw.ids);
    // Coverage stays even: within a domain, seen counts differ by at most one.
    for (const d of [1, 2, 3, 4]) {
      const counts = questions.filter((q) => q.domain === d).map((q) => seen[q.id] || 0);
      assert.ok(Math.max(...counts) - Math.min(...counts) <= 1, `attempt ${attempt + 1}, domain ${d}: ${counts}`);
      assert.equal(counts.reduce((s, n) => s + n, 0), (attempt + 1) * SHARE[d]);
    }
  }
});

test("two attempts over an exactly double bank share no question", () => {
  const questions = bank([44, 34, 28, 24]);
  const seen = {};
  const first = core.drawExam(questions, DOMAINS, 65, core.seeded(3), seen);
  core.countSeen(seen, first.ids);
  const second = core.drawExam(questions, DOMAINS, 65, core.seeded(4), seen);
  assert.equal(second.ids.filter((id) => first.ids.includes(id)).length, 0);
  // A list of earlier ids (the version 1 call) still works.
  const third = core.drawExam(questions, DOMAINS, 65, core.seeded(5), first.ids);
  assert.equal(third.ids.filter((id) => first.ids.includes(id)).length, 0);
});

test("the history keeps the score, time and result per domain and task, capped", () => {
  const questions = bank([2, 1, 0, 0]);
  const byId = Object.fromEntries(questions.map((q) => [q.id, q]));
  const e = { mode: "exam", ids: questions.map((q) => q.id), elapsed: 61234.5, limit: 6 * 60000 };
  const responses = { [questions[0].id]: [0], [questions[2].id]: [1] };
  const r = core.scoreExam(e.ids, byId, responses, FMT);
  const entry = core.historyEntry(e, r, 99);
  assert.deepEqual(entry, { at: 99, mode: "exam", score: r.score, correct: 1, total: 3, elapsed: 61235,
    limit: 360000, domains: { 1: [1, 2], 2: [0, 1] }, tasks: { "1.1": [1, 2], "2.1": [0, 1] } });
  const state = core.fresh();
  for (let i = 0; i < core.HISTORY_MAX + 5; i++) core.addHistory(state, { ...entry, at: i });
  assert.equal(state.history.length, core.HISTORY_MAX);
  assert.equal(state.history[0].at, 5, "the oldest attempts go first");
  assert.deepEqual(core.validate(state), []);
});

test("the trend has a series per domain and one overall, oldest attempt first", () => {
  const history = [
    { at: 1, score: 500, correct: 10, total: 20 }, // version 1 entry: no per-domain result, skipped
    { at: 2, score: 600, correct: 12, total: 20, domains: { 1: [6, 10], 2: [6, 10] } },
    { at: 3, score: 800, correct: 16, total: 20, domains: { 1: [9, 10], 3: [7, 10] } },
  ];
  const series = core.trend(history, DOMAINS);
  assert.deepEqual(series.map((s) => s.domain), [1, 2, 3, 4, "all"]);
  assert.deepEqual(series[0].points.map((p) => [p.attempt, p.percent]), [[0, 60], [1, 90]]);
  assert.deepEqual(series[1].points.map((p) => p.attempt), [0]);
  assert.deepEqual(series[2].points.map((p) => p.attempt), [1]);
  assert.deepEqual(series[3].points, []);
  assert.deepEqual(series[4].points.map((p) => [p.percent, p.score]), [[60, 600], [80, 800]]);
  assert.deepEqual(core.trend(history, DOMAINS, 1)[0].points.map((p) => p.percent), [90]);
});
