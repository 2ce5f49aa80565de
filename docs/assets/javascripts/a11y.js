// A table wider than the page scrolls inside Material's wrapper, and a long row of content tabs
// scrolls inside its label bar; keyboard users can only scroll them if the scroller takes focus,
// and screen readers announce it by a name (axe: scrollable-region-focusable). document$ fires
// on every page, instant navigation included; from file:// (the offline build) it completes
// without firing, so DOMContentLoaded runs it there.
(function () {
  var emitted = false;
  function regions() {
    document.querySelectorAll(".md-typeset__scrollwrap, .md-typeset .tabbed-labels").forEach(function (box) {
      if (box.scrollWidth <= box.clientWidth) return;
      box.tabIndex = 0;
      if (box.classList.contains("tabbed-labels")) {
        box.setAttribute("aria-label", "Tabs (scroll sideways for more)");
        return;
      }
      var caption = box.querySelector("caption");
      box.setAttribute("role", "region");
      box.setAttribute("aria-label", caption ? caption.textContent.trim() : "Scrollable table");
    });
  }
  if (window.document$) window.document$.subscribe(function () { emitted = true; regions(); });
  document.addEventListener("DOMContentLoaded", function () { if (!emitted) regions(); });
})();
