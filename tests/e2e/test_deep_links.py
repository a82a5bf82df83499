"""Following an account's link to the original article opens it at the quoted passage (a text fragment)."""
import shutil
from urllib.parse import unquote

import pytest

from builder import pipeline
from builder.config import load_config
from tests.conftest import ROOT, served

ORIGINAL = "https://news.example/leaders-meet"


@pytest.fixture
def site_with_urls(tmp_path):
    root = tmp_path / "project"
    shutil.copytree(ROOT / "tests" / "fixtures" / "mini", root)
    source = root / "content" / "sources" / "alpha.md"
    source.write_text(source.read_text().replace("language: en", f"language: en\nurl: {ORIGINAL}"))
    pipeline.build(load_config(root), root / "site")
    with served(root / "site") as url:
        yield url


def test_original_article_link_carries_a_text_fragment(page, site_with_urls):
    opened = []

    def original(route):
        opened.append(route.request.url)
        route.fulfill(content_type="text/html", body="<title>Original</title><p>The leaders met.</p>")

    page.route(f"{ORIGINAL}*", original)
    page.goto(site_with_urls + "facts/scheduled-length.html")
    page.get_by_role("link", name="Original article").first.click()
    page.wait_for_url(f"{ORIGINAL}*")
    assert opened and opened[0] == ORIGINAL  # the fragment is never sent to the server
    assert unquote(page.url) == f"{ORIGINAL}#:~:text=the talks were scheduled for 30 minutes"
