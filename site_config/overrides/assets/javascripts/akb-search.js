/* The header's search (partials/akb-search.html): Pagefind's Default UI in a dialog.
 *
 * The UI, its styles and the index all come from the site's own pagefind/ folder,
 * which `auditkb build` writes after MkDocs (generator/site/search_index.py), and are
 * fetched only when a reader first opens the dialog; a query then fetches only the
 * index chunks and page fragments it needs. Nothing here names another host. A large
 * site's index comes in bundles (pagefind/, then pagefind/bundle-2/ ...), listed in
 * pagefind/akb-bundles.json: they are handed to Pagefind's UI as `mergeIndex`, which
 * searches them all and merges the results.
 *
 * The dialog opens from the header's button, or with / or s anywhere but in a form
 * field, or with ?q=words in the page's address; Esc or the close button closes it and
 * gives focus back to where it was. When the pagefind/ folder is missing (a site built
 * without it, or `auditkb serve` before its first index) or the page is opened from
 * file:// (which cannot fetch the index), the dialog says so instead of failing.
 */
(function () {
  "use strict";

  var dialog = document.getElementById("akb-search");
  var opener = document.querySelector(".akb-search-open");
  if (!dialog || !opener || typeof dialog.showModal !== "function") {
    return;
  }
  var closer = dialog.querySelector(".akb-search__close");
  var status = dialog.querySelector(".akb-search__status");
  var unavailable = dialog.querySelector(".akb-search__unavailable");
  var bundle = new URL(dialog.getAttribute("data-akb-bundle"), window.location.href);
  var state = "idle"; // idle, loading, ready, failed
  var ui = null;
  var pendingQuery = null;
  var returnFocus = null;

  opener.hidden = false;

  function input() {
    return dialog.querySelector(".pagefind-ui__search-input");
  }

  function fail(message) {
    state = "failed";
    unavailable.textContent = message;
    unavailable.hidden = false;
    status.textContent = message;
    closer.focus();
  }

  // The bundles after the first (pagefind/akb-bundles.json, paths relative to pagefind/):
  // none when the list is missing (an index from before bundles) or unreadable.
  function otherBundles() {
    if (typeof window.fetch !== "function") {
      return Promise.resolve([]);
    }
    return window.fetch(new URL("akb-bundles.json", bundle).href, {cache: "no-cache"})
      .then(function (response) {
        return response.ok ? response.json() : {bundles: []};
      })
      .then(function (data) {
        var list = data && Array.isArray(data.bundles) ? data.bundles : [];
        return list.filter(function (path) {
          return typeof path === "string" && path;
        }).map(function (path) {
          return {bundlePath: new URL(path, bundle).pathname};
        });
      })
      .catch(function () {
        return [];
      });
  }

  function start(merge) {
    ui = new window.PagefindUI({
      element: "#akb-search-ui",
      bundlePath: bundle.pathname,
      mergeIndex: merge,
      showSubResults: true,
      showImages: false,
      resetStyles: false,
      autofocus: true,
      pageSize: 5
    });
    state = "ready";
    announceResults();
    var box = input();
    if (box) {
      box.setAttribute("autocomplete", "off");
      box.focus();
    }
    if (pendingQuery) {
      ui.triggerSearch(pendingQuery);
      pendingQuery = null;
    }
  }

  function load() {
    if (state !== "idle") {
      return;
    }
    if (window.location.protocol === "file:") {
      fail("Search needs the site to be served by a web server: opened from files, it cannot " +
           "read its index. The offline copy of the site (auditkb build --offline) searches from files.");
      return;
    }
    state = "loading";
    status.textContent = "Loading search";
    var merge = otherBundles(); // fetched while the script loads
    var css = document.createElement("link");
    css.rel = "stylesheet";
    css.href = new URL("pagefind-ui.css", bundle).href;
    document.head.appendChild(css);
    var script = document.createElement("script");
    script.src = new URL("pagefind-ui.js", bundle).href;
    script.onload = function () {
      merge.then(function (bundles) {
        status.textContent = "";
        if (typeof window.PagefindUI !== "function") {
          fail("Search is not available: its script did not load.");
          return;
        }
        try {
          start(bundles);
        } catch (err) {
          fail("Search is not available: " + err.message);
        }
      });
    };
    script.onerror = function () {
      fail("Search is not available yet: the site's search index has not been built. " +
           "It is written by auditkb build.");
    };
    document.head.appendChild(script);
  }

  // Pagefind's message ("12 results for neglect") is not announced: say it in our own
  // live region when it changes.
  function announceResults() {
    var root = document.getElementById("akb-search-ui");
    var last = "";
    new MutationObserver(function () {
      var message = root.querySelector(".pagefind-ui__message");
      var text = message ? message.textContent.trim() : "";
      if (text !== last) {
        last = text;
        status.textContent = text;
      }
    }).observe(root, {childList: true, subtree: true, characterData: true});
  }

  function open(query) {
    if (!dialog.open) {
      returnFocus = document.activeElement;
      dialog.showModal();
      document.documentElement.classList.add("akb-search-is-open");
    }
    if (query) {
      if (state === "ready") {
        ui.triggerSearch(query);
      } else {
        pendingQuery = query;
      }
    }
    if (state === "ready") {
      var box = input();
      if (box) {
        box.focus();
        box.select();
      }
    } else if (state === "failed") {
      closer.focus();
    } else {
      load();
    }
  }

  function close() {
    if (dialog.open) {
      dialog.close();
    }
  }

  dialog.addEventListener("close", function () {
    document.documentElement.classList.remove("akb-search-is-open");
    var target = returnFocus && document.contains(returnFocus) ? returnFocus : opener;
    returnFocus = null;
    target.focus();
  });

  opener.addEventListener("click", function () {
    open(null);
  });
  closer.addEventListener("click", close);

  dialog.addEventListener("click", function (event) {
    if (event.target === dialog) {
      close(); // a click on the backdrop
      return;
    }
    var link = event.target.closest && event.target.closest("a[href]");
    if (link) {
      returnFocus = null;
      close(); // a result on this same page would otherwise stay under the dialog
    }
  });

  document.addEventListener("keydown", function (event) {
    if (dialog.open || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) {
      return;
    }
    if (event.key !== "/" && event.key !== "s" && event.key !== "S") {
      return;
    }
    var el = document.activeElement;
    var tag = el ? el.tagName : "";
    if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (el && el.isContentEditable)) {
      return;
    }
    event.preventDefault();
    open(null);
  });

  var query = new URLSearchParams(window.location.search).get("q");
  if (query) {
    open(query);
  }
})();
