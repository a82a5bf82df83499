// What Material's instant navigation, which swaps each page in without a reload, leaves undone or does amiss.
// - A link to the page open or a place in it, or Back or Forward between its places: Material's first navigation
//   fetches the page anew and swaps it in, whatever the navigation, undoing what the reader did on the page (a
//   table's sort, a note opened). Until Material has gone to another page, the browser does these itself, as it
//   does without instant navigation: Material never hears of them.
// - A link to a place in another page of the site (a quote in its article: "sources/x.html#q-…"): Material goes to the
//   place, except when the page before was scrolled in the last tenth of a second before the click: it then keeps
//   that page's scroll (its record of the scroll lands on the new page's history entry). So the place is gone to as a
//   link within the page goes there, which also makes it the page's :target (a quote is marked so).
// - Back or Forward to such a place: Material gives back the scroll the reader left, and the place is marked again
//   without moving from there.
// - Focus: it stayed where the click was (a search result, in the closed search box, hidden), or fell to the
//   document. Without scrolling, it moves to the place; else, on Back or Forward, to the link the reader followed
//   from the page; else to the page's title: the first of them in view (the title, above the scroll Back gave back,
//   sent the next Tab to the top). A screen reader reads out the new page, and Tab goes on from there. Unless the
//   reader has moved focus while the page came (into the search box, to type): it stays there. A link to a place in
//   the page open moves focus to the place too.
(() => {
  let place = null;  // the "#…" of the page a click on a link is loading
  let from = null;  // what had focus when the page was asked for
  let first = true;  // the page loaded whole, which the browser has set up itself
  const loaded = location.pathname;
  let routed = false;  // Material has gone to another page than the one loaded
  const followed = new Map();  // the link followed from each page (its address without "#…") the reader left
  const address = () => location.href.split("#")[0];
  const placed = () => location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
  const seen = element => {
    const box = element.getBoundingClientRect();
    return box.bottom > 0 && box.top < innerHeight;
  };
  const focus = element => {
    if (!element.matches("a[href], button, input, select, textarea, [tabindex]")) element.tabIndex = -1;
    element.focus({preventScroll: true});
  };
  const next = location$.next.bind(location$);  // what Material's navigations go through
  location$.next = url => {
    if (routed || url.pathname !== loaded) {
      routed = true;
      next(url);
    }
  };
  document.addEventListener("click", event => {
    const link = event.target.closest?.("a[href]");
    if (!link) return;
    if (link.href.split("#")[0] === address()) {
      if (!routed) event.stopPropagation();  // Material listens on the page's body
      if (link.hash) setTimeout(() => { const target = placed(); if (target) focus(target); });
      return;
    }
    followed.set(address(), link.href);
    place = link.origin === location.origin && link.pathname !== location.pathname ? link.hash : null;
    from = document.activeElement;
  }, true);
  addEventListener("popstate", () => {
    place = null;
    from = document.activeElement;
  });
  document$.subscribe(() => {
    const clicked = place;
    place = null;
    if (first) {
      first = false;
      return;
    }
    const target = placed();
    if (target && !target.matches(":target")) {
      const left = scrollY;
      const jump = document.createElement("a");  // not in the page: no click listener of the page's sees it
      jump.href = location.hash;
      jump.click();
      if (clicked !== location.hash) scrollTo(0, left);  // Back or Forward: the place the reader left
    }
    const back = clicked === null && followed.get(address());
    const links = [...document.querySelectorAll(".md-content a[href]")].filter(a => a.href === back);
    const focused = [target, ...links, document.querySelector(".md-content h1")].find(e => e && seen(e));
    const active = document.activeElement;
    if (focused && (!active || active === document.body || active === from)) focus(focused);
  });
})();
