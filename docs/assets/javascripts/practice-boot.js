/* Practice tools, the part on every page: it loads the practice scripts only on pages that hold
   a tool (and the calculators on the page that has them), so teaching pages do not carry them.

   Material's instant navigation swaps pages without reloading scripts, so this runs on every
   page through the theme's document$ observable: on a page with tools it loads
   practice-core.js, practice-ui.js and the script of each tool there (classic scripts, run in
   order; ES modules would not load from file://, which the offline build needs), then starts
   them; on any page it lets the previous page's tools clean up (timers, the exam's focused
   view). Loaded scripts stay, and the browser caches them between visits. */
(function () {
  "use strict";
  var me = document.currentScript && document.currentScript.src;
  var base = me ? me.slice(0, me.lastIndexOf("/") + 1) : "";
  var FILES = { quiz: "practice-quiz.js", exam: "practice-exam.js", cards: "practice-cards.js", progress: "practice-progress.js" };
  var loading = {};

  // Inserted scripts with async=false run in insertion order, yet download in parallel.
  function load(name) {
    if (!loading[name]) {
      loading[name] = new Promise(function (resolve, reject) {
        var el = document.createElement("script");
        el.src = base + name;
        el.async = false;
        el.onload = resolve;
        el.onerror = function () { delete loading[name]; el.remove(); reject(new Error("the file " + name + " could not be loaded")); };
        document.head.appendChild(el);
      });
    }
    return loading[name];
  }

  /* The page shows each tool's first screen before its script has loaded. A button pressed
     in that moment is remembered and pressed again once the tool has started, so a quick
     "Start the exam" is not lost (choices in inputs stay in the page: tools adopt them). */
  function remember(box) {
    if (box.getAttribute("data-ready") || box.__remember) return;
    box.__remember = function (ev) {
      var b = ev.target && ev.target.closest ? ev.target.closest(".dea-ui button") : null;
      if (!b || box.getAttribute("data-ready")) return;
      var selector = "button." + b.className.trim().split(/\s+/).join(".");
      box.__replay = { selector: selector, index: Array.prototype.indexOf.call(box.querySelectorAll(selector), b) };
    };
    box.addEventListener("click", box.__remember, true);
  }
  function replay(boxes) {
    Array.prototype.forEach.call(boxes, function (box) {
      if (box.__remember) box.removeEventListener("click", box.__remember, true);
      var r = box.__replay;
      box.__replay = null;
      var b = r && box.querySelectorAll(r.selector)[r.index];
      if (b && !b.disabled) b.click();
    });
  }

  function boot() {
    // The calculators page: its two scripts start their forms themselves once loaded.
    if (document.querySelector(".dea-calc[data-calc]")) {
      ["calculators-core.js", "calculators.js"].forEach(function (name) {
        load(name).catch(function () {});
      });
    }
    var boxes = document.querySelectorAll(".dea-practice[data-kind]");
    if (!boxes.length) {
      if (window.DeaUI) window.DeaUI.init(); // the tools of the page we left clean up
      return;
    }
    Array.prototype.forEach.call(boxes, remember);
    var names = ["practice-core.js", "practice-ui.js"];
    Array.prototype.forEach.call(boxes, function (box) {
      var file = FILES[box.getAttribute("data-kind")];
      if (file && names.indexOf(file) < 0) names.push(file);
    });
    Promise.all(names.map(load)).then(function () { window.DeaUI.init(); replay(boxes); }, function (err) {
      Array.prototype.forEach.call(boxes, function (box) {
        var note = document.createElement("p");
        note.className = "dea-warn";
        note.setAttribute("role", "alert");
        note.textContent = "This practice tool could not start: " + err.message + ". Reload the page to try again.";
        box.querySelector(".dea-notices").appendChild(note);
      });
    });
  }

  /* document$ emits on DOMContentLoaded and after each instant navigation. From file:// (the
     offline build) Material's instant navigation is an empty observable that completes
     document$ before it ever emits, so DOMContentLoaded boots the tools there. */
  var emitted = false;
  if (window.document$ && typeof window.document$.subscribe === "function")
    window.document$.subscribe(function () { emitted = true; boot(); });
  function fallback() { if (!emitted) boot(); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", fallback);
  else setTimeout(fallback, 0);
})();
