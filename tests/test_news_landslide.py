"""News nobody tuned for, seventy-first round: a landslide that buried part of a mountain village, in an aid agency's
situation report in Markdown (a table of figures by district with its sources, "Issued …"), a regional paper's
e-paper copied as text (a headline wrapped over two lines, words broken at the lines' ends, the page's running head
mid-story), a national news site's live page saved as a web page (a pinned summary, entries with times, embedded
posts) and a podcast's transcript (timestamps, "[MUSIC]", a host and a geologist); the dossier an editor's blind trial
(session 62) built from them, corrected by hand to a key written before any article
(tests/fixtures/village-landslide/KEY.md). The governor, the geological survey and the mayor disagree (the volume of
earth, the people evacuated, the warning): contested, never red; red where the outlets give another number of homes
buried, another rainfall and another time of the slide."""
import pytest

from builder import prose_figures
from tests import news_sets
from tests.conftest import ROOT

LANDSLIDE = ROOT / "tests" / "fixtures" / "village-landslide"
RED = {"homes-buried", "landslide-time", "rainfall"}
CONTESTED = {"people-evacuated", "slide-volume", "warning-thursday"}


def test_the_landslide_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(LANDSLIDE, tmp_path / "landslide")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED}


@pytest.mark.parametrize("source, red, contested, held", [
    ("sitrep", RED, CONTESTED, ""),
    ("herald", {"landslide-time"}, CONTESTED, "homes-buried, rainfall"),
    ("live", RED, CONTESTED, ""),
    ("podcast", {"homes-buried", "rainfall"}, CONTESTED, "")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: nothing the key keeps agreed or contested turns red."""
    site = news_sets.applied(LANDSLIDE, source, tmp_path / "landslide")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_two_counts_in_a_sentence_each_go_with_their_words():
    """"…twenty-one people are now confirmed dead, and about a dozen people are still missing." gives 21 to the dead
    and about 12 to the missing; "The death toll has risen to 21 and 12 people are still missing" too (the trial: the
    two swapped, each the figure nearest the other sources' of the other card)."""
    podcast, live = news_sets.held_out(LANDSLIDE, "podcast"), news_sets.held_out(LANDSLIDE, "live")
    assert (podcast["death-toll"].value, podcast["missing-count"].value) == ({"exact": 21}, {"approx": 12})
    assert (live["death-toll"].value, live["missing-count"].value) == ({"exact": 21}, {"exact": 12})
    sentence = "The death toll has risen to 21 and 12 people are still missing."
    assert prose_figures.read(sentence, "count", [26], statement="People missing after the landslide.").number == 12


def test_a_live_pages_pinned_summary_and_an_embedded_post(tmp_path):
    """The live page's pinned "Summary", before entries each of class "entry", is its text (the trial: dropped, with
    "Twenty-three homes lie under the debris."); "Ruven Aldic (@GovAldic): Today I have signed the release of €8m…"
    is the governor's (the trial: the outlet's own)."""
    news_sets.imported(LANDSLIDE / "articles" / "3-live.html", tmp_path)
    body = (tmp_path / "mini" / "content" / "sources" / "3-live.md").read_text(encoding="utf-8")
    assert "Twenty-three homes lie under the debris." in body
    funds = news_sets.held_out(LANDSLIDE, "live")["emergency-funds"]
    assert (funds.stance, funds.speaker, funds.value) == ("attributes", "ruven-aldic", {"exact": 8000000})


def test_an_e_paper_podcast_and_sitrep_front_matter(tmp_path):
    """The e-paper's headline wrapped over two lines is one title, and "Chief Reporter" under its byline no outlet;
    the podcast's "Meridian Audio | Released 16 April 2026 | 31 min" names its outlet and "Host: Sam Kettering."
    its author; the sitrep's "*Issued 13 April 2026 by …*" its day (the trial: none of these)."""
    herald = news_sets.imported(LANDSLIDE / "articles" / "2-herald.txt", tmp_path)
    assert (herald["title"], herald["author"]) == (
        "'We moved them ourselves': mayor rejects governor's evacuation claim", "Marta Jovell")
    assert herald["outlet"] != "Chief Reporter"
    podcast = news_sets.imported(LANDSLIDE / "articles" / "4-podcast.txt", tmp_path)
    assert (podcast["outlet"], podcast["author"]) == ("Meridian Audio", "Sam Kettering")
    assert str(news_sets.imported(LANDSLIDE / "articles" / "1-sitrep.md", tmp_path)["published"]) == "2026-04-13"
