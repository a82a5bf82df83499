"""News nobody tuned for, sixty-fifth round: a fire in a residential tower block, in the fire brigade's incident page
saved as a web page (a table of the incident's details, a cookie banner), a tabloid's page (an "EXCLUSIVE" kicker,
"READ MORE:" links), a weekly's interview with the housing association's chief executive in Markdown (its questions
in bold, his answers in plain text) and the residents' association's open letter to the mayor; the dossier an
editor's blind trial (session 61) built from them, corrected by hand to a key written before any article
(tests/fixtures/tower-fire/KEY.md). The brigade, the association's chief executive, the mayor and the residents
disagree (how long the first engine took, the last inspection, how many families were rehoused): contested, never
red; red where the outlets give another floor, another time of the first call and another number evacuated."""
import pytest

from builder import prose_figures
from tests import news_sets
from tests.conftest import ROOT

TOWER = ROOT / "tests" / "fixtures" / "tower-fire"
RED = {"fire-start-floor", "first-call-time", "residents-evacuated"}
CONTESTED = {"families-rehoused", "first-engine-arrival", "last-inspection"}


def test_the_tower_fire_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(TOWER, tmp_path / "tower")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED}


@pytest.mark.parametrize("source, red, contested, held", [
    ("brigade-incident", RED, CONTESTED, ""),
    ("klaxon", set(), CONTESTED, "fire-start-floor, first-call-time, residents-evacuated"),
    ("harbour-weekly", set(), CONTESTED - {"last-inspection"} | RED, "first-call-time, fire-start-floor, residents-evacuated"),
    ("residents-letter", RED, CONTESTED - {"first-engine-arrival"} | {"tower-flats"}, "")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: nothing the key keeps agreed or contested turns red."""
    site = news_sets.applied(TOWER, source, tmp_path / "tower")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_a_floor_by_its_rank_and_an_emergency_number():
    """"a ninth-floor flat" is the ninth floor, and "More than 300 residents fled the 20-storey block" gives no floor
    to "The fire started on the seventh floor."; "The first 999 call" is no count of 999 calls, and it is the first
    emergency call (the trial: the floor lost, the call a card of its own)."""
    floor = "The fire started on the seventh floor."
    assert prose_figures.read("The blaze broke out in a ninth-floor flat just after 1am.", "count",
                              statement=floor).value == {"exact": 9}
    assert prose_figures.read("More than 300 residents fled the 20-storey block.", "count", statement=floor) is None
    assert [f.quantity for f in prose_figures.figures("The first 999 call was logged at 1.17am.")] == ["time"]
    call = news_sets.held_out(TOWER, "klaxon")["first-call-time"]
    assert (call.stance, call.value, call.confidence >= 0.6) == ("states", {"exact": "01:17"}, True)


def test_a_toll_that_rose_is_the_toll_it_rose_to():
    """"The death toll rose to five last night after three more victims died in hospital." is a toll of five (the
    trial: three, the figure nearer the other sources' one and two)."""
    toll = "The death toll rose to five last night after three more victims died in hospital."
    assert prose_figures.read(toll, "count", near=[1, 2], statement="People killed in the fire.").value == {"exact": 5}


def test_where_a_call_went_is_no_one_speaking():
    """"…the first emergency call reached the fire service at 1.47am." in the weekly's introduction is its own
    account: the fire service is where the call went, not who says so (the trial: the brigade's claim)."""
    call = news_sets.held_out(TOWER, "harbour-weekly")["first-call-time"]
    assert (call.stance, call.speaker, call.value) == ("states", None, {"exact": "01:47"})


def test_an_interviews_answers_under_questions_in_bold():
    """The weekly prints its questions in bold and the chief executive's answers in plain text, with no labels: each
    answer is his, each question no one's account (the trial: his answers the magazine's own, or nothing)."""
    advice = news_sets.held_out(TOWER, "harbour-weekly")["stay-put-advice"]
    assert (advice.stance, advice.speaker) == ("attributes", "gideon-pellow")


def test_an_open_letters_heading_names_who_writes_it(tmp_path):
    """"OPEN LETTER TO THE MAYOR OF BRELLMOUTH FROM THE QUILLAN TOWER RESIDENTS' ASSOCIATION" is the association's
    letter, and its heading stays its title (the trial: the outlet unknown). Left: only its first signatory is its
    author."""
    front = news_sets.imported(TOWER / "articles" / "4-letter.txt", tmp_path)
    assert (front["outlet"], front["author"]) == ("Quillan Tower Residents' Association", "Fatima Kerridge")
    assert front["title"].startswith("OPEN LETTER TO THE MAYOR OF BRELLMOUTH")
