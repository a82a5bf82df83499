"""News nobody tuned for, fifty-ninth round: a disputed national census, in a wire (a dateline without a year, a
correction note, its reporting credit at the foot), the statistics office's news release saved as a web page (a
table of key figures, a contact block), the capital's mayor's statement in Markdown (signed) and a weekly magazine's
long-read saved as a web page; the dossier an editor's blind trial (session 59) built from them, corrected by hand to
a key written before any article (tests/fixtures/census-count/KEY.md). The statistics office, the mayor and an
opposition member disagree (the capital's undercount, the national undercount, whether every district was counted):
contested, never red; red where the weekly gives another response rate, more enumerators and a higher cost; the
capital's population is revised during the week."""
import pytest

from tests import news_sets
from tests.conftest import ROOT

CENSUS = ROOT / "tests" / "fixtures" / "census-count"
RED = {"census-cost", "enumerators", "response-rate"}
CONTESTED = {"capital-undercount", "districts-enumerated", "national-undercount-percent"}


def test_the_census_dossier_reads_as_the_key_says(tmp_path):
    """"14.82 million" against 14,823,417 agrees: a count its quote writes rounded to the ten thousand reaches half a
    unit of its last digit (it had been a minor discrepancy, a count of three significant digits taken as written,
    until session 73)."""
    site = news_sets.built(CENSUS, tmp_path / "census")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED}


@pytest.mark.parametrize("source, red, contested, held", [
    ("wire", set(), CONTESTED | RED, "census-cost, enumerators, response-rate"),
    ("release", RED, CONTESTED, "capital-undercount"),
    ("mayor", RED, CONTESTED, ""),
    ("weekly", set(), CONTESTED, "census-cost, response-rate")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: every red an article makes is held back for the editor, and nothing the key
    keeps agreed or contested turns red (the trial lost all three of the weekly's reds: its €212.4 million went onto a
    card `--new` made, apart from the wire's €212 million). Left: the weekly's "staffed by more than 40,000
    enumerators" shares only its kind of figure with the card of the enumerators, so its red is lost."""
    site = news_sets.applied(CENSUS, source, tmp_path / "census")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_a_figure_that_may_be_rounded_from_anothers_is_the_same_figure():
    """The release's "The total cost of the census was €212.4 million" and "31,400 enumerators" give the figures the
    wire rounds ("€212 million", "some 31,000"), so each reads as the card's (the trial: a card `--new` made for the
    cost, beside the wire's, and the weekly's €260 million contested there, not red)."""
    report = news_sets.held_out(CENSUS, "release")
    assert report["census-cost"].value == {"exact": 212400000}
    assert report["census-cost"].confidence >= 0.6
    assert report["enumerators"].value == {"exact": 31400}


def test_who_speaks_past_an_aside_and_against_the_bureau():
    """"Reza Oduya, the opposition Civic Alliance lawmaker who has made the census his cause, now says…" is his (the
    trial: someone called "the census his cause"); the mayor's "Enumerators never reached large parts of Kestrel Hill
    and the Old Docks, whatever the Bureau says." denies that every district was counted; "The census counted
    5,912,300 households." in the bureau's release is the bureau's (the trial: the census taken for someone speaking,
    and left out)."""
    weekly = news_sets.held_out(CENSUS, "weekly")
    assert (weekly["national-undercount-percent"].stance, weekly["national-undercount-percent"].speaker) == (
        "attributes", "reza-oduya")
    mayor = news_sets.held_out(CENSUS, "mayor")
    assert (mayor["districts-enumerated"].stance, mayor["districts-enumerated"].speaker) == ("disputes",
                                                                                             "tomas-feldary")
    release = news_sets.held_out(CENSUS, "release")
    assert (release["households"].stance, release["households"].speaker, release["households"].value) == (
        "attributes", "carvossa-nsb", {"exact": 5912300})


def test_a_wire_and_a_signed_statement_import_with_their_authors(tmp_path):
    """The wire's "(Reporting by Lidia Marsk; Editing by Paul Heddon)" names its author, its editor none; the mayor's
    statement signed "Tomas Feldary" over "Mayor of Meruna" under its last paragraph is his (the trial: both
    unknown)."""
    assert news_sets.imported(CENSUS / "articles" / "1-wire.txt", tmp_path)["author"] == "Lidia Marsk"
    assert news_sets.imported(CENSUS / "articles" / "3-mayor.md", tmp_path)["author"] == "Tomas Feldary"
