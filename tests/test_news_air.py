"""News nobody tuned for, sixteenth round: an invented airliner turbulence incident in a wire story, a national
broadcaster's page, a local paper, the regulator's statement and press-conference transcript, and an aviation trade
paper; the dossier an editor's blind trial (session 44) built from them, corrected by hand to a key written before
any build (tests/fixtures/air-incident/KEY.md). Officials disagreeing (the injured, the seatbelt sign, the weather
briefing, the radar) is a contested claim; red only where outlets contradict each other in their own voices (the
number taken to hospital)."""
import pytest

from tests import news_sets
from tests.conftest import ROOT

AIR = ROOT / "tests" / "fixtures" / "air-incident"
RED = {"hospitalised"}
CONTESTED = {"cruise-altitude", "drop-duration", "injured", "radar-fault", "seatbelt-sign", "weather-briefing"}
SINGLE = {"mayday-time"}


def test_the_air_incident_dossier_reads_as_the_key_says(tmp_path):
    """The key's verdicts, with its two departures the key's addendum explains (the altitude and the drop's length
    are contested claims: the site's tolerance for "about", the regulator as a party)."""
    site = news_sets.built(AIR, tmp_path / "air")
    agreed = set(site.dossier.facts) - RED - CONTESTED - SINGLE
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED, "single": SINGLE,
                                          "agree": agreed}


@pytest.mark.parametrize("source, red, held", [
    ("courier", RED, "landing-time, turbulence-time"),
    ("flightdeck", RED, "turbulence-time"),
    ("northline", RED, ""),
    ("tcaa-briefing", RED, ""),
    ("tvr", set(), "hospitalised, passengers-on-board")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, held):
    """The editor's loop, unattended: the broadcaster's 14 taken to hospital against the others' 11 is held back for
    the editor, and so are the local paper's times, given in local time against the others' UTC."""
    site = news_sets.applied(AIR, source, tmp_path / "air")
    assert {fid for fid, row in site.comparison.facts.items() if row.verdict == "disputed"} == red
    news_sets.assert_held(capsys.readouterr().out, held)


def test_a_figure_of_an_earlier_event_is_no_value_for_this_one(tmp_path, capsys):
    """The wire's "In March 2023, another Aurel Air flight, AU902, encountered turbulence …, injuring 12 people." was
    written unattended onto "Two people were seriously injured" as the wire's own count; a sentence that opens in a
    year before the event is never applied to a card of a figure, and is listed among what no card covers."""
    site = news_sets.applied(AIR, "northline", tmp_path / "air")
    assert "northline" not in {a.source for a in site.dossier.facts["serious-injuries"].accounts}
    assert "  figure: In March 2023, another Aurel Air flight, AU902," in capsys.readouterr().out


def test_the_air_set_keeps_its_figures():
    """Floors at the default threshold, as benchmarks/suggest_eval.py measures them (when the set was added: recall
    0.87, precision 0.89, stance right 0.96, stance and speaker 0.96, values right 0.95 of 38)."""
    found = news_sets.figures(AIR)
    assert found["recall"] >= 0.87 and found["precision"] >= 0.86
    assert found["stance"] >= 0.96 and found["speaker"] >= 0.96 and found["values"] >= 0.92


def test_a_passage_saying_it_is_not_known_takes_no_side(tmp_path, capsys):
    """The transcript's "It is too early to say when the seatbelt sign was switched on." was written unattended as
    the investigator affirming that the sign was on before the drop; what it does not know is no account."""
    site = news_sets.applied(AIR, "tcaa-briefing", tmp_path / "air")
    assert "tcaa-briefing" not in {a.source for a in site.dossier.facts["seatbelt-sign"].accounts}
    held = news_sets.held_out(AIR, "tcaa-briefing")["seatbelt-sign"]
    assert "says it is not known: too early to say" in held.why
