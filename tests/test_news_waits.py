"""News nobody tuned for, fifty-fourth round: a region's hospital waiting lists, in a regional daily's saved page, the
health ministry's press release as text (notes to editors, a media contact), the hospital doctors' union's briefing
converted from PDF (running page headers and footers, words hyphenated across lines, numbered paragraphs) and a
health podcast's transcript in Markdown (each turn "**[01:33] DR PIETER HALLORAN:**"); the dossier an editor's blind
trial (session 57) built from them, corrected by hand to a key written before any article
(tests/fixtures/waiting-lists/KEY.md). The union and the ministry disagree (whether the figures understate the list,
how many have waited over a year, whether the pledge will be met): contested, never red; red where the daily gives
another total (94,312; 84,312), the podcast more cancelled operations (nearly 500; 412) and a longer median wait
(about 23 weeks; 19)."""
import pytest

from tests import news_sets
from tests.conftest import ROOT

WAITS = ROOT / "tests" / "fixtures" / "waiting-lists"
RED = {"cancelled-operations", "median-wait", "waiting-list-total"}
CONTESTED = {"figures-undercount", "long-waiters", "pledge-on-track"}


def test_the_waiting_list_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(WAITS, tmp_path / "waits")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED}


@pytest.mark.parametrize("source, red, contested, held", [
    ("gazette", set(), CONTESTED | {"cancelled-operations", "median-wait"},
     "cancelled-operations, median-wait, waiting-list-total"),
    ("ministry-release", RED, CONTESTED, ""),
    ("union-briefing", RED, CONTESTED, ""),
    ("podcast", set(), CONTESTED | {"waiting-list-total"}, "median-wait, cancelled-operations, waiting-list-total")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: no card the key keeps agreed or contested turns red, and the reds an article
    makes are held back for the editor. The podcast's "Northmere's hospital waiting list stood at about 84,000 people
    at the end of September." reads as the total at 0.596, under the threshold (the trial: all three of its reds lost,
    two to figures the podcast's speakers gave, read as the host's)."""
    site = news_sets.applied(WAITS, source, tmp_path / "waits")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_a_podcasts_bold_timed_labels_name_who_speaks():
    """"**[01:05] DR PIETER HALLORAN:** … nearly seven thousand people referred by their GP…" is Halloran's, and the
    economist's "about eleven and a half thousand entries" his (the trial: every guest's figure the host's own, and
    the 11,500 no figure at all); the host's "The typical patient … now waits about 23 weeks" is the median wait."""
    podcast = news_sets.held_out(WAITS, "podcast")
    assert [(podcast[card].stance, podcast[card].speaker, podcast[card].value) for card in (
        "first-appointment-uncounted", "validation-removals", "consultant-vacancies", "median-wait")] == [
        ("attributes", "pieter-halloran", {"nearly": 7000}), ("attributes", "lukas-brandt", {"approx": 11500}),
        ("attributes", "pieter-halloran", {"approx": 40}), ("states", None, {"approx": "161 days"})]


def test_official_statistics_in_a_ministrys_release_are_the_ministrys():
    """"…, according to official statistics published today." names no official: in the ministry's own release it
    is the ministry's claim (the trial: someone's the dossier does not know, and the red lost)."""
    total = news_sets.held_out(WAITS, "ministry-release")["waiting-list-total"]
    assert (total.stance, total.speaker, total.value) == ("attributes", "health-ministry", {"exact": 84312})


def test_a_podcasts_correction_and_its_asides_are_no_new_cards():
    """The host's "in last week's episode I said the Northmere waiting list had passed 90,000" is a correction, and
    "I want to come back to the median wait in a minute" promises a topic, no duration (the trial: both written as
    cards)."""
    listed = [u.passage.text for u in news_sets.report(WAITS, "podcast").uncovered]
    assert not any("90,000" in text or "in a minute" in text for text in listed)
    assert "Its budget is eighteen million euros." in listed


def test_the_imports_of_the_release_the_briefing_and_the_podcast(tmp_path):
    """The release's issuer is the ministry above its release line, not the state under it ("Republic of Caldoria");
    the PDF briefing's letterhead, its name and reference in columns, gives the outlet and is no title; the podcast's
    notes date it ("… Published 21 October 2026. Host: …"). The trial: outlets wrong or unknown, the letterhead the
    briefing's title, the podcast's date unknown."""
    articles = WAITS / "articles"
    assert news_sets.imported(articles / "2-ministry-release.txt", tmp_path)["outlet"] == \
        "Ministry of Health and Social Care"
    briefing = news_sets.imported(articles / "3-union-briefing.txt", tmp_path)
    assert (briefing["title"], briefing["outlet"]) == (
        "Counting the queue: what the Northmere waiting-list figures leave out",
        "Caldorian Association of Hospital Doctors")
    assert str(news_sets.imported(articles / "4-podcast.md", tmp_path)["published"]) == "2026-10-21"


def test_the_waiting_list_set_keeps_its_figures():
    """Floors at the default threshold, as benchmarks/suggest_eval.py measures them (when the set was added: recall
    0.92, precision 0.98, stance right 0.94, stance and speaker 0.94, values right 0.86)."""
    found = news_sets.figures(WAITS)
    assert found["recall"] >= 0.91 and found["precision"] >= 0.97
    assert found["stance"] >= 0.93 and found["speaker"] >= 0.93 and found["values"] >= 0.85
