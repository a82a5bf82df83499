"""News nobody tuned for, seventy-seventh round: a city's new parking-payment app that double-charged thousands of
drivers for a week, in a local television bulletin's SubRip subtitles (lines broken mid-sentence, "(MUSIC)" cues, the
presenter, the reporter and the people interviewed under labels in capitals, a subtitler's credit), a consumer
magazine's article saved as a web archive (.mhtml: a kicker, a cookie banner, a byline line and a sign-off, questions
as headings), the city manager's letter to councillors as an RTF document (a letterhead, "Dear Councillor", a table of
figures written as tab-separated lines, a signature block, a cc line) and a national paper's web page (a live "Key
points" box updated at 10.30, an author bio, a correction note of a withdrawn figure at its foot). The dossier is the
one an editor's blind trial (session 72) built from them, corrected by hand to a key written before any article
(tests/fixtures/parking-app/KEY.md). The council, the app's supplier and a consumer group disagree (how many drivers
were charged, when the refunds will all be paid, whether the council's switch of card processor caused the fault):
contested, never red; red where the outlets give another day the app was launched, another day the fault was fixed and
another number of car parks affected."""
import pytest

from tests import news_sets
from tests.conftest import ROOT

PARKING = ROOT / "tests" / "fixtures" / "parking-app"
RED = {"app-launched", "car-parks-affected", "fault-fixed"}
CONTESTED = {"cause-processor-switch", "drivers-affected", "refund-deadline"}


def test_the_parking_app_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(PARKING, tmp_path / "parking")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED}


@pytest.mark.parametrize("source, red, contested, held", [
    # the bulletin's own "launched on the second of March" held back (it would make the card red, as the key designs)
    ("a1-vale6", {"car-parks-affected", "fault-fixed"}, CONTESTED, "app-launched"),
    # the magazine's own 14 car parks held back: the city manager's 14 then stands against the paper's own 23,
    # contested; its "The duplicate charges did not stop until Tuesday 17 March" is not proposed (nor listed among the
    # passages no card covers: the sentence's "some 84,000 registered users" went to registered-users), so fault-fixed
    # is agreed
    ("a2-shoppers-guardian", {"app-launched"}, CONTESTED | {"car-parks-affected"}, "car-parks-affected"),
    # the letter's "For comparison, during last year's pilot, which ran in three car parks with 52,000 users, …" had
    # been written to registered-users as the council's, not held back (it is no red), the card contested
    ("a3-city-manager-letter", RED, CONTESTED, ""),
    # the paper's own 23 February and 15 March held back (its key point "between 9 and 15 March", read as 15 March and
    # held too in the trial's run, is every day from 9 to 15 March since session 73, which meets the day the charges
    # began): fault-fixed then has the magazine's own 17 March against the council's and the city manager's 15 March,
    # contested; its 23 car parks and Meterline's "until 10 April" are not proposed, so car-parks-affected and
    # refund-deadline are agreed
    ("a4-national-chronicle", set(), {"cause-processor-switch", "drivers-affected", "fault-fixed"},
     "app-launched, fault-fixed")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: nothing the key keeps agreed or contested turns red."""
    site = news_sets.applied(PARKING, source, tmp_path / "parking")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)
