/* The audits index filter: narrows the table of audits by theme, case type and grade,
   in the reader's browser, with no server. Each audit's link in the table carries
   data-themes, data-case-type and data-grade; the form above the table is hidden
   until this script shows it, so without scripts the full list is simply there.
   The choice is kept in the address (?theme=neglect&grade=good) so it can be shared.

   When the index has more than one page (/audits/page/2/; the form says data-pages),
   a choice narrows every published audit, not only the page's: the script then loads
   audits-data.js (beside this script, written by auditkb) once, shows the matching
   audits in the table in place of the page's rows, and hides the page links. Clearing
   the choice puts the page back. */
(function () {
  "use strict";

  var me = document.currentScript;
  var dataUrl = me && me.src ? new URL("audits-data.js", me.src).href : null;
  var loading = null;

  /* The data of every audit, loaded once by a script tag (works from file:// too). */
  function withData(done) {
    if (window.akbAudits) {
      done(window.akbAudits);
      return;
    }
    if (!dataUrl) {
      done(null);
      return;
    }
    if (!loading) {
      loading = [];
      var tag = document.createElement("script");
      tag.src = dataUrl;
      tag.onload = tag.onerror = function () {
        var waiting = loading;
        loading = null;
        waiting.forEach(function (fn) { fn(window.akbAudits || null); });
      };
      document.head.appendChild(tag);
    }
    loading.push(done);
  }

  function setup() {
    var form = document.querySelector("form.akb-filter");
    if (!form || form.getAttribute("data-ready")) {
      return;
    }
    form.setAttribute("data-ready", "1");
    var paged = Number(form.getAttribute("data-pages") || "1") > 1;
    var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-field]"));
    var status = form.querySelector(".akb-filter__count");
    var links = Array.prototype.slice.call(document.querySelectorAll("a[data-grade]"));
    var rows = links.map(function (link) {
      return {
        row: link.closest("tr"),
        id: link.textContent.trim(),
        themes: (link.getAttribute("data-themes") || "").split(" "),
        caseType: link.getAttribute("data-case-type") || "",
        grade: link.getAttribute("data-grade") || ""
      };
    });
    var body = rows.length && rows[0].row ? rows[0].row.parentNode : null;
    var pagers = Array.prototype.slice.call(document.querySelectorAll(".akb-pager"));
    var added = [];

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

    function chosen(entry) {
      return selects.every(function (select) {
        return matches(entry, select.getAttribute("data-field"), select.value);
      });
    }

    /* The address of an audit's page, made from the address of one on this page
       (../DDA-2026-014/ on the site, ../DDA-2026-014.html in the offline copy). */
    function hrefOf(id) {
      var sample = links[0];
      return sample.getAttribute("href").split(rows[0].id).join(id);
    }

    function cell(tr, text) {
      var td = document.createElement("td");
      td.textContent = text;
      tr.appendChild(td);
      return td;
    }

    /* Every audit that matches, from the data, in place of this page's rows. */
    function showAll(data) {
      added.forEach(function (tr) { tr.remove(); });
      added = [];
      var shown = 0;
      data.rows.forEach(function (r) {
        var entry = {themes: r[5].split(" "), caseType: r[6], grade: r[7]};
        if (!chosen(entry)) {
          return;
        }
        shown += 1;
        var tr = document.createElement("tr");
        var first = cell(tr, "");
        var a = document.createElement("a");
        a.href = hrefOf(r[0]);
        a.textContent = r[0];
        first.appendChild(a);
        first.appendChild(document.createElement("br"));
        first.appendChild(document.createTextNode(r[1]));
        cell(tr, r[2]);
        cell(tr, r[3]);
        cell(tr, r[4]);
        body.appendChild(tr);
        added.push(tr);
      });
      rows.forEach(function (entry) { if (entry.row) { entry.row.hidden = true; } });
      pagers.forEach(function (p) { p.hidden = true; });
      status.textContent = "Showing " + shown + " of " + data.rows.length + " audits.";
    }

    function showPage() {
      added.forEach(function (tr) { tr.remove(); });
      added = [];
      var shown = 0;
      rows.forEach(function (entry) {
        var ok = chosen(entry);
        if (entry.row) {
          entry.row.hidden = !ok;
        }
        if (ok) {
          shown += 1;
        }
      });
      pagers.forEach(function (p) { p.hidden = false; });
      var narrowed = selects.some(function (select) { return select.value; });
      if (paged) {
        status.textContent = narrowed
          ? "Showing " + shown + " of the " + rows.length + " audits on this page."
          : "Showing " + rows.length + " audits on this page.";
      } else {
        status.textContent = narrowed
          ? "Showing " + shown + " of " + rows.length + " audits."
          : "Showing all " + rows.length + " audits.";
      }
    }

    function apply() {
      var narrowed = selects.some(function (select) { return select.value; });
      if (paged && narrowed && body) {
        status.textContent = "Finding the audits…";
        withData(function (data) {
          if (data && selects.some(function (select) { return select.value; })) {
            showAll(data);
          } else {
            showPage();
          }
        });
      } else {
        showPage();
      }
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
