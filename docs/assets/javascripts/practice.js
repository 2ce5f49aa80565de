/* Practice tools in the page: quiz, mock exam, flashcards, progress. Vanilla JS, no network.
   Each tool finds its container (.dea-practice[data-kind]) and the JSON embedded in it. Material's
   instant navigation swaps pages without reloading scripts, so init() runs on every page through
   the theme's document$ observable; it first stops the previous page's timers. Data strings are
   always inserted as text, never as HTML. */
(function () {
  "use strict";
  var C = window.DeaCore;
  if (!C) return;

  var cleanups = [];
  var store = null;
  var uid = 0;

  /* ---- small helpers --------------------------------------------------------------- */

  function h(tag, attrs, kids) {
    var el = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      var v = attrs[k];
      if (v === null || v === undefined || v === false) return;
      if (k === "text") el.textContent = v;
      else if (k.slice(0, 2) === "on") el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, v === true ? "" : v);
    });
    (kids || []).forEach(function (kid) {
      if (kid !== null && kid !== undefined && kid !== false)
        el.appendChild(typeof kid === "string" ? document.createTextNode(kid) : kid);
    });
    return el;
  }
  function btn(label, onclick, cls, attrs) {
    var a = attrs || {};
    a.type = "button";
    a.class = "md-button dea-btn" + (cls ? " " + cls : "");
    a.onclick = onclick;
    a.text = label;
    return h("button", a);
  }
  function clear(el) { while (el.firstChild) el.removeChild(el.firstChild); }
  function nextId(p) { uid += 1; return "dea-" + p + "-" + uid; }
  function pct(ok, n) { return n ? Math.round((100 * ok) / n) + "%" : "–"; }
  function plural(n, one, many) { return n + " " + (n === 1 ? one : many || one + "s"); }
  function now() { return Date.now(); }
  function clock(ms) {
    var s = Math.max(0, Math.ceil(ms / 1000));
    var hh = Math.floor(s / 3600), mm = Math.floor((s % 3600) / 60), ss = s % 60;
    return hh + ":" + (mm < 10 ? "0" : "") + mm + ":" + (ss < 10 ? "0" : "") + ss;
  }
  function spoken(ms) {
    var m = Math.max(0, Math.round(ms / 60000));
    return m >= 60 ? plural(Math.floor(m / 60), "hour") + (m % 60 ? " " + plural(m % 60, "minute") : "") : plural(m, "minute");
  }
  function local() { try { return window.localStorage; } catch (e) { return null; } }
  function S() {
    if (!store) {
      var ls = local();
      store = ls ? C.load(ls, now()) : { state: C.fresh(), notice: null, storageError: "this browser blocks local storage" };
    }
    return store.state;
  }
  function persist() {
    var ls = local();
    if (ls && !C.save(ls, S()) && !store.saveWarned) store.saveWarned = true;
  }
  function table(caption, head, rows) {
    return h("div", { class: "dea-table" }, [h("table", {}, [
      h("caption", { text: caption }),
      h("thead", {}, [h("tr", {}, head.map(function (c) { return h("th", { scope: "col", text: c }); }))]),
      h("tbody", {}, rows.map(function (r) {
        return h("tr", {}, r.map(function (c, i) {
          return i === 0 ? h("th", { scope: "row" }, [c]) : h("td", {}, [c]);
        }));
      })),
    ])]);
  }
  function link(href, text) { return h("a", { href: href, text: text }); }

  function notices(container) {
    S();
    var box = h("div", { class: "dea-notices" });
    if (store.notice) {
      var n = store.notice;
      var msg = h("div", { class: "admonition warning dea-notice", role: "alert" }, [
        h("p", { class: "admonition-title", text: "Your saved progress was reset" }),
        h("p", { text: "The progress stored in this browser could not be read (" + n.reason + "). " +
          (n.backupKey ? "The old value was kept aside under the key “" + n.backupKey + "” in this site's local storage, " +
            "and your progress starts again from empty." : "Your progress starts again from empty.") }),
        btn("Dismiss", function () { store.notice = null; msg.remove(); }, ""),
      ]);
      box.appendChild(msg);
    }
    if (store.storageError) {
      box.appendChild(h("div", { class: "admonition note dea-notice", role: "status" }, [
        h("p", { class: "admonition-title", text: "Progress is not saved" }),
        h("p", { text: "Progress cannot be stored because " + store.storageError + "; it lasts until you leave the page." }),
      ]));
    }
    container.insertBefore(box, container.firstChild);
  }

  /* ---- one question: options as native inputs in a fieldset ----------------------- */

  // Renders a question's options in the order `perm`; `picked` holds ORIGINAL indices.
  function questionForm(q, perm, picked, opts) {
    var multi = q.answer.length > 1;
    var name = nextId("q");
    var hintId = name + "-hint";
    var inputs = [];
    var fs = h("fieldset", { class: "dea-q", "aria-describedby": multi ? hintId : null }, [
      h("legend", { class: "dea-stem", text: q.stem }),
    ]);
    var hint = multi ? h("p", { class: "dea-hint", id: hintId }) : null;
    function current() {
      return C.toOriginal(perm, inputs.map(function (i, p) { return i.checked ? p : -1; }).filter(function (p) { return p >= 0; }));
    }
    function updateHint() {
      if (!hint) return;
      var n = inputs.filter(function (i) { return i.checked; }).length;
      hint.textContent = "Select " + q.answer.length + " options (" + n + " selected).";
    }
    var rows = perm.map(function (orig, pos) {
      var id = name + "-" + pos;
      var input = h("input", {
        type: multi ? "checkbox" : "radio", name: name, id: id, value: String(pos),
        checked: picked.indexOf(orig) >= 0, disabled: !!opts.locked,
        onchange: function () { updateHint(); if (opts.onchange) opts.onchange(current()); },
      });
      inputs.push(input);
      var row = h("div", { class: "dea-opt", "data-orig": String(orig) }, [
        input, h("label", { for: id }, [h("span", { class: "dea-letter", "aria-hidden": "true", text: "ABCDEFGH"[pos] + "." }), " ", q.choices[orig]]),
      ]);
      return row;
    });
    rows.forEach(function (r) { fs.appendChild(r); });
    if (hint) fs.appendChild(hint);
    updateHint();
    return {
      el: fs, current: current, rows: rows,
      lock: function () { inputs.forEach(function (i) { i.disabled = true; }); },
      reveal: function () { revealReasons(q, rows, current()); },
    };
  }

  function revealReasons(q, rows, picked) {
    rows.forEach(function (row) {
      var orig = Number(row.getAttribute("data-orig"));
      var right = q.answer.indexOf(orig) >= 0;
      var chosen = picked.indexOf(orig) >= 0;
      row.classList.add(right ? "is-right" : "is-wrong");
      if (chosen) row.classList.add("is-picked");
      var old = row.querySelector(".dea-why");
      if (old) old.remove();
      row.appendChild(h("p", { class: "dea-why" }, [
        h("strong", { text: (right ? "✓ Correct option" : "✗ Incorrect option") + (chosen ? " (your choice). " : ". ") }),
        q.why[orig],
      ]));
    });
  }

  /* Quiz page of a task: folder URLs normally, x.html in the offline (file-per-page) build. */
  function quizUrl(box, root, taskId) {
    return root + C.quizPath(taskId, box.getAttribute("data-page-suffix"));
  }

  function reportLink(base, q) {
    return h("a", { class: "dea-report", href: base + encodeURIComponent(q.id), rel: "noopener", target: "_blank",
      text: "Report a problem with this question" });
  }

  function feedbackBody(q, ok, root, report) {
    return [
      h("p", { class: "dea-verdict " + (ok ? "is-right" : "is-wrong"), text: ok ? "Correct." : (q.answer.length > 1 ? "Not correct: the two right options are marked ✓." : "Not correct: the right option is marked ✓.") }),
      h("p", { text: q.explanation }),
      h("p", { class: "dea-links" }, [
        link(root + q.url, "Learn more: the section that teaches this"), " · ",
        reportLink(report, q), " · ", h("span", { class: "dea-qid", text: "Question " + q.id }),
      ]),
    ];
  }

  /* ---- quiz per task --------------------------------------------------------------- */

  function quiz(ui, data, box) {
    var root = box.getAttribute("data-root") || "";
    var report = box.getAttribute("data-report") || "";
    var qs = data.questions;
    if (!qs.length) {
      ui.appendChild(h("p", { text: "There is nothing to practise here yet; the mock exam and the other quizzes draw on the rest of the bank." }));
      return;
    }
    var status = h("p", { class: "dea-status", role: "status" });
    var list = h("ol", { class: "dea-qlist" });
    var retry = btn("", function () { start(wrongOnes()); }, "");
    var again = btn("Start again with all questions", function () { start(qs); }, "");
    var round = { questions: [], done: {}, right: 0 };

    function wrongOnes() {
      var a = S().answers;
      return qs.filter(function (q) { return a[q.id] && a[q.id].last === 0; });
    }
    function refresh() {
      var n = wrongOnes().length;
      retry.textContent = "Retry wrong ones (" + n + ")";
      retry.disabled = n === 0;
      var checked = Object.keys(round.done).length;
      status.textContent = checked === round.questions.length
        ? "Round finished: " + round.right + " of " + round.questions.length + " right." + (n ? " Use “Retry wrong ones” to practise the " + plural(n, "question") + " you missed." : "")
        : checked + " of " + plural(round.questions.length, "question") + " checked, " + round.right + " right.";
    }
    function start(subset) {
      round = { questions: subset, done: {}, right: 0 };
      clear(list);
      subset.forEach(function (q, i) { list.appendChild(card(q, i, subset.length)); });
      refresh();
      var first = list.querySelector("h2");
      if (first && started) first.focus();
      started = true;
    }
    var started = false;
    function card(q, i, n) {
      var perm = C.permutation(q.choices.length);
      var form = questionForm(q, perm, [], {
        onchange: function (picked) { check.disabled = picked.length !== q.answer.length; },
      });
      var feedback = h("div", { class: "dea-feedback", role: "status" });
      var check = btn("Check answer", function () {
        if (check.getAttribute("aria-disabled") === "true") return;
        var picked = form.current();
        if (picked.length !== q.answer.length) return;
        var ok = C.isCorrect(q, picked);
        C.record(S(), q.id, ok, now());
        persist();
        round.done[q.id] = true;
        if (ok) round.right += 1;
        form.lock();
        form.reveal();
        check.textContent = "Checked";
        check.setAttribute("aria-disabled", "true");
        feedbackBody(q, ok, root, report).forEach(function (el) { feedback.appendChild(el); });
        refresh();
      }, "md-button--primary", { disabled: true });
      return h("li", { class: "dea-qcard" }, [
        h("h2", { tabindex: "-1", text: "Question " + (i + 1) + " of " + n }),
        form.el, h("div", { class: "dea-actions" }, [check]), feedback,
      ]);
    }
    ui.appendChild(h("div", { class: "dea-actions dea-toolbar" }, [retry, again]));
    ui.appendChild(status);
    ui.appendChild(list);
    start(qs);
  }

  /* ---- mock exam ------------------------------------------------------------------- */

  function exam(ui, data, box) {
    var root = box.getAttribute("data-root") || "";
    var report = box.getAttribute("data-report") || "";
    var fmt = data.format;
    var byId = {};
    data.questions.forEach(function (q) { byId[q.id] = q; });
    var domainName = {};
    data.domains.forEach(function (d) { domainName[d.id] = "Domain " + d.id + ": " + d.title; });
    var taskName = {};
    data.tasks.forEach(function (t) { taskName[t.id] = "Task " + t.id + ": " + t.title; });
    var timer = null;
    var marks = {};

    function stop() { if (timer) { clearInterval(timer); timer = null; } }
    cleanups.push(function () { stop(); if (S().exam) persist(); });
    function onHide() { if (S().exam) persist(); }
    window.addEventListener("pagehide", onHide);
    cleanups.push(function () { window.removeEventListener("pagehide", onHide); });

    function focusHeading(el) { var t = el.querySelector("h2"); if (t) t.focus(); }

    // A saved exam may name questions removed from the bank since; drop them.
    function usable(e) {
      if (!e) return null;
      e.ids = e.ids.filter(function (id) { return byId[id] && e.order[id] && e.order[id].length === byId[id].choices.length; });
      if (!e.ids.length) return null;
      if (e.current >= e.ids.length) e.current = 0;
      return e;
    }

    function startScreen() {
      stop();
      clear(ui);
      var st = S();
      st.exam = usable(st.exam);
      var last = st.lastExam && usable(st.lastExam);
      var plan = C.drawExam(data.questions, data.domains, fmt.questions_total, Math.random, []).plan;
      var drawn = plan.reduce(function (s, p) { return s + p.drawn; }, 0);
      var view = h("section", { class: "dea-screen", "aria-labelledby": "dea-exam-start" }, [
        h("h2", { id: "dea-exam-start", tabindex: "-1", text: st.exam ? "Resume or start a mock exam" : "Start a mock exam" }),
      ]);
      if (st.exam) {
        var e = st.exam;
        var answered = e.ids.filter(function (id) { return (e.responses[id] || []).length; }).length;
        view.appendChild(h("div", { class: "admonition info" }, [
          h("p", { class: "admonition-title", text: "You have an unfinished exam" }),
          h("p", { text: (e.mode === "exam" ? "Exam mode" : "Practice mode") + ": " + answered + " of " + e.ids.length + " answered, " +
            e.flagged.length + " flagged" + (e.mode === "exam" ? ", " + clock(e.limit - e.elapsed) + " left." : ".") }),
          h("p", { class: "dea-actions" }, [
            btn("Resume the exam", function () { run(); }, "md-button--primary"),
            btn("Discard it", function () { st.exam = null; persist(); startScreen(); focusHeading(ui); }, ""),
          ]),
        ]));
        ui.appendChild(view);
        return;
      }
      view.appendChild(table("Questions per domain in this attempt",
        ["Domain", "Weight", "Real exam (of " + fmt.questions_total + ")", "In the bank", "This attempt"],
        plan.map(function (p) { return [domainName[p.domain], p.weight + "%", String(p.target), String(p.available), String(p.drawn)]; })));
      var short = plan.filter(function (p) { return p.drawn < p.target; });
      if (short.length) {
        view.appendChild(h("div", { class: "admonition warning dea-short" }, [
          h("p", { class: "admonition-title", text: "The question bank is still growing" }),
          h("p", { text: "This attempt has " + drawn + " questions instead of " + fmt.questions_total + ". " +
            short.map(function (p) {
              return "Domain " + p.domain + " has " + plural(p.available, "question") + " in the bank, fewer than its share of " + p.target + ", so " + (p.available ? "all of them are" : "none is") + " included";
            }).join("; ") + ". The weights of the real exam are kept only where the bank allows it." }),
        ]));
      }
      var modeName = nextId("mode");
      var examRadio = h("input", { type: "radio", name: modeName, id: modeName + "-exam", value: "exam", checked: true });
      var pracRadio = h("input", { type: "radio", name: modeName, id: modeName + "-practice", value: "practice" });
      view.appendChild(h("fieldset", { class: "dea-q dea-mode" }, [
        h("legend", { text: "Mode" }),
        h("div", { class: "dea-opt" }, [examRadio, h("label", { for: examRadio.id, text: "Exam mode: a " + fmt.minutes + "-minute countdown, results after you submit" })]),
        h("div", { class: "dea-opt" }, [pracRadio, h("label", { for: pracRadio.id, text: "Practice mode: no clock, feedback after every question" })]),
      ]));
      view.appendChild(h("p", { class: "dea-actions" }, [
        btn("Start the exam", function () { begin(pracRadio.checked ? "practice" : "exam"); }, "md-button--primary"),
        last ? btn("Review your last attempt", function () { results(last); }, "") : null,
      ]));
      ui.appendChild(view);
    }

    function begin(mode) {
      var st = S();
      var previous = st.lastExam ? st.lastExam.ids : [];
      var draw = C.drawExam(data.questions, data.domains, fmt.questions_total, Math.random, previous);
      var order = {};
      draw.ids.forEach(function (id) { order[id] = C.permutation(byId[id].choices.length); });
      st.exam = { mode: mode, ids: draw.ids, order: order, responses: {}, flagged: [], checked: [],
        elapsed: 0, limit: fmt.minutes * 60000, current: 0, plan: draw.plan, started: now() };
      persist();
      run();
    }

    function run() {
      var e = S().exam;
      clear(ui);
      marks = {};
      var timed = e.mode === "exam";
      var timeText = h("span", { role: "timer", "aria-live": "off", class: "dea-time" });
      var announce = h("p", { class: "dea-sr", "aria-live": "polite" });
      var bar = h("div", { class: "dea-exam-bar" }, [
        h("span", { class: "dea-badge", text: timed ? "Exam mode" : "Practice mode" }),
        timed ? h("p", { class: "dea-timer" }, [h("span", { text: "Time left " }), timeText]) : null,
        announce,
      ]);
      var main = h("div", { class: "dea-exam-main" });
      var nav = h("nav", { class: "dea-navigator", "aria-label": "Question navigator" });
      ui.appendChild(bar);
      ui.appendChild(main);
      ui.appendChild(nav);
      // Announce the time at a few moments, not every second.
      var MARKS = [60, 30, 15, 5, 1];
      var remaining0 = e.limit - e.elapsed;
      MARKS.forEach(function (m) { if (remaining0 <= m * 60000) marks[m] = true; });
      function tick() {
        var left = e.limit - e.elapsed;
        timeText.textContent = clock(left);
        MARKS.forEach(function (m) {
          if (!marks[m] && left <= m * 60000) { marks[m] = true; announce.textContent = spoken(left) + " left."; }
        });
        if (timed && left <= 0) { submit(true); }
      }
      if (timed) {
        var lastTick = now(), count = 0;
        tick();
        timer = setInterval(function () {
          var t = now();
          e.elapsed += Math.min(t - lastTick, 5000); // a sleeping laptop does not eat the clock
          lastTick = t;
          if (++count % 5 === 0) persist();
          tick();
        }, 1000);
      }
      drawNav(nav);
      show(e.current, true);

      function drawNav(navEl) {
        clear(navEl);
        navEl.appendChild(h("h2", { class: "dea-nav-title", text: "All questions" }));
        navEl.appendChild(h("p", { class: "dea-legend", text: "✓ answered · ○ unanswered · ⚑ flagged for review" }));
        navEl.appendChild(h("ol", {}, e.ids.map(function (id, i) {
          return h("li", {}, [btn("", function () { show(i, true); }, "dea-navbtn", { "data-i": String(i) })]);
        })));
        updateNav();
      }
      function updateNav() {
        Array.prototype.forEach.call(nav.querySelectorAll(".dea-navbtn"), function (b) {
          var i = Number(b.getAttribute("data-i"));
          var id = e.ids[i];
          var answered = (e.responses[id] || []).length > 0;
          var flagged = e.flagged.indexOf(id) >= 0;
          b.textContent = (i + 1) + " " + (answered ? "✓" : "○") + (flagged ? "⚑" : "");
          b.setAttribute("aria-label", "Question " + (i + 1) + ", " + (answered ? "answered" : "unanswered") + (flagged ? ", flagged" : ""));
          b.classList.toggle("is-answered", answered);
          b.classList.toggle("is-flagged", flagged);
          if (i === e.current) b.setAttribute("aria-current", "step"); else b.removeAttribute("aria-current");
        });
      }

      function show(i, focus) {
        e.current = i;
        persist();
        clear(main);
        var id = e.ids[i], q = byId[id];
        var locked = e.checked.indexOf(id) >= 0;
        var feedback = h("div", { class: "dea-feedback", role: "status" });
        var check = null;
        var form = questionForm(q, e.order[id], e.responses[id] || [], {
          locked: locked,
          onchange: function (picked) {
            e.responses[id] = picked;
            persist();
            updateNav();
            if (check) check.disabled = picked.length !== q.answer.length;
          },
        });
        if (!timed) {
          check = btn(locked ? "Checked" : "Check answer", function () {
            if (check.getAttribute("aria-disabled") === "true") return;
            var picked = form.current();
            if (picked.length !== q.answer.length) return;
            var ok = C.isCorrect(q, picked);
            e.checked.push(id);
            C.record(S(), id, ok, now());
            persist();
            showFeedback(ok, picked);
            check.textContent = "Checked";
            check.setAttribute("aria-disabled", "true");
          }, "md-button--primary", { disabled: !locked && (e.responses[id] || []).length !== q.answer.length, "aria-disabled": locked ? "true" : null });
        }
        function showFeedback(ok) {
          form.lock();
          form.reveal();
          feedbackBody(q, ok, root, report).forEach(function (el) { feedback.appendChild(el); });
        }
        var flag = btn("", function () {
          var at = e.flagged.indexOf(id);
          if (at >= 0) e.flagged.splice(at, 1); else e.flagged.push(id);
          persist();
          drawFlag();
          updateNav();
        }, "dea-flag");
        function drawFlag() {
          var on = e.flagged.indexOf(id) >= 0;
          flag.textContent = on ? "⚑ Flagged for review" : "Flag for review";
          flag.setAttribute("aria-pressed", on ? "true" : "false");
        }
        drawFlag();
        main.appendChild(h("h2", { tabindex: "-1", class: "dea-qhead", text: "Question " + (i + 1) + " of " + e.ids.length }));
        main.appendChild(form.el);
        if (check) main.appendChild(h("div", { class: "dea-actions" }, [check]));
        main.appendChild(feedback);
        if (locked) showFeedback(C.isCorrect(q, e.responses[id] || []));
        main.appendChild(h("div", { class: "dea-actions dea-move" }, [
          btn("Previous", function () { show(i - 1, true); }, "", { disabled: i === 0 }),
          btn("Next", function () { show(i + 1, true); }, "md-button--primary", { disabled: i === e.ids.length - 1 }),
          flag,
        ]));
        main.appendChild(h("p", { class: "dea-actions" }, [btn("Review answers and submit", review, "dea-review-btn")]));
        updateNav();
        if (focus) focusHeading(main);
      }

      function review() {
        clear(main);
        var unanswered = e.ids.filter(function (id) { return !(e.responses[id] || []).length; });
        var answeredN = e.ids.length - unanswered.length;
        main.appendChild(h("h2", { tabindex: "-1", class: "dea-qhead", text: "Review before you submit" }));
        main.appendChild(h("p", { class: "dea-review-summary", text: "Answered: " + answeredN + " of " + e.ids.length +
          ". Unanswered: " + unanswered.length + ". Flagged for review: " + e.flagged.length + "." }));
        if (unanswered.length) {
          main.appendChild(h("p", { class: "dea-warn", text: "A blank answer scores nothing and a wrong one costs nothing, so answer every question before you submit." }));
        }
        main.appendChild(h("ol", { class: "dea-review-list" }, e.ids.map(function (id, i) {
          var answered = (e.responses[id] || []).length > 0;
          var flagged = e.flagged.indexOf(id) >= 0;
          var stem = byId[id].stem;
          return h("li", { class: answered ? "is-answered" : "is-unanswered" }, [
            btn("Question " + (i + 1), function () { show(i, true); }, "dea-jump"),
            h("span", { class: "dea-state", text: (answered ? " ✓ answered" : " ○ unanswered") + (flagged ? " · ⚑ flagged" : "") }),
            h("span", { class: "dea-excerpt", text: " " + (stem.length > 110 ? stem.slice(0, 107) + "…" : stem) }),
          ]);
        })));
        main.appendChild(h("p", { class: "dea-actions" }, [
          btn("Back to question " + (e.current + 1), function () { show(e.current, true); }, ""),
          btn("Submit the exam", function () { submit(false); }, "md-button--primary dea-submit"),
        ]));
        focusHeading(main);
      }

      function submit(timeUp) {
        stop();
        var st = S();
        var result = C.scoreExam(e.ids, byId, e.responses, fmt);
        e.ids.forEach(function (id) {
          var picked = e.responses[id] || [];
          if (picked.length && e.checked.indexOf(id) < 0) C.record(st, id, result.results[id], now());
        });
        e.submitted = now();
        e.timeUp = !!timeUp;
        st.history.push({ at: e.submitted, mode: e.mode, score: result.score, correct: result.correct, total: result.total });
        if (st.history.length > 50) st.history.shift();
        st.lastExam = e;
        st.exam = null;
        persist();
        results(e);
      }
    }

    function results(e) {
      stop();
      clear(ui);
      var r = C.scoreExam(e.ids, byId, e.responses, fmt);
      var view = h("section", { class: "dea-screen dea-results" });
      view.appendChild(h("h2", { tabindex: "-1", text: "Your result" }));
      if (e.timeUp) view.appendChild(h("p", { class: "dea-warn", role: "status", text: "Time is up: the exam was submitted as it stood." }));
      view.appendChild(h("p", { class: "dea-score " + (r.passed ? "is-right" : "is-wrong") }, [
        h("strong", { text: "Estimated score: " + r.score + " " }),
        "on the " + fmt.score_min + "–" + fmt.score_max.toLocaleString("en") + " scale, " +
          (r.passed ? "at or above" : "below") + " the pass mark of " + fmt.passing_score + ".",
      ]));
      view.appendChild(h("p", { text: "You answered " + r.correct + " of " + r.total + " questions correctly (" + pct(r.correct, r.total) + ")" +
        (r.total - r.answered ? "; " + plural(r.total - r.answered, "question was", "questions were") + " left blank." : ".") +
        " The estimate maps the share of correct answers linearly onto the scale; it is not how AWS scales scores. " }, [
        link("#how-the-score-estimate-is-made", "How the estimate is made"),
      ]));
      var domRows = data.domains.filter(function (d) { return r.byDomain[d.id]; }).map(function (d) {
        var x = r.byDomain[d.id];
        return [domainName[d.id], String(x.correct), String(x.total), pct(x.correct, x.total)];
      });
      view.appendChild(table("Result per domain", ["Domain", "Correct", "Questions", "Accuracy"], domRows));
      var taskRows = data.tasks.filter(function (t) { return r.byTask[t.id]; }).map(function (t) {
        var x = r.byTask[t.id];
        return [link(quizUrl(box, root, t.id), taskName[t.id]), String(x.correct), String(x.total), pct(x.correct, x.total)];
      });
      view.appendChild(table("Result per task statement (each links to its quiz)", ["Task statement", "Correct", "Questions", "Accuracy"], taskRows));
      view.appendChild(h("p", { class: "dea-actions" }, [btn("Start a new attempt", function () { startScreen(); focusHeading(ui); }, "md-button--primary")]));
      view.appendChild(h("h3", { text: "Every question with its reasons" }));
      view.appendChild(h("ol", { class: "dea-qlist dea-review-all" }, e.ids.map(function (id, i) {
        var q = byId[id];
        var picked = e.responses[id] || [];
        var ok = r.results[id];
        var rows = e.order[id].map(function (orig, pos) {
          var right = q.answer.indexOf(orig) >= 0, chosen = picked.indexOf(orig) >= 0;
          return h("li", { class: "dea-opt " + (right ? "is-right" : "is-wrong") + (chosen ? " is-picked" : "") }, [
            h("p", {}, ["ABCDEFGH"[pos] + ". " + q.choices[orig]]),
            h("p", { class: "dea-why" }, [h("strong", { text: (right ? "✓ Correct option" : "✗ Incorrect option") + (chosen ? " (your choice). " : ". ") }), q.why[orig]]),
          ]);
        });
        return h("li", { class: "dea-qcard" }, [
          h("h4", { text: "Question " + (i + 1) + ": " + (ok ? "correct" : picked.length ? "not correct" : "not answered") + (e.flagged.indexOf(id) >= 0 ? " (flagged)" : "") }),
          h("p", { class: "dea-stem", text: q.stem }),
          h("ul", { class: "dea-opts-review" }, rows),
          h("p", { text: q.explanation }),
          h("p", { class: "dea-links" }, [link(root + q.url, "Learn more"), " · ", reportLink(report, q), " · ",
            h("span", { class: "dea-qid", text: taskName[q.task] + " · question " + q.id })]),
        ]);
      })));
      ui.appendChild(view);
      focusHeading(ui);
    }

    startScreen();
  }

  /* ---- flashcards ------------------------------------------------------------------ */

  function cards(ui, data, box) {
    var root = box.getAttribute("data-root") || "";
    var all = data.cards;
    var filterId = nextId("filter");
    var select = h("select", { id: filterId, onchange: function () { session(false); } }, [
      h("option", { value: "all", text: "All cards" }),
      h("option", { value: "signal", text: "Exam signals only" }),
      h("option", { value: "fact", text: "Key facts only" }),
    ]);
    var status = h("p", { class: "dea-status", role: "status" });
    var stage = h("div", { class: "dea-cardstage" });
    var queue = [];
    ui.appendChild(h("p", { class: "dea-actions" }, [h("label", { for: filterId, text: "Deck: " }), select]));
    ui.appendChild(status);
    ui.appendChild(stage);

    function deck() {
      var f = select.value;
      return all.filter(function (c) { return f === "all" || c.tags.indexOf(f) >= 0; });
    }
    function counts() {
      var k = C.boxCounts(deck(), S().cards);
      return "Boxes: new " + k[0] + " · 1: " + k[1] + " · 2: " + k[2] + " · 3: " + k[3] + " · 4: " + k[4] + " · 5: " + k[5] + ".";
    }
    function session(everything) {
      queue = C.cardOrder(deck(), S().cards, now(), everything);
      showCard(false);
    }
    function showCard(focus) {
      clear(stage);
      if (!queue.length) {
        var later = deck().map(function (c) { return S().cards[c.id]; }).filter(Boolean).map(function (b) { return b.due; });
        var next = later.length ? new Date(Math.min.apply(null, later)) : null;
        status.textContent = "No card is due now. " + counts();
        stage.appendChild(h("p", { text: "Well done: nothing is due" + (next ? " until " + next.toLocaleDateString("en", { day: "numeric", month: "long" }) : "") + "." }));
        stage.appendChild(h("p", { class: "dea-actions" }, [btn("Review every card anyway", function () { session(true); }, "md-button--primary")]));
        if (focus) stage.querySelector("button").focus();
        return;
      }
      var c = queue[0];
      status.textContent = plural(queue.length, "card") + " to go in this session. " + counts();
      var back = h("div", { class: "dea-back", "aria-live": "polite" });
      var knew = btn("Knew it", function () { rate(true); }, "md-button--primary", { hidden: true });
      var didnt = btn("Didn't know", function () { rate(false); }, "", { hidden: true });
      var showBtn = btn("Show answer", function () {
        back.appendChild(h("p", { class: "dea-card-label", text: "Answer" }));
        back.appendChild(h("p", { class: "dea-card-text", text: c.back }));
        back.appendChild(h("p", {}, [link(root + c.url, "Where this is taught")]));
        showBtn.hidden = true;
        knew.hidden = false;
        didnt.hidden = false;
        knew.focus();
      }, "md-button--primary");
      function rate(ok) {
        C.rateCard(S().cards, c.id, ok, now());
        persist();
        queue.shift();
        if (!ok) queue.push(c); // box 1: it comes back later in this session
        showCard(true);
      }
      stage.appendChild(h("div", { class: "dea-card" }, [
        h("p", { class: "dea-card-label", text: c.tags.indexOf("signal") >= 0 ? "Exam signal" : "Key fact" }),
        h("p", { class: "dea-card-text", text: c.front }),
        back,
        h("p", { class: "dea-actions" }, [showBtn, knew, didnt]),
      ]));
      if (focus) showBtn.focus();
    }
    session(false);
  }

  /* ---- progress -------------------------------------------------------------------- */

  function progress(ui, data, box) {
    var root = box.getAttribute("data-root") || "";
    var out = h("div", { class: "dea-progress-body" });
    var msg = h("p", { class: "dea-status", role: "status" });
    ui.appendChild(msg);
    ui.appendChild(out);
    ui.appendChild(manage());

    function draw() {
      clear(out);
      var st = S();
      var s = C.stats(st, data.questions);
      var bank = { domains: {}, tasks: {}, skills: {} };
      data.questions.forEach(function (q) {
        var d = q.task.split(".")[0];
        bank.domains[d] = (bank.domains[d] || 0) + 1;
        bank.tasks[q.task] = (bank.tasks[q.task] || 0) + 1;
        q.skills.forEach(function (k) { bank.skills[k] = (bank.skills[k] || 0) + 1; });
      });
      var practised = Object.keys(st.answers).filter(function (id) { return data.questions.some(function (q) { return q.id === id; }); }).length;
      out.appendChild(h("h2", { text: "Overview" }));
      out.appendChild(h("p", { text: s.n
        ? "You have practised " + practised + " of the " + data.questions.length + " questions in the bank (" + plural(s.n, "answer") + " in all), " + pct(s.ok, s.n) + " of them right."
        : "Nothing practised yet in this browser. Start with a quiz or the mock exam; your results will show here." }));
      out.appendChild(table("Accuracy per domain", ["Domain", "Questions practised", "Answers", "Accuracy"],
        data.domains.map(function (d) {
          var x = s.domains[String(d.id)];
          return ["Domain " + d.id + ": " + d.title, (x ? x.questions : 0) + " of " + (bank.domains[d.id] || 0), String(x ? x.n : 0), x ? pct(x.ok, x.n) : "–"];
        })));
      out.appendChild(table("Accuracy per task statement (each links to its quiz)", ["Task statement", "Questions practised", "Answers", "Accuracy"],
        data.tasks.map(function (t) {
          var x = s.tasks[t.id];
          return [link(quizUrl(box, root, t.id), t.id + " " + t.title),
            (x ? x.questions : 0) + " of " + (bank.tasks[t.id] || 0), String(x ? x.n : 0), x ? pct(x.ok, x.n) : "–"];
        })));
      out.appendChild(h("h2", { text: "Weakest skills" }));
      var skillText = {}, skillTask = {};
      data.tasks.forEach(function (t) { t.skills.forEach(function (k) { skillText[k.id] = k.text; skillTask[k.id] = t.id; }); });
      var weak = C.weakest(s.skills, 5);
      if (weak.length) {
        out.appendChild(h("ol", { class: "dea-weak" }, weak.map(function (w) {
          return h("li", {}, [h("strong", { text: w.id + " " }), skillText[w.id] || "", " ",
            h("span", { class: "dea-muted", text: "(" + w.ok + " of " + w.n + " right, " + pct(w.ok, w.n) + ") " }),
            link(quizUrl(box, root, skillTask[w.id]), "quiz " + skillTask[w.id])]);
        })));
      } else {
        out.appendChild(h("p", { text: "No skill practised yet." }));
      }
      var all = Object.keys(skillText);
      var untried = all.filter(function (k) { return !s.skills[k]; });
      var noQuestion = untried.filter(function (k) { return !bank.skills[k]; });
      out.appendChild(h("p", { text: untried.length + " of " + all.length + " skills not practised yet; " + noQuestion.length +
        " of those have no question in the bank yet (the bank is still growing)." }));
      out.appendChild(h("h2", { text: "Mock exams" }));
      if (st.history.length) {
        out.appendChild(table("Your mock exams, newest first", ["Date", "Mode", "Estimated score", "Correct"],
          st.history.slice().reverse().map(function (x) {
            return [new Date(x.at).toLocaleString("en"), x.mode === "exam" ? "Exam" : "Practice", String(x.score), x.correct + " of " + x.total];
          })));
      } else {
        out.appendChild(h("p", {}, ["No mock exam submitted yet. ", link(root + "practice/mock-exam/", "Take a mock exam")]));
      }
      out.appendChild(h("h2", { text: "Flashcards" }));
      var boxes = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
      Object.keys(st.cards).forEach(function (id) { boxes[st.cards[id].box] += 1; });
      out.appendChild(h("p", { text: "Cards rated so far: " + Object.keys(st.cards).length + ". By box: 1: " + boxes[1] + " · 2: " + boxes[2] +
        " · 3: " + boxes[3] + " · 4: " + boxes[4] + " · 5: " + boxes[5] + "." }));
    }

    function manage() {
      var fileId = nextId("import");
      var file = h("input", { type: "file", id: fileId, accept: ".json,application/json", onchange: function () {
        var f = file.files && file.files[0];
        if (!f) return;
        var reader = new FileReader();
        reader.onload = function () {
          var got = C.parseImport(String(reader.result));
          if (got.error) { msg.textContent = "Import failed: " + got.error + ". Your progress was not changed."; return; }
          S();
          store.state = got.state;
          persist();
          draw();
          msg.textContent = "Progress imported from " + f.name + ".";
        };
        reader.onerror = function () { msg.textContent = "Import failed: the file could not be read."; };
        reader.readAsText(f);
        file.value = "";
      } });
      var confirmBox = h("div", { class: "admonition danger dea-confirm", hidden: true }, [
        h("p", { class: "admonition-title", text: "Delete all progress?" }),
        h("p", { text: "This removes every answer, flashcard box, mock exam result and any unfinished exam stored in this browser. Export first if you may want them back." }),
        h("p", { class: "dea-actions" }, [
          btn("Yes, delete all progress", function () {
            S();
            store.state = C.fresh();
            persist();
            confirmBox.hidden = true;
            draw();
            msg.textContent = "All progress was deleted.";
            reset.focus();
          }, "md-button--primary dea-confirm-yes"),
          btn("Cancel", function () { confirmBox.hidden = true; reset.focus(); }, ""),
        ]),
      ]);
      var reset = btn("Reset progress…", function () { confirmBox.hidden = false; confirmBox.querySelector("button").focus(); }, "dea-reset");
      return h("section", { class: "dea-manage" }, [
        h("h2", { text: "Keep, move or reset your progress" }),
        h("p", { class: "dea-actions" }, [
          btn("Export progress (JSON file)", function () {
            var blob = new Blob([JSON.stringify(S(), null, 1)], { type: "application/json" });
            var a = h("a", { href: URL.createObjectURL(blob), download: "dea-c01-progress-" + new Date().toISOString().slice(0, 10) + ".json" });
            document.body.appendChild(a);
            a.click();
            setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 0);
            msg.textContent = "Progress exported.";
          }, ""),
        ]),
        h("p", {}, [h("label", { for: fileId, text: "Import progress from an exported file: " }), file]),
        h("p", {}, [reset]),
        confirmBox,
      ]);
    }
    draw();
  }

  /* ---- wiring ---------------------------------------------------------------------- */

  var TOOLS = { quiz: quiz, exam: exam, cards: cards, progress: progress };

  function init() {
    cleanups.forEach(function (fn) { try { fn(); } catch (e) { /* the old page is gone */ } });
    cleanups = [];
    store = null; // re-read: another tab may have changed it
    Array.prototype.forEach.call(document.querySelectorAll(".dea-practice[data-kind]"), function (box) {
      if (box.getAttribute("data-ready")) return;
      box.setAttribute("data-ready", "1");
      var ui = h("div", { class: "dea-ui" });
      box.appendChild(ui);
      try {
        var tpl = box.querySelector("template.dea-data");
        var data = JSON.parse(tpl.content ? tpl.content.textContent : tpl.textContent);
        notices(box);
        TOOLS[box.getAttribute("data-kind")](ui, data, box);
      } catch (err) {
        clear(ui);
        ui.appendChild(h("p", { class: "dea-warn", role: "alert", text: "This practice tool could not start: " + err.message }));
        if (window.console) console.error(err);
      }
    });
  }

  if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(init);
  else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
