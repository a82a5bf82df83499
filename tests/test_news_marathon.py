"""News nobody tuned for, fifty-third round: a city marathon run in a heatwave, in a local paper's live blog (a saved
page, entries stamped by the minute, one correcting another), the organisers' statement in Markdown, a runners'
forum thread copied as text (a breadcrumb, "Thread: …", each post's username over "Posted 12 Jul 2026, 19:02",
quoted replies) and a TV news bulletin's transcript (ANCHOR and REPORTER labels, a live interview); the dossier an
editor's blind trial (session 56) built from them, corrected by hand to a key written before any article
(tests/fixtures/heat-marathon/KEY.md). The organisers, the ambulance service and the runners' association disagree
(whether the ambulance service advised a postponement, whether the race should have been cancelled, how many went to
hospital, whether the water ran out): contested, never red; red where the TV bulletin gives another start (07:00;
07:30) and another peak temperature (37 °C; 34), and another number of finishers (about 5,400; 6,958)."""
import pytest

from tests import news_sets
from tests.conftest import ROOT

MARATHON = ROOT / "tests" / "fixtures" / "heat-marathon"
RED = {"peak-temperature", "runners-finished", "start-time"}
CONTESTED = {"ambulance-advised-postponement", "should-have-been-cancelled", "taken-to-hospital", "water-ran-out"}


def test_the_marathon_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(MARATHON, tmp_path / "marathon")
    agreed = set(site.dossier.facts) - RED - CONTESTED - {"start-temperature"}
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED, "minor": {"start-temperature"},
                                          "agree": agreed}
    assert len(agreed) == 8


@pytest.mark.parametrize("source, red, contested, held", [
    ("forum", RED, CONTESTED, ""),
    ("live", set(), CONTESTED | {"runners-finished", "start-time"}, "runners-finished, start-time"),
    ("statement", RED, CONTESTED, ""),
    ("tv", set(), CONTESTED | {"finish-closing-time"}, "")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: no card the key keeps agreed or contested turns red. The TV bulletin's reds are
    lost unattended, as in the trial: its "the race set off at seven o'clock in the morning, two hours earlier than
    planned" goes to the time the finish closed (a false contest, as in the trial: "set off" shares no word with
    "started"), its "37 degrees" is no temperature (no scale named), and "Only about 5,400 finished." names no one
    finishing. The statement's "The race started at 07:30, rather than at 09:00 as originally planned." gives the plan
    its 09:00 (the trial: 07:30 set aside as the planned start, a false contest)."""
    site = news_sets.applied(MARATHON, source, tmp_path / "marathon")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_the_forums_posts_are_their_posters():
    """A post under a username and "Posted 12 Jul 2026, 19:02" is its poster's, never the forum's own words (the
    trial: every post read as the forum stating it): the runners' "The 32k water station was completely dry when I
    got there", the association chair's "it was 24C on the start line"."""
    forum = news_sets.held_out(MARATHON, "forum")
    assert (forum["water-ran-out"].stance, forum["water-ran-out"].speaker) == ("attributes", "runners")
    temperature = forum["start-temperature"]
    assert (temperature.stance, temperature.speaker, temperature.value) == (
        "attributes", "petra-lunde", {"exact": "24 °C"})
    plan = news_sets.held_out(MARATHON, "statement")["original-start-time"]
    assert plan.value == {"exact": "09:00"}


def test_two_speakers_joined_by_a_semicolon_are_two_accounts():
    """"The ambulance service says it took twenty-three runners to hospital; the organisers put the figure at eleven."
    gives the card the ambulance service's 23 and the organisers' 11, each with its own words (session 56: one account,
    the whole sentence, the organisers' 23)."""
    taken = news_sets.held_out(MARATHON, "tv")["taken-to-hospital"]
    assert (taken.speaker, taken.value, taken.quote) == (
        "western-ambulance", {"exact": 23}, "The ambulance service says it took twenty-three runners to hospital")
    [rival] = news_sets.rivals(MARATHON, "tv")["taken-to-hospital"]
    assert (rival.speaker, rival.value) == ("mersholt-marathon", {"exact": 11})
    assert rival.quote.startswith("the organisers put the figure at eleven")


def test_reports_the_organisers_have_heard_of_are_not_their_claims():
    """"We are aware of reports that the Western Ambulance Service advised us before the race to postpone it." and "We
    have seen comments online suggesting that the station at 32 km ran out of water" report what others say: neither
    is read as the organisers claiming it (session 56: both were); their denial after it is theirs."""
    statement = news_sets.held_out(MARATHON, "statement")
    advised = statement["ambulance-advised-postponement"]
    assert (advised.stance, advised.speaker) == ("disputes", "mersholt-marathon")
    assert "aware of reports" not in advised.quote
    assert "comments online" not in statement["water-ran-out"].quote


def test_the_import_of_the_forum_thread(tmp_path):
    """The thread's breadcrumb "RunMersholt Forum > Races & Events > Mersholt City Marathon" is no headline: it gives
    the outlet, and "Thread: Sunday's marathon in the heat - were you there?" the title, without its label (the
    trial: the breadcrumb its title, no outlet)."""
    forum = news_sets.imported(MARATHON / "articles" / "3-forum.txt", tmp_path)
    assert (forum["title"], forum["outlet"]) == ("Sunday's marathon in the heat - were you there?", "RunMersholt Forum")


def test_the_marathon_set_keeps_its_figures():
    """Floors at the default threshold, as benchmarks/suggest_eval.py measures them (when the set was added: recall
    0.84, precision 0.98, stance right 0.86, stance and speaker 0.81, values right 0.97). Since session 57: recall
    0.82, stance 0.93, stance and speaker 0.88: "We have seen comments online suggesting that the station at 32 km ran
    out of water" is no longer read as the organisers' claim, and nothing else reads as their account of it."""
    found = news_sets.figures(MARATHON)
    assert found["recall"] >= 0.82 and found["precision"] >= 0.97
    assert found["stance"] >= 0.92 and found["speaker"] >= 0.87 and found["values"] >= 0.96
