"""dossier serve in the browser: a saved edit shows without reloading by hand; an error shows over the page until
fixed, or hidden."""
import pytest
from playwright.sync_api import expect

from tests.test_serve import copy_mini, edit, serving

WAIT_MS = 60_000  # a rebuild of the mini dossier and the reload: seconds on a busy machine


@pytest.fixture
def preview(tmp_path):
    """The mini dossier, copied and served with `dossier serve`; the process is stopped afterwards."""
    project = copy_mini(tmp_path)
    with serving(project, tmp_path) as server:
        server.project = project
        yield server


@pytest.fixture
def browser_page(browser):
    """A page of its own (the shared `page` fixture would build the reference site); fails on console errors."""
    page = browser.new_page()
    errors = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    yield page
    page.close()  # before the server stops, so the reload script's polling cannot fail
    assert not errors, errors


def test_the_page_follows_the_files(preview, browser_page):
    page = browser_page
    card = preview.project / "content/facts/actual-length.yml"
    page.goto(preview.url + "facts/actual-length.html")
    expect(page.locator("h1")).to_have_text("The meeting lasted over two hours.")

    edit(card, "lasted over two hours", "ran past two hours")
    expect(page.locator("h1")).to_have_text("The meeting ran past two hours.", timeout=WAIT_MS)

    edit(card, "summit: hamburg", "summit: hamburgg")
    errors = page.get_by_role("alert")
    expect(errors).to_contain_text("content/facts/actual-length.yml:2:1: summit 'hamburgg' is unknown",
                                   timeout=WAIT_MS)

    assert errors.bounding_box()["height"] < page.viewport_size["height"] * 0.75  # the last good build below it

    edit(card, "summit: hamburgg", "summit: hamburg")
    expect(errors).to_have_count(0, timeout=WAIT_MS)
    expect(page.locator("h1")).to_have_text("The meeting ran past two hours.")

    edit(card, "summit: hamburg", "summit: hamburgg")  # broken again: the box can be hidden to read the page
    expect(errors).to_have_count(1, timeout=WAIT_MS)
    page.get_by_role("button", name="Hide").click()
    expect(errors).to_have_count(0)
    expect(page.locator("h1")).to_be_visible()


def test_search_catches_up_with_an_edit(preview, browser_page):
    page = browser_page
    card = preview.project / "content/facts/actual-length.yml"
    edit(card, "The meeting lasted over two hours.", "The meeting lasted past teatime.")
    page.goto(preview.url + "facts/actual-length.html")
    expect(page.locator("h1")).to_have_text("The meeting lasted past teatime.", timeout=WAIT_MS)
    for _ in range(30):  # the index is rebuilt just after the pages: search again until it has the new word
        page.goto(preview.url + "index.html")
        page.locator(".md-search__input").click()
        page.locator(".md-search__input").fill("teatime")
        result = page.locator(".md-search-result__item h1")
        try:
            expect(result.first).to_have_text("The meeting lasted past teatime.", timeout=2_000)
            return
        except AssertionError:
            continue
    pytest.fail("search never found the edited statement")
