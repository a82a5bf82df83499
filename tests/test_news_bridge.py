"""News nobody tuned for, thirty-second round: a footbridge collapses during a festival, in a wire story, an
engineers' preliminary report (numbered sections, a table of measurements), the council's minutes of its emergency
meeting, a local TV station's HTML article and the contractor's statement issued by its solicitors; the dossier an
editor's blind trial (session 49) built from them, corrected by hand to a key written before any article
(tests/fixtures/bridge-collapse/KEY.md). The council against the contractor is contested; red where the report and
the TV station give another span, time, year built and day of the last inspection in their own voice."""
import pytest

from builder import sentences
from tests import news_sets
from tests.conftest import ROOT

BRIDGE = ROOT / "tests" / "fixtures" / "bridge-collapse"
RED = {"collapse-time", "last-inspection-date", "span-length", "year-built"}
CONTESTED = {"council-failed-maintenance", "drainage-warning-2022", "load-at-failure", "people-on-bridge",
             "welds-defective"}


def test_the_bridge_dossier_reads_as_the_key_says(tmp_path):
    verdicts = news_sets.by_verdict(news_sets.built(BRIDGE, tmp_path / "bridge"))
    assert (verdicts["disputed"], verdicts["contested"]) == (RED, CONTESTED)
    assert set(verdicts) == {"disputed", "contested", "agree"}


@pytest.mark.parametrize("source, red, contested, held", [
    ("contractor", RED, CONTESTED, ""),
    ("minutes", RED, CONTESTED, ""),
    ("report", RED - {"span-length"}, CONTESTED, ""),
    ("tv", {"span-length"}, CONTESTED | {"last-inspection-date"}, "last-inspection-date"),
    ("wire", RED, CONTESTED, "")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: no card the key keeps agreed or contested turns red. The TV station's
    "September 2024" for the last inspection is held back; lost: its "built in 2008" (read as agreeing with 2009),
    its 10.05pm and the report's 21:42 (under the threshold), the report's 39.6 m. The minutes' "three of whom
    remained in a serious condition, and ten were still in hospital" gives ten to the card of the three (a false
    contest)."""
    site = news_sets.applied(BRIDGE, source, tmp_path / "bridge")
    verdicts = {fid: row.verdict for fid, row in site.comparison.facts.items()}
    assert {f for f, v in verdicts.items() if v == "disputed"} == red
    assert {f for f, v in verdicts.items() if v == "contested"} == contested
    news_sets.assert_held(capsys.readouterr().out, held)


def test_a_statement_its_solicitors_issue_is_the_companys():
    """The contractor's statement, signed "Hartigan Lowe LLP" for it, is Orsted & Vail's claim (the trial's 21
    accounts were all the statement's own, as the author was filled in)."""
    held = news_sets.held_out(BRIDGE, "contractor")
    assert (held["welds-defective"].stance, held["welds-defective"].speaker) == ("disputes", "orsted-vail")
    assert (held["span-length"].speaker, held["span-length"].value) == ("orsted-vail", {"exact": "42 m"})


def test_the_minutes_numbered_paragraphs_and_labels():
    """"3.6 Cllr Ida Marsh (Leader): …" is the Leader's turn; a paragraph's number ("1.2 This preliminary report…")
    is no part of its passage (the trial's `--new` wrote cards of "1.2" and "3.1")."""
    minutes = (BRIDGE / "articles" / "c-council-minutes.txt").read_text(encoding="utf-8")
    assert ("Cllr Ida Marsh", " (Leader)") in [(label, note) for _, _, label, note in sentences.turns(minutes)]
    assert [p.text for p in sentences.passages("1.2 This preliminary report sets out what we found.")] == [
        "This preliminary report sets out what we found."]
    assert [p.text for p in sentences.passages("3.5 million people voted.")] == ["3.5 million people voted."]


def test_the_bridge_set_keeps_its_figures():
    """Floors at the default threshold, as benchmarks/suggest_eval.py measures them (when the set was added: recall
    0.76, precision 0.93, stance right 0.97, stance and speaker 0.90, values right 0.86; the Chief Executive's report in the minutes his since
    session 52: stance and speaker 0.90 → 0.94)."""
    found = news_sets.figures(BRIDGE)
    assert found["recall"] >= 0.75 and found["precision"] >= 0.92
    assert found["stance"] >= 0.95 and found["speaker"] >= 0.93 and found["values"] >= 0.85


def test_a_compound_number_before_its_unit():
    """The TV station's "forty-two-metre" span had been read as a range from forty to two, that is 2 m."""
    from builder import prose_figures
    assert [(f.number, f.upper) for f in prose_figures.figures("the forty-two-metre span")] == [(42, None)]
    assert [(f.number, f.upper) for f in prose_figures.figures("five to seven km")] == [(5000, 7000)]
