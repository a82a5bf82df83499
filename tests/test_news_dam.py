"""News nobody tuned for, eighteenth round: two neighbours' leaders meet over a dam on a border river, in a wire story,
each government's own readout (one under "Office of the Prime Minister of Calvenia", one under "PRESS SERVICE OF THE
PRESIDENT OF THE REPUBLIC OF ALDRETH"), a broadsheet's analysis and a broadcaster's live page; the dossier an
editor's blind trial (session 46) built from them, corrected by hand to a key written before any article
(tests/fixtures/dam-talks/KEY.md). The two governments contradicting each other is a contested claim, never red; red
only where outlets contradict each other in their own voices (the meeting's length, the dam's height, the day the
surveyors were detained)."""
import pytest

from builder import article
from tests import news_sets
from tests.conftest import ROOT

DAM = ROOT / "tests" / "fixtures" / "dam-talks"
RED = {"dam-height", "incident-date", "meeting-length"}
CONTESTED = {"crossing-threat", "flow-fall", "prisoner-exchange", "prisoners-count", "surveyors-crossed"}


def test_the_dam_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(DAM, tmp_path / "dam")
    verdicts = news_sets.by_verdict(site)
    assert (verdicts["disputed"], verdicts["contested"]) == (RED, CONTESTED)
    assert set(verdicts) == {"disputed", "contested", "agree"}
    water = site.comparison.facts["water-offer"]  # 1.2 billion m³, "1,200 million m³", "1.2bn cubic metres": one
    assert water.verdict == "agree"  # volume (beyond 10^12 litres, no card could hold it before session 46)


@pytest.mark.parametrize("source, red, held", [
    ("wire", RED, ""),  # "sat down at 1130 GMT", 14:30 where the others give local time (held back until session 63)
    ("aldreth-readout", RED, ""),
    ("calvenia-readout", RED, ""),
    ("standard", set(), "dam-height, incident-date"),  # its own 185 m and 26 April, for the editor to read
    ("liveblog", RED, "")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, held):
    """The editor's loop, unattended: no card the key keeps agreed or contested turns red, though each government's
    readout contradicts the other's on the prisoners, the surveyors and the exchange."""
    site = news_sets.applied(DAM, source, tmp_path / "dam")
    assert {fid for fid, row in site.comparison.facts.items() if row.verdict == "disputed"} == red
    news_sets.assert_held(capsys.readouterr().out, held)


def test_a_governments_readout_is_read_as_its_offices_claims():
    """Each readout's letterhead is its outlet and the line under it its title; with the office a speaker of the
    dossier, an unsigned readout's sentences are that office's claims, not an outlet's own reporting."""
    calvenia = (DAM / "articles" / "calvenia-readout.txt").read_text(encoding="utf-8").splitlines()
    assert article.headline(calvenia)[1] == "Readout of Prime Minister Ruane's meeting with President Valk of Aldreth"
    assert article.outlet(calvenia) == "Office of the Prime Minister of Calvenia"
    aldreth = (DAM / "articles" / "aldreth-readout.txt").read_text(encoding="utf-8").splitlines()
    assert article.outlet(aldreth) == "Press Service of the President of the Republic of Aldreth"
    held = news_sets.held_out(DAM, "calvenia-readout")
    assert (held["surveyors-seven"].stance, held["surveyors-seven"].speaker) == ("attributes", "calvenia-pm-office")


def test_the_dam_set_keeps_its_figures():
    """Floors at the default threshold, as benchmarks/suggest_eval.py measures them (when the set was added: recall
    0.86, precision 0.85, stance right 0.92, stance and speaker 0.89, values right 0.91 of 47)."""
    found = news_sets.figures(DAM)
    assert found["recall"] >= 0.85 and found["precision"] >= 0.84
    assert found["stance"] >= 0.91 and found["speaker"] >= 0.88 and found["values"] >= 0.90
