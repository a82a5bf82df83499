"""News nobody tuned for, from session 64's blind trials: a music festival stopped on its second day for crowd safety
and the row over refunds, in the promoter's email to ticket holders (HTML only, quoted-printable, a header image's alt
text, buttons as links, a legal footer), a consumer radio programme's transcript as plain text (a masthead, presenter
and guest lines, time codes, a listener's voicemail read out, a production credit), a city paper's story saved as a
web page (a paywall banner, an embedded social post, an author box, "You may also like", a correction of the ticket
price at its foot) and the city council's press notice saved as a web page (a cookie banner, "Notes for editors", a
download link, a media contact); the dossier an editor's blind trial (session 64) built from them, corrected by hand
to a key written before any article (tests/fixtures/festival-cancelled/KEY.md). The promoter disagrees with the
council (how many were on site, whether the council ordered the stop, how many stewards were working) and with a
consumer adviser (the share of the ticket owed back): contested, never red; red where the paper gives another time
of the stop, another length of the queue at the gate and another price of a weekend ticket than the radio."""
import pytest

from tests import news_sets
from tests.conftest import ROOT

LANTERNFIELD = ROOT / "tests" / "fixtures" / "festival-cancelled"
RED = {"north-gate-queue", "stop-time", "weekend-ticket-price"}
CONTESTED = {"council-ordered-stop", "crowd-on-site", "refund-share", "stewards-on-duty"}


def test_the_cancelled_festival_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(LANTERNFIELD, tmp_path / "lanternfield")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED}


@pytest.mark.parametrize("source, red, contested, held", [
    ("brightfold-email", RED, CONTESTED, ""),
    ("courier-lanternfield-refunds", set(), CONTESTED, "north-gate-queue, stop-time, weekend-ticket-price"),
    ("council-licence-review", RED, CONTESTED, ""),
    ("radio-carrow-money-back", set(), CONTESTED | {"stop-time"}, "north-gate-queue, stop-time, weekend-ticket-price")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: nothing the key keeps agreed or contested turns red."""
    site = news_sets.applied(LANTERNFIELD, source, tmp_path / "lanternfield")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_a_voicemail_read_out_is_no_ones_quotation_continued_and_pulling_the_plug_calls_it_off():
    """The programme's "VOICEMAIL (read by producer):" turn, a listener's, was read as the promoter's quotation
    continued and written, at 1.00, as its half refund; "Brightfold pulled the plug at twenty to four." shared no word
    with the card of the time the day was called off; "Brightfold's email to ticket holders says…" was no one's; "The
    council denies giving any such instruction." was no denial of the order the promoter claims (session 64)."""
    radio = news_sets.held_out(LANTERNFIELD, "radio-carrow-money-back")
    assert radio["refund-share"].quote == "Brightfold is offering half the face value back"
    assert (radio["stop-time"].value, radio["stop-time"].confidence >= 0.6) == ({"exact": "15:40"}, True)
    assert radio["council-ordered-stop"].speaker == "brightfold-live"
    rebuttal = news_sets.rebuttals(LANTERNFIELD, "courier-lanternfield-refunds")["council-ordered-stop"]
    assert (rebuttal.stance, rebuttal.speaker) == ("disputes", "carrowvale-city-council")
