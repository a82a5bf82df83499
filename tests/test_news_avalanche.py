"""News nobody tuned for, thirty-seventh round: an avalanche buries a ski run and kills five, in a wire story, the
mountain rescue service's statement as a newspaper prints it in full in its own translation (decimal commas, "14.32
Uhr", German quotation marks), a magazine's HTML long read with an interview printed as questions and answers and a
correction, the public prosecutor's media statement (numbered paragraphs under a reference line) and a reporter's
thread reposted by her paper (posts "1/12"…, a post of the resort's quoted indented, an update correcting one of
them); the dossier an editor's blind trial (session 50) built from them, corrected by hand to a key written before
any article (tests/fixtures/avalanche/KEY.md). The rescue service against the resort is contested (how many were
caught, when the warning came, whether the run was closed and the protocol followed); red where the wire gives
another time, and the magazine another width and day the last victim was found, in their own voice."""

import pytest

from tests import news_sets
from tests.conftest import ROOT

AVALANCHE = ROOT / "tests" / "fixtures" / "avalanche"
RED = {"avalanche-time", "avalanche-width", "last-found-date"}
CONTESTED = {"people-caught", "piste-closed", "resort-protocols", "warning-time"}


def test_the_avalanche_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(AVALANCHE, tmp_path / "avalanche")
    agreed = set(site.dossier.facts) - RED - CONTESTED
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED, "agree": agreed}
    assert len(agreed) == 25


@pytest.mark.parametrize("source, red, contested, held", [
    ("magazine", RED - {"avalanche-width", "last-found-date"}, CONTESTED, "last-found-date"),
    ("prosecutor", RED, CONTESTED, ""),
    ("rescue", RED, CONTESTED, ""),
    ("thread", RED - {"last-found-date"}, CONTESTED | {"last-found-date"}, "last-found-date, people-caught"),
    ("wire", RED - {"avalanche-time"}, CONTESTED, "avalanche-time")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: no card the key keeps agreed or contested turns red. The wire's "about 3.10
    p.m. (1410 GMT)", the magazine's "found on Thursday 5 February" and the thread's "This morning" (6 February)
    are held back; without the thread, the magazine's 5 February against the prosecutor's 6 is a party's word
    against an outlet's (contested). Lost: the magazine's "nearly 600 metres across" (under the threshold). Held
    wrongly: the thread's update "Four people were injured, not nine: I mixed up the hospital's figure with the
    resort's count of people caught" as the resort counting four caught, and the rescue service's 12 beside it.
    Written unseen on cards the key keeps agreed or red: the magazine's account of the inquiry as Anna Lechner's
    (the interview's label running past its end), the rescue statement's "among them three ski tourers" as a death
    toll of three, and its introduction, "issued the following statement on Thursday afternoon", as contradicting
    the day the last victim was found."""
    site = news_sets.applied(AVALANCHE, source, tmp_path / "avalanche")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_a_statement_the_paper_prints_in_full_is_the_rescue_services():
    """"The Valdorian Mountain Rescue Service (Bergrettung Valdoria) issued the following statement…; Valdoria Today
    publishes it in full": what follows is the service's, not the paper's (the trial's 23 accounts of it had all
    been the paper's own, 0 right), and „The safety protocol … was not followed," said head of operations Anna
    Lechner is her denial (the German quotation mark had hidden her, and the clause was read as the paper affirming
    the resort followed its protocol)."""
    held = news_sets.held_out(AVALANCHE, "rescue")
    assert (held["people-caught"].stance, held["people-caught"].speaker, held["people-caught"].value) == (
        "attributes", "mountain-rescue", {"exact": 12})
    assert (held["warning-time"].speaker, held["warning-time"].value) == ("mountain-rescue", {"exact": "11:45"})
    assert (held["piste-closed"].stance, held["piste-closed"].speaker) == ("disputes", "mountain-rescue")
    assert (held["resort-protocols"].stance, held["resort-protocols"].speaker) == ("disputes", "anna-lechner")


def test_times_and_days_as_the_wire_the_thread_and_the_magazine_write_them():
    """The wire's "at about 3.10 p.m. (1410 GMT)" is 15:10 local time, not the GMT; the thread's "This morning at
    8:40 the last missing skier was found" is the day of the thread (the trial's `--new` had carded it as a time,
    08:40); "told me she phoned the resort at 11:45" is Anna Lechner's, and "Zangerl told Powder Line the call …
    came at 13.50" Markus Zangerl's."""
    wire = news_sets.held_out(AVALANCHE, "wire")["avalanche-time"]
    assert (wire.stance, wire.value) == ("states", {"approx": "15:10"})
    thread = news_sets.held_out(AVALANCHE, "thread")
    assert (thread["last-found-date"].stance, thread["last-found-date"].value) == ("states", {"exact": "2026-02-06"})
    assert (thread["warning-time"].speaker, thread["warning-time"].value) == ("anna-lechner", {"exact": "11:45"})
    magazine = news_sets.held_out(AVALANCHE, "magazine")["warning-time"]
    assert (magazine.speaker, magazine.value) == ("markus-zangerl", {"exact": "13:50"})


def test_both_sides_of_the_contested_time_of_the_warning_in_one_article():
    """The warning's time is contested: the commission's 11:45 against the resort's 13:50. An article that gives both
    gives the second as a rival figure, on a card of a time too since session 52 (the thread's "The resort says the
    call came at 13:50." beside Lechner's 11:45, and the magazine's "At 11.45." beside Zangerl's 13:50)."""
    thread = news_sets.rivals(AVALANCHE, "thread")["warning-time"]
    assert [(s.speaker, s.value) for s in thread] == [("kessbach-hochalm", {"exact": "13:50"})]
    magazine = news_sets.rivals(AVALANCHE, "magazine")["warning-time"]
    assert [(s.speaker, s.value) for s in magazine] == [("anna-lechner", {"exact": "11:45"})]


def test_the_prosecutors_statement_under_its_office_and_reference_line(tmp_path):
    """The statement opens "PUBLIC PROSECUTOR'S OFFICE OF THE CANTON OF OBERRIED", then "Ref.: ST 2026/0412 – for
    immediate release" above its headline: the reference line had been its title, and its outlet unknown (trial,
    session 50). The thread's byline "By Mirela Kofler (@mirelakofler) | 6 February 2026, 11:30 | Updated 16:20"
    gives its author and day."""
    prosecutor = news_sets.imported(AVALANCHE / "articles" / "04-prosecutor.txt", tmp_path)
    assert (prosecutor["title"], prosecutor["outlet"], str(prosecutor["published"])) == (
        "Avalanche at the Kessbach-Hochalm ski area: criminal investigation opened",
        "Public Prosecutor's Office of the Canton of Oberried", "2026-02-06")
    thread = news_sets.imported(AVALANCHE / "articles" / "05-thread.txt", tmp_path)
    assert (thread["author"], thread["outlet"], str(thread["published"])) == (
        "Mirela Kofler", "Oberried Courier", "2026-02-06")


def test_a_name_in_quotation_marks_in_the_prosecutors_statement_is_still_the_prosecutors():
    """"…buried piste 7 ("Schattenhang") of the Kessbach-Hochalm ski area." in the prosecutor's own statement: a name in
    quotation marks quotes no one, so the sentence is the office's, not the statement's own voice (session 52: five
    accounts had been `states`)."""
    prosecutor = news_sets.held_out(AVALANCHE, "prosecutor")
    for fid in ("avalanche-date", "avalanche-time", "piste-7-buried"):
        assert (prosecutor[fid].stance, prosecutor[fid].speaker) == ("attributes", "prosecutor-office"), fid


def test_the_avalanche_set_keeps_its_figures():
    """Floors at the default threshold, as benchmarks/suggest_eval.py measures them (when the set was added: recall
    0.90, precision 0.97, stance right 0.87, stance and speaker 0.86, values right 0.87; a statement printed in full
    its issuer's and German quotation marks read since session 50: recall 0.88 → 0.90, stance right 0.70 → 0.87,
    stance and speaker 0.70 → 0.86; "danger level 4" a rank since session 51: values right 0.87 → 0.94; a name in
    quotation marks in a body's own text its since session 52: stance right 0.91 → 0.95, stance and speaker 0.90 →
    0.94)."""
    found = news_sets.figures(AVALANCHE)
    assert found["recall"] >= 0.89 and found["precision"] >= 0.96
    assert found["stance"] >= 0.94 and found["speaker"] >= 0.93 and found["values"] >= 0.93


def test_an_interviews_last_turn_ends_at_the_next_subheading():
    """The magazine prints its interview, then "What happens now" over the article's next part: the interviewee's last
    turn ends there, and the paragraph on the prosecutor's inquiry below is the magazine's, not Anna Lechner's (it
    had been hers on three cards: trial, session 50)."""
    from builder import sentences
    body = (AVALANCHE / "content" / "sources" / "magazine.md").read_text(encoding="utf-8").split("\n---\n", 1)[1]
    last = sentences.turns(body)[-1]
    assert last[2] == "Anna Lechner" and body[last[0]:last[1]].rstrip().endswith("shovels and patience.")
    assert "What happens now" in body[last[1]:]
    text = "A: Yes, it was.\n\nQ: And then?\n\nA: No, it did not.\n\nThe inquiry\n\nIt went on.\n\nMore, she said."
    assert sentences.turns(text)[-1][1] == text.index("The inquiry")
