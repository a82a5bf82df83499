"""News nobody tuned for, forty-sixth round: two countries exchange prisoners at a third country's airport, in a wire
story (its dateline without the year, a refiling note), one government's Markdown readout under its letterhead ("Press
Office · Press release No. 214/2026"), a newspaper's saved web page (a cookie banner, menus, timed updates, a
correction at its foot) and a transcript of the mediating ministry's briefing (questions and answers, speakers in
capitals); the dossier an editor's blind trial (session 55) built from them, corrected by hand to a key written before
any article (tests/fixtures/prisoner-swap/KEY.md). The governments' readouts contradict each other (how many were
freed, who asked first, the frozen assets, the promise to free a sick prisoner): contested, never red; red where the
newspaper gives another time of the handover (about 4pm; the others 14:20, the readout 14:25), another number of
planes (three; the wire two) and another length of the talks (nearly a year; the wire eight months), in its own
voice. The number of people confirmed released changes by the hour (9, 21, 24)."""
import pytest

from builder import attribution, pipeline
from builder.config import load_config
from tests import news_sets
from tests.conftest import ROOT

SWAP = ROOT / "tests" / "fixtures" / "prisoner-swap"
RED = {"handover-time", "number-of-planes", "talks-length"}
CONTESTED = {"frozen-funds", "kalvosh-asked-first", "lirel-promise", "tervanians-freed"}


def test_the_swap_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(SWAP, tmp_path / "swap")
    agreed = set(site.dossier.facts) - RED - CONTESTED
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED, "agree": agreed}
    assert len(agreed) == 9


@pytest.mark.parametrize("source, red, contested, held", [
    ("briefing", RED, CONTESTED, ""),
    ("herald", set(), CONTESTED, "number-of-planes, handover-time"),
    ("readout", RED, CONTESTED, ""),
    ("wire", set(), CONTESTED | RED, "handover-time, talks-length, number-of-planes")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: no card the key keeps agreed or contested turns red. The newspaper's "about 4pm"
    and three planes are held back (as in the trial); its "nearly a year of talks" is read as its own now (the trial:
    the diplomats' of its closing "and, according to diplomats, at least once on a Sellimari naval vessel"), but at
    0.50, the card's "followed eight months of talks" sharing one telling word with it: the red is lost unattended,
    as in the trial. Without the wire, the newspaper's reds face the governments' figures alone: contested, and the
    wire's own figures are held back. Left out, as in the trial: the readout's "Reports that Tervanian authorities have
    agreed to release frozen Kalvoshi assets are without foundation." ("it gives no figure of the card's count"; a
    denial with no figure written unattended made false contests elsewhere, the radio's question "The Ministry of
    Defence disputes that, doesn't it?" on the airport's passengers among them); the wire's denial keeps the card
    contested."""
    site = news_sets.applied(SWAP, source, tmp_path / "swap")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_the_newspapers_ministries_its_correction_and_its_own_year():
    """What the trial found read wrong in the newspaper, read right now. "Tervania's foreign ministry said 12 of its
    citizens were on the plane." is the Tervanian Ministry of Foreign Affairs, which "Tervania" names, and "Sellimar's
    foreign ministry has now confirmed 21 people as released." the Sellimari one (the trial: someone no speaker file
    names, three accounts lost with the figure that changes by the hour), given at 17:45 by the update it opens
    ("Update, 17:45: …": replayed unattended, the 21 without its time was set against the ministry's 24 of the same
    day, a false contest). Its correction, "An earlier version of this
    article said Kalvosh had freed 11 Tervanian prisoners.", withdraws no "Tervania handed over 11 Kalvoshi
    prisoners." (the trial's run withdrew every 11, "it gives no figure"). Its "Kalvosh says no such commitment
    exists." is Kalvosh's denial of the promise the sentence before reports (not proposed in the trial). "At 15:30 the
    ministry had confirmed nine releases." is the ministry named last before it, of the three ministries the dossier
    knows (the trial: someone no speaker file names)."""
    herald = news_sets.held_out(SWAP, "herald")
    freed = herald["tervanians-freed"]
    assert (freed.stance, freed.speaker, freed.value) == ("attributes", "tervania-foreign-ministry", {"exact": 12})
    confirmed = herald["confirmed-released"]
    assert (confirmed.stance, confirmed.speaker, confirmed.value, confirmed.as_of) == (
        "attributes", "sellimar-foreign-ministry", {"exact": 21}, "2026-11-12 17:45")
    assert (herald["kalvoshi-freed"].stance, herald["kalvoshi-freed"].value) == ("states", {"exact": 11})
    talks = herald["talks-length"]
    assert (talks.stance, talks.speaker, talks.value) == ("states", None, {"nearly": "1 year"})
    names = attribution.Names(pipeline.check(load_config(SWAP)).site.dossier.speakers)
    said = attribution.attribute("At 15:30 the ministry had confirmed nine releases.", names,
                                 "Sellimar's foreign ministry has now confirmed 21 people as released. ")
    assert said.speaker == "sellimar-foreign-ministry"
    denial = news_sets.rebuttals(SWAP, "herald")["lirel-promise"]
    assert (denial.stance, denial.speaker, denial.quote) == (
        "disputes", "kalvosh-foreign-ministry", "Kalvosh says no such commitment exists.")


def test_the_imports_of_the_readout_and_the_wire(tmp_path):
    """The readout's outlet is the ministry of its letterhead, not the "Press Office" on the line under it (the
    trial's import); the wire's dateline gives no year, so its day is left unknown (as in the trial)."""
    readout = news_sets.imported(SWAP / "articles" / "2-readout.md", tmp_path)
    assert readout["outlet"] == "Ministry of Foreign Affairs of the Republic of Tervania"
    wire = news_sets.imported(SWAP / "articles" / "1-wire.txt", tmp_path)
    assert (wire["outlet"], wire["author"], wire["published"]) == ("Corvane Wire", "Petra Lund", "unknown")


def test_the_swap_set_keeps_its_figures():
    """Floors at the default threshold, as benchmarks/suggest_eval.py measures them (when the set was added: recall
    0.88, precision 0.95, stance right 1.00, stance and speaker 1.00, values right 1.00; recall 0.85 since session 69,
    when the readout's press office line, "press@… · +47 0 100 2140", came to be read as page furniture and the words'
    weights moved: the briefing's "Kalvosh handed over thirteen people." scores 0.599)."""
    found = news_sets.figures(SWAP)
    assert found["recall"] >= 0.85 and found["precision"] >= 0.94
    assert found["stance"] >= 0.99 and found["speaker"] >= 0.99 and found["values"] >= 0.99
