"""News nobody tuned for, twenty-eighth round: an aid convoy held at a border crossing, in a wire story, a UN-style
agency's situation report (numbered sections, key figures, a table by district), a ministry's statement rebutting it
point by point, an aid group's HTML press release and a think tank's long read in Markdown that weighs the figures
against the convoy's manifests; the dossier an editor's blind trial (session 49) built from them, corrected by hand to
a key written before any article (tests/fixtures/aid-convoy/KEY.md). The agency, the ministry and the aid group
contest who blocks the convoy, who shelled it and how many people need help; red only where the long read
contradicts the others in its own voice (the day the convoy arrived, the tonnes of food, the time of the shelling, the
distance to the front line)."""
import pytest

from builder import prose_figures
from tests import news_sets
from tests.conftest import ROOT

AID = ROOT / "tests" / "fixtures" / "aid-convoy"
RED = {"convoy-arrival-date", "crossing-distance-front", "food-tonnes", "shelling-time"}
CONTESTED = {"authorities-blocking", "documentation-complete", "no-truck-crossed", "only-open-crossing",
             "people-in-need", "shelling-responsibility"}


def test_the_aid_dossier_reads_as_the_key_says(tmp_path):
    verdicts = news_sets.by_verdict(news_sets.built(AID, tmp_path / "aid"))
    assert (verdicts["disputed"], verdicts["contested"]) == (RED, CONTESTED)
    assert set(verdicts) == {"disputed", "contested", "agree"}


@pytest.mark.parametrize("source, red, contested, held", [
    ("analysis", set(), CONTESTED, "crossing-distance-front, shelling-time"),
    ("ministry", RED, CONTESTED - {"only-open-crossing"} | {"tarsk-detour-length"}, ""),
    ("ngo-release", RED, CONTESTED, ""),
    ("sitrep", RED, CONTESTED, ""),
    ("wire", set(), CONTESTED | RED, "convoy-arrival-date, crossing-distance-front, shelling-time")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: no card the key keeps agreed or contested turns red. Two of the long read's four
    reds are held back for the editor: "Kesh Bridge is not 8 km from the front line", and "…place the first impacts
    at 05:40, not at about 06:15 as the agency, the ministry and the wire reports have it" (in the trial, read as
    06:15 and the agency's). Lost: "Our finding is that the convoy reached Kesh Bridge on 5 March", and "They list
    1,480 tonnes of food" ("they": the manifests of the sentence before). "The agency says the authorities are
    obstructing the convoy; the ministry insists that nobody is blocking anything." is two accounts since session 57,
    the agency's and the ministry's, where the second had been held back as the agency denying its own claim. The
    ministry's "140 km to the south", the other crossing's distance, is read as the detour's
    length (a false contest), and its "Kesh Bridge is not the only crossing" is not proposed."""
    site = news_sets.applied(AID, source, tmp_path / "aid")
    verdicts = {fid: row.verdict for fid, row in site.comparison.facts.items()}
    assert {f for f, v in verdicts.items() if v == "disputed"} == red
    assert {f for f, v in verdicts.items() if v == "contested"} == contested
    news_sets.assert_held(capsys.readouterr().out, held)


def test_the_long_reads_own_findings_against_the_figures_it_quotes():
    """"The figure of 1,850 tonnes of food has been quoted by the agency…" is the agency's (it had been the long
    read stating the figure it goes on to refute); a time set aside, "not at about 06:15 as the agency … have it", is
    the agency's and 05:40 the long read's own; "Kesh Bridge is not 8 km from the front line" gives 15 km."""
    held = news_sets.held_out(AID, "analysis")
    assert (held["food-tonnes"].stance, held["food-tonnes"].speaker) == ("attributes", "ihra")
    assert (held["shelling-time"].stance, held["shelling-time"].value) == ("states", {"exact": "05:40"})
    assert (held["crossing-distance-front"].stance, held["crossing-distance-front"].value) == (
        "states", {"exact": "15 km"})


@pytest.mark.parametrize("text, quantity, number", [
    ("The Ministry confirms that fifty-eight (58) trucks have been cleared.", "count", 58),  # had been no figure
    ("inspections would be completed within three working days", "duration", 3 * 1440),  # had been a count of 3
])
def test_official_prose_figures(text, quantity, number):
    assert [(f.quantity, f.number) for f in prose_figures.figures(text)] == [(quantity, number)]


def test_a_telephone_number_is_no_count():
    """The trial's new cards of "+381 55 201 447" (55,201,447) and "Tel. +387 11 400 2200" (11,400); thousands
    grouped by spaces are still read ("240 000 euros"). Nor are a local number's groups ("0800 417 400", "07700 900
    123": two trials' new cards of 417,400 and 900,123, session 51)."""
    assert prose_figures.figures("Tomas Errani, IHRA, errani@ihra-tevaria.example, +381 55 201 447") == []
    assert prose_figures.figures("Families can call 0800 417 400, or WhatsApp 07700 900 123.") == []
    assert prose_figures.figures("Veltrava. Tel. +387 11 400 2200. press@mvd-tevaria.example") == []
    assert [f.number for f in prose_figures.figures("a fine of 240 000 euros")] == [240000]


def test_the_aid_set_keeps_its_figures():
    """Floors at the default threshold, as benchmarks/suggest_eval.py measures them (when the set was added: recall
    0.89, precision 0.98, stance right 0.94, stance and speaker 0.90, values right 0.97)."""
    found = news_sets.figures(AID)
    assert found["recall"] >= 0.88 and found["precision"] >= 0.97
    assert found["stance"] >= 0.93 and found["speaker"] >= 0.89 and found["values"] >= 0.94


def test_a_quote_box_the_import_leaves_out_is_named():
    """The aid group's page sets its director's words in a box (an <aside>), which the extractor leaves out; the
    trial's editor found them missing by chance. The import now says so; a pull quote that repeats the text is no
    news (the magazine's, in the retraction set)."""
    from builder import webpage
    notes = webpage.read(AID / "articles" / "d-ngo-release.html").notes
    assert any(n.startswith("a quotation beside the article, in a box, was left out: “Every day these trucks sit at "
                            "Kesh Bridge, children in Halvor go without food.") for n in notes)
    magazine = ROOT / "tests" / "fixtures" / "study-retraction" / "articles" / "e-magazine.html"
    assert not [n for n in webpage.read(magazine).notes if "in a box" in n]
