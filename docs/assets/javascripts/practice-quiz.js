/* Practice tool: the quiz of one task statement (docs/practice/quiz-*.md).

   One question at a time with a progress bar. The round (its questions, option orders, picks
   and checks) is kept in the progress store, so a reload continues where the learner was. At
   the end, the missed questions can be retried as a round of their own. The page holds the bar
   and the first question (macros/practice_frames.py quiz_frame) with the option order given in
   data.firstOrder; card() draws exactly that markup, so a new learner sees nothing move. */
(function () {
  "use strict";
  var C = window.DeaCore, U = window.DeaUI;
  if (!C || !U) return;
  var h = U.h, btn = U.btn, clear = U.clear, pct = U.pct, plural = U.plural, now = U.now;
  var S = U.S, persist = U.persist;

  function quiz(ui, data, box) {
    var root = box.getAttribute("data-root") || "";
    var report = box.getAttribute("data-report") || "";
    var task = data.task.id;
    var qs = data.questions;
    if (!qs.length) return; // the page already says there is nothing to practise yet
    var byId = {};
    qs.forEach(function (q) { byId[q.id] = q; });

    // Options ticked in the page's first question before the script loaded are kept.
    var early = Array.prototype.map.call(ui.querySelectorAll(".dea-opt input:checked"), function (i) {
      return Number(i.closest(".dea-opt").getAttribute("data-orig"));
    });
    var round = C.roundFits(S().quizzes[task], byId);
    if (!round) {
      fresh(qs, data.firstOrder);
      if (early.length) round.picked[qs[0].id] = early.sort(function (a, b) { return a - b; });
    }

    function fresh(list, firstOrder) {
      round = C.newRound(list, Math.random, firstOrder);
      if (list.length < qs.length) round.retry = true;
      S().quizzes[task] = round;
      persist();
    }

    clear(ui);
    var progress = h("p", { class: "dea-progress-text" });
    var fill = h("span", { style: "width: 0%" });
    var restart = btn("Start over", function () { fresh(qs); show(0, true); }, "dea-restart");
    ui.appendChild(h("div", { class: "dea-quizbar" }, [progress, restart, h("div", { class: "dea-meter", "aria-hidden": "true" }, [fill])]));
    var stage = h("div", { class: "dea-quizstage" });
    ui.appendChild(stage);

    function updateBar() {
      var sum = C.roundSummary(round);
      var where = sum.done && round.current >= round.ids.length ? "Round finished" : "Question " + (round.current + 1) + " of " + round.ids.length;
      progress.textContent = (round.retry ? "Retry round · " : "") + where + " · " + sum.checked + " checked, " + sum.right + " right";
      fill.style.width = Math.round((100 * sum.checked) / sum.total) + "%";
    }

    function show(i, focus) {
      round.current = i;
      persist();
      clear(stage);
      if (i >= round.ids.length) { summary(focus); return; }
      stage.appendChild(card(byId[round.ids[i]], i));
      updateBar();
      if (focus) stage.querySelector("h2").focus();
    }

    // The markup matches practice_frames.quiz_card().
    function card(q, i) {
      var n = round.ids.length;
      var done = round.checked[q.id] !== undefined;
      var picked = round.picked[q.id] || [];
      var check;
      var form = U.questionForm(q, round.order[q.id], picked, {
        locked: done,
        onchange: function (now_) {
          round.picked[q.id] = now_;
          persist();
          check.disabled = now_.length !== q.answer.length;
        },
      });
      var feedback = h("div", { class: "dea-feedback", role: "status" });
      function reveal(ok) {
        form.lock();
        form.reveal();
        U.feedbackBody(q, ok, root, report).forEach(function (el) { feedback.appendChild(el); });
      }
      check = btn(done ? "Checked" : "Check answer", function () {
        if (check.getAttribute("aria-disabled") === "true") return;
        var got = form.current();
        if (got.length !== q.answer.length) return;
        var ok = C.isCorrect(q, got);
        C.record(S(), q.id, ok, now());
        round.picked[q.id] = got;
        round.checked[q.id] = ok ? 1 : 0;
        persist();
        reveal(ok);
        check.textContent = "Checked";
        check.setAttribute("aria-disabled", "true");
        updateBar();
      }, "md-button--primary dea-check", { disabled: !done && picked.length !== q.answer.length, "aria-disabled": done ? "true" : null });
      var last = i === n - 1;
      var el = h("section", { class: "dea-qcard" }, [
        h("h2", { class: "dea-qhead", tabindex: "-1", text: "Question " + (i + 1) + " of " + n }),
        form.el,
        h("div", { class: "dea-actions" }, [check]),
        feedback,
        h("div", { class: "dea-actions dea-move" }, [
          btn("Previous", function () { show(i - 1, true); }, "dea-prev", { disabled: i === 0 }),
          btn(last ? "See your result" : "Next question", function () { show(i + 1, true); }, "dea-next"),
        ]),
      ]);
      if (done) reveal(round.checked[q.id] === 1);
      return el;
    }

    function summary(focus) {
      var sum = C.roundSummary(round);
      updateBar();
      var unchecked = sum.total - sum.checked;
      var body = h("section", { class: "dea-qcard dea-round-end" }, [
        h("h2", { class: "dea-qhead", tabindex: "-1", text: sum.done ? "Round finished" : "End of the round" }),
        h("p", { class: "dea-round-score", text: "You got " + sum.right + " of " + sum.total + " right (" + pct(sum.right, sum.total) + ")." +
          (unchecked ? " " + plural(unchecked, "question was", "questions were") + " not checked." : "") }),
      ]);
      var actions = h("p", { class: "dea-actions" });
      if (sum.missed.length) {
        actions.appendChild(btn("Retry the " + plural(sum.missed.length, "question") + " I missed", function () {
          fresh(sum.missed.map(function (id) { return byId[id]; }));
          show(0, true);
        }, "md-button--primary dea-retry"));
      }
      actions.appendChild(btn("Start a new round with all " + qs.length, function () { fresh(qs); show(0, true); }, sum.missed.length ? "" : "md-button--primary"));
      if (unchecked) {
        var firstOpen = round.ids.filter(function (id) { return round.checked[id] === undefined; })[0];
        actions.appendChild(btn("Back to the questions not checked", function () { show(round.ids.indexOf(firstOpen), true); }, ""));
      }
      body.appendChild(actions);
      if (sum.missed.length) {
        body.appendChild(h("p", { text: "Missed in this round:" }));
        body.appendChild(h("ul", { class: "dea-missed" }, sum.missed.map(function (id) {
          var i = round.ids.indexOf(id);
          return h("li", {}, [btn("Question " + (i + 1), function () { show(i, true); }, "dea-jump"), " " + U.excerpt(byId[id].stem, 110)]);
        })));
      }
      stage.appendChild(body);
      if (focus) body.querySelector("h2").focus();
    }

    show(round.current, false);
  }

  U.tool("quiz", quiz);
})();
