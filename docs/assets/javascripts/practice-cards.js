/* Practice tool: flashcards with Leitner boxes (docs/practice/flashcards.md). */
(function () {
  "use strict";
  var C = window.DeaCore, U = window.DeaUI;
  if (!C || !U) return;
  var h = U.h, btn = U.btn, clear = U.clear, nextId = U.nextId, pct = U.pct, plural = U.plural;
  var now = U.now, S = U.S, persist = U.persist, table = U.table, link = U.link;

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


  U.tool("cards", cards);
})();
