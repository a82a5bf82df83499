"""News nobody tuned for, twelfth round: an invented earthquake, in a wire story, a public broadcaster's web page, a
radio interview with a seismologist, the civil protection agency's situation report and the stricken town's paper;
the dossier a helper session built from them as an editor would, with a careful reader's verdicts written before
any build. Officials and residents disagree on the warning, a governor and the dam's operator on the dam, the agency
and the mayor on the missing and on when help came (contested, not red); two outlets contradict the others in their
own voice (when the state of emergency was declared, and over how many provinces), which is red."""
import pytest

from builder import attribution, pipeline, prose_figures
from builder.config import load_config
from tests import news_sets
from tests.conftest import ROOT

QUAKE = ROOT / "tests" / "fixtures" / "quake"
RED = {"emergency-provinces", "emergency-time"}


def test_the_quake_dossier_reads_as_a_careful_reader_would(tmp_path):
    """The helper's key, all 29 cards, but one: it called "30 days" against "one month" a minor discrepancy, by the
    rule of the day (a month a twelfth of a year); a length in whole months now reaches 28 to 31 days a month, so they
    agree, as the helper said a reader would have it. The shaking's "about 40 seconds" against "45 seconds" is
    written in seconds."""
    site = news_sets.built(QUAKE, tmp_path / "quake")
    assert news_sets.by_verdict(site) == {
        "disputed": RED,
        "contested": {"dam-damaged", "missing", "rescue-arrival", "warning-alert"},
        "minor": {"quake-time", "shaking-duration"},
        "single": {"church-tower", "fault-1911", "schools-closed", "smelter-halted", "survivor-rescued",
                   "tent-camps"},
        "agree": {"aftershocks", "bridge-collapsed", "death-toll", "depth", "displaced", "emergency-date",
                  "emergency-duration", "epicentre", "injured", "magnitude-ksi", "magnitude-tsmn", "quake-date",
                  "rescue-personnel", "rescue-teams", "strongest-aftershock"}}
    page = (tmp_path / "quake" / "site" / "facts" / "shaking-duration.html").read_text(encoding="utf-8")
    assert "about 40 s" in page and "45 s" in page
    epicentre = (tmp_path / "quake" / "site" / "facts" / "epicentre.html").read_text(encoding="utf-8")
    assert "about 12 km" in epicentre and "12 kilometres</" not in epicentre  # "12 kilometres" is shown "12 km"
    rows = (tmp_path / "quake" / "site" / "exports" / "accounts.csv").read_text(encoding="utf-8").splitlines()
    assert sorted(row.split(",")[5] for row in rows if row.startswith("depth,")) == [
        "10 km", "10 km", "10 km", "about 10 km"]


@pytest.mark.parametrize("source, lost, held", [
    ("cpd-situation-report-5", set(), ""),
    ("dolvan-courier-no-warning", {"emergency-time"}, "emergency-time"),
    ("krt-quake-death-toll-38", set(), ""),
    ("northline-varnen-quake-update3", {"emergency-provinces"}, "emergency-provinces"),
    ("radio-varnen-velic-interview", set(), "")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, lost, held):
    """The editor's loop, unattended: no card turns red that the careful reader keeps agreed or contested; the reds
    the town's paper ("at 3am yesterday") and the wire ("in three provinces") would make are held back for the
    editor, and so is a false one; more are left out before (a passage without a figure, a figure given to
    another card: the wire's toll, once proposed for the tent camps and held back as red, is the death toll's)."""
    site = news_sets.applied(QUAKE, source, tmp_path / "quake")
    red = {fid for fid, row in site.comparison.facts.items() if row.verdict == "disputed"}
    assert red == RED - lost
    news_sets.assert_held(capsys.readouterr().out, held)


def test_declaring_an_emergency_is_an_act_not_a_report():
    """"The government declared a state of emergency … at 01:30" is the outlet's account of an act, not the
    government speaking ("declared that…" is); the card of the emergency's time was held below the threshold,
    waiting for a speaker to be named, in four of the five articles."""
    dossier = pipeline.check(load_config(QUAKE)).site.dossier
    names = attribution.Names(dossier.speakers)
    assert attribution.attribute("The government declared a state of emergency at 1:30 a.m. on Monday.", names) is None
    assert attribution.attribute("Governor Otilia Sander declared that the dam was cracked.", names).speaker == \
        "otilia-sander"
    wire = news_sets.held_out(QUAKE, "northline-varnen-quake-update3")["emergency-time"]
    assert (wire.stance, wire.value, wire.confidence >= 0.6) == ("states", {"exact": "01:30"}, True)


@pytest.mark.parametrize("text, minutes", [
    ("The shaking lasted about 40 seconds, the institute said.", 40 / 60), ("It lasted 45 secs.", 45 / 60),
    ("With a second national strike already called", None)])  # an ordinal, no length
def test_seconds_are_lengths_of_time(text, minutes):
    found = [f.number for f in prose_figures.figures(text) if f.quantity == "duration"]
    assert found == ([pytest.approx(minutes, abs=1e-5)] if minutes else [])


@pytest.mark.parametrize("text, found", [
    ("struck at a depth of 10 km, the institute said", [("length", {"exact": "10 km"})]),
    ("about 12 km (7 miles) north of Dolvan", [("length", {"approx": "12 km"}), ("length", {"exact": "7 mi"})]),
    ("burning more than 12,000 hectares of bush", [("area", {"more_than": "12,000 ha"})]),
    ("winds of up to 150 km/h (93 mph)", [("speed", {"up_to": "150 km/h"}), ("speed", {"exact": "93 mph"})]),
    ("the tanker spilled 1.2 million litres of oil", [("volume", {"exact": "1,200,000 litres"})]),
    ("a 40-tonne lorry blocked the road", [("mass", {"exact": "40 t"})]),
    ("on the east haulage road, about 420m below the surface", [("length", {"approx": "420 m"})]),
    ("The council raised £5m from 3t of scrap", [("count", {"exact": 5000000})]),  # a sum, no metres nor tonnes
    ("Route 12 has been closed", []),  # "has" is no hectares
    ("at a depth of between 10 and 15 km", [("length", {"min": "10 km", "max": "15 km"})]),
    ("gusts of 120-150 km/h", [("speed", {"min": "120 km/h", "max": "150 km/h"})]),
    ("the exclusion zone grew from 10 to 15 km", [("length", {"exact": "15 km"})]),  # the figure it came to
    ("nearly 5 inches of rain, or 120 mm", [("length", {"nearly": "5 inches"}), ("length", {"exact": "120 mm"})]),
    ("won 5 in 10 races", [("percent", {"exact": 50})]),  # a share: "in" is no inch
    ("highs of 45C (113F) on Tuesday", [("temperature", {"exact": "45 °C"}), ("temperature", {"exact": "113 °F"})]),
    ("temperatures fell to minus 5 °C", [("temperature", {"exact": "-5 °C"})]),
    ("Class 5C pupils were sent home", []),  # a class, no temperature
    ("The highest reading was 38 µg/L (micrograms per litre)", [("concentration", {"exact": "38 µg/L"})]),
    ("contained 83 micrograms per litre, eight times the limit", [("concentration", {"exact": "83 µg/L"})]),
    ("blood lead at or above 3.5 micrograms per decilitre", [("concentration", {"min": "3.5 µg/dL"})]),
    ("PM2.5 reached 35 ug/m3 on Monday", [("concentration", {"exact": "35 µg/m³"})]),  # "PM2.5" names it
    ("nitrate at about 50 mg/l", [("concentration", {"approx": "50 mg/L"})])])
def test_measures_are_read_with_their_units(text, found):
    assert [(f.quantity, f.value) for f in prose_figures.figures(text)] == found


def test_a_depth_is_proposed_as_a_length_nearest_the_other_sources():
    """The wire gives the epicentre "about 12 km (7 miles) north of" Dolvan and the depth as 10 km: each card is
    proposed the figure of its own, in the unit nearer the other sources' figures."""
    report = news_sets.held_out(QUAKE, "northline-varnen-quake-update3")
    assert report["depth"].value == {"exact": "10 km"}
    assert report["epicentre"].value == {"approx": "12 km"}
