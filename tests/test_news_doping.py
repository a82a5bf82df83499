"""News nobody tuned for, nineteenth round: a sprinter's positive test, in a sports desk's story, the anti-doping
agency's own statement, a running magazine's interview (Q:/A:), a newspaper's investigation and a television
channel's live page; the dossier an editor's blind trial (session 46) built from them, corrected by hand to a key
written before any article (tests/fixtures/doping-case/KEY.md). The agency against the athlete, her lawyer, the
federation and a rival is a contested claim; red only where the investigation contradicts the others in its own
voice (the day the sample was collected, the ban the agency seeks, the tests this season)."""
import pytest

from builder import article, prose_figures
from tests import news_sets
from tests.conftest import ROOT

DOPING = ROOT / "tests" / "fixtures" / "doping-case"
RED = {"ban-sought", "sample-date", "tests-this-season"}
CONTESTED = {"chain-of-custody", "federation-knew", "lab-procedure", "late-to-control", "supplement-contaminated"}


def test_the_doping_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(DOPING, tmp_path / "doping")
    verdicts = news_sets.by_verdict(site)
    assert (verdicts["disputed"], verdicts["contested"]) == (RED, CONTESTED)
    assert set(verdicts) == {"disputed", "contested", "agree"}
    race = (tmp_path / "doping" / "site" / "facts" / "race-time.html").read_text(encoding="utf-8")
    assert "10.81 s" in race and ">11 s<" not in race  # a sprint's time to the hundredth
    dose = (tmp_path / "doping" / "site" / "facts" / "concentration.html").read_text(encoding="utf-8")
    assert "1.8 ng/mL" in dose  # as the agency and the papers give it


@pytest.mark.parametrize("source, red, held", [
    ("harbour-post", RED, ""),
    ("oada-statement", RED, ""),
    ("stride-interview", RED, ""),
    ("herald-investigation", set(), "ban-sought, sample-date, tests-this-season"),  # its own two years, 11 June
    # and nine tests
    ("vantage-live", RED, "")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, held):
    """The editor's loop, unattended: no card the key keeps agreed or contested turns red; the investigation's three
    reds are held back for the editor (in the trial, none was: its "two years, not the four years reported" was read
    as four, and "nine times" as no figure; until session 49 "Doping-control forms seen by the Herald show that it was
    collected on 11 June", beside the agency's 13 June, was not proposed: forms were no record)."""
    site = news_sets.applied(DOPING, source, tmp_path / "doping")
    assert {fid for fid, row in site.comparison.facts.items() if row.verdict == "disputed"} == red
    news_sets.assert_held(capsys.readouterr().out, held)


def test_the_investigations_own_figures_are_read():
    """"The agency is seeking a ban of two years, not the four years reported earlier this week." gives two years;
    "had been tested nine times this season" nine; "10.81sec" 10.81 s; "1.8 nanograms per millilitre" 1.8 ng/mL."""
    held = news_sets.held_out(DOPING, "herald-investigation")
    assert (held["ban-sought"].stance, held["ban-sought"].value) == ("states", {"exact": "2 years"})
    assert held["tests-this-season"].value == {"exact": 9}
    assert held["concentration"].value == {"exact": "1.8 ng/mL"}
    clocked = prose_figures.read("In Lavenne she clocked 10.81sec, a whisker outside her record", "duration")
    assert clocked.value == {"exact": "10.81 s"}


def test_imports_read_a_section_label_a_series_label_and_an_agencys_statement():
    """The story opens "SPORT | ATHLETICS" (two sections: no outlet), the interview "STRIDE" / "THE STRIDE
    INTERVIEW" (the masthead, and a series' label, no title), the agency's statement its name."""
    story = (DOPING / "articles" / "harbour-post.txt").read_text(encoding="utf-8").splitlines()
    assert article.outlet(story) is None
    interview = (DOPING / "articles" / "stride-interview.txt").read_text(encoding="utf-8").splitlines()
    assert article.outlet(interview) == "Stride"
    assert article.headline(interview)[1] == 'Kalinda Morvay: "I didn\'t cheat. I want my name back."'
    statement = (DOPING / "articles" / "oada-statement.txt").read_text(encoding="utf-8").splitlines()
    assert article.outlet(statement) == "Orlesian Anti-Doping Agency"


def test_the_doping_set_keeps_its_figures():
    """Floors at the default threshold, as benchmarks/suggest_eval.py measures them (when the set was added: recall
    0.93, precision 0.84, stance right 0.89, stance and speaker 0.89, values right 0.71 of 42: bare times, "10.88",
    and ages, "Morvay, 27,", are not read)."""
    found = news_sets.figures(DOPING)
    assert found["recall"] >= 0.92 and found["precision"] >= 0.83
    assert found["stance"] >= 0.88 and found["speaker"] >= 0.88 and found["values"] >= 0.7


def test_a_magazines_closing_note_is_no_part_of_the_last_answer():
    """"Kalinda Morvay was provisionally suspended by the Orlesian Anti-Doping Agency on July 21. She denies any
    wrongdoing." closes the interview after her last answer: the magazine's, told of her, not by her (in the trial it
    was written as her denying the national title's date)."""
    from builder import pipeline
    from builder.config import load_config
    from builder.suggest import Retriever
    dossier = pipeline.check(load_config(DOPING)).site.dossier
    interview, retriever = dossier.sources["stride-interview"], Retriever(dossier)
    assert retriever.said_at(interview, interview.body.index("Kalinda Morvay was provisionally suspended")) is None
    assert retriever.said_at(interview, interview.body.index("Whatever happens in September")).speaker == \
        "kalinda-morvay"
