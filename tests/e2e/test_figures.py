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
    expect(scale.locator("figcaption")).to_have_text("Each figure on one scale, from 0 min to 3 h.")
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


def test_the_disagreements_page_draws_figures_apart_under_their_fact(page: Page, base_url):
    page.goto(base_url + "disagreements.html")
    disputes = page.locator("article.dz-dispute")
    expect(disputes.filter(has=page.locator("figure.dz-scale"))).to_have_count(1)
    expect(page.locator("article.dz-dispute:has(figure.dz-scale) h4")).to_have_text(
        "The Trump–Putin meeting was originally scheduled as a short meeting; the sources give 30 or 35 minutes.")
