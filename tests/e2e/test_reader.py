"""What a reader does: browse from home to a speaker and a source, follow a citation, find disagreements,
search, read on a phone, use the keyboard, switch to dark mode, and scan a comparison matrix."""
import re

import pytest
from playwright.sync_api import Page, expect

PHONE = {"width": 390, "height": 844}
DISPUTED = {"hamburg-trump-accepted-putin-denial", "hamburg-trump-putin-scheduled-length"}  # both at Hamburg
CONTESTED = {"hamburg-putin-trump-seemed-to-agree"}  # RFE/RL alone: Putin says Trump agreed, the US side says not


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
    links = page.locator("h2#disagreements ~ ul.dz-fact-list").first.locator("a.dz-fact-link")
    hrefs = links.evaluate_all("els => els.map(e => e.getAttribute('href'))")
    assert _facts(links) == DISPUTED
    for href in hrefs:
        page.goto(base_url + "index.html")
        page.locator(f"h2#disagreements ~ ul.dz-fact-list a.dz-fact-link[href='{href}']").first.click()
        expect(page).to_have_url(re.compile(re.escape(href) + "$"))
        expect(page.locator("h2#verdict")).to_have_text("Sources disagree")
        expect(page.locator(".dz-verdict-box--disputed")).to_be_visible()


def test_a_disagreement_is_two_clicks_away_through_the_navigation(page: Page, base_url):
    page.goto(base_url + "index.html")
    page.locator(".md-tabs a.md-tabs__link", has_text="Disagreements").click()
    expect(page).to_have_url(re.compile(r"/disagreements\.html$"))
    page.locator("article.dz-dispute--disputed h4 a.dz-fact-link").first.click()
    expect(page).to_have_url(re.compile(r"/facts/[a-z0-9-]+\.html$"))
    expect(page.locator("h2#verdict")).to_have_text("Sources disagree")


SCHEDULED = "facts/hamburg-trump-putin-scheduled-length.html"


def _search(page: Page, query: str):
    """Type ``query`` into the header search box and wait for its results (a list shown before may still be
    there while the search runs); the result that leads to the scheduled-length fact."""
    page.locator(".md-search__input").press_sequentially(query)
    expect(page.locator(".md-search-result__list")).to_have_attribute("aria-busy", "false", timeout=15_000)
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
        "G20 summit, Hamburg 2017 · Sources: Eat Pray Vote, RFE/RL, Translated report (outlet unknown)")
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


def test_enter_typed_before_the_results_show_follows_the_first_result(page: Page, base_url):
    page.goto(base_url + "timeline.html")
    page.keyboard.press("/")
    page.keyboard.type("scheduled")
    page.keyboard.press("Enter")  # at once: the search starts only once typing pauses
    expect(page).to_have_url(re.compile(re.escape(SCHEDULED) + r"\?highlight=scheduled$"), timeout=15_000)


def test_tabbing_out_of_the_search_closes_it(page: Page, base_url):
    page.set_viewport_size({"width": 1000, "height": 800})  # below 1220 px an open search covers the page
    page.goto(base_url + "timeline.html")
    page.keyboard.press("/")
    _search(page, "scheduled")
    for _ in range(40):  # past the query, its reset button and the results
        page.keyboard.press("Tab")
        if not page.evaluate("document.querySelector('.md-search').contains(document.activeElement)"):
            break
    expect(page.locator("#__search")).not_to_be_checked()
    expect(page.locator(".md-search__overlay")).to_be_hidden()


def test_a_slower_earlier_search_never_replaces_the_newer_results(page: Page, base_url):
    page.goto(base_url + "index.html")
    page.locator(".md-search__input").click()
    meta = page.locator(".md-search-result__meta")
    expect(meta).to_have_text("Type to start searching", timeout=15_000)  # Pagefind has loaded
    held, holding = [], [True]
    page.route("**/pagefind/index/*", lambda route: held.append(route) if holding[0] else route.continue_())
    page.locator(".md-search__input").fill("scheduled")  # its part of the index is held back
    expect(meta).to_have_text("Searching for scheduled…", timeout=15_000)
    for _ in range(150):  # the request may come a moment after the message on a busy machine
        if held:
            break
        page.wait_for_timeout(100)
    holding[0] = False
    page.locator(".md-search__input").fill("Lavrov")
    first = page.locator("li.md-search-result__item h1").first
    expect(meta).to_have_text(re.compile(r"^\d+ results? for lavrov$"), timeout=15_000)
    expect(first).to_contain_text("Lavrov", timeout=15_000)
    assert held, "the first search's index was never requested"
    for route in held:
        route.continue_()
    page.wait_for_timeout(1_000)  # time for the first search to end
    expect(meta).to_have_text(re.compile(r"^\d+ results? for lavrov$"))
    expect(first).to_contain_text("Lavrov")


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
    assert {r["fact"] for r in disputed} == DISPUTED
    assert {r["verdict"] for r in disputed} == {"Sources disagree"}
    assert "Sources disagree" not in {r["verdict"] for r in rows if not r["disputed"]}
    expect(page.locator("table.dz-matrix tbody tr").first).to_be_in_viewport()


def test_a_disagreement_over_a_claim_names_who_claims_it_wherever_it_is_listed(page: Page, base_url):
    """No source says in its own voice that Trump accepted Putin's denial: Lavrov (and Moscow) say so, the White House
    denies it; Tillerson, confirming it by Eat Pray Vote's account and disputing it by RFE/RL's, is no claimant.
    "Russia" in the statement is what was denied, not who speaks: the headline still leads with the claimants, on the
    home page, the disagreements page and the fact page."""
    claim = ("Sergey Lavrov and the Russian government: Trump accepted Putin's denial that Russia interfered "
             "in the 2016 US election.")
    for path in ("index.html", "disagreements.html", "summits/hamburg-2017.html"):
        page.goto(base_url + path)
        expect(page.locator("a.dz-fact-link[href$='hamburg-trump-accepted-putin-denial.html']").first).to_have_text(claim)
    page.goto(base_url + "facts/hamburg-trump-accepted-putin-denial.html")
    expect(page.locator(".dz h1")).to_have_text(claim)


def test_a_claim_is_headed_by_who_claims_it_and_counts_among_their_statements(page: Page, base_url):
    page.goto(base_url + "facts/hamburg-ceasefire-military-police.html")
    expect(page.locator(".dz h1")).to_have_text("Sergey Lavrov: Russian military police would monitor the Syria cease-fire.")
    claimed = page.locator("p.dz-claimed")
    expect(claimed).to_contain_text("Claimed by Sergey Lavrov")
    assert claimed.evaluate("p => p.compareDocumentPosition(document.querySelector('.dz-accounts')) & 4"), \
        "'Claimed by' does not come before the accounts"
    expect(page.locator(".dz-meta dt", has_text="Said by")).to_have_count(0)

    page.goto(base_url + "speakers/sergey-lavrov.html")
    statements = page.locator("section.dz-statement h3 a.dz-fact-link")
    expect(statements.filter(has_text="Russian military police")).to_have_count(1)
    count = statements.count()
    expect(page.locator("h2#statements")).to_have_text(f"Statements ({count})")
    page.goto(base_url + "speakers/index.html")
    row = page.locator("tbody tr").filter(has=page.locator("a", has_text="Sergey Lavrov"))
    expect(row.locator("td").nth(1)).to_have_text(str(count))


def test_an_outlets_own_narration_is_said_by_no_one(page: Page, base_url):
    page.goto(base_url + "facts/trump-skeptical-of-intelligence-findings.html")
    expect(page.locator(".dz-meta dt", has_text="Said by")).to_have_count(0)
    expect(page.locator(".dz-meta dt", has_text="About")).to_have_count(1)
    expect(page.locator("p.dz-claimed")).to_have_count(0)


@pytest.mark.parametrize("path", ["facts/hamburg-trump-putin-scheduled-length.html", "compare/hamburg-2017.html",
                                  "compare/index.html", "index.html", "summits/hamburg-2017.html"])
def test_the_labels_have_a_key_in_plain_words(page: Page, base_url, path):
    page.goto(base_url + path)
    legend = page.locator("details.dz-legend")
    expect(legend).to_have_count(1)
    expect(legend.locator("dd").first).not_to_be_visible()
    legend.locator("summary").click()
    for label in ("Sources disagree", "Contested claim", "Minor discrepancy", "Sources agree", "One source"):
        expect(legend.locator("dt", has_text=label)).to_be_visible()
    if path.startswith(("facts/", "compare/hamburg")):
        expect(legend.locator("dt", has_text="Said by")).to_be_visible()
        expect(legend).to_contain_text("it does not say so itself")


def test_a_source_is_named_by_its_outlet_or_as_what_it_is(page: Page, base_url):
    page.goto(base_url + "sources/index.html")
    names = page.locator("tbody tr td:nth-child(2)").all_inner_texts()
    assert sorted(names) == ["Ana Dumbadze (outlet unknown)", "CountryWatch", "Eat Pray Vote", "RFE/RL",
                             "Translated report (outlet unknown)"]
    page.goto(base_url + "facts/osaka-trump-putin-length.html")
    expect(page.locator(".dz-verdict-box")).to_contain_text("Ana Dumbadze (outlet unknown)")


def _when(page: Page, url: str, locator: str) -> str:
    page.goto(url)
    return page.locator(locator).text_content().strip()


def test_every_page_gives_a_summit_the_same_date(page: Page, base_url):
    page.goto(base_url + "summits/index.html")
    rows = page.locator("tbody tr").evaluate_all("""rows => rows.map(r => [
        r.querySelector('th a').getAttribute('href').match(/([a-z0-9-]+)\\.html$/)[1], r.querySelector('.dz-when').textContent.trim()])""")
    assert len(rows) == 8
    page.goto(base_url + "index.html")
    home = dict(page.locator(".dz-cards li").evaluate_all("""cards => cards.map(c => [
        c.querySelector('a').getAttribute('href').match(/([a-z0-9-]+)\\.html$/)[1],
        c.querySelector('.dz-when').textContent.split(' · ')[0].trim()])"""))
    for summit, when in rows:
        assert home[summit] == when, f"{summit}: home says {home[summit]!r}, the summits table {when!r}"
        assert _when(page, base_url + f"summits/{summit}.html", ".dz-kicker .dz-when") == when
    assert dict(rows)["osaka-2019"] == "date not given"
    page.goto(base_url + "timeline.html")
    expect(page.locator("#undated ~ ul li", has_text="G20 summit, Osaka")).to_contain_text("date not given")
    expect(page.locator(".dz-lede").first).not_to_contain_text("2019")


def test_the_bottom_line_of_a_summit_counts_what_its_page_shows(page: Page, base_url):
    page.goto(base_url + "summits/hamburg-2017.html")
    line = page.locator("section.dz-bottom-line")
    facts = page.locator("#facts ~ ul.dz-fact-list li.dz-fact-row").count()
    disputed = page.locator("section.dz-alert li > strong a.dz-fact-link").count()
    covering = page.locator("h2#sources + ul li").count()
    expect(line.locator("li").nth(0)).to_contain_text(f"{facts} facts, reported by {covering} sources")
    expect(line.locator("li").nth(0).locator("a.dz-source")).to_have_count(covering)
    assert ".." not in line.inner_text()
    items = line.locator(":scope > ul > li")
    expect(items.nth(1)).to_contain_text(f"Sources disagree on {disputed} fact")
    expect(items.nth(1).locator("a.dz-fact-link")).to_have_count(disputed)
    contested = page.locator("section.dz-contested li > strong a.dz-fact-link").count()
    expect(items.nth(2)).to_contain_text(f"{contested} contested claim")
    expect(items.nth(2).locator("a.dz-fact-link")).to_have_count(contested)


def test_related_figures_link_each_other(page: Page, base_url):
    page.goto(base_url + "facts/hamburg-trump-putin-scheduled-length.html")
    page.locator("#related ~ ul a.dz-fact-link").first.click()
    expect(page).to_have_url(re.compile(r"/facts/hamburg-trump-putin-actual-length\.html$"))
    expect(page.locator("#related ~ ul a.dz-fact-link[href$='hamburg-trump-putin-scheduled-length.html']")).to_have_count(1)


def test_editor_metadata_sits_in_a_quiet_footer_out_of_search(page: Page, base_url):
    page.goto(base_url + "facts/hamburg-trump-putin-scheduled-length.html")
    footer = page.locator("footer.dz-editor-footer")
    expect(footer).to_contain_text("card file hamburg-trump-putin-scheduled-length.yml")
    expect(footer).to_have_attribute("data-pagefind-ignore", "all")
    assert footer.evaluate("f => !f.nextElementSibling"), "the editors' footer is not last"


def test_a_table_sorts_by_keyboard(page: Page, base_url):
    page.goto(base_url + "compare/index.html")
    table = page.locator("table.dz-pairs")
    header = table.locator("thead th", has_text="Facts both report")
    button = header.get_by_role("button", name="Facts both report", exact=True)  # the header's words: its cells'
    # header reads "Facts both report", not "Facts both report Sort by Facts both report"
    expect(page.get_by_role("columnheader", name="Facts both report", exact=True)).to_have_count(1)
    table.locator("thead th").first.get_by_role("button").focus()
    for _ in range(2):
        page.keyboard.press("Tab")
    expect(button).to_be_focused()
    column = "rows => rows.map(r => Number(r.cells[2].textContent))"
    page.keyboard.press("Enter")
    expect(header).to_have_attribute("aria-sort", "ascending")
    shared = table.locator("tbody tr").evaluate_all(column)
    assert shared == sorted(shared) and len(set(shared)) > 1
    page.keyboard.press("Space")
    expect(header).to_have_attribute("aria-sort", "descending")
    assert table.locator("tbody tr").evaluate_all(column) == sorted(shared, reverse=True)
    expect(table.locator("thead th[aria-sort]")).to_have_count(1)


def _facts(links) -> set[str]:
    return {h.rsplit("/", 1)[-1].removesuffix(".html")
            for h in links.evaluate_all("els => els.map(e => e.getAttribute('href'))")}


def test_contested_claims_have_their_own_heading_apart_from_where_sources_disagree(page: Page, base_url):
    page.goto(base_url + "index.html")
    assert _facts(page.locator("h2#disagreements ~ ul.dz-fact-list").first.locator("a.dz-fact-link")) == DISPUTED
    assert _facts(page.locator("h2#contested ~ ul.dz-fact-list").first.locator("a.dz-fact-link")) == CONTESTED
    expect(page.locator(".dz-counts-disputed")).to_have_text(f"{len(DISPUTED)} facts where sources disagree")
    expect(page.locator(".dz-counts-contested")).to_have_text(f"{len(CONTESTED)} contested claim")
    disputed_colour = page.locator(".dz-counts-disputed").evaluate("e => getComputedStyle(e).color")
    assert page.locator(".dz-counts-contested").evaluate("e => getComputedStyle(e).color") != disputed_colour

    page.goto(base_url + "summits/hamburg-2017.html")
    assert _facts(page.locator("section.dz-alert li > strong a.dz-fact-link")) == DISPUTED
    expect(page.locator("section.dz-contested h2")).to_have_text(f"Contested claims ({len(CONTESTED)})")
    assert _facts(page.locator("section.dz-contested li > strong a.dz-fact-link")) == CONTESTED

    page.goto(base_url + "disagreements.html")
    assert _facts(page.locator("article.dz-dispute--disputed h4 a")) == DISPUTED
    assert _facts(page.locator("article.dz-dispute--contested h4 a")) == CONTESTED
    expect(page.locator("h2#contested")).to_have_text(f"Contested claims ({len(CONTESTED)})")

    (fact,) = CONTESTED
    page.goto(base_url + f"facts/{fact}.html")
    expect(page.locator("h2#verdict")).to_have_text("Contested claim")
    expect(page.locator(".dz-verdict-box .dz-side-head", has_text="Says otherwise")).to_have_count(0)


def test_a_source_reporting_one_side_is_never_listed_as_denying(page: Page, base_url):
    page.goto(base_url + "facts/hamburg-trump-accepted-putin-denial.html")
    expect(page.locator(".dz-side-head", has_text="Says otherwise")).to_have_count(0)
    expect(page.locator(".dz-side-head", has_text="Reported denying it")).to_have_count(1)
    expect(page.locator(".dz-side li", has_text="White House, in RFE/RL")).to_have_count(1)
    for fact in CONTESTED:
        page.goto(base_url + f"facts/{fact}.html")
        expect(page.locator(".dz-side-head", has_text="Says otherwise")).to_have_count(0)


@pytest.mark.parametrize("path,tables", [("summits/index.html", 1), ("speakers/index.html", 1), ("sources/index.html", 1),
                                         ("compare/index.html", 2), ("compare/hamburg-2017.html", 1)])
def test_index_and_comparison_tables_sort_by_any_column(page: Page, base_url, path, tables):
    page.goto(base_url + path)
    sortable = page.locator("table.dz-sortable")
    expect(sortable).to_have_count(tables)
    for table in sortable.all():
        headers = table.locator("thead th")
        expect(headers.locator("button.dz-sort")).to_have_count(headers.count())
        last = headers.nth(headers.count() - 1)
        last.locator("button").click()
        expect(last).to_have_attribute("aria-sort", "ascending")


def test_a_sources_column_sorts_by_its_stance_with_the_silent_facts_last(page: Page, base_url):
    """Sorted on their text, "1 Said by…" (a side's number) came before "Said by…", the silent rows fell in the middle
    and the fact column sorted by its verdict's badge: now by stance (states, said by, denied by, contradicts,
    silent) and by the headline as its link shows it (sorted by the statement alone, "Katrin Vahl: We are…" came
    between "Vahl posted…" and "Katrin Vahl: The trade…")."""
    page.goto(base_url + "compare/hamburg-2017.html")
    table = page.locator("table.dz-matrix")
    column = table.locator("thead th").filter(has_text="RFE/RL")
    column.locator("button.dz-sort").click()
    position = column.evaluate("th => th.cellIndex")
    stances = table.locator("tbody tr").evaluate_all(
        "(rows, i) => rows.map(r => r.cells[i].className.includes('dz-silent') ? 'silent'"
        " : r.cells[i].querySelector('a').className.match(/dz-stance--(\\w+)/)[1])", position)
    rank = ["states", "attributes", "disputes", "contradicts", "silent"]
    assert stances == sorted(stances, key=rank.index) and "silent" in stances and len(set(stances)) >= 3
    table.locator("thead th").first.locator("button.dz-sort").click()
    headlines = table.locator("tbody th[scope=row] a.dz-fact-link").all_text_contents()
    assert headlines == sorted(headlines, key=str.casefold) and any(":" in h for h in headlines)


def test_arrows_and_separators_are_not_read_out(page: Page, base_url):
    """A screen reader hears "Read in context in RFE/RL", not "… right arrow", and a list's sources without "dot"
    between them."""
    page.goto(base_url + "facts/hamburg-trump-putin-scheduled-length.html")
    expect(page.get_by_role("link", name="Read in context in RFE/RL", exact=True)).to_have_count(1)
    page.goto(base_url + "index.html")
    sources = page.locator("li.dz-fact-row .dz-sources").first
    assert "·" in sources.inner_text()
    assert "·" not in sources.evaluate("e => [...e.childNodes].filter(n => !(n.getAttribute && "
                                       "n.getAttribute('aria-hidden'))).map(n => n.textContent).join('')")


def test_a_sides_numbered_passages_are_targets_a_finger_can_hit(page: Page, base_url):
    """'Vladimir Putin, in RFE/RL, passages 1, 2, 3': each number was a link a digit wide (8 × 18 px on a phone)."""
    page.set_viewport_size(PHONE)
    page.goto(base_url + "facts/hamburg-putin-trump-seemed-to-agree.html")
    links = page.locator(".dz-sides .dz-passages a")
    assert links.count() == 3
    for n in range(3):
        box = links.nth(n).bounding_box()
        assert box["width"] >= 24 and box["height"] >= 24, box
    link = links.nth(1)
    assert link.get_attribute("aria-label") == "passage 2"
    link.click()
    expect(page).to_have_url(re.compile(r"/sources/rferl-putin-trump-agree\.html#"))
