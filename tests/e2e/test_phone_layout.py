"""On a phone (390 px) nothing sticks out of its box: a fact's sides stack, one above the other, and a figure's long
list of sources wraps inside the box that holds it (the trade talks: nine sources on two sides, seven figures)."""
import pytest

PHONE = {"width": 390, "height": 844}
# every element of the page's content that reaches past the right edge of the box it is in
OVERFLOWING = """() => [...document.querySelectorAll('.md-content .dz-alert *, .md-content .dz-verdict-box *')]
    .filter(e => { const box = e.closest('.dz-alert, .dz-verdict-box').getBoundingClientRect();
                   return e.getBoundingClientRect().right > box.right + 1; })
    .map(e => e.tagName + '.' + e.className + ': ' + e.textContent.slice(0, 40))"""


@pytest.mark.parametrize("path", ["trade-talks/summits/brussels-2026.html", "trade-talks/facts/walkout.html"])
def test_nothing_sticks_out_of_the_disagreement_boxes(page, news_server, path):
    page.set_viewport_size(PHONE)
    page.goto(news_server + path)
    assert page.locator(".dz-group").count() or page.locator(".dz-side").count()
    assert page.evaluate(OVERFLOWING) == []
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


def test_a_facts_sides_stack_on_a_phone_and_stand_side_by_side_on_a_desktop(page, news_server):
    page.set_viewport_size(PHONE)
    page.goto(news_server + "trade-talks/facts/walkout.html")
    sides = page.locator(".dz-verdict-box .dz-side, .dz-alert .dz-side")
    first, second = sides.nth(0).bounding_box(), sides.nth(1).bounding_box()
    assert first["x"] == second["x"] and second["y"] >= first["y"] + first["height"]
    page.set_viewport_size({"width": 1280, "height": 900})
    first, second = sides.nth(0).bounding_box(), sides.nth(1).bounding_box()
    assert second["x"] > first["x"] + first["width"] and second["y"] == first["y"]


@pytest.mark.parametrize("width", [390, 1280])
def test_each_sources_words_fill_their_column_however_short(page, news_server, width):
    """Material shrinks a figure to its content: a one-line quote's card would stand narrower than its neighbours."""
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(news_server + "trade-talks/speakers/arjun-mehra.html")
    widths = page.evaluate("""() => [...document.querySelectorAll('.dz-accounts')].map(grid => {
        const column = getComputedStyle(grid).gridTemplateColumns.split(' ')[0];
        return [...grid.querySelectorAll(':scope > .dz-account')].map(card => Math.abs(card.offsetWidth - parseFloat(column)));
    }).flat()""")
    assert len(widths) > 5 and max(widths) < 1


@pytest.mark.parametrize("path", ["facts/hamburg-trump-putin-scheduled-length.html", "speakers/vladimir-putin.html",
                                  "summits/hamburg-2017.html", "sources/rferl-putin-trump-agree.html",
                                  "compare/hamburg-2017.html", "disagreements.html", "index.html"])
def test_no_page_scrolls_sideways_on_the_narrowest_phone(page, base_url, path):
    """WCAG 1.4.10 (reflow): at 320 px no page is wider than the screen. Material's root font is 20 px, so a grid
    column of 16rem (320 px) stood wider than the 288 px the content has; a wide table scrolls in its own box."""
    page.set_viewport_size({"width": 320, "height": 700})
    page.goto(base_url + path)
    assert page.evaluate("document.documentElement.scrollWidth") <= 320


LONG = "Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz"  # a word no line can hold


@pytest.fixture
def long_words_url(make_project):
    """The mini dossier with a 63-letter compound as an outlet, an author, a role, a summit's name and the footer."""
    from builder import pipeline
    from builder.config import load_config
    from tests.conftest import served
    from tests.test_site_structure import MINI
    files = {p.relative_to(MINI).as_posix(): p.read_text("utf-8") for p in MINI.rglob("*") if p.is_file()}
    for rel, old, new in [("content/sources/alpha.md", "outlet: Alpha News", f"outlet: {LONG}"),
                          ("content/sources/alpha.md", "author: unknown", f"author: {LONG}"),
                          ("content/speakers/smith.yml", "title: Foreign Minister", f"title: {LONG}"),
                          ("content/summits/hamburg.yml", "name: Hamburg summit", f"name: {LONG}")]:
        assert old in files[rel], f"fixture changed: {rel} has no {old!r}"
        files[rel] = files[rel].replace(old, new)
    files["site_config.yml"] += f"copyright: {LONG}\n"
    root = make_project(files)
    pipeline.build(load_config(root), root / "site")
    with served(root / "site") as url:
        yield url


def test_a_word_longer_than_the_screen_wraps_rather_than_widening_the_page(browser, long_words_url):
    page = browser.new_page(viewport={"width": 360, "height": 740})
    for path in ("sources/alpha.html", "speakers/smith.html", "facts/scheduled-length.html", "summits/hamburg.html",
                 "disagreements.html", "index.html"):
        page.goto(long_words_url + path)
        assert LONG in page.locator("body").inner_text()
        assert page.evaluate("document.scrollingElement.scrollWidth") <= 360, path
    page.close()


def test_a_link_of_the_closed_drawer_reached_with_tab_is_seen(page, base_url):
    """Material keeps the closed drawer's links in the Tab order, off the screen: Tab from the top went through 14
    links seen nowhere. The drawer opens while one of them has focus."""
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(base_url + "index.html")
    unseen = []
    for _ in range(25):
        page.keyboard.press("Tab")
        page.wait_for_timeout(300)  # the drawer slides in
        where = page.evaluate("""() => { const e = document.activeElement;
            if (!e.closest('.md-sidebar--primary')) return null;
            const r = e.getBoundingClientRect(), x = r.left + r.width / 2, y = r.top + r.height / 2;
            const top = 0 <= x && x < innerWidth && 0 <= y && y < innerHeight && document.elementFromPoint(x, y);
            const shown = top && (e.contains(top) || top.contains(e)) && getComputedStyle(e.closest('.md-nav')).opacity === '1';
            return [e.textContent.trim(), shown]; }""")
        if where:
            unseen.append(None if where[1] else where[0])
    assert None in unseen and [w for w in unseen if w] == []
