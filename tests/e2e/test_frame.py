"""Every page in Material's frame: a table of contents that leads to its headings, and its tab marked."""
import pytest
from playwright.sync_api import expect

# (page, its tab, a heading its table of contents lists)
PAGES = [
    ("facts/hamburg-syria-ceasefire-agreed.html", "Facts", "What each source says"),
    ("sources/countrywatch-trump-putin-g20.html", "Sources", "The article"),
    ("speakers/donald-trump.html", "Speakers", "Statements"),
    ("editing.html", "Editing this dossier", None),
    ("summits/hamburg-2017.html", "Summits", "Meetings"),
]


@pytest.mark.parametrize("path,tab,heading", PAGES)
def test_the_table_of_contents_leads_to_the_headings_and_the_tab_is_marked(page, base_url, path, tab, heading):
    page.set_viewport_size({"width": 1400, "height": 900})
    page.goto(base_url + path)
    assert page.locator(".md-tabs__item--active").inner_text().strip() == tab
    toc = page.locator(".md-sidebar--secondary nav.md-nav--secondary a.md-nav__link")
    assert toc.count() >= 2, f"{path} has no table of contents"
    entry = toc.filter(has_text=heading).first if heading else toc.first
    assert entry.is_visible()
    anchor = entry.get_attribute("href").split("#")[1]
    entry.click()
    page.wait_for_url(f"**#{anchor}")
    assert page.locator(f"[id='{anchor}']").is_visible()


@pytest.mark.parametrize("path", ["index.html", "facts/hamburg-lavrov-trump-heard-and-accepted.html",
                                  "sources/countrywatch-trump-putin-g20.html", "compare/hamburg-2017.html",
                                  "summits/index.html", "editing.html"])
def test_skip_to_content_leads_to_the_pages_title(page, base_url, path):
    """Material's skip link led to the first h2, past the title (a claim's "Said by" links, a source's details), and
    was missing where a page has no h2 before its table: it leads to the h1, and the next Tab stop is after it."""
    page.goto(base_url + path, wait_until="networkidle")  # Material has its sitemap: it takes the link over
    page.keyboard.press("Tab")
    skip = page.locator("a.md-skip")
    assert skip.evaluate("e => e === document.activeElement")
    page.keyboard.press("Enter")
    page.wait_for_url("**#_title")
    title = page.locator("#_title")
    assert title.evaluate("e => e.tagName") == "H1"
    expect(title).to_be_focused()
    # at the top of the window, not under the header (read in the page: Playwright measures nothing while the
    # address changes)
    assert title.evaluate("t => { const top = t.getBoundingClientRect().top; return 0 <= top && top < innerHeight / 2; }")
    page.keyboard.press("Tab")
    assert title.evaluate("t => !!(t.compareDocumentPosition(document.activeElement) & Node.DOCUMENT_POSITION_FOLLOWING)")
