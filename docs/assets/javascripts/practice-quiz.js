/* Practice tool: the quiz of one task statement (docs/practice/quiz-*.md). */
(function () {
  "use strict";
  var C = window.DeaCore, U = window.DeaUI;
  if (!C || !U) return;
  var h = U.h, btn = U.btn, clear = U.clear, nextId = U.nextId, pct = U.pct, plural = U.plural;
  var now = U.now, S = U.S, persist = U.persist, table = U.table, link = U.link;
  var questionForm = U.questionForm, feedbackBody = U.feedbackBody;

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


  U.tool("quiz", quiz);
})();
