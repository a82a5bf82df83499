"""News nobody tuned for, hundred-and-third round: a horse dies in a steeplechase and the racing regulator opens an
inquiry, in a racing paper's report saved as a web page (a cookie banner, a racecard menu, a standfirst, a byline and
an "Updated" time, share buttons, a photo caption, a tipster's box with its gambling notice, the result as a table
under "3.35 Ballinveen — … 3m 5f · Saturday 14 March 2026 · 28 ran", related links), an animal-welfare charity's
Instagram post copied as text (its handle, "Verified", a location tag, an image's description, emoji, hashtags, "MARCH
14", "View all 412 comments", "4,318 likes", readers' comments with their likes and the charity's reply, "Add a
comment…"), the regulator's press notice as a Word document (a letterhead, "Press Notice 2026/041", "For immediate
release", a table of preliminary findings, "Ends", notes to editors, a media contact, a template's title and a clerk's
user name as the document's properties) and a news agency's story as NITF XML (a headline and a subheadline, a
correction note "Corrects number of runners in paragraph 5 to 28, not 26", a byline with its title, a dateline, an
abstract; the trial's tool refused the XML, and its editor converted it by hand: imported here from the XML itself).
The dossier is the one an editor's blind trial (session 75) built from them, corrected by hand to a key written before
any article (tests/fixtures/steeplechase-death/KEY.md). The course, the regulator and the charity disagree (at which
fence the horse fell, how many horses fell, how many horses have died at the course this season): contested, never
red; red where the outlets give another time the race started and another place the horse was put down, and where the
agency reports the regulator giving another day for its hearing than the regulator's own notice. Traps: the distance
as "3m 5f", "three miles and five furlongs", "29 furlongs (approximately 5,836 metres)" and "the three-and-a-half-mile
race", "a quarter of a million pounds", "more than 18,000" for 18,412, "on Saturday" and "Today", the agency's
corrected 26 runners, last year's running (24 runners, two fallers), Tullagh Park's six deaths, the readers' comments
("He fell at the 19th mate", "Last year only 2 fell")."""
import pytest

from tests import news_sets
from tests.conftest import ROOT

STEEPLECHASE = ROOT / "tests" / "fixtures" / "steeplechase-death"
# hearing-date is red as the key designs, though not as it designs it: the agency gives 9 April as the regulator's
# ("The Horseracing Standards Authority (HSA) said a hearing would be held on April 9"), not in its own voice, and the
# notice's "Thursday 2 April 2026" is the regulator's own publication (`attributes hsa`): one speaker reported giving
# two days, a disagreement of the sources.
RED = {"hearing-date", "off-time", "put-down-place"}
CONTESTED = {"fallers", "fence-fell", "season-deaths"}
# The key keeps race-distance agreed, with the agency's "about three and a half miles"; the agency prints "the
# three-and-a-half-mile race", unhedged (`exact: 3.5 miles`), against the paper's "three miles and five furlongs" and
# the notice's "29 furlongs" (3.625 miles): a minor discrepancy, within 2 %.
MINOR = {"race-distance"}


def test_the_steeplechase_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(STEEPLECHASE, tmp_path / "steeplechase")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED, "minor": MINOR,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED - MINOR}


@pytest.mark.parametrize("source, red, contested, held", [
    # the paper's own "put down on the course behind screens" held back (it would make the card red, as the key
    # designs): the agency's own "died later at the Carrick Equine Hospital" then stands only against the charity's and
    # the regulator's claims, contested; the result line "3.35 Ballinveen — Ballinveen National Chase …" is not
    # proposed for off-time (the agency's 4.05 p.m. alone: the red the key designs, missed); "run over three miles and
    # five furlongs" is written `more_than: 3 mi` ("over" read as "more than", the furlongs left out)
    ("copper-lantern-dies-harbour-signal-lands", {"hearing-date"}, CONTESTED | {"put-down-place"}, "put-down-place"),
    # 'The official "four fallers" counts the falls the racing industry finds convenient to count.' proposed as the
    # charity's own 4 and held back (against its own seven); "Copper Lantern fell at the 22nd fence" written as the
    # charity denying the card with its 22, Keelty's call on the regulator "to suspend jump racing at Ballinveen until
    # a full, independent inquiry has reported" written to inquiry-opened as hers (the card as before all the same);
    # "Today at Ballinveen…", "was destroyed on the track…" and "The course told reporters this afternoon that he was
    # the third." are not proposed. The readers' comments are page chrome since session 75 (a reader's "Wishing Declan
    # Furey a speedy recovery too" had been written to jockey-injury as the charity's, and the comments' figures,
    # Tullagh Park's 6, "Last year only 2 fell", their likes, listed as the charity's)
    ("hoofprintwelfare-statement-death-copper-lantern", RED, CONTESTED, "fallers"),
    # the notice's own "Thursday 2 April 2026" held back (against the regulator's 9 April in the agency's report, as
    # the key designs); "29 furlongs (approximately 5,836 metres)" is written as the course's (the table row's race
    # name read as the course speaking); the rows "Location of fall Fence 19 (open ditch)…" and "Field 28 declared
    # runners; 28 started" are not proposed (the heading "Preliminary findings" is, and left out as giving no figure),
    # nor "euthanised on course", listed as a figure of the regulator's
    ("hsa-opens-inquiry-into-ballinveen-national", RED - {"hearing-date"}, CONTESTED, "hearing-date"),
    # the agency's own 4.05 p.m. held back (as the key designs), and its "said a hearing would be held on April 9"
    # proposed as the regulator denying the card and held back; "Copper Lantern was taken from the course by horse
    # ambulance and died later at the Carrick Equine Hospital" is not proposed, and "The charity puts the figure at
    # five, and has asked the course to publish a list of the horses and dates." is written to put-down-place as the
    # charity's ("puts"), so put-down-place agrees: the red the key designs, missed; the hearing sentence is written to
    # inquiry-opened, "the three-and-a-half-mile race", Keelty's "He fell at the 22nd" and the regulator's preliminary
    # findings ("put the fall at fence 19 and the field at 28") are not proposed
    ("regulator-opens-inquiry-after-horse-dies", set(), CONTESTED, "hearing-date, off-time")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: nothing the key keeps agreed or contested turns red."""
    site = news_sets.applied(STEEPLECHASE, source, tmp_path / "steeplechase")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)
