"""News nobody tuned for, eighty-third round: a junior minister resigns over a hosting contract awarded to his
university friend's firm, and the next day the Chamber rejects an inquiry into it, in a parliament's official report of
the debate saved as a web page (its times, column numbers, speaker labels with seat and party, interventions, a point
of order and a division, "Ayes 241, Noes 263", whose margin no deputy states), a broadsheet's page (NewsArticle
JSON-LD, a standfirst, "Key points", a paywall prompt, a photo caption, a correction of the minister's time in office),
a political newsletter as an email (.eml, its HTML part only: a masthead, crossheads in capitals, a sponsor's block, a
subscription footer, a sign-off) and a podcast's transcript as plain text (a show line and an episode line, an
automatic-transcript disclaimer, timestamps and speaker labels in capitals, cues, an advert read by a host). The
dossier is the one an editor's blind trial (session 73) built from them, corrected by hand to a key written before any
article (tests/fixtures/minister-resignation/KEY.md). The government, the opposition, the audit office and the company
disagree (the contract's value, how many bids the tender had, when the minister declared the friendship): contested,
never red; red where the outlets give another day the contract was signed, another number of websites it covers and
another majority for the minister's seat."""
import datetime

import pytest

from tests import news_sets
from tests.conftest import ROOT

RESIGNATION = ROOT / "tests" / "fixtures" / "minister-resignation"
RED = {"ashcombe-majority", "contract-signed", "websites-covered"}
CONTESTED = {"bidder-count", "contract-value", "friendship-declared"}


def test_the_resignation_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(RESIGNATION, tmp_path / "resignation")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED}


@pytest.mark.parametrize("source, red, contested, held", [
    # the minister's turns are his ("On the tender, seven companies submitted bids.", "The GovHost contract is a
    # three-year contract…", "…appointed … this morning"), the others' theirs (the trial's run wrote every account as
    # Rachel Onuoha's: "The Minister for the Cabinet Office (Graham Pellew):" had been read as no label); his €4.2
    # million and his "in January" are not written
    ("govhost-contract-public-inquiry", RED, CONTESTED, ""),
    # the paper's own majority of 3,412 and "some 140 government websites" held back (each would make its card red,
    # as the key designs); its 18 November stands against the podcast's 18 September, red as designed
    ("digital-minister-ashcombe-quits-over-govhost", {"contract-signed"}, CONTESTED,
     "ashcombe-majority, websites-covered"),
    ("lobby-notes-friend-contract-register-plus", RED, CONTESTED, ""),
    # the podcast's own "forty government websites" held back (as the key designs); Onuoha's "nearly twelve million
    # euros of public money once you count what the tender actually allows" is written to contract-value (the trial's
    # run wrote it to paid-so-far, a false contest: fixed in session 73, when "Onuoha says he only declared it on the
    # 2nd of March" and "the Audit Office has been saying two bids…" became theirs, no longer the podcast's own); its
    # "It was signed on the 18th of September" goes to time-in-office (left out, no duration) and "He sits on a
    # majority of about 9,000" to no card, so contract-signed and ashcombe-majority are not red: designed reds missed
    ("episode-214-friends-high-places-released", set(), CONTESTED, "websites-covered"),
])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: nothing the key keeps agreed or contested turns red."""
    site = news_sets.applied(RESIGNATION, source, tmp_path / "resignation")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_a_podcasts_transcript_gives_its_station_its_episode_and_its_day(tmp_path):
    """The transcript opens "THE DIVISION BELL — Esterland Public Radio" over "Episode 214: "Friends in high places" —
    released Friday 13 March 2026": its outlet and day had been unknown, its title the whole line (the trial's
    import, session 73)."""
    episode = news_sets.imported(RESIGNATION / "articles" / "A4-division-bell.txt", tmp_path)
    assert (episode["title"], episode["outlet"], episode["published"]) == (
        'Episode 214: "Friends in high places"', "Esterland Public Radio", datetime.date(2026, 3, 13))


def test_an_official_reports_office_holder_speaks_under_the_office_and_the_name_in_brackets():
    """"The Minister for the Cabinet Office (Graham Pellew): …" had been no label (two small words between capitalised
    ones), so his turn ran on as the opposition spokeswoman's, and his "seven companies submitted bids" was hers."""
    from builder import sentences
    body = ("Rachel Onuoha (Eastbridge and Marl) (SD): I beg to move.\n\n"
            "The Minister for the Cabinet Office (Graham Pellew): On the tender, seven companies submitted bids.\n\n"
            "Rachel Onuoha: Will the Minister give way?\n")
    assert [(label, note) for _, _, label, note in sentences.turns(body)] == [
        ("Rachel Onuoha", " (Eastbridge and Marl) (SD)"), ("The Minister for the Cabinet Office", " (Graham Pellew)"),
        ("Rachel Onuoha", None)]
