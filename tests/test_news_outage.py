"""News nobody tuned for, fiftieth round: an airline's IT systems fail for most of a day at its hub, in a business
site's saved web page (menus, share buttons, related stories, a correction), the airline's Markdown customer notice
("**Updated: 11 June 2026, 08:00**", "Selvane Airways customer notice", bullet points), a transcript of the aviation
regulator's press conference (a moderator, the director, reporters) and a travel newsletter's email (From, To,
Subject and Date headers, a sign-off, an unsubscribe footer); the dossier an editor's blind trial (session 56) built
from them, corrected by hand to a key written before any article (tests/fixtures/airline-outage/KEY.md). The airline
and its supplier blame each other for the cause, the union and the airline the IT job cuts: contested, never red;
red where the newsletter gives in its own voice another start (about 4.40am; the others 05:40), another length (16
hours; the paper nearly twelve) and another compensation (€400; the others €250). The flights cancelled grow by the
day."""
import pytest

from builder import attribution, pipeline
from builder.config import load_config
from tests import news_sets
from tests.conftest import ROOT

OUTAGE = ROOT / "tests" / "fixtures" / "airline-outage"
RED = {"compensation-per-passenger", "outage-duration", "outage-start-time"}
CONTESTED = {"cause-it-staff-cuts", "cause-supplier-update", "it-jobs-cut"}


def test_the_outage_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(OUTAGE, tmp_path / "outage")
    agreed = set(site.dossier.facts) - RED - CONTESTED
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED, "agree": agreed}
    assert len(agreed) == 10


@pytest.mark.parametrize("source, red, contested, held", [
    ("business-daily", set(), CONTESTED | RED, "outage-start-time"),
    ("kcaa-briefing", RED, CONTESTED, ""),
    ("layover-newsletter", set(), CONTESTED, "compensation-per-passenger, outage-duration"),
    ("selvane-notice", RED, CONTESTED, "")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: no card the key keeps agreed or contested turns red. The newsletter's €400 and
    16 hours are held back (as in the trial); its "The systems fell over at about 4.40am" is not read as the start
    the others give ("fell over" shares no word with "failed" or "went dark"), so that red is lost unattended, as in
    the trial. Without the business page, the newsletter's figures face the airline's and the regulator's alone:
    contested."""
    site = news_sets.applied(OUTAGE, source, tmp_path / "outage")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_who_blames_whom_and_whose_count_it_is():
    """What the trial found read wrong, read right now. "Selvane points the finger at its software supplier, Quorix
    Systems, and says an overnight update broke everything." is Selvane's (the sentence's subject, for the verb after
    "and"; the trial: Quorix denying it). "Tolvik puts the number of IT jobs cut at 140." is the union leader's 140 (the
    trial: no figure, left out). In the director's answer, "The airline has told us the trigger was a software update
    from one of its suppliers." is the airline's, which his answer named before (the trial: the director's own)."""
    newsletter = news_sets.held_out(OUTAGE, "layover-newsletter")
    blame = newsletter["cause-supplier-update"]
    assert (blame.stance, blame.speaker) == ("attributes", "selvane-airways")
    jobs = newsletter["it-jobs-cut"]
    assert (jobs.stance, jobs.speaker, jobs.value) == ("attributes", "brenna-tolvik", {"exact": 140})
    told = news_sets.held_out(OUTAGE, "kcaa-briefing")["cause-supplier-update"]
    assert (told.stance, told.speaker, told.quote) == (
        "attributes", "selvane-airways", "The airline has told us the trigger was a software update from one of its "
                                         "suppliers.")
    names = attribution.Names(pipeline.check(load_config(OUTAGE)).site.dossier.speakers)
    said = attribution.attribute("Selvane points the finger at its software supplier, Quorix Systems, and says an "
                                 "overnight update broke everything.", names)
    assert (said.speaker, said.part) == ("selvane-airways", (66, 114))  # its account: from ", and says" on


def test_the_notices_stamp_is_no_new_card(tmp_path):
    """The notice's "**Updated: 11 June 2026, 08:00**" is its stamp, no passage `--new` writes as a card of a time (the
    trial's `--new` did)."""
    site = news_sets.applied(OUTAGE, "selvane-notice", tmp_path / "outage", new=True)
    quotes = {a.quote for f in site.dossier.facts.values() for a in (*f.accounts, *f.pending)}
    assert not any("Updated" in q for q in quotes)


def test_the_imports_of_the_newsletter_and_the_notice(tmp_path):
    """The newsletter's headers hold a "To:" line between "From:" and "Subject:", and its subject is its title; its
    author signs it under "Safe travels," over her role ("Pia Hallam" / "Editor, The Layover"). The notice's outlet is
    the airline its line "Selvane Airways customer notice" names (the trial: the newsletter's tagline for its title,
    no author, and no outlet for the notice)."""
    newsletter = news_sets.imported(OUTAGE / "articles" / "4-layover-newsletter.txt", tmp_path)
    assert (newsletter["title"], newsletter["author"], newsletter["outlet"]) == (
        "Selvane's lost Tuesday: what happened, and what you're owed", "Pia Hallam", "The Layover")
    notice = news_sets.imported(OUTAGE / "articles" / "2-selvane-notice.md", tmp_path)
    assert notice["outlet"] == "Selvane Airways"


def test_the_outage_set_keeps_its_figures():
    """Floors at the default threshold, as benchmarks/suggest_eval.py measures them (when the set was added: recall
    0.80, precision 0.97, stance right 1.00, stance and speaker 0.95, values right 0.96)."""
    found = news_sets.figures(OUTAGE)
    assert found["recall"] >= 0.79 and found["precision"] >= 0.96
    assert found["stance"] >= 0.99 and found["speaker"] >= 0.94 and found["values"] >= 0.95
