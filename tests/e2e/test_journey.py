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
