"""A table wider than its box on a desktop screen: the reader sees that it scrolls (the columns cut off at the right
edge fade out, a line above says so) until the box is scrolled to its end, in light and dark, with reduced motion
too; a table that fits shows neither."""
import struct
import zlib

import pytest

DESKTOP = {"width": 1280, "height": 900}


def _pixel(page, x: float, y: float) -> tuple[int, int, int]:
    """The colour the reader sees at (x, y) of the viewport: one pixel of a screenshot, decoded (PNG, 1 × 1)."""
    png = page.screenshot(clip={"x": x, "y": y, "width": 1, "height": 1})
    chunks, at = [], 8
    while at < len(png):
        length, kind = struct.unpack(">I4s", png[at:at + 8])
        chunks.append((kind, png[at + 8:at + 8 + length]))
        at += 12 + length
    data = zlib.decompress(b"".join(body for kind, body in chunks if kind == b"IDAT"))
    return tuple(data[1:4])  # after the row's filter byte, which changes nothing in a row of one pixel


def _colour(text: str) -> tuple[int, int, int]:
    """An rgb()/rgba() computed colour as three numbers."""
    return tuple(round(float(n)) for n in text[text.index("(") + 1:-1].replace(",", " ").split()[:3])


def _distance(a, b) -> int:
    return sum(abs(x - y) for x, y in zip(a, b))


def _edge(wrap, within: int = 12) -> dict:
    """A point at most ``within`` pixels inside the box's right edge, at the top of a cell (or a matrix entry) with a
    background of its own, above its text and 6 pixels clear of its sides; that background's colour and the page's."""
    return wrap.evaluate("""(e, within) => {
        const box = e.getBoundingClientRect(), right = Math.floor(Math.min(box.right, innerWidth));
        const filled = el => !/rgba\\(.*, 0\\)$|transparent/.test(getComputedStyle(el).backgroundColor);
        for (let x = right - 3; x > right - within; x -= 2) for (const cell of e.querySelectorAll('tbody td, tbody a.dz-cell')) {
            const r = cell.getBoundingClientRect(), y = Math.ceil(r.top) + 2;
            if (r.left + 6 > x || r.right - 6 < x || y < Math.max(box.top, 0) || y > innerHeight - 5 || !filled(cell))
                continue;  // clear of a rounded corner's blended pixels
            if (document.elementFromPoint(x, y) === cell)
                return {x, y, cell: getComputedStyle(cell).backgroundColor,
                        page: getComputedStyle(document.body).backgroundColor};
        }
        return null;
    }""", within)


def _cut_edge(wrap) -> dict:
    """``_edge`` at the box's cut edge, the box scrolled sideways a little at a time until a coloured cell lies under
    it (where the columns fall depends on the words in them), while well short of its end (where nothing fades)."""
    for _ in range(40):
        edge = _edge(wrap)
        if edge or wrap.evaluate("e => e.scrollLeft + e.clientWidth > e.scrollWidth - 100"):
            break
        wrap.evaluate("e => e.scrollBy(8, 0)")
    assert edge, "no coloured cell at the cut edge"
    return edge


def _open(page, url: str, selector: str):
    page.set_viewport_size(DESKTOP)
    page.goto(url)
    wrap = page.locator(f".dz-table-wrap:has(> {selector})")
    wrap.evaluate("e => e.scrollIntoView({block: 'center'})")
    return wrap


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path, table", [("compare/brussels-2026.html", "table.dz-matrix"),
                                         ("compare/index.html", "table.dz-heat")])
def test_a_table_wider_than_a_desktop_screen_fades_at_its_cut_edge_until_scrolled_to_its_end(
        page, news_server, scheme, path, table):
    """Eleven sources (the trade talks) make the matrix and the agreement table wider than a desktop column."""
    page.emulate_media(color_scheme=scheme)
    wrap = _open(page, news_server + "trade-talks/" + path, table)
    assert wrap.evaluate("e => e.scrollWidth > e.clientWidth + 100")
    edge = _cut_edge(wrap)
    seen, cell, background = _pixel(page, edge["x"], edge["y"]), _colour(edge["cell"]), _colour(edge["page"])
    # the cut-off cell is shown faded toward the page's background, light or dark
    assert _distance(seen, background) < _distance(cell, background) / 2, (seen, cell, background)
    hint = wrap.evaluate("e => { const s = getComputedStyle(e, '::before'); return [s.content, s.opacity]; }")
    assert "Scroll sideways for every source" in hint[0] and float(hint[1]) == 1
    wrap.evaluate("e => e.scrollTo(e.scrollWidth, 0)")
    page.wait_for_timeout(100)
    edge = _edge(wrap, within=40)
    assert _pixel(page, edge["x"], edge["y"]) == _colour(edge["cell"])  # at the end: nothing faded
    assert float(wrap.evaluate("e => getComputedStyle(e, '::before').opacity")) == 0


def test_with_reduced_motion_the_cut_edge_still_fades(page, news_server):
    """Nothing moves by itself: the fade follows the reader's scrolling, so reduced motion keeps it."""
    page.emulate_media(reduced_motion="reduce")
    wrap = _open(page, news_server + "trade-talks/compare/brussels-2026.html", "table.dz-matrix")
    edge = _cut_edge(wrap)
    seen, cell, background = _pixel(page, edge["x"], edge["y"]), _colour(edge["cell"]), _colour(edge["page"])
    assert _distance(seen, background) < _distance(cell, background) / 2, (seen, cell, background)


def test_a_table_that_fits_is_neither_faded_nor_announced(page, base_url):
    """The reference dossier's five sources fit a desktop column: its agreement table shows every cell in full."""
    wrap = _open(page, base_url + "compare/index.html", "table.dz-heat")
    assert wrap.evaluate("e => e.scrollWidth <= e.clientWidth")
    edge = _edge(wrap, within=40)
    assert _pixel(page, edge["x"], edge["y"]) == _colour(edge["cell"])
    hint = wrap.evaluate("e => { const s = getComputedStyle(e, '::before'); return [s.content, s.height]; }")
    assert hint[0] == "none" or hint[1] == "0px"


def _box(locator) -> dict:
    return locator.evaluate("e => { const r = e.getBoundingClientRect(); return {left: r.left, top: r.top, bottom: r.bottom}; }")


def test_a_matrix_wider_than_a_desktop_screen_scrolls_in_a_box_in_sight_with_its_header_and_facts_in_place(
        page, news_server):
    """The box is no taller than the screen, so its scroll bar is in sight without scrolling to the end of the page;
    its header row and fact column stay while the sources scroll by, as on a phone."""
    wrap = _open(page, news_server + "trade-talks/compare/brussels-2026.html", "table.dz-matrix")
    wrap.evaluate("e => e.scrollIntoView({block: 'end'})")
    box = _box(wrap)
    assert box["bottom"] <= DESKTOP["height"] and wrap.evaluate("e => e.scrollHeight > e.clientHeight + 100")
    fact, header = wrap.locator("tbody th[scope=row]").nth(2), wrap.locator("thead th").nth(3)
    fact_before, header_before = _box(fact), _box(header)
    wrap.evaluate("e => e.scrollBy(250, 300)")
    assert _box(fact)["left"] == pytest.approx(fact_before["left"], abs=1)  # the facts stay while sources go by
    assert _box(header)["left"] == pytest.approx(header_before["left"] - 250, abs=1)
    assert _box(header)["top"] == pytest.approx(box["top"], abs=1)  # the header row pinned to the top of the box
    under = wrap.evaluate("""e => { const h = e.querySelectorAll('thead th')[3].getBoundingClientRect();
        return !!document.elementFromPoint(h.left + h.width / 2, h.top + h.height / 2).closest('thead'); }""")
    assert under  # rows scrolled under the header are hidden by it


def test_a_matrix_that_fits_a_desktop_column_keeps_its_header_row_in_sight_over_its_rows(page, base_url):
    """The reference's five sources fit, but its facts run past the screen: read at its fortieth row, the matrix
    still shows which column is which source."""
    wrap = _open(page, base_url + "compare/hamburg-2017.html", "table.dz-matrix")
    assert wrap.evaluate("e => e.scrollWidth <= e.clientWidth")
    wrap.evaluate("e => e.scrollIntoView({block: 'end'})")
    box = _box(wrap)
    assert box["bottom"] <= DESKTOP["height"] and wrap.evaluate("e => e.scrollHeight > e.clientHeight + 100")
    header = wrap.locator("thead th").nth(1)
    row = wrap.locator("tbody tr").nth(39)
    row.evaluate("e => e.scrollIntoView({block: 'end'})")
    box = _box(wrap)
    assert box["top"] >= 0 and _box(row)["bottom"] <= box["bottom"] + 1  # the row read is in sight
    assert _box(header)["top"] == pytest.approx(box["top"], abs=1)  # under the header row, pinned to the box's top


def test_on_paper_a_wide_table_is_neither_faded_nor_announced(page, news_server):
    wrap = _open(page, news_server + "trade-talks/compare/brussels-2026.html", "table.dz-matrix")
    page.emulate_media(media="print")
    assert wrap.evaluate("e => getComputedStyle(e).maskImage") == "none"
    assert wrap.evaluate("e => getComputedStyle(e, '::before').content") in ("none", "normal")


def _code_edge(code) -> dict:
    """A point just inside a code block's right edge, in its padding above the first line: its background there."""
    return code.evaluate("""e => { const r = e.getBoundingClientRect();
        return {x: Math.floor(Math.min(r.right, innerWidth)) - 3, y: Math.ceil(r.top) + 3,
                code: getComputedStyle(e).backgroundColor, page: getComputedStyle(document.body).backgroundColor}; }""")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_code_block_wider_than_a_phone_fades_at_its_cut_edge_and_says_it_scrolls(page, base_url, scheme):
    """The editors' guide on a phone: a command longer than the screen is cut off at its right edge; the cut fades
    and a line above the block says it scrolls, until the reader reaches the end of the line."""
    page.emulate_media(color_scheme=scheme)
    page.set_viewport_size({"width": 375, "height": 812})
    page.goto(base_url + "editing.html")
    blocks = page.locator(".md-typeset pre > code")
    wide = next(i for i in range(blocks.count()) if blocks.nth(i).evaluate("e => e.scrollWidth > e.clientWidth + 40"))
    code, pre = blocks.nth(wide), page.locator(".md-typeset pre").nth(wide)
    code.evaluate("e => e.scrollIntoView({block: 'center'})")
    edge = _code_edge(code)
    seen, background, box = _pixel(page, edge["x"], edge["y"]), _colour(edge["page"]), _colour(edge["code"])
    assert _distance(seen, background) < _distance(box, background) / 2, (seen, box, background)
    hint = pre.evaluate("e => { const s = getComputedStyle(e, '::before'); return [s.content, s.opacity]; }")
    assert "Swipe sideways for the whole line" in hint[0] and float(hint[1]) == 1
    code.evaluate("e => e.scrollTo(e.scrollWidth, 0)")
    page.wait_for_timeout(100)
    assert _pixel(page, edge["x"], edge["y"]) == box  # at the end: nothing faded
    assert float(pre.evaluate("e => getComputedStyle(e, '::before').opacity")) == 0


def test_a_code_block_that_fits_is_neither_faded_nor_announced(page, base_url):
    page.set_viewport_size(DESKTOP)
    page.goto(base_url + "editing.html")
    code = page.locator(".md-typeset pre > code").first
    assert code.evaluate("e => e.scrollWidth <= e.clientWidth")
    code.evaluate("e => e.scrollIntoView({block: 'center'})")
    edge = _code_edge(code)
    assert _pixel(page, edge["x"], edge["y"]) == _colour(edge["code"])
    hint = code.evaluate("e => { const s = getComputedStyle(e.parentElement, '::before'); return [s.content, s.height]; }")
    assert hint[0] == "none" or hint[1] == "0px"


def test_rows_below_a_boxed_tables_bottom_edge_fade_until_scrolled_to_the_last(page, news_server):
    """The agreement table of eleven sources is taller than its box: a row ending at the box's bottom edge read as the
    last one. The bottom edge fades to the page until the box is scrolled down to its last row."""
    wrap = _open(page, news_server + "trade-talks/compare/index.html", "table.dz-heat")
    wrap.evaluate("e => e.scrollIntoView({block: 'end'})")
    assert wrap.evaluate("e => e.scrollHeight > e.clientHeight + 50")
    def bottom() -> tuple:
        """The colour seen 6 pixels above the box's bottom edge in the middle of a coloured cell there, that cell's."""
        return wrap.evaluate("""e => { const box = e.getBoundingClientRect(), y = Math.floor(box.bottom) - 6;
            for (const cell of e.querySelectorAll('tbody td')) { const r = cell.getBoundingClientRect();
                if (r.top < y - 2 && r.bottom > y + 2 && r.left > box.left + 300 && r.right < box.right - 60
                    && !/rgba\\(.*, 0\\)$|transparent/.test(getComputedStyle(cell).backgroundColor))
                    return {x: Math.floor((r.left + r.right) / 2), y, cell: getComputedStyle(cell).backgroundColor,
                            page: getComputedStyle(document.body).backgroundColor}; }
            return null; }""")
    edge = bottom()
    assert edge, "no coloured cell at the box's bottom edge"
    seen, cell, background = _pixel(page, edge["x"], edge["y"]), _colour(edge["cell"]), _colour(edge["page"])
    assert _distance(seen, background) < _distance(cell, background) / 2, (seen, cell, background)
    wrap.evaluate("e => e.scrollTo(0, e.scrollHeight)")
    page.wait_for_timeout(100)
    edge = bottom()
    assert edge and _pixel(page, edge["x"], edge["y"]) == _colour(edge["cell"])  # the last row: nothing faded
