"""News nobody tuned for, forty-seventh round: an avalanche strikes a guided party on a glacier, in a regional paper's
plain-text article, a live page saved as HTML (entries newest first under their day and time, a page-wide "Updated"
line), an Italian paper's article translated with a translator's note ("3.400 metres" with a point for the
thousands, "at 7.25 o'clock", "Of Giulia Marten" for its byline) and the mountain rescue service's Markdown statement
("The party of 11 (two mountain guides and nine clients)", notes to editors); the dossier an editor's blind trial
(session 55) built from them, corrected by hand to a key written before any article
(tests/fixtures/glacier-rescue/KEY.md). The rescue service against the guiding company is contested (whether a
warning was issued the evening before), and the hut's warden against the company (whether she advised them to wait);
red where the live page gives another size of the party (12; the others eleven), the translated paper another
altitude of the camp (3,400 metres; the others 3,180) and another time of the alarm (7.25; the others 06:25), in
their own voice. The numbers rescued, missing and dead change by the day."""
import pytest

from builder import attribution, pipeline, prose_figures
from builder.config import load_config
from tests import news_sets
from tests.conftest import ROOT

GLACIER = ROOT / "tests" / "fixtures" / "glacier-rescue"
RED = {"alarm-time", "camp-altitude", "party-size"}
CONTESTED = {"warden-advice", "warning-issued"}


def test_the_glacier_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(GLACIER, tmp_path / "glacier")
    agreed = set(site.dossier.facts) - RED - CONTESTED
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED, "agree": agreed}
    assert len(agreed) == 12


@pytest.mark.parametrize("source, red, contested, held", [
    ("gazzetta", {"party-size"}, CONTESTED, "camp-altitude"),
    ("herald", {"camp-altitude", "party-size"}, CONTESTED | {"alarm-time"}, "alarm-time"),
    ("live", {"alarm-time", "camp-altitude"}, CONTESTED, "party-size"),
    ("rescue", RED, CONTESTED, "")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: no card the key keeps agreed or contested turns red. The translated paper's
    "at an altitude of 3.400 metres" is held back as 3,400 m (the trial read it as 3.4 m and proposed nothing); its
    "The alarm was given at 7.25 o'clock" is read as 07:25 but at 0.50 ("given" is no "raised"): that red is lost
    unattended, as in the trial. The live page's "The party of 12" is held back (as in the trial); the rescue
    service's "The party of 11 (two mountain guides and nine clients)" gives 11 (the trial's run read nine, and made
    the card contested). Without the paper of the first article, its own 06:25 is no longer against the translated
    paper's 7.25 but the rescue service's is: contested."""
    site = news_sets.applied(GLACIER, source, tmp_path / "glacier")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


@pytest.mark.parametrize("text, figures", [
    ("The party of 11 (two mountain guides and nine clients) had spent the night.",
     [("count", 11), ("count", 2), ("count", 9)]),  # the whole, numbered, and its parts
    ("A crew of about 14, all of them volunteers, set out.", [("count", 14)]),
    ("He saw 11, then left.", []),  # a bare number is still no count
    ("The certificate required a minimum crew of 19, he said.", []),  # a rule's, no count of a crew
    ("at an altitude of 3.400 metres, above the 3.000 metres", [("length", 3400), ("length", 3000)]),
    ("the pass climbs to 1.850 metres", [("length", 1850)]),  # coach-crash's translation, read as 1.85 m before
    ("an altitude of 3.45 metres, or 2.125 metres", [("length", 3.45), ("length", 2.125)]),  # decimals, as written
    ("The bulletin is published every day at 17 o'clock.", [("time", 17 * 60)]),  # a translation's 24-hour clock
    ("The alarm was given at 7.25 o'clock.", [("time", 7 * 60 + 25)]),
])
def test_the_translations_figures_and_a_whole_before_its_parts(text, figures):
    """Figures the trial read wrong: "3.400 metres" as 3.4 m (no English prose writes 3.4 or 1.85 so, decimals ending
    in a nought: a translation's point for the thousands), "17 o'clock" as a count of 17, and "The party of 11 (…)" as
    no figure at all."""
    assert [(f.quantity, f.number) for f in prose_figures.figures(text)] == figures


def test_whose_words_and_whose_denial():
    """"«I had advised them to wait one day», tells Flurina Mattli, who manages the hut." is the warden's (the trial:
    someone no speaker file names, "tells" taken for whom she told); "Dornalp Guides said it was not aware of any such
    advice.", after her account, is the company's denial of it (not proposed in the trial). "Eight climbers have now
    been rescued, the mountain rescue service says." is Val Dorna Mountain Rescue's, also spelt "Val Dorna rescue
    service": the words of all a body's names are its own (the trial: someone no speaker file names); and "Four climbers have been flown to hospital in Orsenz, the rescue service says."
    is the service's, the people after the last comma before the verb (it had been no one's: "flown to hospital",
    a hospital's people)."""
    rescued = news_sets.held_out(GLACIER, "live")["rescued"]
    assert (rescued.speaker, rescued.value, rescued.as_of) == ("val-dorna-rescue", {"exact": 4}, "2026-07-15 09:40")
    names = attribution.Names(pipeline.check(load_config(GLACIER)).site.dossier.speakers)
    said = attribution.attribute("Eight climbers have now been rescued, the mountain rescue service says.", names)
    assert said.speaker == "val-dorna-rescue"
    warden = news_sets.held_out(GLACIER, "gazzetta")["warden-advice"]
    assert (warden.stance, warden.speaker) == ("attributes", "flurina-mattli")
    denial = news_sets.rebuttals(GLACIER, "live")["warden-advice"]
    assert (denial.stance, denial.speaker, denial.quote) == (
        "disputes", "dornalp-guides", "Dornalp Guides said it was not aware of any such advice.")
    altitude = news_sets.held_out(GLACIER, "gazzetta")["camp-altitude"]
    assert (altitude.stance, altitude.value) == ("states", {"exact": "3,400 m"})


def test_the_imports_of_the_translation_the_statement_and_the_live_page(tmp_path, capsys):
    """The translated paper's masthead and date line ("La Gazzetta di Tessaro, 17 July 2026") give its outlet, and
    "Of Giulia Marten" its author; the rescue service's statement is its own ("…: statement by Val Dorna Mountain
    Rescue"); all three unknown in the trial. The live page's entry stamps ("Thursday 16 July, 17:40") are not
    flagged as page chrome (the trial's import flagged all fourteen, and suggest reads each account's day and time
    from them), nor, since session 66's second import rules, its page-wide "Updated 16 July 2026, 17:40" (a stamp of
    when the text was updated, to the minute, is what an account's `as_of` is read from)."""
    translated = news_sets.imported(GLACIER / "articles" / "3-gazzetta.txt", tmp_path)
    assert (translated["outlet"], translated["author"], str(translated["published"])) == (
        "La Gazzetta di Tessaro", "Giulia Marten", "2026-07-17")
    statement = news_sets.imported(GLACIER / "articles" / "4-rescue-statement.md", tmp_path)
    assert statement["outlet"] == "Val Dorna Mountain Rescue"
    capsys.readouterr()
    news_sets.imported(GLACIER / "articles" / "2-live.html", tmp_path)
    flagged = [line for line in capsys.readouterr().err.splitlines() if "looks like page chrome" in line]
    assert flagged == []


def test_the_glacier_set_keeps_its_figures():
    """Floors at the default threshold, as benchmarks/suggest_eval.py measures them (when the set was added: recall
    0.87, precision 0.94, stance right 0.98, stance and speaker 0.98, values right 0.91)."""
    found = news_sets.figures(GLACIER)
    assert found["recall"] >= 0.86 and found["precision"] >= 0.93
    assert found["stance"] >= 0.97 and found["speaker"] >= 0.97 and found["values"] >= 0.90
