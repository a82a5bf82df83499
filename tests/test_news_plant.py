"""News nobody tuned for, seventeenth round: an invented chemicals group closing a plant, in a wire story, a
financial paper's analysis, a local paper, the company's own results call (a transcript with analysts' questions)
and a broadcaster's live page; the dossier an editor's blind trial (session 45) built from them, corrected by hand
to a key written before any suggestion (tests/fixtures/plant-closure/KEY.md). The company against the union, the
minister and the mayor is a contested claim; red only where outlets contradict each other in their own voices
(the closure date, the restructuring cost, the share fall)."""
import pytest

from builder import pipeline
from builder.config import load_config
from builder.suggest import Retriever
from tests import news_sets
from tests.conftest import ROOT

PLANT = ROOT / "tests" / "fixtures" / "plant-closure"
RED = {"closure-date", "restructuring-cost", "share-fall"}
CONTESTED = {"baytown", "grant-repayment", "jobs-cut", "promise-2030", "site-loss-2025"}


def test_the_plant_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(PLANT, tmp_path / "plant")
    verdicts = news_sets.by_verdict(site)
    assert (verdicts["disputed"], verdicts["contested"]) == (RED, CONTESTED)
    assert set(verdicts) == {"disputed", "contested", "single", "agree"}


@pytest.mark.parametrize("source, red, held", [
    ("courier", {"restructuring-cost", "share-fall"}, "jobs-cut"),
    ("ledger", {"closure-date"}, "restructuring-cost, share-fall"),
    ("liveblog", {"share-fall"},
     "closure-date, restructuring-cost, haldenbach-town-council-will-hold-extraordinary-session"),
    ("transcript", RED, ""),
    ("wire", RED, "")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, held):
    """The editor's loop, unattended: no card the key keeps agreed or contested turns red; the paper's own €300m and
    3.7 %, and the live page's closure date and €450m, are held back for the editor; so is the paper's "They say
    1,200. It is 1,800 when you count the contractors…", Falk's, read as his 1,200: a false red. The paper's
    "down 3.7 per cent, having fallen by more than a tenth in the first hour" gives its card of the first hour's
    fall more than 10 % (since session 53: "a tenth" had been a rank, a false red held back) and its 3.7 % to the
    card of the day's fall, held back."""
    site = news_sets.applied(PLANT, source, tmp_path / "plant")
    assert {fid for fid, row in site.comparison.facts.items() if row.verdict == "disputed"} == red
    news_sets.assert_held(capsys.readouterr().out, held)


@pytest.fixture(scope="module")
def dossier():
    return pipeline.check(load_config(PLANT)).site.dossier


def test_on_the_companys_own_call_an_analyst_is_not_the_company(dossier):
    """The transcript is published by the company, so its unlabelled words are the company's; an analyst's turn,
    "Oliver Stein (Brandauer Securities):" or "Petra Annecke (Hallwyl Bank):" once, had been read as the company
    claiming what he asks about (Brevik's 900 cuts, the move to Baytown)."""
    transcript, retriever = dossier.sources["transcript"], Retriever(dossier)
    for words in ("And Brevik cut 900 jobs last month.", "There is speculation that Haldenbach volumes",
                  "The union is already circulating a figure of 1,800 job losses."):
        assert retriever.said_at(transcript, transcript.body.index(words)).speaker is None, words
    assert news_sets.held_out(PLANT, "transcript")["brevik-900"].speaker is None


def test_a_companys_figures_are_read_as_its_reports_write_them():
    """"by the end of 2027" is a date, "approximately EUR 450 million" a sum in euros, about 450 million, and "1,200 of
    the 2,400 jobs" gives the site's 2,400 (in the trial, none of these was read)."""
    wire, transcript, live = (news_sets.held_out(PLANT, s) for s in ("wire", "transcript", "liveblog"))
    assert wire["closure-date"].value == {"max": "2027-12-31"}
    assert transcript["restructuring-cost"].value == {"approx": 450_000_000}
    assert live["site-workforce"].value == {"exact": 2400}


def test_who_speaks_after_an_unnamed_spokesman_and_an_unnamed_fund_manager(dossier):
    """"A Marlow spokesman denied… 'No such commitment was ever made,' he said" is the company's, not the mayor's
    named before him; the fund manager's second quotation is his, not the paper's own denial; "…, the company says"
    is the one company the paper named before."""
    retriever = Retriever(dossier)
    courier, ledger = dossier.sources["courier"], dossier.sources["ledger"]
    assert retriever.said_at(courier, courier.body.index("No such commitment")).speaker == "marlow-chemie"
    manager = retriever.said_at(ledger, ledger.body.index("They still have four other sites"))
    assert manager is not None and manager.speaker is None
    assert retriever.said_at(courier, courier.body.index("About 1,200 jobs will go")).speaker == "marlow-chemie"


def test_the_plant_set_keeps_its_figures():
    """Floors at the default threshold, as benchmarks/suggest_eval.py measures them (when the set was added: recall
    0.90, precision 0.86, stance right 0.89, stance and speaker 0.88, values right 0.98 of 51; with "the company
    says" read, recall 0.94; values 0.91 since passages are ranked by their score before it stops at 1, then by the card's words they share:
    a source giving the company's 1,200 jobs and the union's 1,800 is read as giving the union's)."""
    found = news_sets.figures(PLANT)
    assert found["recall"] >= 0.93 and found["precision"] >= 0.85
    assert found["stance"] >= 0.88 and found["speaker"] >= 0.87 and found["values"] >= 0.9


def test_the_other_side_a_new_article_gives_is_written_as_a_rebuttal(tmp_path, capsys):
    """The wire proposes the minister's claim that the grant must be repaid, and the chief executive's denial in the
    same article is its other side: written as a rebuttal (session 69; it used to be listed only), so the card reads
    contested, the minister against the company, as in the key."""
    site = news_sets.applied(PLANT, "wire", tmp_path / "plant")
    out = capsys.readouterr().out
    assert "  grant-repayment (disputes tobias-rennert): Rennert told analysts the company did not believe" in out
    assert {(a.stance, a.speakers) for a in site.dossier.facts["grant-repayment"].accounts if a.source == "wire"} == {
        ("attributes", ("katrin-oberle",)), ("disputes", ("tobias-rennert",))}
    assert site.comparison.facts["grant-repayment"].verdict == "contested"


def test_a_denial_pointing_back_to_a_claim_is_written_as_the_other_side(tmp_path, capsys):
    """The courier's "Falk said … to move the plant's PVC production to its site in Baytown, Texas." is followed by
    "The company has denied that."; the live page's "She repeated her claim that Marlow had promised … until 2030,
    which the company denies." closes on the company's denial. Unattended, each article gives both sides: the
    union's or the mayor's claim and the company's denial, so the cards are contested, as in the key."""
    courier = news_sets.applied(PLANT, "courier", tmp_path / "courier")
    out = capsys.readouterr().out
    assert "  baytown (disputes marlow-chemie): The company has denied that." in out
    accounts = {(a.stance, a.speakers) for a in courier.dossier.facts["baytown"].accounts if a.source == "courier"}
    assert accounts == {("attributes", ("juergen-falk",)), ("disputes", ("marlow-chemie",))}
    assert courier.comparison.facts["baytown"].verdict == "contested"
    live = news_sets.applied(PLANT, "liveblog", tmp_path / "live")
    out = capsys.readouterr().out
    assert "  promise-2030 (disputes marlow-chemie): which the company denies." in out
    accounts = {(a.stance, a.speakers) for a in live.dossier.facts["promise-2030"].accounts if a.source == "liveblog"}
    assert accounts == {("attributes", ("sabine-wendt",)), ("disputes", ("marlow-chemie",))}
    assert live.comparison.facts["promise-2030"].verdict == "contested"
