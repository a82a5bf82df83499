"""News nobody tuned for, from session 69's blind trials: a wildfire on a holiday island and its south coast evacuated
by ferry, in a local newsletter's post exported as Markdown (front matter, an intro line, images and captions, a
Subscribe box, footnotes), a regional daily's print page as `pdftotext -layout` prints it (two columns beside an
unrelated story, a running head, "Continued on page 7"), a national news site's client-rendered page (its text only
in the `__NEXT_DATA__` JSON, a correction note) and a TV station's video page (a Key points list, a video caption, a
collapsible transcript with time codes and speaker labels); the dossier an editor's blind trial built from them,
corrected by hand to a key written before any article (tests/fixtures/island-wildfire-evacuation/KEY.md). The fire
service and the mayor disagree on when the evacuation order was given, the coastguard and the ferry company on
whether the Aurelis Star sailed overloaded and how many were aboard: contested, never red; red where the outlets
give another number evacuated, another number of ferries and another wind speed."""
import pytest

from builder import prose_figures
from tests import news_sets
from tests.conftest import ROOT

ISLANDFIRE = ROOT / "tests" / "fixtures" / "island-wildfire-evacuation"
RED = {"ferries-used", "people-evacuated", "wind-speed"}
CONTESTED = {"aurelis-star-passengers", "evacuation-order-time", "ferries-overloaded"}


def test_the_island_fire_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(ISLANDFIRE, tmp_path / "islandfire")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED}


@pytest.mark.parametrize("source, red, contested, held", [
    ("dispatch-night-we-left", RED, CONTESTED, ""),
    ("herald-kessaro-fire", {"ferries-used", "wind-speed"}, {"evacuation-order-time", "ferries-overloaded"},
     "people-evacuated"),
    ("nordline-kessaro-wildfire", {"ferries-used", "people-evacuated"}, CONTESTED, "wind-speed"),
    ("mrv24-kessaro-order", {"people-evacuated", "wind-speed"}, CONTESTED, "ferries-used")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: nothing the key keeps agreed or contested turns red."""
    site = news_sets.applied(ISLANDFIRE, source, tmp_path / "islandfire")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_a_count_after_a_weekday_is_no_name():
    """"By Sunday 240 firefighters were on the island" had given no figure ("Sunday 240" read as a name, as "France 24"
    is), and the account was left out for giving none."""
    assert prose_figures.read("By Sunday 240 firefighters were on the island.", "count").number == 240
    assert prose_figures.read("The vote on Sunday 12 March was close.", "count") is None
