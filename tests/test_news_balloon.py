"""News nobody tuned for, a round of session 63: a hot-air balloon that struck a power line at a balloon fiesta, in a
regional TV station's web story saved as a web page (a standfirst, the video report's transcript with its time codes
and speaker labels, a correction at the end), an accident investigation board's preliminary report as plain text (a
factual-information table, numbered sections and paragraphs, lines hard-wrapped), the operator's statement as a thread
of posts saved as text (post numbers, headers, counters, the platform's footer) and a regional weekly's print page
copied from its e-paper (running heads, words broken at the lines' ends, a neighbouring brief run into the columns,
"Continued on page 9"); the dossier an editor's blind trial (session 63) built from them, corrected by hand to a key
written before any article (tests/fixtures/balloon-crash/KEY.md). The Board and the operator disagree (the wind at
launch, the basket's approved load, the pilot's hours), and the fiesta's director and the operator on whether pilots
were told to hold: contested, never red; red where the weekly gives another time the basket struck the line, another
number of passengers and another height of the fall than the TV station."""
import pytest

from tests import news_sets
from tests.conftest import ROOT

BALLOON = ROOT / "tests" / "fixtures" / "balloon-crash"
RED = {"fall-height", "passengers-on-board", "power-line-time"}
CONTESTED = {"basket-capacity", "launch-hold-order", "pilot-flying-hours", "wind-at-launch"}


def test_the_balloon_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(BALLOON, tmp_path / "balloon")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED}


@pytest.mark.parametrize("source, red, contested, held", [
    ("two-dead-after-hot-air-balloon", set(), CONTESTED | RED, "fall-height"),
    # the report's "with the pilot and 12 passengers on board" is written to basket-capacity (since session 74 the
    # operator's "certified to carry up to 12" claims 12, so 12 reads as the card's figure), where its flight manual's
    # "a maximum of 10 passengers" had been: the contest the key designs, lost in this row
    ("preliminary-report-aasb-p-2026-031", RED, CONTESTED - {"basket-capacity"}, ""),
    ("halvard-sky-rides", RED, CONTESTED, ""),
    ("8-vale-courier-thursday-october-8", set(), CONTESTED, "fall-height")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: nothing the key keeps agreed or contested turns red."""
    site = news_sets.applied(BALLOON, source, tmp_path / "balloon")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_a_toll_and_a_count_on_board_are_no_count_of_the_injured():
    """The operator's "Two of our passengers lost their lives." was written on the card of the injured still in
    hospital, and "…with our pilot and twelve passengers on board." after it (the trial's false contest): the dead
    are not the injured, and a passage that shares with a card only what it counts is not that card's; "lost their
    lives" is a toll's words."""
    report = news_sets.report(BALLOON, "halvard-sky-rides")
    assert not [s for s in report.suggestions if s.fact == "still-in-hospital" and s.confidence >= 0.6]
    toll = next(s for s in report.suggestions if s.fact == "death-toll")
    assert "words: die" in toll.why


def test_the_imports_a_reports_title_a_threads_account_and_a_print_pages_headline(tmp_path):
    """The report was titled by its number, "PRELIMINARY REPORT AASB-P-2026/031"; the thread's outlet was the
    platform of its footer, "Flock Social Inc", which made the operator's every claim the outlet's own; the print
    page was titled by its running head, "8 THE VALE COURIER Thursday, October 8, 2026", its headline in capitals
    over two lines. The report's paragraphs, wrapped at 110 characters between blank lines, stay whole (each line had
    been a paragraph, its sentences cut at the lines' ends)."""
    articles = BALLOON / "articles"
    report = news_sets.imported(articles / "2-aasb-preliminary.txt", tmp_path)
    assert report["title"].startswith("Accident to the hot-air balloon Corvell C-400")
    assert news_sets.imported(articles / "3-halvard-thread.txt", tmp_path)["outlet"] == "Halvard Sky Rides"
    assert news_sets.imported(articles / "4-vale-courier.txt", tmp_path)["title"] == \
        "BALLOON CRASH: THE QUESTIONS THAT REMAIN"
    body = (tmp_path / "mini" / "content" / "sources" / "2-aasb-preliminary.md").read_text(encoding="utf-8")
    assert "It does not\napportion blame or liability." in body


def test_hours_of_flying_are_written_in_hours():
    """"more than 2,000 hours in the air" was written {more_than: 120000}, minutes no editor reads."""
    hours = news_sets.held_out(BALLOON, "halvard-sky-rides")["pilot-flying-hours"]
    assert hours.value == {"more_than": "2000 h"}
