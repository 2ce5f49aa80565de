/* Calculators in the page (docs/practice/calculators.md): a form per calculator, built from the
   field list in calculators-core.js, with the limits the page embeds from data/. Vanilla JS, a
   classic script (the offline build opens pages from file://), no network. Material's instant
   navigation swaps pages without reloading scripts, so init() runs on every page through the
   theme's document$ observable and starts only the containers it has not started yet. */
(function () {
  "use strict";
  var C = window.DeaCalc;
  if (!C) return;
  var uid = 0;

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
      if (kid) el.appendChild(typeof kid === "string" ? document.createTextNode(kid) : kid);
    });
    return el;
  }
  function nextId(p) { uid += 1; return "dea-calc-" + p + "-" + uid; }

  function control(field, id, hintId) {
    if (field.options) {
      return h("select", { id: id, name: field.key, "aria-describedby": hintId }, field.options.map(function (o) {
        return h("option", { value: o, selected: o === field.value, text: field.names ? field.names[o] : o });
      }));
    }
    return h("input", {
      id: id, name: field.key, type: "text", inputmode: "decimal", autocomplete: "off",
      spellcheck: "false", value: field.value, "aria-describedby": hintId,
    });
  }

  function start(box) {
    var name = box.getAttribute("data-calc");
    var tpl = box.querySelector("template.dea-data");
    var data = JSON.parse(tpl.content ? tpl.content.textContent : tpl.textContent);
    var fields = C.FIELDS[name];
    var resultId = nextId("result");
    var rows = fields.map(function (f) {
      var id = nextId(f.key), hintId = nextId("hint");
      var el = control(f, id, hintId);
      return {
        field: f, el: el,
        node: h("div", { class: "dea-calc-field" }, [
          h("label", { for: id, text: f.label }),
          el,
          h("span", { id: hintId, class: "dea-calc-unit", text: f.unit || "" }),
        ]),
      };
    });
    var result = h("div", { id: resultId, class: "dea-calc-result", role: "status", "aria-live": "polite", "aria-atomic": "true" });

    function calculate() {
      var inputs = {};
      rows.forEach(function (r) { inputs[r.field.key] = C.parseField(r.field, r.el.value); });
      var out = C.run(name, inputs, data.limits);
      while (result.firstChild) result.removeChild(result.firstChild);
      rows.forEach(function (r) { r.el.removeAttribute("aria-invalid"); });
      if (out.error) {
        // The message starts with the field's label: mark that field for assistive technology.
        rows.forEach(function (r) {
          if (out.error.indexOf(r.field.label + " ") === 0) r.el.setAttribute("aria-invalid", "true");
        });
        result.className = "dea-calc-result dea-calc-error";
        result.appendChild(h("p", { text: "Check the input: " + out.error + "." }));
        return;
      }
      result.className = "dea-calc-result";
      result.appendChild(h("ul", {}, C.describe(name, out.outputs, inputs).map(function (line) {
        return h("li", { text: line });
      })));
    }

    var form = h("form", {
      class: "dea-calc-form", novalidate: true, "aria-label": data.title,
      onsubmit: function (e) { e.preventDefault(); calculate(); },
    }, rows.map(function (r) { return r.node; }).concat([
      h("p", { class: "dea-calc-actions" }, [
        h("button", { type: "submit", class: "md-button md-button--primary dea-btn", "aria-controls": resultId, text: "Calculate" }),
      ]),
    ]));
    var ui = h("div", { class: "dea-calc-ui" }, [form, result]);
    box.appendChild(ui);
    calculate();
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll(".dea-calc[data-calc]"), function (box) {
      if (box.getAttribute("data-ready")) return;
      box.setAttribute("data-ready", "1");
      try {
        start(box);
      } catch (err) {
        box.appendChild(h("p", { class: "dea-warn", role: "alert", text: "This calculator could not start: " + err.message }));
        if (window.console) console.error(err);
      }
    });
  }

  // practice-boot.js loads this file when a page holds a calculator. document$ replays the
  // current page to a late subscriber; from file:// it has completed without one, so start here.
  var started = false;
  if (window.document$ && typeof window.document$.subscribe === "function")
    window.document$.subscribe(function () { started = true; init(); });
  if (!started) {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
    else init();
  }
})();
