"""News nobody tuned for, twenty-fifth round: a commuter train derailed at a junction, in a wire story, the rail
safety board's interim bulletin (numbered paragraphs, a list of what its inspectors examine), the parliament's
official report of an urgent question to the transport minister (members labelled with their seats and parties, the
minister by office), a fact-checking site's page ("Claim: … Verdict: …") and a regional paper's feature with
passengers' accounts; the dossier an editor's blind trial (session 48) built from them, corrected by hand to a key
written before any article (tests/fixtures/rail-derailment/KEY.md). The operator against the union, the minister
against an opposition member, the hospital and a passenger is contested; red only where an outlet contradicts the
others in its own voice (the train's speed, the passengers on board, the time it derailed)."""
import datetime

import pytest

from builder import sentences
from tests import news_sets
from tests.conftest import ROOT
from tests.test_html_import import written
from tests.test_new import dossier, project  # noqa: F401 - project is a fixture: a throwaway copy of the mini project

RAIL = ROOT / "tests" / "fixtures" / "rail-derailment"
RED = {"derailment-time", "passengers-on-board", "train-speed"}
CONTESTED = {"ambulance-within-15-minutes", "hospital-overwhelmed", "inspections-reduced", "restriction-notified",
             "warning-system-working"}


def test_the_rail_dossier_reads_as_the_key_says(tmp_path):
    verdicts = news_sets.by_verdict(news_sets.built(RAIL, tmp_path / "rail"))
    assert (verdicts["disputed"], verdicts["contested"]) == (RED, CONTESTED)
    assert set(verdicts) == {"disputed", "contested", "agree"}


@pytest.mark.parametrize("source, red, contested, held", [
    ("bulletin", RED, CONTESTED, ""),
    ("factcheck", {"derailment-time"}, CONTESTED | {"train-speed"}, "passengers-on-board, train-speed"),
    ("feature", RED - {"train-speed"}, CONTESTED - {"warning-system-working"}, ""),
    ("hansard", RED, CONTESTED, ""),
    ("wire", {"train-speed"}, CONTESTED | {"passengers-on-board"}, "passengers-on-board")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: no card the key keeps agreed or contested turns red. The fact check's own
    "at least 240 passengers" is not proposed (its claim line, "There were 186 passengers on the train." rated
    False, is, and held back), and its 95 km/h, the side of the red the others take, is held back too. Lost: the
    feature's "around 110km/h", which shares no word with the card but "train", and the wire's "The train came
    off the rails at 7.52 a.m." ("came off the rails" for "derailed"); the union's dispute of the warning system in
    the feature ("had been reported faulty three times in February") is not read, and the card reads as agreed."""
    site = news_sets.applied(RAIL, source, tmp_path / "rail")
    verdicts = {fid: row.verdict for fid, row in site.comparison.facts.items()}
    assert {f for f, v in verdicts.items() if v == "disputed"} == red
    assert {f for f, v in verdicts.items() if v == "contested"} == contested
    news_sets.assert_held(capsys.readouterr().out, held)


def test_a_parliaments_record_gives_each_turn_to_its_speaker():
    """"The Minister for Transport (Jorun Vesk):" opens the minister's statement, and "Alder Crane (Dovrin North)
    (Soc) (Urgent Question):" the member's question: a label of an office, or a name with its seat and party, in
    brackets. The minister's figures had been the official report's own (stance right over the set 0.80 → 0.93)."""
    hansard = news_sets.held_out(RAIL, "hansard")
    for fact, value in (("train-speed", {"exact": "95 km/h"}), ("victims-fund", {"exact": 2_000_000}),
                        ("deaths", {"exact": 3}), ("ambulance-within-15-minutes", None)):
        assert (hansard[fact].stance, hansard[fact].speaker, hansard[fact].value) == ("attributes", "jorun-vesk", value)


def test_the_hon_member_ends_no_sentence():
    """"the hon. Gentleman's anger" had been cut into two sentences, and `--new` wrote a card "Gentleman's anger; …"."""
    text = "I understand the hon. Gentleman's anger; Skellan is in his constituency. But I must correct him."
    assert [p.text for p in sentences.passages(text)] == [
        "I understand the hon. Gentleman's anger; Skellan is in his constituency.", "But I must correct him."]


def test_the_rail_set_keeps_its_figures():
    """Floors at the default threshold, as benchmarks/suggest_eval.py measures them (when the set was added: recall
    0.94, precision 0.84, stance right 0.92, stance and speaker 0.85, values right 0.94; stance right 0.90 since
    session 53: the feature's wrong passage for the patients treated, "At St Brannoc's Hospital, on the hill above
    the station…", names the hospital the card tells of treating them, and is now the feature's own, not the
    hospital's)."""
    found = news_sets.figures(RAIL)
    assert found["recall"] >= 0.93 and found["precision"] >= 0.83
    assert found["stance"] >= 0.90 and found["speaker"] >= 0.84 and found["values"] >= 0.93


def test_a_parliaments_record_imports_its_debate_and_its_name(project):
    """"OFFICIAL REPORT OF THE TESSMARK ASSEMBLY" atop the record is its outlet, and the debate's heading under its
    date, "Skellan Junction Derailment", its title (the masthead had been the title, and the outlet unknown)."""
    assert dossier(project, "new", "source", str(RAIL / "articles" / "c-parliament.txt"), "--id", "record") == 0
    front, _ = written(project, "record")
    assert (front["title"], front["outlet"], front["published"]) == (
        "Skellan Junction Derailment", "Official Report of the Tessmark Assembly", datetime.date(2026, 3, 10))


def test_what_an_inquiry_examines_is_no_claim():
    """Under "Its inspectors are examining, among other things:", the bulletin's "(b) the condition and performance of
    the train's automatic warning system…" is a matter the board looks into, not its word that the system worked (it
    had been proposed, at 1.0, as the board affirming the operator's claim); the numbered paragraphs after the list
    are read again."""
    bulletin = (RAIL / "articles" / "b-regulator-bulletin.txt").read_text(encoding="utf-8")
    assert [bulletin[s:s + 4] for s, _ in sentences.examined(bulletin)] == ["(a) ", "(b) ", "(c) ", "(d) "]
    warning = news_sets.held_out(RAIL, "bulletin")["warning-system-working"]
    assert warning.confidence < 0.6 and not warning.quote.startswith("the condition and performance")
