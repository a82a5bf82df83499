"""News nobody tuned for, fifty-first round: a coast guard seizes another country's trawlers on a disputed bank, in a
news agency's wire translated from another language (a dateline without the year, a translator's note at its end),
one government's communiqué as a saved web page (a letterhead, a reference number, numbered paragraphs, the ministry's
name after the headline in the page's <title>), a trade magazine's Markdown article (a standfirst above the stamp
"**By Maren Holt** · 9 November 2026 · News | Catch & Quay", a pull quote, a "Key figures" box, a correction) and a
radio interview's transcript with a fishermen's spokesman (host and guest labels, "[inaudible]"); the dossier an
editor's blind trial (session 56) built from them, corrected by hand to a key written before any article
(tests/fixtures/fishing-dispute/KEY.md). The two governments contradict each other (whether the boats were in the
other's waters, warning shots, the fine, the catch): contested, never red; red where the magazine counts nine boats
(the others seven) and more than 14 hours of talks (the others nine), and the radio's host puts the boats some 30
nautical miles out (the wire about 22). The skippers still held fall from seven to three."""
import pytest

from tests import news_sets
from tests.conftest import ROOT

FISHING = ROOT / "tests" / "fixtures" / "fishing-dispute"
RED = {"boats-seized", "distance-from-coast", "talks-length"}
CONTESTED = {"catch-confiscated", "fine-per-boat", "inside-aldmark-eez", "warning-shots"}


def test_the_fishing_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(FISHING, tmp_path / "fishing")
    agreed = set(site.dossier.facts) - RED - CONTESTED
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED, "agree": agreed}
    assert len(agreed) == 10


@pytest.mark.parametrize("source, red, contested, held", [
    ("communique", RED, CONTESTED, ""),
    ("magazine", {"distance-from-coast"}, CONTESTED, "talks-length, boats-seized"),
    ("radio", {"boats-seized", "talks-length"}, CONTESTED - {"catch-confiscated"} | {"distance-from-coast"},
     "distance-from-coast"),
    ("wire", {"boats-seized"}, CONTESTED | {"distance-from-coast", "talks-length"}, "distance-from-coast, talks-length")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: no card the key keeps agreed or contested turns red. The magazine's nine boats
    and 14 hours are held back (its "nine Mirovian trawlers" counts what the card's "seven fishing vessels" count: the
    trial had put the nine on the crews released); the radio's "some 30 nautical miles" is held back, and its
    "…still tied up in the Aldmarkian harbour of Port Arvel this morning, four days after they were seized" gives
    the seizure four days before the broadcast (it had been the broadcast's day, a false red held back). Lost
    unattended: the radio's "They took nearly eighty tonnes of fish off those boats." (0.57), which keeps the catch
    contested."""
    site = news_sets.applied(FISHING, source, tmp_path / "fishing")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_what_the_magazine_counts_and_whose_figure_the_radio_gives():
    """What the trial found read wrong, read right now. The magazine's "boarded nine Mirovian trawlers" counts the boats
    (trawlers, vessels, ships and boats are one thing counted), and "nearly fifty fishermen were taken into Port Arvel"
    the crews detained. The radio's "Aldmark has put a figure of forty thousand euros a boat on it." is the Aldmarkian
    ministry's (the trial: the host's own), its host's "this morning, four days after they were seized" the seizure's
    day, 2 November (the trial: the broadcast's), and its guest's "They came at twenty to five in the morning" is listed as
    the boarding another source puts at 04:40, not written as a card of its own (the trial's `--new` wrote it)."""
    magazine = news_sets.held_out(FISHING, "magazine")
    assert (magazine["boats-seized"].stance, magazine["boats-seized"].value) == ("states", {"exact": 9})
    assert magazine["crew-detained"].value == {"nearly": 50}
    radio = news_sets.held_out(FISHING, "radio")
    fine = radio["fine-per-boat"]
    assert (fine.stance, fine.speaker, fine.value) == ("attributes", "aldmark-mfa", {"exact": 40000})
    assert radio["seizure-date"].value == {"exact": "2026-11-02"}
    report = news_sets.report(FISHING, "radio")
    listed = {u.passage.text: u.card for u in report.uncovered}
    assert listed["They came at twenty to five in the morning, in the dark, with the searchlights on."] == \
        "boarding-time"


def test_the_imports_of_the_communique_the_magazine_and_the_wire(tmp_path):
    """The communiqué's outlet is the ministry its page's <title> names after the headline; the magazine's author and
    outlet are those of its stamp under the standfirst; the wire's closing "(Translator's note: Translated from the
    Mirovian by the TNA English service. …)" marks it translated (all three missed in the trial)."""
    communique = news_sets.imported(FISHING / "articles" / "2-communique.html", tmp_path)
    assert communique["outlet"] == "Ministry of Foreign Affairs of the Kingdom of Aldmark"
    magazine = news_sets.imported(FISHING / "articles" / "3-magazine.md", tmp_path)
    assert (magazine["author"], magazine["outlet"]) == ("Maren Holt", "Catch & Quay")
    wire = news_sets.imported(FISHING / "articles" / "1-wire.txt", tmp_path)
    assert wire["translated"] is True


def test_the_fishing_set_keeps_its_figures():
    """Floors at the default threshold, as benchmarks/suggest_eval.py measures them (when the set was added: recall
    0.93, precision 0.95, stance right 0.98, stance and speaker 0.98, values right 0.89)."""
    found = news_sets.figures(FISHING)
    assert found["recall"] >= 0.92 and found["precision"] >= 0.94
    assert found["stance"] >= 0.97 and found["speaker"] >= 0.97 and found["values"] >= 0.88
