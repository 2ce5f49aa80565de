/* Practice tool: the progress page with export, import and reset (docs/practice/progress.md). */
(function () {
  "use strict";
  var C = window.DeaCore, U = window.DeaUI;
  if (!C || !U) return;
  var h = U.h, btn = U.btn, clear = U.clear, nextId = U.nextId, pct = U.pct, plural = U.plural;
  var now = U.now, S = U.S, persist = U.persist, table = U.table, link = U.link;
  var quizUrl = U.quizUrl;

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
          U.setState(got.state);
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
            U.setState(C.fresh());
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


  U.tool("progress", progress);
})();
