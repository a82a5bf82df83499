"""News nobody tuned for, from session 65's blind trials: six cavers trapped by a flash flood in a cave system, in the
cave rescue organisation's own thread of seven numbered posts saved as text from the platform (display names and
handles, time stamps, counters, "Show this thread", replies, the profile's bio and the footer), a news agency's story
history as plain text (a slug line, three versions each under its version line, bylines and reporting credits, an
editor's note correcting the first take's depth), a regional television's live stream as WebVTT roll-up captions
(each line repeated in the next cue, ">>" at each change of speaker, "[MUSIC]", a NOTE block naming the stream, its day
and its start) and a foreign outlet's English edition saved as a web page ("Translated from Vestranian.", a language
switcher, a gallery, a newsletter box); the dossier an editor's blind trial (session 65) built from them, corrected by
hand to a key written before any article (tests/fixtures/cave-rescue/KEY.md). The police and the cavers' club
disagree (the flood warning, the time the alarm was raised), and the county council's leader and the rescue
organisation's controller on the rescue's cost: contested, never red; red where the outlets give another depth at
which the cavers were trapped (the foreign outlet's "some 240 metres" against 180), another number of rescuers (the
agency's "more than 150" against 112) and another time underground (the television's "nearly seventy hours" against
50)."""
import pytest

from tests import news_sets
from tests.conftest import ROOT

CAVE = ROOT / "tests" / "fixtures" / "cave-rescue"
RED = {"hours-underground", "rescuers-total", "trapped-depth"}
CONTESTED = {"alarm-time", "flood-warning", "rescue-cost"}


def test_the_cave_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(CAVE, tmp_path / "cave")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED}


@pytest.mark.parametrize("source, red, contested, held", [
    ("bcro-thread", RED, CONTESTED, ""),
    ("dalestv-live", RED - {"hours-underground"}, CONTESTED, "hours-underground, sump-length"),
    ("hlas-vestrany", {"hours-underground"}, CONTESTED | {"rescuers-total"},
     "divers-reached-time, rescuers-total, trapped-depth"),
    ("northline-wire", set(), {"flood-warning", "hours-underground", "rescue-cost", "trapped-depth"},
     "hours-underground, trapped-depth")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: nothing the key keeps agreed or contested turns red."""
    site = news_sets.applied(CAVE, source, tmp_path / "cave")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_a_clip_named_after_it_is_its_speakers_and_beyond_a_passage_is_no_bound():
    """The live captions' "There was no flood warning in force for Skellan when they went in." was the channel's own
    contradiction, though the presenter names its speaker after it ("Orla Baine there, secretary of the
    Harrowmere Speleological Club."); "beyond a 40-metre flooded passage" was more than 40 metres (session 65)."""
    assert news_sets.held_out(CAVE, "dalestv-live")["flood-warning"].speaker == "orla-baine"
    assert news_sets.held_out(CAVE, "hlas-vestrany")["sump-length"].value == {"exact": "40 m"}
