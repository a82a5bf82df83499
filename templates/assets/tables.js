// Tables, on each page Material shows (its instant navigation swaps pages in without running this file again).
// Sortable ones: each column header of a table.dz-sortable becomes a button (or, when it holds a link, gets
// one) that sorts the rows by that column, ascending then descending, and the header says so with aria-sort. Cells
// sort by their data-sort attribute when they have one, else by their text, numbers as numbers. Without JavaScript
// the table keeps its order.
// A table that scrolls sideways: a cell reached with Tab is scrolled into its box whole, where the browser leaves a
// cell it partly sees, and clear of a first column that stays put (the box's scroll-padding-left is its width).
(() => {
  document.addEventListener("focusin", event => {
    const wrap = event.target.closest?.(".dz-table-wrap");
    if (!wrap || wrap === event.target || event.target.closest("th[scope=row]")) return;
    const clear = parseFloat(getComputedStyle(wrap).scrollPaddingLeft) || 0;
    const box = event.target.getBoundingClientRect(), frame = wrap.getBoundingClientRect();
    const left = box.left - frame.left - wrap.clientLeft, right = left + box.width - wrap.clientWidth;
    if (left < clear) wrap.scrollBy({left: left - clear});
    else if (right > 0) wrap.scrollBy({left: Math.min(right, left - clear)});
  });

  const collator = new Intl.Collator(document.documentElement.lang || undefined, {numeric: true, sensitivity: "base"});
  const key = cell => (cell?.dataset.sort ?? cell?.textContent ?? "").trim();

  function sort(table, column) {
    const header = table.tHead.rows[0].cells[column];
    const ascending = header.getAttribute("aria-sort") !== "ascending";
    for (const th of table.tHead.rows[0].cells) th.removeAttribute("aria-sort");
    header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    const body = table.tBodies[0];
    const rows = [...body.rows].sort((a, b) => collator.compare(key(a.cells[column]), key(b.cells[column])));
    body.append(...(ascending ? rows : rows.reverse()));
  }

  document$.subscribe(() => document.querySelectorAll("table.dz-sortable").forEach(sortable));

  function sortable(table) {
    if (!table.tHead || !table.tBodies[0] || table.tBodies[0].rows.length < 2) return;
    [...table.tHead.rows[0].cells].forEach((th, column) => {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "dz-sort";
      button.addEventListener("click", () => sort(table, column));
      if (th.querySelector("a")) {  // a header that links (a source's name) keeps its link beside the button
        button.setAttribute("aria-label", `Sort by ${th.textContent.trim()}`);
        th.append("\u00a0", button);  // a no-break space: the button stays with the last word
      } else {  // the header's words are the button's: its cells' header reads "Source", not "Source Sort by Source"
        button.append(...th.childNodes);
        th.append(button);
      }
    });
  }
})();
