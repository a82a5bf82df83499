"""News nobody tuned for, eighty-second round: a winter flu vaccine's deliveries to family doctors delayed after two
batches failed a sterility test, in the health agency's press release saved as a web page ("Press release", "From: …
Press Office", a quote of its director, "Notes to editors", a "Share this page" bar, a cookie banner and a contacts
note), a regional television station's web story saved as "Webpage, Single File" (MHTML: a video player block with its
caption, crossheads, share links, related stories), a trade magazine for doctors as an RSS 2.0 feed (the story whole in
the newest item's content:encoded, two short older items, a byline in the text, a correction of its care-home reserve,
"The post … appeared first on …") and a paper's article copied from a browser as plain text (one paragraph a line, no
blank lines, share-button words and a "Read more" list left in). The dossier is the one an editor's blind trial
(session 73) built from them, corrected by hand to a key written before any article
(tests/fixtures/flu-vaccine-delay/KEY.md). The agency, the manufacturer, the doctors' college and the pensioners' group
disagree (how many doses had arrived, when practices were told, how many clinics were cancelled): contested, never red;
red where the outlets give another number of doses ordered and another place the held batches are kept."""
import pytest

from tests import news_sets
from tests.conftest import ROOT

FLU = ROOT / "tests" / "fixtures" / "flu-vaccine-delay"
# The key designs remaining-due red too (the agency's "by 2 November" against the trade magazine's own "by 9
# November"); the release is the agency's own, so its sentences are the agency's claim (`attributes`, as the guide
# says), as is the television story's "the agency says … by early November": no outlet gives 2 November in its own
# voice, and the magazine's own date that `contradicts` it stands against a claim, contested. (Written `states`, as a
# figure of its own, the card is agreed: "by 2 November" and "by 9 November" are upper bounds, which never conflict.)
RED = {"doses-ordered", "hold-up-location"}
CONTESTED = {"clinics-cancelled", "clinics-notified", "doses-arrived", "remaining-due"}


def test_the_flu_vaccine_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(FLU, tmp_path / "flu")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED}


@pytest.mark.parametrize("source, red, contested, held", [
    # the release's "The agency ordered 1.2 million doses …" is written on hold-up-location too, as the agency's (a card
    # of no figure, so nothing sets it against the others): the card is red already by the other two
    ("flu-vaccine-deliveries-gp-practices-delayed", RED, CONTESTED, ""),
    # the story's Saltmere held back (it would make the card red, as the key designs): the paper's Dunmore alone then
    # says otherwise, one source; its "by early November" is left out ("it gives no figure of the card's date")
    ("flu-jab-delay-gp-surgeries-cancel", {"doses-ordered"}, CONTESTED, "hold-up-location"),
    # the magazine's own 1.2 million held back (as the key designs: the release's 1.2 million, the agency's claim,
    # then stands against the paper's own 1.6 million, contested), and with its "up from 1.1 million last winter" on
    # doses-arrived, Maren's 412,000 and Hale's 530,000 are held back too; its "by 9 November" is proposed for no card
    # (the 13 October of its announcement is, and left out), so remaining-due is agreed
    ("flu-vaccine-shortfall-what-practices-need", {"hold-up-location"},
     CONTESTED - {"remaining-due"} | {"doses-ordered"}, "doses-arrived, doses-ordered"),
    # the paper's own 1.6 million held back (as the key designs); its "The agency says just over 400,000 doses had
    # reached GP practices before the problem came to light." (this winter's arrivals) is listed for the editor, no
    # longer written on last-winter-doses, a card of last winter's that the passage does not tell of (the trial's run
    # wrote it there, a false contest: fixed in session 73); its "The agency ordered 1.6 million doses of FluGuard Quad
    # …" is written on hold-up-location as `states`, where its Dunmore sentence is proposed for no card, so that
    # designed red reads agreed, unheld (a card of no figure: nothing sets it against the others)
    ("nobody-can-tell-us-when-pensioners", set(), CONTESTED, "doses-ordered"),
])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: nothing the key keeps agreed or contested turns red."""
    site = news_sets.applied(FLU, source, tmp_path / "flu")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)
