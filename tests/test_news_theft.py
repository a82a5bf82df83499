"""News nobody tuned for, twenty-first round: paintings stolen from a regional museum, in a wire story, the museum's
own statement, the police's press conference (a transcript with reporters' questions), a culture magazine's long read
and a regional paper's live page (entries stamped with their day and time, newest first, a correction and a pull
quote); the dossier an editor's blind trial (session 47) built from them, corrected by hand to a key written before
any article (tests/fixtures/art-theft/KEY.md). The museum against the police, the guards' union and its insurer is
contested; red only where the magazine contradicts the others in its own voice (the time of the break-in, the number
of works taken, their value)."""
import pytest

from builder import webpage
from tests import news_sets
from tests.conftest import ROOT

THEFT = ROOT / "tests" / "fixtures" / "art-theft"
RED = {"break-in-time", "paintings-stolen-count", "stolen-value"}
CONTESTED = {"alarm-worked", "cameras-working", "fully-insured", "inside-help", "staff-cuts-blamed"}


def test_the_theft_dossier_reads_as_the_key_says(tmp_path):
    verdicts = news_sets.by_verdict(news_sets.built(THEFT, tmp_path / "theft"))
    assert (verdicts["disputed"], verdicts["contested"]) == (RED, CONTESTED)
    assert set(verdicts) == {"disputed", "contested", "agree"}


@pytest.mark.parametrize("source, red, held", [
    ("canvas-analysis", set(), "break-in-time, paintings-stolen-count"),
    ("courier-live", RED, ""), ("museum-statement", RED, ""), ("nordpress-wire", RED, ""),
    ("police-transcript", RED, "")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, held):
    """The editor's loop, unattended: no card the key keeps agreed or contested turns red. Of the magazine's three
    reds two are held back for the editor: its 01:50, and "And they took six canvases, not five", which shares two
    words with the card and was not proposed until session 49 (denying the others' figure now counts); the insurer's "Halvard says its policy covers them for only €1.8m" is taken for
    the works' value, which shows the card as contested rather than red (in the trial, with the wire's cards alone,
    all three were held back)."""
    site = news_sets.applied(THEFT, source, tmp_path / "theft")
    assert {fid for fid, row in site.comparison.facts.items() if row.verdict == "disputed"} == red
    news_sets.assert_held(capsys.readouterr().out, held)


def test_the_police_transcript_is_read_as_the_police_said_it():
    """"one hundred thousand euros" is 100,000 (it had been 100, and the account left out); the chief inspector's
    "the museum's alarm did not alert our control room" disputes the museum's claim (it had stood at 0.47, marked
    down as someone else's remark on a card of the museum's)."""
    police = news_sets.held_out(THEFT, "police-transcript")
    assert police["reward"].value == {"exact": 100_000}
    alarm = police["alarm-worked"]
    assert (alarm.stance, alarm.speaker) == ("disputes", "pavel-rudnik") and alarm.confidence >= 0.6


def test_a_denier_in_the_outlets_own_words_disputes_the_remark():
    """The magazine's "Its director, Ilona Marek, insists that the night shift was reorganised "on professional
    advice" and that staffing played no role in the theft." on the union chairman's claim: Marek, whom the other
    sources report denying it, disputes it (it had been left under the threshold as the chairman's, whose remark the
    card is)."""
    denial = news_sets.held_out(THEFT, "canvas-analysis")["staff-cuts-blamed"]
    assert (denial.stance, denial.speaker) == ("disputes", "ilona-marek") and denial.confidence >= 0.6


def test_the_live_page_keeps_its_stamps_and_order_and_its_pull_quote_is_no_passage():
    """Imported, the live page starts with its headline and keeps each entry's stamp ("10 March, 14:05") above it
    (trafilatura had deleted the stamps and put the newest entry first); read, the minister's words are her
    sentence's, not the pull quote's, and the value the paper read in the museum's insurance schedule ("according to
    the museum's own insurance schedule seen by the Courier") is its own."""
    body = "\n\n".join(webpage.read(THEFT / "articles" / "tresk-courier-live.html").paragraphs)
    assert body.startswith("Live: Paintings stolen from Tresk Regional Art Museum")
    assert "10 March, 14:05\n\nMuseum director Ilona Marek" in body
    live = news_sets.held_out(THEFT, "courier-live")
    assert live["wyss-shared-heritage"].quote == 'she called the theft "an attack on our shared heritage".'
    value = live["stolen-value"]
    assert (value.stance, value.speaker, value.value) == ("states", None, {"exact": 4_200_000})


def test_the_theft_set_keeps_its_figures():
    """Floors at the default threshold, as benchmarks/suggest_eval.py measures them (when the set was added: recall
    0.86, precision 0.98, stance right 0.92, stance and speaker 0.91, values right 0.83)."""
    found = news_sets.figures(THEFT)
    assert found["recall"] >= 0.85 and found["precision"] >= 0.96
    assert found["stance"] >= 0.91 and found["speaker"] >= 0.9 and found["values"] >= 0.82
