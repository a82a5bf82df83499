"""The timeline lists dated events in order and leads to their facts and sources."""
from datetime import date


def test_timeline_is_in_date_order_and_links_to_facts(page, base_url):
    page.goto(base_url + "index.html")
    page.get_by_role("link", name="Timeline", exact=True).first.click()
    assert page.locator("h1").inner_text() == "Timeline"
    days = [date.fromisoformat(t) for t in page.locator("ol.dz-timeline time").evaluate_all(
        "els => els.map(e => e.getAttribute('datetime'))")]
    assert len(days) >= 5 and days == sorted(days)
    hamburg = page.locator("li", has=page.locator("time[datetime='2017-07-07']"))
    assert "Trump–Putin bilateral meeting" in hamburg.inner_text()
    page.locator("li", has=page.locator("time[datetime='2017-07-09']")).locator("a.dz-fact-link").first.click()
    assert "/facts/" in page.url
    assert page.locator(".dz-account").count() >= 1
