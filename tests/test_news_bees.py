"""News nobody tuned for, seventy-fifth round: honeybees dead at the apiaries around a field of oilseed rape sprayed
with an insecticide, in a farming magazine's RSS feed (its newest item's whole story in content:encoded, the other
items short; a byline, crossheads, related links and a share line in the text), the agrochemical company's press
statement as a Word document (a "PRESS STATEMENT" label, "For immediate release", notes to editors, a press office's
contact line, its creator property for an author), a regional radio station's podcast transcript (timestamps such as
[00:03:20], speaker names in capitals, "[MUSIC]", a copyright line, figures spoken in words: "two hundred and twelve",
"six miles an hour") and a regional daily's web page saved from a browser (NewsArticle JSON-LD, navigation, a
cookie banner, an "Updated" line, a photo caption, a crosshead, a correction of its number of beekeepers). The
dossier is the one an editor's blind trial (session 72) built from them, corrected by hand to a key written before
any article (tests/fixtures/bee-deaths/KEY.md). The beekeepers, the company and the contractor disagree (the
colonies lost, whether the crop was in flower, whether the beekeepers were told before the spraying): contested,
never red; red where the outlets give another time the spraying began, another number of apiaries and another day
the dead bees were found."""
import pytest

from tests import news_sets
from tests.conftest import ROOT

BEES = ROOT / "tests" / "fixtures" / "bee-deaths"
RED = {"apiaries-affected", "dead-bees-found-date", "spray-start-time"}
CONTESTED = {"beekeepers-notified", "colonies-lost", "crop-in-flower"}


def test_the_bee_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(BEES, tmp_path / "bees")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED}


@pytest.mark.parametrize("source, red, contested, held", [
    # the feed's own seven apiaries, 13 May and 10.15am held back (each would make its card red, as the key designs):
    # Kellaway's seven in the transcript then stands against the paper's own 11, contested; the other two one source
    ("beekeepers-count-losses-bee-kill-follows", set(), CONTESTED | {"apiaries-affected"},
     "apiaries-affected, dead-bees-found-date, spray-start-time"),
    ("tallisant-cropscience-statement-reported-bee-losses", RED, CONTESTED, ""),
    ("episode-212-day-hives-went-quiet", RED, CONTESTED, ""),
    # "In total 11 apiaries lost bees, and 42 beekeepers have now reported losses to the association." had been the
    # association's figure (the card contested); it is now someone's no speaker file names, left for the editor (the
    # red the key designs missed); "The sprayer started at about 2.30pm" is proposed for no card (one source), and
    # Thursday, May 14 is held back
    ("bee-deaths-contractor-says-beekeepers-were", set(), CONTESTED, "dead-bees-found-date")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: nothing the key keeps agreed or contested turns red."""
    site = news_sets.applied(BEES, source, tmp_path / "bees")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_a_crosshead_quoting_someone_is_no_statement_of_the_papers():
    """The paper's crosshead "'Finished flowering'" (Treleaven's words) had been proposed, and written by `--apply`, as
    the paper's own statement on the card that the crop was in flower (session 72)."""
    proposed = news_sets.held_out(BEES, "bee-deaths-contractor-says-beekeepers-were").get("crop-in-flower")
    assert proposed is None or proposed.quote != "'Finished flowering'" or (
        proposed.stance == "attributes" and proposed.speaker is None and proposed.confidence < 0.6)
