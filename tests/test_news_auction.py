"""News nobody tuned for: a painting's record sale at auction, in the auction house's press release forwarded by a
reporter as an email (quoted-printable, the forwarder's note with a figure of its own, the forwarded headers, a
PROVENANCE line, notes to editors and a press contact), an arts magazine's story saved as a Next.js page (an empty
shell, its text only in JSON-LD and __NEXT_DATA__; the family's spokesman named only after his quotation), a radio
arts programme's transcript (time codes, PRESENTER: and GUEST: labels, [crosstalk], a trailer for another programme)
and a newspaper's analysis on its print-this-page version (a "Printed from" line, footnote markers and footnotes, an
amendment note with a wrong hammer price); the dossier an editor's blind trial (session 66) built from them, corrected
by hand to a key written before any article (tests/fixtures/painting-auction/KEY.md). The auction house and an
art-market analyst disagree (the total the buyer paid, whether the lot was guaranteed), and the house and the seller's
family (whether the painting came straight from the artist's studio): contested, never red; red where the outlets, in
their own voice, give another number of bidders, another length of the bidding and another width of the canvas."""
import pytest

from builder import prose_figures

from tests import news_sets
from tests.conftest import ROOT

AUCTION = ROOT / "tests" / "fixtures" / "painting-auction"
RED = {"bidder-count", "bidding-duration", "painting-width"}
CONTESTED = {"provenance-studio", "third-party-guarantee", "total-price"}


def test_the_auction_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(AUCTION, tmp_path / "auction")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED}


@pytest.mark.parametrize("source, red, contested, held", [
    ("canvas-hammer", {"painting-width"}, CONTESTED | {"bidder-count", "bidding-duration"},
     "bidder-count, bidding-duration, hammer-time"),
    ("courier-print", {"painting-width"}, CONTESTED, "bidder-count, hammer-time"),
    ("gallery-hour", RED - {"painting-width"}, CONTESTED, "painting-width"),
    ("hd-release", RED, CONTESTED, "")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: nothing the key keeps agreed or contested turns red."""
    site = news_sets.applied(AUCTION, source, tmp_path / "auction")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


@pytest.mark.parametrize("text, quantity, value", [
    ("The pre-sale estimate was €18m to €25m.", "count", {"min": 18000000, "max": 25000000}),
    ("The estimate was eighteen to twenty-five million", "count", {"min": 18000000, "max": 25000000}),
    ("the hammer came down at 8.47 in the evening", "time", {"exact": "20:47"})])
def test_a_range_of_sums_and_a_time_in_the_evening(text, quantity, value):
    """"€18m to €25m" was written as €18m and "eighteen to twenty-five million" read as 18 to 25; "8.47 in the
    evening" was a morning's time, and check warned against the right 20:47 (session 66)."""
    assert prose_figures.read(text, quantity).value == value


def test_the_guest_label_is_the_guest_and_a_title_alone_is_no_account():
    """The transcript's GUEST: turns were no one's though its header reads "Guest: Nadia Kerrow, Artmetric"; the
    painting's title alone in common ("Anneke Sollvar’s Harbour at Dusk, Kessel Point sold…") made the
    magazine's lead its own statement of the guarantee, at 0.96 (session 66)."""
    assert news_sets.held_out(AUCTION, "gallery-hour")["third-party-guarantee"].speaker == "nadia-kerrow"
    lead = news_sets.held_out(AUCTION, "canvas-hammer")["third-party-guarantee"]
    assert not lead.quote.startswith("Anneke Sollvar")


def test_the_auction_house_and_its_account_are_the_house():
    """"the auction house puts the total at €37.2m" and "brings the total, by the auction house's account, to €37.2m"
    were the outlets' own statements of the house's figure, and the analyst's "on her reckoning … about €35.9m" no
    rival of it: the contest on the total was out of reach (session 66)."""
    for source in ("canvas-hammer", "courier-print"):
        total = news_sets.held_out(AUCTION, source)["total-price"]
        assert (total.stance, total.speaker) == ("attributes", "halvorsen-drey")
    assert [r.speaker for r in news_sets.rivals(AUCTION, "canvas-hammer")["total-price"]] == ["nadia-kerrow"]
    assert news_sets.held_out(AUCTION, "canvas-hammer")["presale-estimate"].quote == (
        "The pre-sale estimate was €18m to €25m.")
