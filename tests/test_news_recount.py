"""News nobody tuned for, seventh round: a disputed count of a mayoral election, in a wire story with a correction
appended, a local paper's own account of the count's blackout, a partisan outlet's own "more than four hours", a
foreign agency's report in translation ("49,6 %", "240 000 euros", "In his words", names transliterated otherwise),
the electoral board's press release with a table of results, and an interview printed as questions and answers; the
recount dossier an editor built from them, whose verdicts must read as a careful reader would give them; and the
rules the round prompted."""

import pytest

from builder import attribution, clauses, pipeline, prose_figures
from builder.config import load_config
from builder.model import Speaker
from builder.suggest import THRESHOLD, other_day
from tests import news_sets
from tests.conftest import ROOT

RECOUNT = ROOT / "tests" / "fixtures" / "recount"


def test_the_recount_dossier_reads_as_a_careful_reader_would(tmp_path):
    """Red only where two outlets in their own voice cannot both be right: the blackout (the local paper's own two
    hours and 50 minutes against the partisan outlet's own "more than four hours") and the recount's first day (the
    local paper's own Thursday 12 November against the translated report's own 11 November); the postal ballots
    (the board's 1,412 against the campaign's "more than 2,000") and the tampering (the candidate against the
    board's chair, the board and the observers): contested, never red; the rest agree ("around 300" and 312 votes,
    "Just over 61 per cent", "61,4 %" and 61.4 percent, "240 000 euros" and €240,000)."""
    root = tmp_path / "recount"
    site = news_sets.built(RECOUNT, root)
    verdicts = {fid: row.verdict for fid, row in site.comparison.facts.items()}
    assert {fid for fid, v in verdicts.items() if v == "disputed"} == {"count-halt", "recount-start"}
    assert {fid for fid, v in verdicts.items() if v == "contested"} == {"postal-rejected", "tampering"}
    assert {fid for fid, v in verdicts.items() if v == "agree"} == {
        "margin", "halvorsen-votes", "eyre-votes", "vote-share", "turnout", "eyre-concede", "observers",
        "recount-cost", "halvorsen-calm", "court-challenge", "sworn-statements"}
    halt = (root / "site" / "facts" / "count-halt.html").read_text(encoding="utf-8")
    assert "For more than four hours on Sunday night" in halt and "two hours and 50 minutes later" in halt


@pytest.mark.parametrize("source, held", [
    ("wire", ""), ("local", "recount-start, count-halt"), ("partisan", "count-halt"), ("translated", "recount-start"),
    ("statement", ""), ("interview", "")])
def test_adding_an_article_with_suggest_apply_alone_keeps_the_careful_verdicts(tmp_path, capsys, source, held):
    """The editor's loop, unattended: the article's accounts removed, then `dossier suggest SOURCE --apply` writes
    what it proposes at the default threshold; red stays where the outlets' own figures and days disagree, and
    nowhere else; an account that makes a card red is held back for the editor to read (the partisan outlet's own
    four hours and the translation's own 11 November, proposed again, among them)."""
    site = news_sets.applied(RECOUNT, source, tmp_path / "recount")
    verdicts = {fid: row.verdict for fid, row in site.comparison.facts.items()}
    kept_back = set(held.split(", ")) - {""}
    assert {fid for fid, v in verdicts.items() if v == "disputed"} == {"count-halt", "recount-start"} - kept_back
    contested = {fid for fid, v in verdicts.items() if v == "contested"}
    assert {"postal-rejected", "tampering"} <= contested <= {"postal-rejected", "tampering"} | kept_back  # without
    # the local paper's own account, the officials' figures and days are set against the candidate's only
    out = capsys.readouterr().out
    news_sets.assert_held(out, held)


def test_suggest_reads_the_recount_articles_as_the_editor_did():
    """The floors of the round: the table row's "48,906" is no word in common with a card on the 49.6% share; "His
    campaign said" is the campaign's, not Eyre's; "In his words" is Eyre's; "which the board estimates will cost
    €240,000" is the board's, and "begins at 9am on Thursday 12 November", after that clause, the paper's own; "But
    the board also says it threw out 1,412 postal ballots" is the board's; the lead's "…, election officials said,
    but her challenger refused to concede" is the wire's own."""
    wire, local, partisan, translated = (news_sets.held_out(RECOUNT, s)
                                         for s in ("wire", "local", "partisan", "translated"))
    assert wire["vote-share"].confidence < THRESHOLD
    assert (wire["court-challenge"].stance, wire["court-challenge"].speaker) == ("attributes", "eyre-campaign")
    concede = wire["eyre-concede"]
    assert (concede.quote, concede.stance) == ("but her challenger refused to concede and a full recount was ordered.",
                                               "states") and concede.confidence >= THRESHOLD
    assert (translated["tampering"].speaker, translated["tampering"].confidence >= THRESHOLD) == ("tomas-eyre", True)
    assert (local["recount-cost"].stance, local["recount-cost"].speaker) == ("attributes", "electoral-board")
    assert (local["recount-start"].stance, local["recount-start"].confidence >= THRESHOLD) == ("states", True)
    assert (local["sworn-statements"].value, partisan["postal-rejected"].speaker) == ({"exact": 3},
                                                                                      "electoral-board")
    assert translated["recount-cost"].value == {"exact": 240000}
    assert (partisan["margin"].stance, partisan["margin"].value) == ("states", {"exact": 312})  # "Mayor Dana
    # Halvorsen, who clung on by 312 votes, has called for calm": the relative clause is the outlet's own
    assert (translated["recount-start"].stance, translated["recount-start"].confidence >= THRESHOLD) == (
        "contradicts", True)


def test_the_recount_set_keeps_its_figures():
    """Floors at the default threshold, as benchmarks/suggest_eval.py measures them (blind: recall 0.73, precision
    0.97, stance right 0.81, values right 0.88 of 24)."""
    from benchmarks import suggest_eval
    dossier = pipeline.check(load_config(RECOUNT)).site.dossier
    c = suggest_eval.score(list(suggest_eval.runs(dossier)), THRESHOLD)
    assert c["tp"] / c["gold"] >= 0.81 and c["tp"] / c["pred"] >= 0.97
    assert c["stance"] / c["tp"] >= 0.87 and c["speaker"] / c["tp"] >= 0.84 and c["value_right"] / c["values"] >= 0.9


def _names():
    return attribution.Names({
        "tomas-eyre": Speaker("tomas-eyre", "Tomas Eyre", "person", None, ("Tomas Ejre",)),
        "sergey-lavrov": Speaker("sergey-lavrov", "Sergey Lavrov", "person", None),
        "eyre-campaign": Speaker("eyre-campaign", "Tomas Eyre's campaign", "group", None),
        "electoral-board": Speaker("electoral-board", "Lornemouth Electoral Board", "institution", None)})


@pytest.mark.parametrize("before, sentence, speaker", [
    ("Eyre told reporters he would not concede.", "His campaign said it would go to court.", "eyre-campaign"),
    ("", "Eyre's campaign put the number at more than 2,000.", "eyre-campaign"),
    ("Lavrov spoke first.", "His spokeswoman said no deal was near.", None),  # not Lavrov
    ("", "Lavrov's spokeswoman said no deal was near.", None),
    ("Ejre did not recognise the results.", "In his words, the count \"was manipulated\".", "tomas-eyre"),
    ("", "But the board also says it threw out 1,412 postal ballots.", "electoral-board"),
    ("", "The recount, which the board estimates will cost €240,000, begins on Thursday.", "electoral-board"),
    ("", "Eyre lost by 312 votes on the Electoral Board's count.", "electoral-board"),
])
def test_who_speaks_in_the_recount_articles_forms(before, sentence, speaker):
    said = attribution.attribute(sentence, _names(), before)
    assert said is not None and said.speaker == speaker


def test_a_relative_clause_holding_who_speaks_is_their_part_only():
    """"The recount, which the board estimates will cost €240,000, begins…": the board's account is the clause;
    "Putin, who has denied the charge, told reporters…" is all his (the clause does not name who speaks)."""
    sentence = "The recount, which the board estimates will cost €240,000, begins at 9am on Thursday."
    said = attribution.attribute(sentence, _names())
    assert said.part == (sentence.index(", which"), sentence.index(", begins") + 1)
    names = _names()
    said = attribution.attribute("Lavrov, who has repeatedly denied the charge, told reporters that talks went well.",
                                 names)
    assert (said.speaker, said.part) == ("sergey-lavrov", None)


@pytest.mark.parametrize("sentence, clause, narrated", [
    ("Halvorsen won by 312 votes, election officials said, but her challenger refused to concede.",
     "her challenger refused to concede", True),
    ("Halvorsen won, officials said, but added that a recount was certain.", "a recount was certain", False),
    ("Halvorsen won, officials said, but that a recount was certain.", "a recount was certain", False),
])
def test_a_clause_after_but_following_a_report_is_the_outlets(sentence, clause, narrated):
    start = sentence.index(clause)
    assert attribution.after_report(sentence, start, start + len(clause)) is narrated


def test_an_attribution_closes_the_clause_before_it():
    text = "Halvorsen won by 312 votes on Monday, election officials said, but her challenger refused to concede."
    assert [text[s:e] for s, e in clauses.clauses(text)] == [
        "Halvorsen won by 312 votes on Monday, election officials said", "but her challenger refused to concede."]
    listed = "Leaders of Russia, Turkey, and Iran met."  # a list still stays whole
    assert len(clauses.clauses(listed)) == 1


@pytest.mark.parametrize("text, number, counted", [
    ("Its cost the board evaluates at 240 000 euros.", 240000, "euros"),
    ("We have sworn statements from three of our scrutineers.", 3, "scrutineers"),
    ("Two of the victims were children.", 2, "victims were"),
])
def test_counts_in_translated_and_spoken_forms(text, number, counted):
    found = [f for f in prose_figures.figures(text) if f.quantity == "count"]
    assert [(f.number, f.counted) for f in found] == [(number, counted)]


def test_a_day_of_the_month_is_no_thousands_group():
    assert [f.number for f in prose_figures.figures("On May 12 500 people marched.")] == [500]
    assert [f.number for f in prose_figures.figures("In 2014 300 people left.")] == [300]


def test_the_recount_day_the_translation_gives_contradicts_the_card():
    assert other_day("states", "The recount of the votes will begin on 11 November.",
                     "The recount begins on Thursday 12 November.") == "contradicts"


def test_a_masthead_over_a_label_with_a_year_and_a_release_line_are_no_headlines():
    """"The Lornemouth Gazette" above "ELECTION 2026" is the outlet, the line after them the headline; a press
    release's "For immediate release: 9 November 2026, 11:00" is its date, not its title."""
    from builder import article
    paper = ["The Lornemouth Gazette", "", "ELECTION 2026", "", "Recount ordered as Halvorsen edges Eyre by 312 votes",
             "", "By Nadia Brook, City Hall Reporter"]
    assert article.headline(paper)[1] == "Recount ordered as Halvorsen edges Eyre by 312 votes"
    assert article.outlet(paper) == "The Lornemouth Gazette"
    release = ["LORNEMOUTH ELECTORAL BOARD", "", "PRESS RELEASE", "", "For immediate release: 9 November 2026, 11:00",
               "", "Declaration of result: Mayoral election, 8 November 2026"]
    assert article.headline(release)[1] == "Declaration of result: Mayoral election, 8 November 2026"
    assert article.published(release) == "2026-11-09"


def test_an_invisible_character_alone_is_no_quote_found():
    """A soft hyphen copied alone is nothing to find (found by tests/test_properties.py's random bodies)."""
    from builder.quotes import locate
    assert locate("\xad", "\xad") is None and locate("word", "a word\xad") is not None


def test_the_board_evaluating_a_cost_is_the_board_speaking():
    """The translated paper's "Its cost the board evaluates at 240 000 euros.": once "240 000 euros" is matched by its
    value (session 46), the passage was proposed as the paper's own statement; "evaluates" and "assesses" are verbs
    of estimating, as "estimates" is, and "the board" is the one board among the speakers, not "Its cost the board"."""
    found = news_sets.held_out(RECOUNT, "translated")["recount-cost"]
    assert (found.stance, found.speaker, found.value) == ("attributes", "electoral-board", {"exact": 240000})
