"""A summit page prints cleanly: no navigation or buttons, the facts and disagreements kept."""


def test_summit_page_in_print_media(page, base_url):
    page.goto(base_url + "summits/hamburg-2017.html")
    page.emulate_media(media="print")
    assert not page.locator(".md-header").is_visible()
    assert not page.locator(".md-tabs").is_visible()
    assert page.locator("h1").inner_text() == "G20 summit, Hamburg 2017"
    assert page.locator(".dz-alert").is_visible()
    assert page.get_by_role("heading", name="Sources disagree (2)").is_visible()
    page.goto(base_url + "facts/hamburg-trump-putin-scheduled-length.html")
    assert not page.locator(".dz-account-foot").first.is_visible()
    assert page.locator("blockquote.dz-quote").first.is_visible()
