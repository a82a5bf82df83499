"""News nobody tuned for, forty-third round: a river floods a town and the villages below it, in a wire story in US
units ("22.4 feet (6.8 meters)", "1.2-mile"), the local paper's live page (entries under their times, newest first,
a key-points box, a correction of an earlier entry), the environment agency's HTML flood update (a situation summary,
a table of its gauges), a radio station's bulletin as a transcript (figures and times in words, a reporter's live
report, clips) and a weekend feature in Markdown; the dossier an editor's blind trial (session 52) built from them,
corrected by hand to a key written before any article (tests/fixtures/river-flood/KEY.md). The environment minister
against the region's governor is contested (whether the flood barrier was finished on schedule, whether cuts to
river maintenance made the flood worse), and the agency against the town's mayor on the time its severe flood
warning went out (14:00 or 17:30); red where the live page gives another peak (7.1 m "at around 4am") and length of
the barrier (1.6 km), and the feature another day the footbridge was swept away (the Monday night), in their own
voice. The death toll, the people evacuated, the homes flooded and the people missing change by the day."""
import pytest

from tests import news_sets
from tests.conftest import ROOT

FLOOD = ROOT / "tests" / "fixtures" / "river-flood"
RED = {"barrier-length", "footbridge-collapse-date", "peak-level-orvik", "peak-time-orvik"}
CONTESTED = {"barrier-finished-on-schedule", "maintenance-cuts-worsened-flood", "severe-warning-time"}


def test_the_flood_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(FLOOD, tmp_path / "flood")
    agreed = set(site.dossier.facts) - RED - CONTESTED
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED, "agree": agreed}
    assert len(agreed) == 11


@pytest.mark.parametrize("source, red, contested, held", [
    ("agency", RED, CONTESTED, ""),
    ("feature", RED - {"footbridge-collapse-date"}, CONTESTED, "footbridge-collapse-date"),
    ("live", RED - {"barrier-length", "peak-level-orvik", "peak-time-orvik"}, CONTESTED | {"rainfall-haldstead"},
     "peak-level-orvik, barrier-length, peak-time-orvik"),
    ("radio", RED, CONTESTED, ""),
    ("wire", RED, CONTESTED, "")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: no card the key keeps agreed or contested turns red. The live page's three
    reds, "Wednesday's peak at Orvik Bridge, 7.1 metres", "The 1.6km barrier" and "The peak came at around 4am on
    Wednesday" (lost in the trial: see the next test), and the feature's "went on the Monday night", are held
    back. Held wrongly in the trial, and right since session 53: "peaked at 7.1 metres, beating the 6.21m recorded in
    1998", which gave 7.1 to the card of the record ("6.21m" was read as no figure: it is 6.21 metres now), and the
    governor's "'If the national government had not cut river maintenance budgets…'", read as her denying her own
    claim (see the next test). A false contest: the live page's "The water has dropped almost a metre
    since Wednesday…" is read as the rain at Haldstead (almost 1 m, in its own voice against the agency's 142 mm).
    Lost: the feature's "just after three in the morning" (0.51), its "the 400 soldiers" and the agency's, which give
    no figure of the card's count, and the radio's "One person is still missing." (no figure either). The wire's
    people evacuated are read in its lead, "forcing thousands from their homes" (1,000 to 10,000), not in its "about
    2,100 people had been evacuated" (the card changes by the day, so it agrees)."""
    site = news_sets.applied(FLOOD, source, tmp_path / "flood")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_the_live_pages_record_sheet_its_other_side_and_its_entries():
    """The live page's "The peak came at around 4am on Wednesday, according to the gauge board's record sheet, which
    staff showed us." is the paper's own (a record sheet someone keeps is the outlet's source, session 52; the trial
    asked for a speaker file and lost the red), proposed beside the mayor's time; "The Environment Agency says it was
    issued at 2pm.", after the mayor's "did not come until half past five", is the agency's (a rival figure on a card
    of a time, session 52; the trial wrote the mayor's side only). What the trial read right, kept: the entries'
    figures are as of their times ("Civil Protection says 580 homes…" at 09:10, 3,400 people at 09:45), and the
    card of the homes flooded is given the 09:10 entry's 580, not the 1,850 the correction withdraws ("In our 09:10
    entry we wrote that 1,850 homes had been flooded in Orvik. That was wrong: …", which is still listed for the
    editor as a figure no card covers). The governor's "'If the national government had not cut river maintenance
    budgets for three years running, …'" tells, as a condition contrary to what happened, that it did: her claim,
    not her denying it (held back as a red until session 53), and the minister's "Brele rejected the claim in a
    statement" his side of it."""
    rivals = news_sets.rivals(FLOOD, "live")
    assert [(s.stance, s.speaker, s.value) for s in rivals["peak-time-orvik"]] == [
        ("states", None, {"approx": "04:00"})]
    assert "according to the gauge board" not in rivals["peak-time-orvik"][0].quote
    assert [(s.speaker, s.value) for s in rivals["severe-warning-time"]] == [
        ("kestravan-environment-agency", {"exact": "14:00"})]
    live = news_sets.held_out(FLOOD, "live")
    assert (live["severe-warning-time"].speaker, live["severe-warning-time"].value) == (
        "petra-lind", {"exact": "17:30"})
    assert (live["homes-flooded"].speaker, live["homes-flooded"].value, live["homes-flooded"].as_of) == (
        "halden-civil-protection", {"exact": 580}, "2026-03-12 09:10")
    assert (live["evacuated-count"].value, live["evacuated-count"].as_of) == ({"exact": 3400}, "2026-03-12 09:45")
    assert (live["previous-record-level"].quote, live["previous-record-level"].value) == (
        "beating the 6.21m recorded in 1998.", {"exact": "6.21 m"})
    assert (live["maintenance-cuts-worsened-flood"].stance, live["maintenance-cuts-worsened-flood"].speaker) == (
        "attributes", "mirela-voss")
    rebuttal = news_sets.rebuttals(FLOOD, "live")["maintenance-cuts-worsened-flood"]
    assert (rebuttal.stance, rebuttal.speaker) == ("disputes", "anton-brele")
    assert rebuttal.quote.startswith("Brele rejected the claim")


def test_the_radios_letter_and_its_figures_in_words():
    """The radio's "The mayor of Orvik, Petra Lind, has written to the Environment Agency saying the severe warning
    was not issued until half past five" is the mayor's 17:30 (whom someone writes to does not speak, session 52: the
    trial held it back as the agency's, and `dossier check` then advised that the agency's time changed over time).
    What the trial read right, kept: "a quarter past three on Wednesday morning" 03:15, "a hundred and forty
    patients", "seven people have now died", "almost two kilometres of concrete and steel". With the cards as the key
    has them, "Civil Protection now puts the number of homes flooded at one thousand one hundred and forty, up from
    eight hundred and fifty yesterday" is 1,140 (in the trial, the card holding the wire's 600 and the live page's
    580, it was the earlier 850), and "Civil Protection says four thousand two hundred people are registered…" is
    read for the card of the people evacuated (the trial had written it onto a `--new` card with no value)."""
    radio = news_sets.held_out(FLOOD, "radio")
    assert (radio["severe-warning-time"].stance, radio["severe-warning-time"].speaker,
            radio["severe-warning-time"].value) == ("attributes", "petra-lind", {"exact": "17:30"})
    assert radio["peak-time-orvik"].value == {"exact": "03:15"}
    assert (radio["homes-flooded"].speaker, radio["homes-flooded"].value) == (
        "halden-civil-protection", {"exact": 1140})
    assert (radio["evacuated-count"].speaker, radio["evacuated-count"].value) == (
        "halden-civil-protection", {"exact": 4200})
    assert radio["hospital-patients-moved"].value == {"exact": 140}
    assert (radio["deaths-toll"].stance, radio["deaths-toll"].value) == ("states", {"exact": 7})
    assert radio["barrier-length"].value == {"almost": "2 km"}


def test_the_features_two_sides_and_the_agencys_own_voice():
    """Read right once the cards hold the other articles (the trial's unattended run, its cards holding only the
    articles added before, lost them; its code reads them the same way here): the feature's "The Orvik scheme was
    completed on the ninth of December, exactly as the programme set out," Brele told a press conference in the
    capital, Varenna" is the minister's claim on the card of the barrier (the trial's `--new` had put it on a card of
    the weather, "Highs of eleven degrees in Varenna"), "Voss has said repeatedly that the cuts left the channel
    choked with silt" the governor's, and "Brele also rejected that charge on Thursday." his denial of it (the trial
    had made his next words a remark of his own). The agency's update is the agency's throughout, "Halden Civil
    Protection has evacuated more than 3,400 people" too, and its "around 850 properties have flooded" the count of
    homes (missed in the trial, for "properties")."""
    feature = news_sets.held_out(FLOOD, "feature")
    claim = feature["barrier-finished-on-schedule"]
    assert (claim.stance, claim.speaker) == ("attributes", "anton-brele") and "ninth of December" in claim.quote
    assert (feature["maintenance-cuts-worsened-flood"].stance, feature["maintenance-cuts-worsened-flood"].speaker) == (
        "attributes", "mirela-voss")
    denial = news_sets.report(FLOOD, "feature").rebuttals
    assert [(s.fact, s.stance, s.speaker, s.quote) for s in denial] == [
        ("maintenance-cuts-worsened-flood", "disputes", "anton-brele", "Brele also rejected that charge on Thursday.")]
    agency = news_sets.held_out(FLOOD, "agency")
    assert {(s.stance, s.speaker) for s in agency.values() if s.confidence >= 0.6} == {
        ("attributes", "kestravan-environment-agency")}
    assert agency["evacuated-count"].value == {"more_than": 3400}
    assert agency["homes-flooded"].value == {"approx": 850}
    assert (agency["peak-level-orvik"].value, agency["peak-time-orvik"].value) == (
        {"exact": "6.82 m"}, {"exact": "03:15"})


def test_the_flood_set_keeps_its_figures():
    """Floors at the default threshold, as benchmarks/suggest_eval.py measures them (when the set was added: recall
    0.89, precision 0.97, stance right 0.96, stance and speaker 0.95, values right 0.80, the same with the trial's
    code)."""
    found = news_sets.figures(FLOOD)
    assert found["recall"] >= 0.88 and found["precision"] >= 0.96
    assert found["stance"] >= 0.95 and found["speaker"] >= 0.94 and found["values"] >= 0.79
