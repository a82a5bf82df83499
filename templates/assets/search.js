// Search on the hosted site: Pagefind's modular UI behind Material's header search box. Results show the
// page's title (a fact's statement), a fact's summit and sources, and an excerpt with the matched words
// marked; everything from the index is inserted as text. Pagefind's script and index load on first use. The
// page a result leads to marks the words searched for. A question is searched as its content words: "how long
// did the meeting last" searches "length meeting last", since Pagefind returns only pages with every word.
(() => {
  const root = new URL("..", document.currentScript.src);  // this file is assets/search.js
  const bundle = new URL("pagefind/", root);
  const toggle = document.getElementById("__search");
  const input = document.querySelector(".md-search__input");
  const list = document.querySelector(".md-search-result__list");
  const typing = target => target.closest("input, textarea, select, [contenteditable]");
  let loading = null;

  // English question and function words, which would otherwise have to appear on every result.
  const QUESTION_WORDS = new Set(("a about after an and any are as at be been before by can could did do does during " +
    "else for from had has have he her him his how i if in into is it its me of on or over say said says she " +
    "tell than that the their them then there they this to us was we were what when where which who whom whose " +
    "why will with would you").split(" "));
  const QUESTION_PHRASES = [[/\bhow (long|short)\b/g, "length"], [/\bhow many\b/g, "number"], [/\bhow much\b/g, "amount"]];

  // The words a reader's query is searched for: question phrases named, question words dropped (all of them
  // only when nothing else is left).
  function terms(query) {
    let text = query.toLowerCase().replace(/[?!.,;:]+/g, " ");
    for (const [phrase, word] of QUESTION_PHRASES) text = text.replace(phrase, word);
    const words = text.split(/\s+/).filter(Boolean);
    const content = words.filter(word => !QUESTION_WORDS.has(word));
    return (content.length ? content : words).join(" ");
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

  function result(data) {
    const article = element("article", "md-search-result__article md-typeset");
    article.append(element("div", "md-search-result__icon md-icon"), element("h1", "", data.meta.title));
    const about = [data.meta.summit, data.meta.sources && `Sources: ${data.meta.sources}`].filter(Boolean);
    if (about.length) article.append(element("p", "dz-search-about", about.join(" · ")));
    article.append(excerpt(data.excerpt));
    const link = element("a", "md-search-result__link");
    const url = new URL(data.url, location.href);
    for (const word of terms(input.value).split(" ").filter(Boolean)) url.searchParams.append("highlight", word);
    link.href = url.href;
    link.append(article);
    const item = element("li", "md-search-result__item");
    item.append(link);
    return item;
  }

  function start() {
    return loading ??= new Promise((resolve, reject) => {
      const script = element("script");
      script.src = new URL("pagefind-modular-ui.js", bundle);
      script.onload = resolve;
      script.onerror = reject;
      document.head.append(script);
    }).then(() => {
      const ui = window.PagefindModularUI;
      const instance = new ui.Instance({bundlePath: bundle.href, baseUrl: root.pathname});
      instance.add(new ui.Summary({containerElement: ".md-search-result__meta", defaultMessage: "Type to start searching"}));
      instance.add(new ui.ResultList({containerElement: ".md-search-result__list", resultTemplate: result,
                                      placeholderTemplate: () => element("li", "md-search-result__item dz-search-placeholder")}));
      instance.triggerLoad();
      if (input.value) instance.triggerSearch(terms(input.value));
      return instance;
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

  // Arrow keys move between the query and the results; Enter in the query follows the first result.
  function move(step) {
    const stops = [input, ...list.querySelectorAll("a.md-search-result__link")];
    const here = stops.indexOf(document.activeElement);
    stops[Math.min(Math.max(here + step, 0), stops.length - 1)].focus();
  }

  // A page opened from a result marks the words searched for (Pagefind's highlighter, loaded only then).
  if (new URLSearchParams(location.search).has("highlight"))
    import(new URL("pagefind-highlight.js", bundle).href).then(({default: Highlight}) => new Highlight(
      {highlightParam: "highlight", addStyles: false, markOptions: {className: "dz-search-highlight"}}));

  input.addEventListener("focus", () => { toggle.checked = true; start(); });
  input.addEventListener("input", () => start().then(instance => instance.triggerSearch(terms(input.value))));
  input.form.addEventListener("reset", () => start().then(instance => instance.triggerSearch("")));
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
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      move(event.key === "ArrowDown" ? 1 : -1);
    } else if (event.key === "Enter" && event.target === input) {
      list.querySelector("a.md-search-result__link")?.click();
    }
  });
})();
