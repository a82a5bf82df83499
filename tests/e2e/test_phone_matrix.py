"""The compare matrix on a phone: the fact column and the header stay put, and the reader sees that it scrolls."""
import pytest

PHONE = {"width": 375, "height": 740}


@pytest.fixture
def matrix(page, base_url):
    page.set_viewport_size(PHONE)
    page.goto(base_url + "compare/hamburg-2017.html")
    wrap = page.locator(".dz-table-wrap:has(> table.dz-matrix)")
    wrap.scroll_into_view_if_needed()
    return wrap


def _box(locator) -> dict:
    return locator.evaluate("e => { const r = e.getBoundingClientRect(); return {left: r.left, top: r.top, right: r.right}; }")


def _hint_opacity(wrap) -> float:
    return float(wrap.evaluate("e => getComputedStyle(e, '::before').opacity"))


def test_the_fact_column_stays_while_the_sources_scroll_by(matrix):
    assert matrix.evaluate("e => e.scrollWidth > e.clientWidth + 100")
    fact = matrix.locator("tbody th[scope=row]").first
    source = matrix.locator("tbody td").first
    fact_before, source_before = _box(fact), _box(source)
    assert fact_before["right"] <= PHONE["width"] / 2  # the facts leave room for the sources
    matrix.evaluate("e => e.scrollBy(200, 0)")
    assert _box(fact)["left"] == pytest.approx(fact_before["left"], abs=1)
    assert _box(source)["left"] == pytest.approx(source_before["left"] - 200, abs=1)
    # a cell scrolled under the fact column is hidden by it, not shown through it
    under = matrix.evaluate("""e => { const f = e.querySelector('tbody th[scope=row]').getBoundingClientRect();
        const hit = document.elementFromPoint(f.left + f.width / 2, f.top + 5); return !!hit.closest('th[scope=row]'); }""")
    assert under


def test_the_header_row_stays_while_the_facts_scroll_by(matrix):
    header = matrix.locator("thead th").nth(1)
    row = matrix.locator("tbody tr").nth(1)
    header_before, row_before = _box(header), _box(row)
    assert matrix.evaluate("e => e.scrollHeight > e.clientHeight")
    matrix.evaluate("e => e.scrollBy(0, 300)")
    assert _box(row)["top"] == pytest.approx(row_before["top"] - 300, abs=1)
    assert _box(header)["top"] == pytest.approx(_box(matrix)["top"], abs=1)  # pinned to the top of the box
    on_top = matrix.evaluate("""e => { const h = e.querySelectorAll('thead th')[1].getBoundingClientRect();
        return !!document.elementFromPoint(h.left + h.width / 2, h.top + h.height / 2).closest('thead'); }""")
    assert on_top


def test_a_visible_cue_says_it_scrolls_until_the_end(matrix):
    cue = matrix.evaluate("e => getComputedStyle(e, '::before').content")
    assert "Swipe sideways" in cue
    assert _hint_opacity(matrix) == 1
    assert "radial-gradient" in matrix.evaluate("e => getComputedStyle(e).backgroundImage")  # the edge shadow
    matrix.evaluate("e => e.scrollTo(e.scrollWidth, 0)")
    for _ in range(150):  # the cue fades as the next frame is drawn, which a busy machine may draw late
        if _hint_opacity(matrix) == 0:
            break
        matrix.page.wait_for_timeout(100)
    assert _hint_opacity(matrix) == 0


def test_a_matrix_that_fits_shows_no_cue(page, base_url):
    page.set_viewport_size(PHONE)
    page.goto(base_url + "compare/osaka-2019.html")  # one source: nothing to scroll to
    wrap = page.locator(".dz-table-wrap:has(> table.dz-matrix)")
    assert wrap.evaluate("e => e.scrollWidth <= e.clientWidth")
    assert _hint_opacity(wrap) == 0
    assert wrap.evaluate("e => getComputedStyle(e, '::before').height") == "0px"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_phone_matrix_has_no_serious_accessibility_violations(page, base_url, scheme):
    from tests.e2e.test_accessibility import serious_violations
    page.set_viewport_size(PHONE)
    page.emulate_media(color_scheme=scheme)
    page.goto(base_url + "compare/hamburg-2017.html")
    assert not serious_violations(page)


def test_the_sources_by_sources_table_keeps_its_first_column_and_says_it_scrolls(page, news_server):
    """Eleven sources (the trade talks) make the agreement table wider than a phone: it scrolls as the matrix does."""
    page.set_viewport_size(PHONE)
    page.goto(news_server + "trade-talks/compare/index.html")
    wrap = page.locator(".dz-table-wrap:has(> table.dz-heat)")
    wrap.scroll_into_view_if_needed()
    assert wrap.evaluate("e => e.scrollWidth > e.clientWidth + 100")
    assert _hint_opacity(wrap) == 1 and "Swipe sideways" in wrap.evaluate("e => getComputedStyle(e, '::before').content")
    name, cell = wrap.locator("tbody th[scope=row]").first, wrap.locator("tbody td").nth(1)
    name_before, cell_before = _box(name), _box(cell)
    wrap.evaluate("e => e.scrollBy(200, 0)")
    assert _box(name)["left"] == pytest.approx(name_before["left"], abs=1)
    assert _box(cell)["left"] == pytest.approx(cell_before["left"] - 200, abs=1)


@pytest.mark.parametrize("path", ["summits/index.html", "sources/index.html"])
def test_an_index_wider_than_a_phone_keeps_its_names_and_says_it_scrolls(page, base_url, path):
    page.set_viewport_size(PHONE)
    page.goto(base_url + path)
    wrap = page.locator(".dz-table-wrap").first
    assert wrap.evaluate("e => e.scrollWidth > e.clientWidth + 50")
    assert _hint_opacity(wrap) == 1 and "more columns" in wrap.evaluate("e => getComputedStyle(e, '::before').content")
    name, cell = wrap.locator("tbody th[scope=row]").first, wrap.locator("tbody td").first
    name_before, cell_before = _box(name), _box(cell)
    assert name_before["right"] <= PHONE["width"] / 2 + 20  # the names leave room for the other columns
    wrap.evaluate("e => e.scrollBy(150, 0)")
    assert _box(name)["left"] == pytest.approx(name_before["left"], abs=1)
    assert _box(cell)["left"] == pytest.approx(cell_before["left"] - 150, abs=1)


@pytest.mark.parametrize("width", [375, 1280])
def test_a_cell_reached_with_tab_is_never_hidden_under_the_fact_column(page, base_url, width):
    """Tabbing back to a cell of an earlier column scrolled it under the column that stays put: 44 of 80 focus stops
    were half hidden, some wholly (WCAG 2.4.11, Focus Not Obscured)."""
    page.set_viewport_size({"width": width, "height": 740})
    page.goto(base_url + "compare/hamburg-2017.html")
    page.locator(".dz-table-wrap:has(> table.dz-matrix)").focus()
    covered = []
    for _ in range(60):
        page.keyboard.press("Tab")
        share = page.evaluate("""() => { const e = document.activeElement, row = e.closest('tbody tr');
            const th = row && row.querySelector('th[scope=row]');
            if (!th || th.contains(e) || !e.closest('table.dz-matrix')) return 0;
            const r = e.getBoundingClientRect(), t = th.getBoundingClientRect();
            return Math.max(0, Math.min(r.right, t.right) - Math.max(r.left, t.left)) / r.width; }""")
        if share > 0.1:
            covered.append(share)
    assert covered == []


@pytest.mark.parametrize("path", ["compare/index.html", "compare/hamburg-2017.html"])
def test_a_control_reached_with_tab_in_a_wide_table_is_seen_whole(page, base_url, path):
    """Chromium leaves a control it partly sees where it is: a sort button was reached with 13 of its 72 px in its
    table's box, and a table with no column that stays put kept 12.5em clear at its left all the same."""
    page.set_viewport_size(PHONE)
    page.goto(base_url + path)
    page.locator(".md-content h1").evaluate("h => { h.tabIndex = -1; h.focus(); }")
    cut, reached = [], 0
    for _ in range(80):
        page.keyboard.press("Tab")
        seen = page.evaluate("""() => { const e = document.activeElement, wrap = e.closest('.dz-table-wrap');
            if (!wrap || wrap === e || !e.closest('td, th')?.cellIndex) return null;  // a later column's
            const sticky = wrap.querySelector('tbody th[scope=row]');
            const clear = sticky ? sticky.getBoundingClientRect().right - wrap.getBoundingClientRect().left : 0;
            const r = e.getBoundingClientRect(), w = wrap.getBoundingClientRect();
            const left = r.left - w.left - wrap.clientLeft, right = left + r.width;
            return [e.textContent.trim().slice(0, 30), Math.round(left), Math.round(right), Math.round(clear),
                    wrap.clientWidth]; }""")
        if seen:
            reached += 1
            text, left, right, clear, width = seen
            if left < clear - 1 or (right > width + 1 and left > clear + 1):
                cut.append(seen)
    assert reached > 5 and cut == []
