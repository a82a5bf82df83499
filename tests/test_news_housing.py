"""News nobody tuned for, thirty-third round: a statistics office's quarterly housing and homelessness figures, in a
wire story, the office's statistical bulletin (main points, a table, a revision), the housing minister's speech as
her ministry publishes it, a fact-checking site's HTML page (claims, claimants and verdicts in boxes) and a
homelessness charity's Markdown blog post signed by its chief executive; the dossier an editor's blind trial
(session 49) built from them, corrected by hand to a key written before any article
(tests/fixtures/housing-figures/KEY.md). The minister against the statisticians, the charity and the fact-checkers
is contested; red where the fact check and the wire give another count, date of the speech and of the next
release in their own voice."""
import pytest

from builder import article, prose_figures, webpage
from tests import news_sets
from tests.conftest import ROOT

HOUSING = ROOT / "tests" / "fixtures" / "housing-figures"
RED = {"next-release-date", "speech-date", "temporary-accommodation-children"}
CONTESTED = {"brandvik-cherry-picking", "homelessness-falling", "on-track-for-target", "q2-completions-revised",
             "rough-sleeping-count"}


def test_the_housing_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(HOUSING, tmp_path / "housing")
    agreed = set(site.dossier.facts) - RED - CONTESTED - {"year-to-september-completions"}
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED, "agree": agreed,
                                          "minor": {"year-to-september-completions"}}


@pytest.mark.parametrize("source, red, contested, held", [
    ("bulletin", RED, CONTESTED, ""),
    ("charity-blog", RED, CONTESTED, ""),
    ("factcheck", set(), CONTESTED | {"temporary-accommodation-children"},
     "next-release-date, temporary-accommodation-children"),
    ("speech", RED, CONTESTED - {"brandvik-cherry-picking"}, ""),
    ("wire", set(), CONTESTED | {"next-release-date", "speech-date"},
     "next-release-date, temporary-accommodation-children")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: no card the key keeps agreed or contested turns red. The fact check's own
    78,400 children and its date of the next release are held back for the editor; lost: its "19 November 2025" for
    the speech (0.59). The minister's "I am not cherry-picking" is not proposed. Since session 60 the wire's "rents in
    the capital rose by 8.4% in the year to September" is no longer held back on the card of the social rent share,
    where the charity's "fewer than one in five" had been read as giving 8.4 (an open-ended value gives only the
    figures near its bound)."""
    site = news_sets.applied(HOUSING, source, tmp_path / "housing")
    verdicts = {fid: row.verdict for fid, row in site.comparison.facts.items()}
    assert {f for f, v in verdicts.items() if v == "disputed"} == red
    assert {f for f, v in verdicts.items() if v == "contested"} == contested
    news_sets.assert_held(capsys.readouterr().out, held)


def test_numbers_in_words_with_a_comma():
    """The speech's "two thousand, one hundred and forty" had been 2,000, and its quote cut at the comma."""
    assert [f.number for f in prose_figures.figures("was two thousand, one hundred and forty.")] == [2140]
    assert [f.number for f in prose_figures.figures("fourteen thousand, eight hundred and twenty new homes")] == [14820]
    assert [f.number for f in prose_figures.figures("five thousand, three died")] == [5000, 3]


def test_the_imports_breadcrumb_and_a_fact_checks_boxes():
    """The charity's Markdown post opens with its breadcrumb, which had been its title; the fact check's boxes of
    claims and verdicts, which the extractor leaves out, are named in a warning (the trial's editor pasted them back
    by hand)."""
    assert article.banner("[Home](/) > [News and blog](/blog/) > Official figures can't hide the emergency")
    assert not article.banner("Home is where the heart is")
    notes = webpage.read(HOUSING / "articles" / "d-factcheck.html").notes
    assert any(n.startswith("6 paragraph(s) of the article the extractor left out were put back where the page has "
                            "them, the first “Claim: \"Homelessness is falling") for n in notes)  # session 65: back


def test_the_housing_set_keeps_its_figures():
    """Floors at the default threshold, as benchmarks/suggest_eval.py measures them (when the set was added: recall
    0.88, precision 0.97, stance right 0.93, stance and speaker 0.92, values right 0.91). Since session 56 a verb after
    "and" is the sentence's subject's: the wire's "Minister for Housing Mirela Osterhaus hailed … and told the National
    Assembly the government was "firmly on track" to deliver its target of 60,000 new homes a year" gives the target
    as hers, where the key has it the wire's own: stance right 0.93 → 0.92."""
    found = news_sets.figures(HOUSING)
    assert found["recall"] >= 0.87 and found["precision"] >= 0.96
    assert found["stance"] >= 0.91 and found["speaker"] >= 0.90 and found["values"] >= 0.90


def test_an_estimated_figure_is_no_one_speaking():
    """The bulletin's "An estimated 2,140 people were sleeping rough…" had been someone's the dossier does not know
    ("An estimated…"), and left out; "Police estimated 2,000 people attended." is still someone speaking."""
    from builder import attribution, pipeline
    from builder.config import load_config
    names = attribution.Names(pipeline.check(load_config(HOUSING)).site.dossier.speakers)
    assert attribution.attribute("An estimated 2,140 people were sleeping rough on a single night in September 2025, "
                                 "down 11.9% from 2,430 in September 2024.", names) is None
    assert attribution.attribute("Police estimated 2,000 people attended.", names) is not None
