"""News nobody tuned for, forty-fourth round: drone sightings close a regional airport for 35 hours, in a wire story
refiled with a correction ("Corrects number of diverted flights in paragraph 4 to nine, not eight"), the local
paper's live page saved as HTML (JSON-LD, entries under their times, newest first, a key-points box, a correction of
an earlier entry's count), the airport's unsigned press statement in Markdown (a "PRESS RELEASE — For immediate
release" line over its headline, notes to editors, a media contact) and a radio programme's transcript (a
correspondent's reports, recorded clips, the presenter's correction of an earlier time); the dossier an editor's
blind trial (session 53) built from them, corrected by hand to a key written before the articles
(tests/fixtures/airport-drones/KEY.md). Contested: the police's two drones against the airport chief executive's
six, her request for military help on Thursday night against the defence ministry's spokesman (none before Friday),
the witnesses' shots against the police's denial, and the airport's cost of 1.2 million euros against the airlines'
nearer four million; red where the live page gives another number of flights diverted (eleven; the wire nine, the
airport 12) and another distance of the drone from the runway (about half a kilometre; the wire within 300 metres),
and the radio another time of the first sighting (about twenty to eight; the others 18:40), in their own voice. The
flights cancelled change by the day (48 and 71 on Friday, 138 and more on Saturday)."""
import pytest

from tests import news_sets
from tests.conftest import ROOT

DRONES = ROOT / "tests" / "fixtures" / "airport-drones"
RED = {"drone-distance-runway", "first-sighting-time", "flights-diverted-thursday"}
CONTESTED = {"cost-estimate", "military-request-thursday", "number-of-drones", "shots-fired"}


def test_the_drones_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(DRONES, tmp_path / "drones")
    agreed = set(site.dossier.facts) - RED - CONTESTED
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED, "agree": agreed}
    assert len(agreed) == 10


@pytest.mark.parametrize("source, red, contested, held", [
    ("live", RED - {"drone-distance-runway", "flights-diverted-thursday"}, CONTESTED | {"flights-diverted-thursday"},
     "flights-diverted-thursday, reopening-date, reopening-time, drone-distance-runway"),
    ("radio", RED - {"first-sighting-time"}, CONTESTED - {"number-of-drones"}, "first-sighting-time"),
    ("statement", RED, CONTESTED, "number-of-drones"),
    ("wire", RED - {"drone-distance-runway", "flights-diverted-thursday"}, CONTESTED | {"flights-diverted-thursday"},
     "drone-distance-runway, flights-diverted-thursday")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: no card the key keeps agreed or contested turns red. The live page's "Eleven
    flights were diverted to Brannock and Vell overnight." and the radio's "about twenty to eight on Thursday evening"
    are held back (the trial held the same two); so are the wire's nine and 300 metres, the sides of the reds it takes
    (without the wire the live page's eleven against the airport's 12 is contested). Held back, and wrong: the live
    page's "The number of cancelled flights today has risen to 71, according to the airport's departures board, after a
    fresh sighting at about 15:10 ended hopes of a reopening this evening." read as the airport reopening on 16 October
    and at about 15:10 (the trial wrote both, and held back the statement's true 17 October and 06:00 against them;
    those are written now, and the cards stay agreed), and the statement's quotation of Lenhoff, "I want to thank our
    staff, who worked through two nights …", read as her two drones. Lost: the live page's "… came to about half a
    kilometre from the runway" (0.5 km, the trial's 1 km, at 0.59: the red lost, as in the trial), its 71 (above) and
    "Marit Lenhoff has said repeatedly today that help was requested "on Thursday night"" (read for the cost card, no
    figure: left out); the radio's "Our staff counted six separate drones over the two days." (listed as a figure of the
    card, not written: the contest lost, as in the trial), Lenhoff's "We asked for military help on Thursday night" and
    Varga's "No shots were fired …" (listed as other sides, not applied), "roughly four in five" (0.54), "some
    thirty-five hours" (0.59), "more than twenty thousand passengers" (0.48) and Bryn's "about 400 feet" (0.10, listed
    as his figure no card covers); the statement's "around 21,000 passengers" (0.51, in the sentence of its 138); the
    wire's lead, its closure of 35 hours and its reopening (each at 0.59, read as someone's no speaker file names:
    "after ground staff reported", "…, an airport spokesman said."), Fenn's "said no such request had reached the
    ministry until Friday morning" (not proposed) and "Police denied local media reports …" (listed as the other side).
    Written wrongly, on cards that keep their verdict: the statement's "Kessmoor Airport is Ostrevia's third-busiest
    airport" for the halt of flights (as in the trial; its "suspended all flights at 18:52" is listed as a figure no
    card covers), "… by Halvergate Police officers stationed at the airfield." as the airport's on the shots (as in the
    trial) and "A no-fly zone for drones extends 5 km from the airport perimeter." as the drone's distance (a card
    already red, so not held back); the wire's "The Kessmoor Courier, a local newspaper, had quoted witnesses …" as the
    witnesses'. The live page's "48 flights have now been cancelled" is the airport's (as in the trial) and has no time:
    the editor deleted the page's date line, "Friday 16 October 2026", as the import advised (page chrome), and its
    entries' times give no day without it (the card changes over time, so it agrees)."""
    site = news_sets.applied(DRONES, source, tmp_path / "drones")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_the_radios_estimates_its_denial_and_its_own_report():
    """What the trial found read wrong in the radio's transcript, read right now. "The airport's own estimate is about
    1.2 million euros, and Marit Lenhoff repeated that figure to me today." is the airport's (the trial: a figure of
    someone no speaker file names, "The airport's own estimate"), with Dario Pell's "… the real figure is nearer four
    million euros." its rival on the cost card (the trial had put it on a card `--new` made of the meal vouchers): the
    contest the trial lost. "The ministry's line, as Colonel Aurel Fenn put it to us yesterday, is that no request
    reached them until Friday." is Fenn's denial (the trial: the radio's own `contradicts`), though its quote is
    still only the sentence's end; "police arrested a forty-one-year-old man in Tarrow late last night." the radio's
    own report (the trial: the police's, the subject taken for a speaker); "The police have been saying all along
    that they are looking at two devices." the police's two drones (the trial: on two cards `--new` had made).
    Pell's figure is about four million ("nearer": session 55; it had been exactly). Still wrong: it is proposed as a
    rival on the card of the annual passengers too (`--apply` leaves it out there, its figure proposed for the cost card);
    the presenter's question "The Ministry of Defence disputes that, doesn't it?" is read as the ministry denying
    the annual passengers (left out: no figure of the card's count)."""
    radio = news_sets.held_out(DRONES, "radio")
    cost = radio["cost-estimate"]
    assert (cost.stance, cost.speaker, cost.value) == ("attributes", "kessmoor-airport", {"approx": 1200000})
    assert cost.quote == "The airport's own estimate is about 1.2 million euros"
    pell = news_sets.rivals(DRONES, "radio")["cost-estimate"]
    assert [(s.stance, s.speaker, s.value) for s in pell] == [("attributes", "dario-pell", {"approx": 4000000})]
    assert pell[0].quote.endswith("the real figure is nearer four million euros.")
    fenn = radio["military-request-thursday"]
    assert (fenn.stance, fenn.speaker) == ("disputes", "aurel-fenn")
    assert fenn.quote.endswith("no request reached them until Friday.")
    arrest = radio["arrest"]
    assert (arrest.stance, arrest.speaker, arrest.quote) == (
        "states", None, "police arrested a forty-one-year-old man in Tarrow late last night.")
    drones = radio["number-of-drones"]
    assert (drones.speaker, drones.value) == ("halvergate-police", {"exact": 2})


def test_the_live_pages_witness_and_the_corrections(tmp_path):
    """The live page's "Jarl Inders, 58, who lives on Ashby Lane, said: "There were three or four bangs, …"" is a
    quotation of someone no speaker file names, listed for the editor beside the card of the shots, never written:
    `--new` writes no card of it (the trial's wrote it as a card of the page's own words; its other `--new` cards,
    the page's lead, its half kilometre, the army's vehicles and Fenn's "From the moment we had a request …", are
    written still). The corrections are read as corrections, none a figure of its own: the radio's "Earlier in the
    programme we said the airport would reopen at noon." (the trial's code read none there, and gave the card its
    06:00 all the same), the live page's "Correction: An earlier entry said 58 flights …" and the wire's refiling
    note. What the trial read right, kept: the live page's "about 6.40pm" 18:40, its eleven flights, Fenn's denial
    and the witnesses' shots; the statement is the airport's, its reopening at 06:00 on Saturday 17 October
    written (held back in the trial), its 35 hours 2,100 minutes; and the live page's half a kilometre is 0.5 km
    now (the trial's 1 km), though at 0.59 it is still not proposed (see the test above)."""
    from builder import sentences
    uncovered = news_sets.report(DRONES, "live").uncovered
    inders = [u for u in uncovered if u.passage.text.startswith("Jarl Inders")]
    assert [(u.kind, u.speaker, u.unnamed, u.card) for u in inders] == [
        ("quotation", None, "Jarl Inders, 58, who lives on Ashby Lane, said", "shots-fired")]
    site = news_sets.applied(DRONES, "live", tmp_path / "drones", new=True)
    assert not [f for f in site.dossier.facts if "inders" in f]
    for name, said in [("radio", "Earlier in the programme we said the airport would reopen at noon."),
                       ("live", "Correction: An earlier entry said 58 flights had been cancelled; the figure at the "
                                "time was 48."),
                       ("wire", "(Corrects number of diverted flights in paragraph 4 to nine, not eight)")]:
        body = (DRONES / "content" / "sources" / f"{name}.md").read_text(encoding="utf-8")
        assert said in [body[s:e] for s, e in sentences.retractions(body)], name
    radio = news_sets.held_out(DRONES, "radio")
    assert (radio["reopening-time"].value, radio["reopening-time"].quote) == (
        {"exact": "06:00"}, "it reopened at six o'clock this morning")
    live = news_sets.held_out(DRONES, "live")
    assert live["first-sighting-time"].value == {"approx": "18:40"}
    assert live["flights-diverted-thursday"].value == {"exact": 11}
    assert (live["military-request-thursday"].stance, live["military-request-thursday"].speaker) == (
        "disputes", "aurel-fenn")
    assert (live["shots-fired"].stance, live["shots-fired"].speaker) == ("attributes", "witnesses")
    assert live["drone-distance-runway"].value == {"approx": "0.5 km"}
    statement = news_sets.held_out(DRONES, "statement")
    for fid, value in [("reopening-date", {"exact": "2026-10-17"}), ("reopening-time", {"exact": "06:00"}),
                       ("closure-length", {"exact": "35 h"}), ("flights-diverted-thursday", {"exact": 12}),
                       ("cost-estimate", {"exact": 1200000}), ("annual-passengers", {"more_than": 3000000})]:
        assert (statement[fid].stance, statement[fid].speaker, statement[fid].value) == (
            "attributes", "kessmoor-airport", value), fid


def test_the_drones_set_keeps_its_figures():
    """Floors at the default threshold, as benchmarks/suggest_eval.py measures them (when the set was added: recall
    0.81, precision 0.84, stance right 0.95, stance and speaker 0.93, values right 0.90; with the trial's code,
    recall 0.79, precision 0.85, stance right 0.90, stance and speaker 0.88, values right 0.89)."""
    found = news_sets.figures(DRONES)
    assert found["recall"] >= 0.80 and found["precision"] >= 0.83
    assert found["stance"] >= 0.94 and found["speaker"] >= 0.92 and found["values"] >= 0.88
