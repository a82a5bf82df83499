// What Material's instant navigation, which swaps each page in without a reload, leaves undone on the page it swaps in.
// - A link to a place in another page of the site (a quote in its article: "sources/x.html#q-…"): Material goes to the
//   place, except when the page before was scrolled in the last tenth of a second before the click: it then keeps
//   that page's scroll (its record of the scroll lands on the new page's history entry). So the place is gone to as a
//   link within the page goes there, which also makes it the page's :target (a quote is marked so).
// - Back or Forward to such a place: Material gives back the scroll the reader left, and the place is marked again
//   without moving from there.
// - Focus: it stayed where the click was (a search result, in the closed search box, hidden), or fell to the
//   document. It moves to the place, else to the page's title, without scrolling: a screen reader reads out the new
//   page, and Tab goes on from there. Unless the reader has moved it while the page came (into the search box, to
//   type): it stays there.
(() => {
  let place = null;  // the "#…" of the page a click on a link is loading
  let from = null;  // what had focus when the page was asked for
  let first = true;  // the page loaded whole, which the browser has set up itself
  document.addEventListener("click", event => {
    const link = event.target.closest?.("a[href]");
    if (!link) return;
    place = link.origin === location.origin && link.pathname !== location.pathname ? link.hash : null;
    from = document.activeElement;
  }, true);
  addEventListener("popstate", () => { from = document.activeElement; });
  document$.subscribe(() => {
    const clicked = place;
    place = null;
    if (first) {
      first = false;
      return;
    }
    const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target && !target.matches(":target")) {
      const left = scrollY;
      const jump = document.createElement("a");  // not in the page: no click listener of the page's sees it
      jump.href = location.hash;
      jump.click();
      if (clicked !== location.hash) scrollTo(0, left);  // Back or Forward: the place the reader left
    }
    const focused = target || document.querySelector(".md-content h1");
    const active = document.activeElement;
    if (focused && (!active || active === document.body || active === from)) {
      if (!focused.matches("a[href], button, input, select, textarea, [tabindex]")) focused.tabIndex = -1;
      focused.focus({preventScroll: true});
    }
  });
})();
