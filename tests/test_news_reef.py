"""News nobody tuned for, fifteenth round: an invented clash between two coast guards at a reef both countries claim,
in a wire story with a correction, the state broadcaster of one side (which gives its government's version in its
own voice), an independent paper of the other side, a think tank's analysis of satellite imagery and a live blog; the
dossier an editor's trial (session 39) built from them, with a careful reader's verdicts written before any build
(tests/fixtures/reef-clash/KEY.md). Where only the two governments disagree (who rammed whom, how far from the reef,
the water cannon) the verdict is a contested claim, never red; red only where outlets contradict each other in their
own voices (the injured, the crew detained)."""
import re

import pytest

from tests import news_sets
from tests.conftest import ROOT

REEF = ROOT / "tests" / "fixtures" / "reef-clash"
RED = {"sailors-injured", "trawler-crew-detained"}
CONTESTED = {"arvel-water-cannon", "collision-distance", "sundar-rammed-arvel"}


def _text(site_dir, fact: str) -> str:
    page = (site_dir / "facts" / f"{fact}.html").read_text(encoding="utf-8")
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page))


def test_the_reef_dossier_reads_as_a_careful_reader_would(tmp_path):
    """The key's sixteen verdicts, and who claims what: the governments' figures and denials are theirs, in the
    outlet that reports them; the live blog's 11 fishermen are the minority against three sources' 14."""
    site = news_sets.built(REEF, tmp_path / "reef")
    agreed = set(site.dossier.facts) - RED - CONTESTED
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED, "agree": agreed}
    built = tmp_path / "reef" / "site"
    distance = _text(built, "collision-distance")
    assert "The sources do not contradict one another: VNB News gives 4 nautical miles in its own voice" in distance
    assert "Helga Brannock, in The Lunde Ledger : 16 nautical miles" in distance
    rammed = _text(built, "sundar-rammed-arvel")
    assert "Side 2: Denied 1 source Helga Brannock, in The Lunde Ledger" in rammed
    assert "The Lunde Ledger contradicts it" not in rammed
    detained = _text(built, "trawler-crew-detained")
    assert ("In the minority: SBC News live (1 of the 3 independent sources that contradict one another; not counted: "
            "The Lunde Ledger , which only reports someone’s claim)") in detained


@pytest.mark.parametrize("source, red, held", [
    ("ledger", RED, ""),
    ("monitor", RED, ""),
    ("sbc-live", {"sailors-injured"}, "trawler-crew-detained"),
    ("tidewire", {"trawler-crew-detained"}, "sailors-injured"),
    ("vnb", {"trawler-crew-detained"}, "")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, held):
    """The editor's loop, unattended: no card turns red that the careful reader keeps agreed or contested; the reds
    the live blog (11 fishermen) and the wire (at least six injured, against the broadcaster's "No one aboard either
    vessel was injured") bring are held back for the editor. The broadcaster's denial itself is proposed below the
    threshold (one word in common), so its red is neither written nor held."""
    site = news_sets.applied(REEF, source, tmp_path / "reef")
    assert {fid for fid, row in site.comparison.facts.items() if row.verdict == "disputed"} == red
    news_sets.assert_held(capsys.readouterr().out, held)


def test_a_figure_proposed_for_two_cards_goes_to_the_one_that_counts_what_it_counts(tmp_path, capsys):
    """The paper's lede, "…to win the release of 14 fishermen held in Velmora", is proposed for the crew detained
    (counting fishermen) and, more surely, for "At least 14 Velmoran vessels were near Tessaly Reef": unattended,
    it goes to the crew's card alone."""
    site = news_sets.applied(REEF, "ledger", tmp_path / "reef")
    vessels = site.dossier.facts["velmoran-vessels-near-reef"]
    assert [a.source for a in vessels.accounts] == ["monitor"]
    (crew,) = [a for a in site.dossier.facts["trawler-crew-detained"].accounts if a.source == "ledger"]
    assert crew.quote.endswith("to win the release of 14 fishermen held in Velmora.") and crew.stance == "states"
    assert "its figure is proposed for 'trawler-crew-detained' too, which counts what it counts" in \
        capsys.readouterr().out


def test_the_reef_set_keeps_its_figures():
    """Floors at the default threshold, as benchmarks/suggest_eval.py measures them (when the set was added: recall
    0.91, precision 0.87, stance right 0.92, stance and speaker 0.90, values right 0.85 of 39; 0.82 since passages
    are ranked by their score before it stops at 1, then by the card's words they share)."""
    found = news_sets.figures(REEF)
    assert found["recall"] >= 0.91 and found["precision"] >= 0.86
    assert found["stance"] >= 0.92 and found["speaker"] >= 0.9 and found["values"] >= 0.81


def test_each_governments_account_in_one_sentence_is_quoted_alone():
    """The think tank's "Velmora says the Sundar rammed its cutter four nautical miles from the reef; Tarsanne says
    the Arvel struck its patrol vessel 16 nautical miles away, …": the account of Velmora's claim quotes Velmora's
    clause alone (it ran on into Tarsanne's reverse claim, in Velmora's name)."""
    found = news_sets.held_out(REEF, "monitor")["sundar-rammed-arvel"]
    assert found.quote == "Velmora says the Sundar rammed its cutter four nautical miles from the reef"
    assert (found.stance, found.speaker) == ("attributes", "velmoran-government")


def test_a_figure_restated_in_parentheses_is_one_figure(tmp_path, capsys):
    """Brannock's "16 nautical miles (about 30 km) from the reef": its 16 nautical miles go to the collision's
    distance, and its "about 30 km", proposed for the reef's distance from Velmora's coast, is the same figure,
    left for the editor (it made that card a contested claim)."""
    site = news_sets.applied(REEF, "ledger", tmp_path / "reef")
    assert [a.source for a in site.dossier.facts["reef-distance-velmora"].accounts] == ["tidewire", "vnb", "monitor"]
    assert site.comparison.facts["reef-distance-velmora"].verdict == "agree"
    assert "reef-distance-velmora: its figure is proposed for 'collision-distance' too, with more confidence" in \
        capsys.readouterr().out


@pytest.mark.parametrize("text, figure, restated", [
    ("16 nautical miles (about 30 km) from the reef", "16 nautical miles", "16 nautical miles (about 30 km)"),
    ("16 nautical miles (about 30 km) from the reef", "about 30 km", "16 nautical miles (about 30 km)"),
    ("winds of 240 km/h (150 mph) and 12 (or 13) dead", "150 mph", "240 km/h (150 mph)"),
    ("a record of 43.9C (111F), set in 2019", "43.9C", "43.9C (111F)"),
    ("14 crew (all Tarsannian) were held", "14 crew", "14 crew"),  # no figure of its kind inside
    ("about 30 km (see map) and 16 nautical miles", "about 30 km", "about 30 km")])
def test_the_place_of_a_figure_takes_in_its_restatement_in_parentheses(text, figure, restated):
    from builder import prose_figures
    (found,) = [f for f in prose_figures.figures(text) if f.text == figure]
    start, end = prose_figures.restated(text, found)
    assert text[start:end] == restated


def test_a_body_named_as_a_kind_of_thing_is_no_one_who_claims_the_card():
    """The live blog's "…after a Velmoran coast guard cutter and a Tarsannian patrol vessel collided…" was proposed
    at 0.60 as its own statement that the Sundar rammed the Arvel, the card's speaker "named" in "a Velmoran coast
    guard cutter": a body after "a" or "an" is a kind of thing ("an Aurel Air flight"), not someone speaking."""
    found = news_sets.held_out(REEF, "sbc-live")["sundar-rammed-arvel"]
    assert "collided" not in found.quote and found.confidence < 0.6
    assert not any(w.startswith("speaker named") for w in found.why)


def test_a_bodys_name_is_no_word_in_common_with_a_card_whoever_speaks():
    """"Velmora's foreign ministry has summoned Tarsanne's ambassador" (state media speaking) shared "foreign" and
    "ministry" with the quotes of "Velmora says Tarsanne bears full responsibility" (the ministry's statement), and was
    proposed at 0.75; a regulator's transcript's footer "For media enquiries: press office, Tessavian Civil Aviation
    Authority." matched a card four words for the authority's name (an editor's trial, session 44). A body's name
    counted as no word in common only when the body spoke; now wherever the passage names it."""
    found = news_sets.held_out(REEF, "sbc-live")["tarsanne-responsible"]
    assert found.confidence < 0.6 and "words: Tarsanne, ambassador" in found.why
