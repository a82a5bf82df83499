"""News nobody tuned for, forty-first round: a regional power blackout, in a wire story, the grid operator's
preliminary report as text taken from its PDF (a letterhead, a cover page, a table of events, footnote markers), a
TV consumer programme's web page with its correction on top, an "ask me anything" forum thread in Markdown (the
operator's director answering under "**u/IliasBrandt_VarnGrid** · 1.1k points", readers' posts and replies nested in
">") and the energy regulator's letter to the operator (a letterhead, an annex of data requested, a signature); the
dossier an editor's blind trial (session 51) built from them, corrected by hand to a key written before any article
(tests/fixtures/blackout/KEY.md). The grid operator against the generator is contested (whose unit should have
stayed on, whether the protection was fast enough, the warning of March), and the minister against the chamber of
commerce on its cost; red where the wire, in its own voice, gives another start (17:52), day the last customers
were reconnected (15 October) and cost of the payments (its own €40 million), and the TV page another number of
hospitals on generators (eleven)."""
import pytest

from builder import attribution, pipeline
from builder.config import load_config
from builder.sentences import passages
from tests import news_sets
from tests.conftest import ROOT

BLACKOUT = ROOT / "tests" / "fixtures" / "blackout"
RED = {"blackout-start-time", "compensation-total-cost", "hospitals-on-generators", "supply-fully-restored"}
CONTESTED = {"business-cost-chamber", "protection-cleared-in-time", "sollen-warned-in-march",
             "unit-should-have-stayed-on"}


def test_the_blackout_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(BLACKOUT, tmp_path / "blackout")
    agreed = set(site.dossier.facts) - RED - CONTESTED
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED, "agree": agreed}
    assert len(agreed) == 23


def test_a_report_signed_by_a_part_of_its_publisher_is_the_publishers():
    """The operator's report, its author "System Operations Directorate, VarnGrid" as the editor wrote it, had been
    read in its own voice where the key has VarnGrid's (the trial's main finding: with the author unknown it was
    right). A text signed by a part of its publisher that its signature names is the publisher's, as one unsigned
    is (session 51: blackout stance right 0.77 → 0.94)."""
    report = news_sets.held_out(BLACKOUT, "report")
    for fid in ("blackout-start-time", "automatic-load-shedding"):
        assert (report[fid].stance, report[fid].speaker) == ("attributes", "varngrid"), fid


def test_the_outlets_calculation_from_someones_figures_is_its_own():
    """The TV page's "By our calculations, based on VarnGrid's own figures, the payouts will cost the company around
    €25 million in total." had been VarnGrid's (by "on VarnGrid's own figures"), and the red, the programme's own
    figure against the wire's own €40 million, a contest. What is "based on" someone's figures is the outlet's."""
    cost = news_sets.held_out(BLACKOUT, "tv")["compensation-total-cost"]
    assert (cost.stance, cost.speaker, cost.value) == ("states", None, {"approx": 25_000_000})


def test_a_letter_signed_by_the_publishers_chair_is_the_publishers_and_your_report_the_addressees():
    """The regulator's letter, signed "Dr Katya Moravec" (the Authority's chair, by her speaker file) under its
    letterhead, had been hers, all 20 of its accounts: a letter a body publishes, signed by someone whose role is in
    it, is the body's. What it says its addressee said ("Your report states that…", "which your report identifies",
    "you have announced", and "It also records…" after "Your report states…") is the addressee's, the body its
    address names (VarnGrid, under "Ms Maren Toft / Chief Executive")."""
    letter = news_sets.held_out(BLACKOUT, "letter")
    for fid in ("regulator-inquiry-opened", "data-deadline", "inquiry-findings-deadline", "blackout-start-time"):
        assert (letter[fid].stance, letter[fid].speaker) == ("attributes", "energy-authority"), fid
    for fid in ("peak-customers-off", "supply-fully-restored", "hospitals-on-generators", "largest-since-2003",
                "compensation-total-cost"):
        assert (letter[fid].stance, letter[fid].speaker) == ("attributes", "varngrid"), fid


@pytest.mark.parametrize("source, red, contested, held", [
    ("ama", RED, CONTESTED, ""),
    ("letter", RED, CONTESTED, ""),
    ("report", RED, CONTESTED, ""),
    ("tv", set(), CONTESTED | {"blackout-start-time", "compensation-total-cost", "supply-fully-restored"},
     "compensation-total-cost, hospitals-on-generators, blackout-start-time"),
    ("wire", set(), CONTESTED | {"hospitals-on-generators"},
     "hospitals-on-generators, compensation-total-cost, blackout-start-time, longest-outage-duration")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: no card the key keeps agreed or contested turns red. The TV page's "Eleven
    hospitals", "When the lights went out at 5.42pm" and "By our calculations … around €25 million" (its own since
    session 51; it had been VarnGrid's, "based on VarnGrid's own figures"), and the wire's 17:52 and "Fourteen
    hospitals", are held back; lost: the TV's "were not
    reconnected until the early hours of Thursday, 16 October", read as "By Wednesday morning" (at the latest 15
    October, the wire's error); the wire's "Power had been restored to all customers by 3 p.m. on Wednesday" (under
    the threshold). Held wrongly: the wire's €40 million "according to Tidewire calculations", read as VarnGrid's,
    and its background "in August 2003, left about 250,000 customers without power for up to six hours" for the
    longest outage. The wire's "Sollen rejected that account. Henrik Dahlsen … said…", opening the paragraph after
    VarnGrid's account of the load shedding, is no denial of that (it had been a false contest: a denial is the other
    side of the paragraph before it only when it is that paragraph alone; the account it rejects, that the unit
    should have stayed on, is a paragraph further up)."""
    site = news_sets.applied(BLACKOUT, source, tmp_path / "blackout")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_the_threads_scored_posts_are_their_posters_and_their_headers_no_figures():
    """The thread heads each post "**u/name** · 842 points": the director's eleven posts are his, by his handle (a
    spelling), the readers' are no one's the dossier knows, and no header is a passage (in the trial, 17 cards of
    "figure of ilias-brandt: **u/calvey_kettle** · 842 points" were written, and a reader's "187 points" made the
    card of the 23 people freed from lifts contested)."""
    dossier = pipeline.check(load_config(BLACKOUT)).site.dossier
    body = dossier.sources["ama"].body
    posts = attribution.posts(body, attribution.Names(dossier.speakers))
    assert [t.speaker for t in posts].count("ilias-brandt") == 11
    assert {t.label for t in posts if t.speaker == "ilias-brandt"} == {"u/IliasBrandt_VarnGrid"}
    assert {t.speaker for t in posts if t.label != "u/IliasBrandt_VarnGrid"} == {None}
    assert not any("points" in p.text for p in passages(body))
    ama = news_sets.held_out(BLACKOUT, "ama")
    assert "people-freed-from-lifts" not in ama or not ama["people-freed-from-lifts"].value
    assert (ama["hospitals-on-generators"].speaker, ama["hospitals-on-generators"].value) == (
        "ilias-brandt", {"exact": 14})
    assert (ama["compensation-total-cost"].speaker, ama["compensation-total-cost"].value) == (
        "ilias-brandt", {"approx": 25000000})


def test_figures_in_words_and_days_named_by_their_weekday():
    """What the trial found read right, kept: "fifty-seven trains ground to a halt", "All fourteen hospitals",
    "Some had been without power for more than 33 hours", "the peak was about 412,000 customers"; "at 17:52 local
    time (1552 GMT)" is the local time; "VarnGrid published a preliminary report on Friday" on a page of Tuesday 21
    October, and "Our preliminary report came out last Friday" in a thread of Thursday 23 October, are 17 October (the
    trial's `--new` had made no card of either). The page's correction on top ("An earlier version of this article
    said … €75 … The payment is €60.") gives the payment no figure: its account is VarnGrid's €60, announced."""
    tv = news_sets.held_out(BLACKOUT, "tv")
    assert tv["trains-halted"].value == {"exact": 57}
    assert tv["longest-outage-duration"].value == {"more_than": "33 h"}
    assert tv["preliminary-report-date"].value == {"exact": "2025-10-17"}
    assert (tv["household-compensation"].speaker, tv["household-compensation"].value) == ("varngrid", {"exact": 60})
    assert "VarnGrid has announced" in tv["household-compensation"].quote
    ama = news_sets.held_out(BLACKOUT, "ama")
    assert ama["peak-customers-off"].value == {"approx": 412000}
    assert ama["preliminary-report-date"].value == {"exact": "2025-10-17"}
    wire = news_sets.held_out(BLACKOUT, "wire")
    assert (wire["blackout-start-time"].stance, wire["blackout-start-time"].value) == ("states", {"exact": "17:52"})


def test_the_blackout_set_keeps_its_figures():
    """Floors at the default threshold, as benchmarks/suggest_eval.py measures them (when the set was added: recall
    0.94, precision 0.93, stance right 0.77, stance and speaker 0.59, values right 0.83; a thread's scored headers no
    passages since session 51: precision 0.92 → 0.93; the report, its author "System Operations Directorate,
    VarnGrid", VarnGrid's: stance right 0.77 → 0.94, stance and speaker 0.59 → 0.76; its letter the Authority's and "Your report…" VarnGrid's since session 52:
    0.76 → 0.93)."""
    found = news_sets.figures(BLACKOUT)
    assert found["recall"] >= 0.93 and found["precision"] >= 0.92
    assert found["stance"] >= 0.93 and found["speaker"] >= 0.92 and found["values"] >= 0.82


def test_the_programmes_promotion_is_page_chrome():
    """"Watch Your Money, Your Rights on ERB One, Tuesdays at 8pm, and catch up on ERB Play." closing the TV page is
    chrome, flagged at import, no passage and nothing for `--new` (it had been written as a card of a time of day:
    suggest_eval --new, session 52)."""
    from builder import chrome
    lines = (BLACKOUT / "articles" / "3-erb-consumer.txt").read_text(encoding="utf-8").split("\n")
    assert [c.text for c in chrome.find(lines) if c.reason == "programme promotion"] == [
        "Watch Your Money, Your Rights on ERB One, Tuesdays at 8pm, and catch up on ERB Play."]
    dossier = pipeline.check(load_config(BLACKOUT)).site.dossier
    assert not [p.text for p in passages(dossier.sources["tv"].body) if "catch up on" in p.text]
