"""News nobody tuned for, from session 64's blind trials: a tornado that crossed a farming town, in the weather
service's public information statement on its damage survey (plain text in capitals, WMO header lines, a table of
rating, path and casualties, times written "458 PM CDT", "&&" and "$$", signed with a surname), a local television
station's live page saved as a web page (entries newest first under their stamps, from Tuesday evening to Wednesday
morning, a correction of an earlier entry's toll), the town's transcript of the mayor's press briefing (time codes,
speaker labels in capitals, reporters' questions that carry figures) and a wire story received in an email newsletter
(a greeting, other items, an unsubscribe footer, a correction at its foot); the dossier an editor's blind trial
(session 64) built from them, corrected by hand to a key written before any article
(tests/fixtures/tornado-strike/KEY.md). The mayor disagrees with the weather service (the EF3 rating, which she
denies), the county (the homes destroyed) and the electric cooperative (the customers without power): contested,
never red; red where the wire gives another time of touchdown, another number of businesses destroyed and another
number of people in the shelter than the live page."""
import pytest

from tests import news_sets
from tests.conftest import ROOT

TORNADO = ROOT / "tests" / "fixtures" / "tornado-strike"
RED = {"businesses-destroyed", "shelter-count", "touchdown-time"}
CONTESTED = {"customers-without-power", "ef-rating", "homes-destroyed"}


def test_the_tornado_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(TORNADO, tmp_path / "tornado")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED}


@pytest.mark.parametrize("source, red, contested, held", [
    ("nws-damage-survey", RED, CONTESTED, ""),
    ("town-briefing", RED, CONTESTED, ""),
    ("cpw-wire", set(), CONTESTED, "shelter-count, touchdown-time"),
    ("wrkv-live", set(), CONTESTED | {"businesses-destroyed", "touchdown-time"},
     "businesses-destroyed, shelter-count, touchdown-time")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: nothing the key keeps agreed or contested turns red."""
    site = news_sets.applied(TORNADO, source, tmp_path / "tornado")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_the_mayors_turns_and_figures_are_hers_and_a_shelters_room_is_no_count_of_its_guests():
    """In the briefing's transcript the mayor's "More than eleven hundred homes … still have no power" went to the
    cooperative whose card it is, "With respect to the Weather Service, who do good work, I do not accept that this
    was an EF3" to the weather service, and "the shelter … can take 250 people" was a count of those who slept there;
    "The warning came out at 4:39 and our sirens went at 4:41." was 04:41, where the others say 4:39 p.m. The wire's
    "Kovelski said the town's own inspectors had counted 64 destroyed homes." and "Kovelski put the number at more
    than 1,100." are hers, beside the county's and the cooperative's figures (session 64)."""
    held = news_sets.held_out(TORNADO, "town-briefing")
    assert (held["customers-without-power"].speaker, held["customers-without-power"].value) == (
        "dana-kovelski", {"more_than": 1100})
    assert (held["ef-rating"].stance, held["ef-rating"].speaker) == ("disputes", "dana-kovelski")
    assert held["warning-time"].value == {"exact": "16:39"}
    assert held["shelter-count"].value is None
    rivals = news_sets.rivals(TORNADO, "cpw-wire")
    assert [(r.speaker, r.value) for r in rivals["homes-destroyed"]] == [("dana-kovelski", {"exact": 64})]
    assert [(r.speaker, r.value) for r in rivals["customers-without-power"]] == [
        ("dana-kovelski", {"more_than": 1100})]
