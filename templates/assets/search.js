// Search on the hosted site: Pagefind's search API behind Material's header search box. Results show the
// page's title (a fact's statement), a fact's summit and sources, and an excerpt with the matched words
// marked; everything from the index is inserted as text. Pagefind's script and index load on first use. The
// page a result leads to marks the words searched for. A question is searched as its content words: "how long
// did the meeting last" searches "meeting last". Pagefind returns only pages with every word, so one word the
// answer lacks would hide it: after the pages holding every word come those holding all but one.
(() => {
  const root = new URL("..", document.currentScript.src);  // this file is assets/search.js
  const bundle = new URL("pagefind/", root);
  const toggle = document.getElementById("__search");
  const input = document.querySelector(".md-search__input");
  const list = document.querySelector(".md-search-result__list");
  const summary = document.querySelector(".md-search-result__meta");
  const typing = target => target.closest("input, textarea, select, [contenteditable]");
  const WAIT = 150;  // milliseconds without typing before a search starts
  let loading = null;
  let unavailable = "";  // why search cannot work here, once loading it failed
  let latest = 0;  // the newest search: an older one that ends later shows nothing
  let firstShown = Promise.resolve();  // the newest search's first result, once shown
  let timer = null;
  let watcher = null;  // loads the results scrolled into view

  // English question and function words, which would otherwise have to appear on every result: a standard
  // English stop-word list (NLTK's) and the verbs of asking.
  const QUESTION_WORDS = new Set(("a about above after again against ain all am an and any are aren't as at be " +
    "because been before being below between both but by can could couldn't did didn't do does doesn't doing don't " +
    "down during each else few for from further had hadn't has hasn't have haven't having he her here hers herself " +
    "him himself his how i if in into is isn't it it's its itself just me mightn't more most mustn't my myself " +
    "needn't no nor not now of off on once only or other our ours ourselves out over own same say said says shan't " +
    "she she's should should've shouldn't so some such tell than that that'll the their theirs them themselves then " +
    "there these they this those through to too under until up us very was wasn't we were weren't what when where " +
    "which while who whom whose why will with won't would wouldn't you you'd you'll you're you've your yours " +
    "yourself yourselves").split(" "));
  // "How long", "how many", "how much" ask for a figure, which the answer gives; the words themselves seldom
  // appear in it, so they are dropped rather than named ("length", "number").
  const QUESTION_PHRASES = /\bhow (long|short|many|much|often|far|old)\b/g;
  const QUOTED = /^\s*".+"\s*$/;  // a phrase in double quotes, which Pagefind searches as such

  // The words a reader's query is searched for: question phrases and question words dropped (all of them only
  // when nothing else is left), and the possessive "'s" taken off ("Putin's" searches "putin"); a quoted phrase
  // as typed.
  function terms(query) {
    if (QUOTED.test(query)) return query.trim();
    const text = query.toLowerCase().replace(/\u2019/g, "'").replace(/[?!.,;:]+/g, " ");
    const words = text.split(/\s+/).filter(Boolean);
    const content = text.replace(QUESTION_PHRASES, " ").split(/\s+/).filter(word => word && !QUESTION_WORDS.has(word))
      .map(word => word.replace(/'s$/, ""));
    return (content.length ? content : words).join(" ");
  }

  // At most this many searches of all words but one: a longer query leaves out only its shortest words in turn
  // (the longer ones, names and terms, are the likelier to pick out the answer).
  const SUBSETS = 6;

  // Pagefind's results for ``query`` (words from terms()): the pages holding every word, in Pagefind's order, then
  // the pages holding all words but one, by Pagefind's score; each with the word it lacks ("" when none). A quoted
  // phrase is searched whole only.
  async function find(pagefind, query, subsets = SUBSETS) {
    const words = query.split(" ").filter(Boolean);
    const distinct = [...new Set(words)];
    const left = distinct.length < 2 || QUOTED.test(query) ? []
      : [...distinct].sort((a, b) => a.length - b.length).slice(0, subsets);
    const [every, ...rest] = await Promise.all([query, ...left.map(out => words.filter(word => word !== out).join(" "))]
      .map(text => pagefind.search(text)));
    const seen = new Set(every.results.map(result => result.id));
    const fewer = rest.flatMap((search, i) => search.results.map(result => ({result, missing: left[i]})))
      .sort((a, b) => b.result.score - a.result.score)
      .filter(({result}) => !seen.has(result.id) && seen.add(result.id));
    return [...every.results.map(result => ({result, missing: ""})), ...fewer];
  }

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  // Pagefind's excerpt is the page's text with < and > escaped and the matches in <mark>: keep only those.
  function excerpt(html) {
    const paragraph = element("p");
    for (const node of new DOMParser().parseFromString(html, "text/html").body.childNodes)
      paragraph.append(node.nodeName === "MARK" ? element("mark", "", node.textContent) : node.textContent);
    return paragraph;
  }

  // One result of searching ``query``; ``missing``, a word of it that the page lacks, is named under the excerpt.
  function result(data, query, missing) {
    const article = element("article", "md-search-result__article md-typeset");
    article.append(element("div", "md-search-result__icon md-icon"), element("h1", "", data.meta.title));
    const about = [data.meta.summit, data.meta.sources && `Sources: ${data.meta.sources}`].filter(Boolean);
    if (about.length) article.append(element("p", "dz-search-about", about.join(" · ")));
    article.append(excerpt(data.excerpt));
    if (missing) article.append(element("p", "dz-search-missing", `Missing: ${missing}`));
    const link = element("a", "md-search-result__link");
    const url = new URL(data.url, location.href);
    for (const word of query.split(" ").filter(word => word && word !== missing))
      url.searchParams.append("highlight", word);
    link.href = url.href;
    link.append(article);
    const item = element("li", "md-search-result__item");
    item.append(link);
    return item;
  }

  // Pagefind, loaded on first use; null, after saying why, when it cannot be (browsers load no script of a site
  // opened from its files).
  function start() {
    return loading ??= import(new URL("pagefind.js", bundle).href).then(async pagefind => {
      await pagefind.options({baseUrl: root.pathname});
      pagefind.init();
      return pagefind;
    }, () => {
      summary.textContent = unavailable = location.protocol === "file:"
        ? "Search works on the published site or a preview (dossier serve), not on pages opened from their files; " +
          "the offline copy (dossier build --offline-zip) searches without a server."
        : "Search could not be loaded; reload the page to try again.";
      return null;
    });
  }

  const count = n => `${n} result${n === 1 ? "" : "s"}`;

  // The results as placeholders, each filled in when scrolled into view; the count is announced (role=status).
  // Resolves to the first result once it is filled in (undefined when nothing was found).
  function show(query, found) {
    const every = found.filter(({missing}) => !missing).length;
    const some = every < found.length ? `, ${every} with every word` : "";
    summary.textContent = `${count(found.length)} for ${query}${some}`;
    watcher?.disconnect();
    const pending = new Map();
    watcher = new IntersectionObserver(entries => {
      for (const entry of entries.filter(entry => entry.isIntersecting)) {
        watcher.unobserve(entry.target);
        pending.get(entry.target)();
      }
    }, {root: list.closest(".md-search__scrollwrap"), threshold: 0.01});
    list.replaceChildren(...found.map(({result: hit, missing}) => {
      const placeholder = element("li", "md-search-result__item dz-search-placeholder");
      pending.set(placeholder, () => hit.data().then(data => {
        const item = result(data, query, missing);
        placeholder.replaceWith(item);
        return item;
      }));
      watcher.observe(placeholder);
      return placeholder;
    }));
    const top = list.firstElementChild;
    if (!top) return Promise.resolve();
    watcher.unobserve(top);
    return pending.get(top)();
  }

  // Searches the query once typing pauses; a search overtaken by a newer one shows nothing. The list is
  // aria-busy until the newest search's first result is shown, and ``firstShown`` resolves to that result.
  function search() {
    const query = terms(input.value), mine = ++latest;
    clearTimeout(timer);
    if (!query) {
      watcher?.disconnect();
      list.replaceChildren();
      list.removeAttribute("aria-busy");
      summary.textContent = unavailable || "Type to start searching";
      firstShown = Promise.resolve();
      return;
    }
    list.setAttribute("aria-busy", "true");
    start().then(pagefind => pagefind?.preload(query));
    firstShown = new Promise(resolve => {
      timer = setTimeout(async () => {
        const pagefind = await start();
        if (mine !== latest) return;
        if (pagefind) {
          summary.textContent = `Searching for ${query}…`;
          const found = await find(pagefind, query);
          if (mine !== latest) return;
          resolve(await show(query, found));
        } else resolve();
        if (mine === latest) list.setAttribute("aria-busy", "false");
      }, WAIT);
    });
  }

  function open() {
    toggle.checked = true;
    input.focus();
    input.select();
  }

  function close() {
    toggle.checked = false;
    input.blur();
  }

  // Arrow keys move between the query and the results; Enter in the query follows the first result, once the
  // search typed so far has shown it.
  function move(step) {
    const stops = [input, ...list.querySelectorAll("a.md-search-result__link")];
    const here = stops.indexOf(document.activeElement);
    stops[Math.min(Math.max(here + step, 0), stops.length - 1)].focus();
  }

  // A page opened from a result marks the words searched for (Pagefind's highlighter, loaded only then).
  document$.subscribe(() => new URLSearchParams(location.search).has("highlight") &&
    import(new URL("pagefind-highlight.js", bundle).href).then(({default: Highlight}) => new Highlight(
      {highlightParam: "highlight", addStyles: false, markOptions: {className: "dz-search-highlight"}})));

  // A result on the page already open, swapped in by instant navigation: Material takes a link to the same page for
  // a link within it, and undoes the new address, so the page is loaded anew with its words marked.
  list.addEventListener("click", event => {
    const link = event.target.closest("a.md-search-result__link");
    if (!link || link.pathname !== location.pathname || event.button || event.metaKey || event.ctrlKey || event.shiftKey)
      return;
    event.preventDefault();
    event.stopPropagation();
    location.assign(link.href);
  }, true);

  input.addEventListener("focus", () => { toggle.checked = true; start().then(found => found && (latest || search())); });
  input.addEventListener("input", search);
  input.form.addEventListener("reset", () => setTimeout(search));  // after the box is emptied
  input.form.addEventListener("submit", event => event.preventDefault());
  toggle.addEventListener("change", () => toggle.checked ? open() : close());
  document.addEventListener("keydown", event => {
    if (event.metaKey || event.ctrlKey || event.altKey) return;
    if (!toggle.checked) {
      if (["/", "s", "f"].includes(event.key) && !typing(event.target)) {
        event.preventDefault();
        open();
      }
    } else if (event.key === "Escape") {
      close();
    } else if (event.key === "Tab") {  // Tab out of the search closes it, as Material's own search does
      setTimeout(() => input.closest(".md-search").contains(document.activeElement) || close());
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      move(event.key === "ArrowDown" ? 1 : -1);
    } else if (event.key === "Enter" && event.target === input) {
      firstShown.then(item => item?.querySelector("a.md-search-result__link").click());
    }
  });
})();
