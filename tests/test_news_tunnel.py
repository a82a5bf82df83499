"""News nobody tuned for, thirty-fourth round: a lorry fire in a road tunnel under a river, in a wire story, the fire
service's incident log (a timeline of stamped entries, "Approx." and other abbreviations), a regional paper's print
pages as OCR text (narrow columns, words hyphenated across lines, running heads, a story continued on the next
page), a radio station's bulletin script (clips, cues, figures and clock times in words, a correction read on air)
and an encyclopedia's Markdown article (an infobox, footnote markers, references); the dossier an editor's blind
trial (session 50) built from them, corrected by hand to a key written before any article
(tests/fixtures/tunnel-fire/KEY.md). The tunnel's operator against the fire service is contested; red where the
paper gives another time of the first call and year of opening, and the radio another count of vehicles in the
bore, in their own voice."""
import shutil

import pytest

from tests import news_sets
from tests.conftest import ROOT

TUNNEL = ROOT / "tests" / "fixtures" / "tunnel-fire"
RED = {"first-call-time", "tunnel-opened-1994", "vehicles-in-bore"}
CONTESTED = {"crews-slow", "operator-call-time", "operator-slow-alarm", "ventilation-time"}


def test_the_tunnel_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(TUNNEL, tmp_path / "tunnel")
    agreed = set(site.dossier.facts) - RED - CONTESTED
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED, "agree": agreed}
    assert len(agreed) == 19 and "death-toll" in agreed  # the paper's "last night" 2 is of 9 March, not against 3


@pytest.mark.parametrize("source, red, contested, held", [
    ("encyclopedia", RED, CONTESTED, ""),
    ("gazette", {"vehicles-in-bore"}, CONTESTED, "death-toll, first-call-time, fire-out-time"),
    ("log", RED, CONTESTED, ""),
    ("radio", RED - {"vehicles-in-bore"}, CONTESTED, "operator-call-time"),
    ("wire", RED, CONTESTED, "")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: no card the key keeps agreed or contested turns red. The paper's own 2.12pm
    for the first call is held back for the editor (rightly), and its print figure of two dead, of the night before
    ("last night"), read without its day, is held back too; lost: its "which opened in 1996" (0.53 on the card of
    the opening, read for the card of the length). The radio's "More than sixty vehicles" is lost (0.55); held:
    "It says the operator's first call came in at six minutes past two" (the fire service, named in the sentence
    before) given to Osterlink ("The two-point-three kilometre tunnel", read as 3 km, was held too until the
    hyphens were read: session 50). The encyclopedia's
    "approximately 900 m" and the log's "approx. 900m" had been left out (no figure read) until "m" before "from" was
    read as metres (session 50)."""
    site = news_sets.applied(TUNNEL, source, tmp_path / "tunnel")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_a_print_page_is_imported_as_printed_and_its_sentences_run_across_its_lines(tmp_path, capsys):
    """The paper's OCR pages, in columns of about 30 characters, are imported line for line as printed (the trial's
    import made each printed line a paragraph, 90 blank lines added, and cut every sentence at every line's end: the
    paper got 2 of its 30 accounts right); read across its lines, the paper's own 2.12pm for the first call (the
    planted red, which had become a card of its own) and Renn's 2.04pm, his name on the line above (which had been
    the paper's own), are found."""
    from builder.cli import main
    project = tmp_path / "tunnel"
    (project / "content" / "sources").mkdir(parents=True)
    shutil.copy(TUNNEL / "site_config.yml", project)
    assert main(["--project", str(project), "new", "source", str(TUNNEL / "articles" / "c-gazette-print.txt"),
                 "--id", "print"]) == 0
    written = (project / "content" / "sources" / "print.md").read_text(encoding="utf-8")
    kept = (TUNNEL / "content" / "sources" / "gazette.md").read_text(encoding="utf-8")
    assert written.split("\n---\n", 1)[1] == kept.split("\n---\n", 1)[1]
    assert "\nauthor: Liesl Dorn " in written and "\npublished: 2026-03-10 " in written
    held = news_sets.held_out(TUNNEL, "gazette")
    assert (held["first-call-time"].stance, held["first-call-time"].value) == ("states", {"exact": "14:12"})
    assert (held["ventilation-time"].stance, held["ventilation-time"].speaker, held["ventilation-time"].value) == (
        "attributes", "tobias-renn", {"exact": "14:04"})


def test_an_incident_logs_abbreviations_and_an_encyclopedias_footnote_markers():
    """The log's "Approx. 40 vehicles were in the bore." had been cut after "Approx." and read as exactly 40, its
    "exceeded 1,000°C" as exactly 1,000; the encyclopedia's footnote markers (".[2] Around 40 vehicles…") had glued
    its sentences into passages of three or four, each taking the speaker of one (the fire service's, Osterlink's)."""
    log = news_sets.held_out(TUNNEL, "log")
    assert (log["vehicles-in-bore"].quote, log["vehicles-in-bore"].value) == (
        "Approx. 40 vehicles were in the bore.", {"approx": 40})
    assert (log["fire-temperature"].speaker, log["fire-temperature"].value) == (
        "castrel-fire-service", {"more_than": "1,000 °C"})
    wiki = news_sets.held_out(TUNNEL, "encyclopedia")
    assert (wiki["vehicles-in-bore"].quote, wiki["vehicles-in-bore"].value) == (
        "Around 40 vehicles were in the northbound bore at the time.[2]", {"approx": 40})
    assert [(wiki[f].stance, wiki[f].speaker) for f in ("fire-out-time", "minister-inquiry", "police-investigation")
            ] == [("states", None)] * 3


def test_a_radio_scripts_clock_times_and_lengths_in_words():
    """"two minutes past two" and "nineteen minutes past two" had been durations of 2 and 19 minutes (the first
    call's became a card of its own), "nine hundred metres" a count; the death toll is the bulletin's 3, never the
    4 of its correction ("We said four people had died. That was wrong.")."""
    radio = news_sets.held_out(TUNNEL, "radio")
    assert (radio["first-call-time"].stance, radio["first-call-time"].value) == ("states", {"exact": "14:02"})
    assert (radio["ventilation-time"].speaker, radio["ventilation-time"].value) == ("mara-kellen", {"exact": "14:19"})
    assert radio["fire-distance"].value == {"exact": "900 m"}
    assert radio["death-toll"].value == {"exact": 3}


def test_metres_written_as_m_before_where():
    """"approx. 900m from the North Portal" and "approximately 900 m from the northern portal" had given no length (a
    bare "m" after a number is millions, unless what follows says a distance: "from", "inside", "along"…)."""
    for source in ("log", "encyclopedia"):
        assert news_sets.held_out(TUNNEL, source)["fire-distance"].value == {"approx": "900 m"}


def test_a_figure_said_on_air_and_retracted_in_the_next_sentence_is_no_card(tmp_path, capsys):
    """"We said four people had died. That was wrong. The police say the number of dead is three.": the radio's four
    is a correction's, never a figure of its own; `--new` had written it as a card (session 50's trial)."""
    from builder import sentences
    body = (TUNNEL / "content" / "sources" / "radio.md").read_text(encoding="utf-8")
    assert "We said four people had died." in [body[s:e] for s, e in sentences.retractions(body)]
    site = news_sets.applied(TUNNEL, "radio", tmp_path / "tunnel", new=True)
    assert not [f for f in site.dossier.facts.values() if "four people had died" in f.statement]


def test_the_tunnel_set_keeps_its_figures():
    """Floors at the default threshold, as benchmarks/suggest_eval.py measures them (when the set was added: recall
    0.94, precision 0.98, stance right 0.98, stance and speaker 0.97, values right 0.87)."""
    found = news_sets.figures(TUNNEL)
    assert found["recall"] >= 0.93 and found["precision"] >= 0.97
    assert found["stance"] >= 0.97 and found["speaker"] >= 0.96 and found["values"] >= 0.86
