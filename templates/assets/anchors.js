// A link to a place in another page of the site (a quote in its article: "sources/x.html#q-…"), followed by
// Material's instant navigation, which swaps the page in. Material goes to the place, except when the page before
// was scrolled in the last tenth of a second before the click: it then keeps that page's scroll (its record of the
// scroll lands on the new page's history entry). Nor does it make the place the page's :target, which marks a
// quote. So once such a page is in, the place is gone to as a link within the page goes there. Back and forward
// keep the scroll Material gives back.
(() => {
  let place = null;  // the "#…" of the page a click on a link is loading
  document.addEventListener("click", event => {
    const link = event.target.closest?.("a[href*='#']");
    place = link && link.origin === location.origin && link.pathname !== location.pathname ? link.hash : null;
  }, true);
  document$.subscribe(() => {
    const wanted = place;
    place = null;
    if (!wanted || location.hash !== wanted) return;
    const target = document.getElementById(decodeURIComponent(wanted.slice(1)));
    if (!target || target.matches(":target")) return;
    const jump = document.createElement("a");  // not in the page: no click listener of the page's sees it
    jump.href = wanted;
    jump.click();
  });
})();
