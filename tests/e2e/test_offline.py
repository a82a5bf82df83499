"""The offline copy works from the file system: navigation and search with no server."""
import zipfile

import re

import pytest
from playwright.sync_api import expect

from builder.config import load_config
from builder.pipeline import build
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def offline_copy(tmp_path_factory):
    """The offline zip of the reference dossier, unpacked; its home page's file:// URL."""
    work = tmp_path_factory.mktemp("offline")
    build(load_config(ROOT), work / "site", allow_outside=True, offline_zip=work / "dossier.zip")
    zipfile.ZipFile(work / "dossier.zip").extractall(work / "unpacked")
    return (work / "unpacked" / "dossier" / "index.html").as_uri()


def test_offline_copy_navigates_and_searches_from_file_urls(page, offline_copy):
    page.goto(offline_copy)
    assert page.url.startswith("file://")
    page.get_by_role("link", name="Summits", exact=True).first.click()
    page.get_by_role("link", name="G20 summit, Hamburg 2017").first.click()
    assert page.locator("h1").inner_text() == "G20 summit, Hamburg 2017"
    page.locator("label.md-search__icon, .md-search__input").first.click()
    page.locator(".md-search__input").press_sequentially("interpreters")
    results = page.locator(".md-search-result__item")
    # results refresh as each letter is typed: wait for the full word's results
    expect(results.first).to_contain_text(re.compile("interpreters", re.I), timeout=15_000)


def test_the_offline_copys_page_not_found_is_styled_and_leads_on(page, offline_copy):
    """Its links started at the root, as a host serves the page at any address: from the file system it had no
    stylesheet and every link led nowhere."""
    page.goto(offline_copy.replace("/index.html", "/404.html"))
    assert page.evaluate("getComputedStyle(document.querySelector('.md-header')).position") == "sticky"  # Material's
    page.get_by_role("link", name="Summits", exact=True).first.click()
    assert page.locator("h1").inner_text() == "Summits and events" and page.url.startswith("file://")
