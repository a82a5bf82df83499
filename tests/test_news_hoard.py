"""News nobody tuned for, from session 65's blind trials: a hoard of medieval silver pennies found by a detectorist on
farmland, in the county museum's press release sent by email (its HTML part, quoted-printable, "Notes to editors", a
signature and a confidentiality notice), a university department's blog post in Markdown with its own YAML front
matter (headings, images, "Read more" links, a share line), a regional paper's print page through OCR ("rn" for "m",
words broken at the lines' ends, a capitals headline over three lines, a photo caption and an advert mid-story, a
correction at its foot) and a history podcast's WebVTT transcript (voice tags for the host and the finder, a sponsor
read, a NOTE block naming the episode, its day and its host); the dossier an editor's blind trial (session 65) built
from them, corrected by hand to a key written before any article (tests/fixtures/coin-hoard/KEY.md). The museum and
the landowner disagree on the hoard's value, the landowner and the finder against the council on whether the find spot
is on the farm, the landowner and the finder on the reward's split, the finder and the museum's finds liaison officer
on how many coins he lifted before calling her: contested, never red; red where the outlets give another age of the
hoard (the paper's "more than 1,000 years old"), another day of the find (the blog's "Saturday 13 September") and
another distance of the find spot from the farmhouse (the podcast's "nearly two kilometres" against the paper's "about
400 metres")."""
import re

import pytest

from builder import prose_figures
from tests import news_sets
from tests.conftest import ROOT

HOARD = ROOT / "tests" / "fixtures" / "coin-hoard"
RED = {"find-date", "find-spot-distance", "hoard-age"}
CONTESTED = {"coins-lifted-before-call", "find-spot-on-farm", "finder-reward-share", "provisional-valuation"}


def test_the_hoard_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(HOARD, tmp_path / "hoard")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED}


def test_the_hoards_fact_pages_read_right(tmp_path):
    """Session 65's trial read on the site: the minority "1 of the 3 independent sources" on a card of 4 sources, with
    no word on the fourth; "more than 1000 years" beside "£180,000"; the burial depth ticked "0 100 mm 200 mm" under
    "about 30 cm" and "1 ft"; the finder's "fifty-fifty" diffed against the landowner's "30 per cent" as a rendering
    of her remark, and the outlets' reports of the museum's valuation against its release."""
    news_sets.built(HOARD, tmp_path / "hoard")
    def page(fact):
        return re.sub(r"<[^>]+>", "", (tmp_path / "hoard" / "site" / "facts" / f"{fact}.html").read_text("utf-8"))
    age = page("hoard-age")
    assert ("In the minority: The Castermere Chronicle (1 of the 3 independent sources that contradict one another; "
            "not counted: Castermere County Museum, which publishes its own claim)") in age
    assert "more than 1,000 years" in age and "1000 years" not in age
    assert re.search(r"\b0\s*10\s*20\s*30\s*40\b", page("burial-depth")) and " mm" not in page("burial-depth")
    assert "How the sources render the remark" not in page("finder-reward-share") + page("provisional-valuation")


@pytest.mark.parametrize("source, red, contested, held", [
    ("hoard-grows-347-coins-row-over", {"find-date"}, CONTESTED, "find-spot-distance"),
    ("medieval-silver-hoard-found-near-sedgeley", RED, CONTESTED, ""),
    ("reading-brackwater-hoard-first-thoughts-lab", RED - {"find-date"}, CONTESTED, ""),
    ("under-plough-brackwater-hoard", RED - {"find-spot-distance"}, CONTESTED - {"finder-reward-share"}, "")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: nothing the key keeps agreed or contested turns red."""
    site = news_sets.applied(HOARD, source, tmp_path / "hoard")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


@pytest.mark.parametrize("text, quantity, statement, value", [
    ("The museum's provisional figure is a hundred and eighty thousand pounds.", "count", "", {"exact": 180000}),
    ("It's fifty-fifty, it's in writing.", "percent", "", {"exact": 50}),
    ("They were buried almost nine hundred years ago", "duration", "The hoard was buried nearly 900 years ago.",
     {"almost": "900 years"}),
    ("the coins are more than 1,000 years old", "duration", "The hoard was buried nearly 900 years ago.",
     {"more_than": "1000 years"})])
def test_the_podcasts_and_the_papers_figures_in_words_are_read(text, quantity, statement, value):
    """Read as 180 (the "thousand" after "a hundred and eighty" lost), as a count of 50, and not at all ("years ago";
    "1,000 years old" had been an age of 0): the reds on the hoard's age and the contests on its value and the
    reward's split were out of reach (session 65)."""
    assert prose_figures.read(text, quantity, statement=statement).value == value



def test_a_count_of_what_was_added_is_no_total():
    """The paper's "X-ray of soil block finds 135 more pennies" was written as the hoard's count, where "the hoard now
    numbers 347 coins" (session 65)."""
    assert "347 coins" in news_sets.held_out(HOARD, "hoard-grows-347-coins-row-over")["coin-count"].quote
