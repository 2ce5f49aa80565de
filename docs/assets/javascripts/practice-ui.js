/* Practice tools, shared part: DOM helpers, the progress store and its notices, the question
   form, the history chart, loading the question bank, and the wiring that starts each tool on
   the pages that hold it.

   Each tool is its own classic script (practice-quiz.js, practice-exam.js, practice-cards.js,
   practice-progress.js) that registers itself with DeaUI.tool(kind, start). practice-boot.js
   loads these scripts on pages that hold a tool and calls init() on every page (Material's
   instant navigation swaps pages without reloading scripts); init() first runs the previous
   page's cleanups (timers, listeners, the exam's focused view).

   Each container holds the tool's first screen as server-rendered HTML (.dea-ui, from
   macros/practice_frames.py) so that nothing moves when the tool starts; a tool either adopts
   that screen or draws the same markup. Data strings are always inserted as text, never as
   HTML; the only HTML ever re-inserted is that server-rendered frame. */
(function () {
  "use strict";
  var C = window.DeaCore;
  if (!C) return;

  var cleanups = [];
  var store = null;
  var uid = 0;
  var TOOLS = {};
  var loading = {};

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
    append(el, kids);
    return el;
  }
  function append(el, kids) {
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
  function excerpt(text, n) { return text.length > n ? text.slice(0, n - 3) + "…" : text; }
  function local() { try { return window.localStorage; } catch (e) { return null; } }
  function S() {
    if (!store) {
      var ls = local();
      store = ls ? C.load(ls, now()) : { state: C.fresh(), notice: null, storageError: true };
    }
    return store.state;
  }
  function persist() {
    var ls = local();
    if (ls) C.save(ls, S());
  }
  function setState(state) { S(); store.state = state; }

  // A table as macros/practice_frames.py table() writes it; cells are strings or nodes.
  function table(caption, head, rows, cls) {
    return h("div", { class: "dea-table" + (cls ? " " + cls : "") }, [h("table", { class: "dea-t" }, [
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

  /* A table wider than its box scrolls; keyboard users can only scroll it if it takes focus,
     and it is announced by its caption (axe: scrollable-region-focusable). */
  function scrollable(root) {
    Array.prototype.forEach.call(root.querySelectorAll(".dea-table"), function (wrap) {
      if (wrap.scrollWidth <= wrap.clientWidth && !wrap.closest("details")) return;
      var caption = wrap.querySelector("caption");
      wrap.tabIndex = 0;
      wrap.setAttribute("role", "region");
      wrap.setAttribute("aria-label", caption ? caption.textContent : "Table");
    });
  }

  // A horizontal bar with its value written beside it (the bar alone is decoration).
  function bar(ok, n) {
    var p = n ? Math.round((100 * ok) / n) : 0;
    return h("span", { class: "dea-barcell" }, [
      h("span", { class: "dea-bar", "aria-hidden": "true" }, [h("span", { class: "dea-bar-fill", style: "width: " + p + "%" })]),
      h("span", { class: "dea-bar-value", text: ok + " of " + n + " (" + pct(ok, n) + ")" }),
    ]);
  }

  /* Toggle buttons that filter a list: [{key, label, count}]; onchange(key). One is pressed. */
  function filters(label, options, selected, onchange) {
    var group = h("div", { class: "dea-filters", role: "group", "aria-label": label });
    var buttons = options.map(function (o) {
      return btn(o.label + " (" + o.count + ")", function () { select(o.key); onchange(o.key); }, "dea-filter",
        { "aria-pressed": o.key === selected ? "true" : "false", "data-key": o.key });
    });
    function select(key) {
      buttons.forEach(function (b) { b.setAttribute("aria-pressed", b.getAttribute("data-key") === key ? "true" : "false"); });
    }
    append(group, [h("span", { class: "dea-filters-label", text: label + ":" })].concat(buttons));
    return group;
  }

  /* Load a classic script once and resolve with the global it assigns. Works from file://,
     where fetch() of local files is blocked; the browser caches it between pages. */
  function loadScript(src, name) {
    if (window[name]) return Promise.resolve(window[name]);
    if (loading[src]) return loading[src];
    loading[src] = new Promise(function (resolve, reject) {
      var el = document.createElement("script");
      el.src = src;
      el.onload = function () {
        if (window[name]) resolve(window[name]);
        else { delete loading[src]; reject(new Error("the questions file did not load")); }
      };
      el.onerror = function () { delete loading[src]; el.remove(); reject(new Error("the questions file could not be loaded")); };
      document.head.appendChild(el);
    });
    return loading[src];
  }

  /* ---- stored-progress notices ----------------------------------------------------- */

  var KIND_TEXT = {
    damaged: "It looks damaged, perhaps by an interrupted save or a browser extension.",
    older: "It was saved in an old format that this version of the guide cannot read.",
    newer: "It was saved by a newer version of this guide; reloading the page may fix that.",
  };

  /* Written for learners: what happened, that a copy was kept, and two choices. The notice
     stays on every practice page until one is chosen. Restore salvages every readable entry of
     the copy and merges it with what was done since, then restarts the tools on the page. */
  function notices(box, restart) {
    S();
    var area = box.querySelector(".dea-notices");
    var ls = local();
    clear(area);
    if (store.storageError) {
      area.appendChild(h("div", { class: "admonition note dea-notice", role: "status" }, [
        h("p", { class: "admonition-title", text: "Your progress is not saved in this browser" }),
        h("p", { text: "This browser does not let the site store data, so what you do here lasts until you leave the page." }),
      ]));
      return;
    }
    var copy = C.pendingBackup(ls);
    if (!copy) return;
    var said = h("p", { class: "dea-notice-result", role: "status" });
    var msg = h("div", { class: "admonition warning dea-notice", role: "alert" }, [
      h("p", { class: "admonition-title", text: "Your saved progress could not be read" }),
      h("p", { text: (KIND_TEXT[copy.kind] || KIND_TEXT.damaged) + " A copy was kept in this browser: restore what can be read from it, or start fresh." }),
      h("p", { class: "dea-actions" }, [
        btn("Restore it", function () {
          var got = C.restoreBackup(ls, S());
          if (got.error) {
            C.settleBackup(ls);
            done("Nothing could be restored: the copy cannot be read at all. Your progress starts fresh.");
            return;
          }
          setState(got.state);
          persist();
          done("Restored " + plural(got.kept, "saved item") + (got.dropped ? "; " + plural(got.dropped, "damaged item was", "damaged items were") + " left out." : "."));
          restart();
        }, "md-button--primary dea-restore"),
        btn("Start fresh", function () {
          C.settleBackup(ls);
          done("Starting fresh. The copy stays in this browser until the next problem replaces it.");
        }, "dea-fresh"),
      ]),
      h("details", { class: "dea-notice-details" }, [h("summary", { text: "Details for a bug report" }),
        h("p", { text: "Stored progress could not be used because " + copy.reason + ". Kept under the key " + C.BACKUP_KEY + "." })]),
    ]);
    function done(text) {
      msg.remove();
      said.textContent = text;
      area.appendChild(said);
    }
    area.appendChild(msg);
  }

  /* ---- one question: options as native inputs in a fieldset ----------------------- */

  /* Renders a question's options in the order `perm`; `picked` holds ORIGINAL indices. The
     markup matches macros/practice_frames.py question_form(), which draws a quiz's first
     question into the page. */
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
      return h("div", { class: "dea-opt", "data-orig": String(orig) }, [
        input, h("label", { for: id }, [h("span", { class: "dea-letter", "aria-hidden": "true", text: "ABCDEFGH"[pos] + "." }), " ", q.choices[orig]]),
      ]);
    });
    rows.forEach(function (r) { fs.appendChild(r); });
    if (hint) fs.appendChild(hint);
    updateHint();
    return {
      el: fs, current: current, rows: rows,
      lock: function () { inputs.forEach(function (i) { i.disabled = true; }); },
      reveal: function (why) { revealReasons(q, rows, current(), why || q.why); },
    };
  }

  function revealReasons(q, rows, picked, why) {
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
        why[orig],
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

  function feedbackBody(q, ok, root, report, explanation) {
    return [
      h("p", { class: "dea-verdict " + (ok ? "is-right" : "is-wrong"), text: ok ? "Correct." : (q.answer.length > 1 ? "Not correct: the right options are marked ✓." : "Not correct: the right option is marked ✓.") }),
      h("p", { text: explanation || q.explanation }),
      h("p", { class: "dea-links" }, [
        link(root + q.url, "Learn more: the section that teaches this"), " · ",
        reportLink(report, q), " · ", h("span", { class: "dea-qid", text: "Question " + q.id }),
      ]),
    ];
  }

  /* ---- history of mock exams: a trend chart per domain, and the same as a table ---- */

  var SVG = "http://www.w3.org/2000/svg";
  function s(tag, attrs, kids) {
    var el = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (k) { if (attrs[k] !== null && attrs[k] !== undefined) el.setAttribute(k, attrs[k]); });
    (kids || []).forEach(function (kid) { el.appendChild(typeof kid === "string" ? document.createTextNode(kid) : kid); });
    return el;
  }
  // Series differ by colour, dash pattern and marker shape, so colour is never the only cue.
  var DASH = { all: null, 1: "7 4", 2: "2 4", 3: "10 3 2 3", 4: "1 0" };
  function marker(series, x, y) {
    var k = String(series);
    if (k === "1") return s("rect", { x: x - 3.5, y: y - 3.5, width: 7, height: 7 });
    if (k === "2") return s("path", { d: "M" + x + " " + (y - 4.5) + "l4.5 8h-9z" });
    if (k === "3") return s("path", { d: "M" + x + " " + (y - 4.5) + "l4.5 4.5l-4.5 4.5l-4.5-4.5z" });
    if (k === "4") return s("path", { d: "M" + (x - 4) + " " + (y - 4) + "l8 8m0-8l-8 8", fill: "none" });
    return s("circle", { cx: x, cy: y, r: 4 });
  }
  function swatch(series) {
    return s("svg", { width: 36, height: 12, viewBox: "0 0 36 12", "aria-hidden": "true", class: "dea-s dea-s-" + series }, [
      s("line", { x1: 0, y1: 6, x2: 36, y2: 6, "stroke-dasharray": DASH[series] }), marker(series, 18, 6),
    ]);
  }

  /* The last attempts (up to 10) as lines: overall and per domain, percent correct, with the
     pass mark. An accessible image (title and description) with a table alternative. */
  function historyChart(history, domains, fmt) {
    var shown = 10;
    var series = C.trend(history, domains, shown);
    var overall = series[series.length - 1];
    var n = overall.points.length;
    if (!n) return null;
    var id = nextId("chart");
    // Drawn at about the size it is shown, so that its 12-pixel labels stay readable on a phone.
    var W = Math.max(320, Math.min(640, (document.querySelector(".md-content") || document.body).clientWidth - 40));
    var H = 250, L = 48, R = 16, T = 14, B = 40, pw = W - L - R, ph = H - T - B;
    function x(i) { return n === 1 ? L + pw / 2 : L + (pw * i) / (n - 1); }
    function y(p) { return T + ph * (1 - p / 100); }
    var kids = [s("title", { id: id + "-t" }, ["Percent correct per domain in your last " + plural(n, "mock exam")]),
      s("desc", { id: id + "-d" }, [describe()])];
    [0, 25, 50, 75, 100].forEach(function (p) {
      kids.push(s("line", { class: "dea-grid", x1: L, x2: W - R, y1: y(p), y2: y(p) }));
      kids.push(s("text", { class: "dea-axis", x: L - 6, y: y(p) + 4, "text-anchor": "end" }, [p + "%"]));
    });
    var pass = C.percentFor(fmt.passing_score, fmt);
    kids.push(s("line", { class: "dea-passline", x1: L, x2: W - R, y1: y(pass), y2: y(pass) }));
    kids.push(s("text", { class: "dea-axis", x: W - R, y: y(pass) - 5, "text-anchor": "end" }, ["pass mark ≈ " + Math.round(pass) + "%"]));
    overall.points.forEach(function (p, i) {
      var number = history.map(function (x2) { return x2.at; }).indexOf(p.at) + 1;
      kids.push(s("text", { class: "dea-axis", x: x(i), y: H - B + 18, "text-anchor": "middle" }, [String(number)]));
    });
    kids.push(s("text", { class: "dea-axis", x: L + pw / 2, y: H - 6, "text-anchor": "middle" }, ["Attempt"]));
    series.forEach(function (ser) {
      if (!ser.points.length) return;
      var g = s("g", { class: "dea-s dea-s-" + ser.domain });
      var d = ser.points.map(function (p, i) { return (i ? "L" : "M") + x(p.attempt).toFixed(1) + " " + y(p.percent).toFixed(1); }).join("");
      g.appendChild(s("path", { d: d, fill: "none", "stroke-dasharray": DASH[ser.domain] }));
      ser.points.forEach(function (p) { g.appendChild(marker(ser.domain, x(p.attempt), y(p.percent))); });
      kids.push(g);
    });
    var svg = s("svg", { class: "dea-chart", viewBox: "0 0 " + W + " " + H, role: "img", "aria-labelledby": id + "-t", "aria-describedby": id + "-d" }, kids);
    var names = { all: "All domains" };
    domains.forEach(function (d) { names[d.id] = "Domain " + d.id + ": " + d.title; });
    var legend = h("ul", { class: "dea-legend-list" }, series.filter(function (ser) { return ser.points.length; }).map(function (ser) {
      var last = ser.points[ser.points.length - 1];
      return h("li", {}, [swatch(ser.domain), " " + names[ser.domain] + ": " + last.percent + "% in the latest attempt"]);
    }));
    function describe() {
      var first = overall.points[0], last = overall.points[n - 1];
      return "Overall from " + first.percent + "% to " + last.percent + "% correct. Latest attempt per domain: " +
        series.slice(0, -1).filter(function (ser) { return ser.points.length; }).map(function (ser) {
          return "Domain " + ser.domain + " " + ser.points[ser.points.length - 1].percent + "%";
        }).join(", ") + ". The pass mark is about " + Math.round(C.percentFor(fmt.passing_score, fmt)) + "% correct.";
    }
    var rows = history.slice().reverse().map(function (x2, i) {
      return [String(history.length - i), new Date(x2.at).toLocaleDateString("en", { day: "numeric", month: "short", year: "numeric" }),
        x2.mode === "exam" ? "Exam" : "Practice", String(x2.score), pct(x2.correct, x2.total)]
        .concat(domains.map(function (d) { var p = x2.domains && x2.domains[d.id]; return p ? pct(p[0], p[1]) : "–"; }))
        .concat([x2.elapsed ? clock(x2.elapsed) : "–"]);
    });
    return h("div", { class: "dea-history" }, [
      svg, legend,
      h("details", { class: "dea-history-table" }, [h("summary", { text: "The same results as a table" }),
        table("Your mock exams, newest first", ["Attempt", "Date", "Mode", "Estimated score", "Overall"]
          .concat(domains.map(function (d) { return "Domain " + d.id; })).concat(["Time used"]), rows)]),
    ]);
  }

  /* ---- wiring ---------------------------------------------------------------------- */

  function onCleanup(fn) { cleanups.push(fn); }

  function start(box) {
    var ui = box.querySelector(".dea-ui");
    try {
      var tpl = box.querySelector("template.dea-data");
      var data = JSON.parse(tpl.content ? tpl.content.textContent : tpl.textContent);
      var tool = TOOLS[box.getAttribute("data-kind")];
      if (!tool) throw new Error("no script for the tool " + box.getAttribute("data-kind"));
      tool(ui, data, box);
      scrollable(ui);
    } catch (err) {
      clear(ui);
      ui.appendChild(h("p", { class: "dea-warn", role: "alert", text: "This practice tool could not start: " + err.message }));
      if (window.console) console.error(err);
    }
  }

  function init() {
    cleanups.forEach(function (fn) { try { fn(); } catch (e) { /* the old page is gone */ } });
    cleanups = [];
    store = null; // re-read: another tab may have changed it
    Array.prototype.forEach.call(document.querySelectorAll(".dea-practice[data-kind]"), function (box) {
      if (box.getAttribute("data-ready")) return;
      box.setAttribute("data-ready", "1");
      var ui = box.querySelector(".dea-ui");
      var frame = ui.innerHTML; // the server-rendered first screen, to start over from
      notices(box, function () {
        cleanups.forEach(function (fn) { try { fn(); } catch (e) { /* restarting */ } });
        cleanups = [];
        ui.innerHTML = frame;
        start(box);
      });
      start(box);
    });
  }

  window.DeaUI = {
    h: h, append: append, btn: btn, clear: clear, nextId: nextId, pct: pct, plural: plural, now: now,
    clock: clock, spoken: spoken, excerpt: excerpt, S: S, persist: persist, setState: setState,
    table: table, link: link, scrollable: scrollable, bar: bar, filters: filters, loadScript: loadScript,
    questionForm: questionForm, revealReasons: revealReasons, quizUrl: quizUrl,
    reportLink: reportLink, feedbackBody: feedbackBody, historyChart: historyChart,
    onCleanup: onCleanup,
    // A tool registers itself; init() (called by practice-boot.js on every page) starts it.
    tool: function (kind, fn) { TOOLS[kind] = fn; },
    init: init,
  };
})();
