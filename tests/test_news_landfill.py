"""News nobody tuned for, seventy-second round: a fire at a landfill beside a market town, in a fire service's
Bluesky thread (six numbered posts with their times, a hashtag, an emoji), a local paper's live blog saved as a web
page ("Key points", entries newest first under their times, a correction, an embedded post), a district council's
statement in three Mastodon statuses ("(1/3)", "(2/3)", "(3/3)") and a regional television bulletin's WebVTT captions
(voice tags, NOTE lines naming the programme and the reporter); the thread and the statuses, whose JSON the import
refuses, as the trial editor copied them to text. The dossier is the one an editor's blind trial (session 71) built
from them, corrected by hand to a key written before any article (tests/fixtures/landfill-fire/KEY.md). The
environment agency, the operator and the residents' group disagree (the smoke's PM2.5 level, whether the site held
more than its permit allowed, the tonnes on site): contested, never red; red where the outlets give another number of
firefighters at the fire's height, another area alight and another number of households told to keep their windows
shut."""
import pytest

from tests import news_sets
from tests.conftest import ROOT

LANDFILL = ROOT / "tests" / "fixtures" / "landfill-fire"
RED = {"area-burning-hectares", "firefighters-at-height", "households-windows-shut"}
CONTESTED = {"pm25-level", "storage-over-permit", "waste-on-site-tonnes"}


def test_the_landfill_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(LANDFILL, tmp_path / "landfill")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED}


@pytest.mark.parametrize("source, red, contested, held", [
    ("dfrs-thread", RED, CONTESTED, ""),
    ("courier-liveblog", {"firefighters-at-height"}, CONTESTED, "households-windows-shut"),
    ("council-statement", RED, CONTESTED, ""),
    ("tv-report", set(), {"pm25-level", "storage-over-permit"},
     "area-burning-hectares, firefighters-at-height, households-windows-shut")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: nothing the key keeps agreed or contested turns red."""
    site = news_sets.applied(LANDFILL, source, tmp_path / "landfill")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)
