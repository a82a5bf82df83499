"""The site as published: built with its address as `site_url` (the build the suite otherwise makes has none), so that
every part of Material's that acts on the site's own links is at work."""
import dataclasses
import functools
import re
import threading
import time
from http.server import ThreadingHTTPServer
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page, expect

from builder import pipeline
from builder.config import load_config
from tests.conftest import ROOT, _QuietHandler


class _SlowHandler(_QuietHandler):
    """Answers a path of ``delays`` that many seconds late, as a page over a network comes."""
    delays: dict[str, float] = {}

    def do_GET(self):
        time.sleep(self.delays.get(urlsplit(self.path).path, 0))
        super().do_GET()


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    """The reference site built for the address it is served at, with its search index."""
    root = tmp_path_factory.mktemp("published")
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_SlowHandler, directory=str(root / "site")))
    server.daemon_threads = True
    url = f"http://127.0.0.1:{server.server_port}/"
    pipeline.build(dataclasses.replace(load_config(ROOT), site_url=url), root / "site", allow_outside=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield url
    server.shutdown()
    server.server_close()


def _instant(page: Page) -> None:
    """Mark the window, so that ``_swapped`` can tell a page swapped in by instant navigation from one loaded; once
    the page's requests are done: Material swaps in only the pages its sitemap lists, which it fetches after the
    page has loaded, so a click before that loads the page whole (it did, twice, in a full suite on a busy machine)."""
    page.wait_for_load_state("networkidle")
    page.evaluate("window.dzSameWindow = true")


def _swapped(page: Page) -> None:
    assert page.evaluate("window.dzSameWindow === true"), "the page was loaded whole, not swapped in"


def test_a_table_reached_by_a_link_can_be_sorted(page: Page, published):
    page.goto(published + "index.html")
    _instant(page)
    page.locator(".md-tabs").get_by_role("link", name="Summits").click()
    expect(page).to_have_url(re.compile(r"/summits/index\.html$"))
    expect(page.locator("table.dz-sortable thead button.dz-sort").first).to_be_visible()
    _swapped(page)


def test_read_in_context_just_after_scrolling_lands_on_the_passage(page: Page, published, monkeypatch):
    """Material records the scroll a tenth of a second after it stops, and a page over a network takes longer to
    come: the record of the page scrolled lands on the new page's history entry, and Material would scroll the new
    page as the old one was, leaving the passage unmarked."""
    fact = "hamburg-trump-accepted-putin-denial"
    page.goto(published + f"facts/{fact}.html")
    _instant(page)
    link = page.locator("figure.dz-account a", has_text="Read in context").last
    monkeypatch.setitem(_SlowHandler.delays, urlsplit(link.get_attribute("href")).path, 0.3)
    link.scroll_into_view_if_needed()
    anchor = link.get_attribute("href").split("#")[1]
    link.click()
    expect(page.locator(":target")).to_have_attribute("id", anchor)
    expect(page.locator(f"[id='{anchor}']")).to_be_in_viewport()
    _swapped(page)


def test_back_from_a_passage_returns_to_the_place_left(page: Page, published):
    page.goto(published + "facts/hamburg-trump-accepted-putin-denial.html")
    _instant(page)
    link = page.locator("figure.dz-account a", has_text="Read in context").last
    link.scroll_into_view_if_needed()
    page.wait_for_timeout(300)  # Material records the scroll
    left = page.evaluate("scrollY")
    assert left > 0
    link.click()
    expect(page.locator(":target")).to_be_visible()
    page.go_back()
    expect(page.locator("figure.dz-account").first).to_be_attached()
    page.wait_for_function(f"Math.abs(scrollY - {left}) < 2")
    _swapped(page)


def test_back_and_forward_to_a_passage_mark_it(page: Page, published):
    page.goto(published + "facts/hamburg-trump-accepted-putin-denial.html")
    _instant(page)
    link = page.locator("figure.dz-account a", has_text="Read in context").last
    anchor = link.get_attribute("href").split("#")[1]
    link.click()
    expect(page.locator(":target")).to_have_attribute("id", anchor)
    page.locator(".md-tabs").get_by_role("link", name="Summits").click()
    expect(page).to_have_url(re.compile(r"/summits/index\.html$"))
    page.go_back()
    expect(page.locator(":target")).to_have_attribute("id", anchor)
    page.go_forward()
    expect(page).to_have_url(re.compile(r"/summits/index\.html$"))  # as a reader sees the page come, not mid-way
    page.go_back()
    expect(page.locator(":target")).to_have_attribute("id", anchor)
    _swapped(page)


def _search(page: Page, words: str) -> None:
    box = page.locator(".md-search__input")
    box.click()
    box.fill("")
    box.press_sequentially(words)
    expect(box).to_have_value(words)
    expect(page.locator(".md-search-result__meta")).to_have_text(re.compile(rf"for {words}(,|$)"))


def test_a_search_result_opens_with_the_words_searched_for_marked_and_focus_on_its_title(page: Page, published):
    page.goto(published + "index.html")
    _instant(page)
    _search(page, "scheduled")
    page.locator(".md-search-result__link").first.click()
    expect(page).to_have_url(re.compile(r"\?highlight=scheduled$"))
    expect(page.locator("mark.dz-search-highlight").first).to_have_text(re.compile("scheduled", re.I))
    expect(page.locator("#__search")).not_to_be_checked()
    expect(page.locator(".md-content h1")).to_be_focused()  # not the result, hidden in the closed search box
    _swapped(page)


def test_typing_while_a_page_comes_keeps_the_focus_in_the_search_box(page: Page, published, monkeypatch):
    """Focus moves to the new page's title, but not away from where the reader put it while the page came."""
    monkeypatch.setitem(_SlowHandler.delays, "/summits/index.html", 1.5)
    page.goto(published + "index.html")
    _instant(page)
    page.locator(".md-tabs").get_by_role("link", name="Summits").click()
    page.wait_for_timeout(200)  # Material closes the search box a moment after any navigation
    box = page.locator(".md-search__input")
    box.click()
    box.press_sequentially("osaka")
    expect(page.locator(".md-content h1")).to_have_text("Summits and events")
    page.keyboard.type(" summit")
    expect(box).to_be_focused()
    expect(box).to_have_value("osaka summit")
    _swapped(page)


def test_a_search_result_on_the_page_already_open_marks_the_new_words(page: Page, published):
    """Material takes a link to the page open for a link within it, and undoes the address the result gave."""
    fact = "facts/hamburg-ceasefire-military-police.html"
    page.goto(published + "index.html")
    _instant(page)
    _search(page, "lavrov")
    page.locator(f".md-search-result__link[href*='{fact}']").first.click()
    expect(page).to_have_url(re.compile(r"\?highlight=lavrov$"))
    expect(page.locator("#__search")).not_to_be_checked()  # Material closes it a moment after
    _swapped(page)
    _search(page, "monitor")
    expect(page.locator(".md-search-result__link").first).to_have_attribute("href", re.compile(re.escape(fact)))
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"\?highlight=monitor$"))
    expect(page.locator("mark.dz-search-highlight").first).to_have_text(re.compile("monitor", re.I))


def test_a_link_within_a_page_opened_whole_keeps_what_the_reader_did_there(page: Page, published):
    """Material's first navigation fetches the page anew, a link within the page too, and swapped it in: a table
    sorted by the reader came back unsorted. The browser goes to the place, and Back returns, as without Material."""
    page.goto(published + "summits/index.html", wait_until="networkidle")  # Material has its sitemap
    page.evaluate("document.querySelector('table.dz-sortable').dzKept = true")
    sort = page.locator("table.dz-sortable thead button.dz-sort").first
    sort.click()
    sort.click()
    header = page.locator("table.dz-sortable thead th[aria-sort]")
    expect(header).to_have_attribute("aria-sort", "descending")
    page.locator("a.md-skip").focus()
    page.keyboard.press("Enter")
    expect(page.locator(":target")).to_have_attribute("id", "_title")
    expect(page.locator("#_title")).to_be_focused()
    page.go_back()
    expect(page).to_have_url(re.compile(r"/summits/index\.html$"))
    page.wait_for_timeout(300)  # a page fetched anew would be swapped in by now
    assert page.evaluate("document.querySelector('table.dz-sortable').dzKept === true"), "the page was swapped in"
    expect(header).to_have_attribute("aria-sort", "descending")


def test_back_gives_focus_to_the_link_followed_where_the_reader_was(page: Page, published):
    """Back gives back the scroll the reader left; focus went to the page's title, above it, and the next Tab
    scrolled to the top. It goes to the link followed, and Tab goes on from there."""
    page.goto(published + "facts/hamburg-trump-accepted-putin-denial.html")
    _instant(page)
    title = page.locator(".md-content h1").inner_text()
    link = page.locator("figure.dz-account a", has_text="Read in context").last
    href = link.evaluate("a => a.href")
    link.focus()
    page.wait_for_timeout(300)  # Material records the scroll a tenth of a second after it stops
    page.keyboard.press("Enter")
    expect(page.locator(":target")).to_be_focused()
    page.wait_for_timeout(300)
    page.go_back()
    expect(page.locator(".md-content h1")).to_have_text(title)
    focused = page.locator(":focus")
    expect(focused).to_have_attribute("href", href)
    left = page.evaluate("scrollY")
    assert left > 0
    page.keyboard.press("Tab")
    assert page.evaluate("scrollY") > left / 2, "the next Tab went back to the top"
    _swapped(page)


def test_a_link_to_the_page_opened_whole_opens_it_again(page: Page, published):
    """Its own tab, on a section's page opened whole: Material's first navigation would fetch the page anew; the
    address it gave was dropped with it, leaving a history entry that led nowhere and the page as it was."""
    page.goto(published + "summits/index.html", wait_until="networkidle")
    page.mouse.wheel(0, 600)
    page.wait_for_function("scrollY > 0")
    entries = page.evaluate("history.length")
    page.locator(".md-tabs").get_by_role("link", name="Summits").click()
    page.wait_for_function("scrollY === 0")
    assert page.evaluate("history.length") == entries
