/* Practice engine: pure logic, no DOM. Loaded by the browser (as window.DeaCore) and by
   Node's test runner (require), so every rule here is tested without a browser:
   drawing questions by domain weight (unseen questions first), shuffling options with the answer
   mapping, scoring and the scaled-score estimate, the history of attempts, quiz rounds, stored
   progress (validation, migration, corruption, restoring a damaged copy), and the Leitner order
   of the flashcards. */
(function (root, factory) {
  if (typeof module === "object" && module.exports) module.exports = factory();
  else root.DeaCore = factory();
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  var KEY = "dea-c01-guide:v1";
  var BACKUP_KEY = "dea-c01-guide:backup";
  var VERSION = 2;
  var DAY = 86400000;
  var HISTORY_MAX = 50; // attempts kept in the history

  /* ---- randomness ------------------------------------------------------------------ */

  // Small seeded generator (mulberry32) so tests can fix the draw; the browser passes Math.random.
  function seeded(seed) {
    var a = seed >>> 0;
    return function () {
      a = (a + 0x6d2b79f5) >>> 0;
      var t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  function shuffle(list, rng) {
    var out = list.slice();
    for (var i = out.length - 1; i > 0; i--) {
      var j = Math.floor((rng || Math.random)() * (i + 1));
      var tmp = out[i]; out[i] = out[j]; out[j] = tmp;
    }
    return out;
  }

  /* A permutation of option indices: shown position p displays original option perm[p].
     Answers are always stored and scored as ORIGINAL indices, so shuffling never moves the key. */
  function permutation(n, rng) {
    var idx = [];
    for (var i = 0; i < n; i++) idx.push(i);
    return shuffle(idx, rng);
  }

  function toOriginal(perm, shownPositions) {
    return shownPositions.map(function (p) { return perm[p]; }).sort(function (a, b) { return a - b; });
  }

  /* ---- questions and scoring ------------------------------------------------------- */

  function choose(q) { return q.answer.length; }

  function isCorrect(q, picked) {
    if (!picked || picked.length !== q.answer.length) return false;
    var want = q.answer.slice().sort(function (a, b) { return a - b; });
    var got = picked.slice().sort(function (a, b) { return a - b; });
    for (var i = 0; i < want.length; i++) if (want[i] !== got[i]) return false;
    return true;
  }

  // Largest-remainder apportionment: counts add up to total exactly and follow the weights.
  function targetCounts(domains, total) {
    var weightSum = domains.reduce(function (s, d) { return s + d.weight; }, 0);
    var rows = domains.map(function (d, i) {
      var exact = (total * d.weight) / weightSum;
      return { id: d.id, count: Math.floor(exact), rest: exact - Math.floor(exact), i: i };
    });
    var left = total - rows.reduce(function (s, r) { return s + r.count; }, 0);
    rows.slice().sort(function (a, b) { return b.rest - a.rest || a.i - b.i; })
      .slice(0, left).forEach(function (r) { r.count += 1; });
    var out = {};
    rows.forEach(function (r) { out[r.id] = r.count; });
    return out;
  }

  /* What an attempt holds per domain: its weighted share of `total` (target), the questions the
     bank has (available) and what is drawn: the share, or all the bank has when it has fewer.
     counts: domain id -> questions in the bank. */
  function examPlan(domains, counts, total) {
    var want = targetCounts(domains, total);
    var plan = domains.map(function (d) {
      var available = counts[d.id] || 0;
      return { domain: d.id, weight: d.weight, target: want[d.id], available: available, drawn: Math.min(available, want[d.id]) };
    });
    var drawn = plan.reduce(function (s, p) { return s + p.drawn; }, 0);
    return { plan: plan, size: drawn, short: plan.some(function (p) { return p.drawn < p.target; }) };
  }

  /* Time for an attempt: the real exam's minutes for a full attempt, the same pace per question
     for a shorter one (while the bank is growing), rounded to whole minutes. */
  function examLimit(fmt, size) {
    var minutes = size >= fmt.questions_total ? fmt.minutes : Math.max(1, Math.round((fmt.minutes * size) / fmt.questions_total));
    return minutes * 60000;
  }

  /* Draw an exam by domain weight. seen: question id -> how many earlier attempts drew it (a
     list of ids counts 1 each). Within a domain the least-seen questions come first, so no
     question repeats until every question of its domain has been drawn, and coverage stays
     even after that; ties are broken at random. */
  function drawExam(questions, domains, total, rng, seen) {
    rng = rng || Math.random;
    var times = {};
    if (Array.isArray(seen)) seen.forEach(function (id) { times[id] = (times[id] || 0) + 1; });
    else if (seen) times = seen;
    var counts = {};
    questions.forEach(function (q) { counts[q.domain] = (counts[q.domain] || 0) + 1; });
    var shape = examPlan(domains, counts, total);
    var ids = [];
    shape.plan.forEach(function (p) {
      var pool = shuffle(questions.filter(function (q) { return q.domain === p.domain; }), rng)
        .map(function (q, i) { return { id: q.id, n: times[q.id] || 0, i: i }; })
        .sort(function (a, b) { return a.n - b.n || a.i - b.i; });
      pool.slice(0, p.drawn).forEach(function (x) { ids.push(x.id); });
    });
    return { ids: shuffle(ids, rng), plan: shape.plan, short: shape.short };
  }

  function countSeen(seen, ids) {
    ids.forEach(function (id) { seen[id] = (seen[id] || 0) + 1; });
    return seen;
  }

  // Linear estimate: 0% correct -> score_min, 100% -> score_max. Labelled an estimate in the UI.
  function scaledScore(correct, total, fmt) {
    if (!total) return fmt.score_min;
    return Math.round(fmt.score_min + ((fmt.score_max - fmt.score_min) * correct) / total);
  }

  function percentFor(score, fmt) {
    return (100 * (score - fmt.score_min)) / (fmt.score_max - fmt.score_min);
  }

  /* Score a finished exam. byId: question id -> question; responses: id -> original indices. */
  function scoreExam(ids, byId, responses, fmt) {
    var domains = {}, tasks = {}, correct = 0, answered = 0, results = {};
    ids.forEach(function (id) {
      var q = byId[id];
      if (!q) return;
      var picked = responses[id] || [];
      var ok = isCorrect(q, picked);
      results[id] = ok;
      if (picked.length) answered++;
      if (ok) correct++;
      [[domains, q.domain], [tasks, q.task]].forEach(function (pair) {
        var row = pair[0][pair[1]] || (pair[0][pair[1]] = { correct: 0, total: 0 });
        row.total++;
        if (ok) row.correct++;
      });
    });
    var total = ids.filter(function (id) { return byId[id]; }).length;
    var score = scaledScore(correct, total, fmt);
    return {
      correct: correct, total: total, answered: answered, score: score,
      passed: score >= fmt.passing_score, byDomain: domains, byTask: tasks, results: results,
    };
  }

  /* One line of the history of attempts: the score, time used and the result per domain and per
     task as [correct, total], so that the trend per domain can be drawn later. */
  function historyEntry(e, r, at) {
    function pairs(map) {
      var out = {};
      Object.keys(map).forEach(function (k) { out[k] = [map[k].correct, map[k].total]; });
      return out;
    }
    return { at: at, mode: e.mode, score: r.score, correct: r.correct, total: r.total,
      elapsed: Math.round(e.elapsed), limit: e.limit, domains: pairs(r.byDomain), tasks: pairs(r.byTask) };
  }

  /* Accuracy per domain across attempts, oldest first, for the trend chart: one series per
     domain, a point per attempt that had questions of it (percent correct, 0-100). */
  function trend(history, domains, last) {
    var rows = history.filter(function (x) { return x.domains; });
    if (last) rows = rows.slice(-last);
    return domains.map(function (d) {
      var points = [];
      rows.forEach(function (x, i) {
        var p = x.domains[d.id];
        if (p && p[1]) points.push({ attempt: i, at: x.at, percent: Math.round((100 * p[0]) / p[1]), correct: p[0], total: p[1] });
      });
      return { domain: d.id, points: points };
    }).concat([{ domain: "all", points: rows.map(function (x, i) {
      return { attempt: i, at: x.at, percent: x.total ? Math.round((100 * x.correct) / x.total) : 0, correct: x.correct, total: x.total, score: x.score };
    }) }]);
  }

  /* ---- quiz rounds ----------------------------------------------------------------- */

  /* A round of a quiz: its questions in order, each one's option order, what was picked and
     whether it was checked right (1) or wrong (0). firstOrder keeps the option order the page
     was built with for the first question, so the script shows exactly what was drawn. */
  function newRound(questions, rng, firstOrder) {
    var order = {};
    questions.forEach(function (q, i) {
      order[q.id] = i === 0 && firstOrder && firstOrder.length === q.choices.length ? firstOrder.slice() : permutation(q.choices.length, rng);
    });
    return { ids: questions.map(function (q) { return q.id; }), order: order, picked: {}, checked: {}, current: 0 };
  }

  function roundSummary(round) {
    var checked = Object.keys(round.checked);
    var missed = round.ids.filter(function (id) { return round.checked[id] === 0; });
    return { total: round.ids.length, checked: checked.length, right: checked.length - missed.length,
      missed: missed, done: checked.length === round.ids.length };
  }

  /* A stored round still fits the bank: every question exists with the same number of options.
     Returns the round, or null when it no longer fits (the quiz then starts afresh). */
  function roundFits(round, byId) {
    if (!round || !round.ids.length) return null;
    var ok = round.ids.every(function (id) { return byId[id] && round.order[id] && round.order[id].length === byId[id].choices.length; });
    if (!ok) return null;
    // current === ids.length is the end-of-round summary.
    if (round.current > round.ids.length) round.current = 0;
    return round;
  }

  /* ---- stored progress ------------------------------------------------------------- */

  function fresh() {
    return { version: VERSION, answers: {}, exam: null, lastExam: null, history: [], cards: {}, seen: {}, quizzes: {} };
  }

  function isObj(v) { return v !== null && typeof v === "object" && !Array.isArray(v); }
  function isInt(v, min) { return typeof v === "number" && isFinite(v) && Math.floor(v) === v && v >= (min || 0); }
  function isNum(v) { return typeof v === "number" && isFinite(v); }
  function isStrList(v) { return Array.isArray(v) && v.every(function (x) { return typeof x === "string"; }); }
  function isIntList(v) { return Array.isArray(v) && v.every(function (x) { return isInt(x, 0); }); }

  function isIntMap(v) { return isObj(v) && Object.keys(v).every(function (k) { return isIntList(v[k]); }); }
  function isPairMap(v) {
    return isObj(v) && Object.keys(v).every(function (k) {
      var p = v[k];
      return Array.isArray(p) && p.length === 2 && isInt(p[0], 0) && isInt(p[1], 0) && p[0] <= p[1];
    });
  }

  function checkExam(e, where, problems) {
    if (e === null) return;
    if (!isObj(e)) { problems.push(where + " is not an object"); return; }
    if (e.mode !== "exam" && e.mode !== "practice") problems.push(where + ".mode is not exam or practice");
    if (!isStrList(e.ids) || !e.ids.length) problems.push(where + ".ids is not a list of question ids");
    if (!isIntMap(e.order)) problems.push(where + ".order is not a map of option orders");
    if (!isIntMap(e.responses)) problems.push(where + ".responses is not a map of answers");
    if (!isStrList(e.flagged)) problems.push(where + ".flagged is not a list");
    if (!isStrList(e.checked)) problems.push(where + ".checked is not a list");
    if (!isNum(e.elapsed) || e.elapsed < 0) problems.push(where + ".elapsed is not a duration");
    if (!isNum(e.limit) || e.limit <= 0) problems.push(where + ".limit is not a duration");
    if (!isInt(e.current, 0)) problems.push(where + ".current is not a position");
    if (!Array.isArray(e.plan)) problems.push(where + ".plan is not a list");
  }

  // One entry of each kind, checked on its own so that a damaged copy can be partly restored.
  var ENTRY = {
    answers: function (a) {
      return isObj(a) && isInt(a.n, 1) && isInt(a.ok, 0) && a.ok <= a.n && (a.last === 0 || a.last === 1) && isNum(a.at);
    },
    cards: function (c) { return isObj(c) && isInt(c.box, 1) && c.box <= 5 && isNum(c.due); },
    seen: function (n) { return isInt(n, 1); },
    quizzes: function (r) {
      return isObj(r) && isStrList(r.ids) && r.ids.length > 0 && isIntMap(r.order) && isIntMap(r.picked) &&
        isObj(r.checked) && Object.keys(r.checked).every(function (k) { return r.checked[k] === 0 || r.checked[k] === 1; }) &&
        isInt(r.current, 0);
    },
    history: function (x) {
      return isObj(x) && isNum(x.at) && isInt(x.score, 0) && isInt(x.correct, 0) && isInt(x.total, 0) &&
        (x.domains === undefined || isPairMap(x.domains)) && (x.tasks === undefined || isPairMap(x.tasks)) &&
        (x.elapsed === undefined || (isNum(x.elapsed) && x.elapsed >= 0)) && (x.limit === undefined || (isNum(x.limit) && x.limit > 0));
    },
  };
  var MAPS = ["answers", "cards", "seen", "quizzes"];

  // Every problem found, as readable strings; an empty list means the value is usable.
  function validate(s) {
    var problems = [];
    if (!isObj(s)) return ["the stored value is not an object"];
    if (s.version !== VERSION) problems.push("version is " + JSON.stringify(s.version) + ", expected " + VERSION);
    MAPS.forEach(function (name) {
      if (!isObj(s[name])) { problems.push(name + " is not an object"); return; }
      Object.keys(s[name]).forEach(function (id) {
        if (!ENTRY[name](s[name][id])) problems.push(name + "[" + id + "] is malformed");
      });
    });
    checkExam(s.exam, "exam", problems);
    checkExam(s.lastExam, "lastExam", problems);
    if (!Array.isArray(s.history)) problems.push("history is not a list");
    else s.history.forEach(function (h, i) { if (!ENTRY.history(h)) problems.push("history[" + i + "] is malformed"); });
    return problems;
  }

  /* Upgrades from older versions, keyed by the version they upgrade FROM. Add one here (with a
     test) whenever the shape changes. */
  var MIGRATIONS = {
    // 1 -> 2: mock exams remember every question drawn (seen), quizzes keep their round.
    1: function (o) {
      var out = {};
      Object.keys(o).forEach(function (k) { out[k] = o[k]; });
      out.version = 2;
      out.seen = {};
      [o.lastExam, o.exam].forEach(function (e) {
        if (isObj(e) && isStrList(e.ids)) countSeen(out.seen, e.ids);
      });
      out.quizzes = {};
      return out;
    },
  };

  function migrate(obj, migrations) {
    migrations = migrations || MIGRATIONS;
    var guard = 0;
    while (isObj(obj) && obj.version !== VERSION && migrations[obj.version] && guard++ < 20) {
      obj = migrations[obj.version](obj);
    }
    return obj;
  }

  /* Why stored progress could not be used, in words for a learner (kind) and for a bug report
     (reason). */
  function diagnose(raw, migrations) {
    var obj;
    try { obj = JSON.parse(raw); } catch (e) { return { kind: "damaged", reason: "it is not valid JSON" }; }
    if (isObj(obj) && typeof obj.version === "number" && obj.version > VERSION)
      return { kind: "newer", reason: "it was saved by a newer version of this site (version " + obj.version + ")", obj: obj };
    obj = migrate(obj, migrations);
    var problems = validate(obj);
    if (!problems.length) return { obj: obj };
    if (isObj(obj) && obj.version !== VERSION)
      return { kind: "older", reason: "it was saved in an old format (version " + JSON.stringify(obj.version) + ")", obj: obj };
    return { kind: "damaged", reason: "it is damaged: " + problems.slice(0, 3).join("; "), obj: obj };
  }

  /* Read progress from a Storage-like object. Never throws: unreadable data is copied to the
     backup key with the reason (pending until the learner restores it or starts fresh),
     progress restarts empty, and `notice` says what happened. */
  function load(storage, now, migrations) {
    var raw;
    try { raw = storage.getItem(KEY); } catch (e) {
      return { state: fresh(), notice: null, storageError: "your browser does not allow this site to store data" };
    }
    if (raw === null || raw === undefined) return { state: fresh(), notice: null };
    var found = diagnose(raw, migrations);
    if (!found.kind) return { state: found.obj, notice: null };
    var backedUp = true;
    try {
      storage.setItem(BACKUP_KEY, JSON.stringify({ at: now, kind: found.kind, reason: found.reason, raw: raw, pending: true }));
      storage.setItem(KEY, JSON.stringify(fresh()));
    } catch (e) { backedUp = false; }
    return { state: fresh(), notice: { kind: found.kind, reason: found.reason, backupKey: backedUp ? BACKUP_KEY : null } };
  }

  /* The kept copy that still waits for the learner's choice, or null. */
  function pendingBackup(storage) {
    try {
      var b = JSON.parse(storage.getItem(BACKUP_KEY));
      return isObj(b) && b.pending && typeof b.raw === "string" ? b : null;
    } catch (e) { return null; }
  }

  function settleBackup(storage) {
    var b = pendingBackup(storage);
    if (!b) return;
    b.pending = false;
    try { storage.setItem(BACKUP_KEY, JSON.stringify(b)); } catch (e) { /* nothing more to do */ }
  }

  /* Whatever can still be used in a damaged or unreadable value: every entry that passes its own
     check, the rest dropped. Returns {state, kept, dropped} or null when nothing is readable. */
  function salvage(raw, migrations) {
    var obj;
    try { obj = JSON.parse(raw); } catch (e) { return null; }
    if (!isObj(obj)) return null;
    if (!(typeof obj.version === "number" && obj.version > VERSION)) obj = migrate(obj, migrations);
    var out = fresh(), kept = 0, dropped = 0;
    MAPS.forEach(function (name) {
      if (!isObj(obj[name])) return;
      Object.keys(obj[name]).forEach(function (id) {
        if (ENTRY[name](obj[name][id])) { out[name][id] = obj[name][id]; kept++; } else dropped++;
      });
    });
    if (Array.isArray(obj.history)) obj.history.forEach(function (x) { if (ENTRY.history(x)) { out.history.push(x); kept++; } else dropped++; });
    ["exam", "lastExam"].forEach(function (name) {
      var problems = [];
      checkExam(obj[name] === undefined ? null : obj[name], name, problems);
      if (!problems.length && obj[name]) { out[name] = obj[name]; kept++; } else if (problems.length) dropped++;
    });
    return { state: out, kept: kept, dropped: dropped };
  }

  /* Progress made since the copy was kept, merged with what the copy holds: answer counts add
     up, history and seen counts join, and where both hold the same card, quiz round or exam the
     newer value (current) wins. */
  function merge(current, restored) {
    var out = fresh();
    Object.keys(restored.answers).concat(Object.keys(current.answers)).forEach(function (id) {
      if (out.answers[id]) return;
      var a = restored.answers[id], b = current.answers[id];
      if (!a || !b) { out.answers[id] = a || b; return; }
      var later = b.at >= a.at ? b : a;
      out.answers[id] = { n: a.n + b.n, ok: a.ok + b.ok, last: later.last, at: later.at };
    });
    ["cards", "quizzes"].forEach(function (name) {
      Object.keys(restored[name]).forEach(function (k) { out[name][k] = restored[name][k]; });
      Object.keys(current[name]).forEach(function (k) { out[name][k] = current[name][k]; });
    });
    [restored.seen, current.seen].forEach(function (s) {
      Object.keys(s).forEach(function (id) { out.seen[id] = (out.seen[id] || 0) + s[id]; });
    });
    var times = {};
    out.history = restored.history.concat(current.history).filter(function (x) {
      if (times[x.at]) return false;
      times[x.at] = true;
      return true;
    }).sort(function (x, y) { return x.at - y.at; }).slice(-HISTORY_MAX);
    out.exam = current.exam || restored.exam;
    out.lastExam = current.lastExam || restored.lastExam;
    return out;
  }

  /* Restore the pending copy into `current`. Returns {state, kept, dropped} (the copy was
     settled) or {error} when nothing in it could be read. */
  function restoreBackup(storage, current, migrations) {
    var b = pendingBackup(storage);
    if (!b) return { error: "there is no kept copy to restore" };
    var got = salvage(b.raw, migrations);
    if (!got || !got.kept) return { error: "nothing in the kept copy could be read" };
    var state = merge(current, got.state);
    settleBackup(storage);
    return { state: state, kept: got.kept, dropped: got.dropped };
  }

  function save(storage, state) {
    try { storage.setItem(KEY, JSON.stringify(state)); return true; } catch (e) { return false; }
  }

  /* Parse and check an imported file's text: {state} or {error}. */
  function parseImport(text) {
    var obj;
    try { obj = JSON.parse(text); } catch (e) { return { error: "the file is not valid JSON" }; }
    if (isObj(obj) && obj.version !== VERSION) obj = migrate(obj);
    var problems = validate(obj);
    if (problems.length) return { error: "the file is not a progress export of this site: " + problems.slice(0, 3).join("; ") };
    return { state: obj };
  }

  function addHistory(state, entry) {
    state.history.push(entry);
    while (state.history.length > HISTORY_MAX) state.history.shift();
    return state.history;
  }

  function record(state, id, ok, now) {
    var a = state.answers[id] || { n: 0, ok: 0, last: 0, at: now };
    a.n += 1;
    if (ok) a.ok += 1;
    a.last = ok ? 1 : 0;
    a.at = now;
    state.answers[id] = a;
    return a;
  }

  /* Accuracy per domain, task and skill from the stored answers. questions: [{id, task, skills}] */
  function stats(state, questions) {
    var out = { domains: {}, tasks: {}, skills: {}, n: 0, ok: 0 };
    function add(map, key, a) {
      var row = map[key] || (map[key] = { n: 0, ok: 0, questions: 0 });
      row.n += a.n; row.ok += a.ok; row.questions += 1;
    }
    questions.forEach(function (q) {
      var a = state.answers[q.id];
      if (!a) return;
      out.n += a.n; out.ok += a.ok;
      add(out.domains, q.task.split(".")[0], a);
      add(out.tasks, q.task, a);
      q.skills.forEach(function (s) { add(out.skills, s, a); });
    });
    return out;
  }

  // Lowest accuracy first; among equals, more attempts first (a firmer signal), then skill id.
  function weakest(skillStats, limit) {
    return Object.keys(skillStats).map(function (id) {
      var r = skillStats[id];
      return { id: id, n: r.n, ok: r.ok, accuracy: r.ok / r.n };
    }).sort(function (a, b) {
      return a.accuracy - b.accuracy || b.n - a.n || a.id.localeCompare(b.id, "en", { numeric: true });
    }).slice(0, limit || 5);
  }

  /* ---- flashcards: Leitner boxes --------------------------------------------------- */

  // Days until a card in box b comes back after "knew it"; box 1 means "later this session".
  var INTERVAL_DAYS = { 1: 0, 2: 1, 3: 3, 4: 7, 5: 14 };

  /* The cards due now, lowest box first, new cards after box 1, then earliest due; the deck's
     own order breaks ties so that the order is stable. With all=true every card is returned. */
  function cardOrder(cards, boxes, now, all) {
    return cards.map(function (c, i) {
      var b = boxes[c.id];
      return { card: c, box: b ? b.box : 0, due: b ? b.due : 0, i: i };
    }).filter(function (x) { return all || x.due <= now; })
      .sort(function (a, b) {
        var ra = a.box === 0 ? 1.5 : a.box, rb = b.box === 0 ? 1.5 : b.box;
        return ra - rb || a.due - b.due || a.i - b.i;
      }).map(function (x) { return x.card; });
  }

  function rateCard(boxes, id, knew, now) {
    var current = boxes[id] ? boxes[id].box : 1;
    var box = knew ? Math.min(current + 1, 5) : 1;
    // A new card answered right goes to box 2, like one that was in box 1.
    boxes[id] = { box: box, due: now + INTERVAL_DAYS[box] * DAY };
    return boxes[id];
  }

  function boxCounts(cards, boxes) {
    var counts = { 0: 0, 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
    cards.forEach(function (c) { counts[boxes[c.id] ? boxes[c.id].box : 0] += 1; });
    return counts;
  }

  /* How well the cards of a deck are known, in words rather than box numbers: new (never
     rated), learning (box 1: missed last time), getting there (boxes 2-3), known (boxes 4-5). */
  function cardLevels(cards, boxes) {
    var out = { fresh: 0, learning: 0, middle: 0, known: 0 };
    cards.forEach(function (c) {
      var b = boxes[c.id] ? boxes[c.id].box : 0;
      out[b === 0 ? "fresh" : b === 1 ? "learning" : b <= 3 ? "middle" : "known"] += 1;
    });
    return out;
  }

  /* The cards of a deck: "all", "domain:2", "task:2.1" or "service:<id>", optionally one kind
     ("signal" or "fact"). Cards carry tags: their kind, service ids and task-<id>. */
  function deck(cards, choice, kind) {
    var parts = String(choice || "all").split(":"), by = parts[0], value = parts.slice(1).join(":");
    return cards.filter(function (c) {
      if (kind && kind !== "all" && c.tags.indexOf(kind) < 0) return false;
      if (by === "domain") return c.tags.some(function (t) { return t.indexOf("task-" + value + ".") === 0; });
      if (by === "task") return c.tags.indexOf("task-" + value) >= 0;
      if (by === "service") return c.tags.indexOf(value) >= 0;
      return true;
    });
  }

  /* A task's quiz page from the site root: folder URLs normally ("/"), x.html in the offline
     build (".html"), which names every page as a file. */
  function quizPath(taskId, suffix) {
    return "practice/quiz-" + taskId.replace(".", "-") + (suffix || "/");
  }

  return {
    KEY: KEY, BACKUP_KEY: BACKUP_KEY, VERSION: VERSION, DAY: DAY, INTERVAL_DAYS: INTERVAL_DAYS,
    HISTORY_MAX: HISTORY_MAX, MIGRATIONS: MIGRATIONS,
    seeded: seeded, shuffle: shuffle, permutation: permutation, toOriginal: toOriginal,
    choose: choose, isCorrect: isCorrect, targetCounts: targetCounts, examPlan: examPlan,
    examLimit: examLimit, drawExam: drawExam, countSeen: countSeen,
    scaledScore: scaledScore, percentFor: percentFor, scoreExam: scoreExam,
    historyEntry: historyEntry, trend: trend, newRound: newRound, roundSummary: roundSummary,
    roundFits: roundFits,
    fresh: fresh, validate: validate, migrate: migrate, load: load, save: save,
    pendingBackup: pendingBackup, settleBackup: settleBackup, salvage: salvage, merge: merge,
    restoreBackup: restoreBackup,
    parseImport: parseImport, record: record, stats: stats, weakest: weakest,
    cardOrder: cardOrder, rateCard: rateCard, boxCounts: boxCounts, cardLevels: cardLevels, deck: deck,
    addHistory: addHistory, quizPath: quizPath,
  };
});
