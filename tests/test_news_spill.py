"""News nobody tuned for, twenty-third round: ammonia spilled from a chemical plant into a river, in a wire story,
the environment agency's incident notice (a list of facts and notes to editors), a local radio interview with the
plant's director and the anglers' chair (a transcript with the presenter's questions), a national paper's
investigation (Markdown) and a regional paper's live page (entries stamped in `<time>`, a correction and a pull
quote); the dossier an editor's blind trial (session 47) built from them, corrected by hand to a key written before
any article (tests/fixtures/river-spill/KEY.md). The company against the agency, the anglers, a doctor and the water
utility is contested; red only where the investigation contradicts the others in its own voice (the volume spilled,
the length of river affected, the hour the leak began)."""
import datetime

import pytest

from builder import article, webpage
from tests import news_sets
from tests.conftest import ROOT
from tests.test_html_import import written
from tests.test_new import dossier, project  # noqa: F401 - project is a fixture: a throwaway copy of the mini project

SPILL = ROOT / "tests" / "fixtures" / "river-spill"
RED = {"river-length-affected", "spill-start-time", "spill-volume"}
CONTESTED = {"agency-notified-within-hour", "contained-within-hours", "fish-deaths", "no-long-term-risk",
             "tap-water-safe"}


def test_the_spill_dossier_reads_as_the_key_says(tmp_path):
    verdicts = news_sets.by_verdict(news_sets.built(SPILL, tmp_path / "spill"))
    assert (verdicts["disputed"], verdicts["contested"]) == (RED, CONTESTED)
    assert set(verdicts) == {"disputed", "contested", "agree"}


@pytest.mark.parametrize("source, red, contested, held", [
    ("agency-notice", RED, CONTESTED, ""),
    ("courier-investigation", set(), CONTESTED, "spill-volume, spill-start-time"),
    ("gazette-live", RED, CONTESTED, ""),
    ("radio-interview", RED, CONTESTED - {"no-long-term-risk"}, ""),
    ("wire", RED - {"spill-start-time", "spill-volume"}, CONTESTED | {"spill-start-time", "spill-volume"},
     "spill-start-time, spill-volume")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: no card the key keeps agreed or contested turns red. The investigation's
    00:15 is held back for the editor, and, beside the company's 12,000, its "at least 40,000 litres … according to
    the tank-level log" (since session 49: a record read "according to"); its "nine kilometres" is not proposed. The wire's own 02:00 and 12,000 litres, the side of the reds the others take, are
    held back too, and the cards show the investigation's figure against the company's, contested, until the editor
    reads them. The radio's anglers' chair, "The river will take years to recover, not weeks.", shares no word with
    the card of the company's claim, and the card reads as agreed without him: a false agreement."""
    site = news_sets.applied(SPILL, source, tmp_path / "spill")
    verdicts = {fid: row.verdict for fid, row in site.comparison.facts.items()}
    assert {f for f, v in verdicts.items() if v == "disputed"} == red
    assert {f for f, v in verdicts.items() if v == "contested"} == contested
    news_sets.assert_held(capsys.readouterr().out, held)


def test_a_notice_that_speaks_of_a_figure_is_its_issuers():
    """The investigation's "The agency's notice speaks of three and a half kilometres of affected river." is the
    agency's figure (it had been the paper's own)."""
    length = news_sets.held_out(SPILL, "courier-investigation")["river-length-affected"]
    assert (length.stance, length.speaker, length.value) == ("attributes", "varnland-environment-agency",
                                                             {"exact": "3.5 km"})


def test_the_company_and_the_utility_are_the_businesses_named_last():
    """"The company says a valve on a storage tank failed…" on the live page, and "The utility has said throughout that
    tap water was safe to drink." in the investigation, come after both the chemical company and the water utility
    are named: each is the business named last before it (both had been no one's: the source named two businesses;
    the set's recall 0.95 → 1.00)."""
    gazette, courier = (news_sets.held_out(SPILL, s) for s in ("gazette-live", "courier-investigation"))
    assert (gazette["valve-failure"].speaker, gazette["spill-volume"].speaker) == ("kelmar-chemicals",) * 2
    assert courier["tap-water-safe"].speaker == "lower-ostra-water"


def test_the_spill_set_keeps_its_figures():
    """Floors at the default threshold, as benchmarks/suggest_eval.py measures them (when the set was added: recall
    0.95, precision 0.93, stance right 0.88, stance and speaker 0.88, values right 0.93; since session 48 recall 1.00)."""
    found = news_sets.figures(SPILL)
    assert found["recall"] >= 0.99 and found["precision"] >= 0.91
    assert found["stance"] >= 0.87 and found["speaker"] >= 0.87 and found["values"] >= 0.92


def test_the_investigation_in_markdown_and_the_agencys_notice_import_their_metadata(project, capsys):
    """A Markdown article's "# Title", "**By Sofie Lind, Environment Correspondent**" and "The Varnland Courier, 18
    October 2025" give its title (it had kept the "# "), author and outlet (both had been unknown), its body as a page
    shows it since session 67 (its marks left out); the agency's "Issued: 15 October 2025, 11:00" gives its date."""
    articles = SPILL / "articles"
    assert dossier(project, "new", "source", str(articles / "d-courier-investigation.md"), "--id", "inquiry") == 0
    front, body = written(project, "inquiry")
    assert (front["title"], front["author"], front["outlet"], front["published"]) == (
        "Kelmar's Dunholt leak was bigger, earlier and wider than the company admits", "Sofie Lind",
        "The Varnland Courier", datetime.date(2025, 10, 18))
    assert body.startswith("Kelmar's Dunholt leak") and "\nBy Sofie Lind, Environment Correspondent\n" in body
    notice = (articles / "b-agency-notice.txt").read_text(encoding="utf-8").splitlines()
    assert (article.published(notice), article.outlet(notice)) == ("2025-10-15", "Varnland Environment Agency")


def test_a_live_pages_standfirst_stays_under_its_headline():
    """trafilatura put the standfirst after the live page's first entry."""
    paragraphs = webpage.read(SPILL / "articles" / "e-gazette-live.html").paragraphs
    assert paragraphs[:3] == ["Live: Ammonia spill on the River Ostra - latest updates",
                              "Ammonia from the Kelmar Chemicals plant at Dunholt has poured into the Ostra, killing "
                              "fish and closing Reskeby's water intake. Follow the day's developments here.", "19.45"]
