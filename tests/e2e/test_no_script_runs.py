"""Markup typed into content never runs in a reader's browser, on the pages or in search results."""
import functools
import threading
from http.server import ThreadingHTTPServer

import pytest

from tests.conftest import _QuietHandler
from tests.test_site_structure import _mini_with_markup


@pytest.fixture
def marked_up_url(make_project):
    site = _mini_with_markup(make_project)
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()
    server.server_close()


def test_no_injected_script_runs(browser, marked_up_url):
    """Not on loading a page, nor on hovering what has a tooltip (the header's title, a link to a fact headed by
    the statement): a tooltip that copied its element's title in as HTML ran it."""
    page = browser.new_page()
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    for path in ("index.html", "facts/scheduled-length.html", "speakers/smith.html", "sources/alpha.html",
                 "facts/index.html", "compare/hamburg.html", "disagreements.html", "timeline.html"):
        page.goto(marked_up_url + path)
        assert "<script>alert(1)</script>" in page.locator("main").inner_text() or path in (
            "compare/hamburg.html", "timeline.html"), f"{path}: the markup is not shown as text"
        titled = [element for element in page.query_selector_all("[title]") if element.is_visible()]
        assert titled, f"{path}: nothing to hover"
        for element in titled:  # handles: a tooltip takes its element's title away
            element.hover(force=True)  # over what covers it, if anything: the events are what matters
        page.wait_for_timeout(300)
    for query in ("Leaders", "meeting", "Anna"):  # a source's title, a fact's statement, a speaker's name
        page.goto(marked_up_url + "index.html")
        page.locator(".md-search__input").click()
        page.locator(".md-search__input").press_sequentially(query)
        shown = page.locator(".md-search-result__list").get_by_text("<script>alert(1)</script>").first
        shown.wait_for(timeout=15_000)
        page.wait_for_timeout(500)
    page.close()
    assert dialogs == []
