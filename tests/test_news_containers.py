"""News nobody tuned for: a container ship's loss of containers overboard in a storm, in a maritime administration's
notice to mariners in Markdown (tables of positions and particulars, footnotes, a "Revision 2" note withdrawing the
figures of Revision 1), a shipping trade journal's story saved as a web page (a paywall prompt with the rest of the text
behind it, a ship particulars box, a sponsored item, a cookie banner), a news agency's digest of briefs as plain text
(one brief of five about the event, each under its slug, a correction of the wave height) and the shipping line's
statement sent as an email (a base64 text part beside its HTML, a signature, a disclaimer, an unsubscribe footer); the
dossier an editor's blind trial (session 66) built from them, corrected by hand to a key written before any article
(tests/fixtures/containers-overboard/KEY.md). The coastguard and the line disagree (the containers lost), and the
environmental group and the line (the hazardous containers, how the stacks were lashed): contested, never red; red
where the outlets give another height of the waves, another distance off the coast and another time of the loss."""
import pytest

from tests import news_sets
from tests.conftest import ROOT

CONTAINERS = ROOT / "tests" / "fixtures" / "containers-overboard"
RED = {"distance-offshore", "loss-time", "wave-height"}
CONTESTED = {"containers-lost", "hazardous-containers", "lashing-claim"}


def test_the_containers_overboard_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(CONTAINERS, tmp_path / "containers")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED}


@pytest.mark.parametrize("source, red, contested, held", [
    ("clr-hestmark-calder", {"wave-height"}, CONTESTED, "distance-offshore, loss-time"),
    ("cpa-briefs-2025-10-15", RED - {"wave-height"}, CONTESTED, "wave-height"),  # its own nine metres, held back
    # (since session 74: the sea state's "waves of up to 14 metres" is a claim of 14 m, no longer a bound holding 9)
    ("hestmark-statement-update-2", RED, CONTESTED, ""),
    ("oma-notice-41", RED, CONTESTED, "")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: nothing the key keeps agreed or contested turns red."""
    site = news_sets.applied(CONTAINERS, source, tmp_path / "containers")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_a_statement_signed_by_the_head_of_communications_is_the_lines():
    """With its author filled in as the editors' guide asks, the line's statement gave 10 of its 12 accounts to its
    head of communications rather than to the line, and its denial of poor lashing became her claim (session 66)."""
    held = news_sets.held_out(CONTAINERS, "hestmark-statement-update-2")
    assert {s.speaker for s in held.values()} == {"hestmark-container-line"}
    assert held["lashing-claim"].stance == "disputes"


def test_the_operator_after_a_semicolon_and_the_company_rejecting_a_groups_claim():
    """The agency's "The coastguard said 61 containers went overboard; the operator, Hestmark Container Line, put the
    number at nearly fifty." gave the coastguard the line's "nearly fifty", and "…, a claim the company rejected."
    after the environmental group's "at least nine" was the group's denial, the group being taken for the business
    the sentence names last (session 66)."""
    held = news_sets.held_out(CONTAINERS, "cpa-briefs-2025-10-15")
    assert (held["containers-lost"].speaker, held["containers-lost"].value) == ("ostrevia-coastguard", {"exact": 61})
    assert [(r.speaker, r.value) for r in news_sets.rivals(CONTAINERS, "cpa-briefs-2025-10-15")["containers-lost"]] == [
        ("hestmark-container-line", {"nearly": 50})]
    denial = news_sets.rebuttals(CONTAINERS, "cpa-briefs-2025-10-15")["hazardous-containers"]
    assert (denial.stance, denial.speaker) == ("disputes", "hestmark-container-line")
