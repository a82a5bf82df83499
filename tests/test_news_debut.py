"""News nobody tuned for, fifty-second round: a technology company's stock-market debut, in a markets wire (a ticker
line, "UPDATE 1-", a "(Reporting by …; Editing by …)" footer), the company's stock-exchange announcement (its legal
lines "NOT FOR RELEASE, PUBLICATION OR DISTRIBUTION…" and "This announcement is an advertisement and not a
prospectus…", its headline "Quillmark Systems ASA - Completion of Initial Public Offering…"), a personal-finance blog
in Markdown (its stamp "**By Dana Welk** · 16 June 2026 · The Frugal Fox · 6 min read", a table) and a business TV
channel's saved page; the dossier an editor's blind trial (session 56) built from them, corrected by hand to a key
written before any article (tests/fixtures/market-debut/KEY.md). The company, an analyst house and a shareholders'
association give rival valuations and shares for small investors, and the exchange and the association disagree on
whether the halt was automatic: contested, never red; red where the TV page gives another opening price (€33.10; the
others €31.50) and another first-day rise (31 %; 24.2 %), and the blog another length of the halt (30 minutes; 15).
The money raised grows when the banks sell more shares."""
import pytest

from tests import news_sets
from tests.conftest import ROOT

DEBUT = ROOT / "tests" / "fixtures" / "market-debut"
RED = {"first-day-rise", "halt-length", "opening-price"}
CONTESTED = {"halt-automatic", "retail-share", "valuation"}


def test_the_debut_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(DEBUT, tmp_path / "debut")
    agreed = set(site.dossier.facts) - RED - CONTESTED  # "€212 million" fits €212.4 million, rounded (a minor
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED, "agree": agreed}  # discrepancy
    assert len(agreed) == 10  # until session 73)


@pytest.mark.parametrize("source, red, contested, held", [
    ("announcement", RED, CONTESTED, ""),
    ("blog", RED - {"halt-length"}, CONTESTED, "halt-length"),
    ("tv", {"halt-length"}, CONTESTED, ""),
    ("wire", RED, CONTESTED, "")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: no card the key keeps agreed or contested turns red. The blog's 30 minutes of
    halt are held back (as in the trial); the TV page's €33.10 and 31 % are lost unattended, as in the trial: "The
    shares opened at €33.10, well above the €24 offer price, before trading was halted…" reads as the halt's, and
    "ended the session 31% above its offer price" shares too few words with the card's rise."""
    site = news_sets.applied(DEBUT, source, tmp_path / "debut")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_the_announcements_own_claims():
    """What the trial found read wrong, read right now: in the company's own announcement, "The Company has
    approximately 1,100 employees in five countries and reported revenue of EUR 212.4 million…" is the company's
    claim throughout (the trial: its head count the announcement's own voice, "and reported" making only the revenue
    the company's)."""
    employees = news_sets.held_out(DEBUT, "announcement")["employees"]
    assert (employees.stance, employees.speaker, employees.value) == (
        "attributes", "quillmark-systems", {"approx": 1100})


def test_what_the_subject_owns_after_a_colon_speaks_for_it():
    """"The association also thinks the company was priced for perfection: its own model puts the offer valuation at
    around €4 billion" gives the association's figure, the sentence's subject's model (session 56: the company's,
    named last before the colon)."""
    valuation = news_sets.held_out(DEBUT, "blog")["valuation"]
    assert (valuation.stance, valuation.speaker, valuation.value) == (
        "attributes", "norvanian-shareholders-association", {"approx": 4000000000})


def test_the_imports_of_the_announcement_and_the_blog(tmp_path):
    """The announcement's title is its headline, not its legal paragraph "This announcement is an advertisement and
    not a prospectus…", and its outlet the issuer its headline names first; the blog's outlet is the name in its
    stamp, "The Frugal Fox", no person's (both unknown in the trial)."""
    announcement = news_sets.imported(DEBUT / "articles" / "2-announcement.txt", tmp_path)
    assert announcement["title"].startswith("Quillmark Systems ASA - Completion of Initial Public Offering")
    assert announcement["outlet"] == "Quillmark Systems ASA"
    blog = news_sets.imported(DEBUT / "articles" / "3-blog.md", tmp_path)
    assert (blog["author"], blog["outlet"]) == ("Dana Welk", "The Frugal Fox")


def test_the_debut_set_keeps_its_figures():
    """Floors at the default threshold, as benchmarks/suggest_eval.py measures them (when the set was added: recall
    0.91, precision 1.00, stance right 0.94, stance and speaker 0.90, values right 0.96). Recall 0.89 since session 57:
    the association's "its own model puts the offer valuation at around €4 billion" is read as the association's, at
    0.598 (the company's, wrongly, at 0.648)."""
    found = news_sets.figures(DEBUT)
    assert found["recall"] >= 0.89 and found["precision"] >= 0.99
    assert found["stance"] >= 0.93 and found["speaker"] >= 0.89 and found["values"] >= 0.95
