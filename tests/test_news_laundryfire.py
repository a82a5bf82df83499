"""News nobody tuned for, ninety-sixth round: a fire in a hospital's laundry block that forced two wards to be
evacuated, in the county fire service's incident log page saved as a web page (a list of details whose values the
import removes as chrome, a summary, a log of timed entries as a table with the appliances sent, a cookie banner, a
share line, related advice), the hospital trust's statement by its chief executive posted as a LinkedIn article and
saved as a web page (her sign-off, hashtags, a follower count, reactions, comments, "More articles by"), a national
broadcaster's live page copied from the browser into a text file ("Summary", entries newest first under their times,
a correction of twelve fire engines to eight, an image caption, "Share" under each entry, related topics) and a local
paper's print page 3 as pdftotext -layout gives it (a running head, two columns, "Chief Reporter", "Comment: Page 12",
a footer, and another story of the page appended by the import). The dossier is the one an editor's blind trial
(session 74) built from them, corrected by hand to a key written before any article
(tests/fixtures/hospital-laundry-fire/KEY.md). The trust, the fire service and the patients' relatives disagree (when
the fire started, how many patients were moved, whether the sprinklers worked): contested, never red; red where the
outlets give another number of fire engines, another number of firefighters and another time the fire was under
control."""
import pytest

from tests import news_sets
from tests.conftest import ROOT

LAUNDRY = ROOT / "tests" / "fixtures" / "hospital-laundry-fire"
RED = {"appliances", "fire-under-control", "firefighters"}
CONTESTED = {"fire-start-time", "patients-moved", "sprinklers-worked"}


def test_the_laundry_fire_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(LAUNDRY, tmp_path / "laundry")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED}


@pytest.mark.parametrize("source, red, contested, held", [
    # the log's ten accounts written, each the fire service's; its denial of the sprinklers with the right stance and
    # speaker but the wrong passage ("On arrival crews found a well-developed fire in the drying room of the
    # single-storey laundry block"), its casualty from the log's "1 casualty, smoke inhalation, treated at scene by
    # ambulance service –"; "In total 45 persons (patients and staff) were evacuated…" listed as a figure no card covers
    ("fire-hospital-laundry-st-aldrics-hospital", RED, CONTESTED, ""),
    # the statement's "…the fire in our laundry block at St Aldric's Hospital yesterday evening." is written as the
    # fire service's (whom its sentence thanks), not the chief executive's; "One of our porters was treated…" is left
    # out, giving no figure, and "we do not accept that the system was switched off" is listed as a denial, not applied
    ("update-last-nights-fire-st-aldrics", RED, CONTESTED, ""),
    # the live page's own eight engines, 40 firefighters and time held back (as the key designs): the fire service's
    # figures in its log then stand against the Courier's own, contested; the time held back is the entry heading
    # "Fire under control" read with the entry's stamp, `{max: "22:02"}`, not its summary's "under control by 9.15pm";
    # its own "Two wards, Birch and Cedar, were evacuated; the trust says…" is written as its own (the trust's until
    # session 74: a semicolon now ends the list and the clause before it), its call
    # at 7.47pm is listed as a figure no card covers, and Dale Corrigan's "…It did not operate," he said." as someone's
    # no speaker file names; the trust's spokesman on the sprinklers is not proposed
    ("kellbridge-hospital-fire-patients-moved-blaze", set(), CONTESTED | RED,
     "appliances, fire-under-control, firefighters"),
    # the Courier's own five engines, some 60 firefighters and "shortly after 11pm" held back (as the key designs); its
    # "Both wards were emptied." is not proposed, and wards-evacuated is written with Maureen Tilsey's "said at least 50
    # patients had been taken out of the two wards." (two, as hers); the fire service's and Corrigan's denials and her
    # "And we could smell smoke before seven." are not written; the drill, the porter and "by Wednesday afternoon" are
    # left out, giving no figure
    ("hospital-fire-families-demand-answers-over", set(), CONTESTED,
     "appliances, fire-under-control, firefighters")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: nothing the key keeps agreed or contested turns red."""
    site = news_sets.applied(LAUNDRY, source, tmp_path / "laundry")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)
