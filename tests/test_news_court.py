"""News nobody tuned for, tenth round: the sentencing of an invented port chief for bribery, in a wire story, a
broadsheet saved as a web page, a court reporter's live blog, the defence's press release and a regional paper
translated from German; the dossier a helper session built from them as an editor would, with a careful reader's
verdicts written before any build. Prosecutor and defence, and the defence and the court, contradict each other
(contested, not red); three outlets contradict the others in their own voice (how many witnesses the court heard,
when the trial opened, whether the convict was taken into custody), which is red."""
import re
from pathlib import Path

import pytest

from builder import article, attribution, pipeline, prose_figures, webpage
from builder.config import load_config
from tests import news_sets
from tests.conftest import ROOT

COURT = ROOT / "tests" / "fixtures" / "court-ruling"
ARTICLES = COURT / "articles"
RED = {"khalvek-taken-into-custody", "trial-start-date", "witnesses-count"}


def test_the_court_dossier_reads_as_a_careful_reader_would(tmp_path):
    """The helper's key, all 29 cards; and a side of four figures given through the day is headed by its lowest and
    its highest (each source's figure is listed under it)."""
    site = news_sets.built(COURT, tmp_path / "court")
    protest = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", (tmp_path / "court" / "site" / "facts" /
                                                          "protesters-count.html").read_text(encoding="utf-8")))
    assert "Side 1: about 80 to about 500" in protest and "TPR News live blog : at least 500" in protest
    assert "Reports it without a figure 1 source The Varno Courier" in protest and "Side 3" not in protest  # on no
    # side: "several hundred" stands against no one
    matrix = (tmp_path / "court" / "site" / "compare" / "khalvek-trial-2026.html").read_text(encoding="utf-8")
    row = matrix[matrix.index('href="../facts/protesters-count.html"'):]
    row = row[:row.index("</tr>")]
    courier = row[:row.index('href="../sources/varno-courier-khalvek-jailed.html')].rsplit("<a ", 1)[1]
    assert courier == 'class="dz-cell dz-stance--states" '  # the Courier's cell: no side's number, nor its colour
    bribes = (tmp_path / "court" / "site" / "facts" / "bribes-total.html").read_text(encoding="utf-8")
    assert "€4.2 million" in bribes and "about €4 million" in bribes and "4.2 million</span>" not in bribes.replace(
        "€4.2 million</span>", "")  # a sum, with its currency's sign (`currency: EUR`)
    assert "from €0 to €6 million" in bribes  # the scale too
    trial = (tmp_path / "court" / "site" / "facts" / "trial-start-date.html").read_text(encoding="utf-8")
    assert "The dates given are too far apart to be one date." in trial and "to be rounding" not in trial
    assert news_sets.by_verdict(site) == {
        "disputed": RED,
        "contested": {"judge-send-a-message", "protesters-count", "villa-bought-with-bribes"},
        "minor": {"jury-deliberation", "kickback-percent"},
        "single": {"appeal-deadline", "delmark-contracts-review", "judicial-council-complaint",
                   "port-authority-damages"},
        "agree": {"appeal-planned", "arrest-date", "brask-sentence", "bribes-total", "contracts-value", "detentions",
                  "dunai-acquitted", "judge-betrayed-trust", "khalvek-bail", "khalvek-convicted",
                  "khalvek-denies-bribes", "khalvek-fine", "khalvek-sentence", "prosecution-sought-twelve-years",
                  "sentence-time", "sentencing-date", "verdict-date"}}


@pytest.mark.parametrize("source, lost, held", [
    ("delmarker-tagespost-chalwek", {"khalvek-taken-into-custody", "witnesses-count"}, "witnesses-count"),
    ("kovel-partners-statement", set(), ""),
    ("orbis-khalvek-sentenced", set(), ""),
    ("tpr-khalvek-sentencing-live", set(), ""),
    ("varno-courier-khalvek-jailed", {"trial-start-date"}, "khalvek-bail, trial-start-date")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, lost, held):
    """The editor's loop, unattended: no card turns red that the careful reader keeps agreed or contested, and every
    red an article would make is held back for the editor. The translated paper's "remains on free foot until the
    court of appeal has decided" shares no word with "taken into custody" and is missed; its "74 witnesses" is held back,
    and its "pronounced the sentence yesterday" (the 3rd, proposed for the verdict of the 2nd too) left out. The Courier's
    "The trial, which began on 16 March" is held back, and so is its "spent seven months in pre-trial detention
    before being released on bail" after "arrested … on 14 February 2024", a month the card's "in September 2024"
    is not."""
    site = news_sets.applied(COURT, source, tmp_path / "court")
    red = {fid for fid, row in site.comparison.facts.items() if row.verdict == "disputed"}
    assert red == RED - lost
    news_sets.assert_held(capsys.readouterr().out, held)


def test_a_speaker_in_a_clause_ending_the_sentence_speaks_only_that_clause():
    """"The trial, which began on 16 March, heard more than 40 witnesses, among them … the port authority's former
    auditor, who told the court she had been 'told to stop asking questions' in 2019": the auditor's account is the
    clause after "who"; the start of the trial and the witnesses are the Courier's own."""
    courier = news_sets.held_out(COURT, "varno-courier-khalvek-jailed")
    assert (courier["witnesses-count"].stance, courier["witnesses-count"].value) == ("states", {"more_than": 40})
    assert (courier["trial-start-date"].stance, courier["trial-start-date"].value) == (
        "contradicts", {"exact": "2026-03-16"})
    dossier = pipeline.check(load_config(COURT)).site.dossier
    sentence = ("The hearing went on for two days and heard Sabina Holm, who told the jury she had been threatened "
                "in 2019.")
    said = attribution.attribute(sentence, attribution.Names(dossier.speakers))
    assert (said.speaker, said.part) == ("sabina-holm", (sentence.index(", who"), len(sentence)))


@pytest.mark.parametrize("text, value", [
    ("He must also hand over €4.2m, the sum the jury found he received", {"exact": 4200000}),  # "hand over": a verb's
    ("The case took over 40 hours of hearings", {"more_than": "40 h"}),
    ("an appeal must be lodged within 15 days of the sentence", {"max": "15 days"}),  # (`up_to` before session 74)
    ("jailed for four years", {"exact": "4 years"}),  # a length of a day or more with its units, as cards write it
])
def test_a_figure_after_a_verbs_over_is_the_figure_and_within_is_at_most(text, value):
    assert [f.value for f in prose_figures.figures(text)] == [value]


@pytest.mark.parametrize("text, minutes", [
    ("sentenced Yuri Khalvek to nine years in prison", 9 * 525_600), ("spent seven months in pre-trial detention",
                                                                     7 * 43_800),
    ("to nine years' imprisonment", 9 * 525_600), ("complied with every condition of his bail for 21 months", 21 * 43_800),
    ("Khalvek, 61 years old, stood", None), ("the 61-year-old former director", None), ("twice a year", None),
    ("two years ago", None), ("a year later", None)])
def test_years_and_months_are_read_as_lengths_of_time(text, minutes):
    """A sentence is a duration: suggest reads "nine years", "seven months" on a card of a duration (a year of 365
    days, a month its twelfth), not an age, a frequency or a time ago."""
    assert [f.number for f in prose_figures.figures(text) if f.quantity == "duration"] == ([minutes] if minutes else [])


def test_a_word_is_no_name_unless_written_with_a_capital():
    """The translated paper spells Yuri Khalvek "Juri Chalwek", a spelling the speaker file lists: its "Juri" is no
    word in common with a card, but "the jury" of a card's statement is one."""
    breach = news_sets.held_out(COURT, "delmarker-tagespost-chalwek")
    assert not any("Juri" in why for s in breach.values() for why in s.why)
    wire = news_sets.held_out(COURT, "orbis-khalvek-sentenced")
    assert "jury" in next(w for w in wire["verdict-date"].why if w.startswith("words:"))


def test_imports_read_a_releases_letterhead_a_mastheads_edition_and_a_live_blogs_day():
    """The press release opens "KOVEL & PARTNERS" / "Attorneys at Law" / its address / "PRESS RELEASE" / "For
    immediate release" / its title / "Varno, 3 June 2026 – Today, …"; the translated paper "DELMARKER TAGESPOST ·
    English edition" above "FOREIGN | TALVIRA", and "© Delmarker Tagespost 2026" at its foot; the live blog "Wed 3
    Jun 2026. All times local." under its byline. A name in capitals is written as the text writes it elsewhere."""
    release = (ARTICLES / "pressrelease.txt").read_text(encoding="utf-8").splitlines()
    assert article.headline(release)[1] == "Statement on behalf of Yuri Khalvek following today's sentence at Varno " \
                                           "City Court"
    assert (article.outlet(release), article.published(release)) == ("Kovel & Partners", "2026-06-03")
    regional = (ARTICLES / "regional.txt").read_text(encoding="utf-8").splitlines()
    assert article.headline(regional)[1] == "Nine years prison for former port chief Chalwek"
    assert (article.outlet(regional), article.published(regional)) == ("Delmarker Tagespost", "2026-06-04")
    live = (ARTICLES / "liveblog.txt").read_text(encoding="utf-8").splitlines()
    assert article.published(live) == "2026-06-03"
    assert article.published(["Moscow, Russia, is far"]) is None
    assert article.published(["Varno, 3 June 2026 is the day"]) is None  # a dateline's date is followed by a dash
    assert article.outlet(["Copyright 2018 CountryWatch, Inc. All Rights Reserved."]) == "CountryWatch"
    transcript = ["Ministry of Industry and Environment", "Transcript: Press conference on the Orlessa solvent leak",
                  "12 May 2026", "", "MINISTER HALE: Good evening. I will say a few words and then take questions."]
    assert article.headline(transcript) == (2, "Transcript: Press conference on the Orlessa solvent leak")
    assert article.outlet(transcript) == "Ministry of Industry and Environment"  # a transcript's letterhead, as a
    # release's: its title was the ministry's name, its outlet unknown


def test_a_saved_pages_byline_names_both_authors_where_its_meta_tag_names_one(tmp_path):
    """The Courier's <meta name="author"> names Alek Morrow; its byline "By Alek Morrow and Jana Sebek"."""
    page = webpage.read(ARTICLES / "broadsheet.html")
    assert page.fields["author"].value == "Alek Morrow and Jana Sebek"
    one = tmp_path / "one.html"
    one.write_text('<html><head><meta name="author" content="Sarah Kovacs"></head><body><p class="byline">By Sarah '
                   'Kovacs <span>Eastern Europe correspondent</span> and Helsinki</p><article><p>'
                   + "Text of the article. " * 40 + "</p></article></body></html>", encoding="utf-8")
    assert webpage.read(Path(one)).fields["author"].value == "Sarah Kovacs"


def test_what_the_live_page_says_it_wrote_before_its_apology_is_a_correction():
    """"In our 11.42 entry we wrote that Khalvek had been fined €570,000. The fine is €750,000. We apologise for the
    error.": the €570,000 is what the page retracts, as "We said … That was wrong." is, never a figure of its own
    (`--new` had written it as a card, the 'other' cards of suggest_eval --new, session 52)."""
    from builder import sentences
    body = (COURT / "content" / "sources" / "tpr-khalvek-sentencing-live.md").read_text(encoding="utf-8")
    retracted = [body[s:e] for s, e in sentences.retractions(body)]
    assert "In our 11.42 entry we wrote that Khalvek had been fined €570,000." in retracted
    assert not any("The fine is €750,000" in r for r in retracted)
