"""News nobody tuned for, seventy-ninth round: warehouse workers walk out over the heat inside a distribution centre during
a heatwave, in a trade union's news as an Atom feed (its newest entry's whole release as escaped HTML, the other entries
short; "Press release — for immediate use", crossheads, a list of demands, notes to editors, a link line), the company's
statement as an OpenDocument text (its title for a heading, "FOR IMMEDIATE RELEASE", a dateline, section headings,
bullets, a media contact and "ENDS", its creator property for an author), a local paper's print page as a PDF-to-text
tool gives it (two columns run together line by line, a running head with the day, a standfirst, a label, words broken
at line ends, a caption, a page number) and a regional television news site's page (NewsArticle JSON-LD, a cookie
banner, a correction of its number of fans, and under the story a video player's "Watch:" heading over a transcript with
speaker names, which the import left out when the trial ran). The dossier is the one an editor's blind trial (session
72) built from them, corrected by hand to a key written before any article (tests/fixtures/warehouse-walkout/KEY.md).
The union and the company disagree (how many walked out, the highest temperature inside, whether workers were sent home
without pay): contested, never red; red where the outlets give another time the walkout began, another time the workers
stayed out and another number of workers treated by paramedics."""
import pytest

from tests import news_sets
from tests.conftest import ROOT

WALKOUT = ROOT / "tests" / "fixtures" / "warehouse-walkout"
RED = {"paramedics-treated", "walkout-duration", "walkout-start-time"}
CONTESTED = {"peak-indoor-temperature", "sent-home-without-pay", "walkout-count"}


def test_the_walkout_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(WALKOUT, tmp_path / "walkout")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED}


@pytest.mark.parametrize("source, red, contested, held", [
    ("heat-walkout-corvane-dc4-our-members", RED, CONTESTED, ""),
    # the statement's "The highest reading recorded anywhere in Zone C on Tuesday was 29C, at 3.15pm." is written as
    # the company's 15:15 start of the walkout, and its "an additional ten-minute paid break in every four-hour block"
    # as its 240 minutes out: both cards red already, so neither is held back; its denial "no colleague has been sent
    # home without pay." is left out ("it gives no figure of the card's count")
    ("corvane-logistics-statement-dc4-stenmoor", RED, CONTESTED, ""),
    # the paper's own 13:30, two hours and two paramedics held back (each would make its card red, as the key designs;
    # the union's 13:30 then stands against the company's 15:15, contested) and "a paid quarter-hour break every two
    # hours" as 120 minutes held too; its "Martin Ashby … said he hoped Friday's talks would produce…" (Thursday 16
    # July) had been the Friday before and talks-date contested (session 72)
    ("walkout-heat-hits-unbearable-levels-corvane", set(), CONTESTED | {"walkout-start-time"},
     "paramedics-treated, walkout-duration, walkout-start-time, cooling-break-demand"),
    # the page's two hours held back (as the key designs); its "…and that inspectors would visit on Wednesday." had
    # been the authority's denial of its own inspection ("since June", another thing's month) and "Talks … are
    # planned for Friday." the Friday before (session 72); its "stopped work shortly after 3pm" is proposed for no card
    # and "Five workers were treated by paramedics, the ambulance service confirmed" is someone's no speaker file
    # names, so walkout-start-time and paramedics-treated are agreed: reds the key designs, missed
    ("warehouse-workers-walk-out-over-heat", set(), CONTESTED, "walkout-duration"),
])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: nothing the key keeps agreed or contested turns red."""
    site = news_sets.applied(WALKOUT, source, tmp_path / "walkout")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)
