// A table wider than the page scrolls inside Material's wrapper; keyboard users can only scroll
// it if the wrapper takes focus, and screen readers announce it by the table's caption
// (axe: scrollable-region-focusable). document$ fires on every page, instant navigation
// included; from file:// (the offline build) it completes without firing, so DOMContentLoaded
// runs it there.
(function () {
  var emitted = false;
  function regions() {
    document.querySelectorAll(".md-typeset__scrollwrap").forEach(function (wrap) {
      if (wrap.scrollWidth <= wrap.clientWidth) return;
      var caption = wrap.querySelector("caption");
      wrap.tabIndex = 0;
      wrap.setAttribute("role", "region");
      wrap.setAttribute("aria-label", caption ? caption.textContent.trim() : "Scrollable table");
    });
  }
  if (window.document$) window.document$.subscribe(function () { emitted = true; regions(); });
  document.addEventListener("DOMContentLoaded", function () { if (!emitted) regions(); });
})();
