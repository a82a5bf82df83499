"""News nobody tuned for, twenty-second round: a hostile takeover bid for a listed food company, in a financial wire,
the target's stock-exchange announcement rejecting it (legal lines in capitals above its title), the bidder's investor
call (a transcript with an operator, executives and analysts), a markets columnist's analysis and a business paper's
live markets blog (a correction and a pull quote); prices in pence. The dossier an editor's blind trial (session 47)
built from them, corrected by hand to a key written before any article (tests/fixtures/takeover-bid/KEY.md). The
bidder against the target's board, the union, the regulator and a shareholder is contested; red only where the
column contradicts the others in its own voice (the price per share, the premium, the day of the first approach)."""
import pytest

from builder import article
from tests import news_sets
from tests.conftest import ROOT

BID = ROOT / "tests" / "fixtures" / "takeover-bid"
RED = {"first-approach-date", "offer-premium", "offer-price-per-share"}
CONTESTED = {"cost-savings", "job-losses", "offer-undervalues", "regulator-consulted", "shareholders-consulted"}


def test_the_takeover_dossier_reads_as_the_key_says(tmp_path):
    """All 24 verdicts; and the card of the board's claim, which the column contradicts in its own voice and no
    source states in its own, says so (it had said "people they quote deny it")."""
    verdicts = news_sets.by_verdict(news_sets.built(BID, tmp_path / "bid"))
    assert (verdicts["disputed"], verdicts["contested"]) == (RED, CONTESTED)
    assert set(verdicts) == {"disputed", "contested", "agree"}
    page = news_sets.text_of(tmp_path / "bid" / "site" / "facts" / "offer-undervalues.html")
    assert ("The sources do not contradict one another in their own voices: people they quote claim it, and "
            "Marravel Business Review contradicts it.") in page


@pytest.mark.parametrize("source, red, held", [
    ("brannock-call", RED, ""),  # "We think 265 pence is the right price." is no closing price (it was contested)
    ("castlegate-wire", RED - {"first-approach-date"}, "first-approach-date"),  # its own 3 March, against the column
    ("halvergate-rns", RED, ""),
    ("ledger-column", set(), "offer-premium, first-approach-date, offer-price-per-share"),
    ("mfp-live-blog", RED, "")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, held):
    """The editor's loop, unattended: no card the key keeps agreed or contested turns red; the column's 255p, 41% and
    10 February are held back for the editor (in the trial its 255p was not read: pence were no money)."""
    site = news_sets.applied(BID, source, tmp_path / "bid")
    assert {fid for fid, row in site.comparison.facts.items() if row.verdict == "disputed"} == red
    news_sets.assert_held(capsys.readouterr().out, held)


def test_prices_in_pence_floors_and_ordinal_days_are_read():
    """"265 pence per Halvergate share" is £2.65; "will not sell for less than £3 a share" is at least £3 (it had been
    less than £3, a minor discrepancy with the wire's "at least 300p"); "on the third of March" is a day."""
    announcement = news_sets.held_out(BID, "halvergate-rns")
    assert announcement["offer-price-per-share"].value == {"exact": 2.65}
    column = news_sets.held_out(BID, "ledger-column")
    assert column["offer-price-per-share"].value == {"exact": 2.55}
    assert column["northmere-minimum-price"].value == {"min": 3}
    call = news_sets.held_out(BID, "brannock-call")
    assert (call["first-approach-date"].speaker, call["first-approach-date"].value) == (
        "tobias-wrenfield", {"exact": "2026-03-03"})
    assert call["closing-price-13-march"].confidence < 0.6  # its 1.60 is the cash part's, to the letter


def test_the_union_leader_speaks_before_the_company_his_words_name():
    """"Declan Moy, general secretary of the United Bakery and Food Workers union, says Brannock's takeover would
    cost 1,200 of Halvergate's 9,400 jobs." is Moy's (it had been Brannock's)."""
    blog = news_sets.held_out(BID, "mfp-live-blog")
    assert (blog["job-losses"].stance, blog["job-losses"].speaker, blog["job-losses"].value) == (
        "attributes", "declan-moy", {"exact": 1200})


def test_an_officer_speaks_to_the_companys_claim():
    """On the call, "SASKIA HOLLOWAY:" (Chief Financial Officer of Brannock Group) saying "We have identified annual
    cost savings of £180 million" on the card of Brannock's claim is hers, and sure (it had been left under the
    threshold: "the source gives these words to saskia-holloway, not brannock-group")."""
    savings = news_sets.held_out(BID, "brannock-call")["cost-savings"]
    assert (savings.stance, savings.speaker, savings.value) == ("attributes", "saskia-holloway", {"exact": 180_000_000})
    assert savings.confidence >= 0.6


@pytest.mark.parametrize("name, title, outlet", [
    ("announcement.txt", "Rejection of unsolicited proposal from Brannock Group plc", "Halvergate Foods plc"),
    ("call.txt", "Possible Offer for Halvergate Foods plc \u2014 Analyst and Investor Conference Call",
     "Brannock Group plc")])
def test_an_announcements_legal_lines_and_a_calls_date_are_no_titles(name, title, outlet):
    """The announcement's "NOT FOR RELEASE, PUBLICATION OR DISTRIBUTION…" had been its title and id; the call's
    "16 March 2026, 09:30 (Kesterford time)" its title, with no outlet."""
    lines = (BID / "articles" / name).read_text(encoding="utf-8").splitlines()
    assert (article.headline(lines)[1], article.outlet(lines), article.published(lines)) == (
        title, outlet, "2026-03-16")


def test_the_takeover_set_keeps_its_figures():
    """Floors at the default threshold, as benchmarks/suggest_eval.py measures them (when the set was added: recall
    0.85, precision 0.93, stance right 0.84, stance and speaker 0.79, values right 0.88; recall 0.86 with a company's
    officers speaking to its claims)."""
    found = news_sets.figures(BID)
    assert found["recall"] >= 0.84 and found["precision"] >= 0.91
    assert found["stance"] >= 0.83 and found["speaker"] >= 0.78 and found["values"] >= 0.87
