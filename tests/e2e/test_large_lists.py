"""A large dossier (benchmarks/generate.py: 1,000 facts, 100 sources, 20 events) on a reader's phone: the facts
index, the disagreements and the timeline come in parts of whole events (or days), each part linked from every part
and the first listing every event with a link to its part, so that every fact is reachable and no page weighs what
the whole list weighs; the home page leads with the disagreements the most sources report and links to the rest."""
import functools
import json
import re
import sys
import threading
from http.server import ThreadingHTTPServer
from urllib.parse import urljoin, urlsplit

import pytest
from playwright.sync_api import Page, expect

from builder import pipeline
from builder.config import load_config
from builder.pages import comparison, disagreements, fact, home, timeline
from tests.conftest import ROOT, _QuietHandler
from tests.e2e.test_accessibility import serious_violations

sys.path.insert(0, str(ROOT / "benchmarks"))
import generate  # noqa: E402  (benchmarks/ is no package)

FACTS = 1000
TIMELINE_ROWS = 60  # the timeline's parts made smaller: 1,000 generated facts date too few for its own limit
LIST_BYTES = 250_000  # no page of a list weighs more (the whole facts index weighs 600 KB at 1,000 facts)


@pytest.fixture(scope="module")
def large(tmp_path_factory):
    """(URL of the served site, its folder, dossier.json) of a generated dossier of FACTS facts."""
    project, out = tmp_path_factory.mktemp("large") / "project", tmp_path_factory.mktemp("large-site")
    generate.generate(FACTS, 1, project)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(timeline, "PART_ROWS", TIMELINE_ROWS)
        pipeline.build(load_config(project), out, allow_outside=True, index=False)
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(out)))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    data = json.loads((out / "exports" / "dossier.json").read_text(encoding="utf-8"))
    yield f"http://127.0.0.1:{server.server_port}/", out, data
    server.shutdown()
    server.server_close()


def _fact_ids(page: Page, selector: str) -> list[str]:
    hrefs = page.locator(selector).evaluate_all("links => links.map(a => a.href)")
    return [urlsplit(h).path.rsplit("/", 1)[1].removesuffix(".html") for h in hrefs]


def _walk(page: Page, url: str, what: str) -> list[str]:
    """The URL of every part, in order, from the first at ``url``: following each part's "next part" link, and
    checking that each part names itself, links to its neighbours and lists every part with itself marked."""
    page.goto(url)
    every = page.get_by_role("navigation", name=f"Every part of {what}").get_by_role("link")
    parts = [urljoin(page.url, h) for h in every.evaluate_all("links => links.map(a => a.getAttribute('href'))")]
    assert len(parts) > 1
    seen = []
    for n, part in enumerate(parts, 1):
        assert page.url == part
        assert page.get_by_role("navigation", name=f"Parts of {what}").inner_text().startswith(
            f"Part {n} of {len(parts)}")
        current = page.get_by_role("navigation", name=f"Every part of {what}").locator("[aria-current=page]")
        assert urljoin(page.url, current.get_attribute("href")) == part
        if n > 1:  # a later part's heading names what it holds, as the list of parts does
            assert current.inner_text() in page.locator("h1 .dz-part-of").inner_text()
        seen.append(page.url)
        if n < len(parts):
            page.locator(".dz-next a").click()
            page.wait_for_load_state()
    assert not page.locator(".dz-next").count()
    return seen


def test_the_facts_index_is_in_parts_of_whole_events_and_reaches_every_fact(page: Page, large):
    url, out, data = large
    parts = _walk(page, url + "facts/index.html", "the facts index")
    found, headings = [], []
    for part in parts:
        page.goto(part)
        found += _fact_ids(page, "ul.dz-fact-list a.dz-fact-link")
        headings += page.locator("h2[id] + ul.dz-fact-list").evaluate_all("lists => lists.map(l => l.previousElementSibling.id)")
        assert page.locator("ul.dz-fact-list li").count() <= fact.PART_ROWS
    assert sorted(found) == sorted(data["facts"])
    events = {f["summit"] for f in data["facts"].values()}
    assert sorted(headings) == sorted(events)  # each event whole, in one part
    page.goto(url + "facts/index.html")
    directory = page.locator("ul.dz-directory a")
    assert directory.count() == len(events)
    for i in (0, directory.count() - 1):  # an event's link opens the part holding it, at its heading
        link = page.locator("ul.dz-directory a").nth(i)
        name = link.inner_text()
        link.click()
        page.wait_for_load_state()
        target = urlsplit(page.url).fragment
        assert target in events and page.locator(f"h2#{target}").inner_text() == name
        assert page.locator(f"h2#{target} + ul.dz-fact-list li").count() == sum(
            f["summit"] == target for f in data["facts"].values())
        page.go_back()  # to the first part, its directory whole: the test never ends during a navigation
        expect(page.locator("ul.dz-directory a")).to_have_count(len(events))
        page.wait_for_load_state()


def test_the_disagreements_are_in_parts_those_sources_disagree_on_first(page: Page, large):
    url, out, data = large
    verdicts = {i: f["verdict"] for i, f in data["facts"].items()}
    found = []
    for part in _walk(page, url + "disagreements.html", "the disagreements"):
        page.goto(part)
        found += [(i, verdicts[i]) for i in _fact_ids(page, "article.dz-dispute h4 a.dz-fact-link")]
        assert page.locator("article.dz-dispute").count() <= disagreements.PART_ROWS
    expected = {i for i, v in verdicts.items() if v in ("disputed", "contested")}
    assert [i for i, _ in found] and {i for i, _ in found} == expected and len(found) == len(expected)
    kinds = [v for _, v in found]
    assert kinds == sorted(kinds, key=["disputed", "contested"].index)
    page.goto(url + "disagreements.html")  # each event's link to its contested claims opens them
    link = page.locator("ul.dz-directory a", has_text="contested").first
    link.click()
    page.wait_for_load_state()
    target = urlsplit(page.url).fragment
    assert target.startswith("contested-") and page.locator(f"h3#{target}").is_visible()
    assert page.locator(f"h3#{target} ~ article.dz-dispute--contested").count()


def test_the_timeline_is_in_parts_of_whole_days(page: Page, large):
    url, out, data = large
    dated = {i for i, f in data["facts"].items() if f.get("date")}
    found, days = [], []
    for part in _walk(page, url + "timeline.html", "the timeline"):
        page.goto(part)
        found += _fact_ids(page, "ol.dz-timeline a.dz-fact-link")
        days += page.locator("ol.dz-timeline h2 time").evaluate_all("times => times.map(t => t.dateTime)")
    assert sorted(found) == sorted(dated)
    assert days == sorted(days) and len(days) == len(set(days))  # in order, no day in two parts
    assert page.locator("#undated").count() or not any(  # the events with no date close the last part
        not s.get("start") for s in data["summits"].values())


def test_the_home_page_leads_with_the_disagreements_most_sources_report(page: Page, large):
    url, out, data = large
    facts = data["facts"]
    page.goto(url)
    for kind, heading in (("disputed", "disagreements"), ("contested", "contested")):
        listed = _fact_ids(page, f"h2#{heading} + p + ul.dz-fact-list a.dz-fact-link")
        total = sum(f["verdict"] == kind for f in facts.values())
        assert total > home.HOME_ROWS and len(listed) == home.HOME_ROWS
        assert {facts[i]["verdict"] for i in listed} == {kind}
        widest = sorted((len(f["sources"]) for f in facts.values() if f["verdict"] == kind), reverse=True)
        assert [len(facts[i]["sources"]) for i in listed] == widest[:home.HOME_ROWS]
        assert re.search(rf"the {home.HOME_ROWS} of {total} that the most sources report",
                         page.locator(f"h2#{heading} + p").inner_text())
    page.locator("h2#disagreements + p").get_by_role("link", name="all of them, by event").click()
    page.wait_for_url("**/disagreements.html")
    page.goto(url)
    sources = page.locator("h2#sources + p")
    assert sources.inner_text().startswith(f"{len(data['sources'])} sources, too many to list here")
    sources.get_by_role("link", name="every source").click()
    page.wait_for_url("**/sources/index.html")


def test_the_compare_page_lists_the_pairs_of_sources_that_disagree_most(page: Page, large):
    url, out, data = large
    clashes = {}  # each pair of sources → the facts on which they contradict each other
    for i, f in data["facts"].items():
        for c in f["conflicts"]:
            pair = tuple(sorted(f["accounts"][n - 1]["source"] for n in c["accounts"]))  # numbered from 1
            if c["between_sources"]:
                clashes.setdefault(pair, set()).add(i)
    page.goto(url + "compare/index.html")
    rows = page.locator("table.dz-pairs tbody tr")
    assert rows.count() == comparison.PAIRS_LISTED
    said = page.locator("h2#pairs + p").inner_text()
    assert re.match(rf"\d+ pairs of sources report a fact in common, too many for one page: here the "
                    rf"{comparison.PAIRS_LISTED} that disagree on the most facts", said)
    least = min(int(re.match(r"\d+", t).group() if t[0].isdigit() else 0)
                for t in rows.locator("td:nth-child(6)").all_inner_texts())
    unlisted = sorted(len(v) for v in clashes.values())[:-comparison.PAIRS_LISTED]
    assert not unlisted or max(unlisted) <= least  # no pair left out disagrees more than one listed


def test_no_page_of_a_list_weighs_what_the_whole_list_weighs(large):
    url, out, data = large
    lists = [*out.glob("facts/index*.html"), *out.glob("disagreements*.html"), *out.glob("timeline*.html"),
             out / "compare" / "index.html"]
    assert len(lists) > 3
    sizes = {p.relative_to(out).as_posix(): p.stat().st_size for p in lists}
    assert max(sizes.values()) < LIST_BYTES, sizes
    # the home page grows with the number of events, not with the facts: its own content, frame and data aside
    content = (out / "index.html").read_text(encoding="utf-8")
    body = content[content.index('<div class="dz"'):content.index('<h2 id="data"')]
    assert len(body.encode()) < 60_000


@pytest.mark.parametrize("path,scheme", [("facts/index.html", "light"), ("facts/index.2.html", "dark"),
                                         ("disagreements.2.html", "light"), ("timeline.2.html", "dark")])
def test_on_a_phone_a_part_reads_without_sideways_scrolling_or_violations(page: Page, large, path, scheme):
    url, _, _ = large
    page.emulate_media(color_scheme=scheme)
    page.set_viewport_size({"width": 375, "height": 812})
    page.goto(url + path)
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    nav = page.locator("nav.dz-parts").first
    assert nav.bounding_box()["y"] < 812  # where this part stands is seen without scrolling
    assert not serious_violations(page)
