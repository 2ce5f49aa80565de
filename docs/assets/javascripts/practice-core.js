/* Practice engine: pure logic, no DOM. Loaded by the browser (as window.DeaCore) and by
   Node's test runner (require), so every rule here is tested without a browser:
   drawing questions by domain weight, shuffling options with the answer mapping, scoring and
   the scaled-score estimate, stored progress (validation, migration, corruption), and the
   Leitner order of the flashcards. */
(function (root, factory) {
  if (typeof module === "object" && module.exports) module.exports = factory();
  else root.DeaCore = factory();
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  var KEY = "dea-c01-guide:v1";
  var BACKUP_KEY = "dea-c01-guide:backup";
  var VERSION = 1;
  var DAY = 86400000;

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

  /* Draw an exam: per domain, its weighted share, or every question it has when it has fewer
     (the plan says so, and the start screen shows it). Questions of the previous attempt are
     drawn last, so a new attempt differs whenever the bank allows. */
  function drawExam(questions, domains, total, rng, previousIds) {
    rng = rng || Math.random;
    var previous = {};
    (previousIds || []).forEach(function (id) { previous[id] = true; });
    var want = targetCounts(domains, total);
    var plan = [];
    var ids = [];
    domains.forEach(function (d) {
      var pool = questions.filter(function (q) { return q.domain === d.id; });
      var fresh = shuffle(pool.filter(function (q) { return !previous[q.id]; }), rng);
      var old = shuffle(pool.filter(function (q) { return previous[q.id]; }), rng);
      var picked = fresh.concat(old).slice(0, want[d.id]);
      plan.push({ domain: d.id, weight: d.weight, target: want[d.id], available: pool.length, drawn: picked.length });
      picked.forEach(function (q) { ids.push(q.id); });
    });
    return { ids: shuffle(ids, rng), plan: plan, short: plan.some(function (p) { return p.drawn < p.target; }) };
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

  /* ---- stored progress ------------------------------------------------------------- */

  function fresh() {
    return { version: VERSION, answers: {}, exam: null, lastExam: null, history: [], cards: {} };
  }

  function isObj(v) { return v !== null && typeof v === "object" && !Array.isArray(v); }
  function isInt(v, min) { return typeof v === "number" && isFinite(v) && Math.floor(v) === v && v >= (min || 0); }
  function isNum(v) { return typeof v === "number" && isFinite(v); }
  function isStrList(v) { return Array.isArray(v) && v.every(function (x) { return typeof x === "string"; }); }
  function isIntList(v) { return Array.isArray(v) && v.every(function (x) { return isInt(x, 0); }); }

  function checkExam(e, where, problems) {
    if (e === null) return;
    if (!isObj(e)) { problems.push(where + " is not an object"); return; }
    if (e.mode !== "exam" && e.mode !== "practice") problems.push(where + ".mode is not exam or practice");
    if (!isStrList(e.ids) || !e.ids.length) problems.push(where + ".ids is not a list of question ids");
    if (!isObj(e.order) || !Object.keys(e.order).every(function (k) { return isIntList(e.order[k]); }))
      problems.push(where + ".order is not a map of option orders");
    if (!isObj(e.responses) || !Object.keys(e.responses).every(function (k) { return isIntList(e.responses[k]); }))
      problems.push(where + ".responses is not a map of answers");
    if (!isStrList(e.flagged)) problems.push(where + ".flagged is not a list");
    if (!isStrList(e.checked)) problems.push(where + ".checked is not a list");
    if (!isNum(e.elapsed) || e.elapsed < 0) problems.push(where + ".elapsed is not a duration");
    if (!isNum(e.limit) || e.limit <= 0) problems.push(where + ".limit is not a duration");
    if (!isInt(e.current, 0)) problems.push(where + ".current is not a position");
    if (!Array.isArray(e.plan)) problems.push(where + ".plan is not a list");
  }

  // Every problem found, as readable strings; an empty list means the value is usable.
  function validate(s) {
    var problems = [];
    if (!isObj(s)) return ["the stored value is not an object"];
    if (s.version !== VERSION) problems.push("version is " + JSON.stringify(s.version) + ", expected " + VERSION);
    if (!isObj(s.answers)) problems.push("answers is not an object");
    else Object.keys(s.answers).forEach(function (id) {
      var a = s.answers[id];
      if (!isObj(a) || !isInt(a.n, 1) || !isInt(a.ok, 0) || a.ok > a.n || (a.last !== 0 && a.last !== 1) || !isNum(a.at))
        problems.push("answers[" + id + "] is malformed");
    });
    checkExam(s.exam, "exam", problems);
    checkExam(s.lastExam, "lastExam", problems);
    if (!Array.isArray(s.history)) problems.push("history is not a list");
    else s.history.forEach(function (h, i) {
      if (!isObj(h) || !isNum(h.at) || !isInt(h.score, 0) || !isInt(h.correct, 0) || !isInt(h.total, 0))
        problems.push("history[" + i + "] is malformed");
    });
    if (!isObj(s.cards)) problems.push("cards is not an object");
    else Object.keys(s.cards).forEach(function (id) {
      var c = s.cards[id];
      if (!isObj(c) || !isInt(c.box, 1) || c.box > 5 || !isNum(c.due)) problems.push("cards[" + id + "] is malformed");
    });
    return problems;
  }

  /* Upgrades from older versions, keyed by the version they upgrade FROM. None exist yet:
     version 1 is the first. Add one here (with a test) whenever the shape changes. */
  var MIGRATIONS = {};

  function migrate(obj, migrations) {
    migrations = migrations || MIGRATIONS;
    var guard = 0;
    while (isObj(obj) && obj.version !== VERSION && migrations[obj.version] && guard++ < 20) {
      obj = migrations[obj.version](obj);
    }
    return obj;
  }

  /* Read progress from a Storage-like object. Never throws: unreadable data is copied to the
     backup key with the reason, progress restarts empty, and `notice` says what happened. */
  function load(storage, now, migrations) {
    var raw;
    try { raw = storage.getItem(KEY); } catch (e) {
      return { state: fresh(), notice: null, storageError: "your browser does not allow this site to store data" };
    }
    if (raw === null || raw === undefined) return { state: fresh(), notice: null };
    var reason = null, obj = null;
    try { obj = JSON.parse(raw); } catch (e) { reason = "it is not valid JSON"; }
    if (!reason) {
      if (isObj(obj) && typeof obj.version === "number" && obj.version > VERSION) {
        reason = "it was saved by a newer version of this site (version " + obj.version + ")";
      } else {
        obj = migrate(obj, migrations);
        var problems = validate(obj);
        if (problems.length) {
          reason = isObj(obj) && obj.version !== VERSION
            ? "it was saved in an old format (version " + JSON.stringify(obj.version) + ")"
            : "it is damaged: " + problems.slice(0, 3).join("; ");
        }
      }
    }
    if (!reason) return { state: obj, notice: null };
    var backedUp = true;
    try {
      storage.setItem(BACKUP_KEY, JSON.stringify({ at: now, reason: reason, raw: raw }));
      storage.setItem(KEY, JSON.stringify(fresh()));
    } catch (e) { backedUp = false; }
    return { state: fresh(), notice: { reason: reason, backupKey: backedUp ? BACKUP_KEY : null } };
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

  /* A task's quiz page from the site root: folder URLs normally ("/"), x.html in the offline
     build (".html"), which names every page as a file. */
  function quizPath(taskId, suffix) {
    return "practice/quiz-" + taskId.replace(".", "-") + (suffix || "/");
  }

  return {
    KEY: KEY, BACKUP_KEY: BACKUP_KEY, VERSION: VERSION, DAY: DAY, INTERVAL_DAYS: INTERVAL_DAYS,
    seeded: seeded, shuffle: shuffle, permutation: permutation, toOriginal: toOriginal,
    choose: choose, isCorrect: isCorrect, targetCounts: targetCounts, drawExam: drawExam,
    scaledScore: scaledScore, percentFor: percentFor, scoreExam: scoreExam,
    fresh: fresh, validate: validate, migrate: migrate, load: load, save: save,
    parseImport: parseImport, record: record, stats: stats, weakest: weakest,
    cardOrder: cardOrder, rateCard: rateCard, boxCounts: boxCounts, quizPath: quizPath,
  };
});
