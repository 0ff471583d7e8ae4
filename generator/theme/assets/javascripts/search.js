// The search page (/zoeken/?q=...): Pagefind's index, loaded in chunks per query, behind a
// Dutch interface. The query and the chosen filters live in the address, so a search can
// be shared; the status line tells screen readers what was found. Result text is put on
// the page as text: of an excerpt only Pagefind's <mark> survives. The filters' values are
// loaded only when a visitor opens them (or the address names one): on a large site they
// are a fifth of what one search would download.

const PAGE_SIZE = 10;
const WAIT_MS = 250; // after the last keystroke

const page = document.querySelector("[data-amb-search]");
if (page) start(page);

async function start(page) {
  const labels = JSON.parse(page.querySelector("[data-amb-search-labels]").textContent);
  const form = page.querySelector("form");
  const input = form.querySelector("input[name=q]");
  const status = page.querySelector("[data-amb-search-status]");
  const list = page.querySelector("[data-amb-search-results]");
  const more = page.querySelector("[data-amb-search-more]");
  const box = page.querySelector("[data-amb-search-filters]");
  const facets = box.querySelector("[data-amb-search-facets]");
  const chosenCount = box.querySelector("[data-amb-search-chosen]");
  const clear = page.querySelector("[data-amb-search-clear]");
  const siteRoot = new URL(page.dataset.root, location.href);
  const address = new URLSearchParams(location.search);
  input.value = address.get("q") || "";
  input.focus();

  let pagefind;
  let filtersLoaded = null;
  const loadFilters = () => (filtersLoaded ||= pagefind.filters().then(
    (available) => addFilters(facets, labels, available, address)));
  try {
    pagefind = await import(new URL(page.dataset.bundle, location.href).href);
    // No worker: a search here is small, and the worker is one more script to download.
    await pagefind.options({ baseUrl: siteRoot.pathname, excerptLength: 24, noWorker: true,
                             ranking: labels.ranking });
    box.hidden = false;
    if (labels.filters.some(([name]) => address.has(name))) {
      box.open = true;
      await loadFilters();
    }
  } catch (error) {
    status.textContent = labels.failed;
    return;
  }

  let latest = 0;   // the newest search; older answers are dropped
  let results = [];
  let shown = 0;
  let counts = {};  // per filter value, for the latest query
  let timer;

  async function run() {
    const query = input.value.trim();
    const chosen = chosenFilters(facets);
    remember(query, chosen);
    clear.hidden = !Object.keys(chosen).length;
    const mine = ++latest;
    if (!query && !Object.keys(chosen).length) {
      results = [];
      list.replaceChildren();
      more.hidden = true;
      status.textContent = "";
      return;
    }
    list.setAttribute("aria-busy", "true");
    let found;
    try {
      const filters = Object.fromEntries(
        Object.entries(chosen).map(([name, values]) => [name, { any: values }]));
      found = await pagefind.search(query ? folded(query) : null, { filters });
    } catch (error) {
      if (mine === latest) status.textContent = labels.failed;
      return;
    }
    if (mine !== latest || !found) return;
    results = found.results;
    shown = 0;
    list.replaceChildren();
    await showMore(mine);
    counts = found.totalFilters;
    updateCounts(facets, counts, chosenCount, labels);
    list.removeAttribute("aria-busy");
    const what = query || Object.values(chosen).flat().join(", ");
    const n = results.length;
    let text = n === 0 ? fill(labels.none, { query: what })
      : n === 1 ? fill(labels.one, { query: what })
      : fill(labels.many, { n, query: what });
    if (n > shown) text += " " + fill(labels.shown, { shown });
    status.textContent = text;
  }

  async function showMore(mine) {
    const next = results.slice(shown, shown + PAGE_SIZE);
    const items = await Promise.all(next.map((result) => result.data()));
    if (mine !== latest) return [];
    const added = items.map((data) => resultItem(data, labels.filters[0][0]));
    list.append(...added);
    shown += added.length;
    more.hidden = shown >= results.length;
    return added;
  }

  function remember(query, chosen) {
    const params = new URLSearchParams();
    if (query) params.set("q", query);
    for (const [name, values] of Object.entries(chosen)) {
      for (const value of values) params.append(name, value);
    }
    const search = params.toString();
    history.replaceState(null, "", search ? `?${search}` : location.pathname);
  }

  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(run, WAIT_MS);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    run();
  });
  box.addEventListener("toggle", async () => {
    if (!box.open) return;
    const first = !filtersLoaded;
    try {
      await loadFilters();
    } catch (error) {
      status.textContent = labels.failed;
      return;
    }
    // The counts of the current query come with a search made after the values loaded.
    if (first && (input.value.trim() || Object.keys(chosenFilters(facets)).length)) run();
    else updateCounts(facets, counts, chosenCount, labels);
  });
  facets.addEventListener("change", run);
  clear.addEventListener("click", () => {
    for (const box_ of facets.querySelectorAll("input:checked")) box_.checked = false;
    run();
    input.focus();
  });
  more.addEventListener("click", async () => {
    const added = await showMore(latest);
    if (added.length) added[0].querySelector("a").focus();
  });
  run();
}

// One group of checkboxes per filter Pagefind knows (kind of page, region, sector, theme),
// in the order and with the names of the labels.
function addFilters(facets, labels, available, address) {
  const collator = new Intl.Collator("nl");
  for (const [name, label] of labels.filters) {
    const values = Object.keys(available[name] || {}).sort(collator.compare);
    if (!values.length) continue;
    const chosen = new Set(address.getAll(name));
    const group = element("fieldset", "amb-search__facet");
    group.dataset.filter = name;
    group.append(element("legend", "amb-search__facet-name", label));
    for (const value of values) {
      const option = element("label", "amb-search__option");
      const box_ = element("input");
      Object.assign(box_, { type: "checkbox", name, value, checked: chosen.has(value) });
      option.append(box_, " ", value, " ", element("span", "amb-search__count"));
      option.dataset.value = value;
      group.append(option);
    }
    facets.append(group);
  }
}

function chosenFilters(box) {
  const chosen = {};
  for (const box_ of box.querySelectorAll("input:checked")) {
    (chosen[box_.name] ||= []).push(box_.value);
  }
  return chosen;
}

// How many results of the query have each value (before filtering), and how many values
// are chosen in all.
function updateCounts(facets, counts, chosenCount, labels) {
  for (const group of facets.querySelectorAll("fieldset")) {
    const name = group.dataset.filter;
    for (const option of group.querySelectorAll("label")) {
      const n = (counts[name] || {})[option.dataset.value];
      option.querySelector(".amb-search__count").textContent = n === undefined ? "" : `(${n})`;
    }
  }
  const chosen = facets.querySelectorAll("input:checked").length;
  chosenCount.textContent = chosen ? `(${fill(labels.chosen, { n: chosen })})` : "";
}

// One result; the kind of page is its first filter (render/search/pagefind.py puts it there).
function resultItem(data, kindFilter) {
  const item = element("li", "amb-result");
  const body = element("div", "amb-result__body");
  const heading = element("h2", "amb-result__title");
  const link = element("a", "amb-result__link", data.meta.title || data.url);
  link.href = data.url;
  heading.append(link);
  const kind = element("p", "amb-result__kind", (data.filters[kindFilter] || []).join(", "));
  const excerpt = element("p", "amb-result__excerpt");
  excerpt.append(...excerptNodes(data.excerpt));
  body.append(heading, kind, excerpt);
  if (data.meta.image) {
    const image = element("img", "amb-result__image");
    Object.assign(image, { src: new URL(data.meta.image, new URL(data.url, location.href)).href, alt: "",
                           width: 64, height: 64, loading: "lazy", decoding: "async" });
    item.append(image);
  }
  item.append(body);
  return item;
}

// Pagefind's excerpt is escaped text with <mark> around the words found. It is read in an
// inert template and rebuilt from text nodes and fresh <mark>s: nothing else gets through.
function excerptNodes(html) {
  const template = document.createElement("template");
  template.innerHTML = html || "";
  return Array.from(template.content.childNodes, (node) => {
    if (node.nodeName === "MARK") return element("mark", null, node.textContent);
    return document.createTextNode(node.textContent);
  });
}

// The Turkish dotless ı (and dotted İ) as i: the index keeps its words under i, the way
// Pagefind keeps 'thérèse' under 'therese' (render/search/pagefind_fold.py).
function folded(query) {
  return query.replace(/ı/g, "i").replace(/İ/g, "I");
}

function element(name, className, text) {
  const node = document.createElement(name);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function fill(text, values) {
  return text.replace(/\{(\w+)\}/g, (whole, key) => (key in values ? values[key] : whole));
}
