/* Wide tables scroll sideways on narrow screens inside Material's wrapper
   (.md-typeset__scrollwrap). A region that scrolls must be reachable from the keyboard
   (WCAG 2.1.1; axe's scrollable-region-focusable), so each wrapper that actually
   scrolls gets tabindex="0", role="region" and a name taken from the heading above
   it. Checked again when the window is resized. */
(function () {
  "use strict";

  function nameFor(wrapper) {
    var node = wrapper;
    while (node && node !== document.body) {
      var previous = node.previousElementSibling;
      while (previous) {
        if (/^H[1-6]$/.test(previous.tagName)) {
          return "Table: " + previous.textContent.replace(/\u00b6/g, "").trim();
        }
        previous = previous.previousElementSibling;
      }
      node = node.parentElement;
    }
    return "Table";
  }

  function update() {
    var wrappers = document.querySelectorAll(".md-typeset__scrollwrap");
    Array.prototype.forEach.call(wrappers, function (wrapper) {
      var scrolls = wrapper.scrollWidth > wrapper.clientWidth + 1;
      var inner = wrapper.querySelector(".md-typeset__table");
      if (inner && inner.scrollWidth > inner.clientWidth + 1) {
        scrolls = true;
      }
      if (scrolls) {
        wrapper.setAttribute("tabindex", "0");
        wrapper.setAttribute("role", "region");
        wrapper.setAttribute("aria-label", nameFor(wrapper));
      } else if (wrapper.getAttribute("tabindex") === "0") {
        wrapper.removeAttribute("tabindex");
        wrapper.removeAttribute("role");
        wrapper.removeAttribute("aria-label");
      }
    });
  }

  function later() {
    window.setTimeout(update, 0);
  }

  var timer = null;
  window.addEventListener("resize", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(update, 100);
  });

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(later);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", later);
  } else {
    later();
  }
})();
