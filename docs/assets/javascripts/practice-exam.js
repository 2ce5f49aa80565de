/* Practice tool: the timed mock exam (docs/practice/mock-exam.md).

   The page holds the start screen (macros/practice_frames.py exam_start) and the bank's shape;
   this script binds that screen and keeps a copy of it to show again. The questions come from
   data/questions.js when an attempt starts, the reasons from data/explanations.js when they
   are shown (practice mode, results), so the page stays light however large the bank grows.

   During an attempt the view is focused: the site navigation, table of contents and page text
   are hidden (html.dea-focus), a sticky bar keeps the timer, progress and flag count in sight,
   and leaving the page asks first (beforeunload, and a confirm on links, which Material's
   instant navigation would otherwise follow without unloading the page). */
(function () {
  "use strict";
  var C = window.DeaCore, U = window.DeaUI;
  if (!C || !U) return;
  var h = U.h, btn = U.btn, clear = U.clear, pct = U.pct, plural = U.plural, now = U.now;
  var S = U.S, persist = U.persist, link = U.link, clock = U.clock;

  var LEAVE = "Leave the mock exam? Your answers are saved: come back to this page to resume it";

  function exam(ui, data, box) {
    var root = box.getAttribute("data-root") || "";
    var report = box.getAttribute("data-report") || "";
    var fmt = data.format;
    var startHTML = ui.innerHTML;
    var domainName = {}, taskName = {};
    data.domains.forEach(function (d) { domainName[d.id] = "Domain " + d.id + ": " + d.title; });
    data.tasks.forEach(function (t) { taskName[t.id] = "Task " + t.id + ": " + t.title; });
    var bank = null, byId = {}, reasons = null;
    var timer = null, leaving = false;

    /* ---- loading the bank ---------------------------------------------------------- */

    function loadBank() {
      return U.loadScript(box.getAttribute("data-questions-src"), "DeaBank").then(function (list) {
        if (!bank) { bank = list; list.forEach(function (q) { byId[q.id] = q; }); }
        return bank;
      });
    }
    function loadReasons() {
      return U.loadScript(box.getAttribute("data-explanations-src"), "DeaExplanations").then(function (map) {
        reasons = map;
        return map;
      });
    }
    function why(q) { return (reasons && reasons[q.id]) || { why: q.choices.map(function () { return ""; }), explanation: "" }; }
    // While a file loads the button says so; a failure is said in words, the screen stays usable.
    function busy(button, text, promise, then) {
      var label = button.textContent;
      button.disabled = true;
      button.textContent = text;
      button.setAttribute("aria-busy", "true");
      promise.then(function () { then(); }, function (err) {
        button.disabled = false;
        button.textContent = label;
        button.removeAttribute("aria-busy");
        var note = ui.querySelector(".dea-load-error") || h("p", { class: "dea-warn dea-load-error", role: "alert" });
        note.textContent = "The questions could not be loaded (" + err.message + "). Check your connection and try again.";
        button.parentNode.parentNode.insertBefore(note, button.parentNode.nextSibling);
      });
    }

    /* ---- the focused view and the guard against leaving ------------------------------ */

    function onBeforeUnload(ev) {
      if (leaving || !S().exam) return;
      persist();
      ev.preventDefault();
      ev.returnValue = "";
    }
    function onLinkClick(ev) {
      if (ev.defaultPrevented || ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
      var a = ev.target && ev.target.closest ? ev.target.closest("a[href]") : null;
      if (!a || a.target || a.hasAttribute("download") || !S().exam) return;
      var to = new URL(a.href, location.href), here = new URL(location.href);
      to.hash = here.hash = "";
      if (to.href === here.href) return; // a link within this page
      if (window.confirm(LEAVE + (S().exam.mode === "exam" ? ", with the clock stopped." : "."))) {
        leaving = true;
        persist();
        return;
      }
      ev.preventDefault();
      ev.stopPropagation();
    }
    function focusView(on) {
      document.documentElement.classList.toggle("dea-focus", on);
      if (on) {
        leaving = false;
        window.addEventListener("beforeunload", onBeforeUnload);
        // Capture, before Material's instant navigation sees the click on document.body.
        document.addEventListener("click", onLinkClick, true);
      } else {
        window.removeEventListener("beforeunload", onBeforeUnload);
        document.removeEventListener("click", onLinkClick, true);
      }
    }
    function stop() { if (timer) { clearInterval(timer); timer = null; } }
    function onHide() { if (S().exam) persist(); }
    window.addEventListener("pagehide", onHide);
    U.onCleanup(function () {
      stop();
      focusView(false);
      if (S().exam) persist();
      window.removeEventListener("pagehide", onHide);
    });

    /* Move focus to a screen's heading. During an attempt the exam's top is brought under the
       site header, so that the sticky bar never covers the question's first lines. */
    function focusHeading(el) {
      var t = el.querySelector("h2");
      if (!t) return;
      if (!document.documentElement.classList.contains("dea-focus")) { t.focus(); return; }
      t.focus({ preventScroll: true });
      var header = document.querySelector(".md-header");
      var top = ui.getBoundingClientRect().top - (header ? header.getBoundingClientRect().height : 0);
      if (Math.abs(top) > 1) window.scrollBy(0, top);
    }

    // A saved exam may name questions removed from the bank since; drop them.
    function usable(e) {
      if (!e) return null;
      e.ids = e.ids.filter(function (id) { return byId[id] && e.order[id] && e.order[id].length === byId[id].choices.length; });
      if (!e.ids.length) return null;
      if (e.current >= e.ids.length) e.current = 0;
      return e;
    }

    /* ---- start screen ------------------------------------------------------------------ */

    /* The first time, the screen in the page is adopted as it is (a mode picked before the
       script loaded stays picked); later, the copy taken at start is shown again. */
    function startScreen(focus, adopt) {
      stop();
      focusView(false);
      ui.style.minHeight = "";
      if (!adopt) ui.innerHTML = startHTML;
      var st = S();
      if (st.exam) {
        // The page showed the start screen; the shorter resume screen keeps its height, so the
        // text below does not jump up under a returning learner.
        if (adopt) ui.style.minHeight = ui.offsetHeight + "px";
        resumeScreen(st.exam);
        if (focus) focusHeading(ui);
        return;
      }
      var start = ui.querySelector(".dea-start-btn");
      start.addEventListener("click", function () {
        var picked = ui.querySelector('input[name="dea-mode"]:checked');
        var mode = picked && picked.value === "practice" ? "practice" : "exam";
        var needs = mode === "practice" ? Promise.all([loadBank(), loadReasons()]) : loadBank();
        busy(start, "Loading the questions…", needs, function () { begin(mode); });
      });
      var last = ui.querySelector(".dea-last-btn");
      if (st.lastExam) {
        last.hidden = false;
        last.addEventListener("click", function () {
          busy(last, "Loading…", Promise.all([loadBank(), loadReasons()]), function () {
            var e = usable(S().lastExam);
            if (e) results(e); else startScreen(true);
          });
        });
      }
      if (focus) focusHeading(ui);
    }

    function resumeScreen(e) {
      clear(ui);
      var answered = e.ids.filter(function (id) { return (e.responses[id] || []).length; }).length;
      var resume = btn("Resume the exam", function () {
        busy(resume, "Loading the questions…", e.mode === "practice" ? Promise.all([loadBank(), loadReasons()]) : loadBank(), function () {
          if (usable(S().exam)) run();
          else { S().exam = null; persist(); startScreen(true); }
        });
      }, "md-button--primary");
      ui.appendChild(h("section", { class: "dea-screen dea-start", "aria-labelledby": "dea-exam-start" }, [
        h("h2", { id: "dea-exam-start", tabindex: "-1", text: "Resume or start a mock exam" }),
        h("div", { class: "admonition info dea-resume" }, [
          h("p", { class: "admonition-title", text: "You have an unfinished exam" }),
          h("p", { text: (e.mode === "exam" ? "Exam mode" : "Practice mode") + ": " + answered + " of " + e.ids.length + " answered, " +
            e.flagged.length + " flagged" + (e.mode === "exam" ? ", " + clock(e.limit - e.elapsed) + " left." : ".") }),
          h("p", { class: "dea-actions" }, [
            resume,
            btn("Discard it", function () { S().exam = null; persist(); startScreen(true); }, ""),
          ]),
        ]),
      ]));
    }

    function begin(mode) {
      var st = S();
      var draw = C.drawExam(bank, data.domains, fmt.questions_total, Math.random, st.seen);
      C.countSeen(st.seen, draw.ids);
      var order = {};
      draw.ids.forEach(function (id) { order[id] = C.permutation(byId[id].choices.length); });
      st.exam = { mode: mode, ids: draw.ids, order: order, responses: {}, flagged: [], checked: [],
        elapsed: 0, limit: C.examLimit(fmt, draw.ids.length), current: 0, plan: draw.plan, started: now() };
      persist();
      run();
    }

    /* ---- an attempt -------------------------------------------------------------------- */

    function run() {
      var e = S().exam;
      ui.style.minHeight = "";
      clear(ui);
      focusView(true);
      var timed = e.mode === "exam";
      var marks = {};
      var timeText = h("span", { role: "timer", "aria-live": "off", "aria-label": "Time left", class: "dea-time" });
      var announce = h("p", { class: "dea-sr", "aria-live": "polite" });
      var reviewBtn = btn("Review and submit", function () { review(); }, "dea-review-btn");
      // Words in .dea-wide are dropped on a phone, so that the bar stays two lines at most.
      var at = h("span", { class: "dea-at" }), answeredText = h("span", { class: "dea-answered" }), flagText = h("span", { class: "dea-flags" });
      var bar = h("div", { class: "dea-exam-bar" }, [
        h("span", { class: "dea-badge", text: timed ? "Exam mode" : "Practice mode" }),
        timed ? h("p", { class: "dea-timer" }, [h("span", { class: "dea-wide", text: "Time left " }), timeText]) : null,
        h("p", { class: "dea-counts" }, [at, " · ", answeredText, " · ", flagText]),
        reviewBtn,
        announce,
      ]);
      var main = h("div", { class: "dea-exam-main" });
      var nav = h("nav", { class: "dea-navigator", "aria-label": "Question navigator" });
      ui.appendChild(bar);
      ui.appendChild(main);
      ui.appendChild(nav);
      // Announce the time at a few moments, not every second.
      var MARKS = [60, 30, 15, 5, 1];
      MARKS.forEach(function (m) { if (e.limit - e.elapsed <= m * 60000) marks[m] = true; });
      function tick() {
        var left = e.limit - e.elapsed;
        timeText.textContent = clock(left);
        MARKS.forEach(function (m) {
          if (!marks[m] && left <= m * 60000) { marks[m] = true; announce.textContent = U.spoken(left) + " left."; }
        });
        if (timed && left <= 0) submit(true);
      }
      var lastTick = now(), count = 0;
      if (timed) tick();
      timer = setInterval(function () {
        var t = now();
        e.elapsed += Math.min(t - lastTick, 5000); // a sleeping laptop does not eat the clock
        lastTick = t;
        if (++count % 5 === 0) persist();
        if (timed) tick();
      }, 1000);
      drawNav();
      show(e.current, true);

      function answeredCount() { return e.ids.filter(function (id) { return (e.responses[id] || []).length; }).length; }
      function counts(i) {
        clear(at);
        U.append(at, i === null ? ["Review"] : [h("span", { class: "dea-wide", text: "Question " }), (i + 1) + " of " + e.ids.length]);
        answeredText.textContent = answeredCount() + " answered";
        clear(flagText);
        U.append(flagText, ["⚑ " + e.flagged.length, h("span", { class: "dea-wide", text: " flagged" })]);
      }
      function drawNav() {
        clear(nav);
        nav.appendChild(h("h2", { class: "dea-nav-title", text: "All questions" }));
        nav.appendChild(h("p", { class: "dea-legend", text: "✓ answered · ○ unanswered · ⚑ flagged for review" }));
        nav.appendChild(h("ol", {}, e.ids.map(function (id, i) {
          return h("li", {}, [btn("", function () { show(i, true); }, "dea-navbtn", { "data-i": String(i) })]);
        })));
        updateNav();
      }
      function updateNav(reviewing) {
        Array.prototype.forEach.call(nav.querySelectorAll(".dea-navbtn"), function (b) {
          var i = Number(b.getAttribute("data-i"));
          var id = e.ids[i];
          var answered = (e.responses[id] || []).length > 0;
          var flagged = e.flagged.indexOf(id) >= 0;
          b.textContent = (i + 1) + " " + (answered ? "✓" : "○") + (flagged ? "⚑" : "");
          b.setAttribute("aria-label", "Question " + (i + 1) + ", " + (answered ? "answered" : "unanswered") + (flagged ? ", flagged" : ""));
          b.classList.toggle("is-answered", answered);
          b.classList.toggle("is-flagged", flagged);
          if (i === e.current && !reviewing) b.setAttribute("aria-current", "step"); else b.removeAttribute("aria-current");
        });
        counts(reviewing ? null : e.current);
      }

      function show(i, focus) {
        e.current = i;
        persist();
        clear(main);
        nav.hidden = false;
        reviewBtn.hidden = false;
        var id = e.ids[i], q = byId[id];
        var locked = e.checked.indexOf(id) >= 0;
        var feedback = h("div", { class: "dea-feedback", role: "status" });
        var check = null;
        var form = U.questionForm(q, e.order[id], e.responses[id] || [], {
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
            showFeedback(ok);
            check.textContent = "Checked";
            check.setAttribute("aria-disabled", "true");
          }, "md-button--primary", { disabled: !locked && (e.responses[id] || []).length !== q.answer.length, "aria-disabled": locked ? "true" : null });
        }
        function showFeedback(ok) {
          form.lock();
          form.reveal(why(q).why);
          U.feedbackBody(q, ok, root, report, why(q).explanation).forEach(function (el) { feedback.appendChild(el); });
        }
        var flag = btn("", function () {
          var where = e.flagged.indexOf(id);
          if (where >= 0) e.flagged.splice(where, 1); else e.flagged.push(id);
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
        var lastOne = i === e.ids.length - 1;
        main.appendChild(h("h2", { tabindex: "-1", class: "dea-qhead", text: "Question " + (i + 1) + " of " + e.ids.length }));
        main.appendChild(form.el);
        if (check) main.appendChild(h("div", { class: "dea-actions" }, [check]));
        main.appendChild(feedback);
        if (locked) showFeedback(C.isCorrect(q, e.responses[id] || []));
        main.appendChild(h("div", { class: "dea-actions dea-move" }, [
          btn("Previous", function () { show(i - 1, true); }, "", { disabled: i === 0 }),
          lastOne ? btn("Review answers", function () { review(); }, "md-button--primary dea-next")
            : btn("Next", function () { show(i + 1, true); }, "md-button--primary dea-next"),
          flag,
        ]));
        updateNav();
        if (focus) focusHeading(main);
      }

      /* Review: Submit comes right after the summary (one Tab from the heading), then the
         questions, which can be narrowed to the unanswered or the flagged ones. */
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
        main.appendChild(h("p", { class: "dea-actions" }, [
          btn("Submit the exam", function () { submit(false); }, "md-button--primary dea-submit"),
          btn("Back to question " + (e.current + 1), function () { show(e.current, true); }, ""),
        ]));
        var shownText = h("p", { class: "dea-status dea-shown", role: "status" });
        var list = h("ol", { class: "dea-review-list" }, e.ids.map(function (id, i) {
          var answered = (e.responses[id] || []).length > 0;
          var flagged = e.flagged.indexOf(id) >= 0;
          return h("li", { class: answered ? "is-answered" : "is-unanswered", "data-flagged": flagged ? "1" : null }, [
            btn("Question " + (i + 1), function () { show(i, true); }, "dea-jump"),
            h("span", { class: "dea-state", text: (answered ? " ✓ answered" : " ○ unanswered") + (flagged ? " · ⚑ flagged" : "") }),
            h("span", { class: "dea-excerpt", text: " " + U.excerpt(byId[id].stem, 110) }),
          ]);
        }));
        function apply(key) {
          var n = 0;
          Array.prototype.forEach.call(list.children, function (li) {
            var show = key === "all" || (key === "unanswered" && li.classList.contains("is-unanswered")) ||
              (key === "flagged" && li.hasAttribute("data-flagged"));
            li.hidden = !show;
            if (show) n++;
          });
          shownText.textContent = "Showing " + plural(n, "question") + (key === "all" ? "." : " of " + e.ids.length + ".");
        }
        main.appendChild(U.filters("Show", [
          { key: "all", label: "All", count: e.ids.length },
          { key: "unanswered", label: "Unanswered", count: unanswered.length },
          { key: "flagged", label: "Flagged", count: e.flagged.length },
        ], "all", apply));
        main.appendChild(shownText);
        main.appendChild(list);
        apply("all");
        nav.hidden = true;
        reviewBtn.hidden = true; // Submit is right under the heading
        updateNav(true);
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
        focusView(false);
        clear(main);
        main.appendChild(h("p", { role: "status", text: "Scoring your answers…" }));
        loadReasons().then(function () { results(e); }, function () { results(e); });
      }
    }

    /* ---- results --------------------------------------------------------------------- */

    /* A summary first (score, pass or fail, time, bars per domain and task), then the
       questions, filtered to the wrong or blank ones by default, reasons folded until opened;
       then the history of attempts. */
    function results(e) {
      stop();
      focusView(false);
      clear(ui);
      var st = S();
      var r = C.scoreExam(e.ids, byId, e.responses, fmt);
      var view = h("section", { class: "dea-screen dea-results" });
      view.appendChild(h("h2", { tabindex: "-1", text: "Your result" }));
      if (e.timeUp) view.appendChild(h("p", { class: "dea-warn", role: "status", text: "Time is up: the exam was submitted as it stood." }));
      var blank = r.total - r.answered;
      view.appendChild(h("div", { class: "dea-summary " + (r.passed ? "is-pass" : "is-fail") }, [
        h("p", { class: "dea-score " + (r.passed ? "is-right" : "is-wrong") }, [
          h("strong", { text: "Estimated score: " + r.score + " " }),
          "on the " + fmt.score_min + "–" + fmt.score_max.toLocaleString("en") + " scale, " +
            (r.passed ? "at or above" : "below") + " the pass mark of " + fmt.passing_score + ": " + (r.passed ? "✓ a pass." : "✗ not a pass yet."),
        ]),
        h("p", { text: "You answered " + r.correct + " of " + r.total + " questions correctly (" + pct(r.correct, r.total) + ")" +
          (blank ? "; " + plural(blank, "question was", "questions were") + " left blank. " : ". ") +
          (e.mode === "exam" ? "Time used: " + clock(e.elapsed) + " of " + clock(e.limit) + "." : "Practice mode, no clock: " + clock(e.elapsed) + " spent.") }),
        h("p", { class: "dea-muted" }, ["The estimate maps the share of correct answers linearly onto the scale; it is not how AWS scales scores. ",
          link("#how-the-score-estimate-is-made", "How the estimate is made")]),
      ]));
      view.appendChild(U.table("Result per domain", ["Domain", "Correct"],
        data.domains.filter(function (d) { return r.byDomain[d.id]; }).map(function (d) {
          var x = r.byDomain[d.id];
          return [domainName[d.id], U.bar(x.correct, x.total)];
        }), "dea-bars"));
      view.appendChild(U.table("Result per task statement (each links to its quiz)", ["Task statement", "Correct"],
        data.tasks.filter(function (t) { return r.byTask[t.id]; }).map(function (t) {
          var x = r.byTask[t.id];
          return [link(U.quizUrl(box, root, t.id), taskName[t.id]), U.bar(x.correct, x.total)];
        }), "dea-bars"));
      view.appendChild(h("p", { class: "dea-actions" }, [btn("Start a new attempt", function () { startScreen(true); }, "md-button--primary dea-new-attempt")]));

      view.appendChild(h("h3", { text: "The questions, with reasons" }));
      var wrong = e.ids.filter(function (id) { return !r.results[id]; });
      var shownText = h("p", { class: "dea-status dea-shown", role: "status" });
      var list = h("ol", { class: "dea-qlist dea-review-all" }, e.ids.map(function (id, i) { return reviewed(e, r, id, i); }));
      function apply(key) {
        var n = 0;
        Array.prototype.forEach.call(list.children, function (li) {
          var show = key === "all" || (key === "wrong" && li.getAttribute("data-result") !== "right") ||
            (key === "flagged" && li.hasAttribute("data-flagged"));
          li.hidden = !show;
          if (show) n++;
        });
        shownText.textContent = "Showing " + plural(n, "question") + (key === "all" ? "." : " of " + e.ids.length + ".");
      }
      var first = wrong.length ? "wrong" : "all";
      view.appendChild(U.filters("Show", [
        { key: "wrong", label: "Wrong or blank", count: wrong.length },
        { key: "flagged", label: "Flagged", count: e.flagged.length },
        { key: "all", label: "All", count: e.ids.length },
      ], first, apply));
      view.appendChild(shownText);
      view.appendChild(list);
      apply(first);

      view.appendChild(h("h3", { text: "Your attempts" }));
      var chart = U.historyChart(st.history, data.domains, fmt);
      view.appendChild(chart || h("p", { text: "No attempt recorded yet." }));
      ui.appendChild(view);
      U.scrollable(view);
      ui.querySelector("h2").focus();
    }

    function reviewed(e, r, id, i) {
      var q = byId[id], reason = why(q);
      var picked = e.responses[id] || [];
      var ok = r.results[id];
      var flagged = e.flagged.indexOf(id) >= 0;
      var state = ok ? "right" : picked.length ? "wrong" : "blank";
      var options = e.order[id].map(function (orig, pos) {
        var right = q.answer.indexOf(orig) >= 0, chosen = picked.indexOf(orig) >= 0;
        return h("li", { class: "dea-opt " + (right ? "is-right" : "is-wrong") + (chosen ? " is-picked" : "") }, [
          h("p", {}, [h("span", { class: "dea-mark", text: (right ? "✓ " : chosen ? "✗ " : "") }), "ABCDEFGH"[pos] + ". " + q.choices[orig],
            right || chosen ? h("span", { class: "dea-muted", text: " (" + (right && chosen ? "right, your choice" : right ? "right answer" : "your choice") + ")" }) : null]),
        ]);
      });
      return h("li", { class: "dea-qcard", "data-result": state, "data-flagged": flagged ? "1" : null }, [
        h("h4", { text: "Question " + (i + 1) + ": " + (ok ? "correct" : picked.length ? "not correct" : "not answered") + (flagged ? " (flagged)" : "") }),
        h("p", { class: "dea-stem", text: q.stem }),
        h("ul", { class: "dea-opts-review" }, options),
        h("details", { class: "dea-explain" }, [
          h("summary", { text: "Explanation and the reason for every option" }),
          h("p", { text: reason.explanation }),
          h("ul", { class: "dea-opts-review" }, e.order[id].map(function (orig, pos) {
            var right = q.answer.indexOf(orig) >= 0;
            return h("li", {}, [h("p", { class: "dea-why" }, [h("strong", { text: "ABCDEFGH"[pos] + ". " + (right ? "✓ Correct option. " : "✗ Incorrect option. ") }), reason.why[orig]])]);
          })),
          h("p", { class: "dea-links" }, [link(root + q.url, "Learn more"), " · ", U.reportLink(report, q), " · ",
            h("span", { class: "dea-qid", text: taskName[q.task] + " · question " + q.id })]),
        ]),
      ]);
    }

    startScreen(false, true);
  }

  U.tool("exam", exam);
})();
