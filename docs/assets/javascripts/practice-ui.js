/* Practice tools, shared part: DOM helpers, the progress store, the question form, and the
   wiring that starts each tool on the pages that hold it. Each tool is its own classic script
   (practice-quiz.js, practice-exam.js, practice-cards.js, practice-progress.js) that registers
   itself with DeaUI.tool(kind, start); they are classic scripts, not ES modules, because modules
   do not load from file:// and the offline build must work there. Material's instant navigation
   swaps pages without reloading scripts, so init() runs on every page through the theme's
   document$ observable; it first runs the previous page's cleanups (timers, listeners). Data
   strings are always inserted as text, never as HTML. */
(function () {
  "use strict";
  var C = window.DeaCore;
  if (!C) return;

  var cleanups = [];
  var store = null;
  var uid = 0;
  var TOOLS = {};

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


  /* ---- wiring ---------------------------------------------------------------------- */

  function onCleanup(fn) { cleanups.push(fn); }
  function setState(state) { S(); store.state = state; }

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
        var start = TOOLS[box.getAttribute("data-kind")];
        if (!start) throw new Error("no script for the tool " + box.getAttribute("data-kind"));
        start(ui, data, box);
      } catch (err) {
        clear(ui);
        ui.appendChild(h("p", { class: "dea-warn", role: "alert", text: "This practice tool could not start: " + err.message }));
        if (window.console) console.error(err);
      }
    });
  }

  window.DeaUI = {
    h: h, btn: btn, clear: clear, nextId: nextId, pct: pct, plural: plural, now: now, clock: clock,
    spoken: spoken, S: S, persist: persist, setState: setState, table: table, link: link,
    questionForm: questionForm, revealReasons: revealReasons, quizUrl: quizUrl,
    reportLink: reportLink, feedbackBody: feedbackBody, onCleanup: onCleanup,
    // A tool registers itself; init() starts it on every page that holds its container.
    tool: function (kind, start) { TOOLS[kind] = start; },
  };

  // document$ first emits on DOMContentLoaded, after every tool script (loaded in order at the
  // end of the page) has registered itself.
  if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(init);
  else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else setTimeout(init, 0);
})();