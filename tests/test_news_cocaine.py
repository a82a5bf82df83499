"""News nobody tuned for, ninetieth round: customs find cocaine hidden in banana containers at a sea port, in the
customs agency's press release as a Word document (its letterhead in the page header, "PRESS RELEASE", "FOR IMMEDIATE
RELEASE", a date line, "NCS Press Office", "ENDS", "Notes to editors", a contact block), a national paper's web page (a
standfirst, an image caption, a paywall notice, a "Most read" sidebar, a cookie banner, comments), a news agency's
wire story as an IPTC NewsML-G2 item ("UPDATE 2", an editor's note correcting the crew questioned from 21 to 19, a
dateline, a slugline, a reporting credit, a converted sum in dollars) and a local radio's web story copied from the
browser into a text file (its menu, share lines, "Listen to this article (4 min)", subheads in capitals, related
stories, a newsdesk prompt). The dossier is the one an editor's blind trial (session 74) built from them, corrected
by hand to a key written before any article (tests/fixtures/cocaine-seizure/KEY.md). Customs, the police and the
prosecutor's office disagree (the street value, how many were arrested, whether the cocaine was meant for the
domestic market): contested, never red; red where the outlets give another number of containers, another day the
containers arrived and another port they were loaded at."""
import pytest

from tests import news_sets
from tests.conftest import ROOT

COCAINE = ROOT / "tests" / "fixtures" / "cocaine-seizure"
RED = {"arrival-date", "container-count", "origin-port"}
CONTESTED = {"arrest-count", "domestic-market", "street-value"}


def test_the_cocaine_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(COCAINE, tmp_path / "cocaine")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED}


@pytest.mark.parametrize("source, red, contested, held", [
    # the release's accounts are each written as the customs service's own (`attributes national-customs-service`),
    # its weight from the headline's "2.4 tonnes" (the card's is the lead's "2,412 kilograms"); "Police have made
    # arrests in connection with the seizure." is left out, giving no figure
    ("customs-seize-2-4-tonnes-cocaine", RED, CONTESTED, ""),
    # the paper's own "The containers arrived in Kessling on Saturday…", four containers and its port held back (as
    # the key designs; since session 75, when the release's accounts were retyped as the customs service's claims,
    # the last two are reds it makes against the other outlets, no longer against the release's own voice), so the
    # cards stand contested against the release
    ("cocaine-worth-millions-found-bananas-kessling", set(), CONTESTED | {"container-count", "origin-port"},
     "arrival-date, container-count, origin-port"),
    # the wire's lead, "Customs officers at the port of Kessling found more than 5,300 pounds of cocaine hidden in
    # three 40-foot refrigerated containers of bananas on Sunday", is written to origin-port as the customs service's,
    # and its own "which had sailed from the Colombian port of Bahía Serena, according to shipping data" is neither
    # proposed nor listed: the red the key designs, missed; its headline's "more than 2 tonnes" is written as last
    # year's record (agreed with 3.1 tonnes all the same), where "Last April customs officers there found about 6,800
    # pounds of cocaine…" is listed as a figure no card covers; its container count and weight are left out
    # (its own Sunday is held back since session 75, the release's day being the customs service's claim)
    ("update-2-customs-find-more-than", {"container-count"}, CONTESTED | {"arrival-date"}, "arrival-date"),
    # the radio's own "five containers" held back (as the key designs); its "more than 40 customs officers",
    # "nearly two and a half tonnes", the prosecutor's "two men were in custody" and Brenner's "We believe this
    # cocaine was meant for the streets here…" are not written (officers-count is left to the release alone)
    ("five-containers-two-half-tonnes-what", {"arrival-date", "origin-port"}, CONTESTED, "container-count")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: nothing the key keeps agreed or contested turns red."""
    site = news_sets.applied(COCAINE, source, tmp_path / "cocaine")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_an_estimate_named_before_its_figure_is_about_that_figure():
    """The wire's "…had an estimated street value of 180 million euros ($196 million)" had been read as exactly 180
    million, where the paper's "an estimated €180 million" was about it (the trial had to correct it by hand): "an
    estimated street value of", "estimated losses of" make the figure after them an estimate (session 74)."""
    from builder import prose_figures
    wire = "The NCS said the drugs had an estimated street value of 180 million euros ($196 million), customs said."
    assert [(f.number, f.qualifier) for f in prose_figures.figures(wire)] == [(180e6, "an estimated"), (196e6, None)]
    assert prose_figures.QUALIFIERS["an estimated"] == "approx"
