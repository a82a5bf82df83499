"""News nobody tuned for, from session 65's blind trials: a recall of e-bike batteries after fires, in the
product-safety regulator's recall notice saved as a web page (breadcrumbs, a warning under the headline, a product table
of model numbers, batch codes, dates of sale and prices, "What you should do" steps), the maker's statement on its
website (an FAQ accordion of <details> and <summary>, its helpline's number and hours, a chat widget's script), a
consumer magazine's members' newsletter sent by email (multipart plain text and HTML, "View this email in your browser",
four items of which only the first is the recall, an unsubscribe footer) and a technology news site's article (embedded
social posts with their credits, an "Update 17:40" paragraph, an author bio, tags, a correction at its foot); the
dossier an editor's blind trial (session 65) built from them, corrected by hand to a key written before any article
(tests/fixtures/battery-recall/KEY.md). The regulator and its director of enforcement disagree with the maker on when it
first knew of a fire and whether it told the regulator too late, and the regulator and the fire service with the maker
on whether fires started off charge: contested, never red; red where the news site gives another first day of sale
("1 September 2023" against 1 March 2024), another price of the VoltPack 500 (€549 against €649) and another wait for a
replacement ("within 14 days" against "around six weeks")."""
import pytest

from tests import news_sets
from tests.conftest import ROOT

BATTERY = ROOT / "tests" / "fixtures" / "battery-recall"
RED = {"replacement-time", "sale-start-date", "voltpack-500-price"}
CONTESTED = {"fires-not-charging", "late-notification", "maker-first-knew"}


def test_the_battery_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(BATTERY, tmp_path / "battery")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED}


@pytest.mark.parametrize("source, red, contested, held", [
    ("fair-deal-weekly-kestrel-e-bike", set(), CONTESTED | {"sale-start-date", "voltpack-500-price"},
     "replacement-time, sale-start-date, voltpack-500-price"),
    ("kestrel-battery-recall-regulator-says-e", set(), CONTESTED, "replacement-time, voltpack-500-price"),
    ("recall-kestrel-voltpack-500-voltpack-625", RED, CONTESTED, "late-notification"),
    ("voluntary-recall-voltpack-500-voltpack-625", RED, CONTESTED, "")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: nothing the key keeps agreed or contested turns red."""
    site = news_sets.applied(BATTERY, source, tmp_path / "battery")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_a_day_something_was_announced_and_a_firms_products_named_by_it():
    """"The Ostrevian Product Safety Authority (OPSA) announced on Tuesday a recall…" gave no day for the card of
    when the recall was announced ("announced on Tuesday" read as when someone spoke); "The batteries went on sale on
    1 March 2024 … fitted to Kestrel's Strada and Trekka models" was Kestrel's claim, named by its possessive, and the
    designed red became a contest (session 65)."""
    letter = news_sets.held_out(BATTERY, "fair-deal-weekly-kestrel-e-bike")
    assert letter["recall-announced"].value == {"exact": "2026-04-14"}
    assert (letter["sale-start-date"].stance, letter["sale-start-date"].speaker) == ("states", None)
