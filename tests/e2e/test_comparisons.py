"""What a reader sees of the comparisons: verdicts, figures grouped by value, sides, the minority, the matrix's
legend, the agreement heat map and shared wording, on the reference site and on a small dossier built here
with a minor discrepancy and wire copy."""
import functools
import shutil
import subprocess
import sys
import threading
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from tests.conftest import ROOT, _QuietHandler

MINI = ROOT / "tests" / "fixtures" / "mini"
WIRE = "The leaders met for two hours and 15 minutes, although the talks were scheduled for 30 minutes."
GAMMA = f"""---
title: "Wire copy and a later count"
outlet: Gamma Daily
author: unknown
published: unknown
language: en
---
{WIRE}

A later count had the leaders together for two hours and 16 minutes in all.
"""
CARDS = {
    "minor-length.yml": """summit: hamburg
statement: The leaders met for two and a quarter hours.
quantity: duration
accounts:
  - source: alpha
    quote: The leaders met for two hours and 15 minutes
    stance: states
    value: {exact: 135}
  - source: gamma
    quote: together for two hours and 16 minutes in all
    stance: states
    value: {exact: 136}
""",
    "wire-schedule.yml": """summit: hamburg
statement: The talks were scheduled for half an hour.
accounts:
  - source: alpha
    quote: the talks were scheduled for 30 minutes
    stance: states
  - source: gamma
    quote: the talks were scheduled for 30 minutes
    stance: states
""",
    "pieces.yml": """summit: hamburg
formerly: [smith-ceasefire]
statement: Smith announced a ceasefire starting on Sunday.
speaker: smith
accounts:
  - source: alpha
    quote: ["Smith said, “We agreed", "it starts on Sunday.”"]
    stance: attributes
    speaker: smith
  - source: beta
    quote: '"We agreed on a ceasefire; it starts Sunday."'
    stance: attributes
    speaker: smith
""",
}


def content(page: Page):
    return page.locator("article.md-content__inner")


@pytest.fixture(scope="module")
def small_site(tmp_path_factory):
    """The mini dossier with a third source that copies a paragraph of the first: built and served."""
    root = tmp_path_factory.mktemp("small") / "project"
    shutil.copytree(MINI, root, ignore=shutil.ignore_patterns(".dossier-cache", "site"))
    (root / "content" / "sources" / "gamma.md").write_text(GAMMA, "utf-8")
    for name, text in CARDS.items():
        (root / "content" / "facts" / name).write_text(text, "utf-8")
    out = root / "site"
    proc = subprocess.run([sys.executable, "-m", "builder", "--project", str(root), "build", "--no-cache"],
                          cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(out)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()
    server.server_close()


def test_disputed_figures_are_grouped_by_value_with_the_minority_named(page: Page, base_url):
    page.goto(base_url + "facts/hamburg-trump-putin-scheduled-length.html")
    box = page.locator(".dz-verdict-box")
    expect(box.locator("h2")).to_have_text("Sources disagree")
    expect(box.locator(".dz-groups")).to_have_text("35 min: Eat Pray Vote, RFE/RL · 30 min: Translated report (outlet unknown)")
    expect(box).to_contain_text("In the minority: Translated report (outlet unknown) (1 of the 3 independent sources that contradict one another)")
    expect(box).not_to_contain_text("wrong")
    minority = page.locator(".dz-account", has=page.get_by_role("link", name="Translated report (outlet unknown)"))
    expect(minority.locator(".dz-group")).to_have_text("side 2, the minority")
    expect(page.locator(".dz-account .dz-group", has_text="side 1")).to_have_count(2)


def test_a_claim_only_the_quoted_people_dispute_is_contested_not_red(page: Page, base_url):
    page.goto(base_url + "facts/hamburg-putin-trump-seemed-to-agree.html")
    box = page.locator(".dz-verdict-box")
    expect(box.locator("h2")).to_have_text("Contested claim")
    expect(box).to_contain_text("Only RFE/RL reports it, and it quotes someone denying it.")  # one source
    expect(box.locator(".dz-side-head")).to_have_text(["Side 1: Said", "Side 2: Denied"])
    colour = box.evaluate("e => getComputedStyle(e).borderLeftColor")
    page.goto(base_url + "facts/hamburg-trump-putin-scheduled-length.html")
    assert page.locator(".dz-verdict-box").evaluate("e => getComputedStyle(e).borderLeftColor") != colour


def test_figures_inside_the_cards_claim_support_it(page: Page, base_url):
    page.goto(base_url + "facts/hamburg-trump-putin-actual-length.html")
    box = page.locator(".dz-verdict-box")
    expect(box.locator("h2")).to_have_text("Sources agree")
    expect(box).to_contain_text("Every figure given fits the claim (more than 2 h)")
    expect(box.locator(".dz-groups")).to_contain_text("more than 2 h: CountryWatch, Eat Pray Vote")


def test_the_summits_red_box_holds_only_what_sources_disagree_on(page: Page, base_url):
    page.goto(base_url + "summits/hamburg-2017.html")
    facts = content(page)
    expect(facts.get_by_text("Contested claim").first).to_be_visible()
    expect(facts.locator(".dz-verdict--disputed").first).to_have_text("Sources disagree")
    assert facts.locator(".dz-fact-row--disputed", has_text="seemed to agree").count() == 0


def test_the_matrix_colours_each_side_with_a_legend_and_outlines_the_minority(page: Page, base_url):
    page.goto(base_url + "compare/hamburg-2017.html")
    legend = page.get_by_role("note", name="Legend")
    expect(legend).to_contain_text("side 1, the side most independent sources take")
    expect(legend).to_contain_text("outlined: the minority")
    row = page.locator("tr", has=page.get_by_role("link", name="originally scheduled"))
    minority = row.locator("td.dz-minority")
    expect(minority).to_have_count(1)
    expect(minority).to_contain_text("States it: 30 min")
    expect(minority.locator("a.dz-side-2")).to_contain_text("(side 2)")  # the side, in words, for screen readers
    expect(row.locator("a.dz-side-1")).to_have_count(2)
    first, second = (row.locator(f"a.dz-side-{n}").first.evaluate("e => getComputedStyle(e).backgroundColor")
                     for n in (1, 2))
    assert first != second
    assert minority.evaluate("e => getComputedStyle(e).outlineStyle") == "dashed"


def test_the_agreement_heat_map_reads_as_a_table_with_numbers(page: Page, base_url):
    page.goto(base_url + "compare/index.html")
    region = page.get_by_role("region", name="Agreement between sources, as a table of sources by sources")
    region.focus()
    expect(region).to_be_focused()
    table = region.get_by_role("table")
    expect(table.get_by_role("columnheader")).to_have_count(5)
    expect(table.get_by_role("rowheader")).to_have_count(5)
    row = table.get_by_role("row").filter(has=page.get_by_role("rowheader", name="RFE/RL"))
    cells = row.get_by_role("cell")
    expect(cells.nth(3)).to_contain_text("same source")
    expect(cells.nth(4)).to_contain_text("of")  # agreed, out of the facts both report
    expect(row.locator(".dz-heat-clash").first).to_contain_text("disagreed")  # RFE/RL against Ana Dumbadze
    violations = [v["id"] for v in Axe().run(page).response["violations"] if v["impact"] in ("serious", "critical")]
    assert violations == []


def test_a_minor_discrepancy_is_calm_and_counted_apart(page: Page, small_site):
    page.goto(small_site + "facts/minor-length.html")
    box = page.locator(".dz-verdict-box")
    expect(box.locator("h2")).to_have_text("Minor discrepancy")
    expect(box).to_contain_text("within 1 min or the larger figure’s 2%")
    expect(box.locator(".dz-groups")).to_have_text("2 h 15 min: Alpha News · 2 h 16 min: Gamma Daily")
    assert "rgb(179, 38, 30)" not in box.evaluate("e => getComputedStyle(e).borderLeftColor")
    page.goto(small_site + "compare/hamburg.html")
    row = page.locator("tr", has=page.get_by_role("link", name="two and a quarter hours"))
    expect(row.locator("th .dz-verdict")).to_have_text("Minor discrepancy")
    expect(row.locator("a.dz-calm")).to_have_count(2)
    page.goto(small_site + "disagreements.html")
    expect(content(page)).not_to_contain_text("two and a quarter hours")


def test_wire_copy_counts_once_and_is_shown_on_both_sources_and_the_compare_page(page: Page, small_site):
    page.goto(small_site + "facts/wire-schedule.html")
    box = page.locator(".dz-verdict-box")
    expect(box.locator(".dz-count")).to_have_text("2 sources, 1 independent")
    expect(box.locator("h2")).to_have_text("One source")
    for source, other in (("alpha", "Gamma Daily"), ("gamma", "Alpha News")):
        page.goto(small_site + f"sources/{source}.html")
        shared = page.locator("details.dz-shared")
        expect(shared.locator("summary")).to_have_text(f"Shares 1 passage, 17 words, with {other}")
        shared.locator("summary").click()
        expect(shared.locator("q")).to_contain_text("the talks were scheduled for 30 minutes")
    page.goto(small_site + "compare/index.html")
    expect(page.locator("details.dz-shared summary")).to_have_text("Alpha News shares 1 passage, 17 words, with Gamma Daily")


def test_a_quote_in_pieces_is_shown_joined_and_highlighted_piece_by_piece(page: Page, small_site):
    page.goto(small_site + "facts/pieces.html")
    quote = page.locator(".dz-account", has=page.get_by_role("link", name="Alpha News")).locator("blockquote")
    expect(quote).to_have_text("Smith said, “We agreed … it starts on Sunday.”")
    quote.locator("xpath=..").get_by_role("link", name="Read in context").click()
    expect(page.locator("#q-pieces-1")).to_have_text("Smith said, ")  # the first piece, where the link lands
    expect(page.locator("#q-pieces-1")).to_be_in_viewport()
    arrow = page.locator("article.dz-article a.dz-to-fact[href$='facts/pieces.html']")
    expect(arrow).to_have_count(1)  # after the last piece only
    assert arrow.evaluate("a => a.previousElementSibling.textContent") == "it starts on Sunday.”"


def test_a_link_to_a_quote_of_a_renamed_card_leads_to_that_quote(page: Page, small_site):
    """The page left at a former id sent a reader to the top of the card's new page, losing the quote (#q-…) the link
    was to: it keeps it."""
    page.goto(small_site + "facts/smith-ceasefire.html#q-pieces-2")
    page.wait_for_url("**/facts/pieces.html#q-pieces-2")
    expect(page.locator("#q-pieces-2")).to_be_in_viewport()
