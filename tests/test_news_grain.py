"""News nobody tuned for, ninety-ninth round: a conveyor gallery collapses at a river port's grain terminal and its
exports stop, in a commodity agency's wire story as plain text (a slug "GRAINS-NORVANIA/KESSLING (UPDATE 1)", an
"UPDATE 1-" headline, a correction line "(Corrects number of injured workers in paragraph 2 to two from three)", a
byline, a dateline "Nov 11" without its year, a "MARKET REACTION" crosshead, the reporting credit, a contact line,
"Keywords:"), the port authority's notice to shipping saved as a web page (a cookie banner, navigation, a breadcrumb,
an "Issued:" line, a table of berths with its caption and a total row, the harbour master's signature), the growers'
union's press release as an OpenDocument text (a letterhead, "PRESS RELEASE", "For immediate release", bulleted
demands, "ENDS", "Notes to editors", a press contact who saved the file as its author) and an agricultural podcast's
transcript as Markdown with front matter (turns under "DALE KRUPKA (HOST):" and "HANNE VOSK (GUEST):", a sponsor's read
between rules, "Listen on:", related episodes; figures in words and in other units: "About 130 feet", "about 1.8 million
bushels of wheat", "about two and a quarter million tonnes", "forty-odd metres", "Tuesday the tenth", "on the
Saturday"). The dossier is the one an editor's blind trial (session 74) built from them, corrected by hand to a key
written before any article (tests/fixtures/grain-terminal-halt/KEY.md). The operator, the port authority and the
growers' union disagree (how long exports stop, how much grain is stranded, how many ships wait): contested, never red;
red where the outlets give another share of the region's grain exports, another storage capacity and another day the
bulker Marisol Dawn was due to load. Traps: April's nine-day strike (61,000 tonnes, eight ships), the three vessels
waiting upriver at Ardrow, the injured corrected from three to two, the notice's 50-metre exclusion zone."""
import pytest

from tests import news_sets
from tests.conftest import ROOT

GRAIN = ROOT / "tests" / "fixtures" / "grain-terminal-halt"
RED = {"export-share", "loading-day", "storage-capacity"}
CONTESTED = {"halt-duration", "ships-waiting", "tonnes-stranded"}


def test_the_grain_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(GRAIN, tmp_path / "grain")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED}


@pytest.mark.parametrize("source, red, contested, held", [
    # the wire's own share, storage and Thursday held back (as the key designs), and so is its Ardrow trap, "Upriver at
    # Ardrow, …, three vessels were waiting", proposed for barges-diverted as 3; Draxe's "about 10 days" is not
    # proposed, and Brevel's "wildly inflated" and 60,000 tonnes are listed as a quotation of the union's, not
    # written: the three contests stand by the other articles
    ("norvanias-kessling-grain-terminal-halts-exports", set(), CONTESTED,
     "barges-diverted, export-share, loading-day, storage-capacity"),
    ("suspension-grain-loading-berths-3-4", RED, CONTESTED, ""),
    # Vosk's "“We have heard ten days from the port and three weeks from Holtmark, and farmers do not believe
    # either,” said Hanne Vosk" is proposed as her own 10 days (the trial's `--apply` wrote it), held back against
    # her two months in the podcast; the union's "up to two months" and her "eight weeks" are not proposed
    ("kessling-terminal-shutdown-could-trap-farmers", RED, CONTESTED, "halt-duration"),
    # the podcast's own Saturday held back (as the key designs); its "about 60 percent" is only listed as a figure no
    # card covers and its "something like 140,000 tonnes of storage" not at all, so export-share and storage-capacity
    # are the wire's alone: two designed reds missed
    ("ep-212-kesslings-broken-belt-what", set(), CONTESTED, "loading-day")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: nothing the key keeps agreed or contested turns red."""
    site = news_sets.applied(GRAIN, source, tmp_path / "grain")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)
