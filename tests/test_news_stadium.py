"""News nobody tuned for, twenty-seventh round: a crowd crush at a football stadium's turnstiles before a cup final,
in a wire story, a joint statement by the police and the club (with a timeline as a table), a TV bulletin's
transcript (timecodes, labels with roles), a news site's "What we know so far" explainer and a columnist's column with
a correction; the dossier an editor's blind trial (session 48) built from them, corrected by hand to a key written
before any article (tests/fixtures/stadium-crush/KEY.md). The club against the supporters' trust, the police, a
steward and the ambulance service is contested; red only where an outlet contradicts the others in its own voice
(the tickets sold, the time the gates opened)."""
import pytest

from builder import article, prose_figures, sentences
from tests import news_sets
from tests.conftest import ROOT

STADIUM = ROOT / "tests" / "fixtures" / "stadium-crush"
RED = {"gates-opened", "tickets-sold"}
CONTESTED = {"ambulance-response", "forged-tickets", "police-ordered-gate", "sag-warned-club", "stewards-short"}


def test_the_stadium_dossier_reads_as_the_key_says(tmp_path):
    verdicts = news_sets.by_verdict(news_sets.built(STADIUM, tmp_path / "stadium"))
    assert (verdicts["disputed"], verdicts["contested"]) == (RED, CONTESTED)
    assert set(verdicts) == {"disputed", "contested", "agree"}


@pytest.mark.parametrize("source, red, contested, held", [
    ("column", RED, CONTESTED, ""),
    ("explainer", {"gates-opened"}, CONTESTED, "tickets-sold, kickoff-delay"),
    ("statement", RED, CONTESTED, ""),
    ("transcript", {"tickets-sold"}, CONTESTED, "gates-opened"),
    ("wire", set(), CONTESTED | RED, "tickets-sold, gates-opened")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: no card the key keeps agreed or contested turns red. The explainer's own
    "But ticketing data obtained by the Post shows that 44,650 tickets were sold" is proposed beside the club's
    39,800 and held back (it had gone to a new card); the wire's own 13:30 and 39,800, the side of the reds the others
    take, are held back too (its "Police said nine people had been arrested on Saturday, …, and that none of the
    arrests was connected with the crush itself" is the police's nine since session 56: its "none" had been read, and
    held back against the others' nine). Lost: the transcript's own
    "the East Stand turnstiles did not open until a quarter past two" (the shutters "still down at two o'clock" are
    read instead, and the side it takes is the others'). Since session 60 the explainer's "According to the club, the
    gates opened ninety minutes before the scheduled kick-off." is the club's ("according to" the one speaker its
    words name), whose remark the card of the delay also cites, so it is proposed there and held back: a false
    flag, never published."""
    site = news_sets.applied(STADIUM, source, tmp_path / "stadium")
    verdicts = {fid: row.verdict for fid, row in site.comparison.facts.items()}
    assert {f for f, v in verdicts.items() if v == "disputed"} == red
    assert {f for f, v in verdicts.items() if v == "contested"} == contested
    news_sets.assert_held(capsys.readouterr().out, held)


@pytest.mark.parametrize("text, times", [
    ("opened at half past one", [810, 90]),  # which half past one: the one nearest what others say (read)
    ("did not open until a quarter past two", [855, 135]),
    ("at around twenty to three yesterday afternoon", [880]),
    ("We were here from one o'clock.", [780, 60]),
    ("at ten past eleven at night", [1390]),
    ("at 3 o'clock in the morning", [180])])
def test_a_time_as_it_is_spoken(text, times):
    """A TV bulletin's and a column's times had been counts ("two o'clock" a count of 2) or nothing at all."""
    assert [f.number for f in prose_figures.figures(text) if f.quantity == "time"] == times
    assert not [f for f in prose_figures.figures(text) if f.quantity == "count"]
    assert [f.quantity for f in prose_figures.figures("between five to ten people")] == ["count"]  # no time


def test_a_spoken_time_is_read_as_other_sources_give_it():
    assert prose_figures.read("The club says the turnstiles opened at half past one", "time", [810]).number == 810


def test_a_number_in_words_with_its_thousands_and_hundreds():
    """"thirty-nine thousand eight hundred tickets" had been 39,000 (and a count of 800), a minor discrepancy with
    the club's 39,800."""
    assert [f.number for f in prose_figures.figures("they sold thirty-nine thousand eight hundred tickets")] == [39800]
    assert [f.number for f in prose_figures.figures("three thousand and fifty fans")] == [3050]


def test_a_broadcasts_timecodes_and_labels():
    """"[00:01:45]" above "Joel Farkas, steward: We were short of stewards…" is no time of day (the trial had sixteen
    time cards of them) and does not hide the label under it: the steward's turn is his, as are the ambulance
    service's spokeswoman's and the minister's ("Sports Minister Ilse Varga:", once)."""
    body = (STADIUM / "articles" / "c-tv-transcript.txt").read_text(encoding="utf-8")
    assert not [f for f in prose_figures.figures("[00:01:45]\nJoel Farkas, steward: We were short.")
                if f.quantity == "time"]
    labels = [label for _, _, label, _ in sentences.turns(body)]
    assert {"PRESENTER", "Reporter", "Fan", "Joel Farkas", "Rhian Castell", "Sports Minister Ilse Varga"} <= set(labels)


def test_a_timeline_row_is_read():
    """The statement's "14:40 | Crowd pressure reported at turnstiles 1–12" had been flagged as a dateline, and left
    out of what suggest reads; "10:32 | Updated" still is a dateline."""
    assert not article.banner("14:40 | Crowd pressure reported at turnstiles 1–12")
    assert article.banner("10:32 | Updated")
    statement = (STADIUM / "articles" / "b-police-statement.txt").read_text(encoding="utf-8")
    assert "14:40 | Crowd pressure reported at turnstiles 1–12" in [p.text for p in sentences.passages(statement)]


def test_the_stadium_set_keeps_its_figures():
    """Floors at the default threshold, as benchmarks/suggest_eval.py measures them (when the set was added: recall
    0.92, precision 0.94, stance right 0.82, stance and speaker 0.74, values right 0.98)."""
    found = news_sets.figures(STADIUM)
    assert found["recall"] >= 0.91 and found["precision"] >= 0.93
    assert found["stance"] >= 0.81 and found["speaker"] >= 0.73 and found["values"] >= 0.97
