"""README's quick start, as a new user follows it: the built site opened from its files, in a browser."""
from pathlib import Path

from playwright.sync_api import expect

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def test_the_site_opened_from_its_files_shows_every_page_but_not_search(page, built_site):
    assert ("Opening `site/index.html` from the file system shows every page, but not search:\nthe browser refuses to load "
            "the search index from a file (`dossier build --offline-zip FILE` makes a copy\nwhose search works from files)."
            in README)
    page.goto((built_site / "index.html").as_uri())
    page.get_by_role("link", name="Summits", exact=True).first.click()
    page.get_by_role("link", name="G20 summit, Hamburg 2017").first.click()
    assert page.url.startswith("file://") and page.locator("h1").inner_text() == "G20 summit, Hamburg 2017"
    page.locator("label.md-search__icon, .md-search__input").first.click()
    page.locator(".md-search__input").press_sequentially("interpreters")
    expect(page.locator(".md-search-result")).to_contain_text(
        "Search works on the published site or a preview (dossier serve), not on pages opened from their files; "
        "the offline copy (dossier build --offline-zip) searches without a server.")
    assert page.locator(".md-search-result__item").count() == 0
