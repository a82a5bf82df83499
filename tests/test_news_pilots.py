"""News nobody tuned for, thirty-sixth round: an airline's pilots strike for three days, in a wire story, the
airline's announcement to the stock exchange (an RNS with a table of flights cancelled by day), the pilots' union's
HTML press release, a travel blog's Markdown listicle (updates on top, a correction of its own) and a TV news
segment's automatic captions (lower case, no punctuation, figures in words, ">>" at each change of speaker); the
dossier an editor's blind trial (session 50) built from them, corrected by hand to a key written before any article
(tests/fixtures/pilots-strike/KEY.md). The airline against the union is contested (the offer worth 9.5 % or 6 %, the
rosters, who walked out of the talks); red where the TV segment gives another start and fine, and the blog another
number of pilots and day the talks resume, in their own voice."""
import contextlib
import io
import shutil

import pytest
import yaml

from tests import news_sets
from tests.conftest import ROOT

PILOTS = ROOT / "tests" / "fixtures" / "pilots-strike"
RED = {"caav-fine-amount", "pilots-on-strike", "strike-start-time", "talks-resume-date"}
CONTESTED = {"pay-offer-value", "rosters-fatigue", "talks-walkout"}


def test_the_pilots_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(PILOTS, tmp_path / "pilots")
    agreed = set(site.dossier.facts) - RED - CONTESTED
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED, "agree": agreed}
    assert len(agreed) == 20


@pytest.mark.parametrize("source, red, contested, held", [
    ("blog", RED - {"pilots-on-strike", "talks-resume-date"}, CONTESTED | {"talks-resume-date"}, "pilots-on-strike"),
    ("captions", RED - {"caav-fine-amount", "strike-start-time"}, CONTESTED,
     "caav-fine-amount, pay-offer-value, strike-start-time"),
    ("rns", RED, CONTESTED | {"caav-fine-reason"}, ""),
    ("union", RED, CONTESTED, ""),
    ("wire", RED, CONTESTED, "")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: no card the key keeps agreed or contested turns red. The blog's 1,400 pilots
    and the TV segment's 04:00 and "one point two million euro" fine are held back; lost: the blog's "Talks resume
    on Friday 13 March with a state mediator", read as the minister named in the clause after it ("and Transport
    Minister Rasa Kellner has urged…") disputing the day (contested, so not held). Held wrongly: the union leader's
    "when you take away the allowances they cut it is six percent", read as the airline's (the ">>" before his turn
    not read), against the airline's own 9.5 %. The announcement's "finding that it had not informed passengers…",
    before "The Company disagrees with the CAAV's findings", is read as the airline denying the fine's reason; the
    union's "212 flights on Monday, 244 on Tuesday and 250 today" gave 250 to Tuesday (a false contest, not held,
    until a number listed after a count was read as counting the same, and the Tuesday of its list as the 244's,
    not the 250's: session 50). The blog's "which the airline flatly denies" and the captions' "the company denies
    that" (a paragraph of its own, since session 51) are written as the airline's other side."""
    site = news_sets.applied(PILOTS, source, tmp_path / "pilots")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_the_captions_figures_in_words_and_names_in_lower_case():
    """"has slapped a one point two million euro fine" is 1,200,000 (it had been read as 2 million, a held-back red
    an editor accepting it would have published as €2 million); "at four o'clock on monday morning" is 04:00;
    "about four million euros a day according to vorst" is Helena Vorst's, her name in lower case."""
    held = news_sets.held_out(PILOTS, "captions")
    assert (held["caav-fine-amount"].stance, held["caav-fine-amount"].value) == ("states", {"exact": 1200000})
    assert "one point two million euro" in held["caav-fine-amount"].quote
    assert held["strike-start-time"].value == {"exact": "04:00"}
    assert (held["strike-daily-cost"].speaker, held["strike-daily-cost"].value) == (
        "helena-vorst", {"approx": 4000000})


def test_the_blogs_correction_gives_no_figure_and_the_announcement_is_the_companys():
    """The blog's "Correction: an earlier version of this post said the CAAV's fine was €1.2 million" is not its
    figure: its account of the fine is the body's €1.5 million. The announcement, whose outlet "Aurelis Air plc" is a
    spelling of the airline, is the airline's claim throughout."""
    blog = (PILOTS / "articles" / "04-carry-on-compass.md").read_text(encoding="utf-8")
    assert "said the CAAV's fine was €1.2 million" in blog
    fine = news_sets.held_out(PILOTS, "blog")["caav-fine-amount"]
    assert fine.value == {"exact": 1500000} and "fined Aurelis €1.5 million on Tuesday" in fine.quote
    rns = news_sets.held_out(PILOTS, "rns")
    assert (rns["strike-start-time"].stance, rns["strike-start-time"].speaker, rns["strike-start-time"].value) == (
        "attributes", "aurelis-air", {"exact": "05:00"})
    assert (rns["pay-offer-value"].speaker, rns["pay-offer-value"].value) == ("aurelis-air", {"exact": 9.5})


def test_the_announcements_title_and_outlet_under_its_reference_line(tmp_path):
    """The RNS opens "RNS Number : 4471K", "Aurelis Air plc", its date, the name again and ("Aurelis" or the
    "Company"): the reference line had been its title, and its outlet unknown (trial, session 50)."""
    from builder.cli import main
    project = tmp_path / "mini"
    shutil.copytree(ROOT / "tests" / "fixtures" / "mini", project,
                    ignore=shutil.ignore_patterns(".dossier-cache", "site"))
    with contextlib.redirect_stdout(io.StringIO()):
        assert main(["--project", str(project), "new", "source", str(PILOTS / "articles" / "02-aurelis-rns.txt"),
                     "--id", "rns"]) == 0
    front = yaml.safe_load((project / "content" / "sources" / "rns.md").read_text(encoding="utf-8").split("---\n")[1])
    assert (front["title"], front["outlet"], str(front["published"])) == (
        "Update on industrial action and regulatory matter", "Aurelis Air plc", "2026-03-11")


def test_the_company_the_union_and_the_airline_are_whom_the_text_means():
    """"The Company rejects any suggestion…" in the airline's own announcement is the airline's, "The union also
    noted…" the one body whose description says it is a union (the Valdorian Airline Pilots' Association), and "the
    airline" a business, never the association whose name holds the word: each had been someone the dossier does not
    know, or the union (trial, session 50)."""
    rns, union, blog = (news_sets.held_out(PILOTS, source) for source in ("rns", "union", "blog"))
    assert (rns["rosters-fatigue"].stance, rns["rosters-fatigue"].speaker) == ("disputes", "aurelis-air")
    assert (union["caav-fine-amount"].speaker, union["caav-fine-amount"].value) == ("vapa", {"exact": 1500000})
    assert blog["strike-daily-cost"].speaker == "aurelis-air"  # "…, and the airline says the strike has cost it…"
    from builder import attribution, pipeline
    from builder.config import load_config
    names = attribution.Names(pipeline.check(load_config(PILOTS)).site.dossier.speakers)
    said = attribution.attribute("The airline said it expected to cancel 244 flights.", names,
                                 "Aurelis Air pilots walked out on Monday.")
    assert said.speaker == "aurelis-air"


def test_the_pilots_set_keeps_its_figures():
    """Floors at the default threshold, as benchmarks/suggest_eval.py measures them (when the set was added: recall
    0.93, precision 0.98, stance right 0.93, stance and speaker 0.87, values right 0.88; the captions' "one point two
    million euro" read as 1,200,000 since session 50: values 0.86 → 0.88)."""
    found = news_sets.figures(PILOTS)
    assert found["recall"] >= 0.92 and found["precision"] >= 0.97
    assert found["stance"] >= 0.92 and found["speaker"] >= 0.86 and found["values"] >= 0.87
