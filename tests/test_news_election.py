"""News nobody tuned for, thirty-first round: a city's mayoral election night, in a wire story, the electoral office's
declaration of the result (a table of votes, rejected ballots by reason), a regional paper's HTML live blog of the
count, the runner-up's statement demanding a recount and a data journalist's Markdown analysis with its own
turnout; the dossier an editor's blind trial (session 49) built from them, corrected by hand to a key written before
any article (tests/fixtures/election-night/KEY.md). The candidates against the returning officer are contested; red
where the wire and the analysis give another time, number of wards, electorate and turnout in their own voice."""
import pytest

from builder import article
from tests import news_sets
from tests.conftest import ROOT

ELECTION = ROOT / "tests" / "fixtures" / "election-night"
RED = {"declaration-time", "electorate", "turnout", "ward-count"}
CONTESTED = {"eastquay-seals-broken", "recount-could-change-result", "rejected-ballots", "votes-wrongly-rejected"}


def test_the_election_dossier_reads_as_the_key_says(tmp_path):
    verdicts = news_sets.by_verdict(news_sets.built(ELECTION, tmp_path / "election"))
    assert (verdicts["disputed"], verdicts["contested"]) == (RED, CONTESTED)
    assert set(verdicts) == {"disputed", "contested", "agree"}


@pytest.mark.parametrize("source, red, contested, held", [
    ("analysis", {"declaration-time", "ward-count"}, CONTESTED | {"turnout"}, "rejected-ballots, turnout"),
    ("liveblog", RED, CONTESTED, ""),
    ("notice", RED, CONTESTED, ""),
    ("statement", RED, CONTESTED, ""),
    ("wire", {"electorate", "turnout"}, CONTESTED, "declaration-time")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: no card the key keeps agreed or contested turns red. The analysis's own turnout
    and the wire's 4.21 a.m. are held back for the editor; lost: the analysis's electorate of 428,450 (its quote of the
    office's 412,386 is read as its own) and the wire's 23 wards."""
    site = news_sets.applied(ELECTION, source, tmp_path / "election")
    verdicts = {fid: row.verdict for fid, row in site.comparison.facts.items()}
    assert {f for f, v in verdicts.items() if v == "disputed"} == red
    assert {f for f, v in verdicts.items() if v == "contested"} == contested
    news_sets.assert_held(capsys.readouterr().out, held)


def test_a_notice_signed_by_the_returning_officer_is_the_offices():
    """"I, Dagny Holm, being the Returning Officer…, do hereby give notice" on the electoral office's page: a formal
    notice a body publishes is the body's, whoever signs it (it had been hers, a speaker, in 19 accounts where the key
    gives it to the office; session 52)."""
    notice = news_sets.held_out(ELECTION, "notice")
    for fid in ("valid-votes", "turnout", "reyll-elected", "rejected-ballots"):
        assert (notice[fid].stance, notice[fid].speaker) == ("attributes", "varnholt-electoral-office"), fid


def test_a_notices_dated_line_is_its_date():
    """"Dated: 15 May 2026" under the returning officer's signature had left the notice's date unknown."""
    lines = (ELECTION / "articles" / "b-results-notice.txt").read_text(encoding="utf-8").split("\n")
    assert article.published(lines) == "2026-05-15"


def test_the_election_set_keeps_its_figures():
    """Floors at the default threshold, as benchmarks/suggest_eval.py measures them (when the set was added: recall
    0.82, precision 0.90, stance right 0.92, stance and speaker 0.71, values right 0.86; the notice the office's since session 52: stance and
    speaker 0.72 → 0.92)."""
    found = news_sets.figures(ELECTION)
    assert found["recall"] >= 0.81 and found["precision"] >= 0.89
    assert found["stance"] >= 0.91 and found["speaker"] >= 0.91 and found["values"] >= 0.85
