/* Instant filtering of the ambassador directory. Without JavaScript the filter links lead
   to one static page per region, sector and theme, so nothing here is required. */
(function () {
  "use strict";
  function setup() {
    var root = document.querySelector("[data-amb-directory]");
    if (!root || root.dataset.ambReady) return;
    root.dataset.ambReady = "1";
    var folded = root.querySelector("[data-amb-filters]");
    if (folded && window.matchMedia("(min-width: 45em)").matches) folded.open = true;
    var grid = root.querySelector("[data-amb-grid]");
    if (!grid) return;
    var cards = Array.prototype.slice.call(grid.children);
    var count = root.querySelector("[data-amb-count]");
    var empty = root.querySelector("[data-amb-empty]");
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
      });
      link.addEventListener("keydown", function (event) {
        if (event.key === " ") { event.preventDefault(); link.click(); }
      });
    });
    var reset = root.querySelector("[data-amb-reset]");
    if (reset) reset.addEventListener("click", function (event) {
      event.preventDefault(); active = {}; apply();
    });
    function matches(card) {
      return Object.keys(active).every(function (kind) {
        var value = active[kind];
        if (!value) return true;
        var key = kind === "themes" ? "themes" : kind;
        return (card.dataset[key] || "").split(" ").indexOf(value) >= 0;
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
      if (count) count.textContent = count.dataset.ambTemplate.replace("{n}", shown);
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
