/* Practice tool: flashcards with spaced repetition (docs/practice/flashcards.md).

   The page holds the deck chooser (a domain, task statement or service; signals, facts or
   both; a session size) and the first card of the default session (macros/practice_frames.py
   flashcards_frame). This script binds the chooser and draws each card with the same markup.
   Cards are spaced with Leitner boxes (practice-core.js); the learner sees plain words (new,
   still learning, getting there, known), never box numbers. */
(function () {
  "use strict";
  var C = window.DeaCore, U = window.DeaUI;
  if (!C || !U) return;
  var h = U.h, btn = U.btn, clear = U.clear, plural = U.plural, now = U.now, S = U.S, persist = U.persist;

  function levelsText(k) {
    return "In this deck: " + k.fresh + " new, " + k.learning + " still learning, " + k.middle + " getting there, " + k.known + " known.";
  }

  function cards(ui, data, box) {
    var root = box.getAttribute("data-root") || "";
    var all = data.cards;
    var deckSel = ui.querySelector(".dea-deck"), kindSel = ui.querySelector(".dea-kind"), sizeSel = ui.querySelector(".dea-size");
    var status = ui.querySelector(".dea-status");
    var stage = ui.querySelector(".dea-cardstage");
    if (!stage) return; // no card yet
    var queue = [];
    [deckSel, kindSel, sizeSel].forEach(function (sel) { sel.addEventListener("change", function () { session(false); }); });

    function deck() { return C.deck(all, deckSel.value, kindSel.value); }
    function session(everything) {
      var size = Number(sizeSel.value) || Infinity;
      queue = C.cardOrder(deck(), S().cards, now(), everything).slice(0, size);
      showCard(false);
    }
    function label(c) { return c.kind === "signal" ? "Which service does this point to?" : "Key fact"; }

    function showCard(focus) {
      var levels = levelsText(C.cardLevels(deck(), S().cards));
      clear(stage);
      if (!queue.length) {
        var later = deck().map(function (c) { return S().cards[c.id]; }).filter(Boolean).map(function (b) { return b.due; });
        var next = later.length ? new Date(Math.min.apply(null, later)) : null;
        status.textContent = (deck().length ? "No card of this deck is due now. " : "This deck is empty. ") + levels;
        stage.appendChild(h("div", { class: "dea-card" }, [
          h("p", { class: "dea-card-text", text: "Well done: nothing is due" + (next ? " until " + next.toLocaleDateString("en", { day: "numeric", month: "long" }) : "") + "." }),
          h("p", { class: "dea-actions" }, [btn("Review every card of this deck anyway", function () { session(true); }, "md-button--primary")]),
        ]));
        if (focus) stage.querySelector("button").focus();
        return;
      }
      var c = queue[0];
      status.textContent = plural(queue.length, "card") + " to go in this session. " + levels;
      var back = h("div", { class: "dea-back", "aria-live": "polite" });
      var knew = btn("Knew it", function () { rate(true); }, "md-button--primary dea-knew", { hidden: true });
      var didnt = btn("Didn't know", function () { rate(false); }, "dea-didnt", { hidden: true });
      var showBtn = btn("Show answer", function () {
        back.appendChild(h("p", { class: "dea-card-label", text: "Answer" }));
        back.appendChild(h("p", { class: "dea-card-text", text: c.back }));
        back.appendChild(h("p", {}, [U.link(root + c.url, "Where this is taught")]));
        showBtn.hidden = true;
        knew.hidden = false;
        didnt.hidden = false;
        knew.focus();
      }, "md-button--primary dea-show");
      function rate(ok) {
        C.rateCard(S().cards, c.id, ok, now());
        persist();
        queue.shift();
        if (!ok) queue.push(c); // still learning: it comes back later in this session
        showCard(true);
      }
      // The markup matches practice_frames.card_face().
      stage.appendChild(h("div", { class: "dea-card" }, [
        h("p", { class: "dea-card-label", text: label(c) }),
        h("p", { class: "dea-card-text", text: c.prompt }),
        back,
        h("p", { class: "dea-actions" }, [showBtn, knew, didnt]),
      ]));
      if (focus) showBtn.focus();
    }
    session(false);
  }

  U.tool("cards", cards);
})();
