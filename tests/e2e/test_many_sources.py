"""One event covered by more sources than a matrix can show and more facts than one page should hold
(benchmarks/generate.py: one summit, 230 facts, 14 sources): its comparison names, for each fact, only the sources that
report it, side 1's first, and on a phone puts them under the fact, the width of the screen; a page grows with the
accounts, not with facts × sources, and holds 100 facts at most, the rest on further parts, each linked from every
part."""
import functools
import json
import sys
import threading
from collections import Counter
from http.server import ThreadingHTTPServer
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page

from builder import pipeline
from builder.config import load_config
from tests.conftest import ROOT, _QuietHandler
from tests.e2e.test_accessibility import serious_violations

sys.path.insert(0, str(ROOT / "benchmarks"))
import generate  # noqa: E402  (benchmarks/ is no package)

FACTS, SOURCES, PART = 230, 14, 100
PAGE = "compare/{}.html"


@pytest.fixture(scope="module")
def crowded(tmp_path_factory):
    """(URL of the served site, its summit's id, dossier.json) of one event, FACTS facts, SOURCES sources."""
    project, out = tmp_path_factory.mktemp("crowded") / "project", tmp_path_factory.mktemp("crowded-site")
    generate.generate(FACTS, 3, project, summits=1, sources=SOURCES)
    pipeline.build(load_config(project), out, allow_outside=True, index=False)
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(out)))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    data = json.loads((out / "exports" / "dossier.json").read_text(encoding="utf-8"))
    summit, = data["summits"]
    yield f"http://127.0.0.1:{server.server_port}/", summit, data
    server.shutdown()
    server.server_close()


def _rows(page: Page) -> list[dict]:
    """Each row of the table: its fact's id, the count it shows, and its entries' sources, sides and source names."""
    return page.locator("table.dz-matrix tbody tr").evaluate_all("""rows => rows.map(r => ({
        fact: r.querySelector('th a').getAttribute('href'),
        count: r.cells[1]?.textContent.trim(), cells: r.cells.length,
        entries: [...r.querySelectorAll('a.dz-cell')].map(a => ({href: a.getAttribute('href'),
            name: a.querySelector('strong')?.textContent, side: +(a.className.match(/dz-side-(\\d)/) || [0, 0])[1]}))}))""")


def _every_part(page: Page, url: str) -> list[dict]:
    """The rows of every part of the comparison, in order, going from part to part by the "Next" link."""
    page.goto(url)
    rows = _rows(page)
    while page.locator(".dz-next a").count():
        page.locator(".dz-next a").click()
        page.wait_for_load_state()
        rows += _rows(page)
    return rows


def test_each_fact_names_only_the_sources_that_report_it(page: Page, crowded):
    url, summit, data = crowded
    page.goto(url + PAGE.format(summit))
    headers = page.locator("table.dz-matrix thead th").all_inner_texts()
    assert [h.replace("\u00a0", " ").strip() for h in headers] == ["Fact", "Sources", "What each source reports"]
    facts = data["facts"]
    rows = _every_part(page, url + PAGE.format(summit))
    assert len(rows) == FACTS and all(r["cells"] == 3 for r in rows)  # the fact, its count, its sources: no silent cell
    for row in rows:
        fact = facts[urlsplit(row["fact"]).path.rsplit("/", 1)[1].removesuffix(".html")]
        cited = {urlsplit(e["href"]).path.rsplit("/", 1)[1].removesuffix(".html") for e in row["entries"]}
        assert cited == set(fact["sources"]), row
        assert row["count"] == f"{len(fact['sources'])} of {SOURCES}"
        assert all(e["name"] for e in row["entries"])  # each entry says whose it is
        sides = [e["side"] for e in row["entries"]]
        assert sides == sorted(sides), row  # side 1's sources first, then side 2's
    assert any(r["entries"][-1]["side"] == 2 for r in rows)  # the generated event has disagreements


def test_the_page_grows_with_the_accounts_not_with_facts_times_sources(page: Page, crowded):
    url, summit, data = crowded
    page.goto(url + PAGE.format(summit))
    cells = page.locator("table.dz-matrix td").count()
    assert cells == 2 * PART  # two for each of the part's facts: none for a silent source
    accounts = sum(len(f["accounts"]) for f in data["facts"].values())
    assert page.locator("table.dz-matrix a.dz-cell").count() < accounts * PART / FACTS * 1.5


def test_a_comparison_past_100_facts_is_in_parts_each_linked_from_every_part(page: Page, crowded):
    url, summit, data = crowded
    rows = _every_part(page, url + PAGE.format(summit))
    assert len({r["fact"] for r in rows}) == FACTS  # every fact once
    verdicts = [data["facts"][urlsplit(r["fact"]).path.rsplit("/", 1)[1].removesuffix(".html")]["verdict"] for r in rows]
    disputed = verdicts.count("disputed")
    assert 0 < disputed and verdicts[:disputed] == ["disputed"] * disputed  # the disagreements first, in part 1
    for n, (first, last) in enumerate(((1, 100), (101, 200), (201, 230)), 1):
        page.goto(url + (PAGE.format(summit) if n == 1 else f"compare/{summit}.{n}.html"))
        parts = page.get_by_role("navigation", name="Parts of this comparison")
        assert [a.strip() for a in parts.get_by_role("link").all_inner_texts()] == ["1–100", "101–200", "201–230"]
        assert parts.locator("[aria-current=page]").inner_text() == f"{first}–{last}"
        assert page.locator("h1").inner_text().endswith(f"(facts {first}–{last})")
        assert page.locator("table.dz-matrix tbody tr").count() == last - first + 1
        # only the first part is searched: the others repeat its heading and lede
        ignored = page.locator("[data-pagefind-body] > .dz").get_attribute("data-pagefind-ignore")
        assert ignored == (None if n == 1 else "all")
    page.get_by_role("link", name="1–100").click()
    page.wait_for_url(f"**/compare/{summit}.html")
    page.goto(url + "compare/index.html")  # the comparisons index says how many pages the event's takes
    assert page.locator("#matrices + ul li").inner_text().endswith(f"{FACTS} facts, {SOURCES} sources, on 3 pages")


def test_the_pairs_of_sources_are_one_link_away(page: Page, crowded):
    url, summit, _ = crowded
    page.goto(url + PAGE.format(summit))
    page.get_by_role("link", name="Pairs of sources").click()
    page.wait_for_url("**/compare/index.html#pairs")
    assert page.locator("#pairs").is_visible()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_on_a_phone_the_sources_go_under_their_fact_and_nothing_scrolls_sideways(page: Page, crowded, scheme):
    url, summit, _ = crowded
    page.emulate_media(color_scheme=scheme)
    page.set_viewport_size({"width": 375, "height": 812})
    page.goto(url + PAGE.format(summit))
    wrap = page.locator(".dz-table-wrap")
    assert wrap.evaluate("e => e.scrollWidth <= e.clientWidth")
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    row = page.locator("table.dz-matrix tbody tr").first
    fact, entries = row.locator("th").bounding_box(), row.locator("td").last.bounding_box()
    assert entries["y"] >= fact["y"] + fact["height"] - 1 and entries["width"] > 300
    # a row where sources disagree keeps its red bar beside its sources too
    assert row.get_attribute("class") == "dz-row-disputed"
    assert "inset" in row.locator("td").last.evaluate("e => getComputedStyle(e).boxShadow")
    assert not serious_violations(page)
    # laid out as a grid, still a table to a screen reader: the browser's accessibility tree keeps rows and cells
    nodes = page.context.new_cdp_session(page).send("Accessibility.getFullAXTree")["nodes"]
    roles = Counter(n.get("role", {}).get("value") for n in nodes if not n.get("ignored"))
    assert (roles["table"], roles["rowheader"], roles["cell"], roles["columnheader"]) == (1, PART, 2 * PART, 3)


def test_no_serious_accessibility_violations_on_a_desktop(page: Page, crowded):
    url, summit, _ = crowded
    page.goto(url + PAGE.format(summit))
    assert not serious_violations(page)


def test_a_summits_bottom_line_names_the_first_few_and_leads_to_the_rest(page: Page, crowded):
    """The bottom line is read at a glance: five disagreements, five contested claims, ten sources, and how many more
    the sections below hold, one click away."""
    url, summit, data = crowded
    page.goto(url + f"summits/{summit}.html")
    line = page.locator("section.dz-bottom-line > ul > li")
    disputed = sum(f["verdict"] == "disputed" for f in data["facts"].values())
    assert disputed > 5
    assert line.nth(1).locator("li > a.dz-fact-link").count() == 5
    more = line.nth(1).get_by_role("link", name=f"{disputed - 5} more, below")
    more.click()
    page.wait_for_url("**#disputed-here")
    assert page.locator("section.dz-alert > ul > li > strong a.dz-fact-link").count() == disputed
    assert page.locator("#disputed-here").evaluate("e => e.getBoundingClientRect().top") < 200  # scrolled to it
    assert line.nth(0).locator("a.dz-source").count() == 10
    line.nth(0).get_by_role("link", name=f"{SOURCES - 10} more").click()
    page.wait_for_url("**#sources")
    assert page.locator("h2#sources + ul li").count() == SOURCES
