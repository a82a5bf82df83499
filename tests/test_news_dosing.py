"""News nobody tuned for, from session 69's blind trials: a hospital pharmacy's labelling error that gave patients ten
times their dose of oral morphine, in a local TV station's web story saved from Chrome as a single-file web archive
(.mhtml: a video block, share buttons, a correction of an earlier version at its foot), a nurses' union's email
newsletter (.eml: a plain-text stub, the text in a base64 HTML part; a survey, a rally, "In solidarity,"), a radio
newsroom's bulletin script as plain text (a header line with the writer's initials, pronunciation guides, IN/OUT/DUR
cues, a clip whose speaker is named only in the back announcement after it, the bulletin's next stories) and a
health-trade news site's WordPress article (a pull quote, reader comments with figures of their own); the dossier an
editor's blind trial built from them, corrected by hand to a key written before any article
(tests/fixtures/pharmacy-dosing-error/KEY.md). The trust and its medical director disagree with the nurses' union
(the share of pharmacy posts vacant, whether understaffing caused the error) and with a patient's daughter (the day
the family was told): contested, never red; red where the outlets give another number of days the wrong doses ran,
another time the error was found and another number of wards."""
import pytest

from builder import prose_figures
from builder.suggest import THRESHOLD
from tests import news_sets
from tests.conftest import ROOT

DOSING = ROOT / "tests" / "fixtures" / "pharmacy-dosing-error"
RED = {"error-duration-days", "time-error-found", "wards-affected"}
CONTESTED = {"family-told-date", "pharmacy-vacancy-rate", "understaffing-caused-error"}


def test_the_dosing_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(DOSING, tmp_path / "dosing")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED}


@pytest.mark.parametrize("source, red, contested, held", [
    ("aldwyn-cross-patients-given-ten-times", {"error-duration-days", "time-error-found"}, CONTESTED,
     "wards-affected"),
    ("frontline-aldwyn-cross-warnings-were-there", RED, CONTESTED, ""),
    ("marlbeck-sound-hospital-dose", {"error-duration-days", "wards-affected"}, CONTESTED, "time-error-found"),
    ("aldwyn-cross-morphine-error-patient-count", {"time-error-found"}, CONTESTED, "wards-affected")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: nothing the key keeps agreed or contested turns red."""
    site = news_sets.applied(DOSING, source, tmp_path / "dosing")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_suggest_reads_the_radio_script_as_the_key_says():
    """The bulletin's clip is the union organiser's, named only after it ("That was Tamsin Ollerenshaw of the Allied
    Nurses' Federation."), not the trust the lead-in names; "The mistake was spotted at about a quarter past four" is
    the time the error was found; "The wrong doses went on over four days" ran across four days, not more than four;
    and "fifty milligrams" is the other sources' 50 mg to the last digit (it had been read as 5e-05 kg against their
    4.9999999999999996e-05, so no figure another source gives)."""
    script = news_sets.held_out(DOSING, "marlbeck-sound-hospital-dose")
    clip = script["understaffing-caused-error"]
    assert (clip.stance, clip.speaker) == ("attributes", "tamsin-ollerenshaw")
    assert script["time-error-found"].value == {"approx": "04:15"} and script["time-error-found"].confidence >= THRESHOLD
    assert script["error-duration-days"].value == {"exact": "4 days"}
    assert "a mass another source gives" in script["dose-given-mg"].why


@pytest.mark.parametrize("text, quantity, value", [
    ("The doses went on over four days, on two wards.", "duration", {"exact": "4 days"}),
    ("Each received 50 mg over six days from 2 November.", "duration", {"exact": "6 days"}),
    ("The search has gone on for over four days.", "duration", {"more_than": "4 days"}),
    ("The talks lasted over four hours.", "duration", {"more_than": 240}),
    ("a delay of over two hours", "duration", {"more_than": 120}),
    ("Tap water held 12 µg of lead.", "mass", {"exact": "12 µg"}),  # had been 0 kg: base units to six places
])
def test_a_length_of_time_over_which_something_ran_is_no_more_than_it(text, quantity, value):
    assert prose_figures.read(text, quantity).value == value
