"""What a reader sees on the pages that weigh sources against each other: who claims what listed plainly, the
sources' words set apart from the editor's, one disagreement apart from the next, and a way on from a missing page."""
import pytest

CONTESTED = "facts/hamburg-putin-trump-seemed-to-agree.html"  # Putin quoted three times by one source


def test_a_person_quoted_several_times_in_one_source_is_named_once_with_each_passage(page, base_url):
    page.goto(base_url + CONTESTED)
    for side in page.locator(".dz-verdict-box .dz-side").all():
        lines = [line.strip() for line in side.locator("li").all_inner_texts()]
        assert len(lines) == len(set(lines)), lines  # no line repeats another
    said = page.locator(".dz-verdict-box .dz-side", has_text="Side 1").locator("li")
    assert said.all_inner_texts() == ["Vladimir Putin, in RFE/RL, passages 1 2 3"]
    passages = said.get_by_role("link")
    for n in (1, 2, 3):  # what a screen reader announces
        assert said.get_by_role("link", name=f"passage {n}", exact=True).count() == 1
    passages.nth(1).click()
    page.wait_for_load_state()
    assert page.url.endswith("sources/rferl-putin-trump-agree.html#q-hamburg-putin-trump-seemed-to-agree-2")
    assert page.locator(":target").count() == 1  # the passage itself, highlighted as the target


def test_the_editors_words_stand_upright_and_each_quote_is_set_apart_in_italics(page, base_url):
    page.goto(base_url + CONTESTED)
    accounts = page.locator("figure.dz-account")
    assert accounts.count() >= 3
    for account in accounts.all():
        head, quote = account.locator(".dz-account-head"), account.locator("blockquote.dz-quote")
        assert head.evaluate("e => getComputedStyle(e).fontStyle") == "normal"  # "RFE/RL reports Vladimir Putin saying it"
        assert quote.evaluate("e => getComputedStyle(e).fontStyle") == "italic"
        fonts = [e.evaluate("e => getComputedStyle(e).fontFamily") for e in (head, quote)]
        assert fonts[0] != fonts[1] and "Georgia" in fonts[1]
        assert quote.evaluate("e => parseFloat(getComputedStyle(e).borderLeftWidth)") > 0  # ruled off at its left


@pytest.mark.parametrize("path, entries", [("summits/hamburg-2017.html", ".dz-alert ul.dz-fact-list > li"),
                                           ("disagreements.html", "article.dz-dispute--disputed")])
def test_each_disagreement_is_set_apart_from_the_one_before(page, base_url, path, entries):
    page.goto(base_url + path)
    items = page.locator(entries)
    assert items.count() >= 2
    for i in range(1, items.count()):
        before = items.nth(i - 1).bounding_box()
        rule = items.nth(i).evaluate("""e => { const s = getComputedStyle(e);
            return {width: parseFloat(s.borderTopWidth), style: s.borderTopStyle, gap: e.getBoundingClientRect().top,
                    next: e.previousElementSibling.matches(e.tagName)}; }""")
        if not rule["next"]:  # the first under a heading of its own (another summit)
            continue
        assert rule["width"] >= 1 and rule["style"] == "solid", (path, i)
        assert rule["gap"] - (before["y"] + before["height"]) >= 15, (path, i)  # room above the rule


def test_a_speakers_contents_separate_each_verdict_from_its_statement(page, base_url):
    page.goto(base_url + "speakers/sergey-lavrov.html")
    entry = page.locator("nav.md-nav--secondary a[href$='#hamburg-ceasefire-military-police']")
    assert entry.inner_text().strip() == "One source — Sergey Lavrov: Russian military police would monitor the Syria cease-fire."


def test_the_lists_on_a_source_page_open_without_a_note_icon(page, base_url):
    page.goto(base_url + "sources/rferl-putin-trump-agree.html")
    summaries = page.locator("details.dz-profile > summary")
    assert summaries.count() >= 3
    for summary in summaries.all():
        assert summary.evaluate("e => getComputedStyle(e, '::before').display") == "none"  # Material's pencil, gone
        assert summary.evaluate("e => getComputedStyle(e, '::after').display") != "none"  # its chevron stays


def test_an_empty_list_on_a_source_page_is_said_in_a_line_not_a_box_to_open(page, news_server):
    """Baltic Wire reports nothing alone: the reader reads "none" without opening anything."""
    page.goto(news_server + "trade-talks/sources/baltic.html")
    alone = page.locator("#comparison ~ *", has_text="reported by this source alone").first
    assert alone.evaluate("e => e.tagName") == "P"
    assert alone.inner_text() == "One source: reported by this source alone: none."
    assert alone.is_visible()
    contradicted = page.locator("details.dz-profile", has_text="Contradicted by another source: 2")
    assert contradicted.get_attribute("open") is not None and contradicted.locator("li.dz-fact-row").count() == 2


def test_the_404_page_says_what_happened_and_leads_to_every_section(page, base_url):
    from tests.e2e.test_accessibility import serious_violations
    page.goto(base_url + "404.html")
    assert page.locator("h1").inner_text() == "Page not found"
    assert page.title().startswith("Page not found - ")  # the tab and a screen reader say so, not the site's name alone
    assert "No page of this dossier is at this address" in page.locator(".dz-lede").inner_text()
    sections = page.locator("ul.dz-404-sections a")
    tabs = page.locator("a.md-tabs__link")
    assert sections.all_inner_texts() == [t.strip() for t in tabs.all_inner_texts()]  # every section, as the tabs name it
    assert not serious_violations(page)
    sections.get_by_text("Disagreements").click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == "Sources disagree, contested claims"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_where_a_fact_has_sides_each_account_wears_its_sides_colour(page, news_server, scheme):
    """A contested figure (the trade talks' jobs claim): the accounts giving 1.5 million and those giving 600,000 are
    ruled in their side's colour, not all alike as if they agreed."""
    page.emulate_media(color_scheme=scheme)
    page.goto(news_server + "trade-talks/facts/jobs-claim.html")
    colours = {}
    for account in page.locator("figure.dz-account").all():
        tag = account.locator(".dz-account-head .dz-group")
        side = tag.inner_text().split(",")[0]  # "side 1"
        rule = account.evaluate("e => getComputedStyle(e).borderTopColor")
        assert rule == tag.evaluate("e => getComputedStyle(e).color"), side  # the rule has its side tag's colour
        colours.setdefault(side, set()).add(rule)
    assert set(colours) == {"side 1", "side 2"} and len(set.union(*colours.values())) == 2


def test_a_wrapped_list_of_figures_never_starts_a_line_with_its_separator(page, news_server):
    """On a phone the figures of a disagreement wrap: each "·" stays at the end of the line of the figure before it."""
    page.goto(news_server + "trade-talks/facts/meeting-length.html")
    starts = []
    for width in range(320, 440, 8):  # phones of every width: wherever the lines break
        page.set_viewport_size({"width": width, "height": 740})
        starts += page.evaluate("""() => [...document.querySelectorAll('p.dz-groups')].flatMap(p => {
        const left = p.getBoundingClientRect().left, found = [];
        for (const node of p.childNodes) {
            if (node.nodeType !== Node.TEXT_NODE || !node.data.includes('·')) continue;
            const range = document.createRange(), at = node.data.indexOf('·');
            range.setStart(node, at); range.setEnd(node, at + 1);
            found.push(range.getBoundingClientRect().left - left);
        }
        return found;
        })""")
    assert len(starts) >= 3 and min(starts) > 10, starts


@pytest.mark.parametrize("path", ["index.html", "summits/hamburg-2017.html"])
def test_each_key_of_the_verdicts_bar_stays_on_one_line_with_its_swatch(page, base_url, path):
    page.goto(base_url + path)
    for width in range(320, 440, 10):  # phones of every width: wherever the key wraps
        page.set_viewport_size({"width": width, "height": 740})
        lines = page.evaluate("""() => [...document.querySelectorAll('figure.dz-mix figcaption li')].map(li => {
            const tops = new Set([...li.getClientRects()].map(r => Math.round(r.top)));
            return [li.textContent.trim(), tops.size]; })""")
        assert lines and all(n == 1 for _, n in lines), (width, lines)


@pytest.mark.parametrize("path, said", [
    ("facts/hamburg-ceasefire-military-police.html",
     "Claimed by Sergey Lavrov. RFE/RL reports the claim; it does not state it in its own voice."),
    ("facts/hamburg-lavrov-trump-heard-and-accepted.html",
     "Claimed by Sergey Lavrov. The sources report the claim; none states it in its own voice.")])
def test_who_reports_a_claim_is_named_when_one_source_alone_does(page, base_url, path, said):
    page.goto(base_url + path)
    assert page.locator("p.dz-claimed").inner_text() == said


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_in_a_list_of_facts_a_contested_claim_is_marked_as_a_disagreement_is(page, base_url, scheme):
    """Each row where sources disagree has a red bar at its left; a contested claim a dashed one in its own colour."""
    page.emulate_media(color_scheme=scheme)
    page.goto(base_url + "facts/index.html")
    marks = {}
    for kind, pill in (("disputed", "backgroundColor"), ("contested", "color")):  # the colour of the verdict's pill
        row = page.locator(f"li.dz-fact-row--{kind}").first
        marks[kind] = row.evaluate(f"""e => {{ const s = getComputedStyle(e);
            return [s.borderLeftStyle, parseFloat(s.borderLeftWidth),
                    s.borderLeftColor === getComputedStyle(e.querySelector('.dz-verdict')).{pill}]; }}""")
    assert marks["disputed"] == ["solid", pytest.approx(4, abs=1), True]
    assert marks["contested"] == ["dashed", pytest.approx(4, abs=1), True]


SMALLEST_TEXT = 12  # px: tags, captions, the editors' footer; not inline code, which Material sets smaller


@pytest.mark.parametrize("path", [
    "facts/hamburg-trump-putin-scheduled-length.html", "disagreements.html", "timeline.html", "sources/index.html",
    "summits/hamburg-2017.html", "compare/index.html"])
def test_no_text_a_reader_reads_is_set_below_12_px(page, base_url, path):
    """A tag inside a smaller line ("the minority" beside a figure's sources) used to shrink to 9.5 px."""
    page.goto(base_url + path)
    small = page.evaluate("""limit => [...document.querySelectorAll('article *:not(code)')]
        .filter(e => [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim()))
        .filter(e => e.getClientRects().length && parseFloat(getComputedStyle(e).fontSize) < limit)
        .map(e => `${e.className}: ${e.textContent.trim().slice(0, 40)} (${getComputedStyle(e).fontSize})`)""",
                          SMALLEST_TEXT)
    assert not small, small
