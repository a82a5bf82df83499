"""News nobody tuned for, from session 70's blind trials: fly-rock from a quarry blast striking cars on a public road,
in the regulator's Notice of Investigation as a two-page PDF (a letterhead in two columns, numbered paragraphs, a table
of the blast's parameters, a running head on its second page, a signature block), a regional paper's e-edition page as
PDF (three columns beside an unrelated story, a photo and an advert, a quotation whose speaker is named after it, a
correction at its foot), a trade magazine's web article printed to PDF from the browser (its printed header and footer,
a cookie banner, the site's navigation, related links) and the quarry company's press release as PDF (a logo, "– ENDS
–", notes to editors holding its figures); the dossier an editor's blind trial built from them, corrected by hand to a
key written before any article (tests/fixtures/quarry-flyrock/KEY.md). The company disagrees with the regulator (the
exclusion zone) and with the parish council's chair and the residents (the warning siren, the complaints logged, an
earlier fly-rock): contested, never red; red where the outlets give another distance the rock was thrown, another
charge of explosive and another weight of the largest fragment."""
import pytest

from tests import news_sets
from tests.conftest import ROOT

QUARRY = ROOT / "tests" / "fixtures" / "quarry-flyrock"
RED = {"explosive-charge", "flyrock-distance", "largest-fragment"}
CONTESTED = {"exclusion-zone", "previous-flyrock", "prior-complaints", "warning-siren"}


def test_the_quarry_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(QUARRY, tmp_path / "quarry")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED}


@pytest.mark.parametrize("source, red, contested, held", [
    ("notice-investigation", RED, CONTESTED, ""),
    ("rocks-rain-road-quarry-blast-goes", set(), CONTESTED | {"flyrock-distance"}, "explosive-charge, largest-fragment"),
    # the paper's "some 240 metres" not proposed (and the road's "lies 180 metres from the quarry face" no longer is):
    # the company's 250 against the regulator's 310 stand alone, contested
    ("carrowmere-fly-rock-what-went-wrong", set(), RED | CONTESTED, "explosive-charge, flyrock-distance"),  # its own
    # charge and distance held back, leaving the company's figures against the regulator's; "According to the
    # regulator's measurements, the largest fragment recovered weighed 22 kg" read as the regulator's (the key: the
    # magazine's own)
    ("hallinan-aggregates-statement-incident-carrowmere-quarry", RED, CONTESTED, "")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: nothing the key keeps agreed or contested turns red."""
    site = news_sets.applied(QUARRY, source, tmp_path / "quarry")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)
