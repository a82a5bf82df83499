"""News nobody tuned for, fifty-eighth round: a national exam board's grading error, in a national paper's saved page
(a byline with the author's role, an "Updated" stamp, a pull quote, a newsletter box, a correction at its foot), a
parliament's record as plain text (the sitting's lines, column numbers, members' turns), the head teachers' union's
members' email (.eml, plain text and HTML parts) and a regional paper's article copied from its app; the dossier an
editor's blind trial (session 59) built from them, corrected by hand to a key written before any article
(tests/fixtures/exam-regrade/KEY.md). The minister and the union and the opposition disagree (the share of grades
raised, the university places lost and reinstated): contested, never red; red where the regional paper gives fewer
candidates and schools, and another day for the corrected results."""
import pytest

from tests import news_sets
from tests.conftest import ROOT

EXAM = ROOT / "tests" / "fixtures" / "exam-regrade"
RED = {"candidates-affected", "corrected-results-date", "schools-affected"}
CONTESTED = {"places-lost", "places-reinstated", "share-grades-raised"}


def test_the_exam_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(EXAM, tmp_path / "exam")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED}


@pytest.mark.parametrize("source, red, contested, held", [
    ("standard", set(), CONTESTED | RED, "candidates-affected, schools-affected, corrected-results-date"),
    ("hansard", RED, CONTESTED, ""),
    ("ahtp-email", RED, CONTESTED, ""),
    ("dunmore-post", set(), CONTESTED, "corrected-results-date, candidates-affected")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: every red an article makes is held back for the editor, and nothing the key
    keeps agreed or contested turns red. Left: the regional paper's "The error hit about 430 schools" shares one word
    with the card of the schools affected ("Candidates at more than 600 schools were affected."), and "Almost twelve
    thousand students … were given chemistry grades that were too low" none but its figure's kind with the card of the
    candidates affected, so two of its three reds are lost, as in the trial."""
    site = news_sets.applied(EXAM, source, tmp_path / "exam")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_a_transcript_speaks_in_its_members_voices_and_against_what_they_were_told():
    """In the Minister's turn, "The Vellmark Examinations Board has confirmed that a fault in its marking software
    mis-scaled…" is hers, not the record's own statement (a transcript has no voice of its own; the trial: `states`);
    the opposition member's "Dozens of students are still without a university place, whatever the Minister has been
    told." denies the places reinstated (the trial: she was read as saying it)."""
    report = news_sets.held_out(EXAM, "hansard")
    assert (report["scaling-error"].stance, report["scaling-error"].speaker) == ("attributes", "rosalind-tarrant")
    assert (report["software-supplier"].stance, report["software-supplier"].speaker) == ("attributes",
                                                                                         "rosalind-tarrant")
    assert (report["places-reinstated"].stance, report["places-reinstated"].speaker) == ("disputes", "maud-ellery")


def test_a_thousandth_a_time_gone_by_and_someone_who_shares_a_surname():
    """"the 1,000th day" ranks the thousandth (it had been a count of 0, "000th"); "Three weeks on, some students are
    still waiting…" sets the sentence in time and measures nothing (the trial: a card of 21 days, and held back
    against the 22 days waited); "His mother, Sarah Welby, said…" is not the student Jonah Welby's, though his surname
    alone names him, and "On Friday Welby said…" is his."""
    from builder import attribution, prose_figures
    from builder.model import Speaker
    assert prose_figures.figures("Three weeks on, some students are still waiting for a university place.") == []
    assert [f.number for f in prose_figures.figures("The strike went on for three weeks.")] == [30240]
    assert [(f.number, f.ordinal) for f in prose_figures.figures("on the 1,000th day of the war")] == [(1000, True)]
    names = attribution.Names({"jonah-welby": Speaker("jonah-welby", "Jonah Welby", "person", None)})
    assert attribution.attribute("His mother, Sarah Welby, said the family had spent every day on the phone.",
                                 names) is None
    assert attribution.attribute("But Welby said the offer was not the same thing.", names).speaker == "jonah-welby"
    assert attribution.attribute("Mr Welby said the offer was not the same thing.", names).speaker == "jonah-welby"
    assert attribution.attribute("On Friday Welby said the offer was not the same thing.", names).speaker == \
        "jonah-welby"


def test_a_parliaments_record_and_a_signed_email_import_with_their_heading_and_signatory(tmp_path):
    """The record's sitting lines ("The House met at half-past Eleven o'clock", "[The Speaker in the Chair]", "Column
    412") are chrome, so its title is the debate's heading (the trial: the sitting's line); the union's email signed
    "With best wishes," / "Dervla Quinn" / "General Secretary" is hers (the trial: unknown)."""
    record = news_sets.imported(EXAM / "articles" / "2-hansard.txt", tmp_path)
    assert record["title"] == "Higher Certificate Chemistry: Grading Error"
    email = news_sets.imported(EXAM / "articles" / "3-ahtp-email.eml", tmp_path)
    assert email["author"] == "Dervla Quinn"
