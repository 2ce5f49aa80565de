/* Practice tool: the progress page (docs/practice/progress.md): accuracy per domain, task and
   skill, weakest skills, the history of mock exams, flashcards, and export, import or reset.

   The page holds every heading, table and control with empty values (macros/practice_frames.py
   progress_frame); this script fills the cells marked data-cell and the sections whose length
   depends on the learner's progress, and binds the controls. */
(function () {
  "use strict";
  var C = window.DeaCore, U = window.DeaUI;
  if (!C || !U) return;
  var h = U.h, clear = U.clear, pct = U.pct, plural = U.plural, S = U.S, persist = U.persist, link = U.link;

  function progress(ui, data, box) {
    var root = box.getAttribute("data-root") || "";
    var msg = ui.querySelector(".dea-manage .dea-status");
    // The server-rendered "no mock exam yet" line (our own HTML), put back after a reset.
    var emptyHistory = ui.querySelector(".dea-history-box").innerHTML;

    function cell(key, text) {
      var el = ui.querySelector('[data-cell="' + key + '"]');
      if (el) el.textContent = text;
    }

    function draw() {
      var st = S();
      var s = C.stats(st, data.questions);
      var bank = { domains: {}, tasks: {}, skills: {} };
      var known = {};
      data.questions.forEach(function (q) {
        known[q.id] = true;
        var d = q.task.split(".")[0];
        bank.domains[d] = (bank.domains[d] || 0) + 1;
        bank.tasks[q.task] = (bank.tasks[q.task] || 0) + 1;
        q.skills.forEach(function (k) { bank.skills[k] = (bank.skills[k] || 0) + 1; });
      });
      var practised = Object.keys(st.answers).filter(function (id) { return known[id]; }).length;
      ui.querySelector(".dea-overview").textContent = s.n
        ? "You have practised " + practised + " of the " + data.questions.length + " questions in the bank (" + plural(s.n, "answer") + " in all), " + pct(s.ok, s.n) + " of them right."
        : "Nothing practised yet in this browser. Start with a quiz or the mock exam; your results will show here.";
      function fill(key, x, inBank) {
        cell(key + "-practised", (x ? x.questions : 0) + " of " + (inBank || 0));
        cell(key + "-answers", String(x ? x.n : 0));
        cell(key + "-accuracy", x ? pct(x.ok, x.n) : "–");
      }
      data.domains.forEach(function (d) { fill("d" + d.id, s.domains[String(d.id)], bank.domains[d.id]); });
      data.tasks.forEach(function (t) { fill("t" + t.id, s.tasks[t.id], bank.tasks[t.id]); });

      var skillText = {}, skillTask = {};
      data.tasks.forEach(function (t) { t.skills.forEach(function (k) { skillText[k.id] = k.text; skillTask[k.id] = t.id; }); });
      var weakBox = ui.querySelector(".dea-weak-box");
      clear(weakBox);
      var weak = C.weakest(s.skills, 5);
      weakBox.appendChild(weak.length ? h("ol", { class: "dea-weak" }, weak.map(function (w) {
        return h("li", {}, [h("strong", { text: w.id + " " }), skillText[w.id] || "", " ",
          h("span", { class: "dea-muted", text: "(" + w.ok + " of " + w.n + " right, " + pct(w.ok, w.n) + ") " }),
          link(U.quizUrl(box, root, skillTask[w.id]), "quiz " + skillTask[w.id])]);
      })) : h("p", { text: "No skill practised yet." }));
      var allSkills = Object.keys(skillText);
      var untried = allSkills.filter(function (k) { return !s.skills[k]; });
      var noQuestion = untried.filter(function (k) { return !bank.skills[k]; });
      ui.querySelector(".dea-untried").textContent = untried.length + " of " + allSkills.length + " skills not practised yet; " +
        noQuestion.length + " of those have no question in the bank yet (the bank is still growing).";

      var historyBox = ui.querySelector(".dea-history-box");
      var chart = st.history.length ? U.historyChart(st.history, data.domains, data.format) : null;
      if (chart) { clear(historyBox); historyBox.appendChild(chart); } else historyBox.innerHTML = emptyHistory;
      U.scrollable(ui);

      var rated = Object.keys(st.cards);
      var levels = { learning: 0, middle: 0, known: 0 };
      rated.forEach(function (id) {
        var b = st.cards[id].box;
        levels[b === 1 ? "learning" : b <= 3 ? "middle" : "known"] += 1;
      });
      ui.querySelector(".dea-cards-summary").textContent = rated.length
        ? plural(rated.length, "card") + " rated so far: " + levels.known + " known, " + levels.middle + " getting there, " + levels.learning + " still learning."
        : "No card rated yet.";
    }

    function manage() {
      var file = ui.querySelector(".dea-import-file");
      var confirmBox = ui.querySelector(".dea-confirm");
      var reset = ui.querySelector(".dea-reset");
      ui.querySelector(".dea-export").addEventListener("click", function () {
        var blob = new Blob([JSON.stringify(S(), null, 1)], { type: "application/json" });
        var a = h("a", { href: URL.createObjectURL(blob), download: "dea-c01-progress-" + new Date().toISOString().slice(0, 10) + ".json" });
        document.body.appendChild(a);
        a.click();
        setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 0);
        msg.textContent = "Progress exported.";
      });
      // A button opens the file chooser, so that it looks and reads like the other controls.
      ui.querySelector(".dea-import").addEventListener("click", function () { file.click(); });
      file.addEventListener("change", function () {
        var f = file.files && file.files[0];
        if (!f) return;
        var reader = new FileReader();
        reader.onload = function () {
          var got = C.parseImport(String(reader.result));
          if (got.error) { msg.textContent = "Import failed: " + got.error + ". Your progress was not changed."; return; }
          U.setState(got.state);
          persist();
          draw();
          msg.textContent = "Progress imported from " + f.name + ".";
        };
        reader.onerror = function () { msg.textContent = "Import failed: the file could not be read."; };
        reader.readAsText(f);
        file.value = "";
      });
      reset.addEventListener("click", function () { confirmBox.hidden = false; confirmBox.querySelector("button").focus(); });
      ui.querySelector(".dea-confirm-yes").addEventListener("click", function () {
        U.setState(C.fresh());
        persist();
        confirmBox.hidden = true;
        draw();
        msg.textContent = "All progress was deleted.";
        reset.focus();
      });
      ui.querySelector(".dea-confirm-no").addEventListener("click", function () { confirmBox.hidden = true; reset.focus(); });
    }
    manage();
    draw();
  }

  U.tool("progress", progress);
})();
