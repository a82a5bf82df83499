"""News nobody tuned for, eighty-eighth round: a failure of a country's air traffic control system that grounds its
flights for an afternoon, in a news agency's wire as plain text (a slug line, an "UPDATE 1-" headline, the note "(Adds
regulator's review, …)", a byline, a dateline without the year, "(Reporting by …; Editing by …)", a contact line and
keywords), the national airline's statement as a web page (a cookie banner, navigation, a "Travel alerts" box, a
breadcrumb, "Published … · Updated …", its questions and answers), a travel news site's live blog saved as a web page
("Key events", entries newest first under their times and headlines, an embedded post of the low-cost airline's, a
"Read more:" link) and a national broadcaster's evening news as SubRip subtitles (a first cue naming the programme,
the channel and the day, cues broken mid-sentence, turns labelled "SARA LUND:", "HENRIK DAHL:", "(PASSENGER) PETRA
SOLHEIM:", figures spoken in words: "just before a quarter to two", "nearly forty", "over five hundred", "within
three months"). The dossier is the one an editor's blind trial (session 73) built from them, corrected by hand to a
key written before any article (tests/fixtures/atc-failure/KEY.md). The air navigation service, the airlines and the
passengers' group disagree (how long the failure lasted, how many flights were cancelled, whether a software update
caused it): contested, never red; red where the outlets give another number of flights diverted abroad, another
control centre that failed and another number of passengers affected. Traps: last July's 47-minute failure at the
other centre and its 212 cancellations, the airline's own 14,000 customers, delays counted at 15:10, 19:30 and the
day's end, "within 90 days" and "within three months", "until 19 June" and "until next Friday"."""
import datetime

import pytest

from tests import news_sets
from tests.conftest import ROOT

ATC = ROOT / "tests" / "fixtures" / "atc-failure"
RED = {"diverted-flights", "failed-centre", "passengers-affected"}
CONTESTED = {"cancelled-flights", "cause-software-update", "outage-duration"}


def test_the_atc_failure_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(ATC, tmp_path / "atc")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED}
    # "within 90 days" against "within three months", "until 19 June" against "until next Friday", 118 against "more
    # than 110" and "well over a hundred", 13:42 against "around 13:40" and "just before a quarter to two", and the
    # delays of 15:10, 19:30 and the day's end: agreed, as the key designs


@pytest.mark.parametrize("source, red, contested, held", [
    # the wire's own "About 41,000 passengers were affected, Nordpress estimates based on airline and airport figures."
    # is written as Skyra Airlines' figure (`attributes skyra-airlines`), so the card is contested: the red the key
    # designs, missed; Lindqvar's "two hours and 13 minutes" is not proposed, and the card of the failure's length is
    # Bluewing's "over four hours" against his "just over two hours", which holds it: agreed; "NANS said it had
    # cancelled or been forced to cancel 312 flights, but passengers' group Flyers' Voice Norvania put the figure at
    # more than 500" is NANS's "more than 500", held back; the sentence of Skyra's statement is written to
    # skyra-rebooking as Skyra's 12 June, within its "until 19 June": agreed all the same
    ("nordpress", RED - {"passengers-affected"}, CONTESTED - {"outage-duration"} | {"passengers-affected"},
     "cancelled-flights"),
    ("skyra-statement", RED, CONTESTED, ""),
    # the live blog's own "Some 65,000 passengers have been affected in total, according to our estimate from airline
    # schedules." held back (its own figure, the key's red; the trial's run wrote it as Skyra Airlines', a false
    # contest: "according to our estimate" is the outlet's own since session 73); its "…after a computer failure at
    # the Tarnby approach centre, which handles traffic around the capital" is written `states` to failed-centre (a
    # place is no figure the tool compares), agreed: the two reds the key designs, missed (as in the trial's run)
    ("farewise-live", {"diverted-flights"}, CONTESTED, "passengers-affected"),
    # the broadcast's own nine flights and Veldmark held back, as the key designs: failed-centre is then Nordpress's
    # report of NANS placing the failure at Veldmark against the live blog's own Tarnby, contested; "Last July, a
    # shorter failure at the Tarnby approach centre lasted forty-seven minutes" is listed for the editor, set at
    # another time (the trial's run wrote it to outage-duration as Flyers' Voice's 47 minutes), and "…the airline says it was told about a change to the system this morning." to skyra-rebooking as the
    # broadcast's own 12 June, within "until 19 June": agreed
    ("nbc-evening-news", {"passengers-affected"}, CONTESTED | {"failed-centre"}, "diverted-flights, failed-centre")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: nothing the key keeps agreed or contested turns red."""
    site = news_sets.applied(ATC, source, tmp_path / "atc")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_subtitles_first_cue_in_brackets_names_the_programme_its_channel_and_its_day(tmp_path):
    """The evening news's SubRip file opens "[Evening News, NBC Norvania, Friday 12 June 2026]": its title had been the
    file's name, its outlet and day unknown (the trial's import, session 73)."""
    news = news_sets.imported(ATC / "articles" / "a4-nb-evening.srt", tmp_path)
    assert (news["title"], news["outlet"], news["published"]) == (
        "Evening News", "NBC Norvania", datetime.date(2026, 6, 12))
