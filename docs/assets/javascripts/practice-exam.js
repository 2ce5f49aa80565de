/* Practice tool: the timed mock exam (docs/practice/mock-exam.md). */
(function () {
  "use strict";
  var C = window.DeaCore, U = window.DeaUI;
  if (!C || !U) return;
  var h = U.h, btn = U.btn, clear = U.clear, nextId = U.nextId, pct = U.pct, plural = U.plural;
  var now = U.now, S = U.S, persist = U.persist, table = U.table, link = U.link;
  var clock = U.clock, spoken = U.spoken, questionForm = U.questionForm, feedbackBody = U.feedbackBody;
  var quizUrl = U.quizUrl, reportLink = U.reportLink;

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
    U.onCleanup(function () { stop(); if (S().exam) persist(); });
    function onHide() { if (S().exam) persist(); }
    window.addEventListener("pagehide", onHide);
    U.onCleanup(function () { window.removeEventListener("pagehide", onHide); });

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
      var draw = C.drawExam(data.questions, data.domains, fmt.questions_total, Math.random, st.seen);
      C.countSeen(st.seen, draw.ids);
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
        C.addHistory(st, C.historyEntry(e, result, e.submitted));
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


  U.tool("exam", exam);
})();
