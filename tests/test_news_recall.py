"""News nobody tuned for, twenty-sixth round: a drug maker recalled batches of a blood-pressure tablet over an
impurity, in a wire story, the medicines agency's safety alert (a summary box, advice in bullet points), a paper's
question-and-answer interview with the chief executive, a foreign paper's article in translation (decimal commas,
guillemets) and the patients' association's email newsletter; the dossier an editor's blind trial (session 48) built
from them, corrected by hand to a key written before any article (tests/fixtures/drug-recall/KEY.md). The company
against the association, an independent laboratory and the agency is contested; red only where an outlet contradicts
the others in its own voice (the batches recalled, the day the impurity was first found, the patients exposed)."""
import datetime

import pytest

from builder import article, sentences
from tests import news_sets
from tests.conftest import ROOT
from tests.test_html_import import written
from tests.test_new import dossier, project  # noqa: F401 - project is a fixture: a throwaway copy of the mini project

RECALL = ROOT / "tests" / "fixtures" / "drug-recall"
RED = {"batches-recalled", "detection-date", "patients-exposed"}
CONTESTED = {"contaminant-level", "eighty-mg-unaffected", "risk-very-low", "solvent-cause", "told-agency-promptly"}


def test_the_recall_dossier_reads_as_the_key_says(tmp_path):
    verdicts = news_sets.by_verdict(news_sets.built(RECALL, tmp_path / "recall"))
    assert (verdicts["disputed"], verdicts["contested"]) == (RED, CONTESTED)
    assert set(verdicts) == {"disputed", "contested", "agree"}


@pytest.mark.parametrize("source, red, contested, held", [
    ("alert", RED, CONTESTED, ""),
    ("interview", RED - {"batches-recalled"}, CONTESTED, "batches-recalled, tessel-employees"),
    ("newsletter", RED, CONTESTED, ""),
    ("translated", {"batches-recalled"}, CONTESTED, "detection-date, patients-exposed"),
    ("wire", RED - {"patients-exposed"}, CONTESTED | {"patients-exposed"}, "patients-exposed")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: no card the key keeps agreed or contested turns red. The translation's "In
    fact, the Tessel laboratory first measured the impurity on 19 January 2026", after the company's 2 March, and
    its "more than 110 000 patients" are held back for the editor (the first had not been proposed at all); so is
    the interview's group of 4,300 staff, wrongly, on the card of the Tessel plant's, and its "The Herald has
    established that the recall in fact reaches 16 batches, not the 14 the company announced" (until session 49 read
    as the company's words, whom "the company" does not name). Lost: the laboratory director's
    "«It did not come from the solvent», Veld said." shares one word with the company's claim."""
    site = news_sets.applied(RECALL, source, tmp_path / "recall")
    verdicts = {fid: row.verdict for fid, row in site.comparison.facts.items()}
    assert {f for f, v in verdicts.items() if v == "disputed"} == red
    assert {f for f, v in verdicts.items() if v == "contested"} == contested
    news_sets.assert_held(capsys.readouterr().out, held)


def test_a_company_that_recalled_its_tablets_said_nothing():
    """"Halvern Pharma recalled 14 batches" is the wire's own report of what the company did: "recalled" says
    something only before what was said ("…, she recalled.", "recalled that…"). It had been the company's claim, on
    six accounts of the trial."""
    for source in ("wire", "translated"):
        recalled = news_sets.held_out(RECALL, source)["batches-recalled"]
        assert (recalled.stance, recalled.speaker, recalled.value) == ("states", None, {"exact": 14})


def test_the_outlets_own_finding_against_the_company_is_proposed_beside_it():
    """"According to Halvern, its quality-control laboratory first found the impurity on 2 March." is proposed for
    the card, and the paragraph after it, "In fact, the Tessel laboratory first measured the impurity on 19 January
    2026", as the paper's own rival figure."""
    found = news_sets.rivals(RECALL, "translated")
    assert [(s.stance, s.speaker, s.value) for s in found["detection-date"]] == [
        ("states", None, {"exact": "2026-01-19"})]


def test_we_in_a_speakers_own_newsletter_is_the_speaker():
    """"We do not accept that the risk is "very low"." in the patients' association's newsletter is the association
    disputing the agency (it had been someone's the dossier does not know, under the threshold, and the card read as
    agreed)."""
    risk = news_sets.held_out(RECALL, "newsletter")["risk-very-low"]
    assert (risk.stance, risk.speaker) == ("disputes", "bp-patients-association") and risk.confidence >= 0.6


def test_a_bullet_is_no_part_of_the_quote():
    alert = (RECALL / "articles" / "b-regulator-alert.txt").read_text(encoding="utf-8")
    assert "Halvern Pharma is recalling 14 batches of Pressilan (lorvisartan) 160 mg tablets." in [
        p.text for p in sentences.passages(alert)]


def test_an_emailed_newsletter_and_an_alerts_date_of_issue_import_their_metadata(project, capsys):
    """The newsletter's "Subject:" is its title (the "From:" line had been), its sender its outlet and its "Date:"
    its date (both had been unknown); "View this email in your browser", "You are receiving this email because…",
    "Update your preferences" and "Unsubscribe" are flagged as the email's furniture. The alert's "Date of issue: 9
    March 2026" is its date."""
    articles = RECALL / "articles"
    assert dossier(project, "new", "source", str(articles / "e-newsletter.txt"), "--id", "letter") == 0
    front, _ = written(project, "letter")
    assert (front["title"], front["outlet"], front["published"]) == (
        "Pressilan recall: what you need to know, and what we are doing",
        "Carvath Blood Pressure Patients' Association", datetime.date(2026, 3, 12))
    printed = capsys.readouterr()
    out = printed.out + printed.err
    for line in ("View this email in your browser", "You are receiving this email", "Update your preferences",
                 "Unsubscribe:"):
        assert "(email furniture), line" in out and f"`{line}" in out, line
    alert = (articles / "b-regulator-alert.txt").read_text(encoding="utf-8").splitlines()
    assert article.published(alert) == "2026-03-09"


def test_the_recall_set_keeps_its_figures():
    """Floors at the default threshold, as benchmarks/suggest_eval.py measures them (when the set was added: recall
    0.90, precision 0.92, stance right 0.94, stance and speaker 0.92, values right 0.92)."""
    found = news_sets.figures(RECALL)
    assert found["recall"] >= 0.89 and found["precision"] >= 0.91
    assert found["stance"] >= 0.93 and found["speaker"] >= 0.91 and found["values"] >= 0.91


def test_a_quotation_of_someone_the_dossier_does_not_know_is_listed_not_written():
    """The translation's mayor, «People here have made these tablets for twelve years…», he said, is no speaker of
    the dossier: the quotation is listed among the passages no card covers, as someone's no speaker file names, for
    the editor to add them; `--new` writes no card of it. In the trial, the laboratory director's quotations were
    neither written nor listed while he was unknown."""
    uncovered = news_sets.report(RECALL, "translated").uncovered
    mayor = [u for u in uncovered if u.passage.text.startswith("«People here have made these tablets")]
    assert [(u.kind, u.speaker, u.unnamed) for u in mayor] == [("quotation", None, "he said")]
