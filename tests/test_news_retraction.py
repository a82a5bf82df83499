"""News nobody tuned for, thirtieth round: a medical journal retracts a university's stroke-drug study, in a wire
story, the university's original press release, the journal's retraction notice, the lead author's blog post
disputing it (in the first person, with emails quoted) and a science magazine's HTML feature with pull quotes and a
correction; the dossier an editor's blind trial (session 49) built from them, corrected by hand to a key written
before any article (tests/fixtures/study-retraction/KEY.md). The journal against the lead author is contested; red
where the magazine, in its own voice, gives another sample size, effect and day of publication."""
import pytest

from tests import news_sets
from tests.conftest import ROOT

STUDY = ROOT / "tests" / "fixtures" / "study-retraction"
RED = {"corva2-effect-size", "corva2-publication-date", "corva2-sample-size"}
CONTESTED = {"corva2-coauthors-requested", "corva2-duplicate-enrolments", "corva2-main-finding-undermined",
             "corva2-outcome-switched", "corva2-response-window", "corva2-spreadsheet-merge-error"}
SINGLE = {"tarnsfield-students"}


def test_the_retraction_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(STUDY, tmp_path / "study")
    agreed = set(site.dossier.facts) - RED - CONTESTED - SINGLE
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED, "single": SINGLE,
                                          "agree": agreed}
    dose = (tmp_path / "study" / "site" / "facts" / "corva2-dose.html").read_text(encoding="utf-8")
    assert "5 mg" in dose  # a mass in milligrams: the trial's card of "5 mg" had been refused


@pytest.mark.parametrize("source, red, contested, held", [
    ("lantern-feature", set(), CONTESTED | {"corva2-effect-size", "corva2-publication-date"},
     "corva2-marrow-lead-author, corva2-publication-date"),
    ("lodestar-wire", set(), CONTESTED | RED,
     "corva2-effect-size, corva2-sample-size, corva2-number-needed-to-treat, corva2-publication-date"),
    ("marrow-blog", RED, CONTESTED - {"corva2-outcome-switched"}, ""),
    ("mjm-retraction-notice", RED, CONTESTED, ""),
    ("tarnsfield-release", RED, CONTESTED, "")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: no card the key keeps agreed or contested turns red; none of the magazine's
    three reds is found. "The 38 percent that led news bulletins came from Tarnsfield's press release" is read as
    the magazine stating 38 %, its own 31 % is not proposed, "The paper says 1,240 patients took part" is someone's
    whom the dossier does not know (the paper's authors), and "The paper went online in the Meridian Journal of
    Medicine on 12 March 2025" is taken for the journal's words; a denial on the card of who led the study is held
    back, wrongly. The wire's own figures, the side of the reds the others take, are held back. The blog's "The
    outcome we reported is the outcome we registered" is its author's (below) but read as affirming the switch it
    denies, in other words."""
    site = news_sets.applied(STUDY, source, tmp_path / "study")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_a_blog_its_author_signs_is_theirs_and_a_notice_its_editors_sign_the_journals():
    """The lead author's blog post, signed by her (a speaker of the dossier), is her voice: "These errors do not
    change the main result." is Marrow disputing the journal, not the blog's own statement (the trial had written
    seven such accounts as the blog's own); the retraction notice, signed "The Editors", is the journal's."""
    held = news_sets.held_out(STUDY, "marrow-blog")
    assert (held["corva2-main-finding-undermined"].stance, held["corva2-main-finding-undermined"].speaker) == (
        "disputes", "ilse-marrow")
    notice = news_sets.held_out(STUDY, "mjm-retraction-notice")
    assert (notice["corva2-sample-size"].stance, notice["corva2-sample-size"].speaker) == (
        "attributes", "meridian-journal")


def test_the_retraction_set_keeps_its_figures():
    """Floors at the default threshold, as benchmarks/suggest_eval.py measures them (when the set was added: recall
    0.90, precision 0.96, stance right 0.70, stance and speaker 0.65, values right 0.86; a signed blog its author's:
    stance 0.83, stance and speaker 0.77; the notice's "Retraction published online: 3 February 2026" its date, a
    line of the page's furniture then, whose day the card of the retraction loses: values 0.84; the notice, signed
    "The Editors", the journal's: stance 0.94, stance and speaker 0.89; since session 75 a passage whose figure is
    another card's, counting what that card counts, is not written, so "Fifty-nine patients on corvalide had a second
    stroke, against 95 on placebo." is no longer proposed for the placebo's card with the 59: recall 0.88, values
    0.96)."""
    found = news_sets.figures(STUDY)
    assert found["recall"] >= 0.88 and found["precision"] >= 0.95
    assert found["stance"] >= 0.93 and found["speaker"] >= 0.88 and found["values"] >= 0.95


def test_the_imports_date_and_byline():
    """The notice's "Retraction published online: 3 February 2026" is its date (it had stayed unknown); the blog's
    "**By Ilse Marrow** · 6 February 2026 · 8 min read" names its author (flagged as a byline, it had not)."""
    from builder import article
    assert article.published(["Meridian Journal of Medicine", "Retraction published online: 3 February 2026"]) == (
        "2026-02-03")
    assert article.author(["**By Ilse Marrow** · 6 February 2026 · 8 min read"]) == "Ilse Marrow"
