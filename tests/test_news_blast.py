"""News nobody tuned for, thirty-eighth round: an explosion destroys a warehouse of ammonium nitrate at a port, in a
wire story, parliament's official report of the minister's statement and the questions after it (members' labels,
"[Interruption.]", column numbers), the warehouse operator's earnings-call transcript (an operator, executives, an
analyst's questions), a TV news report's subtitle file (SubRip: numbered cues, timings, "(KLETT):" for who speaks)
and the local paper's HTML explainer (questions as headings, an amendment note); the dossier an editor's blind trial
(session 51) built from them, corrected by hand to a key written before any article
(tests/fixtures/port-blast/KEY.md). The operator against the port authority is contested (whether the port ordered
the cargo held, whether the licence was valid, who started the fire), and the minister's day of the last inspection
against the paper's own; red where the paper gives another time of the first blast and tonnage, and the TV report
another exclusion zone and distance the blast was heard, in their own voice."""
import pytest

from builder import attribution, pipeline, prose_figures, sentences, subtitles
from builder.config import load_config
from tests import news_sets
from tests.conftest import ROOT

BLAST = ROOT / "tests" / "fixtures" / "port-blast"
RED = {"ammonium-nitrate-tonnes", "blast-heard-distance", "exclusion-zone", "first-blast-time"}
CONTESTED = {"last-inspection-date", "licence-valid", "port-ordered-cargo-held", "welding-started-fire"}
SINGLE = {"brenna-provision"}


def test_the_blast_dossier_reads_as_the_key_says(tmp_path):
    """All 27 verdicts as the key has them; the exclusion zone, 2 km against the TV report's 3 km, is red without the
    tolerance the trial's editor had to give the card (the page had called them "within 2%")."""
    site = news_sets.built(BLAST, tmp_path / "blast")
    agreed = set(site.dossier.facts) - RED - CONTESTED - SINGLE
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED, "single": SINGLE, "agree": agreed}
    assert len(agreed) == 18
    assert site.dossier.facts["exclusion-zone"].tolerance is None


@pytest.mark.parametrize("source, red, contested, held", [
    ("call", RED, CONTESTED, ""),
    ("hansard", RED, CONTESTED, ""),
    ("herald", RED - {"ammonium-nitrate-tonnes", "first-blast-time"},
     CONTESTED - {"last-inspection-date"} | {"ammonium-nitrate-tonnes"}, "ammonium-nitrate-tonnes"),
    ("tv", RED - {"blast-heard-distance", "exclusion-zone"}, CONTESTED, "exclusion-zone, blast-heard-distance"),
    ("wire", RED, CONTESTED, "")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: no card the key keeps agreed or contested turns red. The TV report's "three
    kilometres" and "sixty kilometres away" are held back, and the paper's 2,400 tonnes with the minister's 1,900 and
    the operator's 880 it reports (which agree with figures on the card); without the paper, the wire's 1,900 against
    the operator's 880 is contested. Lost: the paper's "Officials have given the time as 6.12pm.", which it goes on to
    contradict, is read as someone unknown's and not written (it had been the paper's own 18:12 until session 52;
    its "6.21pm" goes to the card of the day), and its own finding "Shed 7 was
    last inspected on 9 May 2023" is not proposed. Written unseen on contested cards: the official report's "According
    to the port authority's manifests, the warehouse held 1,900 tonnes" (the minister's, under her label) as the port
    authority denying the order; the analyst's question on the call ("the port authority has said publicly that it
    never ordered the cargo held and that your licence had expired") as the port authority's denials; the TV report's
    "of ammonium nitrate had been stored here" as its own account of the licence, and Bramm's "No contractor of ours
    was welding" as the TV station contradicting the welding. "Half a minute" and "roughly half a minute" are read as
    one minute."""
    site = news_sets.applied(BLAST, source, tmp_path / "blast")
    verdicts = {fid: row.verdict for fid, row in site.comparison.facts.items()}
    assert {f for f, v in verdicts.items() if v == "disputed"} == red
    assert {f for f, v in verdicts.items() if v == "contested"} == contested
    news_sets.assert_held(capsys.readouterr().out, held)


def test_the_subtitle_file_reads_as_the_broadcasts_transcript():
    """The trial imported the TV report's .srt as plain text: each line of a cue became a paragraph ("Nearly two
    thousand tonnes" apart from "of ammonium nitrate had been stored here", "The exclusion zone stretches" from "three
    kilometres around the port"), and `--new` wrote 51 cards of its timings. It is read now as the transcript it is:
    no cue number or timing is left, a cue's words run on into the next one's, and "(KLETT):" and "(BRAMM):" are the
    turns of the fire chief and the head of the port authority; the correspondent's report is no question. (The set
    keeps the body the trial imported, whose quotes it holds: on the transcript, the correspondent's last turn, which
    ends on "What was in that warehouse, and why was it allowed to stay there?", is read as a question, and four of
    the TV report's own accounts with it.)"""
    srt = (BLAST / "articles" / "04-tv.srt").read_text(encoding="utf-8")
    assert subtitles.is_subtitles(srt)
    lines = subtitles.transcript(srt)
    body = "\n".join(lines)
    assert sum(1 for line in lines if line.startswith("[")) == 15 and "-->" not in body
    texts = [p.text for p in sentences.passages(body)]
    assert "Nearly two thousand tonnes of ammonium nitrate had been stored here, unloaded from the impounded cargo " \
           "ship Telka more than a year ago." in texts
    zone = next(t for t in texts if t.startswith("The exclusion zone stretches"))
    assert [(f.quantity, f.number) for f in prose_figures.figures(zone)] == [("length", 3000)]
    names = attribution.Names(pipeline.check(load_config(BLAST)).site.dossier.speakers)
    turns = [(t.label, t.speaker, t.asking) for t in attribution.turns(body, names)]
    assert ("KLETT", "anders-klett", False) in turns and ("BRAMM", "lotte-bramm", False) in turns
    assert turns[1] == ("REPORTER", None, False)  # "(REPORTER): This is all that is left of Shed 7…"


def test_a_changing_toll_and_sums_in_one_sentence_reach_their_cards():
    """The official report's "nineteen people have lost their lives" and "Some 240 people have been treated in
    hospital" go to the cards of the dead and the injured with their figures, and on the call "we have booked a
    provision of €15 million … and we carry property and liability insurance cover of €200 million" gives each sum to
    its card. In the trial's run, on the wire's cards alone (14 dead, "more than 180" injured; no card of the
    insurance or the provision), `--new` had written the first two as two cards of their own with no quantity or
    value, hiding the cards of the day before, and the two sums as one card with no value."""
    hansard = news_sets.held_out(BLAST, "hansard")
    assert (hansard["death-toll"].speaker, hansard["death-toll"].value) == ("ilse-varn", {"exact": 19})
    assert (hansard["injured"].speaker, hansard["injured"].value) == ("ilse-varn", {"approx": 240})
    call = news_sets.held_out(BLAST, "call")
    assert (call["insurance-cover"].speaker, call["insurance-cover"].value) == ("sanne-kuiper", {"exact": 200000000})
    assert (call["brenna-provision"].speaker, call["brenna-provision"].value) == ("sanne-kuiper", {"exact": 15000000})


@pytest.mark.parametrize("text, quantity, number", [
    ("On Tuesday, at twelve minutes past six in the evening, a fire on its roof set off the first explosion.", "time",
     18 * 60 + 12),
    ("It was heard sixty kilometres away.", "length", 60000),
    ("The warehouse held eight hundred and eighty tonnes of ammonium nitrate", "mass", 880000),
    ("Nearly two thousand tonnes of ammonium nitrate had been stored here", "mass", 2000000),
])
def test_figures_in_words_as_the_broadcast_and_the_call_say_them(text, quantity, number):
    """Figures the key names as written in words, read as the words say (the TV report's time, which the trial's run,
    on the cue "On Tuesday, at twelve minutes past six" cut from "in the evening", never proposed). Left: "half a
    minute" is one minute."""
    assert [(f.quantity, f.number) for f in prose_figures.figures(text)] == [(quantity, number)]


def test_the_blast_set_keeps_its_figures():
    """Floors at the default threshold, as benchmarks/suggest_eval.py measures them (when the set was added: recall
    0.95, precision 0.99, stance right 0.92, stance and speaker 0.91, values right 0.79 on the TV body the trial
    imported, a paragraph a line; on the transcript the import writes since session 51: 0.97, 1.00, 0.95, 0.93, 0.84;
    "about 30 seconds later" a length of time since then too: values right 0.84 → 0.88)."""
    found = news_sets.figures(BLAST)
    assert found["recall"] >= 0.96 and found["precision"] >= 0.99
    assert found["stance"] >= 0.94 and found["speaker"] >= 0.92 and found["values"] >= 0.87
