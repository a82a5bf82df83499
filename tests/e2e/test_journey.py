"""What a newcomer notices first on the built site, checked in the browser."""
import pytest


@pytest.mark.parametrize("page_name", ["compare/hamburg-2017.html", "compare/index.html"])
@pytest.mark.parametrize("width", [1280, 375])
def test_a_disputed_rows_red_marker_never_covers_its_text(page, base_url, page_name, width):
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(base_url + page_name)
    cells = page.locator("tr.dz-row-disputed > :first-child")
    assert cells.count()
    for cell in cells.all():
        marker, text = cell.evaluate("""e => {
            const range = document.createRange(); range.selectNodeContents(e);
            const left = Math.min(...[...range.getClientRects()].map(r => r.left));
            return [parseFloat(getComputedStyle(e).boxShadow.match(/(\\d+(\\.\\d+)?)px/)[1]),
                    left - e.getBoundingClientRect().left]; }""")
        assert marker > 0
        assert text >= marker + 2, f"the text starts {text:.1f} px into a cell whose marker is {marker} px wide"


def test_search_on_pages_opened_from_their_files_says_what_to_do(page, built_site, console_errors):
    """Browsers load no script of a site opened from its files (file://): the search box says so and points to
    the preview and the offline copy, rather than "Initializing search" for ever."""
    page.goto((built_site / "index.html").as_uri())
    page.keyboard.press("/")
    page.keyboard.type("Lavrov")
    status = page.locator(".md-search-result__meta")
    status.filter(has_text="dossier serve").wait_for()
    assert "offline copy" in status.inner_text()
    page.fill(".md-search__input", "")
    assert "dossier serve" in status.inner_text()
    console_errors[:] = [e for e in console_errors if "pagefind" not in e and "CORS" not in e]  # the browser's refusal


def test_the_tables_give_their_cells_room_and_break_names_between_words(page, base_url):
    """Material styles only tables without a class: ours set their own padding, and a source's name wraps between
    its words, never inside one ("CountryWatc|h" in a narrow heading)."""
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(base_url + "compare/index.html")
    broken, cramped = page.evaluate("""() => {
        const broken = [...document.querySelectorAll('table.dz-table a')].filter(a => {
            const words = a.textContent.trim().split(/\\s+/);
            const range = document.createRange(); range.selectNodeContents(a);
            return new Set([...range.getClientRects()].map(r => Math.round(r.top))).size > words.length;
        }).map(a => a.textContent);
        const cramped = [...document.querySelectorAll('table.dz-table td, table.dz-table th')].filter(cell =>
            cell.textContent.trim() && parseFloat(getComputedStyle(cell).paddingLeft) < 4).length;
        return [broken, cramped]; }""")
    assert broken == [] and cramped == 0
