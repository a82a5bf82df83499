"""News nobody tuned for, ninety-first round: an electronics maker's job cuts at a regional factory, in the company's
press release printed to PDF from a browser (the browser's header and footer with the day it was printed, the site's
header and navigation, a dateline "MEREFORD, Upper Calder – 10 March 2026 –", lines hard-wrapped at the print width,
bullets, "Notes to editors"), the union's members' bulletin as an email (.eml, its text and HTML parts, a masthead, a
headline in capitals, "WHAT HAPPENS NEXT" and its list, signed by the regional secretary, an unsubscribe footer), a
business news site's AMP page (JSON-LD, a consent banner, a standfirst, a crosshead, a photo caption, an advertisement,
a correction of the plant's workforce, "1,420" to "1,240") and a regional television bulletin's WebVTT captions (NOTE
lines naming the programme and the day, turns labelled "GEMMA HOLT:", "TOM BAIRD:", "DANA RUSK:", vox pops opening
"- ", a word broken across a cue's lines, "set-" / "top boxes", figures spoken in words: "almost nineteen hundred", "as
many as six hundred and fifty", "more than twenty million pounds", "a hundred and fifty"). The dossier is the one an
editor's blind trial (session 74) built from them, corrected by hand to a key written before any article
(tests/fixtures/factory-layoffs/KEY.md). The company and the union disagree (how many jobs go, by when, whether the
site will close): contested, never red; red where the outlets give another workforce of the plant, another day the
staff were told and another day formal consultation begins. Traps: the group's 18,000 or 18,400 employees worldwide,
the 210 jobs cut at the plant in 2024, a neighbouring town's 150 job cuts at another firm, the site's 42,000 square
metres and 450,000 sq ft, interest in voluntary redundancy growing from "more than sixty" to "about 90"."""
import pytest

from tests import news_sets
from tests.conftest import ROOT

LAYOFFS = ROOT / "tests" / "fixtures" / "factory-layoffs"
RED = {"consultation-start", "site-workforce", "staff-told-date"}
# The key designs cuts-deadline contested too (the company's "completed by the end of March 2027" against the union's
# "most of the posts would go by the end of September, with only a handful left for next year"); written `max`, as the
# guide says for "by", the two dates are bounds that both hold, and the card is agreed: the union disputes the phasing,
# which no date bound can say.
CONTESTED = {"jobs-to-go", "site-closure"}


def test_the_layoffs_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(LAYOFFS, tmp_path / "layoffs")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED}


@pytest.mark.parametrize("source, red, contested, held", [
    # the release's "Talvik said it would work closely with the Upper Calder Regional Government, … including
    # retraining, careers advice and help with job searches." is written to site-closure as Talvik saying the site will
    # close (the card is contested all the same), and its "Talvik’s Mereford site covers 42,000 square metres…" is
    # listed as a figure no card covers
    ("talvik-transform-mereford-site-22m-automation", RED, CONTESTED, ""),
    # the bulletin's "That is not the whole story." (the union denying the 480) is not proposed; its "we believe up to
    # 650 jobs are at risk at Mereford." (written as Owen Pryce's, the author the import read) stands against the
    # company's 480, contested as the key designs (until session 74 a range that held 480: the card agreed); its
    # "Talvik managers told the 1,240 people…" is left out as giving no figure of site-workforce
    ("talvik-mereford-we-will-fight-every", RED, CONTESTED, ""),
    # the site's own 23 March, "on Monday" and "The plant employs 1,240 people." held back (as the key designs; the
    # last had been written as Talvik's until session 74, the sentence before it ending "which it says will secure the
    # Upper Calder site’s future"), so until the editor reads them the TV's own "Almost nineteen hundred" stands
    # against Talvik's 1,240, contested; so do Talvik's and the union's 23 March against the TV's own Monday, 16 March,
    # and their Monday 9 March against its "this morning"
    ("talvik-cut-480-jobs-mereford-set", set(), CONTESTED | RED,
     "consultation-start, site-workforce, staff-told-date"),
    # the TV's own "Almost nineteen hundred" held back (as the key designs); its "this morning" and "start on
    # Monday" are not proposed (the passage left out of staff-told-date is the Orlava sentence), so staff-told-date and
    # consultation-start agree: the reds the key designs, missed; announcement-date's account is "Talvik's shares fell
    # by around three per cent in London today." (the right day, another passage)
    ("calder-tv-calder-tonight-18-30", set(), CONTESTED, "site-workforce")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: nothing the key keeps agreed or contested turns red."""
    site = news_sets.applied(LAYOFFS, source, tmp_path / "layoffs")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_a_report_in_a_relative_clause_does_not_run_on_into_the_next_sentence():
    """The business site's "…alongside a £22m investment …, which it says will secure the Upper Calder site's
    future. The plant employs 1,240 people." had made the workforce Talvik's ("continuing: it says"), a designed red
    made contested: a report in an aside ("which it says") is no report the next sentence runs on from (session 74)."""
    said = news_sets.report(LAYOFFS, "talvik-cut-480-jobs-mereford-set")
    workforce = next(s for s in said.suggestions if s.fact == "site-workforce")
    assert (workforce.stance, workforce.speaker, workforce.value) == ("states", None, {"exact": 1240})
