/* The audits index filter: narrows the table of audits by theme, case type and grade,
   in the reader's browser, with no server. Each audit's link in the table carries
   data-themes, data-case-type and data-grade; the form above the table is hidden
   until this script shows it, so without scripts the full list is simply there.
   The choice is kept in the address (?theme=neglect&grade=good) so it can be shared. */
(function () {
  "use strict";

  function setup() {
    var form = document.querySelector("form.akb-filter");
    if (!form || form.getAttribute("data-ready")) {
      return;
    }
    form.setAttribute("data-ready", "1");
    var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-field]"));
    var status = form.querySelector(".akb-filter__count");
    var rows = Array.prototype.slice.call(document.querySelectorAll("a[data-grade]")).map(function (link) {
      return {
        row: link.closest("tr"),
        themes: (link.getAttribute("data-themes") || "").split(" "),
        caseType: link.getAttribute("data-case-type") || "",
        grade: link.getAttribute("data-grade") || ""
      };
    });

    var params = new URLSearchParams(window.location.search);
    selects.forEach(function (select) {
      var wanted = params.get(select.name);
      if (wanted && select.querySelector('option[value="' + CSS.escape(wanted) + '"]')) {
        select.value = wanted;
      }
    });

    function matches(entry, field, value) {
      if (!value) {
        return true;
      }
      return field === "themes" ? entry.themes.indexOf(value) !== -1 : entry[field] === value;
    }

    function apply() {
      var shown = 0;
      rows.forEach(function (entry) {
        var ok = selects.every(function (select) {
          return matches(entry, select.getAttribute("data-field"), select.value);
        });
        if (entry.row) {
          entry.row.hidden = !ok;
        }
        if (ok) {
          shown += 1;
        }
      });
      var narrowed = selects.some(function (select) { return select.value; });
      status.textContent = narrowed
        ? "Showing " + shown + " of " + rows.length + " audits."
        : "Showing all " + rows.length + " audits.";
      var query = new URLSearchParams();
      selects.forEach(function (select) {
        if (select.value) {
          query.set(select.name, select.value);
        }
      });
      var search = query.toString();
      window.history.replaceState(null, "", window.location.pathname + (search ? "?" + search : "") + window.location.hash);
    }

    form.addEventListener("change", apply);
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.hidden = false;
    apply();
  }

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(setup);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setup);
  } else {
    setup();
  }
})();
