"""A fact's figures drawn on one scale in its verdict box, on the reference site: read, measured, on a phone."""
from playwright.sync_api import Page, expect

from tests.e2e.test_reader import PHONE, _horizontal_overflow

SCHEDULED = "facts/hamburg-trump-putin-scheduled-length.html"  # 30 against 35 minutes: sources disagree
ACTUAL = "facts/hamburg-trump-putin-actual-length.html"  # "more than two hours" and "2 h 15 min": they agree


def _centre(page: Page, locator) -> float:
    box = locator.bounding_box()
    return box["x"] + box["width"] / 2


def test_each_figure_sits_where_its_value_is_on_the_scale(page: Page, base_url):
    page.goto(base_url + SCHEDULED)
    scale = page.locator(".dz-verdict-box figure.dz-scale")
    expect(scale.locator("li:not(.dz-scale-axis)")).to_have_text(
        ["35 min Eat Pray Vote, RFE/RL", "30 min Translated report (outlet unknown) the minority"])
    expect(scale.locator(".dz-scale-axis span span")).to_have_text(["0 min", "10 min", "20 min", "30 min", "40 min"])
    expect(scale.locator("figcaption")).to_have_text("Each figure on one scale, from 0 min to 40 min, coloured by side.")
    track = scale.locator("li:not(.dz-scale-axis) .dz-scale-track").first.bounding_box()
    marks = scale.locator(".dz-scale-mark")
    for mark, share in ((marks.nth(0), 35 / 40), (marks.nth(1), 30 / 40)):
        assert abs(_centre(page, mark) - (track["x"] + share * track["width"])) < 2
    assert marks.nth(0).evaluate("e => getComputedStyle(e).backgroundColor") != \
        marks.nth(1).evaluate("e => getComputedStyle(e).backgroundColor")  # one colour a side


def test_an_open_ended_figure_runs_to_the_end_of_the_scale(page: Page, base_url):
    page.goto(base_url + ACTUAL)
    scale = page.locator("figure.dz-scale")
    expect(scale.locator("figcaption")).to_have_text("Each figure on one scale, from 0 h to 3 h.")  # its axis's unit
    track = scale.locator("li:not(.dz-scale-axis) .dz-scale-track").first.bounding_box()
    more = scale.locator(".dz-scale-open-high").bounding_box()
    assert more["x"] + more["width"] >= track["x"] + track["width"]
    assert abs(more["x"] - (track["x"] + track["width"] * 2 / 3)) < 12  # from two hours on (the dot's half-width)


def test_a_fact_without_two_figures_has_no_scale(page: Page, base_url):
    page.goto(base_url + "facts/hamburg-trump-accepted-putin-denial.html")
    expect(page.locator(".dz-verdict-box h2")).to_be_visible()
    expect(page.locator("figure.dz-scale")).to_have_count(0)


def test_on_a_phone_the_scale_and_the_figures_fit_the_screen(page: Page, base_url):
    page.set_viewport_size(PHONE)
    page.goto(base_url + ACTUAL)
    expect(page.locator("figure.dz-scale")).to_be_visible()
    overflow = _horizontal_overflow(page)
    assert overflow["scrollWidth"] <= overflow["innerWidth"] and not overflow["wide"], overflow


def test_on_a_phone_the_scales_tick_labels_never_run_into_one_another(page: Page, base_url):
    """Five labels on a phone's width ran together ("£150,000£200,000", session 67): every other one is hidden."""
    page.set_viewport_size(PHONE)
    page.goto(base_url + SCHEDULED)
    shown = page.locator(".dz-scale-axis .dz-scale-track > span").evaluate_all(
        "spans => spans.filter(s => getComputedStyle(s).visibility !== 'hidden')"
        ".map(s => { const r = s.getBoundingClientRect(); return [s.textContent, r.left, r.right]; })")
    assert [text for text, _, _ in shown] == ["0 min", "20 min", "40 min"]
    assert all(right + 4 <= left for (_, _, right), (_, left, _) in zip(shown, shown[1:])), shown


def test_the_disagreements_page_draws_figures_apart_under_their_fact(page: Page, base_url):
    page.goto(base_url + "disagreements.html")
    disputes = page.locator("article.dz-dispute")
    expect(disputes.filter(has=page.locator("figure.dz-scale"))).to_have_count(1)
    expect(page.locator("article.dz-dispute:has(figure.dz-scale) h4")).to_have_text(
        "The Trump–Putin meeting was originally scheduled as a short meeting; the sources give 30 or 35 minutes.")


def test_a_summits_bottom_line_shows_how_its_facts_stand_in_one_bar(page: Page, base_url):
    page.goto(base_url + "summits/hamburg-2017.html")
    mix = page.locator(".dz-bottom-line figure.dz-mix")
    key = mix.locator("figcaption li")
    expect(key.first).to_have_text("2 where sources disagree")
    counts = {text.split(" ", 1)[1]: int(text.split(" ", 1)[0]) for text in map(str.strip, key.all_inner_texts())}
    facts = sum(counts.values())
    expect(mix.locator("figcaption")).to_contain_text(f"How the {facts} facts stand:")
    expect(page.locator(".dz-bottom-line > ul > li").first).to_contain_text(f"{facts} facts")
    bar = mix.locator(".dz-mix-bar").bounding_box()["width"]
    widths = [box["width"] for box in (s.bounding_box() for s in mix.locator(".dz-mix-bar > span").all())]
    gaps = 2 * (len(widths) - 1)
    for width, n in zip(widths, counts.values()):
        assert abs(width - max(3, bar * n / facts)) <= gaps + 1  # each part as long as its share of the facts


def test_the_home_page_shows_how_every_fact_stands(page: Page, base_url):
    page.goto(base_url)
    expect(page.locator("figure.dz-mix figcaption")).to_contain_text("How the 85 facts stand:")
    expect(page.locator("figure.dz-mix figcaption li").first).to_have_text("2 where sources disagree")
