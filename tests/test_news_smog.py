"""News nobody tuned for, from session 63's blind trials: a winter smog over a city, in an environment agency's daily
air-quality bulletin saved as a web page (a table of readings by station, a key to the index bands, a correction of
the overnight update, a methods note, an "Issued by" line), a city council's press-conference transcript as plain
text (a letterhead, speaker labels, reporters' questions, [inaudible], [crosstalk], a contact footer), a health
charity's blog post in Markdown (a byline line with the reading time, bullet and numbered lists, a pull quote,
footnote links, a correction) and a TV news item's subtitle file (numbered cues, "- " speaker changes, [MUSIC], the
reporter's sign-off); the dossier an editor's blind trial (session 63) built from them, corrected by hand to a key
written before any article (tests/fixtures/smog-episode/KEY.md). The mayor and the teachers' union disagree (the
schools closed), the deputy mayor and the motorists' club (the fall in traffic), the mayor and the power station's
operator (the biggest source of the smog): contested, never red; red where the TV gives another PM2.5 peak, another
day since which the limit has been broken and another daily limit than the charity's blog."""
import pytest

from tests import news_sets
from tests.conftest import ROOT

SMOG = ROOT / "tests" / "fixtures" / "smog-episode"
RED = {"limit-exceeded-since", "peak-pm25", "pm25-daily-limit"}
CONTESTED = {"schools-closed", "traffic-reduction", "vorn-main-source"}


def test_the_smog_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(SMOG, tmp_path / "smog")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED}


@pytest.mark.parametrize("source, red, contested, held", [
    ("daily-air-quality-bulletin-no-13", RED, CONTESTED, ""),
    ("transcript-press-conference-smog-emergency", RED, CONTESTED, ""),
    ("dravenports-smog-what-numbers-tell-us", set(), CONTESTED | RED, "limit-exceeded-since, peak-pm25"),
    ("ktv-dravenport-smog", set(), {"traffic-reduction"}, "limit-exceeded-since, peak-pm25")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: nothing the key keeps agreed or contested turns red."""
    site = news_sets.applied(SMOG, source, tmp_path / "smog")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_a_forecast_of_friday_is_the_friday_to_come():
    """"The smog should lift on Friday, when a cold front moves in." on a Wednesday was read as the Friday gone (the
    trial's false contest): "should" looks ahead."""
    forecast = news_sets.held_out(SMOG, "ktv-dravenport-smog")["smog-clear-forecast"]
    assert forecast.value == {"exact": "2026-01-16"}


def test_the_imports_a_councils_press_office_and_a_charitys_blog(tmp_path):
    """The press conference's outlet was "Press Office", the line under the council's name, and its day, on "City Hall,
    Council Chamber B, Tuesday 13 January 2026, 14:30", unknown; the blog's day, on its byline's line, and its outlet,
    in its italic line "*Breathe Free Orlesia is the national charity for people with lung disease.*", were unknown."""
    articles = SMOG / "articles"
    talk = news_sets.imported(articles / "2-council-presser.txt", tmp_path)
    assert (talk["outlet"], str(talk["published"])) == ("Dravenport City Council", "2026-01-13")
    blog = news_sets.imported(articles / "3-charity-blog.md", tmp_path)
    assert (blog["outlet"], str(blog["published"])) == ("Breathe Free Orlesia", "2026-01-14")
