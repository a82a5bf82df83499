"""News nobody tuned for, from session 63's blind trials: a container ship that ran into a laden tanker at anchor and
the oil spill after it, in a coastguard's incident log released to the press as plain text (a header block with the
incident number, log lines in UTC under date-time groups and call signs, entries wrapped in columns, a page footer),
the tanker operator's statement forwarded by email by its PR agency (multipart, the agency's note withdrawing an
earlier figure, a media contact and a legal disclaimer), a maritime trade journal's article saved as a web page (a
paywall teaser, a casualty data box, an author bio, a cookie banner) and a regional paper's live page copied from the
browser (entries newest first under local times, "Key points", share prompts run into the text, a correction of the
fund); the dossier an editor's blind trial (session 63) built from them, corrected by hand to a key written before any
article (tests/fixtures/oil-spill/KEY.md). The coastguard and the operator disagree (the oil spilled, the traffic
centre's warning), the operator and the container line (the container ship's speed): contested, never red; red where
the outlets give another distance of the collision off the cape, another crew of the container ship and another
length of the tanker."""
import pytest

from tests import news_sets
from tests.conftest import ROOT

OILSPILL = ROOT / "tests" / "fixtures" / "oil-spill"
RED = {"collision-distance", "hestia-crew", "tanker-length"}
CONTESTED = {"hestia-speed", "oil-spilled", "vts-warning"}


def test_the_oil_spill_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(OILSPILL, tmp_path / "oilspill")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED}


@pytest.mark.parametrize("source, red, contested, held", [
    ("maritime-rescue-coordination-centre-tarrow-mrcc", RED, CONTESTED, ""),
    ("statement-corvina-star-incident-update-2", RED, CONTESTED, ""),
    ("corvina-star-casualty-owners-trade-blame", set(), CONTESTED | RED,
     "collision-distance, collision-time, hestia-crew, tanker-length"),
    ("tarrow-oil-spill-live-clean-up", set(), CONTESTED, "collision-distance, hestia-crew")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: nothing the key keeps agreed or contested turns red."""
    site = news_sets.applied(OILSPILL, source, tmp_path / "oilspill")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_a_time_in_utc_is_no_local_time_and_a_media_desk_no_outlet(tmp_path):
    """The coastguard log's "0342 UTC", beside the others' local 04:42, was written as a collision time of 03:42 (the
    trial's false contest): it is that local time, and the account's note says so; the operator's email came from
    "Vantrell Tankers Media Desk", which read as an outlet of its own, the company's statement as its own voice; and
    the log's "released 15 OCT 2026.", a sentence's end on a line of its own, was removed as a dateline."""
    collision = news_sets.held_out(OILSPILL, "maritime-rescue-coordination-centre-tarrow-mrcc")["collision-time"]
    assert collision.value == {"exact": "04:42"}
    assert collision.account()["note"] == "0342 in universal time is 04:42, the local time the other sources give."
    assert news_sets.imported(OILSPILL / "articles" / "2-vantrell-statement.eml", tmp_path)["outlet"] == \
        "Vantrell Tankers"
    news_sets.imported(OILSPILL / "articles" / "1-coastguard-log.txt", tmp_path)
    assert "released 15 OCT 2026." in (tmp_path / "mini" / "content" / "sources" / "1-coastguard-log.md").read_text(
        encoding="utf-8")
