"""News nobody tuned for, from session 70's blind trials: food poisoning after a wedding reception at a country hotel,
in a news agency's corrected re-issue as wire copy in plain text (a slug line, control lines, a correction line,
"URGENT", "Words:"), the caterer's statement as a Word document (tracked changes, a solicitor's comment, a letterhead
header, a signature and notes to editors), the health authority's press statement exported from Google Docs as a web
page (its date in its first line, a table of cases by day, a list of advice) and a local news site's post in a
WordPress export (three items, the post the second, a quotation whose speaker is named after it, a correction at its
foot); the dossier an editor's blind trial built from them, corrected by hand to a key written before any article
(tests/fixtures/wedding-food-poisoning/KEY.md). The authority and the caterer disagree (whether the chicken was
undercooked, how many of the ill had eaten it) and so do the hotel and the bride's mother (when the hotel was first
told): contested, never red; red where the outlets give another time of the first illness, another distance of the
hotel from the town and another day of the reception."""
import pytest

from tests import news_sets
from tests.conftest import ROOT

WEDDING = ROOT / "tests" / "fixtures" / "wedding-food-poisoning"
RED = {"first-ill-time", "hotel-distance", "reception-date"}
CONTESTED = {"chicken-undercooked", "hotel-told-time", "ill-ate-chicken-percent"}


def test_the_wedding_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(WEDDING, tmp_path / "wedding")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED}


@pytest.mark.parametrize("source, red, contested, held", [
    ("dozens-ill-after-wedding-reception-country", set(), CONTESTED | {"reception-date"}, "hotel-distance"),  # the
    # designed red lost: without the wire's own "Saturday's reception" (in the hotel's sentence, never proposed),
    # the local site's 12 June stands against the caterer's and the authority's 13 June, whose claims they are
    ("illness-following-pryce-ashby-wedding-reception", RED, CONTESTED, ""),
    ("update-outbreak-illness-linked-wedding-reception", RED, CONTESTED, ""),
    ("wedding-outbreak-number-guests-taken-ill", set(), {"chicken-undercooked", "ill-ate-chicken-percent"},
     "first-ill-time, hotel-distance, reception-date")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: nothing the key keeps agreed or contested turns red."""
    site = news_sets.applied(WEDDING, source, tmp_path / "wedding")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_a_number_risen_to_is_the_counts_figure():
    """"The number of guests who fell ill … has now risen to 61, the county health authority said" was proposed with
    no figure and left out ("it gives no figure of the card's count"): the number of a long "of" phrase had not been
    read as risen to 61."""
    ill = news_sets.held_out(WEDDING, "wedding-outbreak-number-guests-taken-ill")["guests-ill"]
    assert (ill.speaker, ill.value) == ("county-health", {"exact": 61})
