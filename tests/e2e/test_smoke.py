"""Smoke test: the home page loads, has a title and a heading, and passes axe."""
from axe_playwright_python.sync_playwright import Axe


def test_home_page(page, base_url):
    page.goto(base_url + "index.html")
    assert page.title().strip()
    assert page.locator("h1").count() >= 1
    violations = Axe().run(page).response["violations"]
    bad = [v for v in violations if v["impact"] in ("serious", "critical")]
    assert not bad, "\n".join(
        f"{v['id']} ({v['impact']}): {v['help']}: {[n['target'] for n in v['nodes']]}" for v in bad)
