"""News nobody tuned for, from session 63's blind trials: a grandmaster caught with a receiver in his shoe at an open
chess tournament, in a national federation's disciplinary decision copied as text from its PDF (running heads, page
footers, numbered paragraphs run together, words broken at the lines' ends), a chess site's live page of the round
saved as a web page (entries with times, move notation, diagrams with alt texts, a correction, readers' comments), the
accused player's thread copied from a social platform (numbered posts, time stamps, counters, trends) and a national
paper's interview with the chief arbiter in Markdown (a standfirst, questions in bold, a photo and its caption); the
dossier an editor's blind trial built from them, corrected by hand to a key written before any article
(tests/fixtures/chess-cheating/KEY.md). The federation and the chief arbiter disagree with the accused (whether he
received moves, the engine match, how long the hearing lasted) and the chief arbiter with the organiser and the
accused (whether players were scanned before the round): contested, never red; red where the paper gives another
number of moves, another time the device was found and another prize fund than the live page."""
import pytest

from tests import news_sets
from tests.conftest import ROOT

CHESS = ROOT / "tests" / "fixtures" / "chess-cheating"
RED = {"device-found-time", "game-move-count", "prize-fund"}
CONTESTED = {"engine-match", "hearing-duration", "received-moves", "scans-before-round7"}


def test_the_chess_cheating_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(CHESS, tmp_path / "chess")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED}


@pytest.mark.parametrize("source, red, contested, held", [
    ("vcf-decision-dc-2026-014", RED, CONTESTED, ""),
    ("rennvald-thread-statement", RED, CONTESTED - {"engine-match"}, ""),
    ("courier-kroyer-interview", set(), CONTESTED - {"scans-before-round7"}, "device-found-time, prize-fund"),
    ("lindmoor-open-round-7-live-rennvald", set(), CONTESTED | {"device-found-time", "game-move-count"},
     "device-found-time, game-move-count, prize-fund")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: nothing the key keeps agreed or contested turns red."""
    site = news_sets.applied(CHESS, source, tmp_path / "chess")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_an_interviews_answers_are_the_person_its_introduction_names_most():
    """The headline names "the Rennvald affair" first; the standfirst, the caption and the line before the first
    question name Anselm Kroyer, the chief arbiter, who answers: every answer had been the accused player's, and the
    site's headline had him claim the 94 per cent he rejects."""
    held = news_sets.held_out(CHESS, "courier-kroyer-interview")
    assert (held["engine-match"].speaker, held["device-location"].speaker) == ("anselm-kroyer", "anselm-kroyer")


def test_the_imports_a_decision_from_a_pdf_and_a_players_thread(tmp_path):
    """The decision's letterhead, "VELMARIAN CHESS FEDERATION" under a rule of underscores, gave no outlet, its title
    was its running head, and its footers ("… Decision DC-2026/014      Page 1 of 2") stayed in its text; the thread was titled by the site's menu,
    "Home   Explore   Notifications   Messages   Profile", and its writer was unknown."""
    import contextlib
    import io
    import shutil

    from builder.cli import main
    decision = news_sets.imported(CHESS / "articles" / "1-vcf-decision.txt", tmp_path)
    assert decision["outlet"] == "Velmarian Chess Federation"
    assert decision["title"].startswith("in the matter of GM Oskar Rennvald")  # not its running head, "VCF
    # Disciplinary Commission      Case ref. DC-2026/014", a dateline
    thread = news_sets.imported(CHESS / "articles" / "3-rennvald-thread.txt", tmp_path)
    assert thread["author"] == "Oskar Rennvald" and not thread["title"].startswith("Home")
    project = tmp_path / "strip"
    shutil.copytree(ROOT / "tests" / "fixtures" / "mini", project)
    with contextlib.redirect_stdout(io.StringIO()):
        assert main(["--project", str(project), "new", "source", str(CHESS / "articles" / "1-vcf-decision.txt"),
                     "--id", "decision", "--strip-chrome"]) == 0
    assert "Page 1 of 2" not in (project / "content" / "sources" / "decision.md").read_text(encoding="utf-8")


def test_a_post_number_opening_a_sentence_hides_no_attribution_and_a_hyphened_count_counts_its_word():
    """The player's thread writes "4/9 The federation says 94% of my moves matched the engine.": the post's number
    had hidden "The federation says", and the 94 was read as his. The interview's "Rennvald's 47-move win" was no count
    of moves, so its designed red could not be proposed; a count joined to its word counts that word only, so "a
    20-storey block" is no count of the residents evacuated (session 64)."""
    from builder import prose_figures
    assert news_sets.held_out(CHESS, "rennvald-thread-statement")["engine-match"].speaker \
        == "velmarian-chess-federation"
    assert news_sets.held_out(CHESS, "courier-kroyer-interview")["game-move-count"].value == {"exact": 47}
    moves = prose_figures.read("Rennvald's 47-move win had barely finished.", "count",
                               statement="The game lasted 41 moves.")
    assert moves.number == 47
    assert prose_figures.read("More than 300 residents fled the 20-storey block.", "count", near=[20],
                              statement="Some 180 residents were led out.").number == 300


def test_reported_speech_does_not_run_on_after_two_speakers_parted_by_a_semicolon():
    """"Rennvald says the hearing lasted forty minutes; the federation says it lasted more than three hours. Meanwhile
    an open letter now signed by nearly 150 players calls…": after a sentence of two speakers' accounts, the next is
    no one's continued, though the semicolon makes each account a passage of its own (session 67: once "the
    federation" named the federation, the letter's 150 players had become its figure)."""
    said = news_sets.report(CHESS, "courier-kroyer-interview")
    letter = [s for s in said.suggestions if s.quote.startswith("Meanwhile an open letter")]
    assert letter and all(s.speaker is None for s in letter)
