"""The site as published: built with its address as `site_url` (the build the suite otherwise makes has none), so that
every part of Material's that acts on the site's own links is at work."""
import dataclasses
import functools
import re
import threading
from http.server import ThreadingHTTPServer

import pytest
from playwright.sync_api import Page, expect

from builder import pipeline
from builder.config import load_config
from tests.conftest import ROOT, _QuietHandler


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    """The reference site built for the address it is served at."""
    root = tmp_path_factory.mktemp("published")
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(root / "site")))
    server.daemon_threads = True
    url = f"http://127.0.0.1:{server.server_port}/"
    pipeline.build(dataclasses.replace(load_config(ROOT), site_url=url), root / "site", allow_outside=True, index=False)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield url
    server.shutdown()
    server.server_close()


def test_a_table_reached_by_a_link_can_be_sorted(page: Page, published):
    page.goto(published + "index.html")
    page.locator(".md-tabs").get_by_role("link", name="Summits").click()
    expect(page).to_have_url(re.compile(r"/summits/index\.html$"))
    expect(page.locator("table.dz-sortable thead button.dz-sort").first).to_be_visible()


def test_read_in_context_from_far_down_a_page_lands_on_the_passage(page: Page, published):
    fact = "hamburg-trump-accepted-putin-denial"
    page.goto(published + f"facts/{fact}.html")
    link = page.locator("figure.dz-account a", has_text="Read in context").last
    link.scroll_into_view_if_needed()
    anchor = link.get_attribute("href").split("#")[1]
    link.click()
    expect(page.locator(":target")).to_have_attribute("id", anchor)
    expect(page.locator(f"[id='{anchor}']")).to_be_in_viewport()
