"""News nobody tuned for, eleventh round: an invented central bank's interest-rate cut, in a wire story, a financial
paper saved as a web page, a markets live blog, the bank's own monetary policy statement and a neighbouring
country's paper translated from German; the dossier a helper session built from them as an editor would, with a
careful reader's verdicts written before any build. The finance minister and the governor contradict each other on
whether the government was consulted, and the bank and the bankers count the households on variable rates
differently (contested, not red); three outlets contradict the others in their own voice (the vote, what the
dissenters wanted, the day the inflation figure came out), which is red."""
import re

import pytest

from builder import article, attribution, pipeline, prose_figures
from builder.config import load_config
from tests import news_sets
from tests.conftest import ROOT

RATES = ROOT / "tests" / "fixtures" / "rate-decision"
ARTICLES = RATES / "articles"
RED = {"dissenters-voted-hold", "inflation-data-date", "vote-split"}


def test_the_rate_dossier_reads_as_a_careful_reader_would(tmp_path):
    """The helper's key, all 30 cards, but one: it called February's inflation, 2.9 % against the paper's "3%",
    minor, "rounding, within the percent tolerance"; a percentage is as precise as written now ("3%" is 2.5 to 3.5),
    so it agrees, as the heatwave's helper said "97 percent" and 96.8 % should. And the bank's own statement giving a
    figure is named once among those giving it, not "National Bank of Vessaria, in National Bank of Vessaria"."""
    site = news_sets.built(RATES, tmp_path / "rates")
    vote = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", (tmp_path / "rates" / "site" / "facts" /
                                                       "vote-split.html").read_text(encoding="utf-8")))
    assert "MarketDesk live blog ; the National Bank of Vessaria ·" in vote and "Vessaria, in National" not in vote
    assert news_sets.by_verdict(site) == {
        "disputed": RED,
        "contested": {"decision-leaked", "government-consulted", "variable-rate-households"},
        "minor": {"inflation-forecast-2026", "press-conference-time"},
        "single": {"auland-rate", "dalvaar-term", "minutes-date", "mortgage-saving", "two-year-yield"},
        "agree": {"announcement-time", "cut-size", "dalvaar-informed-minister", "dalvaar-no-preset-path",
                  "decision-date", "dissenters-named", "economists-poll", "effective-date", "growth-forecast",
                  "inflation-february",
                  "inflation-target-2027", "kallendar-welcomes-cut", "new-rate", "next-meeting-date", "previous-rate",
                  "vessar-dip-before-decision", "vessar-fall"}}


@pytest.mark.parametrize("source, lost, held", [
    ("crossline-nbv-cuts-rates", set(), ""),
    ("handelskurier-vessaria-key-rate", {"vote-split"}, "vote-split"),
    ("kbj-dalvaar-cuts-rates", {"dissenters-voted-hold"}, ""),
    ("marketdesk-nbv-decision-live", {"inflation-data-date"}, "inflation-data-date"),
    ("nbv-monetary-policy-statement", set(), "")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, lost, held):
    """The editor's loop, unattended: no card turns red that the careful reader keeps agreed or contested, and every
    red an article would make is held back for the editor (the translated paper's "six to three", the live blog's
    "on Tuesday"); the Journal's dissenters "argued for a bolder, half-point cut" is missed (0.53), and its "all but
    three of the 31 economists" is the poll's 28 (it was held back as 31, and before as "seven votes to two")."""
    site = news_sets.applied(RATES, source, tmp_path / "rates")
    red = {fid for fid, row in site.comparison.facts.items() if row.verdict == "disputed"}
    assert red == RED - lost
    news_sets.assert_held(capsys.readouterr().out, held)


@pytest.mark.parametrize("text, values", [
    ("cut its main interest rate by 25 basis points to 4.25% on Thursday", [0.25, 4.25]),
    ("has lowered its base rate by a quarter-point, to 4.25%", [0.25, 4.25]),
    ("lowering its base rate by a quarter of a percentage point to 4.25%", [0.25, 4.25]),  # no range "a … to 4.25"
    ("lowered yesterday its key rate by 0,25 percentage points to 4,25 %", [0.25, 4.25]),  # a change, then a level
    ("argued for a bolder, half-point cut", [0.5]), ("between 3% and 5%", [(3, 5)]),
])
def test_a_change_of_a_rate_is_read_in_points(text, values):
    """On a card of a percentage, "25 basis points", "a quarter-point" and "half a percentage point" are the change;
    "by 0,25 … to 4,25 %" is a change and the level it comes to, not a range from one to the other."""
    found = [f for f in prose_figures.figures(text) if f.quantity == "percent"]
    assert [(f.number, f.upper) if f.upper else f.number for f in found] == values


def test_a_wires_time_a_share_of_a_poll_and_a_day_to_come_are_read():
    """"announced at 1400 GMT" is 14:00; "28 of 31 economists" counts 28 of them (and 31); "The new rate takes
    effect on Friday", in an article of Thursday 19 March, is the next day, not the Friday before."""
    assert prose_figures.read("which was announced at 1400 GMT.", "time").value == {"exact": "14:00"}
    assert [f.number for f in prose_figures.figures("28 of 31 economists polled had expected it")] == [28, 31]
    assert prose_figures.read("The new rate takes effect on Friday.", "date", [], "2026-03-19").value == {
        "exact": "2026-03-20"}
    assert prose_figures.read("The trial began on Monday.", "date", [], "2026-03-19").value == {
        "exact": "2026-03-16"}
    assert prose_figures.read("The rate applies from Friday 20 March 2026.", "date").value == {"exact": "2026-03-20"}


@pytest.mark.parametrize("text, day", [
    ("She said water was being delivered to every school from Wednesday.", "2026-03-11"),  # it starts, to come
    ("The ban applies from Friday.", "2026-03-13"),
    ("Schools have been closed from Monday.", "2026-03-09"),  # begun
    ("Strikes ran from Monday to Friday.", "2026-03-09"),  # a span, told after
    ("Rescue boats reached the reef late last night.", "2026-03-09"),
    ("The ministry will respond this morning.", "2026-03-10"),
    ("They meet again tonight.", "2026-03-10"),
])
def test_a_day_from_which_something_runs_is_to_come_unless_begun_or_a_span(text, day):
    """In an article of Tuesday 10 March; "last night" is the day before, "this morning" and "tonight" the day
    itself (not "the last night of the festival")."""
    assert prose_figures.read(text, "date", [], "2026-03-10").value == {"exact": day}
    assert prose_figures.read("On the last night of the festival, it rained.", "date", [], "2026-03-10") is None


@pytest.mark.parametrize("text, value", [
    ('Donnachie said the programme would be finished "within 18 months" and that water was being delivered from '
     'Wednesday.', {"max": "2027-09-10"}),  # nearer the other sources’ September than Wednesday is
    ("The bridge will reopen within two weeks.", {"max": "2026-03-24"}),
    ("Repairs are expected to take place within a year.", {"max": "2027-03-10"}),
    ("The firm must answer within 30 days of the ruling.", None),  # counted from the ruling
    ("The old bridge was rebuilt within six months.", None),  # from when the work began
])
def test_a_day_counted_ahead_from_the_articles_own_is_read_as_a_date(text, value):
    """In an article of Tuesday 10 March 2026, on a card of a date that other sources give as September 2027."""
    import datetime as dt
    near = [dt.date(2027, 9, 1).toordinal(), dt.date(2027, 9, 30).toordinal()]
    figure = prose_figures.read(text, "date", near, "2026-03-10")
    assert (figure and figure.value) == value


def test_what_leads_to_but_someone_said_is_the_outlets_own():
    """"The bank cut rates…, lowering its base rate … to 4.25%, but Governor Henrik Dalvaar warned households…": the
    governor's account is the clause after "but"; the cut is the Journal's own."""
    dossier = pipeline.check(load_config(RATES)).site.dossier
    sentence = ("The National Bank of Vessaria cut interest rates on Thursday, lowering its base rate to 4.25%, but "
                "Governor Henrik Dalvaar warned households not to assume that more cuts would quickly follow.")
    said = attribution.attribute(sentence, attribution.Names(dossier.speakers))
    assert (said.speaker, said.part) == ("henrik-dalvaar", (sentence.index(", but"), len(sentence)))
    journal = news_sets.held_out(RATES, "kbj-dalvaar-cuts-rates")
    assert (journal["new-rate"].stance, journal["new-rate"].speaker) == ("states", None)


def test_imports_read_a_letterhead_in_capitals_a_navigation_bar_and_a_live_blogs_day():
    """The statement opens "NATIONAL BANK OF VESSARIA" (the issuer, written "National Bank of Vessaria" in its text,
    no headline) / "Monetary Policy Statement"; the live blog "MarketDesk" / "Markets | FX | Rates | Commodities |
    Newsletters | Sign in" (a navigation bar, no headline) / … / "Thursday 19 March 2026. All times GMT, which is
    also local time in Korvel." A headline in capitals stays one."""
    statement = (ARTICLES / "statement.txt").read_text(encoding="utf-8").splitlines()
    assert article.headline(statement)[1] == "Monetary Policy Statement"
    assert article.outlet(statement) == "National Bank of Vessaria"
    live = (ARTICLES / "liveblog.txt").read_text(encoding="utf-8").splitlines()
    assert article.headline(live)[1] == "Vessaria rate decision: NBV cuts to 4.25%, vessar slides – as it happened"
    assert (article.outlet(live), article.published(live)) == ("MarketDesk", "2026-03-19")
    shouted = ["PUTIN AND TRUMP MEET AT LAST", "", "The two leaders met in Hamburg on Friday."]
    assert (article.headline(shouted)[1], article.outlet(shouted)) == ("PUTIN AND TRUMP MEET AT LAST", None)


def test_a_card_that_sets_its_own_tolerance_makes_a_tenth_of_a_point_a_disagreement(tmp_path):
    """The editors' guide: where a fraction of a point is the news, `tolerance: {absolute: 0.05}` makes the Journal's
    2.6 % forecast against the bank's 2.5 % red, not the minor discrepancy the default of one point makes it."""
    import shutil
    root = tmp_path / "rates"
    shutil.copytree(RATES, root, ignore=shutil.ignore_patterns("articles", ".dossier-cache", "site"))
    card = root / "content" / "facts" / "inflation-forecast-2026.yml"
    card.write_text(card.read_text(encoding="utf-8").replace("quantity: percent\n",
                                                             "quantity: percent\ntolerance: {absolute: 0.05}\n"),
                    encoding="utf-8")
    before = pipeline.check(load_config(RATES)).site.comparison.facts["inflation-forecast-2026"].verdict
    after = pipeline.check(load_config(root)).site.comparison.facts["inflation-forecast-2026"].verdict
    assert (before, after) == ("minor", "disputed")


def test_a_live_blog_entrys_first_sentence_is_at_the_entrys_time():
    """"14:33 GMT" / "Dalvaar begins" / "Governor Henrik Dalvaar has started his press conference, a few minutes
    late.": on a card of a time of day, the entry's first sentence, which gives no time itself, is read as by its
    stamp; its second sentence is not, nor a sentence of an article with no stamped entries."""
    from builder import suggest
    from builder.sentences import passages

    live = news_sets.held_out(RATES, "marketdesk-nbv-decision-live")["press-conference-time"]
    assert live.value == {"max": "14:33"} and live.confidence >= 0.6  # what it reports happened by then
    body = "Thursday 19 March 2026. All times GMT.\n\n14:33 GMT\n\nDalvaar begins\n\nHe has started. He smiles.\n\n" \
           "14:41 GMT\n\nThe vessar falls.\n"
    first, second = [p for p in passages(body) if p.text.startswith("He")]
    assert (suggest.entry_time(body, first).text, suggest.entry_time(body, second)) == ("14:33", None)
    assert suggest.entry_time("A plain article.\n\nHe has started. He smiles.\n", passages("He has started.")[0]) is None
    # nor one telling what is yet to happen (an editor's trial, session 45: the live page's entry of 15:25 had been
    # given to the strike as "by 15:25")
    ahead = body.replace("He has started.", "The union has called a warning strike at the plant for Friday morning.")
    assert suggest.entry_time(ahead, passages(ahead)[3]) is None


def test_a_quotation_reading_as_an_existing_card_is_listed_for_it_not_written_as_a_card(tmp_path, capsys):
    """`--new` lists the business daily's "There was no leak," bank spokesman Milo Aranda said. under the card of the
    leaked decision, which it reads as (below the threshold), and writes no card of it: a card of its own had split
    the bank's denial from the card it answers (session 50; `benchmarks/suggest_eval.py --new`: of the quotations
    so listed over the news sets, about half are the source's account on that card)."""
    site = news_sets.applied(RATES, "crossline-nbv-cuts-rates", tmp_path / "rates", new=True)
    out = capsys.readouterr().out
    assert ('"There was no leak," bank spokesman Milo Aranda said.\n    an account of the card decision-leaked?\n'
            in out)
    assert not [f for f in site.dossier.facts.values() if "There was no leak" in f.statement]
