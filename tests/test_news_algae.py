"""News nobody tuned for, from session 68's blind trials: a toxic algae bloom on a lake, in the water authority's own
public notice as an entry of its Atom news feed (a second entry about a reservoir under it), the campsite owners'
WhatsApp group exported as text (system lines, "<Media omitted>", an edited message, a local paper's report pasted in
by a member), a regional TV bulletin's subtitles in TTML (speakers told apart only by colour, each named in the cue
after their words) and a farming weekly's article saved from Firefox Reader View (a credits line, a correction at its
foot); the feed and the subtitles the import read as raw markup, so their text is the trial editor's; the dossier an
editor's blind trial built from them, corrected by hand to a key written before any article
(tests/fixtures/lake-algae-bloom/KEY.md). The authority and the farmers' union disagree (whether farm run-off feeds
the bloom, whether the authority sat on its results), and the council and the campsite owners on the bookings lost:
contested, never red; red where the outlets give another peak cell count, another length of the lake and another day
for the first dog's death."""
import pytest

from tests import news_sets
from tests.conftest import ROOT

ALGAE = ROOT / "tests" / "fixtures" / "lake-algae-bloom"
RED = {"cell-count", "first-dog-death-date", "lake-length"}
CONTESTED = {"bookings-lost", "nutrient-source", "warning-delayed"}


def test_the_algae_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(ALGAE, tmp_path / "algae")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED}


@pytest.mark.parametrize("source, red, contested, held", [
    ("vwa-algae-warning", RED, CONTESTED, ""),
    ("campsite-owners-chat", RED, CONTESTED, ""),
    ("union-hits-back-water-authority-blames", set(), CONTESTED, "cell-count, first-dog-death-date, lake-length"),
    ("vale-tonight-algae", set(), {"bookings-lost", "cell-count", "nutrient-source"},
     "cell-count, first-dog-death-date, lake-length")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: nothing the key keeps agreed or contested turns red. (A row
    whose contested set holds a card the key makes red: the held-back account, or one unread, would have made it
    red; the accounts left make two speakers, or a speaker and an outlet, disagree.)"""
    site = news_sets.applied(ALGAE, source, tmp_path / "algae")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_another_count_of_a_passage_a_card_counting_what_it_counts_takes_is_left_out(tmp_path, capsys):
    """"Seven of the lake's eleven beaches are now shut…" had been written on the card of the lake's 23 campsites (its
    11, the lake's beaches, against 23: a false contest), the trial's report giving no better passage for that card:
    once the card of the beaches closed, which counts what the passage counts, takes it (its 7), `--apply` leaves its
    other count out of the other card (session 68, `review.unattended`)."""
    import shutil
    copy = tmp_path / "algae"
    shutil.copytree(ALGAE, copy, ignore=shutil.ignore_patterns("site", ".dossier-cache"))
    body = copy / "content" / "sources" / "vale-tonight-algae.md"
    body.write_text(body.read_text(encoding="utf-8").replace(
        " For the lake's 23 campsites, the timing could hardly be worse.", ""), encoding="utf-8")
    site = news_sets.applied(copy, "vale-tonight-algae", tmp_path / "applied")
    out = capsys.readouterr().out
    assert "campsites-count: its figure counts what 'beaches-closed' counts" in out
    assert "campsites-count" not in news_sets.by_verdict(site).get("contested", set())
    assert [a.value.text for a in site.dossier.facts["beaches-closed"].accounts
            if a.source == "vale-tonight-algae"] == ["7"]


def test_a_measure_before_its_noun_measures_what_the_cards_measure():
    """"…on the eastern side of the 14-kilometre lake" had not been proposed for the lake's length (the key's red
    against "along the nine-kilometre lake"): a measure joined to its unit before a noun measures that noun, as a count
    counts the words after it, and a passage measuring what the card's accounts measure is likelier (session 68)."""
    found = news_sets.held_out(ALGAE, "union-hits-back-water-authority-blames")
    assert (found["lake-length"].value, found["lake-length"].confidence >= 0.6) == ({"exact": "14 km"}, True)
