"""News nobody tuned for, from session 64's blind trials: a trawler that sank in a gale and the night's rescue of her
crew, in the coastguard's own posts saved from its social-media account as text (a profile header, numbered posts
under handles and time stamps, counters, a repost of the lifeboat's, a member of the public's reply, the platform's
footer), a national broadcaster's news page saved as a web page (a live-updates box of times, an embedded coastguard
post with its credit, a correction of the crew at its foot), the fishermen's union's statement sent by email (its
general secretary quoted, notes to editors, a signature block, an earlier holding statement quoted below) and a
fishing trade weekly's article saved as Markdown ("#" headings, a bold byline, links inside sentences, a fact box);
the dossier an editor's blind trial (session 64) built from them, corrected by hand to a key written before any
article (tests/fixtures/trawler-sinking/KEY.md). The coastguard and the union disagree (how long the crew waited for
a helicopter), the union and the owners (whether a failing bilge pump had been reported), the coastguard and the
skipper (the height of the waves): contested, never red; red where the outlets give another length of the trawler,
another time in the liferaft and another number of helicopters."""
import pytest

from tests import news_sets
from tests.conftest import ROOT

TRAWLER = ROOT / "tests" / "fixtures" / "trawler-sinking"
RED = {"helicopters-deployed", "liferaft-duration", "vessel-length"}
CONTESTED = {"helicopter-response-time", "pump-defect-reported", "wave-height"}


def test_the_trawler_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(TRAWLER, tmp_path / "trawler")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED}


@pytest.mark.parametrize("source, red, contested, held", [
    ("norvalia-coastguard-posts", RED, CONTESTED, ""),
    ("statement-kestrel-dawn-all-crew-home", RED, CONTESTED, ""),
    ("kestrel-dawn-what-went-wrong-ravensgate", set(), {"helicopter-response-time", "pump-defect-reported"},
     "liferaft-duration, vessel-length"),
    ("kestrel-dawn-all-11-crew-rescued", set(), CONTESTED | {"helicopters-deployed"},
     "helicopters-deployed, liferaft-duration, vessel-length")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: nothing the key keeps agreed or contested turns red."""
    site = news_sets.applied(TRAWLER, source, tmp_path / "trawler")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_a_call_for_an_investigation_is_no_account_that_one_was_opened():
    """The union's "We call on the Marine Casualty Board to open a full and independent investigation" was written,
    at 1.00, as the union confirming the investigation the board opened (session 64)."""
    held = news_sets.held_out(TRAWLER, "statement-kestrel-dawn-all-crew-home")
    assert held["investigation-opened"].confidence < 0.6
    assert any(w.startswith("what may happen") for w in held["investigation-opened"].why)


def test_a_post_embedded_above_its_credit_line_is_its_signatorys():
    """The broadcaster's page prints the coastguard's post, then its credit alone on the next line ("— Norvalia
    Coastguard (@NorvaliaCG) October 14, 2025"): the post's "ALL 11 crew … are now safe." is the coastguard's, never
    the broadcaster's own statement."""
    held = news_sets.held_out(TRAWLER, "kestrel-dawn-all-11-crew-rescued")
    assert held["crew-rescued"].quote.startswith("ALL 11 crew")
    assert (held["crew-rescued"].speaker, held["crew-rescued"].stance) == ("norvalia-coastguard", "attributes")
