"""News nobody tuned for, from session 68's blind trials: a racing yacht missing in an offshore race, in the
coastguard's own thread of seven posts copied as text (handles and times, repost and like counters, a quoted post of
the race organiser's), the organiser's statement as message 2 of its members' list digest in an mbox (mail headers,
a table of contents, another member's message before it, a reply quoting a line of it after), a sailing magazine's
article saved as a web page whose text is behind a paywall and whole only in its JSON-LD (the organiser named after
his quote, the coastguard's controller in reported speech over two sentences, another yacht's crew of four, a
correction of "six crew") and a TV channel's transcript of an interview with the skipper's family (time codes, clip
markers, figures in words, the brother relaying the club's position before he denies it); the digest the import reads
as plain text and the magazine's page as its teaser, so their text is the trial editor's; the dossier an editor's
blind trial built from them, corrected by hand to a key written before any article
(tests/fixtures/yacht-missing/KEY.md). The race organiser and the coastguard disagree (when the coastguard was
alerted, the wind when the beacon went off), and the organiser and the skipper's family (whether the yacht was
inspected): contested, never red; red where the TV channel, in its own voice, gives another distance off Cape Harl,
another height of the waves and another length of the yacht than the magazine."""
import pytest

from tests import news_sets
from tests.conftest import ROOT

YACHT = ROOT / "tests" / "fixtures" / "yacht-missing"
RED = {"distance-offshore", "wave-height", "yacht-length"}
CONTESTED = {"alarm-raised-time", "safety-inspection", "wind-speed"}


def test_the_yacht_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(YACHT, tmp_path / "yacht")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED}


@pytest.mark.parametrize("source, red, contested, held", [
    ("missing-yacht-we-are-co-ordinating", RED, CONTESTED, ""),
    ("aorc-members-request-lists-ardenbyorc-org", RED, CONTESTED, ""),
    ("evening-watch-dana-pelley", set(), CONTESTED, "distance-offshore, wave-height"),
    ("sable-wren-search-widens-club-coastguard", set(), CONTESTED | RED,
     "distance-offshore, wave-height, yacht-length")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: nothing the key keeps agreed or contested turns red. (A row
    whose contested set holds a card the key makes red: the held-back account, or one unread, would have made it
    red; the accounts left make two speakers, or a speaker and an outlet, disagree.)"""
    site = news_sets.applied(YACHT, source, tmp_path / "yacht")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)
