"""News nobody tuned for, eighty-first round: a mobile network's nationwide outage after a faulty software update, in a
technology news site's web page (a cookie banner, a kicker, a standfirst, an "Update, 17:40:" box over the story that
gives the site's own time service came back, a newsletter box, crossheads, deals and related links), the telecoms
regulator's press statement as a rich-text (RTF) document (a letterhead, "PRESS STATEMENT", a reference line, numbered
paragraphs, "ENDS", notes to editors, its author property "CAL Press Office"), a radio consumer phone-in's SubRip
subtitles (cues broken mid-sentence, turns labelled by first names, "PETRA:", "TOMAS:", two callers, figures spoken in
words: "two point four million", "nearly nineteen hundred", "48 hours'", "two weeks") and a national paper's print page
as a PDF printed from a browser (a folio with the day, a photo caption, two columns with a paragraph split at the
column break, and the story beside it, a tram line restored, with its own figures and an "In brief" item naming
Dunmore). The dossier is the one an editor's blind trial (session 73) built from them, corrected by hand to a key
written before any article (tests/fixtures/network-outage/KEY.md). The operator, the consumer group and the emergency
call service disagree (how many customers lost service, how many 112 calls failed to connect): contested, never red;
red where the outlets give another site for the faulty update, another number of masts off the network and another
time service came back."""
import datetime

import pytest

from tests import news_sets
from tests.conftest import ROOT

MOBILE = ROOT / "tests" / "fixtures" / "network-outage"
RED = {"masts-offline", "service-restored-time", "update-site"}
CONTESTED = {"customers-affected", "emergency-calls-failed"}


def test_the_mobile_outage_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(MOBILE, tmp_path / "mobile")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED}


@pytest.mark.parametrize("source, red, contested, held", [
    # the page's own 9,800 masts and its update box's own 16:05 ("Update, 17:40: Veltra's network came back at 16:05,
    # according to our own checks on test handsets…", its own since session 73, where it had been someone's no
    # speaker file names) held back (as the key designs), so masts-offline is one source and the regulator's report
    # of Veltra's "by 16:05" stands against the paper's own 9.30pm, contested; its own Dunmore ("…from Veltra's core
    # site in Dunmore, according to two engineers familiar with the company's systems.") is listed as a figure of
    # "someone no speaker file names", on no card: update-site is one source
    ("techpulse-veltra-outage", set(), CONTESTED | {"service-restored-time"}, "masts-offline, service-restored-time"),
    # the statement's own "…has today opened a formal investigation … into the failure of the Veltra Mobile Ltd
    # (Veltra) mobile network on 10 March 2026." is the regulator's, with the card's own day (the trial's run wrote it
    # as the regulator's denial, the failure's 10 March read as another day of the investigation, and the card every
    # source agrees on read contested: fixed in session 73)
    ("cal-statement", RED, CONTESTED, ""),
    # the host's "it's nearly four million people who couldn't use their phones." is Tomas Reyes's turn, written as the
    # programme's own (`states`): the card is contested all the same
    ("moneyline-phone-in", RED, CONTESTED, ""),
    # the paper's own 9.30pm and about 4,000 masts held back (as the key designs), and its lede's "for most of Tuesday"
    # as the day the inquiry opened (a false red, held back); the side column's "Dunmore: Planning permission has been
    # granted for 120 homes on the former dairy site off Mill Lane." is written to update-site as `states`, so the
    # card reads agreed: the red the key designs missed, not held back (a place is no figure the tool compares)
    ("herald-veltra-inquiry", set(), CONTESTED, "service-restored-time, investigation-opened, masts-offline")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: nothing the key keeps agreed or contested turns red."""
    site = news_sets.applied(MOBILE, source, tmp_path / "mobile")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_a_print_pages_running_head_gives_its_paper_and_its_day(tmp_path):
    """The paper's PDF print page opens "THE LINDMARK HERALD Thursday 12 March 2026": its outlet had been "THE LINDMARK
    HERALD Thursday" and its day unknown (the trial's import, session 73)."""
    page = news_sets.imported(MOBILE / "articles" / "a4-herald.pdf", tmp_path)
    assert (page["outlet"], page["published"]) == ("The Lindmark Herald", datetime.date(2026, 3, 12))
