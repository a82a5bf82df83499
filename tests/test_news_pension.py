"""News nobody tuned for: a public servants' pension fund's loss on a waterfront development, in the fund's annual
report summary converted from PDF with pdftotext -layout (page numbers, running heads, tables of figures beside the
year before, footnote marks, a Contacts block), a news wire's file as plain text (URGENT and FLASH lines with time
stamps, then a CORRECTED-UPDATE story whose correction note undoes a flash's figure, the action group's chair named
only after his words, the regulator's chief executive in reported speech over two sentences, "next Wednesday"), the
members' action group's blog post in Hugo Markdown (front matter, shortcodes, headings) and an assembly committee's
oral evidence transcript saved as a web page (a staff-written Background box, numbered questions, witnesses' names
before their answers); the dossier an editor's blind trial (session 67) built from them, corrected by hand to a key
written before any article (tests/fixtures/pension-loss/KEY.md). The trustees and the action group disagree (the
loss, the adviser's warning), and the trustees and the regulator (when it was told): contested, never red; red where
the wire, in its own voice, gives another value of the fund, another number of members and another day the ballot
closes than the committee's Background."""
import pytest

from tests import news_sets
from tests.conftest import ROOT

PENSION = ROOT / "tests" / "fixtures" / "pension-loss"
RED = {"ballot-close-date", "fund-value", "member-count"}
CONTESTED = {"adviser-warning", "loss-amount", "regulator-told-date"}


def test_the_pension_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(PENSION, tmp_path / "pension")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED}


@pytest.mark.parametrize("source, red, contested, held", [
    ("apag-blog-690-million", RED, CONTESTED, ""),
    ("apspf-annual-report-summary", RED, CONTESTED, ""),
    ("assembly-papc-oral-evidence", set(), CONTESTED | {"ballot-close-date", "fund-value", "member-count"},
     "ballot-close-date, fund-value, member-count"),
    ("ferris-wire-apspf-loss", set(), CONTESTED, "ballot-close-date")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: nothing the key keeps agreed or contested turns red. (With the committee
    transcript's Background's "worth about £2.6 billion", "has 46,900 members" and "closes on 18 February 2027" held
    back, the wire's own 3.4 billion, 41,900 and Feb. 25 stand against the fund's figures alone: three cards the key
    makes red read contested until an editor has read the held accounts.)"""
    site = news_sets.applied(PENSION, source, tmp_path / "pension")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)
