"""News nobody tuned for, from session 67's blind trials: poisoned birds of prey, two of them golden eagles, on a grouse
moor, in the police force's appeal on its web site (a government-style template, breadcrumbs, an "Area" and
"Reference" table, a "How to report" accordion, "Share this page"), a raptor charity's email to its supporters
(format=flowed plain text, a supporter's "> " quoted lines, a Donate link, a signature and an unsubscribe footer), a
gamekeepers' association's emailed reply to a journalist (answers between her "> " quoted questions, a legal
disclaimer, her original message under "-----Original Message-----") and a national newspaper's article saved in a
read-it-later app's reader view (a "Saved from" header, a reading time, `<mark>` highlights, the reader's own note, a
correction at its foot); the dossier an editor's blind trial built from them, corrected by hand to a key written
before any article (tests/fixtures/eagle-poisoning/KEY.md). The police and the estate disagree (whose land the birds
lay on, whether the estate let officers on the moor), and the charity and the keepers' association on how many
poisonings there have been this year: contested, never red; red where the newspaper reports the police giving another
day of the find (Monday against Tuesday 6 October), another distance from the shooting lodge (about three miles
against about 1.2 km) and another time the birds had been dead (about a fortnight against three to five days)."""
import pytest

from tests import news_sets
from tests.conftest import ROOT

EAGLES = ROOT / "tests" / "fixtures" / "eagle-poisoning"
RED = {"date-found", "distance-from-lodge", "time-dead"}
CONTESTED = {"estate-refused-access", "found-on-estate-land", "poisonings-this-year"}


def test_the_eagles_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(EAGLES, tmp_path / "eagles")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED}


@pytest.mark.parametrize("source, red, contested, held", [
    ("albion-herald-questions-carn-dubh-poisonings", RED, CONTESTED, ""),
    ("appeal-after-birds-prey-found-poisoned", set(), CONTESTED | {"date-found"},
     "date-found, distance-from-lodge, time-dead"),
    ("golden-eagles-among-six-birds-poisoned", set(), CONTESTED, "distance-from-lodge"),
    ("two-golden-eagles-poisoned-carn-dubh", RED, CONTESTED, "")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: nothing the key keeps agreed or contested turns red."""
    site = news_sets.applied(EAGLES, source, tmp_path / "eagles")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_a_question_a_reply_quotes_is_the_askers_not_the_replys():
    """The keepers' association answered a journalist's questions under each of them, quoted after ">": "> 1. Four
    birds of prey, two of them golden eagles, were found poisoned with carbofuran on Carn Dubh this week. What is the
    association's response?" was written as the association's count of the birds, a false contest against the
    police's six; a quoted question, with what it puts first, is the asker's (session 67)."""
    from builder.sentences import quoted_questions
    body = "Dear Kirsty,\n\n> 1. Four birds were found this week. What is your\n> response?\n\nWe condemn it.\n"
    assert [body[a:b] for a, b in quoted_questions(body)] == ["> 1. Four birds were found this week. What is your\n"
                                                               "> response?"]
    assert quoted_questions("> We will rebuild, the mayor said.\n\nIt will take years.\n") == ()
    found = news_sets.held_out(EAGLES, "albion-herald-questions-carn-dubh-poisonings")
    assert "birds-found-count" not in found or "Four birds of prey" not in found["birds-found-count"].quote
