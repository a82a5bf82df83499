"""What a reader does: browse from home to a speaker and a source, follow a citation, find disagreements,
search, read on a phone, use the keyboard, switch to dark mode, and scan a comparison matrix."""
import re

import pytest
from playwright.sync_api import Page, expect

PHONE = {"width": 390, "height": 844}
HAMBURG_DISPUTED = {"hamburg-trump-accepted-putin-denial", "hamburg-putin-trump-seemed-to-agree",
                    "hamburg-trump-putin-scheduled-length"}


def content(page: Page):
    return page.locator("article.md-content__inner")


def test_home_to_summit_to_speaker_to_source(page: Page, base_url):
    page.goto(base_url + "index.html")
    page.locator(".dz-cards a", has_text="Hamburg").click()
    expect(page).to_have_url(re.compile(r"/summits/hamburg-2017\.html$"))
    expect(page.locator(".dz h1")).to_have_text("G20 summit, Hamburg 2017")

    page.locator(".dz a.dz-speaker", has_text="Sergey Lavrov").first.click()
    expect(page).to_have_url(re.compile(r"/speakers/sergey-lavrov\.html$"))
    expect(page.locator(".dz h1")).to_have_text("Sergey Lavrov")

    source_link = page.locator(".dz-accounts a.dz-source").first
    source_id = re.search(r"sources/([a-z0-9-]+)\.html$", source_link.get_attribute("href")).group(1)
    source_link.click()
    expect(page).to_have_url(re.compile(rf"/sources/{source_id}\.html$"))
    expect(page.locator("article.dz-article")).to_be_visible()
    assert page.locator("article.dz-article mark.dz-cited").count() > 0
    expect(page.locator(".dz-meta")).to_contain_text("Outlet")


@pytest.mark.parametrize("fact,number,target", [
    ("hamburg-trump-putin-scheduled-length", 2, "mark"),       # the passage is its own <mark>
    ("hamburg-trump-accepted-putin-denial", 9, "anchor"),      # shares its start with another quote: an anchor before the <mark>
])
def test_read_in_context_lands_on_the_highlighted_passage(page: Page, base_url, fact, number, target):
    page.goto(base_url + f"facts/{fact}.html")
    anchor = f"q-{fact}-{number}"
    link = page.locator(f"figure.dz-account a[href$='#{anchor}']", has_text="Read in context")
    expect(link).to_have_count(1)
    link.click()
    expect(page).to_have_url(re.compile(rf"/sources/[a-z0-9-]+\.html#{anchor}$"))
    expect(page.locator(":target")).to_have_attribute("id", anchor)
    passage = page.locator(":target") if target == "mark" else page.locator(":target + mark")
    assert passage.evaluate("e => e.tagName") == "MARK"
    expect(passage).to_have_class(re.compile(r"\bdz-cited\b"))
    expect(passage).to_be_in_viewport()
    header = page.locator(".md-header").bounding_box()
    box = passage.bounding_box()
    assert box["y"] >= header["y"] + header["height"] - 1, "the passage is hidden under the sticky header"
    assert passage.evaluate("e => getComputedStyle(e).outlineStyle") != "none", "the cited passage is not singled out"


def test_each_disagreement_is_one_click_from_home(page: Page, base_url):
    page.goto(base_url + "index.html")
    links = page.locator("h2#disagreements + ul a.dz-fact-link")
    hrefs = links.evaluate_all("els => els.map(e => e.getAttribute('href'))")
    assert len(hrefs) == 4
    for href in hrefs:
        page.goto(base_url + "index.html")
        page.locator(f"h2#disagreements + ul a.dz-fact-link[href='{href}']").click()
        expect(page).to_have_url(re.compile(re.escape(href) + "$"))
        expect(page.locator("h2#verdict")).to_have_text("Disputed")
        expect(page.locator(".dz-verdict-box--disputed")).to_be_visible()


def test_a_disagreement_is_two_clicks_away_through_the_navigation(page: Page, base_url):
    page.goto(base_url + "index.html")
    page.locator(".md-tabs a.md-tabs__link", has_text="Disagreements").click()
    expect(page).to_have_url(re.compile(r"/disagreements\.html$"))
    page.locator("article.dz-dispute h3 a.dz-fact-link").first.click()
    expect(page).to_have_url(re.compile(r"/facts/[a-z0-9-]+\.html$"))
    expect(page.locator("h2#verdict")).to_have_text("Disputed")


SCHEDULED = "facts/hamburg-trump-putin-scheduled-length.html"


def _search(page: Page, query: str):
    """Type ``query`` into the header search box; the result that leads to the scheduled-length fact."""
    page.locator(".md-search__input").press_sequentially(query)
    result = page.locator(".md-search-result__item").filter(has=page.locator(f"a[href*='/{SCHEDULED}?']"))
    expect(result).to_be_visible(timeout=15_000)
    return result


def test_search_shows_the_fact_its_summit_and_sources_and_leads_to_it(page: Page, base_url):
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(base_url + "index.html")
    page.locator(".md-search__input").click()
    result = _search(page, "scheduled")
    expect(page.locator(".md-search-result__meta")).to_contain_text(re.compile(r"\d+ results? for scheduled"))
    expect(result.locator("h1")).to_have_text(
        "The Trump–Putin meeting was originally scheduled as a short meeting; the sources give 30 or 35 minutes.")
    expect(result.locator(".dz-search-about")).to_have_text(
        "G20 summit, Hamburg 2017 · Sources: Eat Pray Vote, RFE/RL, Unattributed translation")
    expect(result.locator("mark").first).to_have_text(re.compile("scheduled", re.I))
    result.locator("a").click()
    expect(page).to_have_url(re.compile(re.escape(SCHEDULED) + r"\?highlight=scheduled$"))
    expect(page.locator(".dz h1")).to_contain_text("originally scheduled")
    expect(page.locator(".dz h1 mark.dz-search-highlight")).to_have_text("scheduled")  # the word searched for
    searched = [url for url in requests if "/search/" in url or "search_index" in url]
    assert not searched, f"Material's search index or worker was requested: {searched}"
    assert any(url.endswith("pagefind.js") for url in requests)


def test_search_by_keyboard_alone(page: Page, base_url):
    page.goto(base_url + "timeline.html")
    page.keyboard.press("/")
    expect(page.locator(".md-search__input")).to_be_focused()
    expect(page.locator("#__search")).to_be_checked()
    _search(page, "scheduled")
    page.keyboard.press("Escape")
    expect(page.locator("#__search")).not_to_be_checked()
    page.keyboard.press("s")
    expect(page.locator(".md-search__input")).to_be_focused()
    _search(page, "scheduled")
    first = page.locator(".md-search-result__link").first
    target = first.evaluate("a => a.href")
    page.keyboard.press("ArrowDown")
    expect(first).to_be_focused()
    page.keyboard.press("ArrowUp")
    expect(page.locator(".md-search__input")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page).to_have_url(target)


def test_search_on_a_phone(page: Page, base_url):
    page.set_viewport_size(PHONE)
    page.goto(base_url + "index.html")
    expect(page.locator(".md-search__input")).not_to_be_in_viewport()
    page.locator("label.md-header__button[for='__search']").click()
    expect(page.locator(".md-search__input")).to_be_focused()
    result = _search(page, "scheduled")
    expect(result).to_be_in_viewport()
    result.locator("a").click()
    expect(page).to_have_url(re.compile(re.escape(SCHEDULED) + r"\?highlight=scheduled$"))


def _horizontal_overflow(page: Page) -> dict:
    return page.evaluate("""() => {
        const width = window.innerWidth, doc = document.documentElement;
        const wide = [...document.querySelectorAll('body *')]
            .filter(e => e.getBoundingClientRect().right > width + 1
                && (!e.closest('.dz-table-wrap, .md-sidebar, .md-search') || getComputedStyle(e).position === 'absolute'))
            .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ').join('.') : ''));
        return {scrollWidth: doc.scrollWidth, innerWidth: width, wide};
    }""")


@pytest.mark.parametrize("path", ["index.html", "facts/hamburg-trump-accepted-putin-denial.html",
                                  "sources/rferl-putin-trump-agree.html", "compare/hamburg-2017.html"])
def test_phone_has_no_horizontal_scroll(page: Page, base_url, path):
    page.set_viewport_size(PHONE)
    page.goto(base_url + path)
    expect(page.locator(".dz h1")).to_be_visible()
    overflow = _horizontal_overflow(page)
    assert overflow["scrollWidth"] <= overflow["innerWidth"], f"{path} scrolls sideways on a phone: {overflow}"


def test_phone_navigation_drawer_opens_and_leads_on(page: Page, base_url):
    page.set_viewport_size(PHONE)
    page.goto(base_url + "facts/hamburg-trump-putin-scheduled-length.html")
    drawer_link = page.locator(".md-sidebar--primary a.md-nav__link", has_text="Summits").first
    expect(drawer_link).not_to_be_in_viewport()
    expect(page.locator(".md-tabs")).to_be_hidden()
    page.locator("label.md-header__button[for='__drawer']").click()
    expect(page.locator("#__drawer")).to_be_checked()
    expect(drawer_link).to_be_in_viewport()
    drawer_link.click()
    expect(page).to_have_url(re.compile(r"/summits/index\.html$"))


def test_keyboard_tab_reaches_a_link_and_enter_follows_it(page: Page, base_url):
    page.goto(base_url + "index.html")
    describe = "() => { const e = document.activeElement; return {tag: e.tagName, href: e.href || null, text: e.textContent.trim()} }"
    page.keyboard.press("Tab")
    first = page.evaluate(describe)
    assert first["tag"] == "A", f"the first Tab stop is not a link: {first}"
    here = page.url
    for _ in range(40):
        focused = page.evaluate(describe)
        if focused["tag"] == "A" and focused["href"] and focused["href"].split("#")[0] != here.split("#")[0]:
            break
        page.keyboard.press("Tab")
    else:
        pytest.fail("40 Tab presses reach no link to another page")
    page.keyboard.press("Enter")
    expect(page).to_have_url(focused["href"])
    expect(page.locator("h1").first).to_be_visible()


def test_dark_mode_toggle_switches_the_palette_and_sticks(page: Page, base_url):
    page.goto(base_url + "index.html")
    body = page.locator("body")
    expect(body).to_have_attribute("data-md-color-scheme", "default")
    light = page.evaluate("getComputedStyle(document.body).backgroundColor")
    page.locator("label.md-header__button[for='__palette_1']").click()
    expect(body).to_have_attribute("data-md-color-scheme", "slate")
    dark = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert dark != light, "the scheme attribute changed but the page did not"
    expect(page.locator("label.md-header__button[for='__palette_0']")).to_be_visible()
    page.locator(".dz-cards a", has_text="Hamburg").click()
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")


def test_hamburg_matrix_lists_disputed_rows_first(page: Page, base_url):
    page.goto(base_url + "compare/hamburg-2017.html")
    rows = page.locator("table.dz-matrix tbody tr").evaluate_all("""rows => rows.map(r => ({
        disputed: r.classList.contains('dz-row-disputed'),
        verdict: r.querySelector('th .dz-verdict').textContent.trim(),
        fact: r.querySelector('th a.dz-fact-link').getAttribute('href').match(/([a-z0-9-]+)\\.html$/)[1],
    }))""")
    assert len(rows) > 10
    flags = [r["disputed"] for r in rows]
    assert flags == sorted(flags, reverse=True), "a disputed row comes after an undisputed one"
    disputed = [r for r in rows if r["disputed"]]
    assert {r["fact"] for r in disputed} == HAMBURG_DISPUTED
    assert {r["verdict"] for r in disputed} == {"Disputed"}
    assert "Disputed" not in {r["verdict"] for r in rows if not r["disputed"]}
    expect(page.locator("table.dz-matrix tbody tr").first).to_be_in_viewport()
