"""News nobody tuned for, thirty-ninth round: a coach carrying a school party abroad falls into a ravine on a mountain
pass, in a wire story, a messaging channel's posts (emoji, "Forwarded from …" posts, a view count and time under
each, day separators), a foreign daily's article in machine translation (decimal commas, "1.850 metres", "15.10
o'clock", "14.04.2026"), an email newsletter of which the crash is one item among others, and an opinion column by
an MP (a speaker of the dossier); the dossier an editor's blind trial (session 51) built from them, corrected by hand
to a key written before any article (tests/fixtures/coach-crash/KEY.md). The traffic police, the coach company and
the roads directorate contest the speed, the broken crash barrier and the ban on long coaches; red where the
translation gives another time, the channel another drop and number of helicopters, and the newsletter another age
of the driver, in their own voice."""
import pytest

from builder import chrome, pipeline, prose_figures, sentences
from builder.config import load_config
from builder.suggest import Retriever
from tests import news_sets
from tests.conftest import ROOT

COACH = ROOT / "tests" / "fixtures" / "coach-crash"
RED = {"crash-time", "driver-age", "helicopters", "ravine-drop"}
CONTESTED = {"barrier-damaged", "coach-ban", "coach-speed"}
SINGLE = {"brevik-inquiry", "halden-fined-2024", "st-ebbas-open"}


def test_the_coach_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(COACH, tmp_path / "coach")
    agreed = set(site.dossier.facts) - RED - CONTESTED - SINGLE
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED, "single": SINGLE, "agree": agreed}
    assert len(agreed) == 23


@pytest.mark.parametrize("source, red, contested, held", [
    ("channel", RED - {"helicopters", "ravine-drop"}, CONTESTED, "mourning-day, helicopters"),
    ("column", RED, CONTESTED, ""),
    ("newsletter", RED - {"driver-age"}, CONTESTED, "driver-age"),
    ("translated", RED - {"crash-time"}, CONTESTED, "coach-speed"),
    ("wire", RED, CONTESTED, "")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: no card the key keeps agreed or contested turns red. The channel's "Three
    helicopters at the scene now." is held back; lost: its "The coach dropped about 60 metres down the slope" (never
    proposed: the drop's card gets the post of the ravine "about 3 km below the top of the pass", left out for no
    figure of a length), and "The driver was 58, from Lindmark" (no figure read). The translation's "at 15.10 o'clock"
    is read as 15:10 but under the threshold (0.24). The newsletter's "Four pupils and the 61-year-old driver have now
    lost their lives." is its own, held back as the red it is (until session 70 it was the health ministry's, named
    in the sentence before, "said early this morning": reported speech runs on in the past perfect, not in the
    present). Held back
    wrongly: the channel's "Lindmark declares Thursday a national day of mourning" read as 14 April; the
    translation's "the tachograph registered 48 km/h", the coach company's, as the traffic police's. Written unseen on
    the red card of the driver's age: the column's "a fifteen-year-old girl" as Brevik giving it, 15. The
    newsletter's "The foreign ministry had first said 42 pupils, but corrected that figure last night." had been
    held back as the ministry's 42 (a withdrawn figure: no account since session 51)."""
    site = news_sets.applied(COACH, source, tmp_path / "coach")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_a_total_before_its_parts_and_each_count_to_its_own_card():
    """"Five people are now confirmed dead…" and the column's "Five people are dead: four pupils, among them…" give
    5, not the pupils' 4; "29 people were injured; eight remain in a serious condition." gives 29 to the injured and
    8 to the seriously injured. In the trial's run, beside the wire's 4 dead and the police's 9 seriously injured,
    these had been 4 (on the 15 and 17 April accounts, unseen on a card whose figure changes over time) and 29 on the
    card of the seriously injured, then refused to the card of the injured."""
    newsletter = news_sets.held_out(COACH, "newsletter")
    assert [newsletter[f].value for f in ("death-toll", "injured-count", "seriously-injured")] == [
        {"exact": 5}, {"exact": 29}, {"exact": 8}]
    column = news_sets.held_out(COACH, "column")
    assert (column["death-toll"].stance, column["death-toll"].speaker, column["death-toll"].value) == (
        "attributes", "annika-brevik", {"exact": 5})


def test_the_columnists_own_sentences_are_hers_and_her_yesterday_is_the_day_of_mourning():
    """The column, signed by an MP of the dossier, is hers where it quotes no one ("Their rescuers, more than sixty of
    them, worked through the rain"), and its "Yesterday, on the day of national mourning" is 16 April, the day before
    it was published (in the trial's run, where the wire gave the mourning day no card, it got neither an account
    nor a card)."""
    column = news_sets.held_out(COACH, "column")
    assert (column["rescuers"].stance, column["rescuers"].speaker, column["rescuers"].value) == (
        "attributes", "annika-brevik", {"more_than": 60})
    assert (column["mourning-day"].speaker, column["mourning-day"].value) == ("annika-brevik", {"exact": "2026-04-16"})


def test_the_translations_age_and_time_and_the_channels_view_lines():
    """The translation's "The driver, 58-years-old citizen of Lindmark" gives the driver's age (the trial left it out:
    "it gives no figure of the card's count"), its "at 15.10 o'clock" is a time (proposed for the card of the time
    under the threshold) and "13,5 metres" 13.5 m; the
    channel's "👁 31.6K  15:58" under each post is page chrome, no passage and nothing for `--new` (the trial's run
    wrote 22 cards of a time of day of them)."""
    age = news_sets.held_out(COACH, "translated")["driver-age"]
    assert (age.stance, age.value) == ("states", {"exact": 58})
    assert [(f.quantity, f.number) for f in prose_figures.figures("on Tuesday, 14.04.2026, at 15.10 o'clock")] == [
        ("time", 15 * 60 + 10)]
    assert [(f.quantity, f.number) for f in prose_figures.figures("the Halden bus had 13,5 metres")] == [
        ("length", 13.5)]
    article = (COACH / "articles" / "2-channel-varnesianow.txt").read_text(encoding="utf-8").split("\n")
    views = [c.text for c in chrome.find(article) if c.reason == "a post's views and time"]
    assert len(views) == 22 and views[0] == "👁 31.6K  15:58"
    dossier = pipeline.check(load_config(COACH)).site.dossier
    assert not [p.text for p in sentences.passages(dossier.sources["channel"].body) if "👁" in p.text]
    report = Retriever(dossier).read(dossier.sources["channel"])
    assert report.uncovered and not [u for u in report.uncovered if "👁" in u.passage.text]


def test_the_coach_set_keeps_its_figures():
    """Floors at the default threshold, as benchmarks/suggest_eval.py measures them (when the set was added: recall
    0.87, precision 0.90, stance right 0.92, stance and speaker 0.91, values right 0.86)."""
    found = news_sets.figures(COACH)
    assert found["recall"] >= 0.86 and found["precision"] >= 0.89
    assert found["stance"] >= 0.91 and found["speaker"] >= 0.90 and found["values"] >= 0.85
