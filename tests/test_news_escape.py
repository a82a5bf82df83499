"""News nobody tuned for, fortieth round: three prisoners escape from a category A jail and are caught over three
days, in a wire story, the police's HTML appeal for information (a reward, descriptions of the men, notes to
editors), the judge's written ruling on one escapee's sentence (a court's heading, numbered paragraphs, findings of
fact), a local TV station's HTML live page (entries newest first, a correction) and a tabloid's exclusive (capitals,
an unnamed insider, a tip-line footer); the dossier an editor's blind trial (session 51) built from them, corrected
by hand to a key written before any article (tests/fixtures/prison-escape/KEY.md). The union against the prison
service is contested (staffing, the broken fence camera, the warning of a plot), and the prosecution against the
defence on Greer's part in the plan; red where the tabloid, in its own voice, gives another time of discovery
(7.30am), number of officers on the wing (TWO) and distance Greer got (THREE MILES)."""

import pytest

from tests import news_sets
from tests.conftest import ROOT

ESCAPE = ROOT / "tests" / "fixtures" / "prison-escape"
RED = {"discovery-time", "greer-distance", "guards-on-duty"}
CONTESTED = {"cctv-fence-camera", "greer-leading-role", "plot-warning", "staffing-blame"}
SINGLE = {"greer-escape-sentence"}


def test_the_escape_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(ESCAPE, tmp_path / "escape")
    agreed = set(site.dossier.facts) - RED - CONTESTED - SINGLE
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED, "single": SINGLE,
                                          "agree": agreed}
    assert len(agreed) == 31


@pytest.mark.parametrize("source, red, contested, held", [
    ("live", RED, CONTESTED, ""),
    # (greer-recaptured-date, contested here until session 73, no longer is: the release's "…is today (Tuesday 10
    # March) increasing the reward…" is now proposed for the card of Vesk's recapture, and left out there too)
    ("police", RED, CONTESTED | {"three-prisoners-escaped"}, "vesk-dangerous"),
    ("ruling", RED, CONTESTED - {"greer-leading-role"}, ""),
    ("tabloid", set(), CONTESTED | {"guards-on-duty"}, "guards-on-duty"),
    ("wire", RED, CONTESTED, "")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: no card the key keeps agreed or contested turns red. The tabloid's "Just TWO
    guards" is held back (with the prison service's four beside it: the wire's four against the union's two leave
    the card contested); lost: its "not discovered until 7.30am" and "just THREE MILES from the jail" (0.56 and
    0.26, under the threshold). The police release's lead, "two men who escaped from Callow Fen Prison in the early
    hours of Monday 9 March", is read as the police counting two escaped (a false contest) and, with its "today
    (Tuesday 10 March)", as denying the day Greer was caught (another; since session 57, as Tuesday is that card's
    day, it is no longer read as the day Vesk was caught, as it had been); its "Vesk in particular is considered
    dangerous. Do not approach either man.", the third paragraph of Dahlqvist's quotation, is read as the police
    denying he is dangerous, and held back. Without the ruling, Greer's part in the plan is no longer contested: the
    prosecution's submission is written as the court's own finding, the defence's, Greer's and the judge's are lost;
    the ruling's "Footage from the camera overlooking the north-east section of the fence is not available." is
    written as the union's claim that the camera was broken (the judge makes no finding). Written unseen on cards
    already red: the live page's Maddox, "There were two officers on that wing, not four.", as the station's own
    (after "He repeated his claim…"), its "about 20 miles west of the prison" (where Vesk was caught) and the wire's
    "about 60 km (37 miles) north of the capital" as the distance Greer got."""
    site = news_sets.applied(ESCAPE, source, tmp_path / "escape")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_the_live_pages_figures_are_of_their_entries_and_its_correction_gives_none():
    """The live page, newest first: each figure is of the entry that gives it ("200 officers now searching" at
    10:00, the reward doubled at 09:15, "Two men are still at large" in the 07:30 summary), and the 10:00 entry's
    "Correction: An earlier version of this entry said 150 officers…" gives no figure: the search counts 200, as the
    trial found it. "Tomas Greer, 34, was caught yesterday" is 10 March, the day before the page's."""
    live = news_sets.held_out(ESCAPE, "live")
    assert (live["search-officers"].speaker, live["search-officers"].value, live["search-officers"].as_of) == (
        "velland-police", {"exact": 200}, "2026-03-11 10:00")
    assert "150" not in live["search-officers"].quote
    assert (live["reward"].value, live["reward"].as_of) == ({"exact": 50000}, "2026-03-11 09:15")
    assert (live["at-large"].value, live["at-large"].as_of) == ({"exact": 2}, "2026-03-11 07:30")
    assert live["greer-recaptured-date"].value == {"exact": "2026-03-10"}


def test_the_rulings_sentences_and_the_tabloids_times():
    """The ruling's "serving a sentence of sixteen years' imprisonment" is 16 years, and of "the sentence would have
    been two years and three months. Giving full credit of one third for his plea, the sentence is 18 months'
    imprisonment." the sentence is the 18 months (the trial's `--new` card of it had no value); "arrested on 10 March
    2026, at about 11.30 a.m." gives the day and about the time. The tabloid's "at 11.30am on Tuesday" is 10 March in
    a paper of Thursday 12 March, "The trio were out by 2.40am." 2.40 at the latest, "a 16-year stretch" 16 years."""
    ruling = news_sets.held_out(ESCAPE, "ruling")
    assert ruling["greer-sentence"].value == {"exact": "16 years"}
    assert ruling["greer-escape-sentence"].value == {"exact": "1 year 6 months"}
    assert "18 months' imprisonment" in ruling["greer-escape-sentence"].quote
    assert (ruling["greer-recaptured-date"].value, ruling["greer-recapture-time"].value) == (
        {"exact": "2026-03-10"}, {"approx": "11:30"})
    tabloid = news_sets.held_out(ESCAPE, "tabloid")
    assert (tabloid["greer-recaptured-date"].value, tabloid["greer-recapture-time"].value) == (
        {"exact": "2026-03-10"}, {"exact": "11:30"})
    assert tabloid["left-wing-time"].value == {"max": "02:40"}
    assert tabloid["greer-sentence"].value == {"exact": "16 years"}


def test_the_imports_of_the_live_page_the_tabloid_and_the_release(tmp_path):
    """What the trial's imports got right, kept: the live page's title, outlet, authors and day from its JSON-LD
    LiveBlogPosting; the tabloid's outlet from its masthead "THE DAILY CLARION" and its author from "By Rory Vance,
    Chief Crime Reporter" (his title dropped), its day, 12 March, from the lines under it; the police release's
    outlet from its page (`og:site_name`), its author left unknown (a press office's)."""
    live = news_sets.imported(ESCAPE / "articles" / "live.html", tmp_path)
    assert (live["title"], live["outlet"], live["author"], str(live["published"])) == (
        "LIVE: All three Callow Fen escapees back in custody as Strand arrested in Orrin", "VTV Velland",
        "Jonna Reese and Mikael Fors", "2026-03-11")
    tabloid = news_sets.imported(ESCAPE / "articles" / "tabloid.txt", tmp_path)
    assert (tabloid["title"], tabloid["outlet"], tabloid["author"], str(tabloid["published"])) == (
        "JAIL GUARDS 'BEGGED BOSSES TO ACT ON BREAKOUT PLOT'", "The Daily Clarion", "Rory Vance", "2026-03-12")
    police = news_sets.imported(ESCAPE / "articles" / "police.html", tmp_path)
    assert (police["outlet"], police["author"], str(police["published"])) == (
        "Velland Police", "unknown", "2026-03-10")


def test_the_escape_set_keeps_its_figures():
    """Floors at the default threshold, as benchmarks/suggest_eval.py measures them (when the set was added: recall
    0.94, precision 0.90, stance right 0.92, stance and speaker 0.91, values right 0.72: the thirteen ages, "Tomas
    Greer, 34,", gave no figure, until an age was read for a card whose statement is a person's name and a number,
    "Tomas Greer is 34.": values right 0.72 → 0.88)."""
    found = news_sets.figures(ESCAPE)
    assert found["recall"] >= 0.93 and found["precision"] >= 0.89
    assert found["stance"] >= 0.91 and found["speaker"] >= 0.90 and found["values"] >= 0.87
