"""News nobody tuned for, sixty-fourth round: a container ship wedged across a canal, in a shipping journal's page
saved as a web page (a "Key figures" sidebar, tags, a subscription teaser), the canal authority's statement forwarded
to a newsroom as an email, a television business bulletin's transcript (anchor, reporter live, on-screen graphics)
and a financial paper's analysis in Markdown (the writer's note at its foot); the dossier an editor's blind trial
(session 61) built from them, corrected by hand to a key written before any article
(tests/fixtures/canal-blockage/KEY.md). The canal authority, the shipowner and the trade minister disagree (the
trade held up a day, the wind, whether it caused the grounding): contested, never red; red where the outlets give
another length, another number of containers and another day the ship was refloated."""
import pytest

from builder import prose_figures
from tests import news_sets
from tests.conftest import ROOT

CANAL = ROOT / "tests" / "fixtures" / "canal-blockage"
RED = {"containers-on-board", "refloat-date", "ship-length"}
CONTESTED = {"trade-held-up-per-day", "wind-caused-grounding", "wind-speed"}


def test_the_canal_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(CANAL, tmp_path / "canal")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED}


@pytest.mark.parametrize("source, red, contested, held", [
    ("lmr-refloated", RED - {"containers-on-board"}, CONTESTED | {"containers-on-board"}, "containers-on-board"),
    ("tca-statement", RED, CONTESTED, ""),
    ("vtn-bulletin", RED - {"ship-length"}, CONTESTED - {"trade-held-up-per-day"}, ""),
    ("ledger-analysis", {"ship-length"}, CONTESTED, "containers-on-board, refloat-date")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: nothing the key keeps agreed or contested turns red."""
    site = news_sets.applied(CANAL, source, tmp_path / "canal")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_a_forwarded_statement_is_the_forwarded_messages(tmp_path):
    """The statement came forwarded ("Fwd: STATEMENT: …", from a reporter, a note of his above the forwarded
    headers): its title, outlet and day are the forwarded message's, and the note and the headers are no part of it
    (the trial: the title "Fwd: STATEMENT: …", the outlet the reporter)."""
    front = news_sets.imported(CANAL / "articles" / "2-statement.eml", tmp_path)
    assert (front["title"], front["outlet"], str(front["published"])) == (
        "Update on the grounding of the Veridian Crest", "Tarvessa Canal Authority", "2026-03-13")
    body = (tmp_path / "mini" / "content" / "sources" / "2-statement.md").read_text(encoding="utf-8")
    assert "Forwarded message" not in body and "Desk - canal authority" not in body
    assert body.split("---\n", 2)[2].lstrip().startswith("STATEMENT BY THE TARVESSA CANAL AUTHORITY")


def test_a_transcripts_stamp_and_a_writers_note_are_read(tmp_path):
    """"Transcript: Sunday 15 March 2026, 18:00" is the bulletin's day, not its title; "Renata Szell is our trade
    correspondent." under the analysis is its writer (the trial: the stamp as the title, no day; no author)."""
    bulletin = news_sets.imported(CANAL / "articles" / "3-bulletin.txt", tmp_path)
    assert (bulletin["title"], str(bulletin["published"])) == (
        "Tarvessa Canal reopens as the Veridian Crest is freed", "2026-03-15")
    assert news_sets.imported(CANAL / "articles" / "4-analysis.md", tmp_path)["author"] == "Renata Szell"


def test_a_figure_as_of_a_weekday():
    """"By Thursday evening it had passed 200 ships; …" in the bulletin of Sunday 15 March is as of Thursday 12 March
    (the trial: as of no day, held back as a red against the authority's 237 of Friday). Left: it reads as exactly
    200, "had passed" being no bound ("had passed six doping tests", "the eye had passed 40 kilometres east")."""
    queued = news_sets.held_out(CANAL, "vtn-bulletin")["ships-queued"]
    assert (queued.value, queued.as_of) == ({"exact": 200}, "2026-03-12")


def test_an_office_of_two_words_needs_no_name_before():
    """"The trade minister's figure is close to ten billion dollars of goods a day." is the minister's, whom the
    bulletin never names (the trial, and session 61: someone's, whom the editor names)."""
    figure = news_sets.held_out(CANAL, "vtn-bulletin")["trade-held-up-per-day"]
    assert (figure.stance, figure.speaker, figure.value) == ("attributes", "dagny-orlo", {"approx": 10000000000})


def test_an_expectation_is_counted_from_when_it_was_said():
    """"…had said on Wednesday that he expected the ship to be refloated by Friday." in the paper of Monday 16 March
    is by Friday 13 March, the Friday after that Wednesday; "The authority had initially said the ship would be free
    by Friday" in the analysis of Tuesday 17 March, an expectation of the past, is by the Friday before (the trial:
    both by Friday 20 March, a day after both articles). "He said on Monday that the road will reopen on Friday" is
    still the Friday to come."""
    refloat = news_sets.held_out(CANAL, "lmr-refloated")["predicted-refloat"]
    assert refloat.value == {"max": "2026-03-13"}
    assert news_sets.held_out(CANAL, "ledger-analysis")["predicted-refloat"].value == {"max": "2026-03-13"}
    assert [f.value for f in prose_figures.dates("He said on Monday that the road will reopen on Friday.",
                                                  today="2026-03-18")] == [{"exact": "2026-03-20"}]
