"""The preview's page of pending suggestions: a new article's proposed accounts, readable and accessible."""
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.e2e.test_serve import WAIT_MS, browser_page, preview  # noqa: F401 (fixtures)

GAMMA = ("---\ntitle: Talks in Hamburg\noutlet: Gamma\nauthor: unknown\npublished: unknown\nlanguage: en\n---\n"
         "In Hamburg, the talks lasted nearly two hours and 20 minutes.\n")


def test_the_preview_lists_each_sources_pending_suggestions(preview, browser_page):  # noqa: F811
    page = browser_page
    seen = preview.version()
    (preview.project / "content" / "sources" / "gamma.md").write_text(GAMMA, encoding="utf-8")
    preview.next_build(seen)
    page.goto(preview.url + "__dossier__/suggestions")
    expect(page.locator("h1")).to_have_text("Pending suggestions")
    gamma = page.get_by_role("region", name="Talks in Hamburg")
    expect(gamma).to_contain_text("dossier suggest gamma: 1 pending", timeout=WAIT_MS)
    expect(gamma.locator("blockquote")).to_have_text("the talks lasted nearly two hours and 20 minutes.")  # the clause
    expect(gamma).to_contain_text("value {'nearly': 140} (“nearly”)")
    gamma.get_by_role("link", name="The meeting lasted over two hours.").click()
    expect(page.locator("h1")).to_have_text("The meeting lasted over two hours.")
    page.go_back()
    expect(page.locator("h1")).to_have_text("Pending suggestions")
    violations = Axe().run(page)
    assert violations.violations_count == 0, violations.generate_report()
