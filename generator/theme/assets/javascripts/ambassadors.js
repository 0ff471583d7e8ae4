/* Instant filtering of the ambassador directory. Without JavaScript the filter links lead
   to one static page per region, sector and theme, so nothing here is required. The three
   disclosures (one per facet) fold over the list; one is open at a time. */
(function () {
  "use strict";
  function setup() {
    var root = document.querySelector("[data-amb-directory]");
    if (!root || root.dataset.ambReady) return;
    root.dataset.ambReady = "1";
    var facets = Array.prototype.slice.call(root.querySelectorAll("[data-amb-facet]"));
    facets.forEach(function (facet) {
      facet.addEventListener("toggle", function () {
        if (facet.open) facets.forEach(function (other) { if (other !== facet) other.open = false; });
      });
      facet.addEventListener("keydown", function (event) {
        if (event.key === "Escape" && facet.open) {
          facet.open = false;
          facet.querySelector("summary").focus();
        }
      });
    });
    document.addEventListener("click", function (event) {
      facets.forEach(function (facet) { if (!facet.contains(event.target)) facet.open = false; });
    });
    var grid = root.querySelector("[data-amb-grid]");
    if (!grid) return;
    var cards = Array.prototype.slice.call(grid.children);
    var count = root.querySelector("[data-amb-count]");
    var empty = root.querySelector("[data-amb-empty]");
    var reset = root.querySelector("[data-amb-reset]");
    var links = Array.prototype.slice.call(root.querySelectorAll("[data-amb-filter]"));
    var active = {};
    links.forEach(function (link) {
      link.setAttribute("role", "button");
      link.setAttribute("aria-pressed", link.hasAttribute("aria-current") ? "true" : "false");
      if (link.hasAttribute("aria-current")) active[link.dataset.ambFilter] = link.dataset.ambValue;
      link.addEventListener("click", function (event) {
        event.preventDefault();
        var kind = link.dataset.ambFilter, value = link.dataset.ambValue;
        active[kind] = active[kind] === value ? undefined : value;
        apply();
        var facet = link.closest("[data-amb-facet]");
        if (facet) { facet.open = false; facet.querySelector("summary").focus(); }
      });
      link.addEventListener("keydown", function (event) {
        if (event.key === " ") { event.preventDefault(); link.click(); }
      });
    });
    if (reset) reset.addEventListener("click", function (event) {
      event.preventDefault(); active = {}; apply();
      var first = root.querySelector("[data-amb-facet] summary");
      if (first) first.focus();
    });
    function matches(card) {
      return Object.keys(active).every(function (kind) {
        var value = active[kind];
        if (!value) return true;
        return (card.dataset[kind] || "").split(" ").indexOf(value) >= 0;
      });
    }
    function apply() {
      var shown = 0;
      cards.forEach(function (card) {
        var show = matches(card);
        card.hidden = !show;
        if (show) shown += 1;
      });
      links.forEach(function (link) {
        var on = active[link.dataset.ambFilter] === link.dataset.ambValue;
        link.setAttribute("aria-pressed", on ? "true" : "false");
        link.removeAttribute("aria-current");
      });
      facets.forEach(function (facet) {
        var chosen = facet.querySelector("[data-amb-chosen]");
        var on = facet.querySelector('[data-amb-filter][aria-pressed="true"]');
        if (!chosen) return;
        chosen.hidden = !on;
        chosen.textContent = on ? ": " + on.firstChild.textContent.trim() : "";
      });
      var any = Object.keys(active).some(function (kind) { return active[kind]; });
      if (reset) reset.hidden = !any;
      if (count) {
        count.textContent = shown === 1 ? count.dataset.ambTemplateOne
          : count.dataset.ambTemplate.replace("{n}", shown);
      }
      if (empty) empty.hidden = shown > 0;
    }
  }
  if (window.document$ && window.document$.subscribe) window.document$.subscribe(setup);
  else document.addEventListener("DOMContentLoaded", setup);
})();

/* A copy button beside the agenda's feed address. Without JavaScript the read-only field
   is there to select and copy by hand; the labels come from the page (labels.py). */
(function () {
  "use strict";
  function setup() {
    var box = document.querySelector("[data-amb-copied]");
    var field = box && box.querySelector("[data-amb-copy-source]");
    if (!field || box.dataset.ambCopyReady) return;
    box.dataset.ambCopyReady = "1";
    field.addEventListener("focus", function () { field.select(); });
    var button = document.createElement("button");
    button.type = "button";
    button.className = "md-button amb-subscribe__copy";
    button.textContent = box.dataset.ambCopy;
    button.setAttribute("aria-live", "polite");
    button.addEventListener("click", function () {
      field.focus();
      field.select();
      var done = function () {
        button.textContent = box.dataset.ambCopied;
        window.setTimeout(function () { button.textContent = box.dataset.ambCopy; }, 2000);
      };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(field.value).then(done, function () {});
      } else if (document.execCommand && document.execCommand("copy")) {
        done();
      }
    });
    field.parentNode.appendChild(button);
  }
  if (window.document$ && window.document$.subscribe) window.document$.subscribe(setup);
  else document.addEventListener("DOMContentLoaded", setup);
})();
