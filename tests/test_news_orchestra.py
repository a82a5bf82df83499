"""News nobody tuned for, ninety-seventh round: a city orchestra cancels its season after the city cuts its grant, in
the orchestra board's open letter as a Word document (its title line, "From the Board of …", its date line, "FOR
IMMEDIATE RELEASE", a table of budget lines, the chair's signature for the board, a press contact, an address footer;
its properties a draft's title and a staff login), an arts magazine's RSS feed of three items, the story the first
with its full text in content:encoded (a correction of the number of concerts at its head, a photo and its caption,
"Read more" links, "The post … appeared first on Stagebill."), a neighbouring country's newspaper's English digest
page saved as a web page (a kicker, a standfirst, "Translated by", the time it was updated, a cookie banner, share
links, a caption, a sidebar of other stories, a newsletter box) and the musicians' union's statement as a Bluesky
thread exported as JSON (thirteen posts numbered "1/13" to "13/13", an emoji, hashtags, a reply by another account
naming another number of concerts). The dossier is the one an editor's blind trial (session 74) built from them,
corrected by hand to a key written before any article (tests/fixtures/orchestra-season-cancelled/KEY.md). The board,
the city's culture department and the union disagree (how big the cut is a year, how many musicians lose their jobs,
when the musicians were told): contested, never red; red where the digest gives another size of the orchestra and
another day of its farewell concert. Traps: a grant given per year and over three years (€3.2 million a year, "€9.6
million over the three years"), the cut given over three years ("€3.6 million over three years"), last season's
budget beside the planned one, "nearly 12 million euros" for €11.8 million, a neighbouring town's orchestra and its
own cut, the announcement's day as "on Thursday", "last Thursday" and "This morning", the rally's as "next
Thursday"."""
import pytest

from tests import news_sets
from tests.conftest import ROOT

ORCHESTRA = ROOT / "tests" / "fixtures" / "orchestra-season-cancelled"
RED = {"final-concert-date", "orchestra-size"}
# The key designs refund-deadline red too: the letter's "until 30 April 2026" against the magazine's own "until 30
# June". The letter is the board's own, which the guide reads as the board's claim (`attributes hpo-board`, as the
# key itself writes its accounts of the cut, the jobs and the day the musicians were told), so no outlet gives 30
# April in its own voice, and the magazine's own 30 June stands against a party's day: contested. Written `states`,
# as the key has the letter's other accounts, the card turns red.
CONTESTED = {"cut-size", "jobs-lost", "refund-deadline", "when-told"}


def test_the_orchestra_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(ORCHESTRA, tmp_path / "orchestra")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED}


@pytest.mark.parametrize("source, red, contested, held", [
    # every sentence read as the claim of Ingrid Solvang, who signs the letter for the board (the fixture: the
    # board's); its date line is proposed for nothing, and "Budget line 2025–26 season 2026–27 (planned) From 2027",
    # the table's head, is written to founded-1952 (a card of no figure: agreed all the same)
    ("dear-friends-philharmonic", RED, CONTESTED, ""),
    # its own 30 May held back (it would make the card red, as the key designs) and its "the 78-member orchestra"
    # proposed for nothing (listed as "a figure of the card announcement-date?"): the digest's own 23 May and 68 then
    # stand only against the board's, contested; its "€9.6 million over the three years 2027 to 2029" proposed as
    # 9,600,000 and held back (the per-year trap, red were it written)
    ("halvarden-philharmonic-scraps-its-season-city", set(), CONTESTED | RED,
     "final-concert-date, city-grant-2027"),
    # "The orchestra's 68 musicians will play out the present season, which ends with a farewell concert on 23 May."
    # is proposed for neither card: both reds the key designs, missed
    ("silence-halvarden-philharmonic-cancels-its-season", set(), CONTESTED, ""),
    # "found out this morning, from the press" left out ("it gives no figure of the card's date") and "More than 40
    # concerts, gone." only listed: no verdict changes
    ("statement-halvarden-branch-vestrian-musicians-union", RED, CONTESTED, "")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: nothing the key keeps agreed or contested turns red."""
    site = news_sets.applied(ORCHESTRA, source, tmp_path / "orchestra")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)
