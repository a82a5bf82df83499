"""News nobody tuned for, thirty-fifth round: a town's drinking water contaminated with a parasite and a boil-water
notice, in a wire story, the water company's HTML customer notice (cookie banner, alert strip, the chief executive's
message in a block quotation, questions and answers in <details>), the town council's transcript of a press briefing
(speakers' labels, reporters' questions, "[inaudible]"), the local paper's explainer (a box of key numbers, a
timeline, pull quotes, a correction) and a residents' forum thread (posts under their posters' names in bold, quoted
replies, edits); the dossier an editor's blind trial (session 50) built from them, corrected by hand to a key
written before any article (tests/fixtures/water-notice/KEY.md). The company against the health authority and a
councillor is contested; red where the local paper gives another day the fault began, time of the notice and count
of households in its own voice."""
import pytest

from tests import news_sets
from tests.conftest import ROOT

WATER = ROOT / "tests" / "fixtures" / "water-notice"
RED = {"fault-began", "households", "notice-time"}
CONTESTED = {"authority-told", "confirmed-cases", "lightning-cause"}


def test_the_water_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(WATER, tmp_path / "water")
    agreed = set(site.dossier.facts) - RED - CONTESTED
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED, "agree": agreed}
    assert len(agreed) == 20


@pytest.mark.parametrize("source, red, contested, held", [
    ("explainer", set(), CONTESTED | {"fault-began"}, "households, notice-time"),
    ("forum", RED, CONTESTED, ""),
    ("notice", RED, CONTESTED, ""),
    ("transcript", RED, CONTESTED, ""),
    ("wire", set(), CONTESTED | RED, "fault-began, households, notice-time")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: no card the key keeps agreed or contested turns red. The paper's own 16,500
    households and 9.15pm are held back for the editor (rightly); lost: its "stopped working properly on Tuesday 9
    June", so the card of the fault's first day is left contested by the company's 11 June, and "Ostrey Vale Water
    says the fault began two days later, on the night of Thursday 11 June" is read for the card of when the health
    authority was told. The company's "We told East Calder Health Authority about the problem on Thursday 11 June"
    (and its community manager's "We told the health authority on Thursday 11 June" in the forum) had been read as
    the authority denying it, and held back (accepted, it would have made the card falsely red): whom someone
    tells is not who speaks (session 50). The wire's own figures, the
    side of the reds the others take, are held back. The briefing's "the notice went out at six o'clock that
    evening" (after "[inaudible]") and the mayor's answers "About thirty-eight thousand people" and "fifty pounds per
    household" (the card's words in the reporter's question) are not proposed."""
    site = news_sets.applied(WATER, source, tmp_path / "water")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_a_forum_threads_posts_are_their_posters():
    """Each post under "**AnaW_ORA** (Chair, Ostrey Residents' Association) · Posts: 1,204 · Joined: Mar 2019" and
    its time stamp is its poster's, known by a spelling ("AnaW_ORA", "Jade_OVW") or by name ("Cllr Rhys Banner"),
    and its figures are of the post's day: every post had been the forum's own words, and the trial's forum got
    none of its 28 accounts right."""
    forum = news_sets.held_out(WATER, "forum")
    assert (forum["households"].stance, forum["households"].speaker, forum["households"].value) == (
        "attributes", "ana-whitcombe", {"approx": 14000})
    assert (forum["helpline-calls"].speaker, forum["helpline-calls"].value, forum["helpline-calls"].as_of) == (
        "jade-tolland", {"more_than": 6000}, "2026-06-16 10:50")
    assert (forum["hospital-admissions"].speaker, forum["hospital-admissions"].value,
            forum["hospital-admissions"].as_of) == ("rhys-banner", {"exact": 17}, "2026-06-18 09:30")
    assert (forum["notice-duration"].speaker, forum["notice-duration"].value) == ("jade-tolland", {"min": "7 days"})


def test_a_record_the_outlet_read_is_its_own_voice():
    """"The boil-water notice was not issued until 9.15pm on Friday 12 June, according to the time stamp on the notice
    itself" is the paper's own account (the time stamp had been someone the dossier does not know, and the only
    other side of a red was neither proposed nor written); the wire's "according to maintenance logs seen by CPA"
    is its own too. The paper's 16,500 households is its own, not the 12,000 its correction withdraws."""
    explainer = news_sets.held_out(WATER, "explainer")
    assert (explainer["notice-time"].stance, explainer["notice-time"].speaker, explainer["notice-time"].value) == (
        "states", None, {"exact": "21:15"})
    assert (explainer["households"].stance, explainer["households"].value) == ("states", {"exact": 16500})
    wire = news_sets.held_out(WATER, "wire")
    assert (wire["fault-began"].stance, wire["fault-began"].speaker, wire["fault-began"].value) == (
        "states", None, {"exact": "2026-06-10"})


def test_figures_a_briefing_and_a_notice_give():
    """Of "Fourteen people have been admitted to St Brannoc's Hospital, and I'm glad to say six of them have already
    gone home", the admissions are 14 (the six discharged had been read); "at least seven more days" is a duration of
    at least a week (it had been no figure, and the card was left out)."""
    transcript = news_sets.held_out(WATER, "transcript")
    assert (transcript["hospital-admissions"].speaker, transcript["hospital-admissions"].value) == (
        "miriam-aske", {"exact": 14})
    notice = news_sets.held_out(WATER, "notice")
    assert (notice["notice-duration"].speaker, notice["notice-duration"].value) == (
        "ostrey-vale-water", {"min": "7 days"})
    assert notice["confirmed-cases"].value == {"less_than": 40}  # the company's "fewer than 40"


def test_the_water_set_keeps_its_figures():
    """Floors at the default threshold, as benchmarks/suggest_eval.py measures them (when the set was added: recall
    0.94, precision 0.98, stance right 0.91, stance and speaker 0.89, values right 0.93)."""
    found = news_sets.figures(WATER)
    assert found["recall"] >= 0.93 and found["precision"] >= 0.97
    assert found["stance"] >= 0.90 and found["speaker"] >= 0.88 and found["values"] >= 0.92


def test_a_quotation_set_apart_that_the_import_leaves_out_is_named():
    """The notice sets its chief executive's apology in a section of its own (a <blockquote>), which the extractor
    leaves out: the trial's editor pasted it back by hand, as nothing said it was gone. The import named it, and
    since session 65 puts it back where the page has it, and says so."""
    from builder import webpage
    page = webpage.read(WATER / "articles" / "ovw-notice.html")
    assert any(p.startswith("“I am deeply sorry for the disruption") for p in page.paragraphs)
    assert any("put back where the page has them, the first “I am deeply sorry for the disruption" in n
               for n in page.notes)
