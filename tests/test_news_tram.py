"""News nobody tuned for, fifty-sixth round: a city's tram extension over budget and late, in a regional paper's saved
page, the national audit office's report summary taken from a PDF (letterhead, numbered paragraphs, a footnote, its
Auditor General's signature), the city council's press release in Markdown and a local radio interview's transcript;
the dossier an editor's blind trial (session 58) built from them, corrected by hand to a key written before any
article (tests/fixtures/tram-extension/KEY.md). The council and the audit office disagree (the cost estimate, the
opening date) and so do the councillor and the contractor (what caused the overrun): contested, never red; red where
the radio gives another length, other stops and another delay."""
import pytest

from tests import news_sets
from tests.conftest import ROOT

TRAM = ROOT / "tests" / "fixtures" / "tram-extension"
RED = {"line-length", "number-of-stops", "opening-delay"}
CONTESTED = {"cost-estimate", "design-changes-cause", "new-opening-date"}
SINGLE = {"independent-review", "new-trams"}


def test_the_tram_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(TRAM, tmp_path / "tram")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED, "single": SINGLE,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED - SINGLE}


@pytest.mark.parametrize("source, red, contested, held", [
    ("post", set(), CONTESTED | RED | {"journey-time"}, "line-length, number-of-stops, opening-delay"),
    ("nao", RED, {"design-changes-cause"}, ""),
    ("council", RED, CONTESTED, ""),
    ("radio", set(), CONTESTED, "line-length, number-of-stops, opening-delay")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: each outlet's three reds are held back for the editor (the trial held the
    radio's back too), and nothing the key keeps agreed or contested turns red. Left: the audit office's €482 million
    reads at 0.60 as the card of the cost estimate (two common words in common), under a rival's 0.8, so its
    contest with the council is listed, not written; "The Office considers an opening before autumn 2027 unlikely" is
    read as no denial of the opening date."""
    site = news_sets.applied(TRAM, source, tmp_path / "tram")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_a_report_its_head_signs_speaks_in_the_bodys_name():
    """The audit office's report, signed by its Auditor General, says "the Office estimates…", "The Office has not
    re-estimated it": its own sentences are the office's, not hers (the trial: all seven hers, once the editor had
    set her as its author); "The Council's current estimate of the cost is €455 million." is the council's."""
    import dataclasses

    from builder import pipeline
    from builder.config import load_config
    from builder.suggest import Retriever
    dossier = pipeline.check(load_config(TRAM)).site.dossier
    signed = dataclasses.replace(dossier.sources["nao"], author="Ines Draxl")
    cards = {f.id: dataclasses.replace(f, accounts=tuple(a for a in f.accounts if a.source != "nao"))
             for f in dossier.facts.values()}
    report = Retriever(dataclasses.replace(dossier, facts=cards)).read(signed)
    said = {s.fact: (s.speaker, s.value) for s in report.suggestions}
    assert said["line-length"] == ("national-audit-office", {"exact": "11.4 km"})
    assert said["original-budget"] == ("national-audit-office", {"exact": 310000000})
    assert said["cost-estimate"] == ("valbruck-city-council", {"exact": 455000000})


def test_a_figure_as_of_a_day_is_an_update_of_a_card_that_changes_over_time():
    """"At 31 March 2026, Strand Civil Engineering's claims for additional payment totalled €38 million." gives the
    card of the claims (which changes over time) its figure as of that day, beside the footnote's €52 million: the
    possessive "Strand Civil Engineering's claims" is no one speaking (the trial: someone the dossier does not know,
    left out)."""
    updates = [s for s in news_sets.report(TRAM, "nao").updates if s.fact == "contractor-claim"]
    assert [(s.speaker, s.value, s.as_of) for s in updates] == [
        ("national-audit-office", {"exact": 38000000}, "2026-03-31")]


def test_the_import_of_the_release_and_the_transcript(tmp_path):
    """The release's outlet is the body its media contact line names ("Media contact: Press Office, Valbruck City
    Council, …"), the transcript's the station named with its frequency atop it (the trial: both unknown)."""
    release = news_sets.imported(TRAM / "articles" / "3-council.md", tmp_path)
    transcript = news_sets.imported(TRAM / "articles" / "4-radio.txt", tmp_path)
    assert (release["outlet"], transcript["outlet"]) == ("Valbruck City Council", "Radio Valbruck 96.4")


def test_the_programmes_sign_off_is_page_chrome():
    """"Valbruck Drive is on Radio Valbruck 96.4 every weekday from 16:00." closing the transcript is chrome, flagged at
    import and no passage (the trial's `--new` had written it as a card of a time of day); "The minister is on leave
    every morning." is not."""
    from builder import chrome, pipeline
    from builder.config import load_config
    from builder.sentences import passages
    sign_off = "Valbruck Drive is on Radio Valbruck 96.4 every weekday from 16:00."
    lines = (TRAM / "articles" / "4-radio.txt").read_text(encoding="utf-8").split("\n")
    assert [c.text for c in chrome.find(lines) if c.reason == "programme promotion"] == [sign_off]
    assert not chrome.find(["The minister is on leave every morning."])
    body = pipeline.check(load_config(TRAM)).site.dossier.sources["radio"].body
    assert sign_off in body and not [p.text for p in passages(body) if "every weekday" in p.text]


def test_the_tram_set_keeps_its_figures():
    """Floors at the default threshold, as benchmarks/suggest_eval.py measures them (when the set was added:
    recall 0.96, precision 0.94, stance right 0.98, stance and speaker 0.96, values right 1.00)."""
    found = news_sets.figures(TRAM)
    assert found["recall"] >= 0.95 and found["precision"] >= 0.93
    assert found["stance"] >= 0.97 and found["speaker"] >= 0.95 and found["values"] >= 0.99
