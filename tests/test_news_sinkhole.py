"""News nobody tuned for, sixty-eighth round: a sinkhole that swallowed parked cars, in a local paper's live page saved
as a web page (entries newest first, a "Key points" box), the water company's press release ("Notes to editors"),
the council committee's minutes (members present, "RESOLVED:", councillors in reported speech) and a community
newsletter in Markdown (a masthead line, a chair's column, a Q&A with an engineer, a diary of dates); the dossier an
editor's blind trial (session 62) built from them, corrected by hand to a key written before any article
(tests/fixtures/street-sinkhole/KEY.md). The water company, the council's committee chair and the residents' group
disagree (the repair's cost, the main's age, the leaks reported): contested, never red; red where the newsletter gives
another number of cars, another width and another time of the collapse."""
import pytest

from builder import prose_figures
from tests import news_sets
from tests.conftest import ROOT

SINKHOLE = ROOT / "tests" / "fixtures" / "street-sinkhole"
RED = {"cars-swallowed", "collapse-time", "sinkhole-width"}
CONTESTED = {"leak-reports", "main-age", "repair-cost"}
SINGLE = {"eastgate-road-survey", "mains-replaced-share"}


def test_the_sinkhole_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(SINKHOLE, tmp_path / "sinkhole")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED, "single": SINGLE,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED - SINGLE}


@pytest.mark.parametrize("source, red, contested, held", [
    ("herald-live", set(), CONTESTED | RED, "cars-swallowed, collapse-time, sinkhole-width"),
    ("water-release", RED, CONTESTED, ""),
    ("council-minutes", RED, CONTESTED, ""),
    ("eastgate-voice", set(), CONTESTED, "cars-swallowed")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: nothing the key keeps agreed or contested turns red."""
    site = news_sets.applied(SINKHOLE, source, tmp_path / "sinkhole")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_a_figure_set_against_another_is_the_speakers():
    """"…the true cost … was likely to be nearer £4 million than the £1.8 million quoted by the water company." gives
    the councillor about £4m (the trial: his £1.8m, the company's figure, and the contest lost)."""
    cost = news_sets.held_out(SINKHOLE, "council-minutes")["repair-cost"]
    assert (cost.stance, cost.speaker, cost.value) == ("attributes", "dominic-hale", {"approx": 4000000})


def test_a_count_that_stood_at_a_figure_and_an_age_in_years():
    """"…the number of households evacuated stood at 47 as of 8 March" is 47 as of 8 March (the trial: no figure);
    "The main beneath Tanner Row is 62 years old and was last inspected in 2022" is 62 years, and no account set in
    2022, a year of the clause after it (the trial: held back as one)."""
    households = news_sets.held_out(SINKHOLE, "council-minutes")["households-evacuated"]
    assert (households.value, households.as_of) == ({"exact": 47}, "2026-03-08")
    main = news_sets.held_out(SINKHOLE, "water-release")["main-age"]
    assert (main.speaker, main.value, main.confidence) == ("hollinsby-water", {"exact": "62 years"}, 1.0)


def test_a_newsletters_headings_diary_and_rates_are_no_new_cards():
    """`--new` wrote cards of "# Tanner Row: two weeks on" (14 days), "## Five questions for an engineer" (5), the
    diary's "Thursday 26 March, 7pm: …" and "open 24 hours a day" (one day); none is a fact of the story."""
    listed = [u.passage.text for u in news_sets.report(SINKHOLE, "eastgate-voice").uncovered]
    assert not [t for t in listed if t.startswith("#") or t.startswith(("Thursday 26 March", "Saturday 28 March",
                                                                          "Tuesday 7 April"))]
    assert prose_figures.figures("The helpline is open 24 hours a day, seven days a week.") == []
    assert not [u for u in news_sets.report(SINKHOLE, "water-release").uncovered if "24 hours a day" in u.passage.text]


def test_a_releases_minutes_and_newsletters_front_matter(tmp_path):
    """The minutes' day is the meeting's ("MINUTES (EXTRACT) of the meeting held on Monday 9 March 2026", when no line
    says when they were published); the newsletter's masthead line ("**EASTGATE VOICE** · The newsletter of … · Issue
    112 · 16 March 2026") gives its outlet and day (the trial: neither); the release is the company's that its first
    paragraph opens with, after the dateline ("HOLLINSBY, 5 March 2026 -- Hollinsby Water today gave…")."""
    minutes = news_sets.imported(SINKHOLE / "articles" / "3-council-minutes.txt", tmp_path)
    assert str(minutes["published"]) == "2026-03-09"
    letter = news_sets.imported(SINKHOLE / "articles" / "4-eastgate-voice.md", tmp_path)
    assert (letter["outlet"], str(letter["published"])) == ("Eastgate Voice", "2026-03-16")
    assert news_sets.imported(SINKHOLE / "articles" / "2-water-release.txt", tmp_path)["outlet"] == "Hollinsby Water"
